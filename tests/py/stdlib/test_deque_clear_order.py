# deque.clear() detaches its items, then releases them left to right (CPython's deque_clear).
from collections import deque
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n, len(d))
d = deque(maxlen=2)
for i in range(4, 8):
    d.append(A(i))
print('clear')
d.clear()
d.extend([A(1), A(2), A(3)])
d.clear()
print('end', len(d))
