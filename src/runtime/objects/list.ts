// list: a growable array of references. The header holds a pointer to a separate item array
// (pymalloc for small arrays, the large allocator beyond 512 bytes), as CPython's PyListObject.
//
//   offset | field     | type | note
//   -------+-----------+------+-------------------------------------------------------
//   -16    | gc head   |      |
//    0     | refcnt    | i32  |
//    4     | type      | i32  | T_LIST
//    8     | size      | i32  | len()
//   12     | allocated | i32  | capacity of the item array
//   16     | items     | i32  | address of the item array (0 when allocated == 0)
//   size 20 bytes (+16 GC head) -> 48-byte block
//
// Growth follows list_resize: new_allocated = (n + (n >> 3) + 6) & ~3. Up to 80 dead list
// headers are kept on a free list (their item arrays are freed).

import { I32, F64, TYPES, type TypeInfo, type KwArgs, T_LIST, T_TUPLE, T_INT, T_FLOAT, T_STR, T_SLICE, allocGCObject, freeGCObject,
  decref, type Visit, HeapExhausted, T_BYTES, T_DICT, T_SET, T_FROZENSET, T_RANGE, T_LIST_ITER, T_TUPLE_ITER, T_RANGE_ITER,
  T_STR_ITER, T_DICT_KEYITER, T_DICT_VALUEITER, T_DICT_ITEMITER, T_SET_ITER, T_LIST_REVITER, T_DICT_KEYS, T_DICT_VALUES,
  T_DICT_ITEMS, T_BYTES_ITER } from '../object.js';
import { pymalloc, pyfree } from '../mem/obmalloc.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { newStr, STRS, STR_SLOT, STR_FLAGS, STR_BMP } from './str.js';
import { raise, EXC, isSubtype, PyException } from './exception.js';
import { tupleItemsWord, seqRichCompare } from './tuple.js';
import { defMethodVar, defMethodO, defMethodNoArgs, seqIndex, sliceUnpack, sliceAdjust, sliceCompute, SLI, ssizeArg, repeatCount, cIntArg,
  sliceIndexNotNone, isIndexable } from './slice.js';
import { newListIter, newListRevIter } from './iterators.js';
import { defMethod, defAttr, parseArgs } from '../builtins/define.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { REFLECTED } from '../number.js';
import { intNumber } from './int.js';
import * as opc from '../../compiler/opcodes.js';

export const LIST_SIZE = 2, LIST_ALLOC = 3, LIST_ITEMS = 4;
export const LIST_OBJ_SIZE = 20;
export const LIST_MAXFREELIST = 80;
const freelist: number[] = [];

/** New empty list with room for `cap` items. New reference, GC-tracked. */
export function newList(cap = 0): number {
  let a = freelist.pop();
  if (a !== undefined) I32[a >> 2] = 1;
  else a = allocGCObject(T_LIST, LIST_OBJ_SIZE);
  const w = a >> 2;
  I32[w + LIST_SIZE] = 0;
  I32[w + LIST_ALLOC] = 0;
  I32[w + LIST_ITEMS] = 0;
  if (cap > 0) setCapacity(a, cap);
  gcTrack(a);
  return a;
}

function setCapacity(l: number, cap: number): void {
  const w = l >> 2;
  const old = I32[w + LIST_ITEMS];
  const n = I32[w + LIST_SIZE];
  if (cap === 0) {
    if (old) pyfree(old);
    I32[w + LIST_ITEMS] = 0;
    I32[w + LIST_ALLOC] = 0;
    return;
  }
  const items = pymalloc(cap * 4);
  if (items === 0) throw new HeapExhausted();
  if (old) {
    I32.copyWithin(items >> 2, old >> 2, (old >> 2) + Math.min(n, cap));
    pyfree(old);
  }
  I32[w + LIST_ITEMS] = items;
  I32[w + LIST_ALLOC] = cap;
}

/** Make room for `newsize` items (CPython's list_resize over-allocation). */
export function listResize(l: number, newsize: number): void {
  const w = l >> 2;
  const allocated = I32[w + LIST_ALLOC];
  if (allocated >= newsize && newsize >= allocated >> 1) {
    I32[w + LIST_SIZE] = newsize;
    return;
  }
  let na = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - I32[w + LIST_SIZE] > na - newsize) na = (newsize + 3) & ~3;
  if (newsize === 0) na = 0;
  setCapacity(l, na);
  I32[w + LIST_SIZE] = newsize;
}

export function listLen(l: number): number {
  return I32[(l >> 2) + LIST_SIZE];
}

/** Borrowed reference to item i (no bounds check). */
export function listGet(l: number, i: number): number {
  return I32[(I32[(l >> 2) + LIST_ITEMS] >> 2) + i];
}

/** Replace item i, stealing `v` and releasing the old item. */
export function listSetSteal(l: number, i: number, v: number): void {
  const p = (I32[(l >> 2) + LIST_ITEMS] >> 2) + i;
  const old = I32[p];
  I32[p] = v;
  if (old !== 0) decref(old);
}

/** Append, increfing `v`. */
export function listAppend(l: number, v: number): void {
  I32[v >> 2]++;
  listAppendSteal(l, v);
}

export function listAppendSteal(l: number, v: number): void {
  const w = l >> 2;
  const n = I32[w + LIST_SIZE];
  if (n < I32[w + LIST_ALLOC]) {
    I32[(I32[w + LIST_ITEMS] >> 2) + n] = v;
    I32[w + LIST_SIZE] = n + 1;
    return;
  }
  listResize(l, n + 1);
  I32[(I32[w + LIST_ITEMS] >> 2) + n] = v;
}

/** Insert at index i (0 <= i <= len), increfing v. */
export function listInsert(l: number, i: number, v: number): void {
  const w = l >> 2;
  const n = I32[w + LIST_SIZE];
  listResize(l, n + 1);
  const base = I32[w + LIST_ITEMS] >> 2;
  I32.copyWithin(base + i + 1, base + i, base + n);
  I32[v >> 2]++;
  I32[base + i] = v;
}

/** Remove item i and return it (the reference moves to the caller). */
export function listPop(l: number, i: number): number {
  const w = l >> 2;
  const n = I32[w + LIST_SIZE];
  const base = I32[w + LIST_ITEMS] >> 2;
  const v = I32[base + i];
  I32.copyWithin(base + i, base + i + 1, base + n);
  listResize(l, n - 1);
  return v;
}

/** Snapshot of the items (borrowed references). */
export function listItems(l: number): number[] {
  const w = l >> 2;
  const n = I32[w + LIST_SIZE];
  const base = I32[w + LIST_ITEMS] >> 2;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = I32[base + i];
  return out;
}

/** New list from borrowed references. */
export function listFrom(items: ArrayLike<number>): number {
  const l = newList(items.length);
  const base = I32[(l >> 2) + LIST_ITEMS] >> 2;
  for (let i = 0; i < items.length; i++) {
    I32[items[i] >> 2]++;
    I32[base + i] = items[i];
  }
  I32[(l >> 2) + LIST_SIZE] = items.length;
  return l;
}

/** New list from owned references (steals). */
export function listFromSteal(items: ArrayLike<number>): number {
  const l = newList(items.length);
  const base = I32[(l >> 2) + LIST_ITEMS] >> 2;
  for (let i = 0; i < items.length; i++) I32[base + i] = items[i];
  I32[(l >> 2) + LIST_SIZE] = items.length;
  return l;
}

/**
 * New list from owned references (steals), built as CPython builds it with PyList_New(prealloc)
 * filled in place and appended to past that (str.split preallocates up to 12 items, splitlines
 * none): the capacity, and so sys.getsizeof, come out as CPython's.
 */
export function listFromStealPrealloc(items: ArrayLike<number>, prealloc: number): number {
  const l = newList(prealloc);
  const n = items.length, k = Math.min(n, prealloc);
  const base = I32[(l >> 2) + LIST_ITEMS] >> 2;
  for (let i = 0; i < k; i++) I32[base + i] = items[i];
  I32[(l >> 2) + LIST_SIZE] = k;
  for (let i = k; i < n; i++) listAppendSteal(l, items[i]);
  return l;
}

/** Iterables whose iterator has a __length_hint__ (the builtin containers and their iterators). */
const HINTED = new Set([T_LIST, T_TUPLE, T_STR, T_BYTES, T_DICT, T_SET, T_FROZENSET, T_RANGE, T_LIST_ITER, T_TUPLE_ITER,
  T_RANGE_ITER, T_STR_ITER, T_DICT_KEYITER, T_DICT_VALUEITER, T_DICT_ITEMITER, T_SET_ITER, T_LIST_REVITER, T_DICT_KEYS,
  T_DICT_VALUES, T_DICT_ITEMS, T_BYTES_ITER]);

/**
 * The starred target's list of `a, *b, c = v` (UNPACK_EX): CPython makes it with
 * PySequence_List(iterator) -- room for the iterator's length hint (8 without one), filled, cut
 * back -- then drops the `after` items off its end without resizing. `rest` are the items after
 * the leading targets (owned, stolen); the last `after` of them stay owned by the caller.
 */
export function starTargetList(v: number, rest: number[], after: number): number {
  const l = newList();
  const hint = HINTED.has(I32[(v >> 2) + 1]) ? rest.length : 8;
  if (hint > 0) setCapacity(l, (hint + 1) & ~1);
  for (const x of rest) listAppendSteal(l, x);
  const size = I32[(l >> 2) + LIST_SIZE];
  if (size < I32[(l >> 2) + LIST_ALLOC]) listResize(l, size);
  I32[(l >> 2) + LIST_SIZE] = size - after;
  return l;
}

/** PREALLOC_SIZE of CPython's split functions: the list they start from for `maxsplit` (-1: no limit). */
export function splitPrealloc(maxsplit: number): number {
  return maxsplit < 0 || maxsplit >= 11 ? 12 : maxsplit + 1;
}

/** Replace all items with `items` (owned references, stolen); releases the old ones. */
export function listReplaceSteal(l: number, items: ArrayLike<number>): void {
  const old = listItems(l);
  const w = l >> 2;
  I32[w + LIST_SIZE] = 0;
  setCapacity(l, 0);
  if (items.length) setCapacity(l, items.length);
  const base = I32[w + LIST_ITEMS] >> 2;
  for (let i = 0; i < items.length; i++) I32[base + i] = items[i];
  I32[w + LIST_SIZE] = items.length;
  for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
}

/** Empty the list and free its item array (CPython's _list_clear: items released last to first). */
export function listClear(l: number): void {
  const w = l >> 2;
  const items = I32[w + LIST_ITEMS];
  if (items === 0) return;
  let i = I32[w + LIST_SIZE];
  I32[w + LIST_SIZE] = 0;
  I32[w + LIST_ITEMS] = 0;
  I32[w + LIST_ALLOC] = 0;
  const base = items >> 2;
  while (--i >= 0) {
    const x = I32[base + i];
    if (x !== 0) decref(x);
  }
  pyfree(items);
}

export function listDealloc(l: number): void {
  const w = l >> 2;
  gcUntrack(l);
  const n = I32[w + LIST_SIZE];
  const items = I32[w + LIST_ITEMS];
  if (items !== 0) {
    const base = items >> 2;
    for (let i = n - 1; i >= 0; i--) {
      const x = I32[base + i];
      if (x !== 0) decref(x);
    }
    pyfree(I32[w + LIST_ITEMS]);
  }
  if (I32[w + 1] === T_LIST && freelist.length < LIST_MAXFREELIST) {
    freelist.push(l);
    return;
  }
  freeGCObject(l);
}

export function listTraverse(l: number, visit: Visit): void {
  const w = l >> 2;
  const n = I32[w + LIST_SIZE];
  const base = I32[w + LIST_ITEMS] >> 2;
  // last item first, as CPython's list_traverse
  for (let i = n - 1; i >= 0; i--) {
    const x = I32[base + i];
    if (x !== 0) visit(x);
  }
}

export function listClearSlot(l: number): void {
  listClear(l);
}

export function clearListFreeList(): void {
  while (freelist.length) freeGCObject(freelist.pop()!);
}

export function listFreeListSize(): number {
  return freelist.length;
}

// ---- the list type ----------------------------------------------------------------------------------

export function isListObj(o: number): boolean {
  const tid = I32[(o >> 2) + 1];
  return tid === T_LIST || isSubtype(TYPES[tid], TYPES[T_LIST]);
}

/** New empty list of type t, bypassing the free list (extra words of subclasses zeroed). */
function newListSubtype(t: TypeInfo): number {
  const a = allocGCObject(t.id, t.basicsize);
  const w = a >> 2;
  I32.fill(0, w + 2, w + (t.basicsize >> 2));
  if (t.isHeap) I32[t.addr >> 2]++;
  gcTrack(a);
  return a;
}

/** PySequence_Fast: the items of `v` as owned references; TypeError(msg) when v is not iterable. */
export function seqFast(v: number, msg: string): number[] {
  const tid = I32[(v >> 2) + 1];
  if (tid === T_LIST || tid === T_TUPLE) return A.iterToArray(v);
  let it: number;
  try {
    it = A.getIter(v);
  } catch (e) {
    if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.TypeError)) {
      decref(e.exc);
      throw raise(EXC.TypeError, msg);
    }
    throw e;
  }
  const out: number[] = [];
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === 0) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** New (exact) list of items lo..hi (already clamped). */
export function listSlice(l: number, lo: number, hi: number): number {
  const n = hi - lo;
  if (n <= 0) return newList();
  const r = newList(n);
  const src = (I32[(l >> 2) + LIST_ITEMS] >> 2) + lo;
  const dst = I32[(r >> 2) + LIST_ITEMS] >> 2;
  for (let i = 0; i < n; i++) {
    const x = I32[src + i];
    I32[x >> 2]++;
    I32[dst + i] = x;
  }
  I32[(r >> 2) + LIST_SIZE] = n;
  return r;
}

/**
 * list_ass_slice: replace items ilow..ihigh with the items of iterable `v` (0 deletes). The removed
 * items are released only once the list is back in shape, last to first.
 */
export function listAssSlice(l: number, ilow: number, ihigh: number, v: number): void {
  const items = v === 0 ? [] : seqFast(v, 'can only assign an iterable');
  const w = l >> 2;
  const size = I32[w + LIST_SIZE];
  if (ilow < 0) ilow = 0;
  else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > size) ihigh = size;
  const norig = ihigh - ilow;
  const n = items.length;
  const d = n - norig;
  if (size + d === 0) {
    listClear(l);
    return;
  }
  let base = I32[w + LIST_ITEMS] >> 2;
  const recycle = new Array<number>(norig);
  for (let k = 0; k < norig; k++) recycle[k] = I32[base + ilow + k];
  if (d < 0) {
    I32.copyWithin(base + ihigh + d, base + ihigh, base + size);
    listResize(l, size + d);
    base = I32[w + LIST_ITEMS] >> 2;
  } else if (d > 0) {
    listResize(l, size + d);
    base = I32[w + LIST_ITEMS] >> 2;
    I32.copyWithin(base + ihigh + d, base + ihigh, base + size);
  }
  for (let k = 0; k < n; k++) I32[base + ilow + k] = items[k];
  for (let k = norig - 1; k >= 0; k--) decref(recycle[k]);
}

/** list.extend(iterable). */
export function listExtend(l: number, src: number): void {
  const tid = I32[(src >> 2) + 1];
  if (tid === T_LIST || tid === T_TUPLE) {
    const n = I32[(src >> 2) + 2];
    if (n === 0) return;
    const m = I32[(l >> 2) + LIST_SIZE];
    if (I32[(l >> 2) + LIST_ITEMS] === 0) {
      setCapacity(l, (n + 1) & ~1); // list_preallocate_exact, as CPython: rounded up to even
      I32[(l >> 2) + LIST_SIZE] = n;
    } else listResize(l, m + n);
    const dst = (I32[(l >> 2) + LIST_ITEMS] >> 2) + m;
    const from = tid === T_LIST ? I32[(src >> 2) + LIST_ITEMS] >> 2 : tupleItemsWord(src);
    for (let i = 0; i < n; i++) {
      const x = I32[from + i];
      I32[x >> 2]++;
      I32[dst + i] = x;
    }
    return;
  }
  const it = A.getIter(src);
  try {
    // CPython's list_extend: room for the length hint first (exactly, in a list without items),
    // then cut back if the hint was too large (sys.getsizeof shows the capacity)
    const n = lengthHint(src, 8);
    const m = I32[(l >> 2) + LIST_SIZE];
    if (I32[(l >> 2) + LIST_ITEMS] === 0) {
      if (n) setCapacity(l, (n + 1) & ~1);
    } else {
      listResize(l, m + n);
      I32[(l >> 2) + LIST_SIZE] = m;
    }
    for (;;) {
      const v = A.iterNext(it);
      if (v === 0) break;
      listAppendSteal(l, v);
    }
    const size = I32[(l >> 2) + LIST_SIZE];
    if (size < I32[(l >> 2) + LIST_ALLOC]) listResize(l, size);
  } finally {
    decref(it);
  }
}

/** PyObject_LengthHint: len(o), else o.__length_hint__(), else `dflt`. */
function lengthHint(o: number, dflt: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.slots.len || A.lookupSpecial(o, '__len__') !== 0) {
    try {
      return A.length(o);
    } catch (e) {
      if (!(e instanceof PyException) || !isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.TypeError)) throw e;
      decref(e.exc);
      return dflt;
    }
  }
  const h = A.lookupSpecial(o, '__length_hint__');
  if (h === 0) return dflt;
  const r = A.callUnbound(h, o, []);
  try {
    if (r === S.NotImplemented) return dflt;
    const rt = I32[(r >> 2) + 1];
    if (rt !== T_INT) throw raise(EXC.TypeError, `'${A.typeName(r)}' object cannot be interpreted as an integer`);
    const v = intNumber(r);
    if (v < 0) throw raise(EXC.ValueError, '__length_hint__() should return >= 0');
    return v;
  } finally {
    decref(r);
  }
}

function listSubscript(l: number, k: number): number {
  const w = l >> 2;
  let i = seqIndex(k);
  if (i === i) {
    const n = I32[w + LIST_SIZE];
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(EXC.IndexError, 'list index out of range');
    const v = I32[(I32[w + LIST_ITEMS] >> 2) + i];
    I32[v >> 2]++;
    return v;
  }
  if (I32[(k >> 2) + 1] === T_SLICE) {
    const len = sliceCompute(k, I32[w + LIST_SIZE]);
    if (len <= 0) return newList();
    const start = SLI.start, step = SLI.step;
    if (step === 1) return listSlice(l, start, start + len);
    const r = newList(len);
    const src = I32[w + LIST_ITEMS] >> 2;
    const dst = I32[(r >> 2) + LIST_ITEMS] >> 2;
    for (let j = 0, p = start; j < len; j++, p += step) {
      const x = I32[src + p];
      I32[x >> 2]++;
      I32[dst + j] = x;
    }
    I32[(r >> 2) + LIST_SIZE] = len;
    return r;
  }
  throw raise(EXC.TypeError, `list indices must be integers or slices, not ${A.typeName(k)}`);
}

/** l[k] = v, or del l[k] when v is 0. */
function listAssSubscript(l: number, k: number, v: number): void {
  const w = l >> 2;
  let i = seqIndex(k);
  if (i === i) {
    const n = I32[w + LIST_SIZE];
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(EXC.IndexError, 'list assignment index out of range');
    if (v === 0) {
      listAssSlice(l, i, i + 1, 0);
      return;
    }
    I32[v >> 2]++;
    listSetSteal(l, i, v);
    return;
  }
  if (I32[(k >> 2) + 1] !== T_SLICE) throw raise(EXC.TypeError, `list indices must be integers or slices, not ${A.typeName(k)}`);
  sliceUnpack(k);
  const n = I32[w + LIST_SIZE];
  const len = sliceAdjust(n);
  let start = SLI.start, step = SLI.step, stop = SLI.stop;
  if (step === 1) {
    listAssSlice(l, start, stop, v);
    return;
  }
  if (v === 0) {
    if (len <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (len - 1) - 1;
      step = -step;
    }
    const base = I32[w + LIST_ITEMS] >> 2;
    const garbage = new Array<number>(len);
    let cur = start, i2 = 0;
    for (; cur < stop; cur += step, i2++) {
      let lim = step - 1;
      garbage[i2] = I32[base + cur];
      if (cur + step >= n) lim = n - cur - 1;
      I32.copyWithin(base + cur - i2, base + cur + 1, base + cur + 1 + lim);
    }
    cur = start + len * step;
    if (cur < n) I32.copyWithin(base + cur - len, base + cur, base + n);
    I32[w + LIST_SIZE] = n - len;
    listResize(l, n - len);
    for (let j = 0; j < len; j++) decref(garbage[j]);
    return;
  }
  const seq = seqFast(v, 'must assign iterable to extended slice');
  if (seq.length !== len) {
    for (const x of seq) decref(x);
    throw raise(EXC.ValueError, `attempt to assign sequence of size ${seq.length} to extended slice of size ${len}`);
  }
  if (len === 0) return;
  const base = I32[w + LIST_ITEMS] >> 2;
  const garbage = new Array<number>(len);
  for (let cur = start, j = 0; j < len; cur += step, j++) {
    garbage[j] = I32[base + cur];
    I32[base + cur] = seq[j];
  }
  for (let j = 0; j < len; j++) decref(garbage[j]);
}

function listContains(l: number, x: number): boolean {
  const w = l >> 2;
  for (let i = 0; i < I32[w + LIST_SIZE]; i++) {
    const v = I32[(I32[w + LIST_ITEMS] >> 2) + i];
    if (v === x) return true;
    I32[v >> 2]++;
    let eq: boolean;
    try {
      eq = A.pyEqSlow(v, x);
    } finally {
      decref(v);
    }
    if (eq) return true;
  }
  return false;
}

function listRepr(l: number): number {
  if (listLen(l) === 0) return newStr('[]');
  return newStr(A.reprGuard(l, '[...]', () => {
    const parts: string[] = [];
    for (let i = 0; i < listLen(l); i++) {
      const x = listGet(l, i);
      I32[x >> 2]++;
      try {
        parts.push(A.reprJS(x));
      } finally {
        decref(x);
      }
    }
    return '[' + parts.join(', ') + ']';
  }));
}

function listRichCompare(a: number, b: number, op: number): number {
  if (!isListObj(a) || !isListObj(b)) {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  return seqRichCompare(a, b, op, true);
}

function listConcat(a: number, b: number): number {
  const na = listLen(a), nb = listLen(b);
  const r = newList(na + nb);
  const dst = I32[(r >> 2) + LIST_ITEMS] >> 2;
  const sa = I32[(a >> 2) + LIST_ITEMS] >> 2, sb = I32[(b >> 2) + LIST_ITEMS] >> 2;
  for (let i = 0; i < na; i++) {
    const x = I32[sa + i];
    I32[x >> 2]++;
    I32[dst + i] = x;
  }
  for (let i = 0; i < nb; i++) {
    const x = I32[sb + i];
    I32[x >> 2]++;
    I32[dst + na + i] = x;
  }
  I32[(r >> 2) + LIST_SIZE] = na + nb;
  return r;
}

function listRepeat(a: number, count: number): number {
  const n = listLen(a);
  if (n === 0 || count <= 0) return newList();
  if (n * count > 0x1fffffff) throw raise(EXC.MemoryError, null);
  const total = n * count;
  const r = newList(total);
  const src = I32[(a >> 2) + LIST_ITEMS] >> 2;
  const dst = I32[(r >> 2) + LIST_ITEMS] >> 2;
  for (let c = 0, p = 0; c < count; c++) {
    for (let i = 0; i < n; i++, p++) {
      const x = I32[src + i];
      I32[x >> 2]++;
      I32[dst + p] = x;
    }
  }
  I32[(r >> 2) + LIST_SIZE] = total;
  return r;
}

function listInplaceRepeat(l: number, count: number): void {
  const n = listLen(l);
  if (n === 0 || count === 1) return;
  if (count < 1) {
    listClear(l);
    return;
  }
  if (n * count > 0x1fffffff) throw raise(EXC.MemoryError, null);
  listResize(l, n * count);
  const base = I32[(l >> 2) + LIST_ITEMS] >> 2;
  for (let c = 1, p = n; c < count; c++) {
    for (let i = 0; i < n; i++, p++) {
      const x = I32[base + i];
      I32[x >> 2]++;
      I32[base + p] = x;
    }
  }
}

function listNumber(a: number, b: number, nb: number): number {
  const refl = (nb & REFLECTED) !== 0;
  switch (nb & 0xff) {
    case opc.NB_ADD:
      if (refl || !isListObj(a) || !isListObj(b)) return 0;
      return listConcat(a, b);
    case opc.NB_ADD + opc.NB_INPLACE: {
      // list has sq_inplace_concat but no nb_add: a class's __radd__ comes before the extend
      const tb = TYPES[I32[(b >> 2) + 1]];
      const radd = tb.isHeap ? A.lookupSpecial(b, '__radd__') : 0;
      if (radd !== 0) {
        const r = A.callUnbound(radd, b, [a]);
        if (r !== S.NotImplemented) return r;
        decref(r);
      }
      listExtend(a, b);
      I32[a >> 2]++;
      return a;
    }
    case opc.NB_MULTIPLY: {
      const seq = refl ? b : a, cnt = refl ? a : b;
      if (!isListObj(seq) || !isIndexable(cnt)) return 0;
      return listRepeat(seq, repeatCount(cnt));
    }
    case opc.NB_MULTIPLY + opc.NB_INPLACE:
      if (!isIndexable(b)) return 0;
      listInplaceRepeat(a, repeatCount(b));
      I32[a >> 2]++;
      return a;
  }
  return 0;
}

/** list.__new__: tp_alloc, not the free list (as CPython's list(), so gc.get_count() agrees). */
function listNew(t: TypeInfo): number {
  return newListSubtype(t);
}

function listInit(self: number, args: number[], kw: KwArgs | null): void {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, 'list() takes no keyword arguments');
  if (args.length > 1) throw raise(EXC.TypeError, `list expected at most 1 argument, got ${args.length}`);
  if (I32[(self >> 2) + LIST_ITEMS] !== 0) listClear(self);
  if (args.length === 1) listExtend(self, args[0]);
}

/** list(iterable): a new exact list. */
export function listFromIterable(it: number): number {
  const l = newList();
  try {
    listExtend(l, it);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

// ---- sorting ------------------------------------------------------------------------------------------

type Lt = (x: number, y: number) => boolean;

const ltNumber: Lt = (x, y) => F64[(x >> 3) + 1] < F64[(y >> 3) + 1];
const ltString: Lt = (x, y) => (STRS.items[I32[(x >> 2) + STR_SLOT]] as string) < (STRS.items[I32[(y >> 2) + STR_SLOT]] as string);
const ltGeneric: Lt = (x, y) => A.compareBool(x, y, opc.CMP_LT);

/** The pre-sort check of listsort: a specialised "<" when every key has the same simple type. */
function chooseLt(keys: number[]): Lt {
  let nums = true, strs = true;
  for (let i = 0; i < keys.length && (nums || strs); i++) {
    const w = keys[i] >> 2;
    const tid = I32[w + 1];
    if (!((tid === T_INT && I32[w + 4] === 0) || tid === T_FLOAT)) nums = false;
    if (!(tid === T_STR && (I32[w + STR_FLAGS] & STR_BMP) !== 0)) strs = false;
  }
  return nums ? ltNumber : strs ? ltString : ltGeneric;
}

/** Lists shorter than this are one run for timsort: count_run, then a binary insertion sort. */
const MIN_MERGE = 64;

/** Reverse items base[0..n) (and their keys, when sorting by key) in place. */
function reverseItems(base: number, keys: number[] | null, n: number): void {
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = I32[base + i];
    I32[base + i] = I32[base + j];
    I32[base + j] = t;
  }
  if (keys !== null) keys.reverse();
}

/**
 * timsort on fewer than MIN_MERGE items, in place (the items at I32[base...], sorted by `keys`
 * when given, which move with them): the leading run -- a strictly descending one is reversed --
 * then each further item binary-inserted into the sorted prefix. The same "<" calls in the same
 * order as CPython 3.11's count_run and binarysort, so a comparison that raises leaves the list
 * as CPython leaves it.
 */
function insertionSort(base: number, keys: number[] | null, n: number, lt: Lt): void {
  const key = keys === null ? (i: number) => I32[base + i] : (i: number) => keys[i];
  let run = 1;
  if (n > 1) {
    run = 2;
    if (lt(key(1), key(0))) {
      while (run < n && lt(key(run), key(run - 1))) run++;
      reverseItems(base, null, run);
      if (keys !== null) {
        for (let i = 0, j = run - 1; i < j; i++, j--) {
          const t = keys[i];
          keys[i] = keys[j];
          keys[j] = t;
        }
      }
    } else {
      while (run < n && !lt(key(run), key(run - 1))) run++;
    }
  }
  for (let start = run; start < n; start++) {
    const pivot = I32[base + start], pivotKey = key(start);
    let l = 0, r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivotKey, key(p))) r = p;
      else l = p + 1;
    } while (l < r);
    for (let j = start; j > l; j--) I32[base + j] = I32[base + j - 1];
    I32[base + l] = pivot;
    if (keys !== null) {
      for (let j = start; j > l; j--) keys[j] = keys[j - 1];
      keys[l] = pivotKey;
    }
  }
}

/**
 * list.sort(key=key, reverse=reverse): stable, only "<" is used (V8's Array.prototype.sort is a
 * port of CPython's timsort and calls the comparator only as "< 0"). The list looks empty while
 * keys are computed and compared; if it was modified meanwhile, ValueError.
 */
export function sortList(l: number, key: number, reverse: boolean): void {
  if (key === S.None) key = 0;
  const w = l >> 2;
  const n = I32[w + LIST_SIZE];
  const savedItems = I32[w + LIST_ITEMS], savedAlloc = I32[w + LIST_ALLOC];
  I32[w + LIST_SIZE] = 0;
  I32[w + LIST_ITEMS] = 0;
  I32[w + LIST_ALLOC] = -1;
  const base = savedItems >> 2;
  let keys: number[] | null = null;
  let err: unknown = null;
  try {
    const items = new Array<number>(n);
    for (let i = 0; i < n; i++) items[i] = I32[base + i];
    if (key !== 0) {
      keys = [];
      for (let i = 0; i < n; i++) keys.push(A.call(key, [items[i]]));
    }
    if (n > 1 && n < MIN_MERGE) {
      // in place, as CPython's listsort: an exception leaves the items as far as it got
      if (reverse) reverseItems(base, keys, n);
      try {
        insertionSort(base, keys, n, chooseLt(keys ?? items));
      } finally {
        if (reverse) reverseItems(base, keys, n);
      }
    } else if (n > 1) {
      if (reverse) {
        items.reverse();
        if (keys) keys.reverse();
      }
      let sorted: number[];
      if (keys === null) {
        const lt = chooseLt(items);
        sorted = items.slice().sort((x, y) => (lt(x, y) ? -1 : 0));
      } else {
        const ks = keys;
        const lt = chooseLt(ks);
        const order = new Array<number>(n);
        for (let i = 0; i < n; i++) order[i] = i;
        order.sort((x, y) => (lt(ks[x], ks[y]) ? -1 : 0));
        sorted = order.map((i) => items[i]);
      }
      if (reverse) sorted.reverse();
      for (let i = 0; i < n; i++) I32[base + i] = sorted[i];
    }
  } catch (e) {
    err = e;
  }
  if (keys !== null) for (const k of keys) decref(k);
  const modified = I32[w + LIST_ALLOC] !== -1;
  const finalItems = I32[w + LIST_ITEMS];
  let i = I32[w + LIST_SIZE];
  I32[w + LIST_SIZE] = n;
  I32[w + LIST_ITEMS] = savedItems;
  I32[w + LIST_ALLOC] = savedAlloc;
  if (finalItems !== 0) {
    while (--i >= 0) {
      const x = I32[(finalItems >> 2) + i];
      if (x !== 0) decref(x);
    }
    pyfree(finalItems);
  }
  if (err !== null) throw err;
  if (modified) throw raise(EXC.ValueError, 'list modified during sort');
}

// ---- methods --------------------------------------------------------------------------------------------

function listIndex(self: number, args: number[]): number {
  const n0 = listLen(self);
  let start = args.length > 1 ? sliceIndexNotNone(args[1]) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(args[2]) : Number.MAX_SAFE_INTEGER;
  if (start < 0) {
    start += n0;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n0;
    if (stop < 0) stop = 0;
  }
  const x = args[0];
  for (let i = start; i < stop && i < listLen(self); i++) {
    const v = listGet(self, i);
    if (v === x) return A.newInt(i);
    I32[v >> 2]++;
    let eq: boolean;
    try {
      eq = A.pyEqSlow(v, x);
    } finally {
      decref(v);
    }
    if (eq) return A.newInt(i);
  }
  throw raise(EXC.ValueError, `${A.reprJS(x)} is not in list`);
}

function listCount(self: number, x: number): number {
  let c = 0;
  for (let i = 0; i < listLen(self); i++) {
    const v = listGet(self, i);
    if (v === x) {
      c++;
      continue;
    }
    I32[v >> 2]++;
    try {
      if (A.pyEqSlow(v, x)) c++;
    } finally {
      decref(v);
    }
  }
  return A.newInt(c);
}

function listRemove(self: number, x: number): number {
  for (let i = 0; i < listLen(self); i++) {
    const v = listGet(self, i);
    let eq = v === x;
    if (!eq) {
      I32[v >> 2]++;
      try {
        eq = A.pyEqSlow(v, x);
      } finally {
        decref(v);
      }
    }
    if (eq) {
      listAssSlice(self, i, i + 1, 0);
      return A.retNone();
    }
  }
  throw raise(EXC.ValueError, 'list.remove(x): x not in list');
}

function listPopMethod(self: number, args: number[]): number {
  let i = args.length ? ssizeArg(args[0]) : -1;
  const n = listLen(self);
  if (n === 0) throw raise(EXC.IndexError, 'pop from empty list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(EXC.IndexError, 'pop index out of range');
  const v = listGet(self, i);
  if (i === n - 1) {
    listResize(self, n - 1);
    return v;
  }
  I32[v >> 2]++;
  listAssSlice(self, i, i + 1, 0);
  return v;
}

function listInsertMethod(self: number, args: number[]): number {
  const n = listLen(self);
  let i = ssizeArg(args[0]);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  listInsert(self, i, args[1]);
  return A.retNone();
}

function listReverse(self: number): number {
  const n = listLen(self);
  if (n > 1) {
    const base = I32[(self >> 2) + LIST_ITEMS] >> 2;
    I32.subarray(base, base + n).reverse();
  }
  return A.retNone();
}

function listSortMethod(self: number, args: number[], kw: KwArgs | null): number {
  const [keyO, revO] = parseArgs('sort', args, kw, ['key', 'reverse'], 0, 0, 0);
  const key = keyO, reverse = revO !== 0 && cIntArg(revO) !== 0;
  sortList(self, key, reverse);
  return A.retNone();
}

export function initListType(): void {
  const t = TYPES[T_LIST];
  t.basicsize = LIST_OBJ_SIZE;
  t.isGC = true;
  t.baseType = true;
  t.dealloc = listDealloc;
  t.traverse = listTraverse;
  t.clear = listClearSlot;
  const s = t.slots;
  s.repr = listRepr;
  s.richcompare = listRichCompare;
  s.len = listLen;
  s.getitem = listSubscript;
  s.setitem = (l, k, v) => listAssSubscript(l, k, v);
  s.delitem = (l, k) => listAssSubscript(l, k, 0);
  s.contains = listContains;
  s.iter = newListIter;
  s.number = listNumber;
  s.numberOps = ['add', 'mul', 'rmul'];
  s.new = listNew;
  s.init = listInit;
  I32[S.None >> 2]++;
  defAttr(T_LIST, '__hash__', S.None);
  defMethodO(T_LIST, 'append', (self, x) => (listAppend(self, x), A.retNone()));
  defMethodO(T_LIST, 'extend', (self, x) => (listExtend(self, x), A.retNone()));
  defMethodVar(T_LIST, 'insert', 2, 2, listInsertMethod);
  defMethodVar(T_LIST, 'pop', 0, 1, listPopMethod);
  defMethodO(T_LIST, 'remove', listRemove);
  defMethodVar(T_LIST, 'index', 1, 3, listIndex);
  defMethodO(T_LIST, 'count', listCount);
  defMethod(T_LIST, 'sort', listSortMethod, { kw: true });
  defMethodNoArgs(T_LIST, 'reverse', listReverse);
  defMethodNoArgs(T_LIST, 'copy', (self) => listSlice(self, 0, listLen(self)));
  defMethodNoArgs(T_LIST, 'clear', (self) => (listClear(self), A.retNone()));
  defMethodNoArgs(T_LIST, '__reversed__', newListRevIter);
  defMethodO(T_LIST, '__iadd__', (self, x) => listNumber(self, x, opc.NB_ADD + opc.NB_INPLACE));
  defMethodO(T_LIST, '__imul__', (self, x) => {
    const r = listNumber(self, x, opc.NB_MULTIPLY + opc.NB_INPLACE);
    // sq_inplace_repeat's wrapper: the count must be an index
    if (r === 0) throw raise(EXC.TypeError, `'${A.typeName(x)}' object cannot be interpreted as an integer`);
    return r;
  });
}
