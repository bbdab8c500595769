eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(eg, repr(eg), eg.message, eg.exceptions, type(eg).__mro__)
m, r = eg.split(ValueError); print(repr(m)); print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError))
b = BaseExceptionGroup("b", [ValueError()]); print(type(b).__name__)
b = BaseExceptionGroup("b", [KeyboardInterrupt()]); print(type(b).__name__, isinstance(b, Exception))
for bad in [("x",), (1, [ValueError()]), ("x", []), ("x", [1]), ("x", ValueError())]:
    try: ExceptionGroup(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e: print(e)
try:
    raise ExceptionGroup("g", [OSError("o")])
except ExceptionGroup as e:
    print("caught", e, e.exceptions[0])
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + "!", excs)
x = MyEG("m", [ValueError(1), TypeError(2)])
print(repr(x.split(TypeError)), isinstance(x, ExceptionGroup))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), ExceptionGroup.__bases__)
