from array import array
import array as A
tests = ["array('x')", "array(1)", "array('ii')", "array('i', [1.5])", "array('d', ['a'])", "array('b', [128])", "array('b', [-129])", "array('B', [256])", "array('B', [-1])", "array('h', [2**15])", "array('H', [-1])", "array('H', [2**16])",
 "array('i', [2**31])", "array('I', [-1])", "array('I', [2**32])", "array('l', [2**63])", "array('L', [-1])", "array('L', [2**64])", "array('q', [2**63])", "array('Q', [-1])", "array('Q', [2**64])", "array('u', 'abc')", "array('u', ['a'])", "array('u', [1])", "array('i', 'abc')",
 "array('i', b'\\x01\\x00\\x00\\x00')", "array('i', b'\\x01\\x00\\x00')", "array('f', [1e39])", "array('f', [0.1])", "array('f', [0.1])[0]", "array('d', [1, 2])", "array('d', range(3))", "array('i', (x*x for x in range(4)))", "array('i')", "array('d')", "array('u')",
 "array('i', [1,2,3]).itemsize", "[array(c).itemsize for c in A.typecodes]", "A.typecodes", "array('i', [1,2]) + array('i', [3])", "array('i', [1]) + array('d', [3])", "array('i', [1]) + [3]", "array('i', [1,2]) * 2", "2 * array('i', [1,2])", "array('i', [1,2,3])[1:]", "array('i', [1,2,3])[::-1]",
 "array('i', [1,2,3])[5]", "array('i', [1,2,3])['a']", "array('i', [1,2,3]) == array('i', [1,2,3])", "array('i', [1,2,3]) == array('d', [1,2,3])", "array('i', [1,2,3]) < array('i', [1,2,4])", "array('i', [1,2,3]) == [1,2,3]", "array('i', [1,2,3]) < [1]",
 "array('i', [1,2,3]).tolist()", "array('i', [1,2,3]).tobytes()", "array('h', [1,2]).tobytes()", "array('i', [3,1,2]).index(2)", "array('i', [3,1,2]).index(5)", "array('i', [3,1,2]).count(1)", "array('i', [3,1,2]).pop()", "array('i', []).pop()", "array('i', [1]).pop(5)",
 "array('i', [1]).remove(5)", "array('i', [1]).append('a')", "array('i', [1]).extend([1.5])", "array('i', [1]).extend(array('d', [1]))", "array('i', [1]).frombytes(b'abc')", "array('i', [1]).fromlist('ab')", "array('i', [1]).fromlist(['a'])", "array('u', 'ab').tounicode()", "array('i').tounicode()",
 "array('i', [1]).buffer_info()[1]", "array('i', [1,2]).byteswap()", "repr(array('u', 'hi'))", "str(array('d', [1.5]))", "len(array('i', range(10)))", "3 in array('i', range(10))", "'a' in array('i', range(10))", "list(reversed(array('i', [1,2,3])))", "sorted(array('i', [3,1,2]))",
 "array('i', [1]).__reduce_ex__(2)", "array('b', b'ab')", "array('B', bytearray(b'ab'))", "array('i', array('i', [1,2]))", "array('d', array('i', [1,2]))", "array('u', array('i', [1]))", "array('i', [1,2]).insert(0, 5)", "hash(array('i'))", "array('i', [True])",
 "array('i', [1,2,3]).__setitem__(slice(0,2), array('i', [9]))", "array('i', [1,2,3]).__setitem__(slice(0,2), [9])", "array('i', [1,2,3]).__setitem__(0, 'a')", "array('i', [1,2,3]).__setitem__(5, 1)", "array('i', [1,2,3]).__delitem__(slice(0,2))", "array('i', [1,2,3]).__delitem__(7)",
 "array('i', [1,2,3]).__setitem__(slice(0,3,2), array('i', [7]))", "A.ArrayType is array", "array.__module__", "array('d', [float('nan')]) == array('d', [float('nan')])", "array('i', [1,2,3]).__iadd__([1])", "array('q', [1]).__imul__(3)", "copy_test()", "array.__name__", "type(array('i'))",
]
import copy
def copy_test():
    a = array('i', [1, 2])
    b = copy.copy(a); c = copy.deepcopy(a)
    b.append(3)
    return a, b, c, a is b
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
a = array('i', [1, 2, 3])
a[1] = 7; a[0:1] = array('i', [4, 5]); del a[-1]; a += array('i', [9]); a *= 2; a.reverse(); a.extend(range(3)); a.insert(-1, 100); a.insert(100, 101); a.remove(9)
print(a, a.typecode, a.itemsize, list(a), a[-1], a[1:3])
for v in a: print(v, end=' ')
print()
b = array('d', [1.5, 2.25]); b.fromlist([3.0]); b.frombytes(array('d', [4.0]).tobytes()); print(b, b.tolist(), sum(b))
u = array('u', 'hello'); u.fromunicode(' world'); print(u, u.tounicode(), u[0], u[1:3])
