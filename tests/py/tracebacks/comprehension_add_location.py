# the SET_ADD/MAP_ADD of a comprehension is located at the comprehension, or at the last
# comparison of its `if` clauses (CPython 3.11)
import traceback
def c1(): return {[x]: 1 for x in range(3)}
def c2(): return {[x] for x in range(3)}
def c3(): return {[x]: 1 for x in range(3) if x > 0}
def c4(): return {(x, [y]) for x in range(2) if x >= 0 for y in range(2) if y is not None}
def c5(): return {[x] for x in range(3) if x > 0 if str(x)}
for c in (c1, c2, c3, c4, c5):
    try:
        c()
    except TypeError:
        traceback.print_exc()
s = {[x] for x in range(3) if x > 0}
