import sys
sys.tracebacklimit = 2
def a(): b()
def b(): c()
def c():
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('limited')
a()
