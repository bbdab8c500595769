import sys
sys.tracebacklimit = 0
def c():
    raise ValueError('no traceback lines')
c()
