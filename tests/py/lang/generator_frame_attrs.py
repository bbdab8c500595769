# gi_frame / gi_code of generators; __doc__ of bound methods
def g():
    a = 1
    yield a
    b = 2
    yield b


x = g()
fr = x.gi_frame
print(fr is not None, fr.f_lineno, fr.f_locals, fr.f_back, x.gi_code.co_name)
next(x)
print(x.gi_frame.f_lineno, x.gi_frame.f_locals, fr is x.gi_frame)
next(x)
print(fr.f_lineno, fr.f_locals)
print(list(x), x.gi_frame, fr.f_lineno)


class C:
    def m(self):
        "method doc"


print(C().m.__doc__, C.m.__doc__)
