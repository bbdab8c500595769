# string and operator
import string
import operator
from operator import itemgetter, attrgetter, methodcaller


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- string')
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   world  '), string.capwords('a-b c-d', '-'), string.capwords("it's o'neil"))
t = string.Template('$who likes ${what} and $$5')
print(t.substitute(who='tim', what='pie'), t.substitute({'who': 'a', 'what': 'b'}), t.safe_substitute(who='x'))
show(t.substitute, who='x')
show(string.Template('a $ b').substitute)
show(string.Template('line\n  $1').substitute)
print(string.Template('$x $y').get_identifiers(), string.Template('$x ${y').safe_substitute(x=1))
f = string.Formatter()
print(f.format('{0} {x} {1!r} {2:>4}', 1, 'a', 7, x=2), list(f.parse('a{b}c{d!r:>3}e')))
print(f.format('{0.real} {1[0]} {}', 5, [9]) if False else f.format('{0.real} {1[0]}', 5, [9]))

print('--- operator')
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(7, 3), operator.neg(4), operator.pos(-4), operator.pow(2, 10), operator.abs(-3))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.inv(0),
      operator.lshift(1, 4), operator.rshift(256, 2), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.index(5), operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1),
      operator.indexOf('abc', 'c'), operator.getitem({'k': 'v'}, 'k'), operator.length_hint(iter([1, 2])), operator.length_hint(5, 7))
show(operator.index, 'a')
show(operator.index, 2.0)
show(operator.indexOf, [1], 2)
show(operator.concat, 1, 2)
show(operator.countOf, [1], 1, 2)
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.iadd(1, 2), operator.imul('ab', 2), operator.call(max, 3, 4))
print(operator.__add__ is operator.add, operator.add.__name__)
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('a.b', 'c')), repr(methodcaller('f', 1, k=2)))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 3}), itemgetter(slice(1, 3))('hello'))
data = [('a', 3), ('b', 1), ('c', 2)]
print(sorted(data, key=itemgetter(1)), max(data, key=itemgetter(1)), list(map(itemgetter(0), data)))
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self if age > 40 else None
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct
people = [P('ann', 30), P('bob', 25), P('cy', 45)]
print([p.name for p in sorted(people, key=attrgetter('age'))], attrgetter('name', 'age')(people[0]), attrgetter('inner.name')(people[2]))
print(methodcaller('greet', 'hi')(people[0]), methodcaller('greet', 'yo', punct='?')(people[1]), methodcaller('upper')('abc'))
show(itemgetter)
show(attrgetter, 1)
show(methodcaller)
show(attrgetter('zzz'), people[0])
show(itemgetter(5), [1])
