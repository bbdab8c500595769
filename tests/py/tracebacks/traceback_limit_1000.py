# An uncaught exception's traceback shows its innermost 1000 entries (PyTraceBack_Print's
# default limit): the outer frames of a deep recursion are left out.
import sys
sys.setrecursionlimit(5000)


def ping(n):
    if n == 0:
        raise ValueError('deep down')
    return pong(n - 1)


def pong(n):
    return ping(n)


def start():
    return ping(1500)


print('start')
start()
