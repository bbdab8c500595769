# Exceptions raised by finalizers are unraisable: "Exception ignored in: <repr of __del__>".
# At exit, once the modules are removed, CPython cannot read source lines any more: the
# tracebacks of finalizers run by the final collection show only their File/line entries.
class Finalizer:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return 'Finalizer(%s)' % self.tag

    def __call__(self, *args):
        print('finalizer', self.tag, 'called with', len(args), 'args')
        raise KeyError(self.tag)


class D:
    __del__ = Finalizer('D')


class G:
    __del__ = Finalizer('G')


d = D()
del d
print('after del')
g = G()
g2 = G()
g2.me = g2


def fail():
    raise ValueError('uncaught')


fail()
