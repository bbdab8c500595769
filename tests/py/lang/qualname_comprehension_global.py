# __qualname__ as CPython's compiler sets it: a comprehension adds no '.<locals>' for what is
# defined inside it, and a def/class whose name its enclosing scope declares global is qualified
# by its bare name.
print([lambda: 0 for _ in range(1)][0].__qualname__)
print([[lambda: 0 for _ in 'a'] for _ in 'b'][0][0].__qualname__)
print([(x for x in 'a') for _ in 'b'][0].__qualname__)
print({k: (lambda: k) for k in 'a'}['a'].__qualname__, {(lambda: 0) for _ in 'a'}.pop().__qualname__)
print([(lambda: [lambda: 0 for _ in 'a'])() for _ in 'b'][0][0].__qualname__)


def f():
    return [lambda: 0 for _ in 'a'][0], [(y for y in 'a') for _ in 'b'][0]


a, b = f()
print(a.__qualname__, b.__qualname__)


class C:
    fs = [lambda: 0 for _ in 'a']

    def m(self):
        class Local:
            def meth(self):
                pass
        return Local


print(C.fs[0].__qualname__, C().m().__qualname__, C().m().meth.__qualname__)


def outer():
    global g, G

    def g():
        pass

    class G:
        def method(self):
            pass

    class K:
        pass
    return K


K = outer()
print(g.__qualname__, G.__qualname__, G.method.__qualname__, K.__qualname__)


class A:
    global h

    def h(self):
        pass


print(h.__qualname__, (lambda: (lambda: 0))().__qualname__)
