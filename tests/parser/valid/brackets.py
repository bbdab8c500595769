x = [
    1,  # one
    2,  # two
    (3,
       4),
]
y = {
  "a": 1,
  **other,
  "b": [i for i in range(10)
        if i % 2
        if i > 3],
}
z = foo(a,
        b=2,
        *args,
        **kwargs)
s = {1, 2, *t}
g = (i for i in x)
h = sum(i for i in x)
d = {k: v for k, v in x.items() if k}
sl = a[1:2, ::3, 4:, :5, ..., None]
sl2 = a[:]
sl3 = a[1:2:]
sl4 = a[*b]
