for s, enc in [('éé', 'ascii'), ('aé€b', 'latin-1'), ('x€', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e, '|', e.start, e.end, e.reason, e.encoding, repr(e.object), e.args)
for b in [b'\xff\xfe', b'ab\xc3', b'\xe2\x82', b'a\x80\x80b']:
    try:
        b.decode('utf-8')
    except UnicodeDecodeError as e:
        print(e, '|', e.start, e.end, e.reason, repr(e.object))
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'bad')
e.start = 0
e.reason = 'changed'
print(e, e.args)
for args in [('x',), ('a', 'b', 1, 2, 'r'), (1, b'', 0, 1, 'r'), ('a', b'x', 'q', 1, 'r')]:
    try:
        print(UnicodeDecodeError(*args))
    except TypeError as t:
        print('TypeError', t)
try:
    UnicodeEncodeError('a', b'x', 0, 1, 'r')
except TypeError as t:
    print('TypeError', t)
print(isinstance(UnicodeDecodeError('a', b'', 0, 0, 'r'), ValueError))
print(repr(str(UnicodeEncodeError('ascii', 'abc', 5, 7, 'nope'))))
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason, str(u), repr(u))
