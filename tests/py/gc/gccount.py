import gc, sys
gc.collect()
def run(label, make):
    gc.collect()
    make()
    n = gc.collect()
    print(f'{label:55s} -> {n}')

def two_lists():
    a = []; b = []; a.append(b); b.append(a)
run('two-list cycle', two_lists)

def self_list():
    a = []; a.append(a)
run('self-referencing list', self_list)

def dict_self():
    d = {}; d['self'] = d
run('self-referencing dict', dict_self)

class A: pass
def inst_cycle():
    a = A(); b = A(); a.other = b; b.other = a
run('two instances a.other=b, b.other=a', inst_cycle)

def inst_self():
    a = A(); a.me = a
run('instance self-cycle a.me=a', inst_self)

def inst_cycle_dict_touched():
    a = A(); b = A(); a.other = b; b.other = a; a.__dict__; b.__dict__
run('two instances, __dict__ accessed', inst_cycle_dict_touched)

class S:
    __slots__ = ('other',)
def slots_cycle():
    a = S(); b = S(); a.other = b; b.other = a
run('two __slots__ instances cycle', slots_cycle)

def list_with_tuple():
    a = []; t = (a,); a.append(t)
run('list <-> tuple cycle', list_with_tuple)

def list_cycle_with_payload():
    a = [1, 2.5, 'x', (1, 2)]; a.append(a)
run('self list with atomic payload (1,2.5,"x",(1,2))', list_cycle_with_payload)

def list_cycle_with_containers():
    a = [[], {}, set()]; a.append(a)
run('self list holding [], {}, set()', list_cycle_with_containers)

def func_cycle():
    def f(): return f
    return None
run('recursive closure (def f(): return f)', func_cycle)

def three_cycle():
    a = []; b = []; c = []; a.append(b); b.append(c); c.append(a)
run('three-list cycle', three_cycle)

class D:
    def __del__(self): pass
def del_cycle():
    a = D(); b = D(); a.o = b; b.o = a
run('two instances with __del__ (PEP 442)', del_cycle)

def exc_cycle():
    try:
        1/0
    except ZeroDivisionError as e:
        err = e
    return err
def exc_keep():
    e = exc_cycle()
run('exception -> traceback -> frame cycle (kept in local)', exc_keep)

def gen_cycle():
    def g():
        yield 1
    x = g(); next(x)
run('suspended generator, no cycle', gen_cycle)

def obj_cycle_class():
    class K: pass
run('class created in function (class<->mro/dict cycle)', obj_cycle_class)

def big():
    L = []
    for i in range(100):
        a = []; b = []; a.append(b); b.append(a); L.append(a)
run('100 two-list cycles (via list L dropped)', big)
