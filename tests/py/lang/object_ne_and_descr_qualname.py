# object.__ne__ inverts a builtin type's own __eq__; method descriptors have a __qualname__
print(object.__ne__(1, 2), object.__ne__('a', 'a'), object.__ne__(1, 'a'), object.__ne__([1], [1]), object.__ne__(1.0, 1))
a = object()
print(object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, a), object.__ne__(a, 1))
class C:
    def __eq__(self, o):
        return 'eq called'
print(object.__ne__(C(), 1))
print(str.upper.__qualname__, int.__add__.__qualname__, list.append.__qualname__, dict.get.__qualname__)
