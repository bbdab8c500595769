# messages of raise / raise from / with on objects that are not context managers
for src in ['raise 5', 'raise ValueError from 5', 'raise 5 from ValueError', 'raise ValueError from int']:
    try:
        if src == 'raise 5':
            raise 5
        elif src == 'raise ValueError from 5':
            raise ValueError from 5
        elif src == 'raise 5 from ValueError':
            raise 5 from ValueError
        else:
            raise ValueError from int
    except TypeError as e:
        print(src, '->', e)
try:
    raise KeyError('k') from ValueError('v')
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
class Neither:
    pass
for cm in [NoExit(), NoEnter(), Neither(), 5]:
    try:
        with cm:
            pass
    except TypeError as e:
        print(e)
