def ok(fn):
    return fn
def bad(arg):
    def wrap(fn):
        raise ValueError(f'bad decorator {arg}')
    return wrap
class C:
    @ok
    @bad(
        'multi')
    @ok
    def method(self):
        pass
