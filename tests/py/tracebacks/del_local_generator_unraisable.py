import gc
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
class D:
    def __del__(self):
        g = stubborn(); next(g)
def k():
    d = D()
    del d
k()
x = stubborn(); next(x)
print("end")
