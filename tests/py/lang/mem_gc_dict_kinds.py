# CPython 3.11 keeps the attributes of instances of classes whose solid base is object in
# "managed" storage (no dict object); other classes with a __dict__ (subclasses of list, dict,
# set, float, property, exceptions...) have an ordinary dict, one more object for gc.collect().
# Importing types/queue leaves no cyclic garbage behind; defaultdict has no __dict__.
import collections
import gc

gc.collect()
import queue  # noqa: E402
import types  # noqa: E402
print('garbage left by imports:', gc.collect())


class Base:
    pass


class Sub(Base):
    pass


class Slots:
    __slots__ = ('a', '__dict__')


class Li(list):
    pass


class Di(dict):
    pass


class Se(set):
    pass


class Fl(float):
    pass


class Pr(property):
    pass


def cycle(cls, *args):
    def mk():
        o = cls(*args)
        o.me = o
    mk()
    return gc.collect()


for cls, args in [(Base, ()), (Sub, ()), (Slots, ()), (Li, ()), (Di, ()), (Se, ()), (Fl, (1.5,)), (Pr, ()),
                  (types.SimpleNamespace, ())]:
    print(cls.__name__, cycle(cls, *args))


def dd():
    d = collections.defaultdict(list)
    d['x'].append(d)


dd()
print('defaultdict', gc.collect(), hasattr(collections.defaultdict(), '__dict__'))
print(queue.Queue().qsize())
