# UnicodeEncodeError/UnicodeDecodeError carry (encoding, object, start, end, reason); runs of bad characters
cases = ["'ä'.encode('ascii')", "'aää b'.encode('ascii')", "'x\\u20ac'.encode('latin-1')", "'\\ud800'.encode('utf-8')", "b'\\xff'.decode('utf-8')", "b'ab\\xff\\xfe'.decode('ascii')", "b'\\xe4\\xb8'.decode('utf-8')", "b'a\\x80b'.decode('utf-8')", "'😀'.encode('ascii')"]
for c in cases:
    try:
        eval(c)
    except UnicodeError as e:
        print(type(e).__name__, str(e), e.args, e.encoding, repr(e.object), e.start, e.end, e.reason)
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(repr(e), str(e), e.start, e.reason)
e2 = UnicodeEncodeError('ascii', 'aé', 1, 2, 'nope'); print(str(e2), e2.object)
e3 = UnicodeDecodeError('x', b'abc', 0, 3, 'multi'); print(str(e3))
print(b'\xff'.decode('utf-8', 'replace'), 'ä'.encode('ascii', 'replace'), 'ää'.encode('ascii', 'backslashreplace'))
