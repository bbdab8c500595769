# reversed(dict) / reversed(view) iterator types
d = {'a': 1, 'b': 2}
for it in [reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()), iter(d), iter(d.values())]:
    print(type(it).__name__, list(it))
import gc
d = {i: str(i) for i in range(5)}
it = reversed(d.items())
print(next(it), it.__length_hint__(), list(it))
r = reversed(d)
d[9] = 'x'
try: next(r)
except RuntimeError as e: print(e)
class K: pass
k = K(); k.d = {k: 1}; k.it = reversed(k.d); del k; print(gc.collect() >= 1)
