# pyvm: native
"""Functions creating iterators for efficient looping (the itertools module of CPython 3.11,
written for pyvm as generator functions; arguments are checked when the iterator is made, as
CPython does)."""

# CPython implements this module in C: its frames get no traceback entries (vm/traceback.ts)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


def _index(x, what=None):
    if type(x) is int:
        return x
    try:
        f = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__) from None
    return f(x)


# ---- infinite iterators -------------------------------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not (isinstance(v, (int, float)) or hasattr(type(v), '__add__')) or isinstance(v, str):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)

    def __reduce__(self):
        return (count, (self._n, self._step))


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._object
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


# ---- iterators terminating on the shortest input ------------------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    for it in iterables:
        yield from it


def _from_iterable(iterables):
    """Alternative chain() constructor taking a single iterable argument that evaluates
lazily."""
    return _chain_from(iter(iterables))


def _chain_from(iterables):
    for it in iterables:
        yield from it


_from_iterable.__name__ = 'from_iterable'
_from_iterable.__qualname__ = 'chain.from_iterable'
chain.from_iterable = _from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to
true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an
argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        # starmap takes each item as an iterable of arguments (PySequence_Tuple), not as *args
        yield function(*tuple(args))


_marker = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._token = None

    def __iter__(self):
        return self

    def __next__(self):
        self._token = None
        while True:
            currkey = self._currkey
            if currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            else:
                tgtkey = self._tgtkey
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        self._token = token = object()
        return (self._currkey, self._grouper(self._tgtkey, token))

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def _grouper(self, tgtkey, token):
        while self._token is token:
            if self._currvalue is _marker:
                try:
                    self._step()
                except StopIteration:
                    return
            currkey = self._currkey
            if not (tgtkey is currkey or tgtkey == currkey):
                return
            value = self._currvalue
            self._currvalue = self._currkey = _marker
            yield value


def islice(*args):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""
    n = len(args)
    if n < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % n)
    if n > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % n)
    it = iter(args[0])
    stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
    start = 0
    stop = -1
    step = 1
    if n == 2:
        if args[1] is not None:
            stop = _as_ssize(args[1])
            if stop == -1:
                raise ValueError(stop_msg)
    else:
        if args[1] is not None:
            start = _as_ssize(args[1])
        if args[2] is not None:
            stop = _as_ssize(args[2])
            if stop == -1:
                raise ValueError(stop_msg)
    if start < 0 or stop < -1:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if n == 4 and args[3] is not None:
        step = _as_ssize(args[3])
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(it, start, None if stop == -1 else stop, step)


def _as_ssize(x):
    # PyNumber_AsSsize_t with its error replaced by -1, as islice() does
    try:
        v = _index(x)
    except TypeError:
        return -1
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return -1
    return v


def _islice(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            for _ in it:
                break
            else:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        for item in it:
            break
        else:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    head = [None, None]  # a shared singly linked list: [value, next cell]
    return tuple([_tee(it, head) for _ in range(n)])


def _tee(it, link):
    while True:
        nxt = link[1]
        if nxt is None:
            for value in it:
                break
            else:
                return
            nxt = link[1]
            if nxt is None:
                nxt = [value, None]
                link[1] = nxt
        link = nxt
        yield link[0]


def zip_longest(*args, **kwargs):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""
    # the C zip_longest reads only 'fillvalue' and names no other keyword in its error
    fillvalue = kwargs.pop('fillvalue', None)
    if kwargs:
        raise TypeError('zip_longest() got an unexpected keyword argument')
    return _zip_longest([iter(a) for a in args], fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            for value in it:
                break
            else:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0, s1), (s1, s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


# ---- combinatoric iterators ---------------------------------------------------------------------

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                # move index i to the end
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable allowing
individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_wr(pool, r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[i] for i in indices])
