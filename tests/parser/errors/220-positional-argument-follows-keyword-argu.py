class A(metaclass=M, 1): pass
