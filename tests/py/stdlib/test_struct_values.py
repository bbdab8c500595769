import struct, random
r = random.Random(3)
for i in range(400):
    c = r.random()
    if c < 0.3: x = r.uniform(-70000, 70000)
    elif c < 0.5: x = r.uniform(-1, 1) * 2.0 ** r.randint(-30, 20)
    elif c < 0.7: x = (r.randint(-4096, 4096) + r.choice([0.5, 0.25, 0.75, 0.0])) * 2.0 ** r.randint(-26, 5)
    else: x = r.uniform(-1, 1) * 10.0 ** r.randint(-50, 50)
    for fmt in ('<e', '>e', '<f', '>f', 'f', '<d', 'e'):
        try:
            b = struct.pack(fmt, x)
            print(fmt, b.hex(), struct.unpack(fmt, b))
        except Exception as e:
            print(fmt, type(e).__name__, e)
    n = r.randint(-2**40, 2**40)
    for fmt in ('<q', '>Q', 'i', '<h', 'B', 'L', '>l', '@bhiq', 'n', 'N', 'P'):
        try:
            args = (n,) * struct.calcsize(fmt) if False else tuple(n >> (8 * k) for k in range(len(fmt.lstrip('<>@=!'))))
            b = struct.pack(fmt, *args)
            print(fmt, b.hex(), struct.unpack(fmt, b))
        except Exception as e:
            print(fmt, type(e).__name__, e)
