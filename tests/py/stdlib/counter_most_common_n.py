# Counter.most_common(n) is heapq.nlargest(n, ...) as CPython's: same order, same errors for a bad n
from collections import Counter
c = Counter('abracadabra alakazam')
for n in [None, 0, 1, 2, 3, -1, 100]:
    print(n, c.most_common(n))
for bad in ['x', 1.5]:
    try:
        print(c.most_common(bad))
    except TypeError as e:
        print(type(e).__name__, e)
