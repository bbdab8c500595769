# `from m import name` asks the module's __getattr__ (PEP 562) as attribute access does
import _imppkg.lazyattr as m
print(m.lazy_one)
from _imppkg.lazyattr import lazy_two
print(lazy_two)
try:
    from _imppkg.lazyattr import other
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
