# CPython 3.11 quickens a code object after 8 warm-ups: calls (RESUME) and for-loop back edges
# (JUMP_BACKWARD), not `while cond:` back edges. Quickened code calls str(x) without the
# recursion check of a type call, which moves where a deep __str__ recursion hits the limit.

cnt = 0


class Node:
    def __init__(self, parent=None):
        self.parent = parent

    def __str__(self):
        global cnt
        cnt += 1
        return '.' if self.parent is None else str(self.parent) + '.'


x = Node()
for _ in range(1200):
    x = Node(x)
try:
    str(x)
except RecursionError as e:
    print(cnt, e)


def run_cold():
    global cnt
    cnt = 0
    i = 0
    while i < 50:
        i += 1
    try:
        str(x)
    except RecursionError as e:
        print(cnt, e)


run_cold()


def run_warm():
    global cnt
    cnt = 0
    for _ in range(10):
        pass
    try:
        str(x)
    except RecursionError as e:
        print(cnt, e)


run_warm()
