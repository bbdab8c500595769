# list.append is specialized (no recursion check) only when its result is discarded, as CPython's
# PRECALL_NO_KW_LIST_APPEND (a POP_TOP after the call); otherwise the METH_O call checks the limit
import sys
sys.setrecursionlimit(80)
def f(xs):
    xs.append(1)
    f(xs)
def g(xs):
    r = xs.append(1)
    g(xs)
def h(xs):
    ap = xs.append
    ap(1)
    h(xs)
for fn in (f, g, h):
    try:
        fn([])
    except RecursionError as e:
        print(fn.__name__, e)
