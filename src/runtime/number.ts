// The number protocol: binary and unary operators for every type (CPython's binary_op1 with
// reflected operands and in-place variants). Ints that fit a double are computed as doubles and
// fall back to bigint when a result leaves the safe range.

import { I32, F64, TYPES, type TypeInfo, T_INT, T_BOOL, T_FLOAT, T_STR, T_LIST, T_TUPLE, T_FUNCTION, T_BUILTIN, decref } from './object.js';
import { newInt, newIntBig, intBig, BIGS } from './objects/int.js';
import { newFloat, complexHook } from './objects/float.js';
import { raise, EXC, isSubtype } from './objects/exception.js';
import { typeLookup } from './objects/type.js';
import { builtinOf } from './objects/function.js';
import { S, callUnbound } from './abstract.js';
import { intFloorDiv, intMod, intPow, intTrueDiv, floatFloorDiv, floatMod, floatPow, intToFloat } from './objects/numfmt.js';
import * as opc from '../compiler/opcodes.js';

const SYM = opc.NB_SYMBOLS;

function isIntT(t: number): boolean {
  return t === T_INT || t === T_BOOL;
}

/** int (op) int. */
export function intBinop(a: number, b: number, op: number): number {
  const sa = I32[(a >> 2) + 4], sb = I32[(b >> 2) + 4];
  if (sa === 0 && sb === 0) {
    const x = F64[(a >> 3) + 1], y = F64[(b >> 3) + 1];
    let r: number;
    switch (op) {
      case opc.NB_ADD: r = x + y; break;
      case opc.NB_SUBTRACT: r = x - y; break;
      case opc.NB_MULTIPLY: r = x * y; break;
      case opc.NB_FLOOR_DIVIDE:
        if (y === 0) throw raise(EXC.ZeroDivisionError, 'integer division or modulo by zero');
        r = Math.floor(x / y);
        if (Number.isSafeInteger(r) && Math.abs(x) < 2 ** 52 && Math.abs(y) < 2 ** 52) {
          // exact for |x|,|y| < 2**52 except when rounding crossed an integer: fix up
          const rem = x - r * y;
          if (y > 0 ? rem < 0 : rem > 0) r -= 1;
          else if (y > 0 ? rem >= y : rem <= y) r += 1;
          return newInt(r === 0 ? 0 : r);
        }
        return newIntBig(intFloorDiv(BigInt(x), BigInt(y)));
      case opc.NB_REMAINDER:
        if (y === 0) throw raise(EXC.ZeroDivisionError, 'integer modulo by zero');
        r = x % y;
        if (r !== 0 && (r < 0) !== (y < 0)) r += y;
        return newInt(r === 0 ? 0 : r);
      case opc.NB_TRUE_DIVIDE:
        if (y === 0) throw raise(EXC.ZeroDivisionError, 'division by zero');
        if (Math.abs(x) <= 2 ** 53 && Math.abs(y) <= 2 ** 53) return newFloat(x / y);
        return newFloat(intTrueDiv(BigInt(x), BigInt(y)));
      case opc.NB_POWER:
        if (y < 0) {
          if (x === 0) throw raise(EXC.ZeroDivisionError, '0.0 cannot be raised to a negative power');
          return newFloat(floatPow(x, y));
        }
        r = x ** y;
        if (Number.isSafeInteger(r)) return newInt(r);
        return newIntBig(BigInt(x) ** BigInt(y));
      case opc.NB_AND:
        if (Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31) return newInt(x & y);
        return newIntBig(BigInt(x) & BigInt(y));
      case opc.NB_OR:
        if (Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31) return newInt(x | y);
        return newIntBig(BigInt(x) | BigInt(y));
      case opc.NB_XOR:
        if (Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31) return newInt(x ^ y);
        return newIntBig(BigInt(x) ^ BigInt(y));
      case opc.NB_LSHIFT:
        if (y < 0) throw raise(EXC.ValueError, 'negative shift count');
        if (y < 31 && Math.abs(x) < 2 ** 21) {
          r = x * 2 ** y;
          if (Number.isSafeInteger(r)) return newInt(r);
        }
        return newIntBig(BigInt(x) << BigInt(y));
      case opc.NB_RSHIFT:
        if (y < 0) throw raise(EXC.ValueError, 'negative shift count');
        if (y >= 53) return newInt(x < 0 ? -1 : 0); // every bit shifted out (2 ** y may be Infinity)
        return newInt(Math.floor(x / 2 ** y));
      default:
        return 0;
    }
    if (Number.isSafeInteger(r)) return newInt(r);
    return newIntBig(op === opc.NB_ADD ? BigInt(x) + BigInt(y) : op === opc.NB_SUBTRACT ? BigInt(x) - BigInt(y) : BigInt(x) * BigInt(y));
  }
  const x = sa === 0 ? BigInt(F64[(a >> 3) + 1]) : BIGS.get(sa);
  const y = sb === 0 ? BigInt(F64[(b >> 3) + 1]) : BIGS.get(sb);
  switch (op) {
    case opc.NB_ADD: return newIntBig(x + y);
    case opc.NB_SUBTRACT: return newIntBig(x - y);
    case opc.NB_MULTIPLY: return newIntBig(x * y);
    case opc.NB_FLOOR_DIVIDE:
      if (y === 0n) throw raise(EXC.ZeroDivisionError, 'integer division or modulo by zero');
      return newIntBig(intFloorDiv(x, y));
    case opc.NB_REMAINDER:
      if (y === 0n) throw raise(EXC.ZeroDivisionError, 'integer modulo by zero');
      return newIntBig(intMod(x, y));
    case opc.NB_TRUE_DIVIDE:
      if (y === 0n) throw raise(EXC.ZeroDivisionError, 'division by zero');
      return newFloat(intTrueDiv(x, y));
    case opc.NB_POWER: {
      const r = intPow(x, y);
      return typeof r === 'number' ? newFloat(r) : newIntBig(r);
    }
    case opc.NB_AND: return newIntBig(x & y);
    case opc.NB_OR: return newIntBig(x | y);
    case opc.NB_XOR: return newIntBig(x ^ y);
    case opc.NB_LSHIFT:
      if (y < 0n) throw raise(EXC.ValueError, 'negative shift count');
      if (x === 0n) return newInt(0);
      if (y > 100000000n) throw raise(EXC.OverflowError, 'too many digits in integer');
      return newIntBig(x << y);
    case opc.NB_RSHIFT:
      if (y < 0n) throw raise(EXC.ValueError, 'negative shift count');
      return newIntBig(x >> y);
  }
  return 0;
}

function toFloatOperand(o: number): number {
  const t = I32[(o >> 2) + 1];
  if (t === T_FLOAT) return F64[(o >> 3) + 1];
  const s = I32[(o >> 2) + 4];
  if (s === 0) return F64[(o >> 3) + 1];
  return intToFloat(BIGS.get(s));
}

/** float (op) float|int. */
export function floatBinop(a: number, b: number, op: number): number {
  const x = toFloatOperand(a), y = toFloatOperand(b);
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
      // a negative base with a fractional exponent: float_pow hands over to complex
      if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== Math.floor(y)) return complexHook.pow(x, y);
      return newFloat(floatPow(x, y));
  }
  return 0;
}

/** Numeric fast path shared by the eval loop: returns 0 when a or b is not int/float. */
export function numericBinop(a: number, b: number, op: number): number {
  const ta = I32[(a >> 2) + 1], tb = I32[(b >> 2) + 1];
  // bool & | ^ bool stays a bool: leave it to bool's slot
  if (ta === T_BOOL && tb === T_BOOL && (op === opc.NB_AND || op === opc.NB_OR || op === opc.NB_XOR)) return 0;
  if (isIntT(ta) && isIntT(tb)) return intBinop(a, b, op);
  if ((ta === T_FLOAT || isIntT(ta)) && (tb === T_FLOAT || isIntT(tb))) return floatBinop(a, b, op);
  return 0;
}

const INPLACE_NAMES = opc.NB_NAMES.map((n) => `__i${n}__`);
const BIN_NAMES = opc.NB_NAMES.map((n) => `__${n}__`);
const R_NAMES = opc.NB_NAMES.map((n) => `__r${n}__`);

/** a (op) b for any objects; `op` may include NB_INPLACE. New reference. */
export function binaryOp(a: number, b: number, op: number): number {
  const inplace = op >= opc.NB_INPLACE;
  const base = inplace ? op - opc.NB_INPLACE : op;
  const ta = TYPES[I32[(a >> 2) + 1]], tb = TYPES[I32[(b >> 2) + 1]];
  if (!ta.isHeap && !tb.isHeap) {
    const r = numericBinop(a, b, base);
    if (r !== 0) return r;
  }
  if (inplace) {
    if (ta.isHeap) {
      const m = typeLookup(ta, INPLACE_NAMES[base]);
      if (m !== 0) {
        const r = callUnbound(m, a, [b]);
        if (r !== S.NotImplemented) return r;
        decref(r);
      }
    } else if (ta.slots.number) {
      const r = ta.slots.number(a, b, op);
      if (r !== 0) return r;
    }
  }
  // binary_op1: a.__op__(b), then b.__rop__(a); a subclass's reflected method goes first
  let triedReflected = false;
  if (ta !== tb && isSubtype(tb, ta) && tb.isHeap && typeLookup(tb, R_NAMES[base]) !== 0) {
    triedReflected = true;
    const r = callUnbound(typeLookup(tb, R_NAMES[base]), b, [a]);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  let r = slotBinop(a, b, base, ta, false);
  if (r !== 0) return r;
  // x *= b'..' with x a container (dict, set): PyNumber_InPlaceMultiply never uses bytes' repeat
  const noRepeat = inplace && base === opc.NB_MULTIPLY && (ta.slots.len || ta.slots.getitem) && !tb.isHeap &&
    (tb.name === 'bytes' || tb.name === 'bytearray');
  if (!triedReflected && ta !== tb && !noRepeat) {
    r = slotBinop(b, a, base, tb, true);
    if (r !== 0) return r;
  }
  throw binopTypeError(a, b, base, inplace, ta, tb);
}

/** Try one side: returns 0 for NotImplemented. `reflected`: x is the right operand. */
function slotBinop(x: number, y: number, op: number, t: TypeInfo, reflected: boolean): number {
  if (t.isHeap) {
    const m = typeLookup(t, reflected ? R_NAMES[op] : BIN_NAMES[op]);
    if (m !== 0 && I32[(m >> 2) + 1] === T_FUNCTION) {
      const r = callUnbound(m, x, [y]);
      if (r !== S.NotImplemented) return r;
      decref(r);
      return 0;
    }
  }
  for (const b of t.mro) {
    if (b.slots.number) {
      const r = b.slots.number(reflected ? y : x, reflected ? x : y, op | (reflected ? REFLECTED : 0));
      return r;
    }
    if (!b.isHeap) break;
  }
  return 0;
}

/** Flag passed to slots.number when the slot's own object is the right operand. */
export const REFLECTED = 1 << 8;

/** The builtin type a class derives from (its sequence methods are the builtin's), or t itself. */
function builtinBase(t: TypeInfo): TypeInfo {
  while (t.isHeap && t.base) t = t.base;
  return t;
}

function binopTypeError(a: number, b: number, op: number, inplace: boolean, ta: TypeInfo, tb: TypeInfo) {
  const sym = SYM[op] + (inplace ? '=' : '');
  const sa = builtinBase(ta).id, sb = builtinBase(tb).id;
  if (op === opc.NB_ADD && (sa === T_STR || sa === T_LIST || sa === T_TUPLE) && !(inplace && sa === T_LIST)) {
    const what = sa === T_STR ? 'str' : sa === T_LIST ? 'list' : 'tuple';
    return raise(EXC.TypeError, `can only concatenate ${what} (not "${tb.name}") to ${what}`);
  }
  if (op === opc.NB_ADD && sa === T_LIST && inplace) {
    return raise(EXC.TypeError, `'${tb.name}' object is not iterable`);
  }
  if (op === opc.NB_MULTIPLY && (sa === T_STR || sa === T_LIST || sa === T_TUPLE)) {
    return raise(EXC.TypeError, `can't multiply sequence by non-int of type '${tb.name}'`);
  }
  // x *= seq: PyNumber_InPlaceMultiply only tries seq's repeat when x has no sequence methods at all
  // (every class has them: a heap type's tp_as_sequence is never NULL)
  if (op === opc.NB_MULTIPLY && (sb === T_STR || sb === T_LIST || sb === T_TUPLE) && !(inplace && (ta.isHeap || ta.slots.len || ta.slots.getitem))) {
    return raise(EXC.TypeError, `can't multiply sequence by non-int of type '${ta.name}'`);
  }
  if (op === opc.NB_POWER && !inplace) { // x **= y says **=
    return raise(EXC.TypeError, `unsupported operand type(s) for ** or pow(): '${ta.name}' and '${tb.name}'`);
  }
  // `print >>sys.stderr, x`: Python 2's print chevron
  const hint = op === opc.NB_RSHIFT && !inplace && ta.id === T_BUILTIN && builtinOf(a).name === 'print'
    ? '. Did you mean "print(<message>, file=<output_stream>)"?' : '';
  return raise(EXC.TypeError, `unsupported operand type(s) for ${sym}: '${ta.name}' and '${tb.name}'${hint}`);
}

// ---- unary ------------------------------------------------------------------------------------

export function negative(a: number): number {
  const t = I32[(a >> 2) + 1];
  if (isIntT(t)) {
    const s = I32[(a >> 2) + 4];
    if (s === 0) {
      const v = F64[(a >> 3) + 1];
      return newInt(v === 0 ? 0 : -v);
    }
    return newIntBig(-BIGS.get(s));
  }
  if (t === T_FLOAT) return newFloat(-F64[(a >> 3) + 1]);
  return unarySpecial(a, '__neg__', '-');
}

export function positive(a: number): number {
  const t = I32[(a >> 2) + 1];
  if (t === T_INT) {
    I32[a >> 2]++;
    return a;
  }
  if (t === T_BOOL) return newIntBig(intBig(a));
  if (t === T_FLOAT) {
    I32[a >> 2]++;
    return a;
  }
  return unarySpecial(a, '__pos__', '+');
}

export function invert(a: number): number {
  const t = I32[(a >> 2) + 1];
  if (isIntT(t)) return newIntBig(~intBig(a));
  return unarySpecial(a, '__invert__', '~');
}

export function absolute(a: number): number {
  const t = I32[(a >> 2) + 1];
  if (isIntT(t)) {
    const v = intBig(a);
    if (v >= 0n && t === T_INT) {
      I32[a >> 2]++; // long_abs of a non-negative exact int is the int itself (long_long)
      return a;
    }
    return newIntBig(v < 0n ? -v : v);
  }
  if (t === T_FLOAT) return newFloat(Math.abs(F64[(a >> 3) + 1]));
  const tt = TYPES[t];
  const m = typeLookup(tt, '__abs__');
  if (m === 0) throw raise(EXC.TypeError, `bad operand type for abs(): '${tt.name}'`);
  return callUnbound(m, a, []);
}

function unarySpecial(a: number, name: string, sym: string): number {
  const t = TYPES[I32[(a >> 2) + 1]];
  const m = typeLookup(t, name);
  if (m === 0) throw raise(EXC.TypeError, `bad operand type for unary ${sym}: '${t.name}'`);
  return callUnbound(m, a, []);
}
