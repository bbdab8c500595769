import sys
def f():
    x = object()
    print('fresh object() bound to local:', sys.getrefcount(x))
    print('fresh object() temp arg     :', sys.getrefcount(object()))
    L = [object()]
    print('list element (L[0]) :', sys.getrefcount(L[0]))
    y = x
    print('local x after y = x :', sys.getrefcount(x))
    d = {'k': x}
    print('after dict value too:', sys.getrefcount(x))
    del y, d
    print('after del y, d      :', sys.getrefcount(x))
    s = 'hello_world_identifier'
    print('identifier-like str literal:', sys.getrefcount(s))
    t = 'not an identifier!'
    print('non-identifier str literal :', sys.getrefcount(t))
    n = 123456789
    print('big int literal in local   :', sys.getrefcount(n))
    fl = 1.5
    print('float literal in local     :', sys.getrefcount(fl))
    print('fresh list arg [] :', sys.getrefcount([]))
f()
x = object()
print('module-global object():', sys.getrefcount(x))
class C: pass
c = C()
print('instance global:', sys.getrefcount(c), ' class C:', sys.getrefcount(C))
print('sys.getrefcount(sys.getrefcount):', sys.getrefcount(sys.getrefcount))
