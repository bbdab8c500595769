# list += x tries a class's __radd__ before extending; obj *= seq names *= for classes
class R:
    def __radd__(self, o): return 'R.radd'
class RN:
    def __radd__(self, o): return NotImplemented
    def __iter__(self): return iter([7, 8])
class RNI:
    def __radd__(self, o): return NotImplemented
x = [1]; x += R(); print(x)
y = [1]; y += RN(); print(y)
z = [1]
try: z += RNI()
except TypeError as e: print(e)
s = 'a'; s += R(); print(s)
t = (1,); t += R(); print(t)
class L(list):
    def __radd__(self, o): return 'L.radd'
w = [1]; w += L([2]); print(w)
class Plain:
    pass
for v in ('a', [1], (1,)):
    p = Plain()
    try:
        p *= v
    except TypeError as e:
        print(e)
    try:
        Plain() * v
    except TypeError as e:
        print(e)
f = 1.5
try:
    f *= 'a'
except TypeError as e:
    print(e)
n = 3
n *= 'ab'
print(n)
