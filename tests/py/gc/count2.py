import gc
gc.disable()
class A: pass
gc.collect()
r = []
r.append(gc.get_count())
objs = [A() for _ in range(100)]
r.append(gc.get_count())
del objs
r.append(gc.get_count())
lists = [[] for _ in range(100)]
r.append(gc.get_count())
del lists
r.append(gc.get_count())
lists2 = [[] for _ in range(100)]
r.append(gc.get_count())
for label, c in zip(['start', '+100 instances (+outer list)', 'del them', '+100 lists', 'del lists', '+100 lists again (free list reuse)'], r):
    print(f'{label:40s} {c}')
