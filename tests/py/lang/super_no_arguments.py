# zero-argument super() needs a positional parameter: *args alone is "no arguments"
class A:
    def m(self):
        return 'A.m'
class B(A):
    def m(*args):
        return super().m()
class C(A):
    def m(self, *args):
        return super().m()
def free(*a):
    return super().x
for thunk in (lambda: B().m(), lambda: C().m(), lambda: free(1)):
    try:
        print(thunk())
    except RuntimeError as e:
        print('RuntimeError:', e)
