/**
 * Pure functions behind Python's `math` module, with CPython 3.11's results
 * and errors ('ValueError: math domain error', 'OverflowError: math range
 * error', ...).
 *
 * Argument conventions:
 *  - `Num` = number | bigint.  A bigint is a Python int; it is converted to
 *    float like CPython (OverflowError 'int too large to convert to float').
 *  - log, log2, log10 take huge ints exactly like CPython (math.log(10**1000)).
 *  - floor, ceil, trunc return bigint (an int passes through unchanged).
 *  - gcd, lcm, isqrt, factorial, comb, perm take and return bigint.
 *  - ldexp's exponent may be a number or bigint.
 *  - prod/fsum take arrays of Num.
 */
import { PyErr } from '../objects/pyerr.js';
import { floatToInt, intToFloat, frexp as nfFrexp, ldexp as nfLdexp } from '../objects/numfmt.js';

export type Num = number | bigint;

// ---------------------------------------------------------------------------
// libm: the C library functions CPython calls (glibc on Linux).
// ---------------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function nextafterF(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  F64[0] = x;
  const up = (y > x) === (x > 0);
  let lo = U32[LO]!;
  let hi = U32[HI]!;
  if (up) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  U32[LO] = lo;
  U32[HI] = hi;
  return F64[0]!;
}

function signbitF(x: number): boolean {
  F64[0] = x;
  return U32[HI]! >>> 31 === 1;
}

const libm = {
  acos: Math.acos,
  acosh: Math.acosh,
  asin: Math.asin,
  asinh: Math.asinh,
  atan: Math.atan,
  atanh: Math.atanh,
  atan2: Math.atan2,
  cbrt: Math.cbrt,
  cos: Math.cos,
  cosh: Math.cosh,
  exp: Math.exp,
  exp2: (x: number) => Math.pow(2, x),
  expm1: Math.expm1,
  log: Math.log,
  log2: Math.log2,
  log10: Math.log10,
  log1p: Math.log1p,
  sin: Math.sin,
  sinh: Math.sinh,
  tan: Math.tan,
  tanh: Math.tanh,
  pow: Math.pow,
  erf: (x: number) => x,
  erfc: (x: number) => x,
  nextafter: nextafterF,
  signbit: signbitF,
};

export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = Infinity;
export const nan = NaN;

function domainError(): PyErr {
  return new PyErr('ValueError', 'math domain error');
}
function rangeError(): PyErr {
  return new PyErr('OverflowError', 'math range error');
}

function toF(x: Num): number {
  return typeof x === 'bigint' ? intToFloat(x) : x;
}

function isNeg(x: number): boolean {
  return x < 0 || (x === 0 && 1 / x < 0);
}

function copysignF(x: number, y: number): number {
  const ax = Math.abs(x);
  if (y !== y) return libm.signbit(y) ? -ax : ax;
  return isNeg(y) ? -ax : ax;
}

/** math_1: NaN from non-NaN -> domain error; inf from finite -> range/domain error. */
function math1(x: Num, f: (v: number) => number, canOverflow: boolean): number {
  const v = toF(x);
  const r = f(v);
  if (r !== r && v === v) throw domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(v)) throw canOverflow ? rangeError() : domainError();
  return r;
}

/** math_2 */
function math2(x: Num, y: Num, f: (a: number, b: number) => number): number {
  const a = toF(x);
  const b = toF(y);
  const r = f(a, b);
  if (r !== r) {
    if (a === a && b === b) throw domainError();
  } else if (r === Infinity || r === -Infinity) {
    if (Number.isFinite(a) && Number.isFinite(b)) throw rangeError();
  }
  return r;
}

export function acos(x: Num): number {
  return math1(x, libm.acos, false);
}
export function acosh(x: Num): number {
  return math1(x, libm.acosh, false);
}
export function asin(x: Num): number {
  return math1(x, libm.asin, false);
}
export function asinh(x: Num): number {
  return math1(x, libm.asinh, false);
}
export function atan(x: Num): number {
  return math1(x, libm.atan, false);
}
export function atanh(x: Num): number {
  return math1(x, libm.atanh, false);
}
export function cbrt(x: Num): number {
  return math1(x, libm.cbrt, false);
}
export function cos(x: Num): number {
  return math1(x, libm.cos, false);
}
export function cosh(x: Num): number {
  return math1(x, libm.cosh, true);
}
export function exp(x: Num): number {
  return math1(x, libm.exp, true);
}
export function exp2(x: Num): number {
  return math1(x, libm.exp2, true);
}
export function expm1(x: Num): number {
  return math1(x, libm.expm1, true);
}
export function fabs(x: Num): number {
  return math1(x, Math.abs, false);
}
export function log1p(x: Num): number {
  return math1(x, libm.log1p, false);
}
export function sin(x: Num): number {
  return math1(x, libm.sin, false);
}
export function sinh(x: Num): number {
  return math1(x, libm.sinh, true);
}
export function sqrt(x: Num): number {
  return math1(x, Math.sqrt, false);
}
export function tan(x: Num): number {
  return math1(x, libm.tan, false);
}
export function tanh(x: Num): number {
  return math1(x, libm.tanh, false);
}

/** erf (glibc's fdlibm-derived algorithm). */
export function erf(x: Num): number {
  return libm.erf(toF(x));
}

/** erfc (glibc's fdlibm-derived algorithm); underflow to 0 is not an error. */
export function erfc(x: Num): number {
  return libm.erfc(toF(x));
}

// ---------------------------------------------------------------------------
// gamma / lgamma: CPython's own Lanczos implementation
// ---------------------------------------------------------------------------

const LANCZOS_N = 13;
const lanczosG = 6.024680040776729583740234375;
const lanczosGMinusHalf = 5.524680040776729583740234375;
const lanczosNum = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const lanczosDen = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
  1925.0, 66.0, 1.0,
];
const gammaIntegral = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + lanczosNum[i]!;
      den = den * x + lanczosDen[i]!;
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczosNum[i]!;
      den = den / x + lanczosDen[i]!;
    }
  }
  return num / den;
}

/** C round(): half away from zero. */
function cRound(x: number): number {
  const t = Math.trunc(x);
  const d = x - t;
  if (d >= 0.5) return t + 1;
  if (d <= -0.5) return t - 1;
  return t;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = cRound(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libm.sin(Math.PI * y);
      break;
    case 1:
      r = libm.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = libm.sin(Math.PI * (1.0 - y));
      break;
    case 3:
      r = -libm.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm.sin(Math.PI * (y - 2.0));
  }
  return copysignF(1.0, x) * r;
}

/** math.gamma */
export function gamma(xa: Num): number {
  const x = toF(xa);
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= gammaIntegral.length) return gammaIntegral[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) throw rangeError();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    throw rangeError();
  }
  const y = absx + lanczosGMinusHalf;
  let z: number;
  if (absx > lanczosGMinusHalf) {
    const q = y - absx;
    z = q - lanczosGMinusHalf;
  } else {
    const q = y - lanczosGMinusHalf;
    z = q - absx;
  }
  z = (z * lanczosG) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

/** math.lgamma */
export function lgamma(xa: Num): number {
  const x = toF(xa);
  if (!Number.isFinite(x)) {
    if (x !== x) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) throw domainError();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - lanczosG;
  r += (absx - 0.5) * (libm.log(absx + lanczosG - 0.5) - 1);
  if (x < 0.0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

// ---------------------------------------------------------------------------
// Logarithms
// ---------------------------------------------------------------------------

/** _PyLong_Frexp for a positive bigint: [m, e] with 0.5 <= m < 1, correctly rounded. */
function bigFrexp(a: bigint): [number, number] {
  const h = a.toString(16);
  const n = (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0]!, 16)));
  if (n <= 55) return [Number(a) / 2 ** n, n];
  const shift = BigInt(n - 55);
  let top = a >> shift;
  if (top << shift !== a) top |= 1n;
  return [Number(top) / 2 ** 55, n];
}

function loghelper(x: Num, func: (v: number) => number): number {
  if (typeof x === 'bigint') {
    if (x <= 0n) throw domainError();
    const d = Number(x);
    if (d !== Infinity) return func(d);
    const [m, e2] = bigFrexp(x);
    return func(m) + func(2.0) * e2;
  }
  return math1(x, func, false);
}

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return libm.log(x);
    if (x === 0) return -Infinity;
    return NaN;
  }
  if (x !== x) return x;
  if (x > 0) return x;
  return NaN;
}
function mLog2(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    return NaN;
  }
  if (x > 0) return libm.log2(x);
  if (x === 0) return -Infinity;
  return NaN;
}
function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return libm.log10(x);
    if (x === 0) return -Infinity;
    return NaN;
  }
  if (x !== x) return x;
  if (x > 0) return x;
  return NaN;
}

/** math.log(x[, base]) -- x and base may be huge ints. */
export function log(x: Num, base?: Num | null): number {
  const num = loghelper(x, mLog);
  if (base === undefined || base === null) return num;
  const den = loghelper(base, mLog);
  if (den === 0) throw new PyErr('ZeroDivisionError', 'float division by zero');
  return num / den;
}
export function log2(x: Num): number {
  return loghelper(x, mLog2);
}
export function log10(x: Num): number {
  return loghelper(x, mLog10);
}

// ---------------------------------------------------------------------------
// Integer-valued functions
// ---------------------------------------------------------------------------

/** math.floor: ints pass through; floats -> bigint. */
export function floor(x: Num): bigint {
  if (typeof x === 'bigint') return x;
  return floatToInt(Math.floor(x));
}
/** math.ceil */
export function ceil(x: Num): bigint {
  if (typeof x === 'bigint') return x;
  return floatToInt(Math.ceil(x));
}
/** math.trunc */
export function trunc(x: Num): bigint {
  if (typeof x === 'bigint') return x;
  return floatToInt(x);
}

// ---------------------------------------------------------------------------
// Two-argument and misc float functions
// ---------------------------------------------------------------------------

function mAtan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) {
      if (!isNeg(x)) return copysignF(0.25 * Math.PI, y);
      return copysignF(0.75 * Math.PI, y);
    }
    return copysignF(0.5 * Math.PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0) {
    if (!isNeg(x)) return copysignF(0.0, y);
    return copysignF(Math.PI, y);
  }
  return libm.atan2(y, x);
}

/** math.atan2(y, x) */
export function atan2(y: Num, x: Num): number {
  return math2(y, x, mAtan2);
}

/** math.copysign(x, y) */
export function copysign(x: Num, y: Num): number {
  return math2(x, y, copysignF);
}

function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysignF(1.0, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

/** math.remainder(x, y) (IEEE 754 remainder) */
export function remainder(x: Num, y: Num): number {
  return math2(x, y, mRemainder);
}

/** math.fmod(x, y): result has the sign of x. */
export function fmod(xa: Num, ya: Num): number {
  const x = toF(xa);
  const y = toF(ya);
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = x % y;
  if (r !== r && x === x && y === y) throw domainError();
  return r;
}

/** math.pow(x, y) (always float; not Python's ** operator). */
export function pow(xa: Num, ya: Num): number {
  const x = toF(xa);
  const y = toF(ya);
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0 ? 1.0 : x;
    else if (y !== y) r = x === 1.0 ? 1.0 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1.0;
      else r = oddY ? copysignF(0.0, x) : 0.0;
    } else {
      // y infinite
      if (Math.abs(x) === 1.0) r = 1.0;
      else if (y > 0 && Math.abs(x) > 1.0) r = y;
      else if (y < 0 && Math.abs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return r;
  }
  r = libm.pow(x, y);
  if (!Number.isFinite(r)) {
    if (r !== r) throw domainError();
    if (x === 0) throw domainError();
    throw rangeError();
  }
  return r;
}

const DEG_TO_RAD = Math.PI / 180.0;
const RAD_TO_DEG = 180.0 / Math.PI;

export function degrees(x: Num): number {
  return toF(x) * RAD_TO_DEG;
}
export function radians(x: Num): number {
  return toF(x) * DEG_TO_RAD;
}
export function isfinite(x: Num): boolean {
  return Number.isFinite(toF(x));
}
export function isinf(x: Num): boolean {
  const v = toF(x);
  return v === Infinity || v === -Infinity;
}
export function isnan(x: Num): boolean {
  const v = toF(x);
  return v !== v;
}

/** math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
export function isclose(aa: Num, ba: Num, relTol: Num = 1e-9, absTol: Num = 0.0): boolean {
  const a = toF(aa);
  const b = toF(ba);
  const rt = toF(relTol);
  const at = toF(absTol);
  if (rt < 0.0 || at < 0.0) throw new PyErr('ValueError', 'tolerances must be non-negative');
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(rt * b) || diff <= Math.abs(rt * a) || diff <= at;
}

/** math.frexp(x) -> [mantissa, exponent] */
export function frexp(xa: Num): [number, number] {
  const x = toF(xa);
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return [x, 0];
  return nfFrexp(x);
}

/** math.ldexp(x, i) */
export function ldexp(xa: Num, i: Num): number {
  const x = toF(xa);
  if (x === 0 || !Number.isFinite(x)) return x;
  const n = typeof i === 'bigint' ? i : BigInt(i);
  if (n > 2147483647n) throw rangeError();
  if (n < -2147483648n) return copysignF(0.0, x);
  const r = nfLdexp(x, Number(n));
  if (r === Infinity || r === -Infinity) throw rangeError();
  return r;
}

/** math.modf(x) -> [fractional part, integer part], both with the sign of x. */
export function modf(xa: Num): [number, number] {
  const x = toF(xa);
  if (x === Infinity || x === -Infinity) return [copysignF(0.0, x), x];
  if (x !== x) return [x, x];
  const ip = Math.trunc(x);
  let fp = x - ip;
  if (fp === 0) fp = copysignF(0.0, x);
  return [fp, ip === 0 ? copysignF(0.0, x) : ip];
}

/** math.nextafter(x, y) */
export function nextafter(xa: Num, ya: Num): number {
  const x = toF(xa);
  const y = toF(ya);
  return libm.nextafter(x, y);
}

/** math.ulp(x) */
export function ulp(xa: Num): number {
  let x = toF(xa);
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = libm.nextafter(x, Infinity);
  if (x2 === Infinity) {
    const x3 = libm.nextafter(x, -Infinity);
    return x - x3;
  }
  return x2 - x;
}

// ---------------------------------------------------------------------------
// hypot / dist (CPython's vector_norm)
// ---------------------------------------------------------------------------

function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const T27 = 134217729.0;
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = nfFrexp(max)[1];
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  let x: number;
  let t: number;
  let hi: number;
  let lo: number;
  let oldcsum: number;
  if (maxE >= -1023) {
    const scale = nfLdexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      x = vec[i]!;
      x *= scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += oldcsum - csum + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += oldcsum - csum + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += oldcsum - csum + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    x = vec[i]!;
    x /= max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** math.hypot(*coordinates) */
export function hypot(...coords: Num[]): number {
  let max = 0.0;
  let foundNan = false;
  const v: number[] = new Array(coords.length);
  for (let i = 0; i < coords.length; i++) {
    const x = Math.abs(toF(coords[i]!));
    v[i] = x;
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNorm(v, max, foundNan);
}

/** math.dist(p, q) */
export function dist(p: readonly Num[], q: readonly Num[]): number {
  if (p.length !== q.length) throw new PyErr('ValueError', 'both points must have the same number of dimensions');
  let max = 0.0;
  let foundNan = false;
  const v: number[] = new Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const px = toF(p[i]!);
    const qx = toF(q[i]!);
    const x = Math.abs(px - qx);
    v[i] = x;
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNorm(v, max, foundNan);
}

// ---------------------------------------------------------------------------
// fsum / prod
// ---------------------------------------------------------------------------

/** math.fsum(iterable): exactly rounded sum (CPython's msum). */
export function fsum(values: Iterable<Num>): number {
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (const item of values) {
    let x = toF(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new PyErr('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) throw new PyErr('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0.0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1]! < 0.0) || (lo > 0.0 && p[n - 1]! > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** math.prod(iterable, start=1) over ints (bigint) and floats (number). */
export function prod(values: Iterable<Num>, start: Num = 1n): Num {
  let r: Num = start;
  for (const v of values) {
    if (typeof r === 'bigint' && typeof v === 'bigint') r = r * v;
    else r = toF(r) * toF(v);
  }
  return r;
}

// ---------------------------------------------------------------------------
// Integer functions
// ---------------------------------------------------------------------------

function babs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function gcd2(a: bigint, b: bigint): bigint {
  a = babs(a);
  b = babs(b);
  while (b !== 0n) {
    if (a < 9007199254740992n && b < 9007199254740992n) {
      let x = Number(a);
      let y = Number(b);
      while (y !== 0) {
        const t = x % y;
        x = y;
        y = t;
      }
      return BigInt(x);
    }
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** math.gcd(*integers) */
export function gcd(...ints: bigint[]): bigint {
  if (ints.length === 0) return 0n;
  let r = babs(ints[0]!);
  for (let i = 1; i < ints.length; i++) {
    if (r === 1n) continue;
    r = gcd2(r, ints[i]!);
  }
  return r;
}

/** math.lcm(*integers) */
export function lcm(...ints: bigint[]): bigint {
  if (ints.length === 0) return 1n;
  let r = babs(ints[0]!);
  for (let i = 1; i < ints.length; i++) {
    if (r === 0n) continue;
    const b = ints[i]!;
    if (b === 0n) {
      r = 0n;
      continue;
    }
    r = babs((r / gcd2(r, b)) * b);
  }
  return r;
}

/** math.isqrt(n) */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new PyErr('ValueError', 'isqrt() argument must be nonnegative');
  if (n === 0n) return 0n;
  if (n < 4503599627370496n) {
    let a = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (a * a > n) a -= 1n;
    while ((a + 1n) * (a + 1n) <= n) a += 1n;
    return a;
  }
  const h = n.toString(16);
  const bits = (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0]!, 16)));
  const c = Math.floor((bits - 1) / 2);
  let a = 1n;
  let d = 0;
  const cBits = 32 - Math.clz32(c);
  for (let s = cBits - 1; s >= 0; s--) {
    const e2 = d;
    d = c >>> s;
    a = (a << BigInt(d - e2 - 1)) + (n >> BigInt(2 * c - e2 - d + 1)) / a;
  }
  return a * a > n ? a - 1n : a;
}

/** product of the integers in [lo, hi) (balanced tree) */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let r = lo;
    for (let k = lo + 1n; k < hi; k++) r *= k;
    return r;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

const LLONG_MAX = 9223372036854775807n;

/** math.factorial(n) */
export function factorial(n: bigint): bigint {
  if (n > LLONG_MAX) throw new PyErr('OverflowError', `factorial() argument should not exceed ${LLONG_MAX}`);
  if (n < 0n) throw new PyErr('ValueError', 'factorial() not defined for negative values');
  if (n < 2n) return 1n;
  return rangeProduct(2n, n + 1n);
}

/** math.perm(n, k=None) */
export function perm(n: bigint, k: bigint | null = null): bigint {
  if (k === null) return factorial(n);
  if (n < 0n) throw new PyErr('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new PyErr('ValueError', 'k must be a non-negative integer');
  if (n < k) return 0n;
  if (k > LLONG_MAX) throw new PyErr('OverflowError', `k must not exceed ${LLONG_MAX}`);
  return rangeProduct(n - k + 1n, n + 1n);
}

/** math.comb(n, k) */
export function comb(n: bigint, k: bigint): bigint {
  if (n < 0n) throw new PyErr('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new PyErr('ValueError', 'k must be a non-negative integer');
  if (n < k) return 0n;
  let kk = n - k < k ? n - k : k;
  if (kk > LLONG_MAX) throw new PyErr('OverflowError', `min(n - k, k) must not exceed ${LLONG_MAX}`);
  if (kk === 0n) return 1n;
  if (kk === 1n) return n;
  return rangeProduct(n - kk + 1n, n + 1n) / rangeProduct(2n, kk + 1n);
}
