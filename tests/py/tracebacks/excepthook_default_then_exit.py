import sys
def hook(t, v, tb):
    sys.__excepthook__(t, v, tb)
    print('after default', file=sys.stderr)
    sys.exit(9)
sys.excepthook = hook
def f():
    raise KeyError('k')
f()
