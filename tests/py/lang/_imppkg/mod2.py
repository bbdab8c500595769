from .sub import deep
from . import mod1
X = deep.Y + 1
