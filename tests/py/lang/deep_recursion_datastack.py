# A recursion allowed by sys.setrecursionlimit() runs as deep as in CPython, whose
# Python-to-Python calls use no C stack: the frames' data stack grows past its first chunk.
import sys
sys.setrecursionlimit(130000)


def depth(n, a=0, b=0, c=0):
    x = [n]
    return 0 if n == 0 else 1 + depth(n - 1, a, b, c)


print(depth(100000))


def fail(n):
    if n == 0:
        raise ValueError('at the bottom')
    try:
        return fail(n - 1)
    finally:
        if n % 40000 == 0:
            print('unwinding', n)


try:
    fail(80000)
except ValueError as e:
    print('ValueError:', e)
print(depth(1000), eval("depth(70000)"))


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print('RecursionError:', e)
print(depth(10))
