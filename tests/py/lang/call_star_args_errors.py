# f(*x) with a non-iterable x: CPython names the callee; [*x] and f(a, *x) say "Value after *"
def f(*a, **k):
    return a, k
print(f(*[1, 2]), f(*(1,)), f(*range(3), **{'x': 1}), f(*'ab'))
class G:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(f(*G()))
for call in [lambda: f(*1), lambda: print(*1), lambda: f(*None, x=1), lambda: f(1, *None), lambda: [*5],
             lambda: f(**[]), lambda: len(*3), lambda: max(*7)]:
    try:
        call()
    except TypeError as e:
        print(e)
def gen():
    yield 1
    raise TypeError('from inside the generator')
try:
    f(*gen())
except TypeError as e:
    print(e)
