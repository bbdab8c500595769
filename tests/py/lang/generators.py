def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'
print(list(count(4)), sum(x * x for x in count(5)))
def deleg():
    r = yield from count(3)
    print('sub returned', r)
    yield 'end'
print(list(deleg()))
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
a = acc()
next(a)
print(a.send(5), a.send(10))
try:
    a.send(None)
except StopIteration as e:
    print('stopped', e.value)
g = count(2)
print(next(g), next(g), next(g, 'default'))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
t = thrower()
print(next(t), t.throw(ValueError('boom')))
pairs = list(zip(count(3), 'abc'))
print(pairs, dict(pairs), list(enumerate('xy', 1)))
print(list(map(lambda x: x + 1, count(3))), list(filter(None, [0, 1, '', 'a'])))
it = iter([1, 2, 3])
print(next(it), list(it))
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested, {x % 3 for x in range(10)}, {k: v for k, v in zip('ab', range(2))})
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
