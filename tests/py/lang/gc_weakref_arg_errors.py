# argument errors of gc.get_objects and of calling a weak reference; weakref.ProxyTypes
import gc, weakref
def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
for v in [-1, -2, 3, 'x', 1.5]:
    t('get_objects(%r)' % (v,), lambda: len(gc.get_objects(v)) > 0)
t('get_objects(None)', lambda: len(gc.get_objects(None)) > 0)
r = weakref.ref(gc)
t('ref(1)', lambda: r(1))
t('ref(1, 2)', lambda: r(1, 2))
t('ref(a=1)', lambda: r(a=1))
print(weakref.ProxyTypes)
