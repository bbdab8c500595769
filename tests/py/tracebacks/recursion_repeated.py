# repeated identical entries are collapsed after three, carets included
import sys
sys.setrecursionlimit(60)
def countdown(n):
    return countdown(n - 1) + 1
countdown(5)
