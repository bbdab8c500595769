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
// Instances of float subclasses put their dict/weaklist words after the value and are GC objects.
//
// The type-slot table (initFloatType) is at the end: repr/str (shortest round-trip digits),
// hash, richcompare (exact against ints of any size), bool, number (float with float/int/bool on
// either side), new, and the named methods.

import { I32, F64, floatFreelist, FLOAT_MAXFREELIST, T_FLOAT, T_INT, T_BOOL, T_STR, T_TYPE, T_FIRST_DYNAMIC, TYPES, type TypeInfo, type KwArgs, allocObject, allocGCObject,
  freeObject, freeGCObject, decref } from '../object.js';
import { gcTrack } from '../gc/generations.js';
import { raise, EXC, isSubtype } from './exception.js';
import { typeInfoOfTypeObject } from './type.js';
import { tupleFromSteal } from './tuple.js';
import { S, newBool, lookupSpecial, callUnbound, typeName, argTypeName, call, idHash, str as pyStr } from '../abstract.js';
import { defMethod } from '../builtins/define.js';
import { newStr, strValue } from './str.js';
import { newIntBig, isIntLike, intCompareFloat, cmpResult, indexAsBig, defGetter, exactHash, INT_BIGSLOT, BIGS } from './int.js';
import { floatRepr, floatHash, floatPow, floatDivmod, floatMod, floatFloorDiv, floatToInt, parseFloatString, invalidFloatMessage,
  roundFloat, floatAsIntegerRatio, floatHex, floatFromHex, formatFloat } from './numfmt.js';
import * as opc from '../../compiler/opcodes.js';

export const FLOAT_SIZE = 16;

/** complex's power for float_pow's negative-base case (set by complex.ts). */
export const complexHook = { pow: (_x: number, _y: number): number => 0 };
export { FLOAT_MAXFREELIST };
const freelist = floatFreelist;

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
  const tid = I32[(a >> 2) + 1];
  if (tid === T_FLOAT) {
    if (freelist.length < FLOAT_MAXFREELIST) freelist.push(a);
    else freeObject(a);
  } else if (TYPES[tid].isGC) freeGCObject(a);
  else freeObject(a);
}

export function clearFloatFreeList(): void {
  while (freelist.length) freeObject(freelist.pop()!);
}

export function floatFreeListSize(): number {
  return freelist.length;
}

/** New instance of `t` (float or a subclass) with value v. */
export function newFloatOfType(t: TypeInfo, v: number): number {
  if (t.id === T_FLOAT) return newFloat(v);
  const a = t.isGC ? allocGCObject(t.id, t.basicsize) : allocObject(t.id, t.basicsize);
  const w = a >> 2;
  for (let i = 4; i < t.basicsize >> 2; i++) I32[w + i] = 0;
  F64[(a >> 3) + 1] = v;
  if (t.isHeap) I32[t.addr >> 2]++;
  if (t.isGC) gcTrack(a);
  return a;
}

/** float or a subclass of float. */
export function isFloatLike(a: number): boolean {
  const t = I32[(a >> 2) + 1];
  if (t === T_FLOAT) return true;
  if (t < T_FIRST_DYNAMIC) return false; // no other fixed builtin type derives from float
  let ti = TYPES[t];
  while (ti.base) {
    if (ti.base.id === T_FLOAT) return true;
    ti = ti.base;
  }
  return false;
}

/** New reference to an exact float with the value of float-like `a`. */
function floatExact(a: number): number {
  if (I32[(a >> 2) + 1] === T_FLOAT) {
    I32[a >> 2]++;
    return a;
  }
  return newFloat(F64[(a >> 3) + 1]);
}

/** float(int) for an int-like: correctly rounded, OverflowError when too large. */
export function intLikeToFloat(a: number): number {
  const s = I32[(a >> 2) + INT_BIGSLOT];
  if (s === 0) return F64[(a >> 3) + 1];
  const f = Number(BIGS.get(s));
  if (f === Infinity || f === -Infinity) throw raise(EXC.OverflowError, 'int too large to convert to float');
  return f;
}

// ---- arithmetic ------------------------------------------------------------------------------

/** x (op) y on doubles with CPython's float semantics; op is a plain NB_* code; 0 if unsupported. */
export function floatArith(x: number, y: number, op: number): number {
  switch (op) {
    case opc.NB_ADD: return newFloat(x + y);
    case opc.NB_SUBTRACT: return newFloat(x - y);
    case opc.NB_MULTIPLY: return newFloat(x * y);
    case opc.NB_TRUE_DIVIDE:
      if (y === 0) throw raise(EXC.ZeroDivisionError, 'float division by zero');
      return newFloat(x / y);
    case opc.NB_FLOOR_DIVIDE:
      if (y === 0) throw raise(EXC.ZeroDivisionError, 'float floor division by zero');
      return newFloat(floatFloorDiv(x, y));
    case opc.NB_REMAINDER:
      if (y === 0) throw raise(EXC.ZeroDivisionError, 'float modulo');
      return newFloat(floatMod(x, y));
    case opc.NB_POWER:
      if (x === 0 && y < 0) throw raise(EXC.ZeroDivisionError, '0.0 cannot be raised to a negative power');
      // a negative base with a fractional exponent: float_pow hands over to complex
      if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== Math.floor(y)) return complexHook.pow(x, y);
      // a negative base with a fractional exponent has a complex result in CPython; pyvm has no
      // complex type and floatPow raises ValueError('complex results unsupported'), as the eval
      // loop's fast path does
      return newFloat(floatPow(x, y));
  }
  return 0;
}

/** The number slot of float: float/int/bool operands on either side; NotImplemented (0) otherwise. */
export function floatNumberSlot(a: number, b: number, op: number): number {
  let o = op & 0xff;
  if (o >= opc.NB_INPLACE) o -= opc.NB_INPLACE;
  let x: number, y: number;
  if (isFloatLike(a)) x = F64[(a >> 3) + 1];
  else if (isIntLike(a)) x = intLikeToFloat(a);
  else return 0;
  if (isFloatLike(b)) y = F64[(b >> 3) + 1];
  else if (isIntLike(b)) y = intLikeToFloat(b);
  else return 0;
  return floatArith(x, y, o);
}

// ---- comparison and hashing --------------------------------------------------------------------

function floatRichCompare(a: number, b: number, op: number): number {
  const x = F64[(a >> 3) + 1];
  let c: number;
  if (isFloatLike(b)) {
    const y = F64[(b >> 3) + 1];
    c = x < y ? -1 : x > y ? 1 : x === y ? 0 : 2;
  } else if (isIntLike(b)) {
    c = intCompareFloat(b, x);
    if (c !== 2) c = -c;
  } else {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  return newBool(cmpResult(c, op));
}

/** hash(float) for slots.hash (exact: see intHashNumber; NaN hashes by identity, as in CPython 3.10+). */
export function floatHashNumber(a: number): number {
  const v = F64[(a >> 3) + 1];
  if (v !== v) return idHash(a);
  if (Number.isSafeInteger(v)) return v === -1 ? -2 : v;
  return exactHash(floatHash(v));
}

// ---- construction ------------------------------------------------------------------------------

/** float(o) for one argument (PyNumber_Float): the value. */
export function floatFromObjectValue(o: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_FLOAT) return F64[(o >> 3) + 1];
  if (tid === T_STR) return floatFromString(strValue(o));
  if (tid === T_INT || tid === T_BOOL) return intLikeToFloat(o);
  const m = lookupSpecial(o, '__float__');
  if (m !== 0) {
    const r = callUnbound(m, o, []);
    try {
      if (!isFloatLike(r)) throw raise(EXC.TypeError, `${typeName(o)}.__float__ returned non-float (type ${typeName(r)})`);
      return F64[(r >> 3) + 1];
    } finally {
      decref(r);
    }
  }
  const ix = lookupSpecial(o, '__index__');
  if (ix !== 0) {
    const r = callUnbound(ix, o, []);
    try {
      if (!isIntLike(r)) throw raise(EXC.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
      return intLikeToFloat(r);
    } finally {
      decref(r);
    }
  }
  if (isSubtype(TYPES[tid], TYPES[T_STR])) return floatFromString(strValue(o));
  throw raise(EXC.TypeError, `float() argument must be a string or a real number, not '${typeName(o)}'`);
}

export function floatFromString(s: string): number {
  const v = parseFloatString(s);
  if (v === null) throw raise(EXC.ValueError, invalidFloatMessage(s));
  return v;
}

function floatNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, 'float() takes no keyword arguments');
  if (args.length > 1) throw raise(EXC.TypeError, `float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return newFloatOfType(t, 0);
  const o = args[0];
  if (t.id === T_FLOAT && I32[(o >> 2) + 1] === T_FLOAT) {
    I32[o >> 2]++;
    return o;
  }
  return newFloatOfType(t, floatFromObjectValue(o));
}

// ---- methods -------------------------------------------------------------------------------------

function def0(name: string, f: (self: number) => number): void {
  const qual = `float.${name}`;
  defMethod(T_FLOAT, name, (self, args, kw) => {
    if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${qual}() takes no keyword arguments`);
    if (args.length) throw raise(EXC.TypeError, `${qual}() takes no arguments (${args.length} given)`);
    return f(self);
  }, { kw: true });
}

function oneArg(qual: string, args: number[], kw: KwArgs | null): number {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw raise(EXC.TypeError, `${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function floatRound(self: number, args: number[], kw: KwArgs | null): number {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, 'float.__round__() takes no keyword arguments');
  if (args.length > 1) throw raise(EXC.TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  const x = F64[(self >> 3) + 1];
  if (args.length === 0 || args[0] === S.None) return newIntBig(roundFloat(x, null) as bigint);
  const nd = indexAsBig(args[0]);
  const n = nd > 100000n ? 100000 : nd < -100000n ? -100000 : Number(nd);
  return newFloat(roundFloat(x, n) as number);
}

function floatFormatMethod(self: number, args: number[], kw: KwArgs | null): number {
  const spec = oneArg(`${typeName(self)}.__format__`, args, kw);
  if (!isSubtype(TYPES[I32[(spec >> 2) + 1]], TYPES[T_STR])) {
    throw raise(EXC.TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
  }
  const s = strValue(spec);
  if (s === '') return pyStr(self);
  return newStr(formatFloat(F64[(self >> 3) + 1], s, typeName(self)));
}

function floatDivmodMethod(reflected: boolean): (self: number, args: number[], kw: KwArgs | null) => number {
  const name = reflected ? 'float.__rdivmod__' : 'float.__divmod__';
  return (self, args, kw) => {
    const other = oneArg(name, args, kw);
    let y: number;
    if (isFloatLike(other)) y = F64[(other >> 3) + 1];
    else if (isIntLike(other)) y = intLikeToFloat(other);
    else {
      I32[S.NotImplemented >> 2]++;
      return S.NotImplemented;
    }
    const x = F64[(self >> 3) + 1];
    const [a, b] = reflected ? [y, x] : [x, y];
    if (b === 0) throw raise(EXC.ZeroDivisionError, 'float divmod()');
    const [q, r] = floatDivmod(a, b);
    return tupleFromSteal([newFloat(q), newFloat(r)]);
  };
}

function floatFromHexMethod(cls: number, args: number[], kw: KwArgs | null): number {
  const s = oneArg('float.fromhex', args, kw);
  if (!isSubtype(TYPES[I32[(s >> 2) + 1]], TYPES[T_STR])) {
    throw raise(EXC.TypeError, 'bad argument type for built-in operation');
  }
  const f = newFloat(floatFromHex(strValue(s)));
  if (I32[(cls >> 2) + 1] === T_TYPE && typeInfoOfTypeObject(cls).id === T_FLOAT) return f;
  try {
    return call(cls, [f]);
  } finally {
    decref(f);
  }
}

export function floatReprObj(a: number): number {
  return newStr(floatRepr(F64[(a >> 3) + 1]));
}

export function initFloatType(): void {
  const s = TYPES[T_FLOAT].slots;
  s.repr = floatReprObj;
  s.hash = floatHashNumber;
  s.richcompare = floatRichCompare;
  s.bool = (a) => F64[(a >> 3) + 1] !== 0;
  s.number = floatNumberSlot;
  s.numberOps = ['add', 'floordiv', 'mul', 'mod', 'pow', 'sub', 'truediv', 'radd', 'rfloordiv', 'rmul', 'rmod', 'rpow', 'rsub', 'rtruediv'];
  s.new = floatNew;

  def0('is_integer', (self) => newBool(Number.isInteger(F64[(self >> 3) + 1])));
  def0('as_integer_ratio', (self) => {
    const [n, d] = floatAsIntegerRatio(F64[(self >> 3) + 1]);
    return tupleFromSteal([newIntBig(n), newIntBig(d)]);
  });
  def0('hex', (self) => newStr(floatHex(F64[(self >> 3) + 1])));
  def0('conjugate', floatExact);
  def0('__float__', floatExact);
  def0('__pos__', floatExact);
  def0('__neg__', (self) => newFloat(-F64[(self >> 3) + 1]));
  def0('__abs__', (self) => newFloat(Math.abs(F64[(self >> 3) + 1])));
  def0('__int__', (self) => newIntBig(floatToInt(F64[(self >> 3) + 1])));
  def0('__trunc__', (self) => newIntBig(floatToInt(F64[(self >> 3) + 1])));
  def0('__floor__', (self) => newIntBig(floatToInt(Math.floor(F64[(self >> 3) + 1]))));
  def0('__ceil__', (self) => newIntBig(floatToInt(Math.ceil(F64[(self >> 3) + 1]))));
  def0('__getnewargs__', (self) => tupleFromSteal([newFloat(F64[(self >> 3) + 1])]));
  defMethod(T_FLOAT, '__round__', floatRound, { kw: true });
  defMethod(T_FLOAT, '__format__', floatFormatMethod, { kw: true });
  defMethod(T_FLOAT, '__divmod__', floatDivmodMethod(false), { kw: true });
  defMethod(T_FLOAT, '__rdivmod__', floatDivmodMethod(true), { kw: true });
  defMethod(T_FLOAT, 'fromhex', floatFromHexMethod, { kw: true, classmethod: true });
  defMethod(T_FLOAT, '__getformat__', (_cls, args) => {
    const t = I32[(args[0] >> 2) + 1] === T_STR ? strValue(args[0]) : null;
    if (t === null) throw raise(EXC.TypeError, `__getformat__() argument must be str, not ${argTypeName(args[0])}`);
    if (t !== 'double' && t !== 'float') throw raise(EXC.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return newStr('IEEE, little-endian');
  }, { nargs: 1, classmethod: true });
  defGetter(T_FLOAT, 'real', floatExact);
  defGetter(T_FLOAT, 'imag', () => newFloat(0));
}

