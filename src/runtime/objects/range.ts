// range: an immutable arithmetic sequence. Its fields are int objects, so any size works (bigint
// arithmetic when a value leaves the safe-integer range); iteration, indexing and `in` take a
// double-precision fast path when every field is a small int.
//
//   offset | field  | type | note
//   -------+--------+------+---------------------------------------------------------
//    0     | refcnt | i32  |
//    4     | type   | i32  | T_RANGE (not GC, not subclassable: as CPython)
//    8     | start  | i32  | int (owned)
//   12     | stop   | i32  | int (owned)
//   16     | step   | i32  | int (owned), never 0
//   20     | length | i32  | int (owned): len(), computed once
//   size 24 bytes -> 32-byte block

import { I32, F64, TYPES, type TypeInfo, type KwArgs, T_RANGE, T_INT, T_BOOL, T_SLICE, T_TUPLE, allocObject, freeObject,
  decref } from '../object.js';
import { newInt, newIntBig, intBig } from './int.js';
import { newStr } from './str.js';
import { tupleFrom } from './tuple.js';
import { raise, EXC } from './exception.js';
import { indexObject, isIndexable, sliceIndicesBig, defMethodO, defMethodNoArgs } from './slice.js';
import { newRangeIter, newRangeIterBig } from './iterators.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import * as opc from '../../compiler/opcodes.js';

export const R_START = 2, R_STOP = 3, R_STEP = 4, R_LEN = 5;
export const RANGE_OBJ_SIZE = 24;
const SSIZE_MAX = 2n ** 63n - 1n;

function field(r: number, off: number): number {
  return I32[(r >> 2) + off];
}

function big(r: number, off: number): bigint {
  return intBig(I32[(r >> 2) + off]);
}

/** All four fields are ints stored as doubles (no bigint slot). */
function isSmall(r: number): boolean {
  const w = r >> 2;
  return I32[(I32[w + R_START] >> 2) + 4] === 0 && I32[(I32[w + R_STOP] >> 2) + 4] === 0 &&
    I32[(I32[w + R_STEP] >> 2) + 4] === 0 && I32[(I32[w + R_LEN] >> 2) + 4] === 0;
}

function num(r: number, off: number): number {
  return F64[(I32[(r >> 2) + off] >> 3) + 1];
}

/** compute_range_length. */
export function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  let lo: bigint, hi: bigint;
  if (step > 0n) {
    lo = start;
    hi = stop;
  } else {
    lo = stop;
    hi = start;
    step = -step;
  }
  if (lo >= hi) return 0n;
  return (hi - lo - 1n) / step + 1n;
}

/** New range object from bigint bounds (step != 0). */
export function newRange(start: bigint, stop: bigint, step: bigint): number {
  const r = allocObject(T_RANGE, RANGE_OBJ_SIZE);
  const w = r >> 2;
  I32[w + R_START] = newIntBig(start);
  I32[w + R_STOP] = newIntBig(stop);
  I32[w + R_STEP] = newIntBig(step);
  I32[w + R_LEN] = newIntBig(rangeLength(start, stop, step));
  return r;
}

function rangeDealloc(r: number): void {
  const w = r >> 2;
  for (let off = R_START; off <= R_LEN; off++) {
    const x = I32[w + off];
    I32[w + off] = 0;
    decref(x);
  }
  freeObject(r);
}

function rangeNew(_t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, 'range() takes no keyword arguments');
  const n = args.length;
  if (n === 0) throw raise(EXC.TypeError, 'range expected at least 1 argument, got 0');
  if (n > 3) throw raise(EXC.TypeError, `range expected at most 3 arguments, got ${n}`);
  const vals: number[] = [];
  try {
    for (const a of args) vals.push(indexObject(a));
    if (n === 1) return makeRange(0, vals[0], 0);
    return makeRange(vals[0], vals[1], n === 3 ? vals[2] : 0);
  } finally {
    for (const v of vals) decref(v);
  }
}

/** Range from int objects (borrowed; 0 start means 0, 0 step means 1). */
function makeRange(start: number, stop: number, step: number): number {
  if (step !== 0 && I32[(step >> 2) + 4] === 0 && F64[(step >> 3) + 1] === 0) {
    throw raise(EXC.ValueError, 'range() arg 3 must not be zero');
  }
  A.recursion.enter(' in comparison').depth--; // CPython's compute_range_length compares step with 0
  const small = (o: number) => o === 0 || I32[(o >> 2) + 4] === 0;
  if (small(start) && small(stop) && small(step)) {
    const a = start === 0 ? 0 : F64[(start >> 3) + 1];
    const b = F64[(stop >> 3) + 1];
    const c = step === 0 ? 1 : F64[(step >> 3) + 1];
    let len = 0;
    if (c > 0 ? a < b : b < a) len = Math.floor((c > 0 ? b - a - 1 : a - b - 1) / Math.abs(c)) + 1;
    const r = allocObject(T_RANGE, RANGE_OBJ_SIZE);
    const w = r >> 2;
    I32[w + R_START] = newInt(a);
    I32[w + R_STOP] = newInt(b);
    I32[w + R_STEP] = newInt(c);
    I32[w + R_LEN] = newInt(len);
    return r;
  }
  return newRange(start === 0 ? 0n : intBig(start), intBig(stop), step === 0 ? 1n : intBig(step));
}

function rangeRepr(r: number): number {
  const s = big(r, R_START), e = big(r, R_STOP), st = big(r, R_STEP);
  return newStr(st === 1n ? `range(${s}, ${e})` : `range(${s}, ${e}, ${st})`);
}

function rangeLen(r: number): number {
  const n = big(r, R_LEN);
  if (n > SSIZE_MAX) throw raise(EXC.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(n);
}

/** r[i] for a bigint index (IndexError when out of range). */
function rangeItemBig(r: number, i: bigint): number {
  const len = big(r, R_LEN);
  if (i < 0n) i += len;
  if (i < 0n || i >= len) throw raise(EXC.IndexError, 'range object index out of range');
  return newIntBig(big(r, R_START) + i * big(r, R_STEP));
}

function rangeSubscript(r: number, k: number): number {
  const tk = I32[(k >> 2) + 1];
  if ((tk === T_INT || tk === T_BOOL) && I32[(k >> 2) + 4] === 0 && isSmall(r)) {
    let i = F64[(k >> 3) + 1];
    const len = num(r, R_LEN);
    if (i < 0) i += len;
    if (i < 0 || i >= len) throw raise(EXC.IndexError, 'range object index out of range');
    return newInt(num(r, R_START) + i * num(r, R_STEP));
  }
  if (tk === T_SLICE) {
    const [s, e, st] = sliceIndicesBig(k, big(r, R_LEN));
    const start = big(r, R_START), step = big(r, R_STEP);
    return newRange(start + s * step, start + e * step, st * step);
  }
  if (isIndexable(k)) {
    const i = indexObject(k);
    try {
      return rangeItemBig(r, intBig(i));
    } finally {
      decref(i);
    }
  }
  throw raise(EXC.TypeError, `range indices must be integers or slices, not ${A.typeName(k)}`);
}

/** range_contains_long: `ob` (an exact int or bool) is one of the values. */
function containsInt(r: number, ob: number): boolean {
  if (isSmall(r) && I32[(ob >> 2) + 4] === 0) {
    const x = F64[(ob >> 3) + 1], start = num(r, R_START), stop = num(r, R_STOP), step = num(r, R_STEP);
    if (step > 0 ? !(start <= x && x < stop) : !(stop < x && x <= start)) return false;
    return (x - start) % step === 0;
  }
  const x = intBig(ob), start = big(r, R_START), stop = big(r, R_STOP), step = big(r, R_STEP);
  if (step > 0n ? !(start <= x && x < stop) : !(stop < x && x <= start)) return false;
  return (x - start) % step === 0n;
}

function isExactInt(o: number): boolean {
  const t = I32[(o >> 2) + 1];
  return t === T_INT || t === T_BOOL;
}

/** _PySequence_IterSearch over the range: count matches, or the first index (-1). */
function iterSearch(r: number, ob: number, wantIndex: boolean): number {
  const it = rangeIter(r);
  let n = 0, i = 0;
  try {
    for (;; i++) {
      const v = A.iterNext(it);
      if (v === 0) break;
      let eq: boolean;
      try {
        eq = A.pyEq(v, ob);
      } finally {
        decref(v);
      }
      if (eq) {
        if (wantIndex) return i;
        n++;
      }
    }
  } finally {
    decref(it);
  }
  return wantIndex ? -1 : n;
}

function rangeContains(r: number, ob: number): boolean {
  if (isExactInt(ob)) return containsInt(r, ob);
  return iterSearch(r, ob, true) >= 0;
}

function rangeIter(r: number): number {
  if (isSmall(r)) return newRangeIter(num(r, R_START), num(r, R_STEP), num(r, R_LEN));
  return newRangeIterBig(big(r, R_START), big(r, R_STEP), big(r, R_LEN));
}

function rangeReversed(r: number): number {
  if (isSmall(r)) {
    const len = num(r, R_LEN), step = num(r, R_STEP);
    return newRangeIter(num(r, R_START) + (len - 1) * step, -step, len);
  }
  const len = big(r, R_LEN), step = big(r, R_STEP);
  return newRangeIterBig(big(r, R_START) + (len - 1n) * step, -step, len);
}

function rangeEquals(a: number, b: number): boolean {
  if (a === b) return true;
  const la = big(a, R_LEN);
  if (la !== big(b, R_LEN)) return false;
  if (la === 0n) return true;
  if (big(a, R_START) !== big(b, R_START)) return false;
  if (la === 1n) return true;
  return big(a, R_STEP) === big(b, R_STEP);
}

function rangeRichCompare(a: number, b: number, op: number): number {
  if (I32[(b >> 2) + 1] !== T_RANGE || (op !== opc.CMP_EQ && op !== opc.CMP_NE)) {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  const eq = rangeEquals(a, b);
  return A.newBool(op === opc.CMP_EQ ? eq : !eq);
}

/** range_hash: hash((len, start, step)) with None for the parts that do not matter. */
function rangeHash(r: number): number {
  const len = big(r, R_LEN);
  const t = tupleFrom([field(r, R_LEN), len === 0n ? S.None : field(r, R_START), len <= 1n ? S.None : field(r, R_STEP)]);
  try {
    return TYPES[T_TUPLE].slots.hash!(t);
  } finally {
    decref(t);
  }
}

function rangeGetAttr(r: number, name: number): number {
  const s = A.strJS(name);
  const off = s === 'start' ? R_START : s === 'stop' ? R_STOP : s === 'step' ? R_STEP : 0;
  if (off !== 0) {
    const v = field(r, off);
    I32[v >> 2]++;
    return v;
  }
  return A.genericGetAttr(r, name, TYPES[T_RANGE]);
}

function rangeIndex(r: number, ob: number): number {
  if (!isExactInt(ob)) {
    const i = iterSearch(r, ob, true);
    if (i < 0) throw raise(EXC.ValueError, 'sequence.index(x): x not in sequence');
    return newInt(i);
  }
  if (!containsInt(r, ob)) throw raise(EXC.ValueError, `${A.reprJS(ob)} is not in range`);
  return newIntBig((intBig(ob) - big(r, R_START)) / big(r, R_STEP));
}

function rangeCount(r: number, ob: number): number {
  if (isExactInt(ob)) return newInt(containsInt(r, ob) ? 1 : 0);
  return newInt(iterSearch(r, ob, false));
}

export function initRangeType(): void {
  const t = TYPES[T_RANGE];
  t.basicsize = RANGE_OBJ_SIZE;
  t.isGC = false;
  t.baseType = false;
  t.dealloc = rangeDealloc;
  t.traverse = null;
  t.clear = null;
  const s = t.slots;
  s.new = rangeNew;
  s.repr = rangeRepr;
  s.len = rangeLen;
  s.bool = (r) => big(r, R_LEN) !== 0n;
  s.getitem = rangeSubscript;
  s.contains = rangeContains;
  s.iter = rangeIter;
  s.richcompare = rangeRichCompare;
  s.hash = rangeHash;
  s.getattr = rangeGetAttr;
  defMethodNoArgs(T_RANGE, '__reversed__', rangeReversed);
  defMethodO(T_RANGE, 'index', rangeIndex);
  defMethodO(T_RANGE, 'count', rangeCount);
}
