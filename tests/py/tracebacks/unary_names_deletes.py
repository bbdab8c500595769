# a unary operation, a name and a del target are each marked
def neg(v):
    return -v
print(neg(5))
try:
    neg('x')
except TypeError as e:
    print(e)
try:
    print(undefined_name + 1)
except NameError as e:
    print(e)
x = 1
del x
del x
