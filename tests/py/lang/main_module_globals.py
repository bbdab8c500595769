# __main__'s globals as CPython sets them up for a script
print(list(globals()))
print(__spec__, __package__, __cached__, type(__loader__).__name__, type(__loader__).__module__)
print(__loader__.name, __loader__.path == __file__, __loader__.get_filename() == __file__)
print(__loader__.get_source('__main__').splitlines()[0])
print(__annotations__)
x: int = 5
print(__annotations__, sorted(dir())[:4])
