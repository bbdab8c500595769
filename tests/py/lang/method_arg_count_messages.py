# argument-count messages of builtin methods (type-qualified), METH_COEXIST methods, slot wrappers
cases = ['[].append()', '"a".upper(1)', '"a".upper(x=1)', 'dict.fromkeys([], x=1)', '{}.keys(1)', 'set().add()',
         'frozenset().__contains__(1, 2, 3)', '(1,).__len__(1)', '[].__getitem__(1, 2)', '{}.__contains__()',
         'int.__add__(1)', '(1).__add__()', '"a".__len__(2)', 'set().clear(1)', '[].copy(1)', '[].index()',
         '(1).bit_length(1)', '(1.5).is_integer(1)', 'object().__eq__()', '(1).__add__(x=1)', 'int.__add__(1, x=2)',
         '"a".__len__(x=1)', 'object().__eq__(1, 2)', '(1).__lt__()', '(1).__hash__(1)', '(1).__repr__(1)',
         '{}.__delitem__()', 'repr(list.__getitem__)', 'repr(dict.__contains__)', 'repr(int.__add__)']
for c in cases:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
