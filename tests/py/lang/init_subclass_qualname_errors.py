# object.__init_subclass__ rejects arguments, naming the class by its qualified name
def make():
    class Local(foo=1):
        pass
class Outer:
    pass
def nested():
    class Outer2:
        class Inner(bar=2):
            pass
for thunk in (make, nested, lambda: Outer.__init_subclass__(1, 2), lambda: Outer.__init_subclass__(x=1)):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)
