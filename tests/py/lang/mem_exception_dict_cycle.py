# An exception's attributes live in an ordinary dict (BaseException has a dict slot): a cycle
# through them is found by the collector, and the dict counts as one object.
import gc


class E(Exception):
    def __del__(self):
        print('E finalized')


def raised_self_cycle(cls):
    try:
        raise cls('x')
    except cls as e:
        e.me = e


def plain_self_cycle(cls):
    e = cls('y')
    e.me = e


gc.collect()
for cls in (ValueError, E):
    raised_self_cycle(cls)
    print(cls.__name__, 'raised self-cycle:', gc.collect())
    plain_self_cycle(cls)
    print(cls.__name__, 'plain self-cycle:', gc.collect())
e = KeyError('k')
e.data = [1]
print(gc.is_tracked(e), gc.is_tracked(e.__dict__), e.__dict__)
