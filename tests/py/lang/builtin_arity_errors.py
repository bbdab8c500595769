# wrong argument counts and keywords for builtins: CPython 3.11's messages
tests = ["len()", "len(1, 2)", "abs()", "max()", "min(1)", "sorted()", "sorted([], 1)", "range()", "range(1, 2, 3, 4)", "int(1, 2)",
 "int('1', base=2, x=1)", "str(1, 2, 3, 4)", "isinstance(1)", "getattr(1)", "setattr(1, 2)", "print(sep=1)", "print(end=5)", "print(file=1)",
 "sum()", "sum([], 1, 2)", "enumerate()", "enumerate([], 1, 2)", "map(abs)", "filter(None)", "iter()", "next()",
 "divmod(1)", "pow(1)", "round()", "hash()", "id()", "chr()", "ord()", "hex()", "repr()", "ascii()", "format()", "vars(1, 2)",
 "dir(1, 2)", "list(1, 2)", "dict(1, 2)", "tuple(1, 2)", "set(1, 2)", "frozenset(1, 2)", "bool(1, 2)", "float(1, 2)", "complex(1, 2, 3)",
 "bytes(1, 2, 3, 4)", "object(1)", "type()", "type(1, 2)", "super(1, 2, 3)", "input(1, 2)", "[].append()", "[].append(1, 2)",
 "[].insert(1)", "[].pop(1, 2)", "[].index()", "[].count()", "[].sort(1)", "[].sort(key=1, x=2)", "{}.get()", "{}.pop()", "{}.setdefault()",
 "{}.update(1, 2)", "{}.fromkeys()", "''.split(1)", "''.join()", "''.replace('a')", "''.startswith()", "''.strip(1)", "''.encode(1)",
 "''.center()", "''.format_map()", "set().add()", "set().union(1)", "(1,).index()", "''.count()", "''.find()", "''.zfill()",
 "int.from_bytes()", "str.maketrans()", "dict.fromkeys()", "list.append([])", "max(1, 2, key=1, x=1)", "min([], default=1, x=2)",
 "sorted([3, 1], reverse=None)", "round(1.5, None)", "print(1, flush=2)", "enumerate(x=1)", "zip(1)", "reversed()", "reversed(1)",
 "callable()", "issubclass(1, int)", "issubclass(int, 1)", "isinstance(1, (int, 1))", "delattr(1)", "globals(1)", "locals(1)", "exec()",
 "eval()", "compile()", "breakpoint(1) if False else 0", "memoryview()", "bytearray(1, 2, 3, 4)", "slice()", "property(1, 2, 3, 4, 5)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r)[:40])
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
