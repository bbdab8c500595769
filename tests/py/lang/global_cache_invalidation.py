import builtins
def f(): return len([1, 2]), X
X = 1
print(f())
len = lambda x: 99
print(f())
del len
print(f())
builtins.len = lambda x: 7
print(f())
del builtins.len
try: print(f())
except NameError as e: print('NameError', e)
import builtins as b2
b2.len = lambda x: 2
X = 5
print(f())
globals()['X'] = 6
print(f())
del X
try: f()
except NameError as e: print(e)
