import os, os.path, sys
import posixpath
print(os.path is posixpath, os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
print(os.getcwd() == os.path.abspath('.'))
os.environ['PYVM_TEST_X'] = 'hello'
print(os.environ['PYVM_TEST_X'], os.getenv('PYVM_TEST_X'), os.getenv('NOPE_NOPE'), os.getenv('NOPE_NOPE', 'd'))
print('PYVM_TEST_X' in os.environ, os.environ.get('PYVM_TEST_X'))
del os.environ['PYVM_TEST_X']
for bad in [lambda: os.environ['NOPE_NOPE'], lambda: os.environ.__setitem__('a', 1), lambda: os.environ.__setitem__(1, 'a'),
            lambda: os.environ.__delitem__('NOPE_NOPE'), lambda: os.urandom(-1), lambda: os.urandom(1.5),
            lambda: os.listdir('/nonexistent/dir'), lambda: os.stat('/nonexistent'), lambda: os.listdir(3.5),
            lambda: os.stat(None), lambda: os.path.join('a', 1), lambda: os.path.join(1), lambda: os.path.join('a', b'b'),
            lambda: os.fspath(3), lambda: os.path.commonpath([]), lambda: os.path.commonpath(['/a', 'b']),
            lambda: os.path.relpath(''), lambda: os.putenv('a=b', 'c'), lambda: os.listdir('/etc/passwd'), lambda: os.chdir('/nonexistent')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(len(os.urandom(16)), type(os.urandom(3)), os.urandom(0))
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
j = os.path.join
print(j('a', 'b', 'c'), j('/a', '/b', 'c'), j('a/', 'b'), j('', 'x'), j('a', ''), j('a'), j(b'a', b'b'))
for p in ['', '/', 'a', 'a/b', 'a/b/', '/a/b', '//a', '///a//b//', 'a.txt', '.bashrc', 'a/.b.c', 'x/y.tar.gz', '..', 'a/../b', './a/./b', '/..', '//..', '../../a', 'a//b', '...', 'a.', '/a/b..c/d']:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p), os.path.isabs(p), os.path.splitdrive(p))
print(os.path.exists('/'), os.path.isdir('/'), os.path.isfile('/'), os.path.exists('/nonexistent'), os.path.isfile(__file__), os.path.isdir(__file__))
print(os.path.exists(''), os.path.isfile(''), os.path.islink('/'))
print(os.path.abspath('/a/b/../c'), os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.commonprefix(['/abc/d', '/abx']), os.path.commonpath(['/a/b/c', '/a/b/d', '/a/bc']))
print(os.path.commonprefix([]), os.path.commonpath(['a/b', 'a/c']))
class P:
    def __fspath__(self): return '/x/y.py'
print(os.fspath(P()), os.path.basename(P()), os.path.splitext(P()), isinstance(P(), os.PathLike), isinstance('a', os.PathLike))
os.environ['HOME'] = '/home/u'
print(os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('~other/x'), os.path.expanduser('a~'))
os.environ['V1'] = 'val'
print(os.path.expandvars('$V1/${V1}/$NOPE_NOPE/${NOPE_NOPE}/$/${V1'), os.path.expandvars('a$V1b'))
st = os.stat('/')
import stat
print(stat.S_ISDIR(st.st_mode), st.st_mode == st[0], len(st), stat.filemode(0o100644), stat.filemode(0o40755))
print(os.path.basename(b'/a/b'), os.path.normpath(b'/a/./b/'), os.path.split(b'a/b'))
print(os.error is OSError, os.get_exec_path({'PATH': '/a:/b'}))
