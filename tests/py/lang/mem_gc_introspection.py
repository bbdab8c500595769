# gc introspection of classes: builtin types are not GC objects; a class's referents are its
# dict, mro, bases and solid base; every class has the one weak reference add_subclass made.
import gc
import weakref


class A:
    pass


class B(A):
    x = 1


def names(objs):
    return [o.__name__ if isinstance(o, type) else type(o).__name__ for o in objs]


print(gc.is_tracked(int), gc.is_tracked(object), gc.is_tracked(type), gc.is_tracked(len), gc.is_tracked(A))
print(names(gc.get_referents(B)), names(gc.get_referents(A)), gc.get_referents(int, str))
print(gc.is_finalized(int), any(r is int for r in gc.get_referrers(int.__dict__)))
print(weakref.getweakrefcount(A), weakref.getweakrefcount(B))
r = weakref.ref(B)
print(weakref.getweakrefcount(B), r is weakref.getweakrefs(B)[0], r() is B)


def make():
    class Local:
        pass
    return weakref.ref(Local)


lr = make()
print(lr() is not None, gc.collect(), lr() is None)
