import struct
tests = ["struct.pack('h', 40000)", "struct.pack('H', -1)", "struct.pack('b', 200)", "struct.pack('B', 256)", "struct.pack('i', 2**31)", "struct.pack('I', -1)", "struct.pack('l', 2**63)", "struct.pack('L', -1)", "struct.pack('q', 2**63)", "struct.pack('Q', -1)",
 "struct.pack('<l', 2**31)", "struct.pack('<L', 2**32)", "struct.pack('<q', 2**63)", "struct.pack('<Q', -1)", "struct.pack('<h', 40000)", "struct.pack('<H', -1)", "struct.pack('<b', 200)", "struct.pack('<B', -1)", "struct.pack('<i', 2**31)", "struct.pack('<I', -1)",
 "struct.pack('i', 1.5)", "struct.pack('i', '1')", "struct.pack('d', 'x')", "struct.pack('f', 1e39)", "struct.pack('e', 1e6)", "struct.pack('c', b'ab')", "struct.pack('c', 'a')", "struct.pack('s', 'a')", "struct.pack('z')", "struct.pack('3')", "struct.pack('i')", "struct.pack('i', 1, 2)",
 "struct.unpack('i', b'abc')", "struct.unpack('<i', b'abcde')", "struct.calcsize('@bi')", "struct.calcsize('=bi')", "struct.calcsize('<bi')", "struct.calcsize('@bq')", "struct.calcsize('@lLnNP')", "struct.calcsize('<lL')", "struct.calcsize('<n')", "struct.calcsize('ci')", "struct.calcsize('i c')",
 "struct.pack('?', 5)", "struct.pack('?', [])", "struct.unpack('?', b'\\x02')", "struct.pack('5s', b'ab')", "struct.pack('2s', b'abcd')", "struct.pack('5p', b'ab')", "struct.pack('0s', b'a')", "struct.unpack('3s', b'abc')", "struct.pack('x')", "struct.pack('3x')", "struct.pack('>hxi', 1, 2)",
 "struct.pack('<e', 1.5)", "struct.unpack('<e', b'\\x00\\x7c')", "struct.pack('<f', 0.1)", "struct.unpack('<f', struct.pack('<f', 0.1))", "struct.pack('>d', -0.0)", "struct.pack('!I', 1)", "struct.pack('@P', 1)", "struct.pack('<P', 1)", "struct.pack('i', True)",
 "struct.pack('<f', float('nan'))", "struct.pack('<d', float('inf'))", "struct.unpack('<d', b'\\x00'*7 + b'\\xf0')", "struct.pack('<e', 65520.0)", "struct.pack('<e', 65519.0)", "struct.pack('<e', 5.96e-8)", "struct.pack('<e', 2.98e-8)", "struct.pack('<e', 1e-8)",
 "struct.pack('<f', 3.4028235e38)", "struct.pack('<f', 3.4028236e38)", "struct.pack('<f', 1e-46)", "struct.pack('i', 2**100)", "struct.pack('<Q', 2**64)", "struct.pack('h', 2**100)", "struct.pack('<4s', bytearray(b'ab'))", "struct.unpack('i', bytearray(b'abcd'))",
 "struct.pack('>Q', 2**64-1)", "struct.unpack('>q', b'\\xff'*8)", "struct.pack('b', -129)", "struct.pack('h', -40000)", "struct.pack('n', -1)", "struct.pack('N', -1)", "struct.pack('<i', 1.0)", "struct.pack('d', 1)", "struct.pack('f', 2**200)", "struct.pack('d', 10**400)",
 "struct.Struct(1)", "struct.calcsize(5)", "struct.pack('<i', None)", "struct.pack('s', 1)", "struct.pack('p', 1)", "struct.pack('c', 1)",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
class I:
    def __index__(self): return 7
for t in ["struct.pack('<I', 2**32)", "struct.pack('I', 2**32)", "struct.pack('i', -2**31-1)", "struct.pack('<i', 2**100)", "struct.pack('B', 2**100)", "struct.pack('<b', 2**70)", "struct.pack('<H', 2**70)",
          "struct.pack('<L', -1)", "struct.pack('=i', 2**31)", "struct.pack('=l', 2**31)", "struct.pack('i', I())", "struct.pack('<q', I())", "struct.pack('<d', I())", "struct.pack('e', float('nan'))", "struct.pack('<e', -0.0)",
          "struct.unpack('<e', b'\\x01\\x00')", "struct.unpack('<e', b'\\xff\\x7b')", "struct.unpack('<e', b'\\x00\\xfe')", "struct.pack('i', 2**63)", "struct.pack('h', 2**63)", "struct.pack('<h', 2**63)", "struct.pack('<I', 2**64)", "struct.pack('<l', 2**64)",
          "struct.pack('<e', 0.000061)", "struct.pack('<e', 1.00048828125)", "struct.pack('<e', 1.00146484375)", "struct.pack('<e', 2049.0)", "struct.pack('<e', 2051.0)",
          "struct.unpack('<f', b'\\x01\\x00\\x80\\x7f')", "struct.pack('P', -1)", "struct.pack('<4p', b'abcdef')", "struct.pack('1p', b'abc')", "struct.pack('300p', b'a'*300)[:2]", "struct.unpack('5p', b'\\x09abcd')", "struct.pack('10x3s', b'a')",
          "struct.pack('<?', 2)", "struct.unpack('<c', b'a')", "struct.pack('ii', 1, 'a')", "struct.pack('i', 1, 'a')", "struct.pack('2i', 1)", "struct.calcsize('2')", "struct.calcsize('i2')", "struct.calcsize('<i i')", "struct.calcsize(' i')", "struct.calcsize('i\\n')", "struct.calcsize('@i@')", "struct.calcsize('<<')",
          "struct.calcsize('999999999999999999999i')", "struct.unpack_from('<h', b'\\x00', 0)", "struct.unpack_from('<h', b'\\x00\\x00', 3)", "struct.unpack_from('<h', b'\\x00\\x00', -1)", "struct.unpack_from('<h', b'\\x00\\x00\\x00', -2)", "struct.pack_into('<h', bytearray(2), 1, 1)", "struct.pack_into('<h', b'xx', 0, 1)",
          "list(struct.iter_unpack('<h', b'\\x00'))", "list(struct.iter_unpack('', b''))", "struct.Struct('i').unpack(b'\\x01\\x00\\x00\\x00')", "struct.Struct('<i').pack(5)", "struct.pack(b'<h', 1)", "struct.unpack('<h', 'ab')",
          ]:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
for f in ['>h','>H','>i','>I','>l','>L','>b','>B','<h','<H','<I','<L','=H','=h','!h', '>q','!q','>Q','<q','<Q','q','Q','l','L','n','N','P','i','I','h','H','b','B','=q','=Q','=l','=L','<l']:
    for v in [-1, -129, -40000, 40000, 70000, 2**31, 2**32, 2**63, 2**64, 2**70, -2**63-1]:
        try: print(f, v, struct.pack(f, v))
        except Exception as e: print(f, v, type(e).__name__, e)
