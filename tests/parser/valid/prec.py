x = -2**2
y = 2**-1
z = not a == b or c and d
w = a if b else c if d else e
v = lambda: 1 if x else 2
u = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
t = ~x ** 2
s = a < b <= c != d is not e not in f in g is h > i >= j == k
r = (yield)
q = -x.y[1](2)
