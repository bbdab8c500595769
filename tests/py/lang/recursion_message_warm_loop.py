# Code warms up on backward jumps as on frame entries (CPython 3.11's _PyCode_Warmup at RESUME
# and JUMP_BACKWARD; a module's frame counts its RESUME): once a loop has gone round enough,
# str(x) / repr(x) in it run specialized, which shows in which recursion check trips first
import sys
class S:
    def __str__(self):
        return str(self)
class R:
    def __repr__(self):
        return repr(self)
KIND = {'': '-', ' while getting the str of an object': 'S', ' while getting the repr of an object': 'R',
        ' while calling a Python object': 'C'}
def pattern(fn, lims):
    out = []
    for lim in lims:
        sys.setrecursionlimit(lim)
        try:
            fn()
        except RecursionError as e:
            out.append(KIND[str(e).replace('maximum recursion depth exceeded', '')])
    return ''.join(out)
out = []
for lim in range(20, 50):
    sys.setrecursionlimit(lim)
    try:
        str(S())
    except RecursionError as e:
        out.append(KIND[str(e).replace('maximum recursion depth exceeded', '')])
print('module loop, str:', ''.join(out))
print('function loop, str:', pattern(lambda: str(S()), range(20, 50)))
print('function loop, repr:', pattern(lambda: repr(R()), range(50, 70)))
sys.setrecursionlimit(1000)
