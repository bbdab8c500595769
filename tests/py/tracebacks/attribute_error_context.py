# an AttributeError raised by Python code during a lookup (__getattr__, a property, a
# __getattribute__) gets the name and obj of the lookup when it has none: "Did you mean" then works
class A:
    foo = 1
    def __getattr__(self, n):
        raise AttributeError(n)
class B:
    __slots__ = ('xval', 'yval')
    def __init__(self):
        self.xval = 1
class C:
    def __init__(self):
        self.width = 3
    @property
    def area(self):
        return self.widht * 2
    @property
    def size(self):
        raise AttributeError('size not ready')
class D:
    colour = 1
    def __getattribute__(self, n):
        if n == 'color':
            raise AttributeError('nope')
        return object.__getattribute__(self, n)
import types
m = types.ModuleType('mm')
m.value = 1
def mga(n):
    raise AttributeError(f'module mm has no {n}')
m.__getattr__ = mga
class Meta(type):
    def __getattr__(cls, n):
        raise AttributeError(n)
class E(metaclass=Meta):
    attr = 1
for expr in ['A().fooo', 'B().yval', 'C().area', 'C().size', 'D().color', 'm.valeu', 'E.atr', "getattr(A(), 'fooo')", "getattr(B(), 'yval')", "A().fooo()"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, '|', e, '|', e.name, type(e.obj).__name__)
import traceback
print(B().xval)
A().fooo
