# PEP 678 notes: add_note, __notes__, and the notes printed under an uncaught exception
e = ValueError('bad value')
e.add_note('first note')
e.add_note('second\nmultiline note')
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print(err)
f = KeyError('k')
f.__notes__ = 'not a list'
try:
    f.add_note('x')
except TypeError as err:
    print(err)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note('while dividing')
        raise
except ZeroDivisionError as z:
    print(z.__notes__)
def process(item):
    try:
        return int(item)
    except ValueError as err:
        err.add_note(f'while processing {item!r}')
        raise
process('12')
process('x')
