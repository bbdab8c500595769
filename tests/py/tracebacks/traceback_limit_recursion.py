# A runaway recursion under a raised limit: only the last 1000 entries are printed, collapsed.
import sys
sys.setrecursionlimit(30000)


def spin(n):
    return spin(n + 1)


spin(0)
