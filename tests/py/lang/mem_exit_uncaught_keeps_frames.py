# An uncaught exception is kept in sys.last_value / last_traceback until shutdown resets them:
# the locals of the frames in its traceback outlive the atexit callbacks.
import atexit
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def at_exit():
    print('atexit sees', type(sys.last_value).__name__, sys.last_type.__name__, sys.last_traceback is not None)


atexit.register(at_exit)
g = D('global')


def main():
    loc = D('local')
    raise KeyError('x')


main()
