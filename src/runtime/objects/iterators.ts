// Iterators: over lists, tuples, ranges, dicts and sets; the lazy builtins enumerate, zip, map,
// filter and reversed; the sequence iterator for classes that only define __getitem__ ("iterator")
// and iter(f, sentinel) ("callable_iterator").
//
// Every iterator owns references to what it walks and drops them as soon as it is exhausted, as
// CPython does (so a finished `for` loop releases its list at once). All are GC objects except the
// range iterator. `iternext` returns a new reference, or 0 when exhausted (no StopIteration).
//
// list_iterator, tuple_iterator,          | dict_keyiterator / valueiterator / itemiterator
// list_reverseiterator (GC):              |  (GC; a flag word makes them the reverse kinds)
//    8  seq    owned (0 = exhausted)      |    8  dict    owned (0 = exhausted)
//   12  index  i32                        |   12  used    dict size when made (-1: sticky error)
//   size 16 (+16) -> 32                   |   16  pos     next entry index to look at
//                                         |   20  len     items left
// range_iterator (not GC):                |   24  result  reusable (key, value) tuple (items)
//    8  bigslot 0, or a RANGE_BIGS slot   |   28  flags   DI_KEYS/VALUES/ITEMS | DI_REVERSED
//   16  current f64                       |   size 32 (+16) -> 48
//   24  step    f64                       |
//   32  left    f64                       | set_iterator (GC): 8 set, 12 used, 16 pos, 20 len
//   size 40 -> 48                         |   size 24 (+16) -> 48
//
// enumerate (GC):  8 iter, 12 result tuple, 16 long index (int or 0), 24 index f64; 32 (+16) -> 48
// zip (GC):        8 tuple of iterators, 12 count, 16 result tuple, 20 strict; 24 (+16) -> 48
// map (GC):        8 func, 12 tuple of iterators; 16 (+16) -> 32
// filter (GC):     8 func (None for truth), 12 iterator; 16 (+16) -> 32
// reversed, iterator (GC): 8 seq (0 = exhausted), 16 index f64; 24 (+16) -> 48
// callable_iterator (GC): 8 callable, 12 sentinel (both 0 once finished); 16 (+16) -> 32
//
// enumerate, zip and dict item iterators reuse their result tuple when nobody else holds it
// (refcount 1), exactly as CPython does, so `for i, x in enumerate(L)` allocates no tuples.

import { I32, F64, TYPES, type TypeInfo, type KwArgs, T_LIST, T_TUPLE, T_RANGE_ITER, T_LIST_ITER, T_TUPLE_ITER, T_LIST_REVITER,
  T_DICT_KEYITER, T_DICT_VALUEITER, T_DICT_ITEMITER, T_DICT_REVKEYITER, T_DICT_REVVALUEITER, T_DICT_REVITEMITER, T_SET_ITER, T_ENUMERATE, T_ZIP, T_MAP, T_FILTER, T_REVERSED, T_SEQ_ITER,
  T_CALL_ITER, T_BOOL, T_INT, T_FUNCTION, allocGCObject, allocObject, freeGCObject, freeObject, decref, xdecref, type Visit, SideTable,
  GC_NEXT } from '../object.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { newMethod } from './function.js';
import { newInt, newIntBig, intBig, BIGS } from './int.js';
import { newTuple, tupleItemsWord, tupleFromSteal, TUPLE_ITEMS, TUPLE_SIZE } from './tuple.js';
import { LIST_SIZE, LIST_ITEMS } from './list.js';
import { D_USED, D_NENTRIES, D_ENTRIES, isDictObj } from './dict.js';
import { SET_USED, SET_MASK, SET_TABLE, SET_DUMMY } from './set.js';
import { indexObject } from './slice.js';
import { raise, EXC, isSubtype, PyException } from './exception.js';
import { defMethodNoArgs } from './slice.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { rt } from '../../vm/runtime-hooks.js';

// ---- list / tuple / list-reverse iterators ------------------------------------------------------------

const IT_SEQ = 2, IT_INDEX = 3;

function newIndexIter(tid: number, seq: number, index: number): number {
  const it = allocGCObject(tid, 16);
  const w = it >> 2;
  I32[seq >> 2]++;
  I32[w + IT_SEQ] = seq;
  I32[w + IT_INDEX] = index;
  gcTrack(it);
  return it;
}

export function newListIter(l: number): number {
  return newIndexIter(T_LIST_ITER, l, 0);
}

export function newListRevIter(l: number): number {
  return newIndexIter(T_LIST_REVITER, l, I32[(l >> 2) + LIST_SIZE] - 1);
}

export function newTupleIter(t: number): number {
  return newIndexIter(T_TUPLE_ITER, t, 0);
}

/** FOR_ITER fast path (rt.listIterNext). */
export function listIterNext(it: number): number {
  const w = it >> 2;
  const l = I32[w + IT_SEQ];
  if (l === 0) return 0;
  const i = I32[w + IT_INDEX];
  const lw = l >> 2;
  if (i < I32[lw + LIST_SIZE]) {
    const v = I32[(I32[lw + LIST_ITEMS] >> 2) + i];
    I32[v >> 2]++;
    I32[w + IT_INDEX] = i + 1;
    return v;
  }
  I32[w + IT_SEQ] = 0;
  decref(l);
  return 0;
}

function listRevIterNext(it: number): number {
  const w = it >> 2;
  const l = I32[w + IT_SEQ];
  if (l === 0) return 0;
  const i = I32[w + IT_INDEX];
  const lw = l >> 2;
  if (i >= 0 && i < I32[lw + LIST_SIZE]) {
    const v = I32[(I32[lw + LIST_ITEMS] >> 2) + i];
    I32[v >> 2]++;
    I32[w + IT_INDEX] = i - 1;
    return v;
  }
  I32[w + IT_INDEX] = -1;
  I32[w + IT_SEQ] = 0;
  decref(l);
  return 0;
}

function tupleIterNext(it: number): number {
  const w = it >> 2;
  const t = I32[w + IT_SEQ];
  if (t === 0) return 0;
  const i = I32[w + IT_INDEX];
  if (i < I32[(t >> 2) + TUPLE_SIZE]) {
    const v = I32[tupleItemsWord(t) + i];
    I32[v >> 2]++;
    I32[w + IT_INDEX] = i + 1;
    return v;
  }
  I32[w + IT_SEQ] = 0;
  decref(t);
  return 0;
}

function indexIterDealloc(it: number): void {
  gcUntrack(it);
  const s = I32[(it >> 2) + IT_SEQ];
  I32[(it >> 2) + IT_SEQ] = 0;
  xdecref(s);
  freeGCObject(it);
}

function indexIterTraverse(it: number, visit: Visit): void {
  const s = I32[(it >> 2) + IT_SEQ];
  if (s !== 0) visit(s);
}

// ---- range iterator ---------------------------------------------------------------------------------------

const RI_BIG = 2;
const RI_SIZE = 40;
interface BigRange {
  cur: bigint;
  step: bigint;
  left: bigint;
}
const RANGE_BIGS = new SideTable<BigRange>();

/** Iterator over `len` values start, start+step, ... (all safe integers). */
export function newRangeIter(start: number, step: number, len: number): number {
  const it = allocObject(T_RANGE_ITER, RI_SIZE);
  I32[(it >> 2) + RI_BIG] = 0;
  const f = it >> 3;
  F64[f + 2] = start;
  F64[f + 3] = step;
  F64[f + 4] = len;
  return it;
}

/** Range iterator for values beyond 2**53 (CPython's longrange_iterator). */
export function newRangeIterBig(start: bigint, step: bigint, len: bigint): number {
  const it = allocObject(T_RANGE_ITER, RI_SIZE);
  I32[(it >> 2) + RI_BIG] = RANGE_BIGS.add({ cur: start, step, left: len });
  F64[(it >> 3) + 4] = 0;
  return it;
}

/** FOR_ITER fast path (rt.rangeIterNext). */
export function rangeIterNext(it: number): number {
  const f = it >> 3;
  const left = F64[f + 4];
  if (left > 0) {
    const v = F64[f + 2];
    F64[f + 2] = v + F64[f + 3];
    F64[f + 4] = left - 1;
    return newInt(v);
  }
  const slot = I32[(it >> 2) + RI_BIG];
  if (slot === 0) return 0;
  const b = RANGE_BIGS.get(slot);
  if (b.left <= 0n) return 0;
  const v = b.cur;
  b.cur += b.step;
  b.left -= 1n;
  return newIntBig(v);
}

function rangeIterDealloc(it: number): void {
  const slot = I32[(it >> 2) + RI_BIG];
  if (slot !== 0) RANGE_BIGS.release(slot);
  freeObject(it);
}

function rangeIterLengthHint(it: number): number {
  const slot = I32[(it >> 2) + RI_BIG];
  if (slot !== 0) return newIntBig(RANGE_BIGS.get(slot).left);
  return newInt(F64[(it >> 3) + 4]);
}

// ---- dict iterators ------------------------------------------------------------------------------------------

export const DI_KEYS = 0, DI_VALUES = 1, DI_ITEMS = 2, DI_REVERSED = 4;
const DI_DICT = 2, DI_USED = 3, DI_POS = 4, DI_LEN = 5, DI_RESULT = 6, DI_FLAGS = 7;
const DI_TYPES = [T_DICT_KEYITER, T_DICT_VALUEITER, T_DICT_ITEMITER];
const DI_REV_TYPES = [T_DICT_REVKEYITER, T_DICT_REVVALUEITER, T_DICT_REVITEMITER];

/** New iterator over dict `d`: kind DI_KEYS / DI_VALUES / DI_ITEMS, forwards or reversed. */
export function newDictIter(d: number, kind: number, reversed: boolean): number {
  const it = allocGCObject((reversed ? DI_REV_TYPES : DI_TYPES)[kind], 32);
  const w = it >> 2;
  const dw = d >> 2;
  I32[d >> 2]++;
  I32[w + DI_DICT] = d;
  I32[w + DI_USED] = I32[dw + D_USED];
  I32[w + DI_POS] = reversed ? I32[dw + D_NENTRIES] - 1 : 0;
  I32[w + DI_LEN] = I32[dw + D_USED];
  I32[w + DI_RESULT] = kind === DI_ITEMS ? pairOfNones() : 0;
  I32[w + DI_FLAGS] = kind | (reversed ? DI_REVERSED : 0);
  gcTrack(it);
  return it;
}

function pairOfNones(): number {
  const t = newTuple(2);
  I32[S.None >> 2] += 2;
  I32[(t >> 2) + TUPLE_ITEMS] = S.None;
  I32[(t >> 2) + TUPLE_ITEMS + 1] = S.None;
  return t;
}

/** Advance a dict iterator: the next live entry index, or -1 when exhausted (may raise). */
function dictIterAdvance(it: number): number {
  const w = it >> 2;
  const d = I32[w + DI_DICT];
  if (d === 0) return -1;
  const dw = d >> 2;
  if (I32[w + DI_USED] !== I32[dw + D_USED]) {
    I32[w + DI_USED] = -1;
    throw raise(EXC.RuntimeError, 'dictionary changed size during iteration');
  }
  const ent = I32[dw + D_ENTRIES] >> 2;
  let i = I32[w + DI_POS];
  if ((I32[w + DI_FLAGS] & DI_REVERSED) === 0) {
    const n = I32[dw + D_NENTRIES];
    while (i < n && I32[ent + i * 3 + 1] === 0) i++;
    if (i >= n) return dictIterFinish(it, d);
    I32[w + DI_POS] = i + 1;
  } else {
    while (i >= 0 && I32[ent + i * 3 + 1] === 0) i--;
    if (i < 0) return dictIterFinish(it, d);
    I32[w + DI_POS] = i - 1;
  }
  if (I32[w + DI_LEN] === 0) {
    dictIterFinish(it, d);
    throw raise(EXC.RuntimeError, 'dictionary keys changed during iteration');
  }
  I32[w + DI_LEN]--;
  return i;
}

function dictIterFinish(it: number, d: number): number {
  I32[(it >> 2) + DI_DICT] = 0;
  decref(d);
  return -1;
}

function dictIterNextKey(it: number): number {
  const d = I32[(it >> 2) + DI_DICT];
  const i = dictIterAdvance(it);
  if (i < 0) return 0;
  const k = I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + i * 3 + 1];
  I32[k >> 2]++;
  return k;
}

function dictIterNextValue(it: number): number {
  const d = I32[(it >> 2) + DI_DICT];
  const i = dictIterAdvance(it);
  if (i < 0) return 0;
  const v = I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + i * 3 + 2];
  I32[v >> 2]++;
  return v;
}

function dictIterNextItem(it: number): number {
  const w = it >> 2;
  const d = I32[w + DI_DICT];
  const i = dictIterAdvance(it);
  if (i < 0) return 0;
  const e = (I32[(d >> 2) + D_ENTRIES] >> 2) + i * 3;
  const k = I32[e + 1], v = I32[e + 2];
  I32[k >> 2]++;
  I32[v >> 2]++;
  return reusePair(w + DI_RESULT, k, v);
}

/** Fill the cached 2-tuple at word `slot` with (a, b) (stolen) when only we hold it, else a new one. */
function reusePair(slot: number, a: number, b: number): number {
  const r = I32[slot];
  if (r !== 0 && I32[r >> 2] === 1) {
    const rw = r >> 2;
    const oa = I32[rw + TUPLE_ITEMS], ob = I32[rw + TUPLE_ITEMS + 1];
    I32[rw + TUPLE_ITEMS] = a;
    I32[rw + TUPLE_ITEMS + 1] = b;
    I32[r >> 2]++;
    decref(oa);
    decref(ob);
    if (I32[rw + GC_NEXT] === 0) gcTrack(r);
    return r;
  }
  const t = newTuple(2);
  I32[(t >> 2) + TUPLE_ITEMS] = a;
  I32[(t >> 2) + TUPLE_ITEMS + 1] = b;
  return t;
}

function dictIterDealloc(it: number): void {
  gcUntrack(it);
  const w = it >> 2;
  const d = I32[w + DI_DICT], r = I32[w + DI_RESULT];
  I32[w + DI_DICT] = 0;
  I32[w + DI_RESULT] = 0;
  xdecref(d);
  xdecref(r);
  freeGCObject(it);
}

function dictIterTraverse(it: number, visit: Visit): void {
  const w = it >> 2;
  if (I32[w + DI_DICT] !== 0) visit(I32[w + DI_DICT]);
  if (I32[w + DI_RESULT] !== 0) visit(I32[w + DI_RESULT]);
}

function dictIterLengthHint(it: number): number {
  const w = it >> 2;
  const d = I32[w + DI_DICT];
  return newInt(d !== 0 && I32[w + DI_USED] === I32[(d >> 2) + D_USED] ? I32[w + DI_LEN] : 0);
}

// ---- set iterator ------------------------------------------------------------------------------------------

const SI_SET = 2, SI_USED = 3, SI_POS = 4, SI_LEN = 5;

export function newSetIter(s: number): number {
  const it = allocGCObject(T_SET_ITER, 24);
  const w = it >> 2;
  I32[s >> 2]++;
  I32[w + SI_SET] = s;
  I32[w + SI_USED] = I32[(s >> 2) + SET_USED];
  I32[w + SI_POS] = 0;
  I32[w + SI_LEN] = I32[(s >> 2) + SET_USED];
  gcTrack(it);
  return it;
}

function setIterNext(it: number): number {
  const w = it >> 2;
  const s = I32[w + SI_SET];
  if (s === 0) return 0;
  const sw = s >> 2;
  if (I32[w + SI_USED] !== I32[sw + SET_USED]) {
    I32[w + SI_USED] = -1;
    throw raise(EXC.RuntimeError, 'Set changed size during iteration');
  }
  const mask = I32[sw + SET_MASK];
  const table = I32[sw + SET_TABLE] >> 2;
  let i = I32[w + SI_POS];
  let k = 0;
  while (i <= mask) {
    k = I32[table + i * 3 + 2];
    if (k !== 0 && k !== SET_DUMMY) break;
    i++;
  }
  I32[w + SI_POS] = i + 1;
  if (i > mask) {
    I32[w + SI_SET] = 0;
    decref(s);
    return 0;
  }
  I32[w + SI_LEN]--;
  I32[k >> 2]++;
  return k;
}

function setIterDealloc(it: number): void {
  gcUntrack(it);
  const s = I32[(it >> 2) + SI_SET];
  I32[(it >> 2) + SI_SET] = 0;
  xdecref(s);
  freeGCObject(it);
}

function setIterTraverse(it: number, visit: Visit): void {
  const s = I32[(it >> 2) + SI_SET];
  if (s !== 0) visit(s);
}

// ---- generic helpers for the remaining iterator objects ---------------------------------------------------

function fieldsDealloc(offsets: number[]): (a: number) => void {
  return (a) => {
    gcUntrack(a);
    const w = a >> 2;
    for (const off of offsets) {
      const x = I32[w + off];
      I32[w + off] = 0;
      xdecref(x);
    }
    freeGCObject(a);
  };
}

function fieldsTraverse(offsets: number[]): (a: number, visit: Visit) => void {
  return (a, visit) => {
    const w = a >> 2;
    for (const off of offsets) {
      const x = I32[w + off];
      if (x !== 0) visit(x);
    }
  };
}

function noKw(name: string, kw: KwArgs | null): void {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${name}() takes no keyword arguments`);
}

function isStopOrIndexError(e: unknown): boolean {
  if (!(e instanceof PyException)) return false;
  const t = TYPES[I32[(e.exc >> 2) + 1]];
  return isSubtype(t, EXC.IndexError) || isSubtype(t, EXC.StopIteration);
}

// ---- sequence iterator ("iterator") and reversed ---------------------------------------------------------

const SQ_SEQ = 2;

function newSeqLike(tid: number, seq: number, index: number): number {
  const it = allocGCObject(tid, 24);
  I32[seq >> 2]++;
  I32[(it >> 2) + SQ_SEQ] = seq;
  F64[(it >> 3) + 2] = index;
  gcTrack(it);
  return it;
}

/** iter(o) for an object with __getitem__ but no __iter__. */
export function newSeqIter(seq: number): number {
  return newSeqLike(T_SEQ_ITER, seq, 0);
}

function seqIterNext(it: number): number {
  const w = it >> 2;
  const seq = I32[w + SQ_SEQ];
  if (seq === 0) return 0;
  const i = F64[(it >> 3) + 2];
  const k = newInt(i);
  try {
    const v = A.getItem(seq, k);
    F64[(it >> 3) + 2] = i + 1;
    return v;
  } catch (e) {
    if (!isStopOrIndexError(e)) throw e;
    decref((e as PyException).exc);
    I32[w + SQ_SEQ] = 0;
    decref(seq);
    return 0;
  } finally {
    decref(k);
  }
}

function reversedNext(it: number): number {
  const w = it >> 2;
  const seq = I32[w + SQ_SEQ];
  if (seq === 0) return 0;
  const i = F64[(it >> 3) + 2];
  if (i >= 0) {
    const k = newInt(i);
    try {
      const v = A.getItem(seq, k);
      F64[(it >> 3) + 2] = i - 1;
      return v;
    } catch (e) {
      if (!isStopOrIndexError(e)) throw e;
      decref((e as PyException).exc);
    } finally {
      decref(k);
    }
  }
  F64[(it >> 3) + 2] = -1;
  I32[w + SQ_SEQ] = 0;
  decref(seq);
  return 0;
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(o: number): boolean {
  if (isDictObj(o)) return false;
  return A.lookupSpecial(o, '__getitem__') !== 0;
}

/** reversed(seq): __reversed__, else a reversed object over __len__ / __getitem__. */
export function reversedOf(seq: number): number {
  const m = A.lookupSpecial(seq, '__reversed__');
  if (m === S.None) throw raise(EXC.TypeError, `'${A.typeName(seq)}' object is not reversible`);
  if (m !== 0 && I32[(m >> 2) + 1] === T_FUNCTION) {
    // _PyObject_LookupSpecial gives CPython a bound method: it holds seq during the call
    const bound = newMethod(m, seq);
    try {
      return A.call(bound, []);
    } finally {
      decref(bound);
    }
  }
  if (m !== 0) return A.callUnbound(m, seq, []);
  if (!isSequence(seq)) throw raise(EXC.TypeError, `'${A.typeName(seq)}' object is not reversible`);
  const n = A.length(seq);
  return newSeqLike(T_REVERSED, seq, n - 1);
}

function reversedNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (t.id === T_REVERSED) noKw('reversed', kw);
  if (args.length !== 1) throw raise(EXC.TypeError, `reversed expected 1 argument, got ${args.length}`);
  return reversedOf(args[0]);
}

// ---- callable_iterator: iter(f, sentinel) -----------------------------------------------------------------

const CI_FUNC = 2, CI_SENTINEL = 3;

export function newCallIter(f: number, sentinel: number): number {
  const it = allocGCObject(T_CALL_ITER, 16);
  I32[f >> 2]++;
  I32[sentinel >> 2]++;
  I32[(it >> 2) + CI_FUNC] = f;
  I32[(it >> 2) + CI_SENTINEL] = sentinel;
  gcTrack(it);
  return it;
}

function callIterFinish(it: number): void {
  const w = it >> 2;
  const f = I32[w + CI_FUNC], s = I32[w + CI_SENTINEL];
  I32[w + CI_FUNC] = 0;
  I32[w + CI_SENTINEL] = 0;
  xdecref(f);
  xdecref(s);
}

function callIterNext(it: number): number {
  const w = it >> 2;
  const f = I32[w + CI_FUNC];
  if (f === 0) return 0;
  let r: number;
  try {
    r = A.call(f, []);
  } catch (e) {
    if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.StopIteration)) {
      decref(e.exc);
      callIterFinish(it);
      return 0;
    }
    throw e;
  }
  let done: boolean;
  try {
    done = A.pyEq(I32[w + CI_SENTINEL], r);
  } catch (e) {
    decref(r);
    throw e;
  }
  if (!done) return r;
  decref(r);
  callIterFinish(it);
  return 0;
}

// ---- enumerate ------------------------------------------------------------------------------------------------

const EN_ITER = 2, EN_RESULT = 3, EN_LONG = 4;

function enumerateNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  let iterable = args.length > 0 ? args[0] : 0;
  let start = args.length > 1 ? args[1] : 0;
  const nk = kw ? kw.names.length : 0;
  if (args.length + nk > 2) throw raise(EXC.TypeError, `enumerate() takes at most 2 arguments (${args.length + nk} given)`);
  for (let i = 0; i < nk; i++) {
    const nm = kw!.names[i];
    if (nm === 'iterable' && iterable === 0) iterable = kw!.values[i];
    else if (nm === 'start' && start === 0) start = kw!.values[i];
    else throw raise(EXC.TypeError, `'${nm}' is an invalid keyword argument for enumerate()`);
  }
  if (iterable === 0) throw raise(EXC.TypeError, "enumerate() missing required argument 'iterable'");
  let index = 0, longIndex = 0;
  if (start !== 0) {
    const s = indexObject(start);
    if (I32[(s >> 2) + 4] === 0) {
      index = F64[(s >> 3) + 1];
      decref(s);
    } else longIndex = s;
  }
  let it: number;
  try {
    it = A.getIter(iterable);
  } catch (e) {
    xdecref(longIndex);
    throw e;
  }
  const en = allocGCObject(t.id, t.id === T_ENUMERATE ? 32 : t.basicsize);
  const w = en >> 2;
  if (t.id !== T_ENUMERATE) I32.fill(0, w + 2, w + (t.basicsize >> 2));
  I32[w + EN_ITER] = it;
  I32[w + EN_RESULT] = pairOfNones();
  I32[w + EN_LONG] = longIndex;
  F64[(en >> 3) + 3] = index;
  if (t.isHeap) I32[t.addr >> 2]++;
  gcTrack(en);
  return en;
}

function enumerateNext(en: number): number {
  const w = en >> 2;
  const item = A.iterNext(I32[w + EN_ITER]);
  if (item === 0) return 0;
  let idx: number;
  const li = I32[w + EN_LONG];
  if (li !== 0) {
    idx = li;
    I32[w + EN_LONG] = newIntBig(intBig(li) + 1n);
  } else {
    const i = F64[(en >> 3) + 3];
    idx = newInt(i);
    if (i + 1 > Number.MAX_SAFE_INTEGER) I32[w + EN_LONG] = newIntBig(BigInt(i) + 1n);
    else F64[(en >> 3) + 3] = i + 1;
  }
  return reusePair(w + EN_RESULT, idx, item);
}

// ---- zip ------------------------------------------------------------------------------------------------------

const ZP_ITERS = 2, ZP_COUNT = 3, ZP_RESULT = 4, ZP_STRICT = 5;

function zipNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  let strict = false;
  if (kw) {
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] !== 'strict') throw raise(EXC.TypeError, `'${kw.names[i]}' is an invalid keyword argument for zip()`);
      strict = A.isTrue(kw.values[i]);
    }
  }
  const n = args.length;
  const iters: number[] = [];
  try {
    for (let i = 0; i < n; i++) iters.push(A.getIter(args[i]));
  } catch (e) {
    for (const x of iters) decref(x);
    throw e;
  }
  const z = allocGCObject(t.id, t.id === T_ZIP ? 24 : t.basicsize);
  const w = z >> 2;
  if (t.id !== T_ZIP) I32.fill(0, w + 2, w + (t.basicsize >> 2));
  I32[w + ZP_ITERS] = tupleFromSteal(iters);
  I32[w + ZP_COUNT] = n;
  const r = newTuple(n);
  for (let i = 0; i < n; i++) {
    I32[S.None >> 2]++;
    I32[(r >> 2) + TUPLE_ITEMS + i] = S.None;
  }
  I32[w + ZP_RESULT] = r;
  I32[w + ZP_STRICT] = strict ? 1 : 0;
  if (t.isHeap) I32[t.addr >> 2]++;
  gcTrack(z);
  return z;
}

function zipNext(z: number): number {
  const w = z >> 2;
  const n = I32[w + ZP_COUNT];
  if (n === 0) return 0;
  const iters = (I32[w + ZP_ITERS] >> 2) + TUPLE_ITEMS;
  let r = I32[w + ZP_RESULT];
  let i = 0;
  if (I32[r >> 2] === 1) {
    I32[r >> 2]++;
    const rw = (r >> 2) + TUPLE_ITEMS;
    for (; i < n; i++) {
      let item: number;
      try {
        item = A.iterNext(I32[iters + i]);
      } catch (e) {
        decref(r);
        throw e;
      }
      if (item === 0) {
        decref(r);
        return I32[w + ZP_STRICT] ? zipStrictCheck(z, i) : 0;
      }
      const old = I32[rw + i];
      I32[rw + i] = item;
      decref(old);
    }
    if (I32[(r >> 2) + GC_NEXT] === 0) gcTrack(r);
    return r;
  }
  r = newTuple(n);
  const rw = (r >> 2) + TUPLE_ITEMS;
  for (; i < n; i++) {
    let item: number;
    try {
      item = A.iterNext(I32[iters + i]);
    } catch (e) {
      decref(r);
      throw e;
    }
    if (item === 0) {
      decref(r);
      return I32[w + ZP_STRICT] ? zipStrictCheck(z, i) : 0;
    }
    I32[rw + i] = item;
  }
  return r;
}

/** zip(strict=True) ran out in argument i: raise unless every argument ran out together. */
function zipStrictCheck(z: number, i: number): number {
  const w = z >> 2;
  const n = I32[w + ZP_COUNT];
  const iters = (I32[w + ZP_ITERS] >> 2) + TUPLE_ITEMS;
  if (i > 0) {
    const plural = i === 1 ? ' ' : 's 1-';
    throw raise(EXC.ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  for (let j = 1; j < n; j++) {
    const item = A.iterNext(I32[iters + j]);
    if (item !== 0) {
      decref(item);
      const plural = j === 1 ? ' ' : 's 1-';
      throw raise(EXC.ValueError, `zip() argument ${j + 1} is longer than argument${plural}${j}`);
    }
  }
  return 0;
}

// ---- map ------------------------------------------------------------------------------------------------------

const MP_FUNC = 2, MP_ITERS = 3;

function mapNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (t.id === T_MAP) noKw('map', kw);
  if (args.length < 2) throw raise(EXC.TypeError, 'map() must have at least two arguments.');
  const iters: number[] = [];
  try {
    for (let i = 1; i < args.length; i++) iters.push(A.getIter(args[i]));
  } catch (e) {
    for (const x of iters) decref(x);
    throw e;
  }
  const m = allocGCObject(t.id, t.id === T_MAP ? 16 : t.basicsize);
  const w = m >> 2;
  if (t.id !== T_MAP) I32.fill(0, w + 2, w + (t.basicsize >> 2));
  I32[args[0] >> 2]++;
  I32[w + MP_FUNC] = args[0];
  I32[w + MP_ITERS] = tupleFromSteal(iters);
  if (t.isHeap) I32[t.addr >> 2]++;
  gcTrack(m);
  return m;
}

function mapNext(m: number): number {
  const w = m >> 2;
  const its = I32[w + MP_ITERS];
  const n = I32[(its >> 2) + TUPLE_SIZE];
  const iw = (its >> 2) + TUPLE_ITEMS;
  if (n === 1) {
    const v = A.iterNext(I32[iw]);
    if (v === 0) return 0;
    try {
      return A.call(I32[w + MP_FUNC], [v]);
    } finally {
      decref(v);
    }
  }
  const vals: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const v = A.iterNext(I32[iw + i]);
      if (v === 0) return 0;
      vals.push(v);
    }
    return A.call(I32[w + MP_FUNC], vals);
  } finally {
    for (const v of vals) decref(v);
  }
}

// ---- filter ---------------------------------------------------------------------------------------------------

const FL_FUNC = 2, FL_ITER = 3;

function filterNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (t.id === T_FILTER) noKw('filter', kw);
  if (args.length !== 2) throw raise(EXC.TypeError, `filter expected 2 arguments, got ${args.length}`);
  const it = A.getIter(args[1]);
  const f = allocGCObject(t.id, t.id === T_FILTER ? 16 : t.basicsize);
  const w = f >> 2;
  if (t.id !== T_FILTER) I32.fill(0, w + 2, w + (t.basicsize >> 2));
  I32[args[0] >> 2]++;
  I32[w + FL_FUNC] = args[0];
  I32[w + FL_ITER] = it;
  if (t.isHeap) I32[t.addr >> 2]++;
  gcTrack(f);
  return f;
}

function filterNext(f: number): number {
  const w = f >> 2;
  const fn = I32[w + FL_FUNC];
  const truth = fn === S.None || fn === TYPES[T_BOOL].addr;
  for (;;) {
    const item = A.iterNext(I32[w + FL_ITER]);
    if (item === 0) return 0;
    let ok: boolean;
    try {
      if (truth) ok = A.isTrue(item);
      else {
        const r = A.call(fn, [item]);
        try {
          ok = A.isTrue(r);
        } finally {
          decref(r);
        }
      }
    } catch (e) {
      decref(item);
      throw e;
    }
    if (ok) return item;
    decref(item);
  }
}

// ---- registration ----------------------------------------------------------------------------------------------

function selfIter(a: number): number {
  I32[a >> 2]++;
  return a;
}

function setupIter(tid: number, size: number, isGC: boolean, next: (a: number) => number, dealloc: (a: number) => void,
  traverse: ((a: number, v: Visit) => void) | null): TypeInfo {
  const t = TYPES[tid];
  t.basicsize = size;
  t.isGC = isGC;
  t.dealloc = dealloc;
  t.traverse = traverse;
  t.clear = null;
  t.slots.iter = selfIter;
  t.slots.iternext = next;
  return t;
}

export function initIterTypes(): void {
  setupIter(T_LIST_ITER, 16, true, listIterNext, indexIterDealloc, indexIterTraverse);
  setupIter(T_TUPLE_ITER, 16, true, tupleIterNext, indexIterDealloc, indexIterTraverse);
  setupIter(T_LIST_REVITER, 16, true, listRevIterNext, indexIterDealloc, indexIterTraverse);
  setupIter(T_RANGE_ITER, RI_SIZE, false, rangeIterNext, rangeIterDealloc, null);
  setupIter(T_DICT_KEYITER, 32, true, dictIterNextKey, dictIterDealloc, dictIterTraverse);
  setupIter(T_DICT_VALUEITER, 32, true, dictIterNextValue, dictIterDealloc, dictIterTraverse);
  setupIter(T_DICT_ITEMITER, 32, true, dictIterNextItem, dictIterDealloc, dictIterTraverse);
  setupIter(T_DICT_REVKEYITER, 32, true, dictIterNextKey, dictIterDealloc, dictIterTraverse);
  setupIter(T_DICT_REVVALUEITER, 32, true, dictIterNextValue, dictIterDealloc, dictIterTraverse);
  setupIter(T_DICT_REVITEMITER, 32, true, dictIterNextItem, dictIterDealloc, dictIterTraverse);
  setupIter(T_SET_ITER, 24, true, setIterNext, setIterDealloc, setIterTraverse);
  setupIter(T_SEQ_ITER, 24, true, seqIterNext, fieldsDealloc([SQ_SEQ]), fieldsTraverse([SQ_SEQ]));
  setupIter(T_REVERSED, 24, true, reversedNext, fieldsDealloc([SQ_SEQ]), fieldsTraverse([SQ_SEQ])).slots.new = reversedNew;
  setupIter(T_CALL_ITER, 16, true, callIterNext, fieldsDealloc([CI_FUNC, CI_SENTINEL]), fieldsTraverse([CI_FUNC, CI_SENTINEL]));
  setupIter(T_ENUMERATE, 32, true, enumerateNext, fieldsDealloc([EN_ITER, EN_RESULT, EN_LONG]),
    fieldsTraverse([EN_ITER, EN_RESULT, EN_LONG])).slots.new = enumerateNew;
  setupIter(T_ZIP, 24, true, zipNext, fieldsDealloc([ZP_ITERS, ZP_RESULT]), fieldsTraverse([ZP_ITERS, ZP_RESULT])).slots.new = zipNew;
  setupIter(T_MAP, 16, true, mapNext, fieldsDealloc([MP_FUNC, MP_ITERS]), fieldsTraverse([MP_FUNC, MP_ITERS])).slots.new = mapNew;
  setupIter(T_FILTER, 16, true, filterNext, fieldsDealloc([FL_FUNC, FL_ITER]), fieldsTraverse([FL_FUNC, FL_ITER])).slots.new = filterNew;
  for (const tid of [T_ENUMERATE, T_ZIP, T_MAP, T_FILTER, T_REVERSED]) TYPES[tid].baseType = true;
  TYPES[T_TUPLE].slots.iter = newTupleIter;
  defMethodNoArgs(T_RANGE_ITER, '__length_hint__', rangeIterLengthHint);
  for (const tid of [T_DICT_KEYITER, T_DICT_VALUEITER, T_DICT_ITEMITER, T_DICT_REVKEYITER, T_DICT_REVVALUEITER, T_DICT_REVITEMITER]) {
    defMethodNoArgs(tid, '__length_hint__', dictIterLengthHint);
  }
  defMethodNoArgs(T_LIST_ITER, '__length_hint__', (it) => {
    const l = I32[(it >> 2) + IT_SEQ];
    return newInt(l === 0 ? 0 : Math.max(0, I32[(l >> 2) + LIST_SIZE] - I32[(it >> 2) + IT_INDEX]));
  });
  defMethodNoArgs(T_TUPLE_ITER, '__length_hint__', (it) => {
    const t = I32[(it >> 2) + IT_SEQ];
    return newInt(t === 0 ? 0 : Math.max(0, I32[(t >> 2) + TUPLE_SIZE] - I32[(it >> 2) + IT_INDEX]));
  });
  defMethodNoArgs(T_LIST_REVITER, '__length_hint__', (it) => {
    // listreviter_len: index + 1, or 0 once the list has shrunk below it
    const l = I32[(it >> 2) + IT_SEQ];
    const n = I32[(it >> 2) + IT_INDEX] + 1;
    return newInt(l === 0 || I32[(l >> 2) + LIST_SIZE] < n ? 0 : n);
  });
  defMethodNoArgs(T_SET_ITER, '__length_hint__', (it) => {
    const s = I32[(it >> 2) + SI_SET];
    return newInt(s !== 0 && I32[(it >> 2) + SI_USED] === I32[(s >> 2) + SET_USED] ? I32[(it >> 2) + SI_LEN] : 0);
  });
  defMethodNoArgs(T_REVERSED, '__length_hint__', (it) => {
    const seq = I32[(it >> 2) + SQ_SEQ];
    if (seq === 0) return newInt(0);
    const pos = F64[(it >> 3) + 2] + 1;
    return newInt(A.length(seq) < pos ? 0 : pos);
  });
  defMethodNoArgs(T_SEQ_ITER, '__length_hint__', (it) => {
    // iter_len: what is left of a sized sequence; NotImplemented when it has no len()
    const seq = I32[(it >> 2) + SQ_SEQ];
    if (seq === 0) return newInt(0);
    if (A.lookupSpecial(seq, '__len__') === 0 && !TYPES[I32[(seq >> 2) + 1]].slots.len) return (I32[S.NotImplemented >> 2]++, S.NotImplemented);
    const left = A.length(seq) - F64[(it >> 3) + 2];
    return newInt(left >= 0 ? left : 0);
  });
  A.seqIterHook.make = newSeqIter;
  rt.listIterNext = listIterNext;
  rt.rangeIterNext = rangeIterNext;
}

