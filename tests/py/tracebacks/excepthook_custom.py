import sys
def hook(t, v, tb):
    print('custom hook:', t.__name__, v, tb.tb_lineno, file=sys.stderr)
    print('stdout from hook')
print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook
print('x')
raise ValueError('handled by hook')
