# assignment to a class's __name__/__qualname__/__bases__/__mro__/__dict__ and deletions
class Base0: pass
class A(Base0): pass
class Base:
    def hello(self): return 'hello from Base'
class Sub(A): pass
A.__name__ = 'B'
print(A, A.__name__, A.__qualname__, repr(A()).split(' object')[0])
A.__qualname__ = 'Q.R'
print(A, A.__name__, A.__qualname__, repr(A()).split(' object')[0])
A.__module__ = 'mod'
print(A, A.__module__)
A.__doc__ = 'doc'
print(A.__doc__)
A.__bases__ = (Base,)
print(A.__bases__, A.__mro__, isinstance(A(), Base), Sub.__mro__, Sub().hello(), Base.__subclasses__(), Base0.__subclasses__())
def t(src):
    try:
        exec(src, {'A': A, 'Base': Base})
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)
t('A.__name__ = 5')
t('A.__name__ = "a\\x00b"')
t('A.__qualname__ = 5')
t('del A.__name__')
t('del A.__qualname__')
t('del A.__bases__')
t('A.__bases__ = ()')
t('A.__bases__ = (5,)')
t('A.__bases__ = (int,)')
t('A.__bases__ = (A,)')
t('A.__mro__ = ()')
t('del A.__doc__; print(A.__doc__)')
t('del A.__module__')
t('int.__name__ = "x"')
t('A.__dict__ = {}')
t('A.__class__ = type')
t('type("X", (), [])')
t('type("X", [], {})')
t('type(5, (), {})')
t('type("X", (), {}, 1)')
t('type("X", (), {}, x=1)')
t('type()')
t('type(1, 2)')
