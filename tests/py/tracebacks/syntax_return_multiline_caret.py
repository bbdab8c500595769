for x in y:
    pass
break_it = 1
while (x
       > 1):
    pass
def g():
    yield
    return (1,
        2)
class C:
    return (1,
        2)
