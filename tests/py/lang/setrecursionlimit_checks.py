# sys.setrecursionlimit refuses a limit at or below the current recursion depth (RecursionError)
# and a value that does not fit a C int (OverflowError), as CPython 3.11 does.
import sys
for v in [0, -5, 2**70, -2**70, 1.5, 'a']:
    try:
        sys.setrecursionlimit(v)
    except Exception as e:
        print(type(e).__name__, e)


def nest(n, v):
    if n:
        return nest(n - 1, v)
    try:
        sys.setrecursionlimit(v)
        sys.setrecursionlimit(1000)
        return 'set %d' % v
    except RecursionError as e:
        return str(e)


for n in (0, 1, 5, 20):
    print([nest(n, v) for v in range(n + 2, n + 7)])


def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print(e)
        return
    deep(n - 1)


deep(30)
print(sys.getrecursionlimit())
