print("not printed")
def load():
    from math import *
    return pi
