# Modules support weak references; __main__ dies when it is removed from sys.modules at exit,
# before the objects of its globals are finalized.
import sys
import weakref


class R:
    def __del__(self):
        print('R finalized, module alive:', wr() is not None)


def on_module_death(ref):
    print('module died', ref() is None)


wr = weakref.ref(sys.modules[__name__], on_module_death)
print(wr() is sys.modules['__main__'], weakref.getweakrefcount(sys))
r = R()
print('end')
