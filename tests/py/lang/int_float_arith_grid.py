vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, 256, 257, -5, -6, 1000000007, -1000000007, 2**31-1, -2**31, 2**31, 2**40, -(2**40), 2**52, 2**53, -(2**53), 12345678901]
out = []
for x in vals:
    for y in vals:
        out.append((x + y, x - y, x * y))
        if y != 0:
            out.append((x // y, x % y, divmod(x, y)))
        else:
            for f in (lambda: x // y, lambda: x % y):
                try: f()
                except ZeroDivisionError as e: out.append(str(e))
print(out)
print(out[:40])
fl = [0.0, -0.0, 1.5, -2.25, 3.0, 1e308, -1e-308, 0.1]
o2 = []
for x in fl:
    for y in fl:
        o2.append((x + y, x - y, x * y))
        try: o2.append(x / y)
        except ZeroDivisionError as e: o2.append(str(e))
print(o2)
print(-7 // 2, -7 % 2, 7 % -2, -0 % 5, 0 * -1, (-6) % 3, 6 % -3)
