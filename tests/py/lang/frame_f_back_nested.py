import sys
class K:
    fr = sys._getframe()
    back = fr.f_back.f_code.co_name
print(K.back)
exec("import sys\nb = sys._getframe().f_back.f_code.co_name")
print(b)
def via_map(x):
    return sys._getframe().f_back.f_code.co_name
print(list(map(via_map, [1])))
print(sorted([3, 1], key=lambda v: print(sys._getframe(1).f_code.co_name) or v))
def kw(**k): return sys._getframe(1).f_code.co_name
def outer(): return kw(**{'a': 1})
print(outer())
import traceback
def deep(*a):
    return traceback.extract_stack()
def mid(): return deep(*[1])
print([f.name for f in mid()])

class A:
    def probe(self, x=1, *a, **k):
        f = sys._getframe(0)
        out = []
        while f is not None:
            out.append(f.f_code.co_name)
            f = f.f_back
        return out
    def mid(self, *args, **kw):
        return self.probe(1, *args, **kw)
    def top(self, msg, *args, **kwargs):
        return self.mid(msg, args, **kwargs)
print(A().top("m"))
print(A().top("m", exc=1))
def g(**kw): return A().probe()
print(g(a=1))
