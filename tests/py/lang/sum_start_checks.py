# sum(): the iterable is checked before a str/bytes start is refused
for a in [(-1, '12'), ([1], 'a'), (['a'], ''), ([b'a'], b''), ([], bytearray()), ([[1]], []), ((x for x in [1, 2]), 0.5), ([1, 2],)]:
    try: print(sum(*a))
    except TypeError as e: print(e)
class S(str): pass
try: sum([], S())
except TypeError as e: print(e)
