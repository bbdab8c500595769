# len() of objects whose __len__ returns int subclasses, __index__ objects, huge or negative ints
class I:
    def __index__(self): return 4
class MyInt(int): pass
for r in [5, True, MyInt(3), I(), 2**70, -1, -2**70, 1.5, 'x', None]:
    class L:
        def __len__(self, r=r): return r
    try: print(len(L()), bool(L()))
    except Exception as e: print(type(e).__name__, e)
