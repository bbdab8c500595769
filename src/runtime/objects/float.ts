// float: an IEEE-754 double, with CPython's free list of 100 dead floats.
//
//   offset | field  | type | note
//   -------+--------+------+------------------------------------------
//    0     | refcnt | i32  |
//    4     | type   | i32  | T_FLOAT
//    8     | value  | f64  | F64[(a >> 3) + 1]
//   size 16 bytes -> 16-byte block
//
// The free list keeps up to FLOAT_MAXFREELIST dead floats for reuse without going back to
// obmalloc (PyFloat_MAXFREELIST in 3.11); `gc.collect()` of the oldest generation empties it.

import { I32, F64, T_FLOAT, allocObject, freeObject } from '../object.js';

export const FLOAT_SIZE = 16;
export const FLOAT_MAXFREELIST = 100;
const freelist: number[] = [];

export function newFloat(v: number): number {
  const a = freelist.pop();
  if (a !== undefined) {
    I32[a >> 2] = 1;
    F64[(a >> 3) + 1] = v;
    return a;
  }
  const b = allocObject(T_FLOAT, FLOAT_SIZE);
  F64[(b >> 3) + 1] = v;
  return b;
}

export function floatValue(a: number): number {
  return F64[(a >> 3) + 1];
}

export function floatDealloc(a: number): void {
  if (I32[(a >> 2) + 1] === T_FLOAT && freelist.length < FLOAT_MAXFREELIST) freelist.push(a);
  else freeObject(a);
}

export function clearFloatFreeList(): void {
  while (freelist.length) freeObject(freelist.pop()!);
}

export function floatFreeListSize(): number {
  return freelist.length;
}
