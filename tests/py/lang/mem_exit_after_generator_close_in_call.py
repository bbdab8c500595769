# A suspended generator that a function drops is closed at once (its finally runs and the
# GeneratorExit's traceback links a frame object to the returning function's frame). That frame
# object must not outlive the call: it would keep the module's globals alive, and the suspended
# generator and the object held by globals would never be finalized at exit.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', name)


class K:
    def __del__(self):
        print('K del')


held = gen('held by a global')
next(held)
k = K()


def consume():
    z = gen('local')
    next(z)
    return 'returned'


print(consume())
print(consume())


def pick():
    for v in gen('loop'):
        return v


print(pick())
print('end of module')
