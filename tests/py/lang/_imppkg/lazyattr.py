# a module with a PEP 562 __getattr__ (tests/py/lang/import_module_getattr.py)
def __getattr__(name):
    if name.startswith('lazy_'):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
