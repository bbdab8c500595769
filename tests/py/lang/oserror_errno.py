e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, str(e), e.args, repr(e), e.errno, e.strerror, e.filename, e.filename2)
print(type(OSError(13,'Perm')).__name__, str(OSError(13,'Perm')))
print(str(OSError('plain')), OSError('plain').errno)
print(str(OSError(1, 'a', 'b', None, 'c')))
e = FileNotFoundError(2, 'nope')
print(str(e), e.errno)
print(isinstance(OSError(17,'x'), FileExistsError), type(OSError(999, 'x')).__name__)
class MyErr(OSError):
    def __init__(self, msg):
        super().__init__(5, msg)
m = MyErr("boom")
print(str(m), m.errno, m.strerror, type(m).__name__)
e.errno = 7; print(e.errno, str(e))
try:
    raise FileNotFoundError(2, 'No such file or directory', 'data.txt')
except OSError as ex:
    print("caught", ex.filename, ex)
print(IOError is OSError, EnvironmentError is OSError)
