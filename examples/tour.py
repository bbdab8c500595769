# A guided tour of Python's memory management, as pyvm (and CPython 3.11) really do it.
# Run it with:  npx pyvm run examples/tour.py        (compare: python3 examples/tour.py)
import gc
import sys

def section(title):
    print()
    print('==', title, '==')

section('1. Object pools: small ints and strings are shared')
a = 256
b = int('256')
print('256 is int("256")         ->', a is b, ' (ints -5..256 are preallocated singletons)')
c = 257
d = int('257')
print('257 is int("257")         ->', c is d, '(larger ints are fresh objects each time)')
s1 = 'hello_world'
s2 = ''.join(['hello', '_world'])
print("'hello_world' is built one ->", s1 is s2, '(run-time strings are not interned...)')
print('sys.intern makes them one  ->', sys.intern(s2) is s1, '(...unless you intern them)')

section('2. Names are references: id() is the address')
l = [1, 2, 'x']
name = l[2]
print('id(name) == id(l[2])       ->', id(name) == id(l[2]), ' (two references, one object)')

section('3. Reference counts go up and down')
obj = object()
print('sys.getrefcount(obj)       ->', sys.getrefcount(obj), '   (the name + the argument itself)')
alias = obj
holder = [obj, obj]
print('after alias and a list     ->', sys.getrefcount(obj))
del alias
holder.clear()
print('after del and clear        ->', sys.getrefcount(obj))

section('4. __del__ runs the instant the last reference goes')
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('   __del__ of', self.name)
n = Noisy('n1')
print('deleting the only name...')
del n
print('...and it was already finalized.')

section('5. A cycle that reference counting cannot free')
gc.collect()
gc.disable()
x = Noisy('cycle-a')
y = Noisy('cycle-b')
x.partner = y
y.partner = x
del x, y
print('both names deleted, but each object still references the other: no __del__ yet')
found = gc.collect()
print('gc.collect() found', found, 'unreachable objects (the two instances)')
gc.enable()

section('6. Generations and thresholds')
gc.collect()
print('gc.get_threshold()         ->', gc.get_threshold())
print('gc.get_count() after collect ->', gc.get_count())
keep = [[] for i in range(100)]
print('after creating 100 lists   ->', gc.get_count(), '(count[0] counts container allocations)')
gc.collect(0)
print('after gc.collect(0)        ->', gc.get_count(), '(young survivors moved to generation 1)')

section('7. pymalloc: arenas, pools and size classes')
print('sys.getallocatedblocks()   ->', sys.getallocatedblocks() > 0)
print('sys._debugmallocstats() prints the allocator table to stderr:')
sys.stdout.flush()
sys._debugmallocstats()
print('done: every number above comes from the heap this program really ran in.')

section('8. The GIL: threads take turns')
import threading
print('switch interval            ->', sys.getswitchinterval(), 's (a waiting thread asks for the GIL after this long)')
turns = []
def spin(name):
    n = 0
    for i in range(200000):
        if not turns or turns[-1] != name:
            turns.append(name)
        n += 1
threads = [threading.Thread(target=spin, args=(name,)) for name in ('A', 'B')]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('two CPU-bound threads both ran:', sorted(set(turns)) == ['A', 'B'], '- the GIL changed hands', len(turns) - 1, 'times')
print('(run with --stats to see forced vs voluntary switches, or --trace out.json for a timeline)')
