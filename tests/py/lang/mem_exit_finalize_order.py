# Objects still held by __main__'s globals at exit are finalized by the collection that
# follows the removal of __main__ from sys.modules: in the collector's list order (as the
# full collection before it left it), with every global still bound.
import sys


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n, sys is not None, sys.is_finalizing())


class K:
    attr = R('class attr')
    items = [R('ci0'), R('ci1')]


a = R(1)
lst = [R(3), R(4)]
inst = K()
inst.z = R('inst attr')
b = R(2)
nested = [R(5), [R(6), R(7)], R(8)]
d = {'x': R(9), 'y': R(10)}
t = (R(11), R(12))
_private = R('underscore')
c1 = R('cyc1')
c2 = R('cyc2')
c1.other = c2
c2.other = c1
self_ref = R('self')
self_ref.me = self_ref
print('end of program', sys.is_finalizing())
