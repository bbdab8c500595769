# wrong-type and missing-self calls of slot wrappers and method descriptors; object.__new__ safety
for f in [lambda: int.__add__(), lambda: str.upper(), lambda: list.__len__(5), lambda: object.__init__(),
          lambda: int.__add__('a', 1), lambda: str.upper(1), lambda: list.append((), 1), lambda: dict.keys([]),
          lambda: object.__new__(int), lambda: int.__new__(str), lambda: object.__new__(5), lambda: float.__new__(int)]:
    try:
        f()
    except TypeError as e:
        print(e)
class A:
    def __new__(cls):
        return object.__new__(cls)
class B(int):
    pass
class C(int):
    def __new__(cls):
        return object.__new__(cls)
print(type(A()).__name__, type(object.__new__(A)).__name__, int.__new__(B, 5), type(int.__new__(B, 5)).__name__)
try:
    C()
except TypeError as e:
    print(e)
