# object.__getattribute__/__setattr__/__delattr__ called directly check the name is a str
class C: pass
c = C()
for thunk in (lambda: object.__getattribute__(c, 5), lambda: object.__setattr__(c, 5, 1), lambda: object.__delattr__(c, None),
              lambda: c.__getattribute__(b'x'), lambda: type.__getattribute__(C, 5), lambda: getattr(c, 5), lambda: setattr(c, 1.5, 1)):
    try: print(thunk())
    except TypeError as e: print('TypeError:', e)
