# order of a new class's __dict__ (slot members, __dict__/__weakref__, __doc__, __hash__);
# repr of classmethod/staticmethod objects
class A:
    'doc'
    __slots__ = ('x', 'y')

    def __eq__(s, o):
        pass


class B:
    def __eq__(s, o):
        pass
    z = 1


class C(B):
    __slots__ = ('q',)


class D:
    __slots__ = ('a', '__dict__')


for k in (A, B, C, D):
    print(list(k.__dict__))


class E:
    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


print(repr(E.__dict__['cm']).split(' at ')[0], repr(E.__dict__['sm']).split(' at ')[0])
print(repr(staticmethod(len)), repr(classmethod(len)))
