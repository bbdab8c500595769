# CPython 3.11 locates a failing assert at the last comparison its test went through (the
# location compiler_jump_if leaves behind), so the traceback underlines that comparison
import traceback
def f(x):
    return False
def a1(v): assert isinstance(v, int) and v > 0, {'bad': v}
def a2(v): assert v > 0 and v < 10, 'range'
def a3(v): assert v > 0 or v > 5, 'either'
def a4(v): assert not v < 0, 'not negative'
def a5(v): assert v > 0 and f(v), 'then call'
def a6(v): assert f(v) and v, 'no compare'
def a7(v): assert v < 0 if f(v) else v > 0, 'ifexp'
def a8(v): assert v is None or v > 0, 'none or positive'
for fn in (a1, a2, a3, a4, a5, a6, a7, a8):
    try:
        fn(-1)
    except AssertionError:
        traceback.print_exc()
def check(v):
    assert (v > 0) and (f(v) or v > 3), 'nested'
check(-1)
