import sys, gc
b = bytearray(b'hello world')
m = memoryview(b)
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.obj is b)
m[0] = 72
print(b)
s = m[6:]
print(bytes(s), s.tobytes(), s.tolist()[:3], s.obj is b, len(s))
s[0] = ord('W'); print(b)
try:
    b.append(33)
except BufferError as e:
    print('BufferError:', e)
m.release(); s.release()
b.append(33); print(b)
try:
    m[0]
except ValueError as e:
    print(e)
print(repr(m).startswith('<released memory at 0x'))
r = memoryview(b'abcdef')
print(r.readonly, r[::2].tobytes(), r[::-1].tobytes(), r[1:4].tolist(), r == b'abcdef', r == memoryview(b'abcdef'), r != b'x', b'abcdef' == r)
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    memoryview('abc')
except TypeError as e:
    print(e)
try:
    memoryview(b)[0] = 300
except ValueError as e:
    print(e)
try:
    memoryview(b)[0:2] = b'xyz'
except ValueError as e:
    print(e)
try:
    memoryview(b)[20]
except IndexError as e:
    print(e)
try:
    hash(memoryview(b))
except ValueError as e:
    print(e)
print(hash(r) == hash(b'abcdef'))
with memoryview(b) as mm:
    print(mm.hex(), mm[1:3].hex(':'))
print(repr(mm)[:17])
print(bytearray(r[2:]), b''.join([r[:2], b'-', r[4:]]), list(r[:3]), r.cast('c')[0], r.cast('b').tolist()[:2])
x = bytearray(b'\x80\xff'); print(memoryview(x).cast('b').tolist())
print(gc.is_tracked(r), type(r).__name__, type(r))
big = bytearray(1000)
v = memoryview(big)[10:20]
v[:] = b'0123456789'
print(big[8:22])
del v
big.extend(b'ok'); print(len(big))
print(memoryview(b'ab') == [97, 98], memoryview(b'') == b'', memoryview(b'abc')[1:1].tobytes())
b = bytearray(b'abcdef')
print(sys.getrefcount(b))
m = memoryview(b); print(sys.getrefcount(b))
s = m[1:]; t = memoryview(m); u = s[::2]; print(sys.getrefcount(b), s.obj is b, u.obj is b)
m.release(); print(sys.getrefcount(b))
try:
    b.append(1)
except BufferError as e:
    print('still exported:', e)
del s, t, u
print(sys.getrefcount(b)); b.append(1); print(b)
bb = b'xyz'; r1 = memoryview(bb); r2 = memoryview(bb); print(sys.getrefcount(bb))
del r1, r2; print(sys.getrefcount(bb))
class BA(bytearray): pass
x = BA(b'qq'); x.m = memoryview(x); del x; print(gc.collect() >= 1)
