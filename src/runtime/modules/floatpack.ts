// `_floatpack`: IEEE 754 binary16/32/64 encodings of floats for lib/struct.py and lib/array.py
// (CPython's PyFloat_Pack2/4/8 and PyFloat_Unpack2/4/8): round-half-even, and OverflowError
// "float too large to pack with X format" when a finite value rounds past the largest one.

import { I32, T_FLOAT, T_INT, T_BOOL } from '../object.js';
import { newFloat } from '../objects/float.js';
import { newBytes, isBytesLike, bytesView } from '../objects/bytes.js';
import { raise, EXC } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction } from '../builtins/define.js';
import { newModule, moduleDict } from '../types.js';

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** binary16 bits of x, or -1 when a finite x is too large. */
export function halfBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  if (Number.isNaN(x)) return 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  // log2 may be off by one near powers of two: settle e so that 2^e <= a < 2^(e+1)
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  if (e < -14) return sign | roundHalfEven(a * 2 ** 24); // subnormal (1024 is the smallest normal)
  let m = roundHalfEven(a * 2 ** (10 - e));
  if (m === 2048) {
    m = 1024;
    e++;
  }
  if (e + 15 >= 31) return -1;
  return sign | ((e + 15) << 10) | (m - 1024);
}

export function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1024 + m) * 2 ** (e - 25);
}

function floatArg(o: number): number {
  const t = I32[(o >> 2) + 1];
  if (t !== T_FLOAT && t !== T_INT && t !== T_BOOL) throw raise(EXC.TypeError, `must be real number, not ${A.typeName(o)}`);
  return A.asFloat(o);
}

export function makeFloatpackModule(): number {
  const m = newModule('_floatpack');
  const d = moduleDict(m);
  // pack(x, size, little, strict) -> bytes: size 2, 4 or 8; with strict false a binary32
  // overflow gives inf (a C cast: struct's native 'f')
  defFunction(d, 'pack', (_s, args) => {
    const x = floatArg(args[0]);
    const size = A.indexValue(args[1]);
    const little = A.isTrue(args[2]);
    const strict = A.isTrue(args[3]);
    const buf = new DataView(new ArrayBuffer(size));
    if (size === 8) buf.setFloat64(0, x, little);
    else if (size === 4) {
      if (strict && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throw raise(EXC.OverflowError, 'float too large to pack with f format');
      buf.setFloat32(0, x, little);
    } else if (size === 2) {
      const bits = halfBits(x);
      if (bits < 0) throw raise(EXC.OverflowError, 'float too large to pack with e format');
      buf.setUint16(0, bits, little);
    } else throw raise(EXC.ValueError, `bad float size ${size}`);
    return newBytes(new Uint8Array(buf.buffer));
  }, { nargs: 4 });
  // unpack(data, little) -> float: len(data) is 2, 4 or 8
  defFunction(d, 'unpack', (_s, args) => {
    if (!isBytesLike(args[0])) throw raise(EXC.TypeError, `a bytes-like object is required, not '${A.typeName(args[0])}'`);
    const src = bytesView(args[0]);
    const little = A.isTrue(args[1]);
    const buf = new DataView(Uint8Array.from(src).buffer);
    if (src.length === 8) return newFloat(buf.getFloat64(0, little));
    if (src.length === 4) return newFloat(buf.getFloat32(0, little));
    if (src.length === 2) return newFloat(halfValue(buf.getUint16(0, little)));
    throw raise(EXC.ValueError, `bad float size ${src.length}`);
  }, { nargs: 2 });
  return m;
}
