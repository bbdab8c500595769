# random: seeded sequences must equal CPython's exactly
import random


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for s in [0, 1, 42, 12345, 2 ** 32, 2 ** 32 + 1, 2 ** 64 + 7, 10 ** 40, -5, 123456789012345678901234567890]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)], random.getrandbits(7), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(100), random.randrange(10), random.randint(1, 6))
random.seed(7)
print([random.randint(0, 100) for _ in range(20)])
print([random.randrange(0, 1000, 7) for _ in range(10)], [random.randrange(50, 0, -3) for _ in range(5)])
print(random.randrange(10 ** 30), random.randrange(-10, 10), random.randint(-5, -1), random.randrange(1, 2))
lst = list(range(20))
random.shuffle(lst)
print(lst)
print(random.choice('abcdef'), random.choice([1, 2, 3]), random.choice(range(100)), random.choice(('x', 'y')))
print(random.sample(range(100), 10), random.sample('abcdefgh', 3), random.sample(range(10 ** 6), 5), random.sample([1, 2, 3], 3))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample(range(30), 0))
print([round(random.uniform(1, 10), 12) for _ in range(3)], random.uniform(-1, 1))
print(random.choices('abc', k=5), random.choices('abc', [10, 1, 1], k=5), random.choices('abc', cum_weights=[1, 2, 30], k=5),
      random.choices(range(4), weights=[0.1, 0.2, 0.3, 0.4]))
print([random.gauss(0, 1) for _ in range(5)])
print(random.gauss(), random.gauss(10, 2))
print([random.normalvariate(0, 1) for _ in range(3)], random.normalvariate())
print(random.expovariate(1.5), random.triangular(), random.triangular(0, 10, 2), random.lognormvariate(0, 1))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1))
print(random.paretovariate(2), random.weibullvariate(1, 2), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
print(random.randbytes(5))
state = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(state)
b = [random.random() for _ in range(5)]
print(a == b, state[0], len(state[1]), state[1][-1])
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 10 ** 12), r2.randint(1, 10 ** 12), random.Random(3).choice('xyz'))
for s in ['hello', '', 'a longer string seed with unicode é', b'bytes seed', 3.75, -2.5, True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 1000))
random.seed('abc', version=1)
print(random.random())
random.seed(2024)
for _ in range(700):
    random.random()
print(random.random(), random.getrandbits(64), random.random())
rng = random.Random(5)
x = [rng.random() for _ in range(1000)]
print(sum(x), min(x), max(x))
show(random.randrange, 0)
show(random.randrange, 5, 2)
show(random.randrange, 1, 10, 0)
show(random.randrange, 10, 1, 1)
show(random.randrange, 5, step=2)
show(random.randrange, 1.5)
show(random.randrange, 1, 2.5)
show(random.choice, [])
show(random.sample, [1, 2], 3)
show(random.sample, {1, 2}, 1)
show(random.choices, [1, 2], [1])
show(random.choices, [1], 3)
show(random.choices, [1, 2], [0, 0])
show(random.getrandbits, -1)
show(random.randint, 3, 1)
show(random.choices, [1], weights=[1], cum_weights=[1])
show(random.seed, [1])
class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom().randrange(10), MyRandom().choice('abcd'))
