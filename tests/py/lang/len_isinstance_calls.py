import sys
class D:
    def __len__(self):
        return len(self)
try:
    len(D())
except RecursionError as e:
    print(e)
class I:
    def __instancecheck__(cls, x): return True
print(isinstance(1, I()) if False else "skip")
