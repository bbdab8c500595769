// slice: the object `a[i:j:k]` builds (BUILD_SLICE), plus the index arithmetic every sequence
// shares: CPython's PySlice_Unpack / PySlice_AdjustIndices (sliceIndices), the bigint variant
// _PySlice_GetLongIndices (slice.indices(), range slicing), and index conversion for `seq[i]`.
//
//   offset | field   | type | note
//   -------+---------+------+-----------------------------------------------------------
//   -16    | gc head |      | slices are GC objects in 3.11
//    0     | refcnt  | i32  |
//    4     | type    | i32  | T_SLICE
//    8     | start   | i32  | owned reference (None when omitted)
//   12     | stop    | i32  | owned reference
//   16     | step    | i32  | owned reference (None when omitted)
//   size 20 bytes (+16 GC head) -> 48-byte block
//
// As CPython 3.11, one dead slice is kept for reuse (interp->slice_cache), so `a[1:2]` in a loop
// allocates (and counts in gc.get_count()) only once. slice is unhashable in 3.11.

import { I32, F64, TYPES, T_SLICE, T_INT, T_BOOL, type KwArgs, allocGCObject, freeGCObject, decref, type Visit } from '../object.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { intBig, newIntBig, BIGS, warnIntSubclassResult } from './int.js';
import { newStr } from './str.js';
import { tupleFrom, tupleFromSteal } from './tuple.js';
import { raise, EXC, isSubtype } from './exception.js';
import { defAttr, defMethod } from '../builtins/define.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { rt } from '../../vm/runtime-hooks.js';

export const SL_START = 2, SL_STOP = 3, SL_STEP = 4;
export const SLICE_OBJ_SIZE = 20;

/** PY_SSIZE_T_MAX as a double (indices are clamped to it, as CPython clamps to Py_ssize_t). */
export const SSIZE_MAX = 9223372036854775807;

let sliceCache = 0;

/** New slice from borrowed references (increfed). */
/** CPython's one-slot slice cache is already filled by start-up code when a program begins. */
export function primeSliceCache(none: number): void {
  if (sliceCache === 0) decref(newSlice(none, none, none));
}

export function newSlice(start: number, stop: number, step: number): number {
  let s = sliceCache;
  if (s !== 0) {
    sliceCache = 0;
    I32[s >> 2] = 1;
  } else s = allocGCObject(T_SLICE, SLICE_OBJ_SIZE);
  const w = s >> 2;
  I32[start >> 2]++;
  I32[stop >> 2]++;
  I32[step >> 2]++;
  I32[w + SL_START] = start;
  I32[w + SL_STOP] = stop;
  I32[w + SL_STEP] = step;
  gcTrack(s);
  return s;
}

function sliceDealloc(s: number): void {
  const w = s >> 2;
  gcUntrack(s);
  const a = I32[w + SL_STEP], b = I32[w + SL_START], c = I32[w + SL_STOP];
  I32[w + SL_STEP] = I32[w + SL_START] = I32[w + SL_STOP] = 0;
  decref(a);
  decref(b);
  decref(c);
  if (sliceCache === 0) {
    sliceCache = s;
    return;
  }
  freeGCObject(s);
}

function sliceTraverse(s: number, visit: Visit): void {
  const w = s >> 2;
  for (let i = SL_START; i <= SL_STEP; i++) if (I32[w + i] !== 0) visit(I32[w + i]);
}

export function isSlice(o: number): boolean {
  return I32[(o >> 2) + 1] === T_SLICE;
}

// ---- index conversion ----------------------------------------------------------------------------

const TWO63 = 2n ** 63n;

/** Has an __index__ (int, bool, int subclasses, classes defining __index__). */
export function isIndexable(o: number): boolean {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_INT || tid === T_BOOL) return true;
  if (tid === T_SLICE) return false;
  const t = TYPES[tid];
  return isSubtype(t, TYPES[T_INT]) || A.lookupSpecial(o, '__index__') !== 0;
}

/** The value of an int object as a JS number, exact for safe ints (bigger values are approximate). */
function intObjValue(o: number): number {
  const s = I32[(o >> 2) + 4];
  return s === 0 ? F64[(o >> 3) + 1] : Number(BIGS.get(s));
}

/**
 * Index for `seq[k]` (PyNumber_AsSsize_t(k, IndexError)): NaN when `k` has no __index__. An int
 * that does not fit Py_ssize_t raises IndexError "cannot fit 'int' into an index-sized integer".
 */
export function seqIndex(k: number): number {
  const tid = I32[(k >> 2) + 1];
  if (tid === T_INT || tid === T_BOOL) {
    const s = I32[(k >> 2) + 4];
    if (s === 0) return F64[(k >> 3) + 1];
    return fitIndex(BIGS.get(s), EXC.IndexError);
  }
  if (tid === T_SLICE) return NaN;
  if (isSubtype(TYPES[tid], TYPES[T_INT])) return fitIndex(intBig(k), EXC.IndexError, TYPES[tid].name);
  if (A.lookupSpecial(k, '__index__') === 0) return NaN;
  const r = indexObject(k);
  try {
    return fitIndex(intBig(r), EXC.IndexError, TYPES[tid].name);
  } finally {
    decref(r);
  }
}

/** A Py_ssize_t argument as Argument Clinic converts it (__index__, then PyLong_AsSsize_t). */
export function ssizeArg(o: number): number {
  return boundedIndex(o, TWO63, 'ssize_t');
}

/** An argument Argument Clinic converts to a C int (tabsize, keepends, reverse, bytes_per_sep). */
export function cIntArg(o: number): number {
  return boundedIndex(o, 2n ** 31n, 'int');
}

/** The count of a sequence repeat (PyNumber_AsSsize_t with OverflowError): `[1] * n`. */
export function repeatCount(o: number): number {
  const tid = I32[(o >> 2) + 1];
  if ((tid === T_INT || tid === T_BOOL) && I32[(o >> 2) + 4] === 0) return F64[(o >> 3) + 1];
  const r = indexObject(o);
  try {
    return fitIndex(intBig(r), EXC.OverflowError, A.typeName(o));
  } finally {
    decref(r);
  }
}

/** __index__ of `o`, which must lie in [-limit, limit): PyLong_AsSsize_t / _PyLong_AsInt. */
function boundedIndex(o: number, limit: bigint, cName: string): number {
  const tid = I32[(o >> 2) + 1];
  let b: bigint;
  if ((tid === T_INT || tid === T_BOOL) && I32[(o >> 2) + 4] === 0) {
    const v = F64[(o >> 3) + 1];
    if (limit === TWO63) return v;
    b = BigInt(v);
  } else {
    const r = indexObject(o);
    try {
      b = intBig(r);
    } finally {
      decref(r);
    }
  }
  if (b >= limit || b < -limit) throw raise(EXC.OverflowError, `Python int too large to convert to C ${cName}`);
  return Number(b);
}

/** PyNumber_AsSsize_t: `name` is the type of the object the index came from. */
function fitIndex(b: bigint, exc: typeof EXC.IndexError, name = 'int'): number {
  if (b >= TWO63 || b < -TWO63) throw raise(exc, `cannot fit '${name}' into an index-sized integer`);
  return Number(b);
}

/** PyNumber_Index: a new reference to an exact-or-subclass int; TypeError otherwise. */
export function indexObject(o: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_INT || tid === T_BOOL || isSubtype(TYPES[tid], TYPES[T_INT])) {
    I32[o >> 2]++;
    return o;
  }
  const m = A.lookupSpecial(o, '__index__');
  if (m === 0) throw raise(EXC.TypeError, `'${A.typeName(o)}' object cannot be interpreted as an integer`);
  const r = A.callUnbound(m, o, []);
  const rt2 = I32[(r >> 2) + 1];
  if (rt2 !== T_INT && rt2 !== T_BOOL && !isSubtype(TYPES[rt2], TYPES[T_INT])) {
    const n = A.typeName(r);
    decref(r);
    throw raise(EXC.TypeError, `__index__ returned non-int (type ${n})`);
  }
  try {
    warnIntSubclassResult('__index__', r);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

/** Index argument of list.index / tuple.index (_PyEval_SliceIndexNotNone). */
export function sliceIndexNotNone(o: number): number {
  if (!isIndexable(o)) throw raise(EXC.TypeError, 'slice indices must be integers or have an __index__ method');
  return clampSsize(o);
}

function clampSsize(o: number): number {
  const tid = I32[(o >> 2) + 1];
  if ((tid === T_INT || tid === T_BOOL) && I32[(o >> 2) + 4] === 0) return F64[(o >> 3) + 1];
  const r = indexObject(o);
  const v = intObjValue(r);
  decref(r);
  return v > SSIZE_MAX ? SSIZE_MAX : v < -SSIZE_MAX ? -SSIZE_MAX - 1 : v;
}

/** _PyEval_SliceIndex for one slice field: `dflt` for None. */
function sliceField(v: number, dflt: number): number {
  if (v === S.None) return dflt;
  if (!isIndexable(v)) throw raise(EXC.TypeError, 'slice indices must be integers or None or have an __index__ method');
  return clampSsize(v);
}

// ---- PySlice_Unpack + PySlice_AdjustIndices -----------------------------------------------------

/** Result of sliceCompute: filled in place, so slicing allocates no JS objects. */
export const SLI = { start: 0, stop: 0, step: 0, len: 0 };

/** PySlice_Unpack: SLI.start/stop/step before clamping to a length. */
export function sliceUnpack(s: number): void {
  const w = s >> 2;
  let step = 1;
  const st = I32[w + SL_STEP];
  if (st !== S.None) {
    step = sliceField(st, 1);
    if (step === 0) throw raise(EXC.ValueError, 'slice step cannot be zero');
    if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  }
  SLI.step = step;
  SLI.start = sliceField(I32[w + SL_START], step < 0 ? SSIZE_MAX : 0);
  SLI.stop = sliceField(I32[w + SL_STOP], step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX);
}

/** PySlice_AdjustIndices on SLI for a sequence of `length`; sets and returns SLI.len. */
export function sliceAdjust(length: number): number {
  const step = SLI.step;
  let start = SLI.start, stop = SLI.stop;
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  SLI.start = start;
  SLI.stop = stop;
  SLI.len = n;
  return n;
}

/** Unpack and adjust in one go (fills SLI). */
export function sliceCompute(s: number, length: number): number {
  sliceUnpack(s);
  return sliceAdjust(length);
}

/** PySlice_GetIndicesEx: [start, stop, step, slicelength]. */
export function sliceIndices(slice: number, length: number): [number, number, number, number] {
  sliceCompute(slice, length);
  return [SLI.start, SLI.stop, SLI.step, SLI.len];
}

// ---- _PySlice_GetLongIndices (bigint) --------------------------------------------------------------

function bigField(v: number): bigint {
  if (!isIndexable(v)) throw raise(EXC.TypeError, 'slice indices must be integers or None or have an __index__ method');
  const r = indexObject(v);
  const b = intBig(r);
  decref(r);
  return b;
}

/** start, stop, step of slice `s` for a sequence of `length` (exact, no clamping to ssize). */
export function sliceIndicesBig(s: number, length: bigint): [bigint, bigint, bigint] {
  const w = s >> 2;
  let step = 1n;
  const st = I32[w + SL_STEP];
  if (st !== S.None) {
    step = bigField(st);
    if (step === 0n) throw raise(EXC.ValueError, 'slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const bound = (v: number, dflt: bigint): bigint => {
    if (v === S.None) return dflt;
    let x = bigField(v);
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = bound(I32[w + SL_START], neg ? upper : lower);
  const stop = bound(I32[w + SL_STOP], neg ? lower : upper);
  return [start, stop, step];
}

// ---- method definition with CPython's argument-count messages ------------------------------------

type Impl = (self: number, args: number[], kw: KwArgs | null) => number;

function noKw(q: string, kw: KwArgs | null): void {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${q}() takes no keyword arguments`);
}

/** METH_O: exactly one positional argument ("list.append() takes exactly one argument (0 given)"). */
export function defMethodO(tid: number, name: string, fn: (self: number, arg: number) => number): void {
  const q = `${TYPES[tid].name}.${name}`;
  defMethod(tid, name, (self, args, kw) => {
    noKw(q, kw);
    if (args.length !== 1) throw raise(EXC.TypeError, `${q}() takes exactly one argument (${args.length} given)`);
    return fn(self, args[0]);
  }, { kw: true });
}

/** METH_NOARGS ("list.copy() takes no arguments (1 given)"). */
export function defMethodNoArgs(tid: number, name: string, fn: (self: number) => number): void {
  const q = `${TYPES[tid].name}.${name}`;
  defMethod(tid, name, (self, args, kw) => {
    noKw(q, kw);
    if (args.length !== 0) throw raise(EXC.TypeError, `${q}() takes no arguments (${args.length} given)`);
    return fn(self);
  }, { kw: true });
}

/** METH_VARARGS with lo..hi positional arguments ("pop expected at most 1 argument, got 2"). */
export function defMethodVar(tid: number, name: string, lo: number, hi: number, fn: Impl): void {
  const q = `${TYPES[tid].name}.${name}`;
  defMethod(tid, name, (self, args, kw) => {
    noKw(q, kw);
    const n = args.length;
    if (lo === hi && n !== lo) throw raise(EXC.TypeError, `${name} expected ${lo} argument${lo === 1 ? '' : 's'}, got ${n}`);
    if (n < lo) throw raise(EXC.TypeError, `${name} expected at least ${lo} argument${lo === 1 ? '' : 's'}, got ${n}`);
    if (n > hi) throw raise(EXC.TypeError, `${name} expected at most ${hi} argument${hi === 1 ? '' : 's'}, got ${n}`);
    return fn(self, args, kw);
  }, { kw: true });
}

// ---- type slots ------------------------------------------------------------------------------------

function sliceNew(_t: unknown, args: number[], kw: KwArgs | null): number {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, 'slice() takes no keyword arguments');
  const n = args.length;
  if (n === 0) throw raise(EXC.TypeError, 'slice expected at least 1 argument, got 0');
  if (n > 3) throw raise(EXC.TypeError, `slice expected at most 3 arguments, got ${n}`);
  if (n === 1) return newSlice(S.None, args[0], S.None);
  return newSlice(args[0], args[1], n === 3 ? args[2] : S.None);
}

function sliceRepr(s: number): number {
  const w = s >> 2;
  return newStr(`slice(${A.reprJS(I32[w + SL_START])}, ${A.reprJS(I32[w + SL_STOP])}, ${A.reprJS(I32[w + SL_STEP])})`);
}

function sliceRichCompare(a: number, b: number, op: number): number {
  if (!isSlice(a) || !isSlice(b)) {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  if (a === b) return A.newBool(op === 2 || op === 1 || op === 5);
  const ta = tupleFrom([I32[(a >> 2) + SL_START], I32[(a >> 2) + SL_STOP], I32[(a >> 2) + SL_STEP]]);
  const tb = tupleFrom([I32[(b >> 2) + SL_START], I32[(b >> 2) + SL_STOP], I32[(b >> 2) + SL_STEP]]);
  try {
    return A.richCompare(ta, tb, op);
  } finally {
    decref(ta);
    decref(tb);
  }
}

function sliceGetAttr(s: number, name: number): number {
  const n = A.strJS(name);
  const off = n === 'start' ? SL_START : n === 'stop' ? SL_STOP : n === 'step' ? SL_STEP : 0;
  if (off !== 0) {
    const v = I32[(s >> 2) + off];
    I32[v >> 2]++;
    return v;
  }
  return A.genericGetAttr(s, name, TYPES[T_SLICE]);
}

export function initSliceType(): void {
  const t = TYPES[T_SLICE];
  t.basicsize = SLICE_OBJ_SIZE;
  t.isGC = true;
  t.baseType = false;
  t.dealloc = sliceDealloc;
  t.traverse = sliceTraverse;
  t.clear = null;
  const sl = t.slots;
  sl.new = sliceNew;
  sl.repr = sliceRepr;
  sl.richcompare = sliceRichCompare;
  sl.getattr = sliceGetAttr;
  I32[S.None >> 2]++;
  defAttr(T_SLICE, '__hash__', S.None);
  defMethodO(T_SLICE, 'indices', (self, arg) => {
    const lr = indexObject(arg);
    const length = intBig(lr);
    decref(lr);
    if (length < 0n) throw raise(EXC.ValueError, 'length should not be negative');
    const [a, b, c] = sliceIndicesBig(self, length);
    return tupleFromSteal([newIntBig(a), newIntBig(b), newIntBig(c)]);
  });
  rt.newSlice = newSlice;
}
