# Generators and generator expressions over slices (a regression test for the GC's view of a
# running generator's stack: run it with --stress-gc --verify-heap too).


def g(l):
    for x in l[1:]:
        yield x


t = 0
for i in range(60):
    for v in g([1, 2, 3, 4]):
        t += v
print(t)
print(sum(x for x in [1, 2, 3][1:]))
print(list(x * 2 for x in list(range(10))[2:5]))
print([list(y for y in s[::2]) for s in ["abcdef", "xyz"]])


def pairs(s):
    for i in range(len(s)):
        yield s[i:i + 2], s[:i]


print(list(pairs("abcd")))
