import pickle, copyreg, enum, dataclasses, io
class Color(enum.Enum):
    RED = 1
    GREEN = 2
@dataclasses.dataclass
class Pt:
    x: int
    y: int = 0
class Outer:
    class Inner:
        def __init__(self): self.v = 3
class Node:
    def __init__(self, name): self.name = name; self.children = []; self.parent = None
root = Node('r'); ch = Node('c'); ch.parent = root; root.children.append(ch); root.me = root
class Custom:
    def __init__(self, v): self.v = v
def red_custom(c): return (Custom, (c.v * 10,))
copyreg.pickle(Custom, red_custom)
class RE:
    def __reduce_ex__(self, proto): return (RE, (), {'p': proto})
    def __setstate__(self, st): self.st = st
class ListSub(list):
    pass
class DictSub(dict):
    pass
ls = ListSub([1, 2]); ls.tag = 't'
ds = DictSub(a=1)
for proto in range(6):
    big = [{'big': list(range(1500))}] + (['z' * 70000, b'q' * 70000] if proto == 4 else [])
    for v in [Color.RED, [Color.GREEN, Color.GREEN], Pt(1, 2), Outer.Inner(), root, Custom(4), RE(), ls, ds] + big:
        b = pickle.dumps(v, proto)
        back = pickle.loads(b)
        desc = repr(back)[:60] if not hasattr(back, '__dict__') or isinstance(back, (enum.Enum,)) else (type(back).__name__, sorted(k for k in vars(back)))
        print(proto, len(b), b[:80] if len(b) > 90 else b, desc)
    r = pickle.loads(pickle.dumps(root, proto)); print(r.me is r, r.children[0].parent is r)
    l2 = pickle.loads(pickle.dumps(ls, proto)); print(type(l2).__name__, l2, l2.tag)
for bad in [b'\x80\x06.', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01', b'(K\x01', b'h\x05.', b'c__main__\nNoSuch\n.', b'cnosuchmod\nx\n.', b'K\x01K\x02.']:
    try: print(pickle.loads(bad))
    except Exception as e: print(type(e).__name__, e)
class Unpicklable:
    def __reduce__(self): raise TypeError("nope")
for bad in [lambda: pickle.dumps(Unpicklable()), lambda: pickle.dumps(Outer.Inner, 2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
f = io.BytesIO()
p = pickle.Pickler(f); p.dump([1, 2]); p.dump('x'); p.clear_memo(); p.dump('x')
f.seek(0); u = pickle.Unpickler(f); print(u.load(), u.load(), u.load())
