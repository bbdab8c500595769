import importlib, importlib.util, sys
m = importlib.import_module('json')
print(m.__name__, m is sys.modules['json'])
cf = importlib.import_module('concurrent.futures')
print(cf.__name__)
print(importlib.import_module('.futures', 'concurrent') is cf)
for bad in [lambda: importlib.import_module('.x'), lambda: importlib.import_module('no_such_module_xyz'), lambda: importlib.import_module('...x', 'a'), lambda: importlib.reload(5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(importlib.util.find_spec('no_such_module_xyz'), importlib.util.find_spec('json') is not None, importlib.util.find_spec('sys') is not None)
print(importlib.util.find_spec('concurrent.futures') is not None, importlib.util.resolve_name('.b', 'a'))
importlib.invalidate_caches()
import math
print(importlib.reload(math) is math)
