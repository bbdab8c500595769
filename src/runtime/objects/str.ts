// str: immutable Unicode text. The characters live in a JS-side table (STRS); the heap object
// holds the slot, the cached hash and the length in code points.
//
//   offset | field   | type | note
//   -------+---------+------+-------------------------------------------------------------
//    0     | refcnt  | i32  |
//    4     | type    | i32  | T_STR
//    8     | slot    | i32  | index into STRS
//   12     | hash    | i32  | cached 32-bit table hash (valid when flags & STR_HASHED)
//   16     | flags   | i32  | STR_HASHED | STR_INTERNED | STR_BMP (no surrogate code units)
//   20     | length  | i32  | length in code points (len())
//   size 24 bytes -> 32-byte block
//
// Pools, as CPython: the empty string and the 256 one-character Latin-1 strings are shared
// singletons; `sys.intern` and identifier-like constants go through the interned table. Every
// path that makes a str goes through `newStr`, so a one-character Latin-1 result is always the
// singleton; the interned one-character strings of DEEPFROZEN_CHARS are other objects, as in
// CPython 3.11 (`s[0] is 'a'` is False there, `s[0] is 'z'` True).
//
// Instances of str subclasses have this layout followed by the dict and weaklist words; they are
// GC objects. Methods that return their argument unchanged return the same object when it is an
// exact str (`s.strip() is s` when there is nothing to strip), as CPython does.
//
// Indices are code points. Strings without surrogate code units (flag STR_BMP) index the JS
// string directly; others go through strlib's code-point helpers.
//
// String iterator (T_STR_ITER, GC object):
//   offset | field | note
//    8     | seq   | the str being iterated (owned; 0 once exhausted)
//   12     | pos   | next UTF-16 offset
//   size 16 (+16 GC head)
//
// The type-slot table (initStrType) and the methods are at the end of the file; str.format and
// the format() protocol live in builtins/format.ts.

import { I32, F64, T_STR, T_INT, T_TUPLE, T_LIST, T_DICT, T_STR_ITER, T_SLICE, TYPES, type TypeInfo, type KwArgs,
  type Visit, SideTable, allocObject, allocGCObject, freeObject, freeGCObject, decref, xdecref, T_FLOAT, T_FIRST_DYNAMIC } from '../object.js';
import { IMMORTAL_REFCNT, newInt, isIntLike, intBig, indexAsNumber, intStr } from './int.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { raise, EXC, isSubtype, PyException } from './exception.js';
import { tupleSize, tupleItem, tupleFromSteal } from './tuple.js';
import { listLen, listGet, listFromSteal, listFromStealPrealloc, splitPrealloc } from './list.js';
import { newDict, dictSet, dictNext, dictEntryKey, dictEntryValue } from './dict.js';
import { sliceCompute, SLI, seqIndex, ssizeArg, repeatCount, cIntArg, isIndexable } from './slice.js';
import { S, newBool, lookupSpecial, callUnbound, typeName, argTypeName, getItem, iterToArray, strJS, reprJS,
  str as pyStr, asFloat, call } from '../abstract.js';
import { defMethod, parseArgs } from '../builtins/define.js';
import { formatStr, percentFormat, floatToInt, type PercentArgs } from './numfmt.js';
import * as L from './strlib.js';
import { REFLECTED } from '../number.js';
import * as opc from '../../compiler/opcodes.js';
import { formatString } from '../builtins/format.js';
import { bytesHook } from '../types.js';

/** A Unicode{En,De}codeError made as CPython makes it: type(encoding, object, start, end, reason); steals `obj`. */
export function unicodeError(t: TypeInfo, codec: string, obj: number, start: number, end: number, reason: string): PyException {
  const args = [newStr(codec), obj, newInt(start), newInt(end), newStr(reason)];
  try {
    return new PyException(call(t.addr, args));
  } finally {
    for (const a of args) decref(a);
  }
}

export const STR_SLOT = 2, STR_HASH = 3, STR_FLAGS = 4, STR_LEN = 5;
export const STR_SIZE = 24;
export const STR_HASHED = 1, STR_INTERNED = 2, STR_BMP = 4;
export const SI_SEQ = 2, SI_POS = 3;

export const STRS = new SideTable<string>();
/** Latin-1 one-character singletons (index = code point) and the empty string. */
export const CHARS = new Int32Array(256);
export let EMPTY_STR = 0;
/** Interned strings: text -> address (the table owns no extra reference: interned strings are immortal-ish). */
export const INTERNED = new Map<string, number>();

const SURROGATE = /[\uD800-\uDFFF]/;
/** Longest string we build (V8's limit is 2**29 - 24 UTF-16 units); longer results raise MemoryError. */
const MAX_STR_UNITS = (1 << 29) - 24;

function countCodePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function initStrFields(a: number, s: string): void {
  const w = a >> 2;
  I32[w + STR_SLOT] = STRS.add(s);
  I32[w + STR_HASH] = 0;
  if (SURROGATE.test(s)) {
    I32[w + STR_FLAGS] = 0;
    I32[w + STR_LEN] = countCodePoints(s);
  } else {
    I32[w + STR_FLAGS] = STR_BMP;
    I32[w + STR_LEN] = s.length;
  }
}

function rawNewStr(s: string): number {
  const a = allocObject(T_STR, STR_SIZE);
  initStrFields(a, s);
  return a;
}

export function initStrings(): void {
  EMPTY_STR = rawNewStr('');
  I32[EMPTY_STR >> 2] = IMMORTAL_REFCNT;
  INTERNED.set('', EMPTY_STR);
  I32[(EMPTY_STR >> 2) + STR_FLAGS] |= STR_INTERNED;
  for (let c = 0; c < 256; c++) {
    const a = rawNewStr(String.fromCharCode(c));
    I32[a >> 2] = IMMORTAL_REFCNT;
    CHARS[c] = a;
  }
  for (const ch of DEEPFROZEN_CHARS) {
    const a = rawNewStr(ch);
    I32[a >> 2] = IMMORTAL_REFCNT;
    I32[(a >> 2) + STR_FLAGS] |= STR_INTERNED;
    INTERNED.set(ch, a);
  }
}

/**
 * The one-character strings that CPython 3.11's deep-frozen start-up modules hold as static str
 * objects of their own, interned at start-up: the interned 'x' (a literal, an identifier, sys.intern)
 * is then not the Latin-1 singleton that s[0], chr(120) and 'X'.lower() return.
 */
const DEEPFROZEN_CHARS = 'BCLST_abcdefhijklmnopqrstvwxy';

/** New reference to a str with text `s` (shared singletons for '' and Latin-1 characters). */
export function newStr(s: string): number {
  if (s.length <= 1) {
    if (s.length === 0) {
      I32[EMPTY_STR >> 2]++;
      return EMPTY_STR;
    }
    const c = s.charCodeAt(0);
    if (c < 256) {
      const a = CHARS[c];
      I32[a >> 2]++;
      return a;
    }
  }
  return rawNewStr(s);
}

/** New str that bypasses the one-character and empty-string caches (str(5) is a new object). */
export function newStrUncached(s: string): number {
  return s.length === 0 ? newStr(s) : rawNewStr(s);
}

/** New instance of `t` (str or a subclass of str) with text s. */
export function newStrOfType(t: TypeInfo, s: string): number {
  if (t.id === T_STR) return newStr(s);
  const a = t.isGC ? allocGCObject(t.id, t.basicsize) : allocObject(t.id, t.basicsize);
  const w = a >> 2;
  for (let i = STR_LEN + 1; i < t.basicsize >> 2; i++) I32[w + i] = 0;
  initStrFields(a, s);
  if (t.isHeap) I32[t.addr >> 2]++;
  if (t.isGC) gcTrack(a);
  return a;
}

/** The text of a str object. */
export function strValue(a: number): string {
  return STRS.items[I32[(a >> 2) + STR_SLOT]] as string;
}

export function strLen(a: number): number {
  return I32[(a >> 2) + STR_LEN];
}

export function strIsBMP(a: number): boolean {
  return (I32[(a >> 2) + STR_FLAGS] & STR_BMP) !== 0;
}

export function strDealloc(a: number): void {
  const w = a >> 2;
  if (I32[w + STR_FLAGS] & STR_INTERNED) {
    const s = STRS.get(I32[w + STR_SLOT]);
    if (INTERNED.get(s) === a) INTERNED.delete(s);
  }
  STRS.release(I32[w + STR_SLOT]);
  const tid = I32[w + 1];
  if (tid !== T_STR && TYPES[tid].isGC) freeGCObject(a);
  else freeObject(a);
}

/** 32-bit string hash (FNV-1a over UTF-16 units), cached in the object. */
export function strHash(a: number): number {
  const w = a >> 2;
  if (I32[w + STR_FLAGS] & STR_HASHED) return I32[w + STR_HASH];
  const s = STRS.items[I32[w + STR_SLOT]] as string;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  if (h === -1) h = -2;
  if (s.length === 0) h = 0; // hash('') == 0, as in CPython whatever the seed
  I32[w + STR_HASH] = h;
  I32[w + STR_FLAGS] |= STR_HASHED;
  return h;
}

/**
 * Intern a str in place: returns a new reference to the canonical object for its text
 * (`sys.intern`), stealing the reference to `a`.
 */
export function internSteal(a: number): number {
  const s = strValue(a);
  const found = INTERNED.get(s);
  if (found !== undefined) {
    if (found !== a) {
      I32[found >> 2]++;
      if (--I32[a >> 2] === 0) strDealloc(a);
    }
    return found;
  }
  INTERNED.set(s, a);
  I32[(a >> 2) + STR_FLAGS] |= STR_INTERNED;
  return a;
}

/** New reference to the interned str for `s` (creating it). */
export function internedStr(s: string): number {
  const found = INTERNED.get(s);
  if (found !== undefined) {
    I32[found >> 2]++;
    return found;
  }
  return internSteal(newStr(s));
}

const NAME_CHARS = /^[A-Za-z0-9_]*$/;

/** CPython interns constants made only of [A-Za-z0-9_] (all_name_chars). */
export function isNameChars(s: string): boolean {
  return NAME_CHARS.test(s);
}

// ---- helpers ---------------------------------------------------------------------------------------

/** str or a subclass of str. */
export function isStrLike(a: number): boolean {
  const t = I32[(a >> 2) + 1];
  if (t === T_STR) return true;
  if (t < T_FIRST_DYNAMIC) return false; // no other fixed builtin type derives from str
  let ti = TYPES[t];
  while (ti.base) {
    if (ti.base.id === T_STR) return true;
    ti = ti.base;
  }
  return false;
}

/**
 * New reference for the result `r` of an operation on `self` whose text is `s`: `self` itself
 * when nothing changed and self is an exact str (CPython returns the same object), else a new str.
 */
function result(self: number, s: string, r: string): number {
  if (r === s && I32[(self >> 2) + 1] === T_STR) {
    I32[self >> 2]++;
    return self;
  }
  return newStr(r);
}

/** Exact str with the text of str-like `a` (a itself when exact). */
export function strExact(a: number): number {
  if (I32[(a >> 2) + 1] === T_STR) {
    I32[a >> 2]++;
    return a;
  }
  return newStr(strValue(a));
}

function checkLength(n: number): void {
  if (n > MAX_STR_UNITS) throw raise(EXC.MemoryError, null);
}

/** The text of argument `o`, which must be a str: TypeError `<prefix>must be str, not X` otherwise. */
function strArg(o: number, prefix: string): string {
  if (isStrLike(o)) return strValue(o);
  throw raise(EXC.TypeError, `${prefix}must be str, not ${prefix ? argTypeName(o) : typeName(o)}`);
}

/** A start/end argument of find/count/startswith: null for None, else the (clamped) index. */
function sliceArg(o: number): number | null {
  if (o === S.None) return null;
  if (!isIndexable(o)) throw raise(EXC.TypeError, 'slice indices must be integers or None or have an __index__ method');
  return indexAsNumber(o);
}

function noKw(qual: string, kw: KwArgs | null): void {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${qual}() takes no keyword arguments`);
}

function noArgs(qual: string, args: number[], kw: KwArgs | null): void {
  noKw(qual, kw);
  if (args.length) throw raise(EXC.TypeError, `${qual}() takes no arguments (${args.length} given)`);
}

function oneArg(qual: string, args: number[], kw: KwArgs | null): number {
  noKw(qual, kw);
  if (args.length !== 1) throw raise(EXC.TypeError, `${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic's positional-only range check: "center expected at least 1 argument, got 0". */
function argRange(name: string, args: number[], kw: KwArgs | null, lo: number, hi: number): void {
  noKw(`str.${name}`, kw);
  const n = args.length;
  if (n < lo) throw raise(EXC.TypeError, `${name} expected at least ${lo} argument${lo === 1 ? '' : 's'}, got ${n}`);
  if (n > hi) throw raise(EXC.TypeError, `${name} expected at most ${hi} argument${hi === 1 ? '' : 's'}, got ${n}`);
}

/** Old-style "O|OO:find" parsing: "find() takes at least 1 argument (0 given)". */
function findArity(name: string, args: number[], kw: KwArgs | null): void {
  noKw(`str.${name}`, kw);
  const n = args.length;
  if (n < 1) throw raise(EXC.TypeError, `${name}() takes at least 1 argument (0 given)`);
  if (n > 3) throw raise(EXC.TypeError, `${name}() takes at most 3 arguments (${n} given)`);
}

/** Argument Clinic keyword parsing; returns borrowed values (0 = not given). */
function parseKw(name: string, args: number[], kw: KwArgs | null, params: string[]): number[] {
  return parseArgs(name, args, kw, params, 0);
}

/** A list of new strs; an unchanged piece equal to the whole of exact `self` reuses self. */
function strList(self: number, s: string, parts: string[], prealloc: number): number {
  const items = new Array<number>(parts.length);
  for (let i = 0; i < parts.length; i++) items[i] = result(self, s, parts[i]);
  return listFromStealPrealloc(items, prealloc);
}

// ---- comparison ----------------------------------------------------------------------------------------

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function cpAtUnit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (isHigh(c) && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (isLow(d)) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Order of two strings by code points (differs from UTF-16 order only around surrogates). */
export function compareCodePoints(x: string, y: string): number {
  const n = x.length < y.length ? x.length : y.length;
  let i = 0;
  while (i < n && x.charCodeAt(i) === y.charCodeAt(i)) i++;
  if (i === n) return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
  const a = x.charCodeAt(i), b = y.charCodeAt(i);
  if (i > 0 && isHigh(x.charCodeAt(i - 1))) {
    // x[i-1] == y[i-1] is a high surrogate: a pair on one side sorts after the lone surrogate
    const al = isLow(a), bl = isLow(b);
    if (al && bl) return a < b ? -1 : 1;
    if (al) return 1;
    if (bl) return -1;
  }
  return cpAtUnit(x, i) < cpAtUnit(y, i) ? -1 : 1;
}

/** Compare two str-likes: -1, 0, 1. */
export function strCompare(a: number, b: number): number {
  const x = STRS.items[I32[(a >> 2) + STR_SLOT]] as string, y = STRS.items[I32[(b >> 2) + STR_SLOT]] as string;
  if (x === y) return 0;
  if (I32[(a >> 2) + STR_FLAGS] & I32[(b >> 2) + STR_FLAGS] & STR_BMP) return x < y ? -1 : 1;
  return compareCodePoints(x, y);
}

function strRichCompare(a: number, b: number, op: number): number {
  if (!isStrLike(b)) {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  if (op === opc.CMP_EQ || op === opc.CMP_NE) {
    const eq = a === b || strValue(a) === strValue(b);
    return newBool(op === opc.CMP_EQ ? eq : !eq);
  }
  const c = strCompare(a, b);
  let r: boolean;
  switch (op) {
    case opc.CMP_LT: r = c < 0; break;
    case opc.CMP_LE: r = c <= 0; break;
    case opc.CMP_GT: r = c > 0; break;
    default: r = c >= 0;
  }
  return newBool(r);
}

// ---- sequence slots ------------------------------------------------------------------------------------

/** New reference to the one-character str at (in-range, non-negative) code-point index i. */
export function strCharAt(a: number, i: number): number {
  const s = STRS.items[I32[(a >> 2) + STR_SLOT]] as string;
  if (I32[(a >> 2) + STR_FLAGS] & STR_BMP) {
    const c = s.charCodeAt(i);
    if (c < 256) {
      const r = CHARS[c];
      I32[r >> 2]++;
      return r;
    }
    return rawNewStr(s[i]);
  }
  return newStr(L.cpAt(s, i));
}

function strGetItem(a: number, k: number): number {
  const kt = I32[(k >> 2) + 1];
  let i: number;
  if (kt === T_INT && I32[(k >> 2) + 4] === 0) i = F64[(k >> 3) + 1];
  else if (kt === T_SLICE) return strSlice(a, k);
  else {
    i = seqIndex(k);
    if (i !== i) throw raise(EXC.TypeError, `string indices must be integers, not '${typeName(k)}'`);
  }
  const n = I32[(a >> 2) + STR_LEN];
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(EXC.IndexError, 'string index out of range');
  return strCharAt(a, i);
}

function strSlice(a: number, sl: number): number {
  const n = I32[(a >> 2) + STR_LEN];
  const len = sliceCompute(sl, n);
  if (len <= 0) {
    I32[EMPTY_STR >> 2]++;
    return EMPTY_STR;
  }
  const step = SLI.step;
  if (step === 1 && len === n) return strExact(a);
  const s = STRS.items[I32[(a >> 2) + STR_SLOT]] as string;
  if (len === 1) return strCharAt(a, SLI.start);
  if (I32[(a >> 2) + STR_FLAGS] & STR_BMP) {
    if (step === 1) return rawNewStr(s.slice(SLI.start, SLI.stop));
  }
  return newStr(L.cpSlice(s, SLI.start, SLI.stop, step));
}

function strContains(a: number, k: number): boolean {
  if (!isStrLike(k)) throw raise(EXC.TypeError, `'in <string>' requires string as left operand, not ${typeName(k)}`);
  const sub = strValue(k);
  const s = strValue(a);
  if (I32[(k >> 2) + STR_FLAGS] & STR_BMP) return s.includes(sub);
  return L.contains(s, sub);
}

// ---- iterator ----------------------------------------------------------------------------------------------

function strIter(a: number): number {
  const it = allocGCObject(T_STR_ITER, 16);
  I32[a >> 2]++;
  I32[(it >> 2) + SI_SEQ] = a;
  I32[(it >> 2) + SI_POS] = 0;
  gcTrack(it);
  return it;
}

function strIterNext(it: number): number {
  const w = it >> 2;
  const a = I32[w + SI_SEQ];
  if (a === 0) return 0;
  const s = STRS.items[I32[(a >> 2) + STR_SLOT]] as string;
  const i = I32[w + SI_POS];
  if (i >= s.length) {
    I32[w + SI_SEQ] = 0;
    decref(a);
    return 0;
  }
  const c = s.charCodeAt(i);
  if (c < 256) {
    I32[w + SI_POS] = i + 1;
    const r = CHARS[c];
    I32[r >> 2]++;
    return r;
  }
  if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
    I32[w + SI_POS] = i + 2;
    return rawNewStr(s.slice(i, i + 2));
  }
  I32[w + SI_POS] = i + 1;
  return rawNewStr(s[i]);
}

function strIterDealloc(it: number): void {
  gcUntrack(it);
  const a = I32[(it >> 2) + SI_SEQ];
  I32[(it >> 2) + SI_SEQ] = 0;
  xdecref(a);
  freeGCObject(it);
}

function strIterTraverse(it: number, visit: Visit): void {
  const a = I32[(it >> 2) + SI_SEQ];
  if (a !== 0) visit(a);
}

// ---- number slot: + * % -----------------------------------------------------------------------------------

/** a + b for two str-likes (CPython returns the other operand when one is empty and exact). */
export function strConcat(a: number, b: number): number {
  const wa = a >> 2, wb = b >> 2;
  const x = STRS.items[I32[wa + STR_SLOT]] as string, y = STRS.items[I32[wb + STR_SLOT]] as string;
  if (y.length === 0) return strExact(a);
  if (x.length === 0) return strExact(b);
  const n = x.length + y.length;
  checkLength(n);
  // flags and length come from the operands: no scan of the result, so `s += t` in a loop stays
  // linear (JS concatenation builds a rope that is never flattened here)
  const r = allocObject(T_STR, STR_SIZE);
  const w = r >> 2;
  I32[w + STR_SLOT] = STRS.add(x + y);
  I32[w + STR_HASH] = 0;
  if (I32[wa + STR_FLAGS] & I32[wb + STR_FLAGS] & STR_BMP) {
    I32[w + STR_FLAGS] = STR_BMP;
    I32[w + STR_LEN] = n;
  } else {
    // a lone high surrogate at the end of x and a lone low one at the start of y join into one code point
    const join = isHigh(x.charCodeAt(x.length - 1)) && isLow(y.charCodeAt(0)) ? 1 : 0;
    I32[w + STR_FLAGS] = 0;
    I32[w + STR_LEN] = I32[wa + STR_LEN] + I32[wb + STR_LEN] - join;
  }
  return r;
}

/** s * n for a str-like and a repeat count. */
export function strRepeat(a: number, count: number): number {
  if (count <= 0) {
    I32[EMPTY_STR >> 2]++;
    return EMPTY_STR;
  }
  if (count === 1) return strExact(a);
  const s = strValue(a);
  if (s.length === 0) {
    I32[EMPTY_STR >> 2]++;
    return EMPTY_STR;
  }
  // unicode_repeat: a length beyond Py_ssize_t is an OverflowError, a merely huge one a MemoryError
  if (s.length * count >= 2 ** 63) throw raise(EXC.OverflowError, 'repeated string is too long');
  checkLength(s.length * count);
  return rawNewStr(s.repeat(count));
}

function strNumber(a: number, b: number, op: number): number {
  const reflected = (op & REFLECTED) !== 0;
  let o = op & 0xff;
  if (o >= opc.NB_INPLACE) o -= opc.NB_INPLACE;
  switch (o) {
    case opc.NB_ADD:
      if (!reflected && isStrLike(a) && isStrLike(b)) return strConcat(a, b);
      return 0;
    case opc.NB_MULTIPLY: {
      const s = reflected ? b : a, n = reflected ? a : b;
      if (!isStrLike(s) || !isIndexable(n)) return 0;
      return strRepeat(s, repeatCount(n));
    }
    case opc.NB_REMAINDER:
      if (reflected || !isStrLike(a)) return 0;
      return strPercent(a, b);
  }
  return 0;
}

/** Arguments of `fmt % args` seen by numfmt's percentFormat. */
class PercentAdapter implements PercentArgs {
  owned: number[] = [];
  n: number;
  isMapping: boolean;
  constructor(public args: number) {
    const tid = I32[(args >> 2) + 1];
    const isTuple = tid === T_TUPLE || isSubtype(TYPES[tid], TYPES[T_TUPLE]);
    this.n = isTuple ? tupleSize(args) : -1;
    this.isMapping = !isTuple && !isStrLike(args) &&
      (TYPES[tid].slots.getitem !== undefined || lookupSpecial(args, '__getitem__') !== 0);
  }
  count(): number {
    return this.n;
  }
  get(i: number): unknown {
    return this.n < 0 ? this.args : tupleItem(this.args, i);
  }
  getKey(name: string): unknown {
    const k = newStr(name);
    try {
      const v = getItem(this.args, k);
      this.owned.push(v);
      return v;
    } finally {
      decref(k);
    }
  }
  str(o: unknown): string {
    return strJS(o as number);
  }
  repr(o: unknown): string {
    return reprJS(o as number);
  }
  ascii(o: unknown): string {
    return L.asciiEscape(reprJS(o as number));
  }
  exactIntText(o: unknown): string | null {
    return I32[((o as number) >> 2) + 1] === T_INT ? intStr(o as number) : null;
  }
  asInt(o: unknown): bigint | null {
    return isIntLike(o as number) ? intBig(o as number) : null;
  }
  toInt(o: unknown, conv: string): bigint {
    const v = o as number;
    if (isIntLike(v)) return intBig(v);
    const hex = conv === 'o' || conv === 'x' || conv === 'X';
    if (!hex) {
      if (I32[(v >> 2) + 1] === T_FLOAT) return floatToInt(F64[(v >> 3) + 1]);
      const m = lookupSpecial(v, '__int__');
      if (m !== 0) return intResult(callUnbound(m, v, []), '__int__');
    }
    const ix = lookupSpecial(v, '__index__');
    if (ix !== 0) return intResult(callUnbound(ix, v, []), '__index__');
    if (hex) throw raise(EXC.TypeError, `%${conv} format: an integer is required, not ${typeName(v)}`);
    throw raise(EXC.TypeError, `%${conv} format: a real number is required, not ${typeName(v)}`);
  }
  toFloat(o: unknown): number {
    return asFloat(o as number);
  }
  toChar(o: unknown): string {
    const v = o as number;
    if (isStrLike(v)) {
      if (strLen(v) === 1) return strValue(v);
    } else if (isIntLike(v)) {
      const c = intBig(v);
      if (c < 0n || c > 0x10ffffn) throw raise(EXC.OverflowError, '%c arg not in range(0x110000)');
      return String.fromCodePoint(Number(c));
    }
    throw raise(EXC.TypeError, '%c requires int or char');
  }
  release(): void {
    for (const v of this.owned) decref(v);
    this.owned.length = 0;
  }
}

function intResult(r: number, what: string): bigint {
  try {
    if (!isIntLike(r)) throw raise(EXC.TypeError, `${what} returned non-int (type ${typeName(r)})`);
    return intBig(r);
  } finally {
    decref(r);
  }
}

/** fmt % args (printf-style formatting). */
export function strPercent(fmt: number, args: number): number {
  const f = strValue(fmt);
  const ad = new PercentAdapter(args);
  try {
    return result(fmt, f, percentFormat(f, ad));
  } finally {
    ad.release();
  }
}

// ---- construction ---------------------------------------------------------------------------------------------

function strNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  let obj = 0, enc = 0, errs = 0;
  if (kw === null && args.length <= 1) obj = args.length ? args[0] : 0;
  else [obj, enc, errs] = parseKw('str', args, kw, ['object', 'encoding', 'errors']);
  let r: number;
  if (enc !== 0 || errs !== 0) {
    if (enc !== 0 && !isStrLike(enc)) throw raise(EXC.TypeError, `str() argument 'encoding' must be str, not ${argTypeName(enc)}`);
    if (errs !== 0 && !isStrLike(errs)) throw raise(EXC.TypeError, `str() argument 'errors' must be str, not ${argTypeName(errs)}`);
    if (obj === 0) r = newStr('');
    else if (isStrLike(obj)) throw raise(EXC.TypeError, 'decoding str is not supported');
    else if (I32[(obj >> 2) + 1] === 44 /* T_BYTES */) throw raise(EXC.NotImplementedError, 'bytes decoding is not supported by pyvm');
    else throw raise(EXC.TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  } else if (obj === 0) {
    I32[EMPTY_STR >> 2]++;
    r = EMPTY_STR;
  } else r = pyStr(obj);
  if (t.id === T_STR) return r;
  const s = strValue(r);
  decref(r);
  return newStrOfType(t, s);
}

// ---- methods ------------------------------------------------------------------------------------------------

type Impl = (self: number, args: number[], kw: KwArgs | null) => number;

/** The methods CPython 3.11 declares METH_VARARGS (an argument tuple per call). */
const VARARGS = { packArgs: 'tuple' as const };

function def(name: string, fn: Impl, o: { static?: boolean; packArgs?: 'tuple' | 'kw' } = {}): void {
  defMethod(T_STR, name, fn, { kw: true, static: o.static, packArgs: o.packArgs });
}

/** A method of no arguments computing a new text from the old (always a new object, as CPython's case mappings). */
function defText(name: string, f: (s: string) => string): void {
  const qual = `str.${name}`;
  def(name, (self, args, kw) => {
    if (args.length !== 0 || kw !== null) noArgs(qual, args, kw);
    const r = f(strValue(self));
    return r.length > 0 ? rawNewStr(r) : newStr(r); // even one character: not the Latin-1 singleton
  });
}

/** A predicate of no arguments. */
function defPred(name: string, f: (s: string) => boolean): void {
  const qual = `str.${name}`;
  def(name, (self, args, kw) => {
    if (args.length !== 0 || kw !== null) noArgs(qual, args, kw);
    return newBool(f(strValue(self)));
  });
}

/** Iterable of the join argument: a JS array of borrowed (list/tuple) or owned references. */
function strJoin(self: number, args: number[], kw: KwArgs | null): number {
  const seq = args.length === 1 && kw === null ? args[0] : oneArg('str.join', args, kw);
  const sep = strValue(self);
  const tid = I32[(seq >> 2) + 1];
  let items: number[];
  let owned = 0;
  if (tid === T_LIST) {
    const n = listLen(seq);
    items = new Array<number>(n);
    for (let i = 0; i < n; i++) items[i] = listGet(seq, i);
  } else if (tid === T_TUPLE) {
    const n = tupleSize(seq);
    items = new Array<number>(n);
    for (let i = 0; i < n; i++) items[i] = tupleItem(seq, i);
  } else {
    if (!isIterable(seq)) throw raise(EXC.TypeError, 'can only join an iterable');
    // CPython's PySequence_Fast: any other iterable is first made into a list
    items = iterToArray(seq);
    owned = listFromSteal(items);
  }
  try {
    const n = items.length;
    if (n === 0) {
      I32[EMPTY_STR >> 2]++;
      return EMPTY_STR;
    }
    const parts = new Array<string>(n);
    let total = sep.length * (n - 1);
    for (let i = 0; i < n; i++) {
      const x = items[i];
      if (!isStrLike(x)) throw raise(EXC.TypeError, `sequence item ${i}: expected str instance, ${typeName(x)} found`);
      const p = strValue(x);
      parts[i] = p;
      total += p.length;
    }
    if (n === 1 && I32[(items[0] >> 2) + 1] === T_STR) {
      I32[items[0] >> 2]++;
      return items[0];
    }
    checkLength(total);
    return newStr(parts.join(sep));
  } finally {
    if (owned) decref(owned);
  }
}

function isIterable(o: number): boolean {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.slots.iter || t.slots.getitem) return true;
  const m = lookupSpecial(o, '__iter__');
  if (m !== 0) return m !== S.None;
  return lookupSpecial(o, '__getitem__') !== 0;
}

function sepArg(o: number): string | null {
  if (o === 0 || o === S.None) return null;
  if (isStrLike(o)) return strValue(o);
  throw raise(EXC.TypeError, `must be str or None, not ${typeName(o)}`);
}

function maxsplitArg(o: number): number {
  if (o === 0) return -1;
  const n = ssizeArg(o);
  return n;
}

function strSplitImpl(name: string, right: boolean): Impl {
  return (self, args, kw) => {
    let sepO = 0, maxO = 0;
    if (kw === null && args.length <= 2) {
      if (args.length > 0) sepO = args[0];
      if (args.length > 1) maxO = args[1];
    } else [sepO, maxO] = parseKw(name, args, kw, ['sep', 'maxsplit']);
    const s = strValue(self);
    const max = maxsplitArg(maxO);
    const sep = sepArg(sepO);
    // CPython: a string shorter than the separator gives [s] from PyList_New(1), else the list
    // starts at PREALLOC_SIZE(maxsplit) items
    const prealloc = sep !== null && strLen(self) < strLen(sepO) ? 1 : splitPrealloc(max);
    return strList(self, s, right ? L.rsplit(s, sep, max) : L.split(s, sep, max), prealloc);
  };
}

function stripImpl(name: string, f: (s: string, chars: string | null) => string): Impl {
  return (self, args, kw) => {
    if (args.length > 1 || kw !== null) argRange(name, args, kw, 0, 1);
    let chars: string | null = null;
    if (args.length === 1 && args[0] !== S.None) {
      if (!isStrLike(args[0])) throw raise(EXC.TypeError, `${name} arg must be None or str`);
      chars = strValue(args[0]);
    }
    const s = strValue(self);
    return result(self, s, f(s, chars));
  };
}

function strReplace(self: number, args: number[], kw: KwArgs | null): number {
  if (args.length < 2 || args.length > 3 || kw !== null) argRange('replace', args, kw, 2, 3);
  const old = isStrLike(args[0]) ? strValue(args[0]) : strArg(args[0], 'replace() argument 1 ');
  const rep = isStrLike(args[1]) ? strValue(args[1]) : strArg(args[1], 'replace() argument 2 ');
  const count = args.length > 2 ? ssizeArg(args[2]) : -1;
  const s = strValue(self);
  const r = L.replace(s, old, rep, count);
  checkLength(r.length);
  return result(self, s, r);
}

/** find/rfind/index/rindex/count: (sub[, start[, end]]). */
function findImpl(name: string, f: (s: string, sub: string, st: number | null, en: number | null) => number): Impl {
  return (self, args, kw) => {
    if (args.length < 1 || args.length > 3 || kw !== null) findArity(name, args, kw);
    const st = args.length > 1 ? sliceArg(args[1]) : null;
    const en = args.length > 2 ? sliceArg(args[2]) : null;
    const sub = strArg(args[0], '');
    return newInt(f(strValue(self), sub, st, en));
  };
}

function startsEndsImpl(name: string, f: (s: string, p: string, st: number | null, en: number | null) => boolean): Impl {
  return (self, args, kw) => {
    if (args.length < 1 || args.length > 3 || kw !== null) findArity(name, args, kw);
    const s = strValue(self);
    const st = args.length > 1 ? sliceArg(args[1]) : null;
    const en = args.length > 2 ? sliceArg(args[2]) : null;
    const p = args[0];
    if (isStrLike(p)) return newBool(f(s, strValue(p), st, en));
    const tid = I32[(p >> 2) + 1];
    if (tid === T_TUPLE || isSubtype(TYPES[tid], TYPES[T_TUPLE])) {
      const n = tupleSize(p);
      for (let i = 0; i < n; i++) {
        const x = tupleItem(p, i);
        if (!isStrLike(x)) throw raise(EXC.TypeError, `tuple for ${name} must only contain str, not ${typeName(x)}`);
        if (f(s, strValue(x), st, en)) return newBool(true);
      }
      return newBool(false);
    }
    throw raise(EXC.TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
  };
}

function fillArg(o: number): string {
  if (!isStrLike(o)) throw raise(EXC.TypeError, `The fill character must be a unicode character, not ${typeName(o)}`);
  const f = strValue(o);
  if (strLen(o) !== 1) throw raise(EXC.TypeError, 'The fill character must be exactly one character long');
  return f;
}

function padImpl(name: string, f: (s: string, width: number, fill: string) => string): Impl {
  return (self, args, kw) => {
    if (args.length < 1 || args.length > 2 || kw !== null) argRange(name, args, kw, 1, 2);
    const width = ssizeArg(args[0]);
    const fill = args.length > 1 ? fillArg(args[1]) : ' ';
    const s = strValue(self);
    if (width <= strLen(self)) return strExact(self);
    checkLength(width * fill.length);
    return result(self, s, f(s, width, fill));
  };
}

function strZfill(self: number, args: number[], kw: KwArgs | null): number {
  const w = args.length === 1 && kw === null ? args[0] : oneArg('str.zfill', args, kw);
  const width = ssizeArg(w);
  if (width <= strLen(self)) return strExact(self);
  checkLength(width);
  const s = strValue(self);
  return result(self, s, L.zfill(s, width));
}

function strExpandtabs(self: number, args: number[], kw: KwArgs | null): number {
  const [ts] = parseKw('expandtabs', args, kw, ['tabsize']);
  const tab = ts === 0 ? 8 : cIntArg(ts);
  const s = strValue(self);
  const r = L.expandtabs(s, tab > MAX_STR_UNITS ? MAX_STR_UNITS : tab);
  checkLength(r.length);
  return result(self, s, r);
}

function strSplitlines(self: number, args: number[], kw: KwArgs | null): number {
  const [ke] = parseKw('splitlines', args, kw, ['keepends']);
  const keep = ke !== 0 && cIntArg(ke) !== 0;
  const s = strValue(self);
  return strList(self, s, L.splitlines(s, keep), 0); // PyList_New(0), then appends
}

function partitionImpl(name: string, right: boolean): Impl {
  const qual = `str.${name}`;
  return (self, args, kw) => {
    const sepO = args.length === 1 && kw === null ? args[0] : oneArg(qual, args, kw);
    const sep = strArg(sepO, '');
    const s = strValue(self);
    const [a, b, c] = right ? L.rpartition(s, sep) : L.partition(s, sep);
    const sepR = b === sep ? (I32[(sepO >> 2) + 1] === T_STR ? (I32[sepO >> 2]++, sepO) : newStr(b)) : newStr(b);
    return tupleFromSteal([result(self, s, a), sepR, result(self, s, c)]);
  };
}

function affixImpl(name: string, f: (s: string, p: string) => string): Impl {
  const qual = `str.${name}`;
  return (self, args, kw) => {
    const p = args.length === 1 && kw === null ? args[0] : oneArg(qual, args, kw);
    if (!isStrLike(p)) throw raise(EXC.TypeError, `${name}() argument must be str, not ${argTypeName(p)}`);
    const s = strValue(self);
    return result(self, s, f(s, strValue(p)));
  };
}

function strFormatMethod(self: number, args: number[], kw: KwArgs | null): number {
  const spec = oneArg('str.__format__', args, kw);
  if (!isStrLike(spec)) throw raise(EXC.TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
  const sp = strValue(spec);
  if (sp === '') return pyStr(self);
  const s = strValue(self);
  return result(self, s, formatStr(s, sp, typeName(self)));
}

// ---- maketrans / translate ---------------------------------------------------------------------------------

function strMaketrans(_self: number, args: number[], kw: KwArgs | null): number {
  if (args.length < 1 || args.length > 3 || kw !== null) argRange('maketrans', args, kw, 1, 3);
  const d = newDict();
  try {
    if (args.length === 1) {
      const x = args[0];
      if (I32[(x >> 2) + 1] !== T_DICT && !isSubtype(TYPES[I32[(x >> 2) + 1]], TYPES[T_DICT])) {
        throw raise(EXC.TypeError, 'if you give only one argument to maketrans it must be a dict');
      }
      for (let i = dictNext(x, 0); i >= 0; i = dictNext(x, i + 1)) {
        const k = dictEntryKey(x, i), v = dictEntryValue(x, i);
        if (isStrLike(k)) {
          if (strLen(k) !== 1) throw raise(EXC.ValueError, 'string keys in translate table must be of length 1');
          const key = newInt(strValue(k).codePointAt(0)!);
          dictSet(d, key, v);
          decref(key);
        } else if (isIntLike(k)) dictSet(d, k, v);
        else throw raise(EXC.TypeError, 'keys in translate table must be strings or integers');
      }
      return d;
    }
    if (!isStrLike(args[0])) throw raise(EXC.TypeError, 'first maketrans argument must be a string if there is a second argument');
    const x = L.toCodePoints(strValue(args[0]));
    const y = L.toCodePoints(strArg(args[1], 'maketrans() argument 2 '));
    if (x.length !== y.length) throw raise(EXC.ValueError, 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < x.length; i++) {
      const k = newInt(x[i]), v = newInt(y[i]);
      dictSet(d, k, v);
      decref(k);
      decref(v);
    }
    if (args.length > 2) {
      for (const c of L.toCodePoints(strArg(args[2], 'maketrans() argument 3 '))) {
        const k = newInt(c);
        dictSet(d, k, S.None);
        decref(k);
      }
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

function strTranslate(self: number, args: number[], kw: KwArgs | null): number {
  const table = args.length === 1 && kw === null ? args[0] : oneArg('str.translate', args, kw);
  const s = strValue(self);
  const cache = new Map<number, string | null | undefined>();
  const lookupErr = EXC.LookupError;
  const r = L.translate(s, (cp) => {
    if (cache.has(cp)) return cache.get(cp);
    const key = newInt(cp);
    let v: number;
    try {
      v = getItem(table, key);
    } catch (e) {
      if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], lookupErr)) {
        decref(e.exc);
        cache.set(cp, undefined);
        return undefined;
      }
      throw e;
    } finally {
      decref(key);
    }
    let out: string | null;
    try {
      if (v === S.None) out = null;
      else if (isIntLike(v)) {
        const c = intBig(v);
        if (c < 0n || c > 0x10ffffn) throw raise(EXC.ValueError, 'character mapping must be in range(0x110000)');
        out = String.fromCodePoint(Number(c));
      } else if (isStrLike(v)) out = strValue(v);
      else throw raise(EXC.TypeError, 'character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
    cache.set(cp, out);
    return out;
  });
  return newStr(r); // CPython's translate always builds a new string
}

// ---- encode -----------------------------------------------------------------------------------------------

const UTF8 = new TextEncoder();

function strEncode(self: number, args: number[], kw: KwArgs | null): number {
  const [encO, errO] = parseKw('encode', args, kw, ['encoding', 'errors']);
  if (encO !== 0 && !isStrLike(encO)) throw raise(EXC.TypeError, `encode() argument 'encoding' must be str, not ${argTypeName(encO)}`);
  if (errO !== 0 && !isStrLike(errO)) throw raise(EXC.TypeError, `encode() argument 'errors' must be str, not ${argTypeName(errO)}`);
  const enc = encO === 0 ? 'utf-8' : strValue(encO).toLowerCase().replace(/_/g, '-');
  const errors = errO === 0 ? 'strict' : strValue(errO);
  const s = strValue(self);
  const cps = L.toCodePoints(s);
  let limit: number;
  let name: string;
  if (enc === 'utf-8' || enc === 'utf8' || enc === 'u8') {
    limit = -1;
    name = 'utf-8';
  } else if (enc === 'ascii' || enc === 'us-ascii') {
    limit = 128;
    name = 'ascii';
  } else if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1' || enc === 'iso8859-1' || enc === 'l1') {
    limit = 256;
    name = 'latin-1';
  } else throw raise(EXC.LookupError, `unknown encoding: ${strValue(encO)}`);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const bad = limit < 0 ? c >= 0xd800 && c <= 0xdfff : c >= limit;
    if (bad) {
      if (errors === 'ignore') continue;
      if (errors === 'replace') {
        out.push(63);
        continue;
      }
      // the error covers the whole run of unencodable characters, as CPython's encoders report
      let end = i + 1;
      while (end < cps.length && (limit < 0 ? cps[end] >= 0xd800 && cps[end] <= 0xdfff : cps[end] >= limit)) end++;
      const why = limit < 0 ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      I32[self >> 2]++;
      throw unicodeError(EXC.UnicodeEncodeError, name, self, i, end, why);
    }
    if (limit < 0 && c >= 128) for (const b of UTF8.encode(String.fromCodePoint(c))) out.push(b);
    else out.push(c);
  }
  return bytesHook.make(Uint8Array.from(out));
}

// ---- format / format_map --------------------------------------------------------------------------------

function strFormat(self: number, args: number[], kw: KwArgs | null): number {
  const s = strValue(self);
  if (s.indexOf('{') < 0 && s.indexOf('}') < 0) {
    I32[self >> 2]++;
    return self;
  }
  return newStr(formatString(s, args, kw, 0));
}

function strFormatMap(self: number, args: number[], kw: KwArgs | null): number {
  const m = args.length === 1 && kw === null ? args[0] : oneArg('str.format_map', args, kw);
  const s = strValue(self);
  return newStr(formatString(s, null, null, m));
}

// ---- the type slots -------------------------------------------------------------------------------------

function strRepr(a: number): number {
  return newStr(L.pyRepr(strValue(a)));
}

export function initStrType(): void {
  const s = TYPES[T_STR].slots;
  s.repr = strRepr;
  s.str = strExact;
  s.hash = strHash;
  s.richcompare = strRichCompare;
  s.len = strLen;
  s.getitem = strGetItem;
  s.contains = strContains;
  s.iter = strIter;
  s.number = strNumber;
  s.numberOps = ['add', 'mul', 'mod', 'rmul', 'rmod'];
  s.new = strNew;

  const it = TYPES[T_STR_ITER];
  it.dealloc = strIterDealloc;
  it.traverse = strIterTraverse;
  it.slots.iter = (a) => (I32[a >> 2]++, a);
  it.slots.iternext = strIterNext;
  defMethod(T_STR_ITER, '__length_hint__', (a) => {
    const seq = I32[(a >> 2) + SI_SEQ];
    if (seq === 0) return newInt(0);
    const text = STRS.items[I32[(seq >> 2) + STR_SLOT]] as string;
    const rest = text.slice(I32[(a >> 2) + SI_POS]);
    return newInt(I32[(seq >> 2) + STR_FLAGS] & STR_BMP ? rest.length : L.cpLength(rest));
  }, { nargs: 0 });

  def('join', strJoin);
  def('split', strSplitImpl('split', false));
  def('rsplit', strSplitImpl('rsplit', true));
  def('splitlines', strSplitlines);
  def('strip', stripImpl('strip', L.strip));
  def('lstrip', stripImpl('lstrip', L.lstrip));
  def('rstrip', stripImpl('rstrip', L.rstrip));
  def('replace', strReplace);
  def('find', findImpl('find', L.find), VARARGS);
  def('rfind', findImpl('rfind', L.rfind), VARARGS);
  def('index', findImpl('index', L.index), VARARGS);
  def('rindex', findImpl('rindex', L.rindex), VARARGS);
  def('count', findImpl('count', L.count), VARARGS);
  def('startswith', startsEndsImpl('startswith', L.startswith), VARARGS);
  def('endswith', startsEndsImpl('endswith', L.endswith), VARARGS);
  defText('upper', L.upper);
  defText('lower', L.lower);
  defText('capitalize', L.capitalize);
  defText('title', L.title);
  defText('swapcase', L.swapcase);
  defText('casefold', L.casefold);
  def('center', padImpl('center', L.center));
  def('ljust', padImpl('ljust', L.ljust));
  def('rjust', padImpl('rjust', L.rjust));
  def('zfill', strZfill);
  def('expandtabs', strExpandtabs);
  def('partition', partitionImpl('partition', false));
  def('rpartition', partitionImpl('rpartition', true));
  def('removeprefix', affixImpl('removeprefix', L.removeprefix));
  def('removesuffix', affixImpl('removesuffix', L.removesuffix));
  defPred('isdigit', L.isdigit);
  defPred('isalpha', L.isalpha);
  defPred('isalnum', L.isalnum);
  defPred('isspace', L.isspace);
  defPred('isupper', L.isupper);
  defPred('islower', L.islower);
  defPred('istitle', L.istitle);
  defPred('isidentifier', L.isidentifier);
  defPred('isdecimal', L.isdecimal);
  defPred('isnumeric', L.isnumeric);
  defPred('isprintable', L.isprintable);
  defPred('isascii', L.isascii);
  def('format', strFormat, { packArgs: 'kw' });
  def('format_map', strFormatMap);
  def('maketrans', strMaketrans, { static: true });
  def('translate', strTranslate);
  def('encode', strEncode);
  def('__format__', strFormatMethod);
  def('__getnewargs__', (self, args, kw) => {
    noArgs('str.__getnewargs__', args, kw);
    return tupleFromSteal([newStr(strValue(self))]);
  });
}

