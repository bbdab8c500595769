# UnicodeTranslateError exists (attributes, str); StopIteration.value is args[0]
print(UnicodeTranslateError); e = UnicodeTranslateError("abc", 0, 1, "bad"); print(str(e), repr(e), e.args, e.object, e.start, e.end, e.reason, e.encoding if hasattr(e, "encoding") else "noenc")
e = UnicodeTranslateError("abcd", 1, 3, "why"); print(str(e), e.args)
e = UnicodeTranslateError("\u20ac", 0, 1, "x"); print(str(e))
for a in [(), ('a',), (1, 2, 3, 4), ('a', 1, 2, 3)]:
    try: UnicodeTranslateError(*a)
    except TypeError as ex: print(ex)
print(UnicodeTranslateError.__mro__, issubclass(UnicodeTranslateError, ValueError))
try:
    raise UnicodeTranslateError('xyz', 2, 3, 'no map')
except UnicodeError as ex:
    print(type(ex).__name__, ex)
print(StopIteration(1, 2).value, StopIteration().value, SystemExit(1, 2).code, SystemExit().code, SystemExit(5).code)
