// tuple: a fixed-size array of references, stored inline. GC-tracked (except the empty tuple).
//
//   offset | field  | type  | note
//   -------+--------+-------+------------------------------------------------
//   -16    | gc head|       | (object.ts)
//    0     | refcnt | i32   |
//    4     | type   | i32   | T_TUPLE
//    8     | size   | i32   | number of items
//   12     | hash   | i32   | unused (3.11 does not cache tuple hashes)
//   16+4i  | item i | i32   | owned references
//
// Instances of tuple subclasses: the class's extra words (instance __dict__, weak-reference list,
// __slots__) follow the 16-byte header and the items come after them, at word basicsize / 4
// (CPython keeps them at the end instead, with a negative tp_dictoffset). `tupleItem` and friends
// work for both; the eval loop's fast paths read exact tuples at TUPLE_ITEMS.
//
// Free lists per size 1..20 (PyTuple_MAXSAVESIZE) of up to 2000 each; `()` is a singleton.
// hash() is CPython 3.11's xxHash-based tuplehash over the items' 64-bit hashes, computed with
// 32-bit halves (hash64 below gives any object's 64-bit hash as two words).

import { I32, F64, TYPES, type TypeInfo, type KwArgs, T_TUPLE, T_INT, T_BOOL, T_STR, T_FLOAT, T_LIST, T_SLICE, allocGCObject, freeGCObject,
  decref, type Visit, GC_NEXT } from '../object.js';
import { IMMORTAL_REFCNT, BIGS } from './int.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { newStr, strHash, STR_FLAGS, STR_HASHED, STR_HASH } from './str.js';
import { raise, EXC, isSubtype } from './exception.js';
import { intHash, floatHash } from './numfmt.js';
import { defMethodVar, defMethodO, seqIndex, sliceCompute, SLI, repeatCount, sliceIndexNotNone, isIndexable } from './slice.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { REFLECTED } from '../number.js';
import * as opc from '../../compiler/opcodes.js';

export const TUPLE_SIZE = 2, TUPLE_HASH = 3, TUPLE_ITEMS = 4;
export const TUPLE_HEADER = 16;
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
  // (a loop beats TypedArray#fill for the few words of a small tuple)
  for (let i = (a >> 2) + TUPLE_ITEMS, e = i + n; i < e; i++) I32[i] = 0;
  gcTrack(a);
  return a;
}

/** New instance of a tuple subclass `t` with n zeroed items. */
function newTupleSubtype(t: TypeInfo, n: number): number {
  const a = allocGCObject(t.id, t.basicsize + 4 * n);
  const w = a >> 2;
  I32.fill(0, w + 2, w + (t.basicsize >> 2) + n);
  I32[w + TUPLE_SIZE] = n;
  if (t.isHeap) I32[t.addr >> 2]++;
  gcTrack(a);
  return a;
}

/** Word index of item 0 (exact tuples and subclass instances). */
export function tupleItemsWord(t: number): number {
  const w = t >> 2;
  const tid = I32[w + 1];
  return w + (tid === T_TUPLE ? TUPLE_ITEMS : TYPES[tid].basicsize >> 2);
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
  const w = t >> 2;
  if (I32[w + 1] === T_TUPLE) return I32[w + TUPLE_ITEMS + i];
  return I32[tupleItemsWord(t) + i];
}

export function tupleItems(t: number): number[] {
  const n = I32[(t >> 2) + TUPLE_SIZE];
  const w = tupleItemsWord(t);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = I32[w + i];
  return out;
}

export function tupleDealloc(t: number): void {
  const w = t >> 2;
  const n = I32[w + TUPLE_SIZE];
  if (I32[w + GC_NEXT] !== 0) gcUntrack(t);
  const iw = tupleItemsWord(t);
  for (let i = n - 1; i >= 0; i--) {
    const x = I32[iw + i];
    if (x !== 0) decref(x);
  }
  if (t === EMPTY_TUPLE) return;
  if (n <= TUPLE_MAXSAVESIZE && n > 0 && I32[w + 1] === T_TUPLE && freelists[n].length < TUPLE_MAXFREELIST) {
    freelists[n].push(t);
    return;
  }
  freeGCObject(t);
}

export function tupleTraverse(t: number, visit: Visit): void {
  const n = I32[(t >> 2) + TUPLE_SIZE];
  const iw = tupleItemsWord(t);
  // last item first, as CPython's tupletraverse
  for (let i = n - 1; i >= 0; i--) {
    const x = I32[iw + i];
    if (x !== 0) visit(x);
  }
}

/**
 * _PyTuple_MaybeUntrack, for the collector: untrack `t` when no item can be part of a cycle
 * (every item is atomic or an untracked tuple/dict).
 */
export function tupleMaybeUntrack(t: number): void {
  const n = I32[(t >> 2) + TUPLE_SIZE];
  const iw = tupleItemsWord(t);
  for (let i = 0; i < n; i++) {
    const x = I32[iw + i];
    if (x === 0) return;
    const tid = I32[(x >> 2) + 1];
    if (TYPES[tid].isGC && (tid !== T_TUPLE || I32[(x >> 2) + GC_NEXT] !== 0)) return;
  }
  gcUntrack(t);
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

// ---- 64-bit hashes -----------------------------------------------------------------------------------

/** High word of the last hash64 result. */
export const H64 = { hi: 0 };

function splitNum(v: number): number {
  if (v === -1) v = -2;
  H64.hi = Math.floor(v / 4294967296) | 0;
  return v | 0;
}

function splitBig(h: bigint): number {
  H64.hi = Number(BigInt.asIntN(32, h >> 32n));
  return Number(BigInt.asIntN(32, h));
}

/**
 * Python's hash(o) as 64 bits: returns the low word (equal to the table hash A.pyHash for ints,
 * floats and str) and leaves the high word in H64.hi. Sets use both words so that their
 * probe sequences (and so iteration order) match CPython's.
 */
export function hash64(o: number): number {
  const w = o >> 2;
  const tid = I32[w + 1];
  if (tid === T_INT || tid === T_BOOL) {
    const s = I32[w + 4];
    if (s === 0) return splitNum(F64[(o >> 3) + 1]);
    return splitBig(intHash(BIGS.get(s)));
  }
  if (tid === T_STR) {
    const h = I32[w + STR_FLAGS] & STR_HASHED ? I32[w + STR_HASH] : strHash(o);
    H64.hi = h >> 31;
    return h;
  }
  if (tid === T_FLOAT) {
    const v = F64[(o >> 3) + 1];
    if (Number.isSafeInteger(v)) return splitNum(v);
    return splitBig(floatHash(v));
  }
  if (tid === T_TUPLE) return tupleHash64(o);
  const h = A.pyHashPython(o);
  if (typeof h === 'bigint') return splitBig(h);
  return splitNum(h);
}

// 64-bit arithmetic on (hi, lo) uint32 halves, results in R_HI / R_LO.
let R_HI = 0, R_LO = 0;

function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff, a1 = aLo >>> 16, b0 = bLo & 0xffff, b1 = bLo >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const hiOfLo = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  R_LO = Math.imul(aLo, bLo) >>> 0;
  R_HI = (hiOfLo + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

function add64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const lo = (aLo >>> 0) + (bLo >>> 0);
  R_LO = lo >>> 0;
  R_HI = (aHi + bHi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}

// _PyHASH_XXPRIME_1, _2, _5 (64-bit) as (hi, lo)
const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5;
// _PyHASH_XXPRIME_5 ^ 3527539
const LEN_XOR_HI = P5_HI, LEN_XOR_LO = (P5_LO ^ 3527539) >>> 0;

/** tuplehash: returns the low word, high word in H64.hi. */
export function tupleHash64(t: number): number {
  const n = I32[(t >> 2) + TUPLE_SIZE];
  const iw = tupleItemsWord(t);
  let accHi = P5_HI, accLo = P5_LO;
  for (let i = 0; i < n; i++) {
    const lo = hash64(I32[iw + i]);
    const hi = H64.hi;
    mul64(hi >>> 0, lo >>> 0, P2_HI, P2_LO);
    add64(accHi, accLo, R_HI, R_LO);
    // rotate left 31
    const h = R_HI, l = R_LO;
    accHi = ((h << 31) | (l >>> 1)) >>> 0;
    accLo = ((l << 31) | (h >>> 1)) >>> 0;
    mul64(accHi, accLo, P1_HI, P1_LO);
    accHi = R_HI;
    accLo = R_LO;
  }
  add64(accHi, accLo, LEN_XOR_HI, (n ^ LEN_XOR_LO) >>> 0);
  if (R_HI === 0xffffffff && R_LO === 0xffffffff) {
    H64.hi = 0;
    return 1546275796;
  }
  H64.hi = R_HI | 0;
  return R_LO | 0;
}

/** hash(t) as Python sees it (a JS number when it is a safe integer, else a bigint). */
function tupleHash(t: number): number {
  const lo = tupleHash64(t);
  const hi = H64.hi;
  if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + (lo >>> 0);
  // the slot is typed number; pyHash / pyHashPython accept a bigint here
  return ((BigInt(hi) << 32n) | BigInt(lo >>> 0)) as unknown as number;
}

// ---- sequence operations ------------------------------------------------------------------------

function isTupleObj(o: number): boolean {
  const tid = I32[(o >> 2) + 1];
  return tid === T_TUPLE || isSubtype(TYPES[tid], TYPES[T_TUPLE]);
}

/** New exact tuple of items lo..hi of `t`. */
function tupleSlice(t: number, lo: number, hi: number): number {
  const n = hi - lo;
  if (n <= 0) return newTuple(0);
  const r = newTuple(n);
  const src = tupleItemsWord(t) + lo;
  const dst = (r >> 2) + TUPLE_ITEMS;
  for (let i = 0; i < n; i++) {
    const x = I32[src + i];
    I32[x >> 2]++;
    I32[dst + i] = x;
  }
  return r;
}

function tupleGetItem(t: number, k: number): number {
  const n = I32[(t >> 2) + TUPLE_SIZE];
  let i = seqIndex(k);
  if (i === i) {
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(EXC.IndexError, 'tuple index out of range');
    const v = I32[tupleItemsWord(t) + i];
    I32[v >> 2]++;
    return v;
  }
  if (I32[(k >> 2) + 1] === T_SLICE) {
    const len = sliceCompute(k, n);
    if (len <= 0) return newTuple(0);
    const start = SLI.start, step = SLI.step;
    if (start === 0 && step === 1 && len === n && I32[(t >> 2) + 1] === T_TUPLE) {
      I32[t >> 2]++;
      return t;
    }
    if (step === 1) return tupleSlice(t, start, start + len);
    const r = newTuple(len);
    const src = tupleItemsWord(t);
    const dst = (r >> 2) + TUPLE_ITEMS;
    for (let j = 0, p = start; j < len; j++, p += step) {
      const x = I32[src + p];
      I32[x >> 2]++;
      I32[dst + j] = x;
    }
    return r;
  }
  throw raise(EXC.TypeError, `tuple indices must be integers or slices, not ${A.typeName(k)}`);
}

function tupleContains(t: number, x: number): boolean {
  const n = I32[(t >> 2) + TUPLE_SIZE];
  const iw = tupleItemsWord(t);
  for (let i = 0; i < n; i++) {
    const v = I32[iw + i];
    if (v === x || A.pyEqSlow(v, x)) return true;
  }
  return false;
}

function tupleRepr(t: number): number {
  const n = I32[(t >> 2) + TUPLE_SIZE];
  if (n === 0) return newStr('()');
  return newStr(A.reprGuard(t, '(...)', () => {
    const iw = tupleItemsWord(t);
    const parts = new Array<string>(n);
    for (let i = 0; i < n; i++) parts[i] = A.reprJS(I32[iw + i]);
    return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }));
}

/** Lexicographic comparison shared by tuple and list: items read through `item(i)`. */
/** Word of a list holding its item array's address (list.ts LIST_ITEMS; list.ts imports this
 * module, so the constant is repeated rather than imported). */
const LIST_ITEMS = 4;

/** Length of a tuple or list (both keep it in word 2: TUPLE_SIZE, list.ts LIST_SIZE). */
function seqLen(a: number): number {
  return I32[(a >> 2) + TUPLE_SIZE];
}

/** Item i (borrowed) of a tuple (isList false) or a list. */
function seqItem(a: number, i: number, isList: boolean): number {
  return isList ? I32[(I32[(a >> 2) + LIST_ITEMS] >> 2) + i] : I32[tupleItemsWord(a) + i];
}

/**
 * Rich comparison of two tuples or two lists (CPython's tuplerichcompare / list_richcompare):
 * the first index where the items differ (identity, then ==) decides with `op`; lengths decide
 * when one is a prefix of the other. A list's length is read again after every __eq__ call, which
 * may have changed it.
 */
export function seqRichCompare(a: number, b: number, op: number, isList: boolean): number {
  if (seqLen(a) !== seqLen(b) && (op === opc.CMP_EQ || op === opc.CMP_NE)) return A.newBool(op === opc.CMP_NE);
  let i = 0;
  for (; i < seqLen(a) && i < seqLen(b); i++) {
    const x = seqItem(a, i, isList), y = seqItem(b, i, isList);
    if (x === y) continue;
    let eq: boolean;
    if (isList) {
      // an __eq__ may empty the list: hold the items (CPython's list_richcompare does)
      I32[x >> 2]++;
      I32[y >> 2]++;
      try {
        eq = A.pyEqSlow(x, y);
      } finally {
        decref(x);
        decref(y);
      }
    } else eq = A.pyEqSlow(x, y);
    if (!eq) break;
  }
  const la = seqLen(a), lb = seqLen(b);
  if (i >= la || i >= lb) {
    let r: boolean;
    switch (op) {
      case opc.CMP_LT: r = la < lb; break;
      case opc.CMP_LE: r = la <= lb; break;
      case opc.CMP_EQ: r = la === lb; break;
      case opc.CMP_NE: r = la !== lb; break;
      case opc.CMP_GT: r = la > lb; break;
      default: r = la >= lb;
    }
    return A.newBool(r);
  }
  if (op === opc.CMP_EQ) return A.newBool(false);
  if (op === opc.CMP_NE) return A.newBool(true);
  return A.richCompare(seqItem(a, i, isList), seqItem(b, i, isList), op);
}

function tupleRichCompare(a: number, b: number, op: number): number {
  if (!isTupleObj(a) || !isTupleObj(b)) {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  return seqRichCompare(a, b, op, false);
}

function tupleConcat(a: number, b: number): number {
  const na = I32[(a >> 2) + TUPLE_SIZE], nb = I32[(b >> 2) + TUPLE_SIZE];
  if (nb === 0 && I32[(a >> 2) + 1] === T_TUPLE) {
    I32[a >> 2]++;
    return a;
  }
  if (na === 0 && I32[(b >> 2) + 1] === T_TUPLE) {
    I32[b >> 2]++;
    return b;
  }
  const r = newTuple(na + nb);
  const dst = (r >> 2) + TUPLE_ITEMS;
  const sa = tupleItemsWord(a), sb = tupleItemsWord(b);
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
  return r;
}

function tupleRepeat(a: number, count: number): number {
  const n = I32[(a >> 2) + TUPLE_SIZE];
  if ((n === 0 || count === 1) && I32[(a >> 2) + 1] === T_TUPLE) {
    I32[a >> 2]++;
    return a;
  }
  if (n === 0 || count <= 0) return newTuple(0);
  if (n * count > 0x7fffffff / 4) throw raise(EXC.MemoryError, null);
  const r = newTuple(n * count);
  const src = tupleItemsWord(a);
  const dst = (r >> 2) + TUPLE_ITEMS;
  for (let c = 0, p = 0; c < count; c++) {
    for (let i = 0; i < n; i++, p++) {
      const x = I32[src + i];
      I32[x >> 2]++;
      I32[dst + p] = x;
    }
  }
  return r;
}

function tupleNumber(a: number, b: number, nb: number): number {
  const op = nb & 0xff;
  const base = op >= opc.NB_INPLACE ? op - opc.NB_INPLACE : op;
  if (base === opc.NB_ADD) {
    if ((nb & REFLECTED) !== 0 || !isTupleObj(a) || !isTupleObj(b)) return 0;
    return tupleConcat(a, b);
  }
  if (base === opc.NB_MULTIPLY) {
    const seq = (nb & REFLECTED) !== 0 ? b : a;
    const cnt = seq === a ? b : a;
    if (!isTupleObj(seq) || !isIndexable(cnt)) return 0;
    return tupleRepeat(seq, repeatCount(cnt));
  }
  return 0;
}

/** tuple(iterable) for an exact tuple result (PySequence_Tuple). New reference. */
export function sequenceTuple(it: number): number {
  const tid = I32[(it >> 2) + 1];
  if (tid === T_TUPLE) {
    I32[it >> 2]++;
    return it;
  }
  if (tid === T_LIST) {
    const n = I32[(it >> 2) + 2];
    const r = newTuple(n);
    const src = I32[(it >> 2) + 4] >> 2;
    const dst = (r >> 2) + TUPLE_ITEMS;
    for (let i = 0; i < n; i++) {
      const x = I32[src + i];
      I32[x >> 2]++;
      I32[dst + i] = x;
    }
    return r;
  }
  return tupleFromSteal(A.iterToArray(it));
}

function tupleNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (t.id === T_TUPLE && kw !== null && kw.names.length) throw raise(EXC.TypeError, 'tuple() takes no keyword arguments');
  if (args.length > 1) throw raise(EXC.TypeError, `tuple expected at most 1 argument, got ${args.length}`);
  if (t.id === T_TUPLE) return args.length === 0 ? newTuple(0) : sequenceTuple(args[0]);
  const tmp = args.length === 0 ? newTuple(0) : sequenceTuple(args[0]);
  const n = I32[(tmp >> 2) + TUPLE_SIZE];
  const r = newTupleSubtype(t, n);
  const dst = tupleItemsWord(r);
  const src = (tmp >> 2) + TUPLE_ITEMS;
  for (let i = 0; i < n; i++) {
    const x = I32[src + i];
    I32[x >> 2]++;
    I32[dst + i] = x;
  }
  decref(tmp);
  return r;
}

function tupleIndex(self: number, args: number[]): number {
  const n = I32[(self >> 2) + TUPLE_SIZE];
  let start = args.length > 1 ? sliceIndexNotNone(args[1]) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(args[2]) : n;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  const x = args[0];
  const iw = tupleItemsWord(self);
  for (let i = start; i < stop && i < n; i++) {
    const v = I32[iw + i];
    if (v === x || A.pyEqSlow(v, x)) return A.newInt(i);
  }
  throw raise(EXC.ValueError, 'tuple.index(x): x not in tuple');
}

function tupleCount(self: number, x: number): number {
  const n = I32[(self >> 2) + TUPLE_SIZE];
  const iw = tupleItemsWord(self);
  let c = 0;
  for (let i = 0; i < n; i++) {
    const v = I32[iw + i];
    if (v === x || A.pyEqSlow(v, x)) c++;
  }
  return A.newInt(c);
}

export function initTupleType(): void {
  const t = TYPES[T_TUPLE];
  t.basicsize = TUPLE_HEADER;
  t.isGC = true;
  t.baseType = true;
  t.dealloc = tupleDealloc;
  t.traverse = tupleTraverse;
  t.clear = null;
  const s = t.slots;
  s.repr = tupleRepr;
  s.hash = tupleHash;
  s.richcompare = tupleRichCompare;
  s.len = tupleSize;
  s.getitem = tupleGetItem;
  s.contains = tupleContains;
  s.number = tupleNumber;
  s.numberOps = ['add', 'mul', 'rmul'];
  s.new = tupleNew;
  defMethodVar(T_TUPLE, 'index', 1, 3, (self, args) => tupleIndex(self, args));
  defMethodO(T_TUPLE, 'count', tupleCount);
  // (tuple(self),): what copy and pickle pass back to tuple.__new__ for a tuple subclass
  defMethodVar(T_TUPLE, '__getnewargs__', 0, 0, (self) => tupleFromSteal([tupleFrom(tupleItems(self))]));
}
