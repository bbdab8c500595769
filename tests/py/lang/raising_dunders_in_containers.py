class Boom(Exception): pass
class K:
    def __init__(self, v, eq_boom=False, hash_boom=False):
        self.v, self.eb, self.hb = v, eq_boom, hash_boom
    def __hash__(self):
        if self.hb: raise Boom('hash')
        return hash(self.v)
    def __eq__(self, o):
        if self.eb: raise Boom('eq')
        return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f'K({self.v})'
good, eqb, hb = K(1), K(1, eq_boom=True), K(2, hash_boom=True)
d = {good: 'g'}
s = {good}
l = [good, K(3)]
tests = [
    lambda: d[eqb], lambda: d.get(eqb), lambda: eqb in d, lambda: d.pop(eqb), lambda: d.setdefault(eqb, 1), lambda: d.__setitem__(eqb, 1),
    lambda: d[hb], lambda: d.get(hb), lambda: hb in d, lambda: d.pop(hb, 0), lambda: {hb: 1}, lambda: dict.fromkeys([hb]),
    lambda: eqb in s, lambda: s.add(eqb), lambda: s.discard(eqb), lambda: s.remove(eqb), lambda: s | {eqb}, lambda: s & {eqb}, lambda: s - {eqb},
    lambda: hb in s, lambda: s.add(hb), lambda: {hb}, lambda: frozenset([good, hb]), lambda: s.issubset([eqb]), lambda: s == {eqb},
    lambda: eqb in l, lambda: l.index(eqb), lambda: l.count(eqb), lambda: l.remove(eqb), lambda: l == [eqb, K(3)], lambda: (good,) == (eqb,),
    lambda: [good] < [eqb], lambda: sorted([eqb, good], key=lambda k: k.v), lambda: max([hb, good], key=hash), lambda: {**d, hb: 1},
    lambda: d.update({hb: 1}), lambda: d.update([(eqb, 2)]), lambda: list(d.items() & {(eqb, 'g')}), lambda: d.keys() - {eqb},
    lambda: {eqb: 1} == {good: 1}, lambda: {good: eqb} == {good: good}, lambda: [x for x in l if x == eqb], lambda: l[l.index(good)],
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
print(d, s, l)
