import sys
import sys
path = '/tmp/pyvm-test-files-' + type(sys.implementation).__name__ + '-' + str(sys.version_info[0]) + '.txt'
with open(path, 'w') as f:
    for i in range(5):
        f.write(f'line {i}\n')
    print('printed', 42, file=f)
    f.writelines(['a\n', 'b\n'])
print(f.closed)
with open(path) as f:
    data = f.read()
print(repr(data))
with open(path) as f:
    print([l.rstrip() for l in f])
with open(path) as f:
    print(f.readline(), end='')
    print(f.read(4))
    print(f.tell())
    f.seek(0)
    print(f.readlines()[-2:])
with open(path, 'a') as f:
    f.write('appended\n')
    print(f.tell())
with open(path, 'r+') as f:
    f.write('LINE')
    f.seek(0)
    print(f.readline())
words = {}
with open(path) as f:
    for line in f:
        for w in line.split():
            words[w] = words.get(w, 0) + 1
print(sorted(words.items()))
f = open(path, 'w')
f.write('unflushed')
g = open(path)
print(repr(g.read()))
g.close()
f.flush()
g = open(path)
print(repr(g.read()))
g.close()
f.close()
with open(path, 'wb') as f:
    f.write(b'\x00\x01\xff')
    f.write(bytearray(b'xy'))
with open(path, 'rb') as f:
    b = f.read()
    print(b, len(b), type(b).__name__)
try:
    with open(path) as f:
        f.read()
except UnicodeDecodeError as e:
    print('decode error:', e)
with open(path, 'w', encoding='latin-1') as f:
    f.write('café')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(f.read())
try:
    open('/tmp/definitely_missing_file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
except OSError as e:
    print('oserror', e)
with open(path, 'w') as f:
    f.write('x')
try:
    with open(path, 'x') as f: pass
except FileExistsError as e:
    print(e.errno, e.filename == path)
import json
with open(path, 'w') as f:
    json.dump({'a': [1, 2, 3], 'b': None}, f, indent=2)
with open(path) as f:
    print(json.load(f))
f = open(path)
print(f.read(1), f.closed)
del f
print(open(path).read(3))
import io
print(isinstance(open(path), io.TextIOBase), isinstance(open(path, 'rb'), io.BufferedIOBase), isinstance(open(path), io.IOBase))
with open(path, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    print(repr(f.read()), f.newlines)
with open(path, 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(f.read(5))
    f.seek(0, 2)
    f.write('!')
    f.seek(0)
    print(f.read())
print(open(path).readable(), open(path).writable(), open(path, 'a').writable(), open(path).seekable())
