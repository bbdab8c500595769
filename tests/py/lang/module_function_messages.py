# METH_O/NOARGS messages of module functions are module-qualified; __module__ of module functions
import math, sys, time, gc
for s in ['math.sqrt()', 'math.sqrt(1, 2)', 'math.floor()', 'math.sqrt(x=1)', 'math.pow(1)', 'math.factorial()', 'sys.getrefcount()', 'gc.collect(1, 2)', 'time.time(1)', 'len()', 'abs(1, 2)', 'math.isnan()', 'math.gcd(x=1)', 'sys.exit(1, 2)', 'sys.intern()', 'id()', 'math.ceil(1, 2)', 'gc.isenabled(1)', 'time.sleep()']:
    try: eval(s)
    except TypeError as e: print(s, '->', e)
print(math.sqrt.__module__, len.__module__, sys.exit.__module__, gc.collect.__module__, time.time.__module__, math.sqrt.__qualname__, repr(math.sqrt), repr(len))
