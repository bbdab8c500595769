# an exception in an atexit callback: the default unraisable report (the callback's own traceback,
# no chain, 'Type: message' even for an empty message), then the next callback runs
import atexit
def helper(d):
    return d['missing']
def bad(x):
    try:
        return helper({})
    except KeyError:
        raise RuntimeError(f'cleanup {x} failed')
atexit.register(bad, 1)
atexit.register(lambda: 1 / 0)
class E(Exception):
    pass
def custom():
    raise E()
atexit.register(custom)
print('main')
