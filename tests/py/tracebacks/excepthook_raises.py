import sys
def hook(t, v, tb):
    print('hook got', t.__name__, file=sys.stderr)
    raise RuntimeError('hook broke')
sys.excepthook = hook
def f():
    return {}['k']
f()
