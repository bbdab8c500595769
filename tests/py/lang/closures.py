def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
print(c(), c(), c(5))
def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
def deco(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__, a, sorted(k.items()))
        return fn(*a, **k)
    return wrapper
@deco
def add(a, b=2, *, c=3):
    return a + b + c
print(add(1), add(1, 5, c=10))
x = 10
def g():
    global x
    x += 1
    return x
print(g(), x)
