# Small output details of builtins, checked against CPython 3.11: bytearray's repr escapes every
# apostrophe, min/max count keywords before naming them, dir() of a class lists __class__,
# exec's argument-count messages, sys.stdout.writelines.
import sys

for b in (b"'", b"'\"", b'"', b"it's", b'a\\b'):
    print(repr(bytes(b)), repr(bytearray(b)))

for call in (lambda: min([], key=len, default=1, x=2), lambda: max(1, 2, key=None, default=0, y=1),
             lambda: min([1], x=1), lambda: max([1], key=None, z=1)):
    try:
        call()
    except TypeError as e:
        print(e)


class Box:
    size = 1


for o in (Box, object, int, str, list, type, Box()):
    names = dir(o)
    print('__class__' in names, '__doc__' in names, [n for n in names if not n.startswith('_')][:4])

for args in ((), ('1', {}, {}, 4)):
    try:
        exec(*args)
    except TypeError as e:
        print(e)

sys.stdout.writelines(['one\n', 'two\n'])
sys.stdout.writelines(line + '\n' for line in 'abc')
try:
    sys.stdout.writelines(['ok\n', 5])
except TypeError as e:
    print(e)

# abs() and math.floor/ceil/trunc of a non-negative exact int return that int itself
import math

big = 10 ** 20
print(abs(big) is big, abs(-big) is big, math.floor(big) is big, math.ceil(big) is big, math.trunc(big) is big)


class I(int):
    pass


print(type(abs(I(5))).__name__, type(math.floor(I(5))).__name__, abs(True), type(abs(True)).__name__)

# itertools.zip_longest's keyword error names no keyword (its C argument parsing)
import itertools

print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
try:
    itertools.zip_longest([1], fillvalue=0, x=1)
except TypeError as e:
    print(e)

# dir() lists the attributes CPython keeps as descriptors in builtin type dicts; dir(traceback)
# is its four tb_* names; BaseException.__setstate__ sets attributes from a dict
public = lambda o: [a for a in dir(o) if not a.startswith('_')]
err = ValueError('x')
print(public(err), public(KeyError), '__traceback__' in dir(err), 'args' in dir(Exception))
print(public(OSError('x')), public(range(3)), public(slice(1)), public(property()))


def gen():
    yield


print(public(gen()), sorted(a for a in dir(gen) if a.startswith('__c') or a.startswith('__g')))
try:
    1 / 0
except ZeroDivisionError as e:
    print(dir(e.__traceback__))
err.__setstate__({'note': 5, 'args': (1, 2)})
print(err.note, err.args, err.__setstate__(None))
try:
    err.__setstate__(5)
except TypeError as e:
    print(e)
