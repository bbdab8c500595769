// The `weakref` module: ref and proxy in JS (runtime/gc/weakref.ts), the containers
// (WeakValueDictionary, WeakKeyDictionary, WeakSet) and finalize in Python on top of them.

import { I32, TYPES, T_WEAKREF, T_WEAKPROXY, T_TYPE, T_OBJECT, T_FUNCTION, T_BUILTIN, T_METHOD, decref, incref, GC_FLAGS, GCF_FINALIZED,
  newTypeInfo } from '../object.js';
import { allocTypeObject, allocTypeId, setBasesAndMro, typeLookup } from '../objects/type.js';
import { IMMORTAL_REFCNT } from '../objects/int.js';
import { newInt } from '../objects/int.js';
import { newStr, strValue } from '../objects/str.js';
import { listFromSteal } from '../objects/list.js';
import { tupleFromSteal } from '../objects/tuple.js';
import { dictSet } from '../objects/dict.js';
import { raise, EXC } from '../objects/exception.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { defFunction } from '../builtins/define.js';
import { newModule, moduleDict, hexAddr, weakrefHooks, qualnameOfType } from '../types.js';
import { newWeakref, weakrefDealloc, weakrefTraverse, weakrefClear, clearWeakrefs, handleWeakrefs, weakrefCount, weakrefList,
  WR_REFERENT, WR_CALLBACK, WR_SIZE, WR_HASH, WR_HASH_HI, callHook, weakrefReport, weakrefKinds } from '../gc/weakref.js';
import { collectHooks } from '../gc/collect.js';
import { internedStr } from '../objects/str.js';
import { defGetter } from '../objects/int.js';
import * as op from '../../compiler/opcodes.js';

let initialized = false;

function referent(wr: number): number {
  return I32[(wr >> 2) + WR_REFERENT];
}

/** callable(o), as the builtin decides it. */
function isCallableObject(o: number): boolean {
  const t = TYPES[I32[(o >> 2) + 1]];
  return !!t.slots.call || typeLookup(t, '__call__') !== 0 || [T_FUNCTION, T_TYPE, T_BUILTIN, T_METHOD].includes(t.id) || t.isMeta;
}

function proxyTarget(p: number): number {
  const o = referent(p);
  if (o === 0) throw raise(EXC.ReferenceError, 'weakly-referenced object no longer exists');
  return o;
}

/** Set up the weakref types (called once at start-up). */
export function initWeakrefTypes(): void {
  if (initialized) return;
  initialized = true;
  callHook.call = (f, args) => A.call(f, args);
  weakrefHooks.clearWeakrefs = clearWeakrefs;
  collectHooks.handleWeakrefs = handleWeakrefs;
  for (const id of [T_WEAKREF, T_WEAKPROXY]) {
    const t = TYPES[id];
    t.basicsize = WR_SIZE;
    t.dealloc = weakrefDealloc;
    t.traverse = weakrefTraverse;
    t.clear = weakrefClear;
  }
  const ref = TYPES[T_WEAKREF];
  ref.name = 'weakref.ReferenceType';
  ref.slots.new = (t, args) => {
    if (args.length < 1) throw raise(EXC.TypeError, `__new__ expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw raise(EXC.TypeError, `__new__ expected at most 2 arguments, got ${args.length}`);
    const cb = args.length > 1 && args[1] !== S.None ? args[1] : 0;
    return newWeakref(t, args[0], cb);
  };
  ref.slots.init = () => {};
  ref.slots.call = (wr, args, kw) => {
    if (kw && kw.names.length) throw raise(EXC.TypeError, 'weakref() takes no keyword arguments');
    if (args.length) throw raise(EXC.TypeError, `weakref expected 0 arguments, got ${args.length}`);
    const o = referent(wr) || S.None;
    incref(o);
    return o;
  };
  ref.slots.repr = (wr) => {
    const o = referent(wr);
    if (o === 0) return newStr(`<weakref at ${hexAddr(wr)}; dead>`);
    const t = TYPES[I32[(o >> 2) + 1]];
    return newStr(`<weakref at ${hexAddr(wr)}; to '${t.isHeap ? qualnameOfType(t) : t.name}' at ${hexAddr(o)}>`);
  };
  ref.slots.hash = (wr) => {
    // the hash is computed once, while the referent lives, and kept (so dead refs stay usable keys)
    const w = wr >> 2;
    if (I32[w + WR_HASH] === -1 && I32[w + WR_HASH_HI] === -1) {
      const o = referent(wr);
      if (o === 0) throw raise(EXC.TypeError, 'weak object has gone away');
      const h = BigInt.asIntN(64, BigInt(A.pyHashPython(o)));
      I32[w + WR_HASH] = Number(BigInt.asIntN(32, h));
      I32[w + WR_HASH_HI] = Number(h >> 32n);
    }
    const hi = I32[w + WR_HASH_HI], lo = I32[w + WR_HASH] >>> 0;
    if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + lo;
    return ((BigInt(hi) << 32n) | BigInt(lo)) as unknown as number;
  };
  ref.slots.richcompare = (a, b, cmp) => {
    if ((cmp !== op.CMP_EQ && cmp !== op.CMP_NE) || !A.isTrue(A.newBool(TYPES[I32[(b >> 2) + 1]].id === T_WEAKREF || TYPES[I32[(b >> 2) + 1]].mro.includes(ref)))) {
      incref(S.NotImplemented);
      return S.NotImplemented;
    }
    const x = referent(a), y = referent(b);
    if (x === 0 || y === 0) return A.newBool((a === b) === (cmp === op.CMP_EQ));
    return A.richCompare(x, y, cmp);
  };
  ref.baseType = true;
  // __callback__: the callback while the referent lives, None once it has been called or dropped
  defGetter(T_WEAKREF, '__callback__', (wr) => {
    const cb = I32[(wr >> 2) + WR_CALLBACK] || S.None;
    incref(cb);
    return cb;
  });
  const proxy = TYPES[T_WEAKPROXY];
  proxy.name = 'weakref.ProxyType';
  proxy.slots.getattr = (p, name) => A.getAttr(proxyTarget(p), name);
  proxy.slots.setattr = (p, name, v) => (v === 0 ? A.delAttr(proxyTarget(p), name) : A.setAttr(proxyTarget(p), name, v));
  proxy.slots.repr = (p) => {
    const o = referent(p);
    return newStr(o ? `<weakproxy at ${hexAddr(p)}; to '${A.typeName(o)}' at ${hexAddr(o)}>` : `<weakproxy at ${hexAddr(p)}; dead>`);
  };
  proxy.slots.str = (p) => A.str(proxyTarget(p));
  proxy.slots.hash = () => {
    throw raise(EXC.TypeError, "unhashable type: 'weakref.ProxyType'");
  };
  proxy.slots.bool = (p) => A.isTrue(proxyTarget(p));
  proxy.slots.len = (p) => A.length(proxyTarget(p));
  proxy.slots.getitem = (p, k) => A.getItem(proxyTarget(p), k);
  proxy.slots.setitem = (p, k, v) => A.setItem(proxyTarget(p), k, v);
  proxy.slots.contains = (p, k) => A.contains(proxyTarget(p), k);
  proxy.slots.iter = (p) => A.getIter(proxyTarget(p));
  proxy.slots.call = (p, args, kw) => A.call(proxyTarget(p), args, kw);
  const isProxy = (a: number) => I32[(a >> 2) + 1] === T_WEAKPROXY || I32[(a >> 2) + 1] === weakrefKinds.callProxy;
  proxy.slots.richcompare = (p, b, cmp) => A.richCompare(proxyTarget(p), isProxy(b) ? proxyTarget(b) : b, cmp);
  proxy.slots.number = (a, b, nb) => {
    const x = isProxy(a) ? proxyTarget(a) : a;
    const y = isProxy(b) ? proxyTarget(b) : b;
    return A.nb.binaryOp(x, y, nb & 0xff);
  };
  // weakref.CallableProxyType: the proxy type weakref.proxy() uses for a callable referent
  const cproxy = newTypeInfo(allocTypeId(), 'weakref.CallableProxyType', proxy, proxy.basicsize, true);
  cproxy.slots = { ...proxy.slots };
  cproxy.baseType = false;
  cproxy.dealloc = weakrefDealloc;
  cproxy.traverse = weakrefTraverse;
  cproxy.clear = weakrefClear;
  cproxy.slots.hash = () => {
    throw raise(EXC.TypeError, "unhashable type: 'weakref.CallableProxyType'");
  };
  allocTypeObject(cproxy, 'weakref.CallableProxyType');
  I32[cproxy.addr >> 2] = IMMORTAL_REFCNT;
  setBasesAndMro(cproxy, [TYPES[T_OBJECT]], [cproxy, TYPES[T_OBJECT]]);
  weakrefKinds.callProxy = cproxy.id;
  proxy.slots.call = undefined;
  cproxy.slots.new = proxy.slots.new = (_t, args) => {
    const cb = args.length > 1 && args[1] !== S.None ? args[1] : 0;
    return newWeakref(isCallableObject(args[0]) ? cproxy : proxy, args[0], cb);
  };
  weakrefReport.unraisable = (e, cb) => {
    void cb;
    decref(e.exc);
  };
}

const WEAKREF_PY = `
_GenericAlias = type(list[int])

def _mapping_abc():
    import _collections_abc
    return _collections_abc.Mapping

class _WeakContainer:
    # Shared by the three containers. An entry whose referent dies is removed by the weak
    # reference's callback; while the container is being iterated (one token per live
    # iteration in _iterating) the removal is only queued in _pending_removals and done when
    # the last iteration ends, so the dict / set is never resized under an iterator.
    __slots__ = ()

    def _init_pending(self):
        self._pending_removals = []
        self._iterating = set()

    def _died(self, token):
        if self._iterating:
            self._pending_removals.append(token)
        else:
            self._drop(token)

    def _commit_removals(self):
        pending = self._pending_removals
        while pending:
            self._drop(pending.pop())

    def _walk(self, it):
        # yields from 'it' with the container marked as being iterated
        token = object()
        self._iterating.add(token)
        try:
            yield from it
        finally:
            self._iterating.discard(token)
            if not self._iterating and self._pending_removals:
                self._commit_removals()

    __hash__ = None
    __class_getitem__ = classmethod(_GenericAlias)


class _WeakMapping(_WeakContainer):
    __slots__ = ()

    def __eq__(self, other):
        if not isinstance(other, _mapping_abc()):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _mapping_abc()):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _mapping_abc()):
            return NotImplemented
        merged = self.__class__()
        merged.update(other)
        merged.update(self)
        return merged

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def __copy__(self):
        return self.copy()


class KeyedRef(ref):
    """A weak reference carrying the dictionary key it was stored under."""
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        r = ref.__new__(cls, ob, callback)
        r.key = key
        return r

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_WeakMapping):
    """Mapping class that references values weakly.

    Entries are discarded when no strong reference to the value exists any more."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            d = selfref()
            if d is not None:
                d._died(wr.key)
        self._remove = remove
        self._init_pending()
        self.data = {}
        self.update(other, **kw)

    def _drop(self, key):
        # only while data[key] is still the dead reference (it may have been replaced)
        wr = self.data.get(key)
        if wr is not None and wr() is None:
            del self.data[key]

    def _settle(self):
        if self._pending_removals:
            self._commit_removals()

    def _keyed(self, key, value):
        return KeyedRef(value, self._remove, key)

    def __getitem__(self, key):
        self._settle()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = self._keyed(key, value)

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __len__(self):
        self._settle()
        return len(self.data)

    def __contains__(self, key):
        self._settle()
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def get(self, key, default=None):
        self._settle()
        wr = self.data.get(key)
        o = None if wr is None else wr()
        return default if o is None else o

    def keys(self):
        self._settle()
        for k, wr in self._walk(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def values(self):
        self._settle()
        for wr in self._walk(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        self._settle()
        for k, wr in self._walk(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def itervaluerefs(self):
        """Iterate over the weak references (KeyedRef objects) to the values."""
        self._settle()
        yield from self._walk(self.data.values())

    def valuerefs(self):
        """Return a list of the weak references (KeyedRef objects) to the values."""
        self._settle()
        return list(self.data.values())

    def copy(self):
        self._settle()
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._settle()
        new = self.__class__()
        for k, v in self.items():
            new[deepcopy(k, memo)] = v
        return new

    def pop(self, key, *args):
        self._settle()
        wr = self.data.pop(key, None)
        o = None if wr is None else wr()
        if o is not None:
            return o
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        self._settle()
        while True:
            k, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return k, o

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        o = None if wr is None else wr()
        if o is not None:
            return o
        self._settle()
        self.data[key] = self._keyed(key, default)
        return default

    def update(self, other=None, /, **kwargs):
        self._settle()
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for k, v in other.items():
                self.data[k] = self._keyed(k, v)
        for k, v in kwargs.items():
            self.data[k] = self._keyed(k, v)

    def clear(self):
        self._settle()
        self.data.clear()


class WeakKeyDictionary(_WeakMapping):
    """Mapping class that references keys weakly.

    Entries are discarded when no strong reference to the key exists any more."""

    def __init__(self, dict=None):
        self.data = {}
        def remove(wr, selfref=ref(self)):
            d = selfref()
            if d is not None:
                d._died(wr)
        self._remove = remove
        self._init_pending()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _drop(self, wr):
        self.data.pop(wr, None)

    def _scrub_removals(self):
        # forget queued removals whose entries were deleted explicitly meanwhile
        self._pending_removals = [wr for wr in self._pending_removals if wr in self.data]
        self._dirty_len = False

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        for wr in self._walk(self.data):
            o = wr()
            if o is not None:
                yield o

    __iter__ = keys

    def values(self):
        for wr, v in self._walk(self.data.items()):
            if wr() is not None:
                yield v

    def items(self):
        for wr, v in self._walk(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def keyrefs(self):
        """Return a list of the weak references to the keys."""
        return list(self.data)

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for k, v in self.items():
            new[k] = deepcopy(v, memo)
        return new

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for k, v in dict.items():
                self.data[ref(k, self._remove)] = v
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._dirty_len = True
        self.data.clear()


class WeakSet(_WeakContainer):
    """A set of objects held by weak references."""
    __module__ = '_weakrefset'

    def __init__(self, data=None):
        self.data = set()
        def _remove(wr, selfref=ref(self)):
            s = selfref()
            if s is not None:
                s._died(wr)
        self._remove = _remove
        self._init_pending()
        if data is not None:
            self.update(data)

    def _drop(self, wr):
        self.data.discard(wr)

    def _settle(self):
        if self._pending_removals:
            self._commit_removals()

    def __iter__(self):
        for wr in self._walk(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return (self.__class__, (list(self),), self.__getstate__())

    def add(self, item):
        self._settle()
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self._settle()
        self.data.discard(ref(item))

    def remove(self, item):
        self._settle()
        self.data.remove(ref(item))

    def pop(self):
        self._settle()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self._settle()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def update(self, other):
        self._settle()
        for x in other:
            self.add(x)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return self.__class__(x for part in (self, other) for x in part)

    __or__ = union

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(x) for x in other)
        return self

    def intersection(self, other):
        return self.__class__(x for x in other if x in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._settle()
        self.data.intersection_update(ref(x) for x in other)
        return self

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(x, self._remove) for x in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(x) for x in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(x) for x in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class WeakMethod(ref):
    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')
    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self
    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)
    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented
    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented
    __hash__ = ref.__hash__

class finalize:
    """Class for finalization of weakrefable objects (CPython's weakref.finalize).

    Registered finalizers still alive at exit are called (newest first) by an atexit callback
    unless their atexit attribute is false; after that no finalizer is called."""
    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = 0
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._counter
        finalize._counter += 1
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        import sys
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
`;

export const weakrefPyHook = { exec: (_src: string, _name: string, _globals: number): void => {} };

export function makeWeakrefModule(): number {
  initWeakrefTypes();
  const m = newModule('weakref');
  const d = moduleDict(m);
  const put = (name: string, v: number) => {
    const k = internedStr(name);
    dictSet(d, k, v);
    decref(k);
  };
  put('ref', TYPES[T_WEAKREF].addr);
  put('ReferenceType', TYPES[T_WEAKREF].addr);
  put('ProxyType', TYPES[T_WEAKPROXY].addr);
  put('CallableProxyType', TYPES[weakrefKinds.callProxy].addr);
  const proxyTypes = tupleFromSteal([TYPES[T_WEAKPROXY].addr, TYPES[weakrefKinds.callProxy].addr].map((t) => (incref(t), t)));
  put('ProxyTypes', proxyTypes);
  decref(proxyTypes);
  defFunction(d, 'proxy', (_s, args) => TYPES[T_WEAKPROXY].slots.new!(TYPES[T_WEAKPROXY], args, null), { nargs: [1, 2] });
  defFunction(d, 'getweakrefcount', (_s, args) => newInt(weakrefCount(args[0])), { nargs: 1, module: '_weakref' });
  defFunction(d, 'getweakrefs', (_s, args) => listFromSteal(weakrefList(args[0]).map((w) => (incref(w), w))), { nargs: 1, module: '_weakref' });
  weakrefPyHook.exec(WEAKREF_PY, 'weakref', d);
  void T_TYPE;
  void strValue;
  void GC_FLAGS;
  void GCF_FINALIZED;
  return m;
}
