# __len__ results go through __index__; too big: OverflowError; negative: ValueError
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class MyInt(int): pass
class Idx:
    def __index__(self): return 7
for n in [3, True, MyInt(5), Idx(), -1, 2**70, -2**70, 'x', 2.0]:
    try:
        print(len(Sized(n)))
    except Exception as e:
        print(type(e).__name__, e)
