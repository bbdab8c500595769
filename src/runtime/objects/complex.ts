// complex: a pair of IEEE-754 doubles (CPython's PyComplexObject, Objects/complexobject.c).
//
//   offset | field  | type | note
//   -------+--------+------+------------------------------------------
//    0     | refcnt | i32  |
//    4     | type   | i32  | T_COMPLEX
//    8     | real   | f64  | F64[(a >> 3) + 1]
//   16     | imag   | f64  | F64[(a >> 3) + 2]
//   size 24 bytes -> 32-byte block
//
// Arithmetic follows CPython's algorithms so results agree to the bit: the other operand (int,
// float or bool) becomes a complex first (so (inf+0j)*2 is (inf+nanj)), division is _Py_c_quot
// (scaled by the larger part of the divisor), powers with a small integral exponent multiply
// (c_powi), others go through polar form (_Py_c_pow); the libm functions are mathlib's.
// There is no floor division or modulo. repr is CPython's: (1+2j), 2j, (-0-1j), (nan+infj).

import { I32, F64, T_COMPLEX, T_FLOAT, T_INT, T_BOOL, T_STR, T_FIRST_DYNAMIC, TYPES, type TypeInfo, type KwArgs, allocObject,
  allocGCObject, decref } from '../object.js';
import { gcTrack } from '../gc/generations.js';
import { raise, EXC, isSubtype } from './exception.js';
import { tupleFromSteal } from './tuple.js';
import { S, newBool, lookupSpecial, callUnbound, typeName, argTypeName, idHash, str as pyStr } from '../abstract.js';
import { defMethod, parseArgs } from '../builtins/define.js';
import { newStr, strValue } from './str.js';
import { isIntLike, intCompareFloat, cmpResult, defGetter, exactHash } from './int.js';
import { newFloat, isFloatLike, intLikeToFloat, floatFromObjectValue, complexHook } from './float.js';
import { floatRepr, floatHash, parseFloatString, numberTextToAscii, formatFloat, resolveSpec, unknownCode } from './numfmt.js';
import { libm, hypot } from '../modules/mathlib.js';
import { pyRepr } from './strlib.js';
import * as opc from '../../compiler/opcodes.js';
import { complexConstHook } from '../types.js';

export const COMPLEX_SIZE = 24;

type C = [number, number];

export function newComplex(re: number, im: number): number {
  const a = allocObject(T_COMPLEX, COMPLEX_SIZE);
  F64[(a >> 3) + 1] = re;
  F64[(a >> 3) + 2] = im;
  return a;
}

/** New instance of `t` (complex or a subclass). */
export function newComplexOfType(t: TypeInfo, re: number, im: number): number {
  if (t.id === T_COMPLEX) return newComplex(re, im);
  const a = t.isGC ? allocGCObject(t.id, t.basicsize) : allocObject(t.id, t.basicsize);
  const w = a >> 2;
  for (let i = 6; i < t.basicsize >> 2; i++) I32[w + i] = 0;
  F64[(a >> 3) + 1] = re;
  F64[(a >> 3) + 2] = im;
  if (t.isHeap) I32[t.addr >> 2]++;
  if (t.isGC) gcTrack(a);
  return a;
}

/** complex or a subclass of complex. */
export function isComplexLike(a: number): boolean {
  const t = I32[(a >> 2) + 1];
  if (t === T_COMPLEX) return true;
  if (t < T_FIRST_DYNAMIC) return false;
  let ti = TYPES[t];
  while (ti.base) {
    if (ti.base.id === T_COMPLEX) return true;
    ti = ti.base;
  }
  return false;
}

function val(a: number): C {
  return [F64[(a >> 3) + 1], F64[(a >> 3) + 2]];
}

/** TO_COMPLEX: a complex, float or int operand as a pair; null for other types. */
function toC(o: number): C | null {
  if (isComplexLike(o)) return val(o);
  if (isFloatLike(o)) return [F64[(o >> 3) + 1], 0];
  if (isIntLike(o)) return [intLikeToFloat(o), 0];
  return null;
}

// ---- arithmetic (CPython's _Py_c_* functions) -------------------------------------------------

function prod(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** _Py_c_quot; null for a zero divisor (EDOM). */
function quot(a: C, b: C): C | null {
  const absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

function powu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = prod(r, p);
    mask *= 2;
    p = prod(p, p);
  }
  return r;
}

const safe = (f: (x: number) => number, x: number): number => {
  try {
    return f(x);
  } catch {
    return NaN;
  }
};

/** complex_pow: ZeroDivisionError / OverflowError as CPython. */
function cpow(a: C, b: C): C {
  let r: C;
  let edom = false;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    if (n > 0) r = powu(a, n);
    else {
      const q = quot([1, 0], powu(a, -n));
      if (q === null) {
        edom = true;
        r = [0, 0];
      } else r = q;
    }
  } else if (b[0] === 0 && b[1] === 0) {
    r = [1, 0];
  } else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) edom = true;
    r = [0, 0];
  } else {
    const vabs = hypot(a[0], a[1]);
    let len = libm.pow(vabs, b[0]);
    const at = libm.atan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      len /= safe(libm.exp, at * b[1]);
      phase += b[1] * safe(libm.log, vabs);
    }
    r = [len * safe(libm.cos, phase), len * safe(libm.sin, phase)];
    if (Math.abs(phase) === Infinity) edom = true; // libm's cos(inf) sets errno = EDOM
  }
  if (edom) throw raise(EXC.ZeroDivisionError, '0.0 to a negative or complex power');
  if (Math.abs(r[0]) === Infinity || Math.abs(r[1]) === Infinity) throw raise(EXC.OverflowError, 'complex exponentiation');
  return r;
}

/** The number slot: complex with complex/float/int/bool on either side; 0 = NotImplemented. */
function complexNumber(a: number, b: number, op: number): number {
  let o = op & 0xff;
  if (o >= opc.NB_INPLACE) o -= opc.NB_INPLACE;
  const x = toC(a), y = toC(b);
  if (x === null || y === null) return 0;
  switch (o) {
    case opc.NB_ADD: return newComplex(x[0] + y[0], x[1] + y[1]);
    case opc.NB_SUBTRACT: return newComplex(x[0] - y[0], x[1] - y[1]);
    case opc.NB_MULTIPLY: {
      const r = prod(x, y);
      return newComplex(r[0], r[1]);
    }
    case opc.NB_TRUE_DIVIDE: {
      const r = quot(x, y);
      if (r === null) throw raise(EXC.ZeroDivisionError, 'complex division by zero');
      return newComplex(r[0], r[1]);
    }
    case opc.NB_POWER: {
      const r = cpow(x, y);
      return newComplex(r[0], r[1]);
    }
  }
  return 0;
}


// ---- repr, hash, comparison -----------------------------------------------------------------------

/** repr of one part: float repr without the ".0" CPython's 'r' format adds for floats. */
function partRepr(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') && !s.includes('e') ? s.slice(0, -2) : s;
}

export function complexReprText(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return `${partRepr(im)}j`;
  const ims = partRepr(im);
  const sign = ims.startsWith('-') ? '' : '+';
  return `(${partRepr(re)}${sign}${ims}j)`;
}

function complexRepr(a: number): number {
  const [re, im] = val(a);
  return newStr(complexReprText(re, im));
}

function partHash(a: number, x: number): bigint {
  return x !== x ? BigInt(idHash(a)) : floatHash(x);
}

function complexHash(a: number): number {
  const [re, im] = val(a);
  let h = BigInt.asIntN(64, partHash(a, re) + 1000003n * partHash(a, im));
  if (h === -1n) h = -2n;
  return exactHash(h);
}

function complexRichCompare(a: number, b: number, op: number): number {
  if (op !== 2 && op !== 3) return (I32[S.NotImplemented >> 2]++, S.NotImplemented);
  const [re, im] = val(a);
  let eq: boolean;
  if (isComplexLike(b)) {
    const [bre, bim] = val(b);
    eq = re === bre && im === bim;
  } else if (isFloatLike(b)) {
    eq = im === 0 && re === F64[(b >> 3) + 1];
  } else if (isIntLike(b)) {
    eq = im === 0 && intCompareFloat(b, re) === 0;
  } else {
    return (I32[S.NotImplemented >> 2]++, S.NotImplemented);
  }
  return newBool(cmpResult(eq ? 0 : 1, op));
}

// ---- construction ------------------------------------------------------------------------------

const NUM = '(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])';
const RE_REAL = new RegExp(`^[+-]?${NUM}$`);
const RE_IMAG = new RegExp(`^([+-]?)(${NUM})?[jJ]$`);
const RE_BOTH = new RegExp(`^([+-]?${NUM})([+-])(${NUM})?[jJ]$`);

/** complex('...'): CPython's complex_from_string_inner. */
function parseComplex(text: string): C {
  const ascii = numberTextToAscii(text);
  if (ascii === null) throw raise(EXC.ValueError, `could not convert string to complex: ${pyRepr(text)}`);
  let s = ascii.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  const num = (t: string): number => {
    const v = parseFloatString(t);
    if (v === null) throw raise(EXC.ValueError, 'complex() arg is a malformed string');
    return v;
  };
  if (RE_REAL.test(s)) return [num(s), 0];
  let m = RE_IMAG.exec(s);
  if (m) return [0, m[2] === undefined ? (m[1] === '-' ? -1 : 1) : num(m[1] + m[2])];
  m = RE_BOTH.exec(s);
  if (m) return [num(m[1]), m[3] === undefined ? (m[2] === '-' ? -1 : 1) : num(m[2] + m[3])];
  throw raise(EXC.ValueError, 'complex() arg is a malformed string');
}

/** The value of a complex() argument: __complex__, or a real number; null when not a number. */
function complexArg(o: number, first: boolean): [C, boolean] | null {
  if (isComplexLike(o) && I32[(o >> 2) + 1] === T_COMPLEX) return [val(o), true];
  const m = lookupSpecial(o, '__complex__');
  if (m !== 0 && first) {
    const r = callUnbound(m, o, []);
    try {
      if (!isComplexLike(r)) throw raise(EXC.TypeError, `__complex__ returned non-complex (type ${typeName(r)})`);
      return [val(r), true];
    } finally {
      decref(r);
    }
  }
  if (isComplexLike(o)) return [val(o), true];
  const tid = I32[(o >> 2) + 1];
  if (tid === T_FLOAT || tid === T_INT || tid === T_BOOL || isFloatLike(o) || isIntLike(o) ||
      lookupSpecial(o, '__float__') !== 0 || lookupSpecial(o, '__index__') !== 0) {
    return [[floatFromObjectValue(o), 0], false];
  }
  return null;
}

function complexNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  const [r0, i0] = parseArgs('complex', args, kw, ['real', 'imag'], 0);
  let r = r0;
  const i = i0;
  if (r === 0) {
    if (i === 0) return newComplexOfType(t, 0, 0);
    const [ci, ciIsComplex] = secondArg(i);
    return newComplexOfType(t, ciIsComplex ? -ci[1] : 0, ci[0]);
  }
  if (isSubtype(TYPES[I32[(r >> 2) + 1]], TYPES[T_STR])) {
    if (i !== 0) throw raise(EXC.TypeError, "complex() can't take second arg if first is a string");
    const [re, im] = parseComplex(strValue(r));
    return newComplexOfType(t, re, im);
  }
  if (i !== 0 && isSubtype(TYPES[I32[(i >> 2) + 1]], TYPES[T_STR])) throw raise(EXC.TypeError, "complex() second arg can't be a string");
  if (i === 0 && t.id === T_COMPLEX && I32[(r >> 2) + 1] === T_COMPLEX) return (I32[r >> 2]++, r);
  const cr = complexArg(r, true);
  if (cr === null) throw raise(EXC.TypeError, `complex() first argument must be a string or a number, not '${typeName(r)}'`);
  if (i === 0) return newComplexOfType(t, cr[0][0], cr[0][1]);
  // complex_new_impl: the parts combine only when they are complex themselves (keeps -0.0)
  const [ci, ciIsComplex] = secondArg(i);
  let re = cr[0][0], im = ci[0];
  if (ciIsComplex) re -= ci[1];
  if (cr[1]) im += cr[0][1];
  return newComplexOfType(t, re, im);

  function secondArg(o: number): [C, boolean] {
    const c = complexArg(o, false);
    if (c === null) throw raise(EXC.TypeError, `complex() second argument must be a number, not '${typeName(o)}'`);
    return c;
  }
}

// ---- format ------------------------------------------------------------------------------------

/** format(z, spec): CPython's format_complex_internal (the spec parsed as for float). */
function formatComplex(re: number, im: number, spec: string): string {
  if (spec === '') return complexReprText(re, im);
  const sp = resolveSpec(spec, '', '>', 'complex');
  if (!'eEfFgGn'.includes(sp.type)) throw unknownCode(sp.type, 'complex');
  if (sp.fill === '0') throw raise(EXC.ValueError, 'Zero padding is not allowed in complex format specifier');
  if (sp.align === '=') throw raise(EXC.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  const type = sp.type, sign = sp.sign, fill = sp.fill, align = sp.align;
  const z = sp.noNeg0 ? 'z' : '', alt = sp.alt ? '#' : '', group = sp.grouping;
  const prec = sp.precision >= 0 ? String(sp.precision) : undefined;
  const width = sp.width >= 0 ? String(sp.width) : undefined;
  let t = type;
  let skipRe = false, parens = false;
  let precision = prec;
  if (t === '') {
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
    if (precision === undefined) t = 'r';
    else t = 'g';
  }
  const part = (x: number, sgn: string): string => {
    if (t === 'r') {
      let s = partRepr(sp.noNeg0 && x === 0 ? 0 : x);
      if (sp.alt && Number.isFinite(x) && !s.includes('.')) {
        // Py_DTSF_ALT: always a decimal point ("1." / "1.e+20")
        const e = s.indexOf('e');
        s = e < 0 ? s + '.' : s.slice(0, e) + '.' + s.slice(e);
      }
      return sgn === '+' && !s.startsWith('-') ? '+' + s : sgn === ' ' && !s.startsWith('-') ? ' ' + s : s;
    }
    return formatFloat(x, `${sgn}${z ?? ''}${alt ?? ''}${group ?? ''}${precision !== undefined ? '.' + precision : ''}${t}`, 'complex');
  };
  const reStr = skipRe ? '' : part(re, sign ?? '');
  const imStr = part(im, skipRe ? sign ?? '' : '+');
  let body = `${parens ? '(' : ''}${reStr}${imStr}j${parens ? ')' : ''}`;
  const w = width ? Number(width) : 0;
  if (body.length < w) {
    const f = fill ?? ' ', pad = w - body.length;
    switch (align ?? '>') {
      case '<': body = body + f.repeat(pad); break;
      case '^': body = f.repeat(pad >> 1) + body + f.repeat(pad - (pad >> 1)); break;
      default: body = f.repeat(pad) + body;
    }
  }
  return body;
}

// ---- the type ----------------------------------------------------------------------------------

function def0(name: string, f: (self: number) => number): void {
  defMethod(T_COMPLEX, name, (self, args, kw) => {
    if ((kw !== null && kw.names.length) || args.length) throw raise(EXC.TypeError, `complex.${name}() takes no arguments (${args.length} given)`);
    return f(self);
  }, { kw: true });
}

export function initComplexType(): void {
  // float ** float with a negative base and a fractional exponent (float_pow hands it over)
  complexHook.pow = (x: number, y: number): number => {
    const r = cpow([x, 0], [y, 0]);
    return newComplex(r[0], r[1]);
  };
  complexConstHook.make = (imag) => newComplex(0, imag);
  const s = TYPES[T_COMPLEX].slots;
  s.repr = complexRepr;
  s.hash = complexHash;
  s.richcompare = complexRichCompare;
  s.bool = (a) => F64[(a >> 3) + 1] !== 0 || F64[(a >> 3) + 2] !== 0;
  s.number = complexNumber;
  s.numberOps = ['add', 'mul', 'pow', 'sub', 'truediv', 'radd', 'rmul', 'rpow', 'rsub', 'rtruediv'];
  s.new = complexNew;
  TYPES[T_COMPLEX].baseType = true;
  const exact = (a: number): number => (I32[(a >> 2) + 1] === T_COMPLEX ? (I32[a >> 2]++, a) : newComplex(...val(a)));
  def0('conjugate', (a) => newComplex(F64[(a >> 3) + 1], -F64[(a >> 3) + 2]));
  def0('__complex__', exact);
  def0('__pos__', exact);
  def0('__neg__', (a) => newComplex(-F64[(a >> 3) + 1], -F64[(a >> 3) + 2]));
  def0('__abs__', (a) => {
    const [re, im] = val(a);
    let r: number;
    if (Math.abs(re) === Infinity || Math.abs(im) === Infinity) r = Infinity;
    else if (re !== re || im !== im) r = NaN;
    else {
      r = hypot(re, im);
      if (r === Infinity) throw raise(EXC.OverflowError, 'absolute value too large');
    }
    return newFloat(r);
  });
  def0('__getnewargs__', (a) => tupleFromSteal([newFloat(F64[(a >> 3) + 1]), newFloat(F64[(a >> 3) + 2])]));
  defMethod(T_COMPLEX, '__format__', (self, args) => {
    const spec = args[0];
    if (!isSubtype(TYPES[I32[(spec >> 2) + 1]], TYPES[T_STR])) throw raise(EXC.TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
    const sp = strValue(spec);
    if (sp === '') return pyStr(self);
    return newStr(formatComplex(F64[(self >> 3) + 1], F64[(self >> 3) + 2], sp));
  }, { nargs: 1 });
  defGetter(T_COMPLEX, 'real', (a) => newFloat(F64[(a >> 3) + 1]));
  defGetter(T_COMPLEX, 'imag', (a) => newFloat(F64[(a >> 3) + 2]));
}
