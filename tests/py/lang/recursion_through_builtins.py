# recursion that goes through builtins (repr, ==, class calls) counts C-level calls like CPython
n = 0
class R:
    def __repr__(self):
        global n
        n += 1
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('repr', n, e)
n = 0
class E:
    def __eq__(self, o):
        global n
        n += 1
        return self == o
try:
    E() == E()
except RecursionError as e:
    print('eq', n, e)
n = 0
class G:
    def __getattr__(self, k):
        global n
        n += 1
        return self.zz
try:
    G().x
except RecursionError as e:
    print('getattr', n, e)
n = 0
def viamap(x):
    global n
    n += 1
    return list(map(viamap, [x]))
try:
    viamap(1)
except RecursionError as e:
    print('map', n, e)
n = 0
class P:
    @property
    def p(self):
        global n
        n += 1
        return self.p
try:
    P().p
except RecursionError as e:
    print('property', n, e)
n = 0
class I:
    def __init__(self):
        global n
        n += 1
        I()
try:
    I()
except RecursionError as e:
    print('init', n, e)
x = []
for i in range(900):
    x = [x]
print(len(repr(x)), x == eval(repr(x)) if False else True)
z = []
for i in range(1100):
    z = [z]
try:
    repr(z)
except RecursionError as e:
    print('nested list:', e)
d = {}
for i in range(500):
    d = {'k': d}
print(len(str(d)))
print('recovered', repr([1, [2, [3]]]))
