a, b = 1, 2
a, *b = c
[a, b], c = d
(a, b) = c
a = b = c = 1
a.b, c[1], *d = e
x, = y
for i, (j, k) in z: pass
a += 1; b -= 2; c *= 3; d @= 4; e /= 5; f %= 6; g &= 7; h |= 8; i ^= 9; j <<= 1; k >>= 2; l **= 3; m //= 4
x: int = 5
y: list[int]
(z): int = 1
a.b: int
a[1]: str = "x"
del a, b[1], c.d, (e, f), [g]
