from collections import deque
import heapq
print(heapq.nsmallest(2, [3, 1, 2]))
d = deque()
d.pop()
