# Python 2's print chevron: CPython's binary_op hint for print >> x; sys.stderr's type is _io.TextIOWrapper
import sys
print('start')
print >>sys.stderr, 'x'
