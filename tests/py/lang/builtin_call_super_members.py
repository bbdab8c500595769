# builtin functions have __call__; super's __thisclass__/__self__/__self_class__;
# read-only attributes of builtin types
import collections.abc as cabc
print(isinstance(len, cabc.Callable), hasattr([].append, '__call__'), len.__call__([1, 2]))


class A:
    def f(self):
        return 'A'


class B(A):
    pass


s = super(B, B())
print(s.__thisclass__.__name__, s.__self_class__.__name__, type(s.__self__).__name__, s.f())
u = super(B)
print(u.__self__, u.__self_class__, u.__thisclass__.__name__)
for stmt in ['del (1).real', 'True.real = 1', '(1.5).imag = 1', 'x = 1; x.denominator = 2']:
    try:
        exec(stmt)
    except AttributeError as e:
        print(e)
