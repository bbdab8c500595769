# a module-level builtin function's __self__ is its module
import sys, time
print(print.__self__, len.__self__, sys.exit.__self__, time.sleep.__self__)
print([].append.__self__, 'a'.upper.__self__, str.upper.__objclass__)
