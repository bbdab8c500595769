# A threading.local's per-thread dict is an ordinary dict: at exit the objects it holds are
# finalized in the same order as in CPython.
import threading


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


loc = threading.local()
loc.obj = D('local')
strong = D('strong')
nested = {'a': [D('a0'), {'b': D('b')}], 'c': (D('c0'), [D('c1')])}
matrix = [[D(f'm{i}{j}') for j in range(2)] for i in range(2)]


def worker():
    loc.obj = D('thread value')


t = threading.Thread(target=worker)
t.start()
t.join()
print('end')
