import gc
gc.disable()
gc.collect()
c0 = gc.get_count()
c1 = gc.get_count()
x = []
c2 = gc.get_count()
y = {}
c3 = gc.get_count()
z = (1, 2)      # constant tuple: no allocation
c4 = gc.get_count()
w = object()    # not a GC object
c5 = gc.get_count()
v = [[] for i in range(10)]
c6 = gc.get_count()
del v
c7 = gc.get_count()
del x
c8 = gc.get_count()
f = 1.5 * 3.0
c9 = gc.get_count()
print('after collect       ', c0)
print('2nd get_count       ', c1)
print('after x = []        ', c2)
print('after y = {}        ', c3)
print('after z = (1, 2)    ', c4)
print('after w = object()  ', c5)
print('after 10 lists comp ', c6)
print('after del v         ', c7)
print('after del x         ', c8)
print('after float expr    ', c9)
gc.collect(0); print('after collect(0)', gc.get_count())
gc.collect(1); print('after collect(1)', gc.get_count())
gc.collect(0); gc.collect(0); print('after 2x collect(0)', gc.get_count())
gc.collect(); print('after collect()', gc.get_count())
