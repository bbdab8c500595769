print("init _imppkg", __name__, __package__)
from . import mod1
from .mod1 import f
VAL = 1
