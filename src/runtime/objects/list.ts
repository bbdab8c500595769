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
  decref, type Visit, HeapExhausted } from '../object.js';
import { pymalloc, pyfree } from '../mem/obmalloc.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { newStr, STRS, STR_SLOT, STR_FLAGS, STR_BMP } from './str.js';
import { raise, EXC, isSubtype } from './exception.js';
import { tupleItemsWord, seqRichCompare } from './tuple.js';
import { defMethodVar, defMethodO, defMethodNoArgs, seqIndex, sliceUnpack, sliceAdjust, sliceCompute, SLI, ssizeArg,
  sliceIndexNotNone, isIndexable } from './slice.js';
import { newListIter, newListRevIter } from './iterators.js';
import { defMethod, parseArgs } from '../builtins/define.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { REFLECTED } from '../number.js';
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
  for (let i = 0; i < n; i++) {
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
