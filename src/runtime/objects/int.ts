// int: arbitrary precision, with CPython's small-int cache (-5..256).
//
//   offset | field    | type | note
//   -------+----------+------+--------------------------------------------------------------
//    0     | refcnt   | i32  |
//    4     | type     | i32  | T_INT (T_BOOL for True/False, which share this layout)
//    8     | value    | f64  | the value when it is a safe integer (|v| <= 2**53 - 1), else NaN
//   16     | bigslot  | i32  | slot in BIGS holding the bigint when value is NaN, else 0
//   size 20 bytes -> 32-byte block (CPython's small int is 28 bytes, also a 32-byte block)
//
// Most ints fit a double, so arithmetic in the eval loop works on F64 directly and falls back to
// bigint only when a result leaves the safe range. Every operation below has a double fast path
// (exact: operands and results are safe integers) and a bigint path.
//
// Instances of int subclasses (class C(int)) use the same layout followed by the dict and
// weaklist words; they are GC objects (allocGCObject), so `intDealloc` frees them as such.
//
// The type-slot table (initIntType) is at the end of the file: repr/str, hash, richcompare, bool,
// number (every NB_* between ints and bools; int op float is left to float's slot), new, and the
// named methods. `real`, `imag`, `numerator`, `denominator` are read-only properties.

import { I32, F64, INT_BIGSLOT, T_INT, T_BOOL, T_FLOAT, T_STR, T_PROPERTY, T_FIRST_DYNAMIC, SideTable, allocObject, allocGCObject, freeObject, freeGCObject,
  TYPES, type TypeInfo, type KwArgs, decref } from '../object.js';
import { gcTrack } from '../gc/generations.js';
import { raise, EXC, isSubtype } from './exception.js';
import { newDescrObject } from './type.js';
import { newBuiltinFunction } from './function.js';
import { tupleFromSteal } from './tuple.js';
import { S, newBool, lookupSpecial, callUnbound, typeName, argTypeName, str as pyStr } from '../abstract.js';
import { defMethod, defAttr } from '../builtins/define.js';
import { newFloat } from './float.js';
import { newStr, newStrUncached, strValue } from './str.js';
import { intToString, intHash, intToFloat, floatToInt, intFloorDiv, intMod, intTrueDiv, intPow, floatPow, parseIntString,
  invalidIntLiteralMessage, roundInt, formatInt, intBitLength } from './numfmt.js';
import * as opc from '../../compiler/opcodes.js';
import { warn } from '../types.js';

export { INT_BIGSLOT };
export const INT_VALUE_F64 = 1;   // F64 index offset: F64[(a >> 3) + 1]
export const INT_SIZE = 20;
export const SMALL_MIN = -5, SMALL_MAX = 256;

export const BIGS = new SideTable<bigint>();
/** Addresses of the cached small ints, index v - SMALL_MIN. */
export const SMALL_INTS = new Int32Array(SMALL_MAX - SMALL_MIN + 1);

/** Initial refcount of statically allocated objects in 3.11 (999,999,999; counted normally). */
export const IMMORTAL_REFCNT = 999_999_999;

const TWO31 = 2147483648;

export function initSmallInts(): void {
  for (let v = SMALL_MIN; v <= SMALL_MAX; v++) {
    const a = allocObject(T_INT, INT_SIZE);
    F64[(a >> 3) + 1] = v;
    I32[(a >> 2) + INT_BIGSLOT] = 0;
    I32[a >> 2] = IMMORTAL_REFCNT;
    SMALL_INTS[v - SMALL_MIN] = a;
  }
}

/** New reference to an int with a safe-integer value. */
export function newInt(v: number): number {
  if (v >= SMALL_MIN && v <= SMALL_MAX) {
    const a = SMALL_INTS[v - SMALL_MIN];
    I32[a >> 2]++;
    return a;
  }
  const a = allocObject(T_INT, INT_SIZE);
  F64[(a >> 3) + 1] = v;
  I32[(a >> 2) + INT_BIGSLOT] = 0;
  return a;
}

/** New reference to an int of any size. */
export function newIntBig(v: bigint): number {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  const a = allocObject(T_INT, INT_SIZE);
  F64[(a >> 3) + 1] = NaN;
  I32[(a >> 2) + INT_BIGSLOT] = BIGS.add(v);
  return a;
}

/** New reference from a JS number that is an integer but maybe outside the safe range. */
export function newIntFromNumber(v: number): number {
  if (Number.isSafeInteger(v)) return newInt(v);
  return newIntBig(BigInt(v));
}

/** New reference to an int (number: safe integer, or bigint). */
export function newIntAny(v: number | bigint): number {
  return typeof v === 'number' ? newInt(v) : newIntBig(v);
}

/**
 * New instance of `t` (int or a subclass of int) with value v. Subclass instances are GC objects
 * with zeroed dict/weaklist words and own a reference to their (heap) type.
 */
export function newIntOfType(t: TypeInfo, v: number | bigint): number {
  if (t.id === T_INT) return newIntAny(v);
  const a = t.isGC ? allocGCObject(t.id, t.basicsize) : allocObject(t.id, t.basicsize);
  const w = a >> 2;
  for (let i = 2; i < t.basicsize >> 2; i++) I32[w + i] = 0;
  if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
  if (typeof v === 'number') F64[(a >> 3) + 1] = v === 0 ? 0 : v;
  else {
    F64[(a >> 3) + 1] = NaN;
    I32[w + INT_BIGSLOT] = BIGS.add(v);
  }
  if (t.isHeap) I32[t.addr >> 2]++;
  if (t.isGC) gcTrack(a);
  return a;
}

export function intDealloc(a: number): void {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s !== 0) BIGS.release(s);
  const tid = I32[(a >> 2) + 1];
  if (tid !== T_INT && TYPES[tid].isGC) freeGCObject(a);
  else freeObject(a);
}

/** True for int and bool (and int subclasses laid out like int). */
export function isIntLike(a: number): boolean {
  const t = I32[(a >> 2) + 1];
  if (t === T_INT || t === T_BOOL) return true;
  if (t < T_FIRST_DYNAMIC) return false; // no other fixed builtin type derives from int
  let ti = TYPES[t];
  while (ti.base) {
    if (ti.base.id === T_INT) return true;
    ti = ti.base;
  }
  return false;
}

/** Is the int small enough to be read as a JS number? */
export function intIsSmall(a: number): boolean {
  return I32[(a >> 2) + INT_BIGSLOT] === 0;
}

/** The value as a JS number (exact only when intIsSmall). */
export function intNumber(a: number): number {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) return F64[(a >> 3) + 1];
  return Number(BIGS.get(s));
}

export function intBig(a: number): bigint {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) return BigInt(F64[(a >> 3) + 1]);
  return BIGS.get(s);
}

/** The value as a number when safe, else as a bigint (what numfmt's helpers accept). */
export function intValue(a: number): number | bigint {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) return F64[(a >> 3) + 1];
  return BIGS.get(s);
}

/** New reference to the exact int equal to int-like `a` (a itself when it is an exact int). */
export function intExact(a: number): number {
  if (I32[(a >> 2) + 1] === T_INT) {
    I32[a >> 2]++;
    return a;
  }
  const s = I32[(a >> 2) + INT_BIGSLOT];
  return s === 0 ? newInt(F64[(a >> 3) + 1]) : newIntBig(BIGS.get(s));
}

/** The decimal text of an int (respects sys.set_int_max_str_digits). */
export function intStr(a: number): string {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) return String(F64[(a >> 3) + 1]);
  return intToString(BIGS.get(s), 10);
}

/**
 * Convert an index-like object to a JS number for sizes and counts: ints (any subclass) and
 * objects with __index__. Values beyond the safe range come back as +-Infinity so callers can
 * clamp or raise OverflowError themselves. Raises TypeError `'X' object cannot be interpreted as
 * an integer` for anything else.
 */
export function indexAsNumber(o: number): number {
  if (isIntLike(o)) return intNumber(o);
  const m = lookupSpecial(o, '__index__');
  if (m === 0) throw raise(EXC.TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  const r = callUnbound(m, o, []);
  try {
    if (!isIntLike(r)) throw raise(EXC.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    warnIntSubclassResult('__index__', r);
    return intNumber(r);
  } finally {
    decref(r);
  }
}

/** Like indexAsNumber but exact (bigint). */
export function indexAsBig(o: number): bigint {
  if (isIntLike(o)) return intBig(o);
  const m = lookupSpecial(o, '__index__');
  if (m === 0) throw raise(EXC.TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  const r = callUnbound(m, o, []);
  try {
    if (!isIntLike(r)) throw raise(EXC.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    warnIntSubclassResult('__index__', r);
    return intBig(r);
  } finally {
    decref(r);
  }
}

// ---- comparison ------------------------------------------------------------------------------

/** -1, 0 or 1: the order of two int-likes. */
export function intCompare(a: number, b: number): number {
  const sa = I32[(a >> 2) + INT_BIGSLOT], sb = I32[(b >> 2) + INT_BIGSLOT];
  if (sa === 0 && sb === 0) {
    const x = F64[(a >> 3) + 1], y = F64[(b >> 3) + 1];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = sa === 0 ? BigInt(F64[(a >> 3) + 1]) : BIGS.get(sa);
  const y = sb === 0 ? BigInt(F64[(b >> 3) + 1]) : BIGS.get(sb);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Exact order of int-like `a` against the double `f`: -1, 0, 1, or 2 when f is NaN (unordered).
 * Big ints are compared without rounding: 2**53 + 1 > 2.0**53.
 */
export function intCompareFloat(a: number, f: number): number {
  if (f !== f) return 2;
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) {
    const x = F64[(a >> 3) + 1];
    return x < f ? -1 : x > f ? 1 : 0;
  }
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const v = BIGS.get(s);
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (v < bf) return -1;
  if (v > bf) return 1;
  // v == floor(f): equal when f is integral, else v < f
  return fl === f ? 0 : -1;
}

/** Turn an order (-1/0/1, 2 = unordered) into the boolean result of comparison `op`. */
export function cmpResult(c: number, op: number): boolean {
  if (c === 2) return op === opc.CMP_NE;
  switch (op) {
    case opc.CMP_LT: return c < 0;
    case opc.CMP_LE: return c <= 0;
    case opc.CMP_EQ: return c === 0;
    case opc.CMP_NE: return c !== 0;
    case opc.CMP_GT: return c > 0;
    default: return c >= 0;
  }
}

function notImplemented(): number {
  I32[S.NotImplemented >> 2]++;
  return S.NotImplemented;
}

export function intRichCompare(a: number, b: number, op: number): number {
  if (!isIntLike(b)) return notImplemented();
  return newBool(cmpResult(intCompare(a, b), op));
}

// ---- hashing -------------------------------------------------------------------------------------

/**
 * hash(int) for slots.hash: a JS number when it is a safe integer, else the exact bigint (typed
 * as number: TypeSlots.hash says number, but every caller -- pyHashPython, the __hash__ wrapper --
 * accepts number | bigint, and hashes up to 2**61 must stay exact for hash(I(x)) == hash(x)).
 */
export function intHashNumber(a: number): number {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) {
    const v = F64[(a >> 3) + 1];
    return v === -1 ? -2 : v;
  }
  return exactHash(intHash(BIGS.get(s)));
}

/** A hash value as slots.hash returns it: number when safe, else the bigint itself. */
export function exactHash(h: bigint): number {
  if (h <= 9007199254740991n && h >= -9007199254740991n) return Number(h);
  return h as unknown as number;
}

// ---- arithmetic ------------------------------------------------------------------------------

function zeroDiv(op: number): never {
  if (op === opc.NB_TRUE_DIVIDE) throw raise(EXC.ZeroDivisionError, 'division by zero');
  if (op === opc.NB_REMAINDER) throw raise(EXC.ZeroDivisionError, 'integer modulo by zero');
  throw raise(EXC.ZeroDivisionError, 'integer division or modulo by zero');
}

/** x ** y for safe integers x and y >= 0, exactly. */
function powSmall(x: number, y: number): number {
  const ax = x < 0 ? -x : x;
  if (ax <= 1 || y === 0) {
    if (y === 0) return newInt(1);
    if (ax === 0) return newInt(0);
    return newInt(x === -1 && y % 2 === 1 ? -1 : 1);
  }
  if (y * Math.log2(ax) < 52.5) {
    // every partial product is at most |x|**y < 2**53: exact in doubles
    let r = 1, base = x, e = y;
    for (;;) {
      if (e % 2 === 1) r *= base;
      e = Math.floor(e / 2);
      if (e === 0) break;
      base *= base;
    }
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  const p = intPow(BigInt(x), BigInt(y));
  return typeof p === 'number' ? newFloat(p) : newIntBig(p);
}

/**
 * a (op) b for two int-likes (int, bool, int subclasses); op is a plain NB_* code. Returns a new
 * reference, or 0 for operators ints do not support (@).
 */
export function intBinaryOp(a: number, b: number, op: number): number {
  const sa = I32[(a >> 2) + INT_BIGSLOT], sb = I32[(b >> 2) + INT_BIGSLOT];
  if (sa === 0 && sb === 0) {
    const x = F64[(a >> 3) + 1], y = F64[(b >> 3) + 1];
    let r: number;
    switch (op) {
      case opc.NB_ADD: r = x + y; break;
      case opc.NB_SUBTRACT: r = x - y; break;
      case opc.NB_MULTIPLY: r = x * y; break;
      case opc.NB_FLOOR_DIVIDE: {
        if (y === 0) zeroDiv(op);
        const m = x % y;
        r = (x - m) / y;
        if (m !== 0 && (m < 0) !== (y < 0)) r -= 1;
        if (!Number.isSafeInteger(r)) return newIntBig(intFloorDiv(BigInt(x), BigInt(y)));
        return newInt(r === 0 ? 0 : r);
      }
      case opc.NB_REMAINDER: {
        if (y === 0) zeroDiv(op);
        r = x % y;
        if (r !== 0 && (r < 0) !== (y < 0)) r += y;
        return newInt(r === 0 ? 0 : r);
      }
      case opc.NB_TRUE_DIVIDE:
        if (y === 0) zeroDiv(op);
        return newFloat(x / y);
      case opc.NB_POWER:
        if (y < 0) {
          if (x === 0) throw raise(EXC.ZeroDivisionError, '0.0 cannot be raised to a negative power');
          return newFloat(floatPow(x, y));
        }
        return powSmall(x, y);
      case opc.NB_AND:
        if (x < TWO31 && x >= -TWO31 && y < TWO31 && y >= -TWO31) return newInt(x & y);
        return newIntBig(BigInt(x) & BigInt(y));
      case opc.NB_OR:
        if (x < TWO31 && x >= -TWO31 && y < TWO31 && y >= -TWO31) return newInt(x | y);
        return newIntBig(BigInt(x) | BigInt(y));
      case opc.NB_XOR:
        if (x < TWO31 && x >= -TWO31 && y < TWO31 && y >= -TWO31) return newInt(x ^ y);
        return newIntBig(BigInt(x) ^ BigInt(y));
      case opc.NB_LSHIFT:
        if (y < 0) throw raise(EXC.ValueError, 'negative shift count');
        if (x === 0) return newInt(0);
        if (y < 53) {
          r = x * 2 ** y;
          if (Number.isSafeInteger(r)) return newInt(r);
        }
        return shiftLeftBig(BigInt(x), y);
      case opc.NB_RSHIFT:
        if (y < 0) throw raise(EXC.ValueError, 'negative shift count');
        if (y >= 53) return newInt(x < 0 ? -1 : 0);
        r = Math.floor(x / 2 ** y);
        return newInt(r === 0 ? 0 : r);
      default:
        return 0;
    }
    if (r <= 9007199254740991 && r >= -9007199254740991) return newInt(r === 0 ? 0 : r);
    const bx = BigInt(x), by = BigInt(y);
    return newIntBig(op === opc.NB_ADD ? bx + by : op === opc.NB_SUBTRACT ? bx - by : bx * by);
  }
  const x = sa === 0 ? BigInt(F64[(a >> 3) + 1]) : BIGS.get(sa);
  const y = sb === 0 ? BigInt(F64[(b >> 3) + 1]) : BIGS.get(sb);
  switch (op) {
    case opc.NB_ADD: return newIntBig(x + y);
    case opc.NB_SUBTRACT: return newIntBig(x - y);
    case opc.NB_MULTIPLY: return newIntBig(x * y);
    case opc.NB_FLOOR_DIVIDE:
      if (y === 0n) zeroDiv(op);
      return newIntBig(intFloorDiv(x, y));
    case opc.NB_REMAINDER:
      if (y === 0n) zeroDiv(op);
      return newIntBig(intMod(x, y));
    case opc.NB_TRUE_DIVIDE:
      if (y === 0n) zeroDiv(op);
      return newFloat(intTrueDiv(x, y));
    case opc.NB_POWER: {
      if (y < 0n && x === 0n) throw raise(EXC.ZeroDivisionError, '0.0 cannot be raised to a negative power');
      const r = intPow(x, y);
      return typeof r === 'number' ? newFloat(r) : newIntBig(r);
    }
    case opc.NB_AND: return newIntBig(x & y);
    case opc.NB_OR: return newIntBig(x | y);
    case opc.NB_XOR: return newIntBig(x ^ y);
    case opc.NB_LSHIFT:
      if (y < 0n) throw raise(EXC.ValueError, 'negative shift count');
      if (x === 0n) return newInt(0);
      if (y > 0x7fffffffn) throw raise(EXC.OverflowError, 'too many digits in integer');
      return shiftLeftBig(x, Number(y));
    case opc.NB_RSHIFT:
      if (y < 0n) throw raise(EXC.ValueError, 'negative shift count');
      if (y > BigInt(intBitLength(x))) return newInt(x < 0n ? -1 : 0);
      return newIntBig(x >> y);
  }
  return 0;
}

function shiftLeftBig(x: bigint, y: number): number {
  if (intBitLength(x) + y > 1e9) throw raise(EXC.MemoryError, null);
  return newIntBig(x << BigInt(y));
}

/** divmod(a, b) for two int-likes: a new tuple. */
export function intDivmod(a: number, b: number): number {
  const q = intBinaryOp(a, b, opc.NB_FLOOR_DIVIDE);
  let r: number;
  try {
    r = intBinaryOp(a, b, opc.NB_REMAINDER);
  } catch (e) {
    decref(q);
    throw e;
  }
  return tupleFromSteal([q, r]);
}

/** The number slot of int: both operands must be int-likes, otherwise NotImplemented (0). */
export function intNumberSlot(a: number, b: number, op: number): number {
  let o = op & 0xff;
  if (o >= opc.NB_INPLACE) o -= opc.NB_INPLACE;
  if (!isIntLike(a) || !isIntLike(b)) return 0;
  return intBinaryOp(a, b, o);
}

/** -a for an int-like (exact int result). */
export function intNegate(a: number): number {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) {
    const v = F64[(a >> 3) + 1];
    return newInt(v === 0 ? 0 : -v);
  }
  return newIntBig(-BIGS.get(s));
}

export function intAbs(a: number): number {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (I32[(a >> 2) + 1] === T_INT && (s === 0 ? F64[(a >> 3) + 1] >= 0 : BIGS.get(s) >= 0n)) {
    I32[a >> 2]++; // an exact non-negative int is its own absolute value (long_long)
    return a;
  }
  if (s === 0) return newInt(Math.abs(F64[(a >> 3) + 1]));
  const v = BIGS.get(s);
  return newIntBig(v < 0n ? -v : v);
}

export function intInvert(a: number): number {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) return newInt(-F64[(a >> 3) + 1] - 1);
  return newIntBig(~BIGS.get(s));
}

// ---- construction: int(x), int(s, base) ----------------------------------------------------------

/** The value of int(o) for one argument (PyNumber_Long). New reference to an exact int. */
export function intFromObject(o: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_INT) {
    I32[o >> 2]++;
    return o;
  }
  if (tid === T_BOOL) return newInt(F64[(o >> 3) + 1]);
  if (tid === T_FLOAT) return newIntBig(floatToInt(F64[(o >> 3) + 1]));
  if (tid === T_STR) return intFromString(strValue(o), 10);
  let m = lookupSpecial(o, '__int__');
  if (m !== 0) return checkIntResult(callUnbound(m, o, []), '__int__');
  m = lookupSpecial(o, '__index__');
  if (m !== 0) return checkIntResult(callUnbound(m, o, []), '__index__');
  m = lookupSpecial(o, '__trunc__');
  if (m !== 0) {
    warn('DeprecationWarning', 'The delegation of int() to __trunc__ is deprecated.');
    const r = callUnbound(m, o, []);
    if (isIntLike(r)) return checkIntResult(r, '__trunc__');
    const ix = lookupSpecial(r, '__index__');
    if (ix === 0) {
      const n = typeName(r);
      decref(r);
      throw raise(EXC.TypeError, `__trunc__ returned non-Integral (type ${n})`);
    }
    try {
      return checkIntResult(callUnbound(ix, r, []), '__index__');
    } finally {
      decref(r);
    }
  }
  if (isSubtype(TYPES[tid], TYPES[T_STR])) return intFromString(strValue(o), 10);
  throw raise(EXC.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(o)}'`);
}

/** __int__/__index__ returned an instance of a strict subclass of int: deprecated (a warning). */
export function warnIntSubclassResult(what: string, r: number): void {
  if (I32[(r >> 2) + 1] === T_INT) return;
  warn('DeprecationWarning', `${what} returned non-int (type ${typeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
}

function checkIntResult(r: number, what: string): number {
  const tid = I32[(r >> 2) + 1];
  if (tid === T_INT) return r;
  if (isIntLike(r)) {
    if (what !== '__trunc__') {
      try {
        warnIntSubclassResult(what, r);
      } catch (e) {
        decref(r);
        throw e;
      }
    }
    const v = intExact(r);
    decref(r);
    return v;
  }
  const n = typeName(r);
  decref(r);
  throw raise(EXC.TypeError, `${what} returned non-int (type ${n})`);
}

/** int(s, base) for a JS string: new reference, or ValueError with CPython's message. */
export function intFromString(s: string, base: number): number {
  const v = parseIntString(s, base);
  if (v === null) throw raise(EXC.ValueError, invalidIntLiteralMessage(s, base));
  return newIntBig(v);
}

function intNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (t.id === T_BOOL) throw raise(EXC.TypeError, 'int.__new__(bool) is not safe, use bool.__new__()');
  const n = args.length;
  if (n + (kw ? kw.names.length : 0) > 2) throw raise(EXC.TypeError, `int() takes at most 2 arguments (${n + (kw ? kw.names.length : 0)} given)`);
  const x = n > 0 ? args[0] : 0;
  let base = n > 1 ? args[1] : 0;
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      const k = kw.names[i];
      if (k !== 'base') throw raise(EXC.TypeError, `'${k}' is an invalid keyword argument for int()`);
      if (base !== 0) throw raise(EXC.TypeError, "argument for int() given by name ('base') and position (2)");
      base = kw.values[i];
    }
  }
  let r: number;
  if (base === 0) {
    r = x === 0 ? newInt(0) : intFromObject(x);
  } else {
    if (x === 0) throw raise(EXC.TypeError, 'int() missing string argument');
    const b = indexAsNumber(base);
    if (!Number.isFinite(b) || (b !== 0 && b < 2) || b > 36) throw raise(EXC.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    if (!isSubtype(TYPES[I32[(x >> 2) + 1]], TYPES[T_STR])) {
      throw raise(EXC.TypeError, "int() can't convert non-string with explicit base");
    }
    r = intFromString(strValue(x), b);
  }
  if (t.id === T_INT) return r;
  const v = intValue(r);
  decref(r);
  return newIntOfType(t, v);
}

// ---- methods -------------------------------------------------------------------------------------

function noArgs(qual: string, args: number[], kw: KwArgs | null): void {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${qual}() takes no keyword arguments`);
  if (args.length) throw raise(EXC.TypeError, `${qual}() takes no arguments (${args.length} given)`);
}

function oneArg(qual: string, args: number[], kw: KwArgs | null): number {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw raise(EXC.TypeError, `${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function upTo(name: string, args: number[], kw: KwArgs | null, max: number): void {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${name}() takes no keyword arguments`);
  if (args.length > max) throw raise(EXC.TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

/** Define a method that takes no arguments and returns f(self). */
function def0(tid: number, owner: string, name: string, f: (self: number) => number): void {
  const qual = `${owner}.${name}`;
  defMethod(tid, name, (self, args, kw) => {
    if (args.length !== 0 || kw !== null) noArgs(qual, args, kw);
    return f(self);
  }, { kw: true });
}

/** A read-only property whose getter is a builtin function of the instance. */
export function defGetter(tid: number, name: string, get: (self: number) => number): void {
  const fn = newBuiltinFunction({
    name, owner: null, doc: null, isClassMethod: false, isStatic: false,
    fn: (_s, args) => get(args[0]),
  }, 0);
  const p = newDescrObject(T_PROPERTY, fn, 0, 0, 0);
  decref(fn);
  defAttr(tid, name, p);
}

function intFormatMethod(self: number, args: number[], kw: KwArgs | null): number {
  const spec = oneArg(`${typeName(self)}.__format__`, args, kw);
  if (!isSubtype(TYPES[I32[(spec >> 2) + 1]], TYPES[T_STR])) {
    throw raise(EXC.TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
  }
  const s = strValue(spec);
  if (s === '') return pyStr(self);
  return newStr(formatInt(intValue(self), s, typeName(self)));
}

function intRound(self: number, args: number[], kw: KwArgs | null): number {
  upTo('__round__', args, kw, 1);
  if (args.length === 0 || args[0] === S.None) return intExact(self);
  const nd = indexAsBig(args[0]);
  if (nd >= 0n) return intExact(self);
  if (nd < -100000n) return newInt(0);
  return newIntBig(roundInt(intBig(self), Number(nd)));
}

function intDivmodMethod(reflected: boolean): (self: number, args: number[], kw: KwArgs | null) => number {
  const name = reflected ? 'int.__rdivmod__' : 'int.__divmod__';
  return (self, args, kw) => {
    const other = oneArg(name, args, kw);
    if (!isIntLike(other)) return notImplemented();
    return reflected ? intDivmod(other, self) : intDivmod(self, other);
  };
}

function bitCount(a: number): number {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) {
    let v = Math.abs(F64[(a >> 3) + 1]);
    let n = 0;
    while (v > 0) {
      const lo = v % 4294967296;
      let x = lo >>> 0;
      x = x - ((x >>> 1) & 0x55555555);
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      n += (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
      v = (v - lo) / 4294967296;
    }
    return newInt(n);
  }
  let v = BIGS.get(s);
  if (v < 0n) v = -v;
  let n = 0;
  for (const ch of v.toString(16)) {
    const d = parseInt(ch, 16);
    n += (d & 1) + ((d >> 1) & 1) + ((d >> 2) & 1) + ((d >> 3) & 1);
  }
  return newInt(n);
}

// ---- the type slots --------------------------------------------------------------------------------

/** str(int) / repr(int): always a new object, even for one digit (CPython does not use the
 * one-character cache here: `str(5) is str(5)` is False). */
export function intRepr(a: number): number {
  const s = intStr(a);
  return s.length === 1 ? newStrUncached(s) : newStr(s);
}

/** int's operators: every NB_NAMES entry but matmul, each also reflected. */
const INT_NUMBER_OPS = ['add', 'and', 'floordiv', 'lshift', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor']
  .flatMap((n) => [n, 'r' + n]);

export function initIntType(): void {
  const t = TYPES[T_INT];
  const s = t.slots;
  s.repr = intRepr;
  s.hash = intHashNumber;
  s.richcompare = intRichCompare;
  s.bool = (a) => I32[(a >> 2) + INT_BIGSLOT] !== 0 || F64[(a >> 3) + 1] !== 0;
  s.number = intNumberSlot;
  s.numberOps = INT_NUMBER_OPS;
  s.new = intNew;

  def0(T_INT, 'int', 'bit_length', (self) => newInt(intBitLength(intValue(self))));
  def0(T_INT, 'int', 'bit_count', bitCount);
  for (const name of ['conjugate', '__index__', '__int__', '__trunc__', '__floor__', '__ceil__', '__pos__']) {
    def0(T_INT, 'int', name, intExact);
  }
  def0(T_INT, 'int', '__float__', (self) => newFloat(intToFloat(intValue(self))));
  def0(T_INT, 'int', '__abs__', intAbs);
  def0(T_INT, 'int', '__neg__', intNegate);
  def0(T_INT, 'int', '__invert__', intInvert);
  def0(T_INT, 'int', '__getnewargs__', (self) => tupleFromSteal([intExact(self)]));
  def0(T_INT, 'int', 'as_integer_ratio', (self) => tupleFromSteal([intExact(self), newInt(1)]));
  defMethod(T_INT, '__round__', intRound, { kw: true });
  defMethod(T_INT, '__format__', intFormatMethod, { kw: true });
  defMethod(T_INT, '__divmod__', intDivmodMethod(false), { kw: true });
  defMethod(T_INT, '__rdivmod__', intDivmodMethod(true), { kw: true });
  defMethod(T_INT, '__pow__', (self, args, kw) => {
    if (kw !== null && kw.names.length) throw raise(EXC.TypeError, 'int.__pow__() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) throw raise(EXC.TypeError, `__pow__ expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
    const e = args[0];
    if (!isIntLike(e)) return notImplemented();
    if (args.length === 1 || args[1] === S.None) return intBinaryOp(self, e, opc.NB_POWER);
    if (!isIntLike(args[1])) return notImplemented();
    const r = intPow(intBig(self), intBig(e), intBig(args[1]));
    return typeof r === 'number' ? newFloat(r) : newIntBig(r);
  }, { kw: true });

  defGetter(T_INT, 'real', intExact);
  defGetter(T_INT, 'imag', () => newInt(0));
  defGetter(T_INT, 'numerator', intExact);
  defGetter(T_INT, 'denominator', () => newInt(1));
}

