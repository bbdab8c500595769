# bytes/bytearray methods: start/end converted before the sub-argument is checked; keepends and
# bytes_per_sep must be ints
cases = ["b'abc'.splitlines(b'')", "b'x'.splitlines('a')", "b'Hello'.startswith(None, 'a', b'')",
         "b''.hex(2, b'ab')", "b'abc'.index('a', bytearray(b'i'))", "b'ab'.rindex(-1, bytearray(b'i'), 2)",
         "b'ab'.hex('', 'x')", "b'ab'.hex(bytearray(b'i'))", "b'ab'.hex(['x'])", "b'ab'.hex(b'\xff')", "bytearray(b'ab').count(None, 'z')", "b'ab'.endswith(1, None, 'q')"]
for c in cases:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
