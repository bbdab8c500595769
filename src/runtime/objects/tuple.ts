// tuple: a fixed-size array of references, stored inline. GC-tracked (except the empty tuple).
//
//   offset | field  | type  | note
//   -------+--------+-------+------------------------------------------------
//   -16    | gc head|       | (object.ts)
//    0     | refcnt | i32   |
//    4     | type   | i32   | T_TUPLE
//    8     | size   | i32   | number of items
//   12     | hash   | i32   | unused (tuples hash on demand)
//   16+4i  | item i | i32   | owned references
//
// Free lists per size 1..20 (PyTuple_MAXSAVESIZE) of up to 2000 each; `()` is a singleton.

import { I32, T_TUPLE, allocGCObject, freeGCObject, decref, type Visit } from '../object.js';
import { IMMORTAL_REFCNT } from './int.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';

export const TUPLE_SIZE = 2, TUPLE_ITEMS = 4;
export const TUPLE_MAXSAVESIZE = 20, TUPLE_MAXFREELIST = 2000;
const freelists: number[][] = [];
for (let i = 0; i <= TUPLE_MAXSAVESIZE; i++) freelists.push([]);

export let EMPTY_TUPLE = 0;

export function initTuples(): void {
  EMPTY_TUPLE = allocGCObject(T_TUPLE, 16);
  I32[(EMPTY_TUPLE >> 2) + TUPLE_SIZE] = 0;
  I32[EMPTY_TUPLE >> 2] = IMMORTAL_REFCNT;
}

/** New tuple of n items, all 0 (the caller fills them with owned references), GC-tracked. */
export function newTuple(n: number): number {
  if (n === 0) {
    I32[EMPTY_TUPLE >> 2]++;
    return EMPTY_TUPLE;
  }
  let a: number;
  const fl = n <= TUPLE_MAXSAVESIZE ? freelists[n].pop() : undefined;
  if (fl !== undefined) {
    a = fl;
    I32[a >> 2] = 1;
  } else {
    a = allocGCObject(T_TUPLE, 16 + 4 * n);
    I32[(a >> 2) + TUPLE_SIZE] = n;
  }
  I32.fill(0, (a >> 2) + TUPLE_ITEMS, (a >> 2) + TUPLE_ITEMS + n);
  gcTrack(a);
  return a;
}

/** New tuple from owned references (steals them). */
export function tupleFromSteal(items: ArrayLike<number>): number {
  const t = newTuple(items.length);
  const w = (t >> 2) + TUPLE_ITEMS;
  for (let i = 0; i < items.length; i++) I32[w + i] = items[i];
  return t;
}

/** New tuple from borrowed references (increfs them). */
export function tupleFrom(items: ArrayLike<number>): number {
  const t = newTuple(items.length);
  const w = (t >> 2) + TUPLE_ITEMS;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    I32[x >> 2]++;
    I32[w + i] = x;
  }
  return t;
}

export function tupleSize(t: number): number {
  return I32[(t >> 2) + TUPLE_SIZE];
}

/** Borrowed reference to item i. */
export function tupleItem(t: number, i: number): number {
  return I32[(t >> 2) + TUPLE_ITEMS + i];
}

export function tupleItems(t: number): number[] {
  const n = I32[(t >> 2) + TUPLE_SIZE];
  const w = (t >> 2) + TUPLE_ITEMS;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = I32[w + i];
  return out;
}

export function tupleDealloc(t: number): void {
  const w = t >> 2;
  const n = I32[w + TUPLE_SIZE];
  if (I32[w + GC_NEXT_W] !== 0) gcUntrack(t);
  for (let i = 0; i < n; i++) {
    const x = I32[w + TUPLE_ITEMS + i];
    if (x !== 0) decref(x);
  }
  if (t === EMPTY_TUPLE) return;
  if (n <= TUPLE_MAXSAVESIZE && n > 0 && freelists[n].length < TUPLE_MAXFREELIST) {
    freelists[n].push(t);
    return;
  }
  freeGCObject(t);
}
const GC_NEXT_W = -4;

export function tupleTraverse(t: number, visit: Visit): void {
  const w = t >> 2;
  const n = I32[w + TUPLE_SIZE];
  for (let i = 0; i < n; i++) {
    const x = I32[w + TUPLE_ITEMS + i];
    if (x !== 0) visit(x);
  }
}

export function clearTupleFreeLists(): void {
  for (let n = 1; n <= TUPLE_MAXSAVESIZE; n++) {
    const fl = freelists[n];
    while (fl.length) freeGCObject(fl.pop()!);
  }
}

export function tupleFreeListSizes(): number[] {
  return freelists.map((f) => f.length);
}
