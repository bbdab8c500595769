# One attribute/method site seeing many types (the inline cache keeps several entries per site):
# results must follow class changes, instance shadowing and descriptors at every step.
class A:
    kind = 'A'
    def m(self): return 'A.m'
    def __init__(self): self.v = 1
class B(A):
    kind = 'B'
    def m(self): return 'B.m'
class C:
    kind = 'C'
    m = staticmethod(lambda: 'C.static')
    @property
    def v(self): return 'C.prop'
class D:
    __slots__ = ('v',)
    kind = 'D'
    def __init__(self): self.v = 4
    def m(self): return 'D.m'
class E(B):
    def __init__(self):
        super().__init__()
        self.m = lambda: 'E.instance'
class F:
    def __getattr__(self, name):
        if name == 'm': return lambda: 'F.getattr'
        return 'F.getattr:' + name

objs = [A(), B(), C(), D(), E(), F(), B(), A()]

def show(tag):
    out = []
    for o in objs:
        out.append('%s/%s/%s' % (o.m(), o.v, o.kind))
    print(tag, ' '.join(out))

for r in range(3):
    show('round%d' % r)
B.m = lambda self: 'B.m2'
show('B.m replaced')
del B.m
show('B.m deleted')
A.kind = 'A2'
show('A.kind changed')
objs[1].m = lambda: 'b-instance'
show('instance shadows')
del objs[1].m
show('shadow removed')
C.v = 'C.plain'
show('property replaced')
def getv(o): return o.v
print([getv(o) for o in objs for _ in range(2)])
