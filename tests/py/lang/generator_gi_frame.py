import sys
def gen():
    x = 5
    yield sys._getframe().f_back is not None
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is None, g.gi_suspended, g.gi_frame.f_code.co_name, g.gi_frame.f_locals)
print(next(g))
print(g.gi_running, g.gi_frame is None, g.gi_suspended, g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_frame.f_back)
fr = g.gi_frame
print(list(g))
print(g.gi_running, g.gi_frame is None, g.gi_suspended, fr.f_lineno)
g2 = gen(); next(g2); g2.close(); print(g2.gi_frame, g2.gi_suspended)
def gen3():
    yield 1
    raise ValueError('x')
g3 = gen3(); f3 = g3.gi_frame; next(g3)
try: next(g3)
except ValueError: print('VE', g3.gi_frame, f3.f_lineno)
import inspect
def gen4():
    yield inspect.getgeneratorstate(gg)
gg = gen4(); print(inspect.getgeneratorstate(gg)); print(next(gg)); print(inspect.getgeneratorstate(gg)); gg.close(); print(inspect.getgeneratorstate(gg))
