# an error in __set_name__: RuntimeError raised from the original (3.11)
class D:
    def __set_name__(self, owner, name): raise ValueError('boom')
class A:
    x = D()
