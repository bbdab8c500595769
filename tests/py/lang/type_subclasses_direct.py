# type.__subclasses__(): the direct subclasses, by __bases__ (every base of a multiple inheritance)
class A: pass
class B: pass
class C(A, B): pass
class D(C): pass
class E(B, A): pass
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
class MyErr(ZeroDivisionError): pass
print(ArithmeticError.__subclasses__(), ZeroDivisionError.__subclasses__())
print(bool in int.__subclasses__(), KeyError in LookupError.__subclasses__())
print(BaseException.__subclasses__(), ArithmeticError.__subclasses__(), [c for c in OSError.__subclasses__() if c.__module__ == "builtins"])
