from ..mod1 import f
Y = 41
print("deep", __name__, f())
