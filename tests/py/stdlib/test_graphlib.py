import graphlib, random
ts = graphlib.TopologicalSorter({'a': ['b','c'], 'b': ['c'], 'd': []})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add('x', 'y'); ts.add('y', 'z')
ts.prepare()
while ts.is_active():
    r = ts.get_ready(); print(r); ts.done(*r)
try: list(graphlib.TopologicalSorter({'a':['b'],'b':['a']}).static_order())
except graphlib.CycleError as e: print(repr(e), e.args, isinstance(e, ValueError))
t = graphlib.TopologicalSorter(); t.prepare()
for f in [lambda: t.prepare(), lambda: t.add(1), lambda: t.done('q')]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
t2 = graphlib.TopologicalSorter({1:[2]})
for f in [lambda: t2.get_ready(), lambda: t2.is_active(), lambda: t2.done(1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
t2.prepare(); print(t2.get_ready());
try: t2.done(1)
except Exception as e: print(type(e).__name__, e)
t2.done(2)
try: t2.done(2)
except Exception as e: print(type(e).__name__, e)
print(bool(t2), t2.get_ready(), graphlib.TopologicalSorter[int])
r = random.Random(4)
for trial in range(30):
    n = r.randint(1, 12)
    g = {i: [j for j in range(n) if j != i and r.random() < 0.2] for i in range(n)}
    try:
        print(list(graphlib.TopologicalSorter(g).static_order()))
    except graphlib.CycleError as e:
        print('cycle', e.args[1])
