def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
class A: pass
show(lambda: format(A(), 'x'))
show(lambda: f'{A():>5}')
class R:
    def __repr__(self): return 5
show(lambda: repr(R()))
show(lambda: str(R()))
class S:
    def __str__(self): return None
show(lambda: str(S()))
show(lambda: '%s' % S())
class RS:
    def __repr__(self): return 'RS!'
show(lambda: str(RS()))
show(lambda: f'{RS()}|{RS()!r}|{RS()!s}|{RS()!a}')
show(lambda: '%r %s %a' % (RS(), RS(), 'é'))
class B:
    def __bytes__(self): return b'bb'
show(lambda: bytes(B()))
class BB:
    def __bytes__(self): return 'str'
show(lambda: bytes(BB()))
class I:
    def __index__(self): return 'no'
show(lambda: [1, 2][I()])
show(lambda: hex(I()))
show(lambda: range(I()))
class I2:
    def __index__(self): return 1
show(lambda: [1, 2, 3][I2():])
show(lambda: 'abc' * I2())
show(lambda: bin(I2()))
class Big:
    def __len__(self): return 2**70
show(lambda: len(Big()))
class NL:
    def __len__(self): return 'x'
show(lambda: len(NL()))
show(lambda: bool(NL()))
class C1:
    def __iter__(self): return iter([1, 2])
show(lambda: 2 in C1())
class C2:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
show(lambda: 3 in C2())
show(lambda: list(C2()))
show(lambda: list(reversed(C2())))
class C3:
    __iter__ = None
show(lambda: iter(C3()))
show(lambda: 1 in C3())
class C4:
    def __iter__(self): return 5
show(lambda: iter(C4()))
show(lambda: list(C4()))
class C5:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
show(lambda: reversed(C5()))
class C6:
    __hash__ = None
show(lambda: hash(C6()))
show(lambda: {C6()})
class C7:
    def __contains__(self, x): return x == 'yes'
show(lambda: ('yes' in C7(), 'no' in C7(), 'no' not in C7()))
class C8:
    def __contains__(self, x): return [1]
show(lambda: 1 in C8())
class Sl:
    def __getitem__(self, k): return k
show(lambda: Sl()[1:2])
show(lambda: Sl()[1:2, ::3])
show(lambda: Sl()[...])
show(lambda: Sl()[:])
class Cmp:
    def __eq__(self, o): return 'truthy'
show(lambda: Cmp() == 1)
show(lambda: Cmp() != 1)
show(lambda: [Cmp()] == [1])
show(lambda: Cmp() in [1])
class Call:
    def __call__(self, *a, **k): return a, k
show(lambda: Call()(1, x=2))
class NoLenIter:
    pass
show(lambda: len(NoLenIter()))
show(lambda: iter(NoLenIter()))
show(lambda: reversed(NoLenIter()))
show(lambda: NoLenIter()[0])
show(lambda: NoLenIter()())
def assign():
    n = NoLenIter(); n[0] = 1
show(assign)
def delete():
    n = NoLenIter(); del n[0]
show(delete)
show(lambda: 1 in NoLenIter())
class LH:
    def __length_hint__(self): return 5
    def __iter__(self): return iter([1])
import operator
show(lambda: operator.length_hint(LH()))
show(lambda: (1).__format__('x'))
show(lambda: object().__format__('x'))
show(lambda: format(3.5, 'd'))
show(lambda: format('s', 'd'))
show(lambda: format(3, 's'))
show(lambda: chr(I()))
show(lambda: oct(I()))
show(lambda: bin(I2()) + oct(I2()) + hex(I2()) + chr(I2()))
show(lambda: hex(True))
class MyInt(int): pass
show(lambda: hex(MyInt(255)) + chr(MyInt(65)))
show(lambda: chr('a'))
show(lambda: hex(1.5))
class T(tuple): pass
def dt():
    del T((1,))[0]
show(dt)
def dt2():
    del ()[0]
show(dt2)
def dt3():
    del ()['a']
show(dt3)
def dt4():
    del NoLenIter()['a']
show(dt4)
def dt5():
    x = 5
    del x[0]
show(dt5)
def dt6():
    del 'abc'[0]
show(dt6)
def dt7():
    del frozenset()[0]
show(dt7)
def st1():
    x = 'abc'; x[0] = 1
show(st1)
def st2():
    t = (1,); t['a'] = 1
show(st2)
class R:
    def __repr__(self): return 5
for f in (lambda: print(R()), lambda: '%s' % R(), lambda: f'{R()}', lambda: format(R()), lambda: '{}'.format(R()), lambda: [R()].__str__(), lambda: '%r' % R(), lambda: f'{R()!r}', lambda: ascii(R())):
    try: f()
    except TypeError as e: print(e)
class E(Exception):
    def __repr__(self): return 5
print(str(E('x')))
