class A:
    x = 1
    def m(self): pass
a = A(); a.y = 2
print(dir(a))
print(dir(A))
class S:
    __slots__ = ('q',)
print(dir(S()))
print(dir(object()))
print(dir(Exception()))
e = ValueError('x'); e.add_note('n')
print(dir(e))
print(dir(int)[:10], len(dir(int)))
print(len(dir(str)), len(dir(list)), len(dir(dict)), len(dir(type)))
print([n for n in dir(list) if not n.startswith('__')])
print(dir(type))
import types
print(dir(lambda: 0))
class M(type): pass
class K(metaclass=M): pass
print(dir(K))
def f(): pass
f.custom = 1
print([n for n in dir(f) if not n.startswith('__')])
print(sorted(vars(A).keys()))
