# An object attached to sys keeps its class, and through the class's functions __main__'s
# globals, alive past the final collection (the interpreter holds sys until after it, and by
# then sys.stdout is gone): no finalizer output at exit. Objects dropped before exit still
# report normally.
import sys


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


a = R(1)
cycle = R(2)
cycle.me = cycle
sys.keep_alive = R(3)
tmp = R(4)
del tmp
print('end')
