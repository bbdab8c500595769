// The abstract object protocols (CPython's Objects/abstract.c + object.c): repr/str, hashing,
// comparison, truth, attributes, items, iteration, arithmetic and calls, for any object.
//
// Builtin types answer through their JS slots (TypeInfo.slots); classes written in Python answer
// through their special methods, found with typeLookup along the MRO. Every function here returns
// a new reference unless it says "borrowed", and raises by throwing PyException.

import { I32, F64, TYPES, type TypeInfo, type KwArgs, T_INT, T_BOOL, T_FLOAT, T_STR, T_NONE, T_TUPLE, T_LIST, T_TYPE,
  T_NOTIMPL, T_FUNCTION, T_METHOD, T_BUILTIN, T_PROPERTY, T_OBJECT, decref, xdecref, incref, gcHooks } from './object.js';
import { newInt, newIntBig, intBig, intNumber, BIGS } from './objects/int.js';
import { newFloat } from './objects/float.js';
import { newStr, strValue, strHash, STRS, STR_SLOT } from './objects/str.js';
import { tupleSize, tupleItem, tupleFromSteal } from './objects/tuple.js';
import { listLen, listGet } from './objects/list.js';
import { PyException, raise, EXC, isSubtype, EXC_VALUE, EXC_OBJ } from './objects/exception.js';
import { typeLookup, bindDescriptor, isDataDescriptor, instanceDict, materializeInstanceDict, keepManagedUntracked, typeInfoOfTypeObject, descrGetHook, DESCR_F1, DESCR_F2, DESCR_F3, PROP_NAME, TY_QUALNAME, TY_DICT, typeModified, typeDict } from './objects/type.js';
import { dictGetStr, dictSet, dictPop, dictGet } from './objects/dict.js';
import { floatRepr, intHash, floatHash, intToFloat } from './objects/numfmt.js';
import * as nb from './number.js';
import { M_FUNC, M_SELF } from './objects/function.js';

// ---- singletons (set up by runtime/types.ts) ------------------------------------------------
export const S = { None: 0, True: 0, False: 0, NotImplemented: 0, Ellipsis: 0 };

export function newBool(b: boolean): number {
  const a = b ? S.True : S.False;
  I32[a >> 2]++;
  return a;
}

export function retNone(): number {
  I32[S.None >> 2]++;
  return S.None;
}

/** Calls into the VM (set by vm/call.ts): call any callable with borrowed args. */
export const vm = {
  call: (_f: number, _args: number[], _kw: KwArgs | null): number => 0,
};

/** C-level recursion accounting (vm/call.ts's enterRecursiveCall): returns an object whose
 * `depth` the caller decrements when done. */
export const recursion = {
  enter: (_where: string): { depth: number } => ({ depth: 0 }),
};

export function typeName(o: number): string {
  return TYPES[I32[(o >> 2) + 1]].name;
}

/** The type name in argument-parser messages ("argument 2 must be str, not None"): None is "None". */
export function argTypeName(o: number): string {
  return o === S.None ? 'None' : TYPES[I32[(o >> 2) + 1]].name;
}

export function call(f: number, args: number[], kw: KwArgs | null = null): number {
  return vm.call(f, args, kw);
}

// ---- special-method lookup ------------------------------------------------------------------

/** Borrowed: the special method `name` on o's type (not the instance), or 0. */
export function lookupSpecial(o: number, name: string): number {
  return typeLookup(TYPES[I32[(o >> 2) + 1]], name);
}

/** Call special method `name` of o with args; returns 0 when the type has no such method. */
export function callSpecial(o: number, name: string, args: number[]): number {
  const m = lookupSpecial(o, name);
  if (m === 0) return 0;
  return callUnbound(m, o, args);
}

/** Call a function found on the type as a method of `self`. */
export function callUnbound(m: number, self: number, args: number[]): number {
  const tid = I32[(m >> 2) + 1];
  if (tid === T_FUNCTION) return vm.call(m, [self, ...args], null);
  const bound = bindDescriptor(m, self, TYPES[I32[(self >> 2) + 1]]);
  try {
    return vm.call(bound, args, null);
  } finally {
    decref(bound);
  }
}

// ---- repr / str -------------------------------------------------------------------------------

const reprStack: number[] = [];

export function repr(o: number): number {
  const ts = recursion.enter(' while getting the repr of an object'); // PyObject_Repr
  try {
    return reprInner(o);
  } finally {
    ts.depth--;
  }
}

/** object.__str__: tp_repr directly, without PyObject_Repr's recursion check and with the result
 * checked as __str__'s (object_str, then PyObject_Str's check). */
export function objectStr(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.isHeap) {
    const m = overriddenSpecial(t, '__repr__');
    if (m !== 0) return checkStr(callUnbound(m, o, []), '__str__');
  }
  return reprInner(o);
}

/** repr without PyObject_Repr's recursion check (what object_str does with tp_repr). */
export function reprInner(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.slots.repr) {
    if (t.isHeap) {
      const m = overriddenSpecial(t, '__repr__');
      if (m !== 0) return checkStr(callUnbound(m, o, []), '__repr__');
    }
    return t.slots.repr(o);
  }
  const r = callSpecial(o, '__repr__', []);
  if (r === 0) return newStr(`<${t.name} object at 0x${o.toString(16).padStart(12, '0')}>`);
  return checkStr(r, '__repr__');
}

function checkStr(r: number, what: string): number {
  const tid = I32[(r >> 2) + 1];
  if (tid === T_STR || isSubtype(TYPES[tid], TYPES[T_STR])) return r;
  const n = typeName(r);
  decref(r);
  throw raise(EXC.TypeError, `${what} returned non-string (type ${n})`);
}

/** repr as JS text, with recursion guard for containers ("[...]"). */
export function reprJS(o: number): string {
  const r = repr(o);
  const s = strValue(r);
  decref(r);
  return s;
}

/**
 * The first Py_ReprEnter of a thread creates its thread-state dict and the 'Py_Repr' list in it:
 * two GC allocations, once per thread (freed when the thread ends). pyvm keeps the guard in JS
 * and mirrors only their effect on the GC count. `thread` is set by the scheduler.
 */
export const reprHooks = { thread: (): unknown => 0 };
const reprThreads = new Set<unknown>();

/** A thread ended: its thread-state dict and repr list go (see reprHooks). */
export function reprThreadEnded(th: unknown): void {
  if (reprThreads.delete(th)) {
    gcHooks.onFree();
    gcHooks.onFree();
  }
}

/** Run `f` unless `o` is already being repr'd further up (then return `onCycle`). */
export function reprGuard(o: number, onCycle: string, f: () => string): string {
  const th = reprHooks.thread();
  if (!reprThreads.has(th)) {
    reprThreads.add(th);
    gcHooks.onAlloc();
    gcHooks.onAlloc();
  }
  if (reprStack.includes(o)) return onCycle;
  reprStack.push(o);
  try {
    return f();
  } finally {
    reprStack.pop();
  }
}

export function str(o: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_STR) {
    I32[o >> 2]++;
    return o;
  }
  const ts = recursion.enter(' while getting the str of an object'); // PyObject_Str
  try {
    const t = TYPES[tid];
    if (t.isHeap) {
      const m = overriddenSpecial(t, '__str__');
      if (m !== 0) return checkStr(callUnbound(m, o, []), '__str__');
    }
    if (t.slots.str) return t.slots.str(o);
    return objectStr(o);
  } finally {
    ts.depth--;
  }
}

/**
 * Borrowed: heap type t's special method `name` when a class changed it -- a Python function or
 * any other object (`__str__ = int.__repr__`) -- or 0 when it is the one the builtin base
 * provides, whose JS slot the caller may use directly (CPython's slot_tp_* call whatever the
 * lookup finds; this keeps the fast path for the inherited case only).
 */
export function overriddenSpecial(t: TypeInfo, name: string): number {
  const m = typeLookup(t, name);
  if (m === 0 || I32[(m >> 2) + 1] === T_FUNCTION) return m;
  let solid: TypeInfo | null = t;
  while (solid && solid.isHeap) solid = solid.base;
  return solid && typeLookup(solid, name) === m ? 0 : m;
}

export function strJS(o: number): string {
  if (I32[(o >> 2) + 1] === T_STR) return strValue(o);
  const r = str(o);
  const s = strValue(r);
  decref(r);
  return s;
}

// ---- hashing ---------------------------------------------------------------------------------

/** 32-bit table hash, consistent with Python's hash() modulo 2**32 for numbers. */
export function pyHash(o: number): number {
  const tid = I32[(o >> 2) + 1];
  switch (tid) {
    case T_STR:
      return strHash(o);
    case T_INT:
    case T_BOOL: {
      const s = I32[(o >> 2) + 4];
      if (s === 0) {
        const v = F64[(o >> 3) + 1];
        return v === -1 ? -2 : v | 0;
      }
      return Number(BigInt.asIntN(32, intHash(BIGS.get(s))));
    }
    case T_FLOAT: {
      const v = F64[(o >> 3) + 1];
      if (Number.isSafeInteger(v)) return v === -1 ? -2 : v | 0;
      return Number(BigInt.asIntN(32, floatHash(v)));
    }
    case T_NONE:
      return 0x5a17 ^ (o >> 4);
  }
  const h = pyHashPython(o);
  return typeof h === 'bigint' ? Number(BigInt.asIntN(32, h)) : h | 0;
}

/** Python's hash(o) (the value the `hash` builtin returns). */
export function pyHashPython(o: number): number | bigint {
  const tid = I32[(o >> 2) + 1];
  const t = TYPES[tid];
  switch (tid) {
    case T_INT:
    case T_BOOL:
      return intHash(intBig(o));
    case T_FLOAT: {
      const x = F64[(o >> 3) + 1];
      return x !== x ? idHashPython(o) : floatHash(x); // 3.10+: a NaN hashes by identity
    }
    case T_STR:
      return strHash(o);
  }
  if (t.slots.hash && !t.isHeap) return t.slots.hash === ID_HASH ? idHashPython(o) : t.slots.hash(o);
  const m = lookupSpecial(o, '__hash__');
  if (m === 0 || m === S.None) throw raise(EXC.TypeError, `unhashable type: '${t.name}'`);
  if (t.slots.hash && typeLookup(t, '__hash__') === inheritedHashDescr(t)) return t.slots.hash === ID_HASH ? idHashPython(o) : t.slots.hash(o);
  const r = callUnbound(m, o, []);
  const rt = I32[(r >> 2) + 1];
  if (rt !== T_INT && rt !== T_BOOL) {
    decref(r);
    throw raise(EXC.TypeError, '__hash__ method should return an integer');
  }
  const v = intBig(r);
  decref(r);
  // slot_tp_hash: a result that fits a Py_ssize_t is the hash (-1 becomes -2); a bigger one is
  // hashed as an int
  if (v >= -(2n ** 63n) && v < 2n ** 63n) return v === -1n ? -2 : Number.isSafeInteger(Number(v)) ? Number(v) : v;
  return intHash(v);
}

function inheritedHashDescr(t: TypeInfo): number {
  for (const b of t.mro) if (!b.isHeap) return typeLookup(b, '__hash__');
  return 0;
}

/** Identity-based hash used by object.__hash__ (CPython: id >> 4). */
export function idHash(o: number): number {
  return o >> 4;
}

/** tp_hash of object, type, None...: the table hash is idHash; Python sees _Py_HashPointer(id). */
export const ID_HASH = (o: number): number => o >> 4;

/** hash(o) as Python shows it for an identity-hashed object: id(o) >> 4 (ids are 16-aligned). */
export function idHashPython(o: number): number {
  return (0x7f0000000000 + o) / 16;
}

// ---- truth -----------------------------------------------------------------------------------

export function isTrue(o: number): boolean {
  if (o === S.True) return true;
  if (o === S.False || o === S.None) return false;
  const tid = I32[(o >> 2) + 1];
  switch (tid) {
    case T_INT:
      return I32[(o >> 2) + 4] !== 0 || F64[(o >> 3) + 1] !== 0;
    case T_FLOAT:
      return F64[(o >> 3) + 1] !== 0;
    case T_STR:
      return I32[(o >> 2) + 5] !== 0;
    case T_LIST:
      return I32[(o >> 2) + 2] !== 0;
    case T_TUPLE:
      return I32[(o >> 2) + 2] !== 0;
  }
  const t = TYPES[tid];
  if (!t.isHeap) {
    if (t.slots.bool) return t.slots.bool(o);
    if (t.slots.len) return t.slots.len(o) !== 0;
    return true;
  }
  const b = lookupSpecial(o, '__bool__');
  if (b !== 0) {
    const r = callUnbound(b, o, []);
    if (I32[(r >> 2) + 1] !== T_BOOL) {
      const n = typeName(r);
      decref(r);
      throw raise(EXC.TypeError, `__bool__ should return bool, returned ${n}`);
    }
    decref(r);
    return r === S.True;
  }
  const l = lookupSpecial(o, '__len__');
  if (l !== 0) return length(o) !== 0;
  return true;
}

// ---- length, items ------------------------------------------------------------------------------

export function length(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (!t.isHeap && t.slots.len) return t.slots.len(o);
  const m = lookupSpecial(o, '__len__');
  if (m === 0) {
    if (t.slots.len) return t.slots.len(o);
    throw raise(EXC.TypeError, `object of type '${t.name}' has no len()`);
  }
  // slot_sq_length: the result through __index__, >= 0, fitting a Py_ssize_t
  const r = callUnbound(m, o, []);
  const rt = I32[(r >> 2) + 1];
  let big: bigint;
  try {
    // the result goes through __index__ (int subclasses too), as slot_sq_length
    if (rt === T_INT || rt === T_BOOL || isSubtype(TYPES[rt], TYPES[T_INT])) big = intBig(r);
    else if (lookupSpecial(r, '__index__') !== 0) big = BigInt(indexValue(r));
    else throw raise(EXC.TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
  } finally {
    decref(r);
  }
  if (big < 0n) throw raise(EXC.ValueError, '__len__() should return >= 0');
  if (big > 0x7fffffffffffffffn) throw raise(EXC.OverflowError, "cannot fit 'int' into an index-sized integer");
  return Number(big);
}

/** `type[X]`: a GenericAlias (filled by objects/genericalias.ts). */
export const typeSubscriptHook: { get: ((o: number, k: number) => number) | null } = { get: null };

export function getItem(o: number, k: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (!t.isHeap && t.slots.getitem) return t.slots.getitem(o, k);
  const m = lookupSpecial(o, '__getitem__');
  if (m !== 0) return callUnbound(m, o, [k]);
  if (t.slots.getitem) return t.slots.getitem(o, k);
  if (TYPES[I32[(o >> 2) + 1]].isMeta) {
    // C[k] on a class: C.__class_getitem__(k), looked up as an attribute of the class (an
    // implicit classmethod, so a subclass receives itself)
    const cg = getAttrOrNull(o, dictKeyStr('__class_getitem__'));
    if (cg !== 0) {
      try {
        return call(cg, [k]);
      } finally {
        decref(cg);
      }
    }
    // type[int] (type has no __class_getitem__: every class would inherit it through its metatype)
    if (o === TYPES[T_TYPE].addr && typeSubscriptHook.get) return typeSubscriptHook.get(o, k);
    throw raise(EXC.TypeError, `type '${typeInfoOfTypeObject(o).name}' is not subscriptable`);
  }
  throw raise(EXC.TypeError, `'${t.name}' object is not subscriptable`);
}

export function setItem(o: number, k: number, v: number): void {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (!t.isHeap && t.slots.setitem) return t.slots.setitem(o, k, v);
  const m = lookupSpecial(o, '__setitem__');
  if (m !== 0) {
    decref(callUnbound(m, o, [k, v]));
    return;
  }
  if (t.slots.setitem) return t.slots.setitem(o, k, v);
  throw raise(EXC.TypeError, `'${t.name}' object does not support item assignment`);
}

export function delItem(o: number, k: number): void {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (!t.isHeap && t.slots.delitem) return t.slots.delitem(o, k);
  const m = lookupSpecial(o, '__delitem__');
  if (m !== 0) {
    decref(callUnbound(m, o, [k]));
    return;
  }
  if (t.slots.delitem) return t.slots.delitem(o, k);
  // CPython words it two ways: PySequence_DelItem (a sequence-like type, an index key) or
  // PyObject_DelItem (anything else); every class has sequence methods (PyHeapTypeObject's)
  const seqLike = t.isHeap || t.slots.len || t.slots.contains || t.slots.getitem;
  const isIndex = isSubtype(TYPES[I32[(k >> 2) + 1]], TYPES[T_INT]) || lookupSpecial(k, '__index__') !== 0;
  throw raise(EXC.TypeError, `'${t.name}' object ${seqLike && isIndex ? "doesn't" : 'does not'} support item deletion`);
}

export function contains(container: number, x: number): boolean {
  const t = TYPES[I32[(container >> 2) + 1]];
  if (!t.isHeap && t.slots.contains) return t.slots.contains(container, x);
  const m = lookupSpecial(container, '__contains__');
  if (m !== 0) {
    if (m === S.None) throw raise(EXC.TypeError, `'${t.name}' object is not a container`);
    const r = callUnbound(m, container, [x]);
    const b = isTrue(r);
    decref(r);
    return b;
  }
  if (t.slots.contains) return t.slots.contains(container, x);
  // Fall back to iteration (_PySequence_IterSearch: any TypeError getting the iterator is reworded).
  let it: number;
  try {
    it = getIterOrNull(container);
  } catch (e) {
    if (!(e instanceof PyException) || !isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.TypeError)) throw e;
    decref(e.exc);
    it = 0;
  }
  if (it === 0) throw raise(EXC.TypeError, `argument of type '${t.name}' is not iterable`);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === 0) return false;
      const eq = v === x || pyEq(v, x);
      decref(v);
      if (eq) return true;
    }
  } finally {
    decref(it);
  }
}

// ---- iteration -----------------------------------------------------------------------------------

export function getIter(o: number): number {
  const it = getIterOrNull(o);
  if (it === 0) throw raise(EXC.TypeError, `'${typeName(o)}' object is not iterable`);
  return it;
}

export const seqIterHook = { make: (_o: number): number => 0 };

function getIterOrNull(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (!t.isHeap && t.slots.iter) return t.slots.iter(o);
  const m = lookupSpecial(o, '__iter__');
  if (m !== 0) {
    if (m === S.None) return 0;
    const it = callUnbound(m, o, []);
    const itT = TYPES[I32[(it >> 2) + 1]];
    if (!itT.slots.iternext && typeLookup(itT, '__next__') === 0) {
      decref(it);
      throw raise(EXC.TypeError, `iter() returned non-iterator of type '${itT.name}'`);
    }
    return it;
  }
  if (t.slots.iter) return t.slots.iter(o);
  if (lookupSpecial(o, '__getitem__') !== 0 || t.slots.getitem) return seqIterHook.make(o);
  return 0;
}

/** Next item (new reference) or 0 when exhausted. StopIteration from __next__ is absorbed. */
export function iterNext(it: number): number {
  const t = TYPES[I32[(it >> 2) + 1]];
  if (!t.isHeap && t.slots.iternext) {
    // a builtin iterator (map, filter...) whose callback raised StopIteration has ended, as
    // for CPython's callers of tp_iternext
    try {
      return t.slots.iternext(it);
    } catch (e) {
      if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.StopIteration)) {
        decref(e.exc);
        return 0;
      }
      throw e;
    }
  }
  return iterNextHeap(it, t);
}

/** next(it) without a default: a builtin iterator's StopIteration propagates as raised. */
export function iterNextRaw(it: number): number {
  const t = TYPES[I32[(it >> 2) + 1]];
  if (!t.isHeap && t.slots.iternext) return t.slots.iternext(it);
  return iterNextHeap(it, t);
}

function iterNextHeap(it: number, t: TypeInfo): number {
  const m = lookupSpecial(it, '__next__');
  if (m === 0) {
    if (t.slots.iternext) return t.slots.iternext(it);
    throw raise(EXC.TypeError, `'${t.name}' object is not an iterator`);
  }
  try {
    return callUnbound(m, it, []);
  } catch (e) {
    if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.StopIteration)) {
      decref(e.exc);
      return 0;
    }
    throw e;
  }
}

/** Collect an iterable into a JS array of owned references. */
export function iterToArray(o: number): number[] {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_LIST) {
    const n = listLen(o);
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const v = listGet(o, i);
      I32[v >> 2]++;
      out[i] = v;
    }
    return out;
  }
  if (tid === T_TUPLE) {
    const n = tupleSize(o);
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const v = tupleItem(o, i);
      I32[v >> 2]++;
      out[i] = v;
    }
    return out;
  }
  const it = getIter(o);
  const out: number[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === 0) break;
      out.push(v);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

// ---- comparison ---------------------------------------------------------------------------------

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAP = [4, 5, 2, 3, 0, 1];
const CMP_SYM = ['<', '<=', '==', '!=', '>', '>='];

/** Rich comparison, new reference (usually a bool). */
export function richCompare(a: number, b: number, op: number): number {
  const ts = recursion.enter(' in comparison'); // PyObject_RichCompare
  try {
    return richCompareInner(a, b, op);
  } finally {
    ts.depth--;
  }
}

function richCompareInner(a: number, b: number, op: number): number {
  const ta = TYPES[I32[(a >> 2) + 1]], tb = TYPES[I32[(b >> 2) + 1]];
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta) && overridesCompare(tb, CMP_NAMES[CMP_SWAP[op]])) {
    checkedReverse = true;
    const r = compareSlot(b, a, CMP_SWAP[op], tb);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  let r = compareSlot(a, b, op, ta);
  if (r !== S.NotImplemented) return r;
  decref(r);
  if (!checkedReverse) {
    r = compareSlot(b, a, CMP_SWAP[op], tb);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  if (op === 2) return newBool(a === b);
  if (op === 3) return newBool(a !== b);
  throw raise(EXC.TypeError, `'${CMP_SYM[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

function overridesCompare(t: TypeInfo, name: string): boolean {
  return t.isHeap && typeLookup(t, name) !== 0;
}

function compareSlot(a: number, b: number, op: number, t: TypeInfo): number {
  if (t.isHeap) {
    const m = typeLookup(t, CMP_NAMES[op]);
    if (m !== 0 && I32[(m >> 2) + 1] !== 26 /* T_METHOD_DESCR */) {
      if (m === S.None) return newBool(false);
      return callUnbound(m, a, [b]);
    }
    if (m === 0 && op === 3) {
      // __ne__ defaults to the inverse of __eq__
      const eq = typeLookup(t, '__eq__');
      if (eq !== 0 && I32[(eq >> 2) + 1] === T_FUNCTION) {
        const r = callUnbound(eq, a, [b]);
        if (r === S.NotImplemented) return r;
        const v = isTrue(r);
        decref(r);
        return newBool(!v);
      }
    }
  }
  if (t.slots.richcompare) return t.slots.richcompare(a, b, op);
  if (op === 2 || op === 3) {
    // object.__eq__: identity, else NotImplemented
    if (a === b) return newBool(op === 2);
  }
  I32[S.NotImplemented >> 2]++;
  return S.NotImplemented;
}

/** a == b as a JS boolean (used by containers and dict lookups). */
export function pyEq(a: number, b: number): boolean {
  if (a === b) return true;
  return pyEqSlow(a, b);
}

export function pyEqSlow(a: number, b: number): boolean {
  const ta = I32[(a >> 2) + 1], tb = I32[(b >> 2) + 1];
  if (ta === T_STR && tb === T_STR) return STRS.items[I32[(a >> 2) + STR_SLOT]] === STRS.items[I32[(b >> 2) + STR_SLOT]];
  if (ta === T_INT && tb === T_INT) {
    const sa = I32[(a >> 2) + 4], sb = I32[(b >> 2) + 4];
    if (sa === 0 && sb === 0) return F64[(a >> 3) + 1] === F64[(b >> 3) + 1];
    return intBig(a) === intBig(b);
  }
  const r = richCompare(a, b, 2);
  const v = r === S.True ? true : r === S.False ? false : isTrue(r);
  decref(r);
  return v;
}

export function compareBool(a: number, b: number, op: number): boolean {
  const r = richCompare(a, b, op);
  const v = r === S.True ? true : r === S.False ? false : isTrue(r);
  decref(r);
  return v;
}

// ---- attributes ------------------------------------------------------------------------------

/** getattr(o, name) with `name` a str object. New reference; raises AttributeError. */
export function getAttr(o: number, name: number): number {
  try {
    return getAttrInner(o, name);
  } catch (e) {
    attributeErrorContext(e, o, name);
    throw e;
  }
}

function getAttrInner(o: number, name: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.isHeap && typeLookup(t, '__getattr__') === 0) {
    // a Python __getattribute__ without __getattr__: the error it raises is the one the user sees
    const ga = typeLookup(t, '__getattribute__');
    if (ga !== 0 && I32[(ga >> 2) + 1] === T_FUNCTION) return callUnbound(ga, o, [name]);
  }
  if (t.isHeap && typeLookup(t, '__getattr__') !== 0 && !(typeLookup(t, '__getattribute__') !== 0 && I32[(typeLookup(t, '__getattribute__') >> 2) + 1] === T_FUNCTION)) {
    // the error raised by __getattr__ is the one the user sees
    const r = t.slots.getattr ? getAttrSlotOrNull(o, name, t) : genericGetAttrOrNull(o, name, t);
    if (r !== 0) return r;
    return callUnbound(typeLookup(t, '__getattr__'), o, [name]);
  }
  const r = getAttrOrNull(o, name, false);
  if (r === 0) {
    if (I32[(o >> 2) + 1] === 19 /* T_MODULE */) {
      // PEP 562: a module's own __getattr__ answers for missing names
      const md = I32[(o >> 2) + 2];
      const ga = md !== 0 ? dictGetStr(md, '__getattr__') : 0;
      if (ga !== 0) return call(ga, [name], null);
    }
    throw attributeError(o, strValue(name));
  }
  return r;
}

export function getAttrStr(o: number, name: string): number {
  const n = newStr(name);
  try {
    return getAttr(o, n);
  } finally {
    decref(n);
  }
}

export function attributeError(o: number, name: string): PyException {
  const tid = I32[(o >> 2) + 1];
  let e: PyException;
  if (TYPES[tid].isMeta) e = raise(EXC.AttributeError, `type object '${typeInfoOfTypeObject(o).name}' has no attribute '${name}'`);
  else if (tid === 19 /* T_MODULE */) e = raise(EXC.AttributeError, `module '${moduleNameHook.get(o)}' has no attribute '${name}'`);
  else e = raise(EXC.AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
  // remember name and obj for "Did you mean" suggestions
  const w = e.exc >> 2;
  I32[w + EXC_VALUE] = newStr(name);
  I32[o >> 2]++;
  I32[w + EXC_OBJ] = o;
  return e;
}

/**
 * CPython's set_attribute_error_context: an AttributeError leaving a lookup of `name` on `o`
 * without a name and obj of its own (raised by Python code: a __getattr__, a property) gets
 * them, for the "Did you mean" suggestion. Call it from a catch, then rethrow.
 */
export function attributeErrorContext(e: unknown, o: number, name: number): void {
  if (!(e instanceof PyException) || !isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.AttributeError)) return;
  const w = e.exc >> 2;
  if (I32[w + EXC_VALUE] !== 0 || I32[w + EXC_OBJ] !== 0) return;
  I32[name >> 2]++;
  I32[w + EXC_VALUE] = name;
  I32[o >> 2]++;
  I32[w + EXC_OBJ] = o;
}

export const moduleNameHook = { get: (_m: number): string => '?' };
/** Attribute access on objects whose type has a custom getattr (modules, super, ...). */

/** getattr returning 0 instead of raising AttributeError (other errors propagate). With
 * `descrErrors` false, an AttributeError raised by a descriptor (property, __slots__ member)
 * propagates as is (getAttr: the user sees that error). */
export function getAttrOrNull(o: number, name: number, descrErrors = true): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.isHeap) {
    const ga = typeLookup(t, '__getattribute__');
    if (ga !== 0 && I32[(ga >> 2) + 1] === T_FUNCTION) {
      try {
        return callUnbound(ga, o, [name]);
      } catch (e) {
        if (!(e instanceof PyException) || !isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.AttributeError)) throw e;
        const gattr = typeLookup(t, '__getattr__');
        if (gattr === 0) {
          decref(e.exc);
          return 0;
        }
        decref(e.exc);
        return callUnbound(gattr, o, [name]);
      }
    }
    const r = t.slots.getattr ? getAttrSlotOrNull(o, name, t) : descrErrors ? genericGetAttrOrNull(o, name, t) : genericGetAttr(o, name, t);
    if (r !== 0) return r;
    const gattr = typeLookup(t, '__getattr__');
    if (gattr !== 0) {
      try {
        return callUnbound(gattr, o, [name]);
      } catch (e) {
        if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.AttributeError)) {
          decref(e.exc);
          return 0;
        }
        throw e;
      }
    }
    return 0;
  }
  if (t.slots.getattr) return descrErrors ? getAttrSlotOrNull(o, name, t) : t.slots.getattr(o, name);
  return genericGetAttr(o, name, t);
}

/** genericGetAttr, with an AttributeError raised by a descriptor (property, slot) as 0. */
function genericGetAttrOrNull(o: number, name: number, t: TypeInfo): number {
  try {
    return genericGetAttr(o, name, t);
  } catch (e) {
    if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.AttributeError)) {
      decref(e.exc);
      return 0;
    }
    throw e;
  }
}

/** An inherited getattr slot (which raises AttributeError) as a lookup returning 0. */
function getAttrSlotOrNull(o: number, name: number, t: TypeInfo): number {
  try {
    return t.slots.getattr!(o, name);
  } catch (e) {
    if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.AttributeError)) {
      decref(e.exc);
      return 0;
    }
    throw e;
  }
}

/** PyObject_GenericGetAttr: returns 0 when absent. */
export function genericGetAttr(o: number, name: number, t: TypeInfo): number {
  const s = strValue(name);
  const descr = typeLookup(t, s);
  if (descr !== 0 && isDataDescriptor(descr)) return bindDescriptor(descr, o, t);
  if (t.dictOffset) {
    const d = I32[(o >> 2) + t.dictOffset];
    if (d !== 0) {
      const v = dictGet(d, name);
      if (v !== 0) {
        I32[v >> 2]++;
        return v;
      }
    }
  }
  if (t.slotOffsets) {
    const off = t.slotOffsets.get(s);
    if (off !== undefined) {
      const v = I32[(o >> 2) + off];
      if (v === 0) return 0;
      I32[v >> 2]++;
      return v;
    }
  }
  if (descr !== 0) return bindDescriptor(descr, o, t);
  if (s === '__class__') {
    I32[t.addr >> 2]++;
    return t.addr;
  }
  if (s === '__dict__' && t.dictOffset) return materializeDict(o, t);
  return 0;
}

/** Hook: instance __dict__ access materialises the managed dict (set by types.ts). */
export const dictHook = {
  materialize: (o: number, t: TypeInfo): number => {
    void t;
    return materializeInstanceDict(o);
  },
};

function materializeDict(o: number, t: TypeInfo): number {
  return dictHook.materialize(o, t);
}

export function setAttr(o: number, name: number, v: number): void {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.isHeap) {
    const sa = typeLookup(t, '__setattr__');
    if (sa !== 0 && I32[(sa >> 2) + 1] === T_FUNCTION) {
      decref(callUnbound(sa, o, [name, v]));
      return;
    }
  }
  if (t.slots.setattr) return t.slots.setattr(o, name, v);
  genericSetAttr(o, name, v, t);
}

/** object.__setattr__ (v = 0 deletes). */
export function genericSetAttr(o: number, name: number, v: number, t: TypeInfo): void {
  const s = strValue(name);
  const descr = typeLookup(t, s);
  if (descr !== 0 && isDataDescriptor(descr)) {
    descrSet(descr, o, v, s);
    return;
  }
  if (s === '__class__' && descr === 0) return setClass(o, v, t);
  if (t.slotOffsets) {
    const off = t.slotOffsets.get(s);
    if (off !== undefined) {
      const old = I32[(o >> 2) + off];
      if (v === 0 && old === 0) throw raise(EXC.AttributeError, `'${t.name}' object has no attribute '${s}'`);
      if (v !== 0) I32[v >> 2]++;
      I32[(o >> 2) + off] = v;
      xdecref(old);
      return;
    }
  }
  // (a builtin base's READONLY member wins over an instance dict: staticmethod.__func__)
  readonlyBuiltinAttr(t, s);
  if (t.dictOffset === 0) {
    if (descr !== 0) throw raise(EXC.AttributeError, `'${t.name}' object attribute '${s}' is read-only`);
    throw raise(EXC.AttributeError, t.slotOffsets ? `'${t.name}' object has no attribute '${s}'` : `'${t.name}' object has no attribute '${s}'`);
  }
  const d = instanceDict(o, true);
  if (v === 0) {
    const old = dictPop(d, name);
    if (old === 0) throw raise(EXC.AttributeError, `'${t.name}' object has no attribute '${s}'`);
    decref(old);
    return;
  }
  dictSet(d, name, v);
  keepManagedUntracked(d);
}

/**
 * Attributes builtin types serve from their getattr code that are READONLY member descriptors
 * (PyMemberDef) in CPython, and getset descriptors without a setter: what setting or deleting
 * one says.
 */
const READONLY_MEMBERS: Record<string, readonly string[]> = {
  range: ['start', 'stop', 'step'], slice: ['start', 'stop', 'step'], complex: ['real', 'imag'],
  property: ['fget', 'fset', 'fdel'], staticmethod: ['__func__', '__wrapped__'], classmethod: ['__func__', '__wrapped__'],
  method: ['__func__', '__self__'], super: ['__self__', '__self_class__', '__thisclass__'],
};
const GETSET_NO_SETTER: Record<string, readonly string[]> = {
  property: ['__isabstractmethod__'], staticmethod: ['__isabstractmethod__'], classmethod: ['__isabstractmethod__'],
  generator: ['gi_code', 'gi_frame', 'gi_running', 'gi_suspended', 'gi_yieldfrom'],
};

function readonlyBuiltinAttr(t: TypeInfo, s: string): void {
  for (const b of t.mro) {
    if (READONLY_MEMBERS[b.name]?.includes(s)) throw raise(EXC.AttributeError, 'readonly attribute');
    if (GETSET_NO_SETTER[b.name]?.includes(s)) throw raise(EXC.AttributeError, `attribute '${s}' of '${b.name}' objects is not writable`);
  }
}

/** The setter of object.__class__ (Objects/typeobject.c, object_set_class): heap types of the same
 * layout only; the instance's reference moves from the old type to the new one. */
function setClass(o: number, v: number, t: TypeInfo): void {
  if (v === 0) throw raise(EXC.TypeError, "can't delete __class__ attribute");
  if (!TYPES[I32[(v >> 2) + 1]].isMeta) throw raise(EXC.TypeError, `__class__ must be set to a class, not '${typeName(v)}' object`);
  const nt = typeInfoOfTypeObject(v);
  if (!nt.isHeap || !t.isHeap) throw raise(EXC.TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
  const solid = (x: TypeInfo) => {
    while (x.isHeap && x.base) x = x.base;
    return x;
  };
  const slotNames = (x: TypeInfo) => (x.slotOffsets ? [...x.slotOffsets.entries()].map(([k, n]) => `${k}@${n}`).sort().join() : '');
  if (solid(nt) !== solid(t) || nt.basicsize !== t.basicsize || nt.dictOffset !== t.dictOffset || nt.isGC !== t.isGC || slotNames(nt) !== slotNames(t)) {
    throw raise(EXC.TypeError, `__class__ assignment: '${nt.name}' object layout differs from '${t.name}'`);
  }
  I32[nt.addr >> 2]++;
  I32[(o >> 2) + 1] = nt.id;
  decref(t.addr);
}

function descrSet(descr: number, o: number, v: number, name: string): void {
  const tid = I32[(descr >> 2) + 1];
  if (tid === T_PROPERTY || (TYPES[tid].isHeap && isSubtype(TYPES[tid], TYPES[T_PROPERTY]) && typeLookup(TYPES[tid], v === 0 ? '__delete__' : '__set__') === typeLookup(TYPES[T_PROPERTY], v === 0 ? '__delete__' : '__set__'))) {
    const f = I32[(descr >> 2) + (v === 0 ? DESCR_F3 : DESCR_F2)];
    if (f === 0) {
      const fget = I32[(descr >> 2) + DESCR_F1];
      if (tid === T_PROPERTY && fget !== 0 && TYPES[I32[(fget >> 2) + 1]].name === 'builtin_function_or_method') {
        // a builtin type's read-only attribute (a getset descriptor in CPython)
        const owner = TYPES[I32[(o >> 2) + 1]].mro.find((t) => dictGetStr(typeDict(t), name) === descr);
        if (owner && READONLY_MEMBERS[owner.name]?.includes(name)) throw raise(EXC.AttributeError, 'readonly attribute');
        throw raise(EXC.AttributeError, `attribute '${name}' of '${owner ? owner.name : typeName(o)}' objects is not writable`);
      }
      raiseNoAccessor(descr, o, v === 0 ? 'deleter' : 'setter');
    }
    decref(vm.call(f, v === 0 ? [o] : [o, v], null));
    return;
  }
  const dt = TYPES[tid];
  if (dt.slots.descrSet) return dt.slots.descrSet(descr, o, v);
  const m = typeLookup(dt, v === 0 ? '__delete__' : '__set__');
  if (m === 0) throw raise(EXC.AttributeError, v === 0 ? '__delete__' : '__set__');
  decref(callUnbound(m, descr, v === 0 ? [o] : [o, v]));
}

export function delAttr(o: number, name: number): void {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.isHeap) {
    const da = typeLookup(t, '__delattr__');
    if (da !== 0 && I32[(da >> 2) + 1] === T_FUNCTION) {
      decref(callUnbound(da, o, [name]));
      return;
    }
  }
  if (t.slots.setattr) return t.slots.setattr(o, name, 0);
  genericSetAttr(o, name, 0, t);
}

/** Set (v = 0: delete) an attribute of a class, through its metaclass's __setattr__/__delattr__. */
export function typeSetAttr(typeObj: number, name: number, v: number): void {
  if (TYPES[I32[(typeObj >> 2) + 1]].isHeap) {
    if (v === 0) delAttr(typeObj, name);
    else setAttr(typeObj, name, v);
    return;
  }
  typeSetAttrSlot(typeObj, name, v);
}

/** type.__setattr__ / type.__delattr__ (v = 0): store in the class dict. */
export function typeSetAttrSlot(typeObj: number, name: number, v: number): void {
  const d = I32[(typeObj >> 2) + TY_DICT];
  const t = typeInfoOfTypeObject(typeObj);
  if (!t.isHeap) throw raise(EXC.TypeError, `cannot set '${strValue(name)}' attribute of immutable type '${t.name}'`);
  if (typeSpecialAttrHook.set(t, strValue(name), v)) return;
  // type's __abstractmethods__ setter: a true value makes object.__new__ refuse the class
  if (strValue(name) === '__abstractmethods__') t.isAbstract = v !== 0 && isTrue(v);
  if (v === 0) {
    const old = dictPop(d, name);
    if (old === 0) throw raise(EXC.AttributeError, `type object '${t.name}' has no attribute '${strValue(name)}'`);
    decref(old);
  } else dictSet(d, name, v);
  typeModified();
  updateTypeFlags(t);
}

/** type's data descriptors (__name__, __qualname__, __bases__, __mro__...): true when handled. */
export const typeSpecialAttrHook = { set: (_t: TypeInfo, _name: string, _v: number): boolean => false };

/** Recompute cached facts about a heap type after its dict changed (e.g. __del__ presence). */
export function updateTypeFlags(t: TypeInfo): void {
  t.hasFinalizer = typeLookup(t, '__del__') !== 0;
  for (const s of t.subclasses) updateTypeFlags(s);
}

/** Install the descriptor hooks type.ts calls back into (done at start-up: import cycles). */
export function installDescrHooks(): void {
  descrGetHook.property = propertyGet;
  descrGetHook.generic = genericDescrGet;
}

/** AttributeError for a property without a getter, setter or deleter, named by the name
 * __set_name__ gave it and the qualified name of the instance's class (property_descr_get/set). */
export function raiseNoAccessor(p: number, obj: number, what: 'getter' | 'setter' | 'deleter'): never {
  const name = I32[(p >> 2) + PROP_NAME];
  const qual = reprJS(I32[(TYPES[I32[(obj >> 2) + 1]].addr >> 2) + TY_QUALNAME]);
  throw raise(EXC.AttributeError, name !== 0 ? `property ${reprJS(name)} of ${qual} object has no ${what}` : `property of ${qual} object has no ${what}`);
}

function propertyGet(p: number, obj: number): number {
  const g = I32[(p >> 2) + DESCR_F1];
  if (g === 0) raiseNoAccessor(p, obj, 'getter');
  return vm.call(g, [obj], null);
}

function genericDescrGet(d: number, obj: number, cls: TypeInfo): number {
  const t = TYPES[I32[(d >> 2) + 1]];
  if (t.slots.descrGet) return t.slots.descrGet(d, obj, cls.addr);
  const m = typeLookup(t, '__get__');
  if (m === 0) return 0;
  // the attribute lookup holds a reference to the descriptor while __get__ runs (CPython's
  // Py_XINCREF(descr) in _PyObject_GenericGetAttrWithDict and type_getattro)
  incref(d);
  try {
    return callUnbound(m, d, [obj === 0 ? S.None : obj, cls.addr]);
  } finally {
    decref(d);
  }
}

// ---- numbers ---------------------------------------------------------------------------------

export { nb };

/** Convert an int-like object to a JS number index (for sequence indexing). */
export function indexValue(o: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_INT || tid === T_BOOL) return intNumber(o);
  const t = TYPES[tid];
  if (isSubtype(t, TYPES[T_INT])) return intNumber(o);
  const m = lookupSpecial(o, '__index__');
  if (m !== 0) {
    const r = callUnbound(m, o, []);
    const v = intNumber(r);
    decref(r);
    return v;
  }
  throw raise(EXC.TypeError, `'${t.name}' object cannot be interpreted as an integer`);
}

export function asFloat(o: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_FLOAT) return F64[(o >> 3) + 1];
  if (tid === T_INT || tid === T_BOOL) return intToFloat(intBig(o));
  const t = TYPES[tid];
  if (isSubtype(t, TYPES[T_FLOAT])) return F64[(o >> 3) + 1];
  if (isSubtype(t, TYPES[T_INT])) return intToFloat(intBig(o));
  const m = lookupSpecial(o, '__float__');
  if (m !== 0) {
    const r = callUnbound(m, o, []);
    const rt = TYPES[I32[(r >> 2) + 1]];
    if (rt.id !== T_FLOAT && !isSubtype(rt, TYPES[T_FLOAT])) {
      decref(r);
      throw raise(EXC.TypeError, `${t.name}.__float__ returned non-float (type ${rt.name})`);
    }
    const v = F64[(r >> 3) + 1];
    decref(r);
    return v;
  }
  const ix = lookupSpecial(o, '__index__');
  if (ix !== 0) {
    const r = callUnbound(ix, o, []);
    const rt = TYPES[I32[(r >> 2) + 1]];
    try {
      if (rt.id !== T_INT && rt.id !== T_BOOL && !isSubtype(rt, TYPES[T_INT])) throw raise(EXC.TypeError, `__index__ returned non-int (type ${rt.name})`);
      return intToFloat(intBig(r));
    } finally {
      decref(r);
    }
  }
  throw raise(EXC.TypeError, `must be real number, not ${t.name}`);
}

/** A cached interned str for a name used by JS code (new reference not needed: kept forever). */
const keyCache = new Map<string, number>();
export function dictKeyStr(s: string): number {
  let a = keyCache.get(s);
  if (a === undefined) {
    a = internHook.intern(s);
    keyCache.set(s, a);
  }
  return a;
}
export const internHook = { intern: (_s: string): number => 0 };

export function floatReprJS(x: number): string {
  return floatRepr(x);
}

export { newInt, newIntBig, newFloat, tupleFromSteal, incref, T_OBJECT, T_METHOD, T_BUILTIN, M_FUNC, M_SELF, dictGetStr, T_NOTIMPL };
