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
 *
 * Accuracy vs CPython on Linux (glibc 2.36): exp, exp2, log, log2, pow,
 * sin, cos, tan, atan, atan2, asin, acos are correctly rounded here
 * (double-double evaluation); glibc's versions are correctly rounded except
 * in rare near-halfway cases, so roughly 0.02% (exp/log/pow) to 0.3% (tan)
 * of random inputs differ in the last bit from CPython (where glibc is the
 * one that is off).  expm1, log1p, log10, sinh, cosh, tanh, asinh, acosh,
 * atanh, cbrt, erf, erfc are ports of glibc's fdlibm-derived code and
 * gamma/lgamma/hypot/dist/fsum/remainder ports of CPython's own code, so they
 * match bit for bit whenever the primitives they call do.
 */
import { PyErr } from '../objects/pyerr.js';

export type Num = number | bigint;

// ---------------------------------------------------------------------------
// libm: the C library functions CPython calls (glibc 2.36 on Linux).
//
// glibc's exp/log/pow/exp2/log2 (ARM optimized routines) and its
// sin/cos/tan/atan/atan2/asin/acos (IBM accurate library) are correctly
// rounded in all but very rare cases, so here they are computed in
// double-double arithmetic and rounded once.  glibc's fdlibm-derived
// functions (expm1, log1p, log10, sinh, cosh, tanh, asinh, acosh, atanh,
// erf, erfc, cbrt) are straight ports of the glibc sources.
// ---------------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function highWord(x: number): number {
  F64[0] = x;
  return U32[HI]! | 0;
}
function lowWord(x: number): number {
  F64[0] = x;
  return U32[LO]!;
}
function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  U32[HI] = hi >>> 0;
  return F64[0]!;
}
function withLowWord(x: number, lo: number): number {
  F64[0] = x;
  U32[LO] = lo >>> 0;
  return F64[0]!;
}
function signbitF(x: number): boolean {
  F64[0] = x;
  return U32[HI]! >>> 31 === 1;
}

/** frexp: x == m * 2**e with 0.5 <= |m| < 1 (x finite, nonzero). */
export function frexpRaw(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  F64[0] = x;
  let bexp = (U32[HI]! >>> 20) & 0x7ff;
  let adj = 0;
  if (bexp === 0) {
    F64[0] = x * 18014398509481984; // 2**54
    bexp = (U32[HI]! >>> 20) & 0x7ff;
    adj = -54;
  }
  U32[HI] = (U32[HI]! & 0x800fffff) | (1022 << 20);
  return [F64[0]!, bexp - 1022 + adj];
}

/** C ldexp: correctly rounded x * 2**n. */
export function ldexpRaw(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x) || n === 0) return x;
  if (n > 2200) return x * Infinity;
  if (n < -2200) return x * 0;
  let [m, e] = frexpRaw(x);
  e += n;
  if (e > 1024) return x > 0 ? Infinity : -Infinity;
  if (e >= -1021) return m * 2 ** (e - 1) * 2;
  if (e < -1075) return x * 0;
  m = m * 2 ** (e + 1074);
  return m * 5e-324;
}

function nextafterF(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  F64[0] = x;
  const up = y > x === x > 0;
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

// ----- double-double arithmetic; results in (DD[0], DD[1]) -----------------------

// The double-double "registers" live in a Float64Array: a module-level `let` holding a double is a
// boxed HeapNumber in V8, so every write would allocate (sin/cos were 350 ns a call).
const DD = new Float64Array(8);
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  DD[1] = a - (s - bb) + (b - bb);
  DD[0] = s;
}
function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  DD[1] = b - (s - a);
  DD[0] = s;
}
function twoProd(a: number, b: number): void {
  const p = a * b;
  const t = 134217729 * a;
  const ah = t - (t - a);
  const al = a - ah;
  const u = 134217729 * b;
  const bh = u - (u - b);
  const bl = b - bh;
  DD[1] = ah * bh - p + ah * bl + al * bh + al * bl;
  DD[0] = p;
}
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = DD[0]!;
  let e = DD[1]!;
  twoSum(al, bl);
  const t = DD[0]!;
  const f = DD[1]!;
  e += t;
  fastTwoSum(s, e);
  const s2 = DD[0]!;
  e = DD[1]! + f;
  fastTwoSum(s2, e);
}
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = DD[0]!;
  const e = DD[1]! + (ah * bl + al * bh);
  fastTwoSum(p, e);
}
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const p = DD[0]!;
  const e = DD[1]! + al * b;
  fastTwoSum(p, e);
}
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -DD[0]!, -DD[1]!);
  const rh = DD[0]!;
  const rl = DD[1]!;
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -DD[0]!, -DD[1]!);
  const q3 = DD[0]! / bh;
  fastTwoSum(q1, q2);
  ddAdd(DD[0]!, DD[1]!, q3, 0);
}
function ddSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  ddAdd(ah, al, -DD[0]!, -DD[1]!);
  const c = DD[0]! / (2 * s);
  fastTwoSum(s, c);
}

// ----- high precision constants (computed once with BigInt) ---------------

const CPREC = 1500n; // bits

function bigAtanInv(n: bigint, one: bigint): bigint {
  // atan(1/n) * one
  const n2 = n * n;
  let term = one / n;
  let sum = term;
  let k = 1n;
  let sign = -1n;
  while (term !== 0n) {
    term /= n2;
    sum += (sign * term) / (2n * k + 1n);
    sign = -sign;
    k++;
  }
  return sum;
}

let PI_FIX: bigint | null = null; // pi * 2**CPREC
function piFix(): bigint {
  if (PI_FIX === null) {
    const one = 1n << (CPREC + 20n);
    PI_FIX = (16n * bigAtanInv(5n, one) - 4n * bigAtanInv(239n, one)) >> 20n;
  }
  return PI_FIX;
}
function ln2Fix(): bigint {
  // ln2 = sum 1/(k 2^k)
  const one = 1n << (CPREC + 20n);
  let sum = 0n;
  for (let k = 1n; ; k++) {
    const t = one / (k << k);
    if (t === 0n) break;
    sum += t;
  }
  return sum >> 20n;
}

/** Split a fixed-point value v / 2**CPREC into n doubles (each the rounding of the remainder). */
function splitFix(v: bigint, n: number): number[] {
  const out: number[] = [];
  let rem = v;
  for (let i = 0; i < n; i++) {
    if (rem === 0n) {
      out.push(0);
      continue;
    }
    const neg = rem < 0n;
    const a = neg ? -rem : rem;
    const bits = a.toString(2).length;
    const sh = Math.max(0, bits - 55);
    let top = a >> BigInt(sh);
    if (top << BigInt(sh) !== a) top |= 1n;
    const r = Number(top); // correctly rounded to 53 bits
    const val = r * 2 ** (sh - Number(CPREC));
    out.push(neg ? -val : val);
    const exact = BigInt(r) << BigInt(sh);
    rem = neg ? rem + exact : rem - exact;
  }
  return out;
}

let LN2H = 0.6931471805599453;
let LN2L = 2.3190468138462996e-17;
let LN2LL = 0;
let PIO2H = 1.5707963267948966;
let PIO2L = 6.123233995736766e-17;
let PIO2_C1 = 0;
let PIO2_C2 = 0;
let PIO2_C3 = 0;
let PIO2_C4 = 0;
let TWO_OVER_PI: bigint = 0n;
const TOP_BITS = 1280;
let constantsReady = false;
const INV_FACT_H: number[] = [];
const INV_FACT_L: number[] = [];

function initConstants(): void {
  if (constantsReady) return;
  const ln2 = ln2Fix();
  [LN2H, LN2L, LN2LL] = splitFix(ln2, 3) as [number, number, number];
  const pio2 = piFix() >> 1n;
  [PIO2H, PIO2L] = splitFix(pio2, 2) as [number, number];
  // pi/2 in 33-bit chunks for Cody-Waite reduction
  let rem = pio2;
  const chunks: number[] = [];
  for (let i = 0; i < 3; i++) {
    const len = rem.toString(2).length;
    const sh = len - 33;
    const t = rem >> BigInt(sh);
    chunks.push(Number(t) * 2 ** (sh - Number(CPREC)));
    rem -= t << BigInt(sh);
  }
  [PIO2_C1, PIO2_C2, PIO2_C3] = chunks as [number, number, number];
  PIO2_C4 = splitFix(rem, 1)[0]!;
  // 2/pi * 2**TOP_BITS
  TWO_OVER_PI = (1n << (BigInt(TOP_BITS) + 1n + CPREC)) / piFix();
  // 1/n! as double-double
  let fh = 1;
  let fl = 0;
  INV_FACT_H.push(1);
  INV_FACT_L.push(0);
  for (let n = 1; n <= 30; n++) {
    ddMulD(fh, fl, n);
    fh = DD[0]!;
    fl = DD[1]!;
    ddDiv(1, 0, fh, fl);
    INV_FACT_H.push(DD[0]!);
    INV_FACT_L.push(DD[1]!);
  }
  constantsReady = true;
}

// ----- exp -----------------------------------------------------------------

let EXP_K = 0;
/**
 * exp(xh + xl) = 2**EXP_K * (DD[0]! + DD[1]!), with DD[0]! + DD[1]! in about [0.7, 1.42].
 * If `minus1` is set, returns expm1 of the reduced argument instead (EXP_K = 0 required by caller).
 */
function expCore(xh: number, xl: number): void {
  initConstants();
  const k = Math.round(xh / LN2H);
  // r = x - k*ln2
  twoProd(k, LN2H);
  ddAdd(xh, xl, -DD[0]!, -DD[1]!);
  let rh = DD[0]!;
  let rl = DD[1]!;
  twoProd(k, LN2L);
  ddAdd(rh, rl, -DD[0]!, -DD[1]! - k * LN2LL);
  rh = DD[0]!;
  rl = DD[1]!;
  expm1Small(rh, rl);
  ddAdd(1, 0, DD[0]!, DD[1]!);
  EXP_K = k;
}

/** expm1 of a small dd argument (|r| <~ 0.36) into (DD[0]!, DD[1]!). */
function expm1Small(rh: number, rl: number): void {
  // scale down by 2**8, Taylor series for expm1, then square back up
  const sh = rh * 0.00390625;
  const sl = rl * 0.00390625;
  let ph = INV_FACT_H[12]!;
  let pl = INV_FACT_L[12]!;
  for (let n = 11; n >= 1; n--) {
    ddMul(ph, pl, sh, sl);
    ddAdd(DD[0]!, DD[1]!, INV_FACT_H[n]!, INV_FACT_L[n]!);
    ph = DD[0]!;
    pl = DD[1]!;
  }
  ddMul(ph, pl, sh, sl); // E = expm1(s)
  let eh = DD[0]!;
  let el = DD[1]!;
  for (let i = 0; i < 8; i++) {
    // E <- 2E + E^2
    ddMul(eh, el, eh, el);
    ddAdd(DD[0]!, DD[1]!, 2 * eh, 2 * el);
    eh = DD[0]!;
    el = DD[1]!;
  }
  DD[0] = eh;
  DD[1] = el;
}

/** Round 2**k * (h + l) to the nearest double (handles overflow and subnormals). */
function scaleRound(h: number, l: number, k: number): number {
  fastTwoSum(h, l);
  h = DD[0]!;
  l = DD[1]!;
  if (h === 0) return 0;
  const e = frexpRaw(h)[1] + k; // result in [2^(e-1), 2^e)
  if (e > 1024) return h > 0 ? Infinity : -Infinity;
  if (e > -1021) {
    // normal: h is the correctly rounded value (up to exact-halfway cases)
    return ldexpRaw(h, k);
  }
  if (e < -1075) return h > 0 ? 0 : -0;
  // subnormal: round (h+l)*2^(k+1074) to an integer, half-even
  const s = k + 1074;
  const hs = ldexpRaw(h, s);
  const ls = ldexpRaw(l, s);
  let n = Math.floor(hs);
  const frac = hs - n + ls;
  if (frac > 0.5 || (frac === 0.5 && n % 2 === 1)) n += 1;
  else if (frac < -0.5 || (frac === -0.5 && n % 2 === 1)) n -= 1;
  return n * 5e-324;
}

function expCR(x: number): number {
  if (x !== x) return x;
  if (x > 709.7827128933841) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (Math.abs(x) < 1.1102230246251565e-16) return 1 + x;
  expCore(x, 0);
  return scaleRound(DD[0]!, DD[1]!, EXP_K);
}

function exp2CR(x: number): number {
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  initConstants();
  const k = Math.round(x);
  const f = x - k;
  if (f === 0) return ldexpRaw(1, k);
  ddMul(f, 0, LN2H, LN2L);
  expCore(DD[0]!, DD[1]!);
  return scaleRound(DD[0]!, DD[1]!, EXP_K + k);
}

// ----- log -----------------------------------------------------------------

/** log(x) for finite x > 0 as a double-double in (DD[0]!, DD[1]!). */
function logDD(x: number): void {
  initConstants();
  let [m, e] = frexpRaw(x);
  if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  // m in [sqrt(1/2), sqrt(2)): f = m - 1 is exact; log(m) = log1p(f)
  const f = m - 1;
  const y0 = Math.log1p(f);
  // u = (1 + f) * (1 + expm1(-y0)) - 1 = f + E + f*E
  expm1Small(-y0, 0);
  const eh = DD[0]!;
  const el = DD[1]!;
  ddMulD(eh, el, f);
  const ph = DD[0]!;
  const pl = DD[1]!;
  ddAdd(f, 0, eh, el);
  ddAdd(DD[0]!, DD[1]!, ph, pl);
  const uh = DD[0]!;
  const ul = DD[1]!;
  ddAdd(y0, 0, uh, ul - (uh * uh) / 2);
  const lh = DD[0]!;
  const ll = DD[1]!;
  if (e === 0) {
    DD[0] = lh;
    DD[1] = ll;
    return;
  }
  twoProd(e, LN2H);
  const qh = DD[0]!;
  const ql = DD[1]!;
  twoProd(e, LN2L);
  ddAdd(qh, ql, DD[0]!, DD[1]! + e * LN2LL);
  ddAdd(DD[0]!, DD[1]!, lh, ll);
}

function logCR(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  logDD(x);
  return DD[0]! + DD[1]!;
}

function log2CR(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  logDD(x);
  const h = DD[0]!;
  const l = DD[1]!;
  ddDiv(h, l, LN2H, LN2L);
  return DD[0]! + DD[1]!;
}

// ----- pow -----------------------------------------------------------------

/** pow for finite x > 0, finite y (no special cases). */
function powPos(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  logDD(x);
  const p0 = DD[0]! * y;
  if (!(Math.abs(p0) < 2000)) return p0 > 0 ? Infinity : 0;
  ddMulD(DD[0]!, DD[1]!, y);
  const ph = DD[0]!;
  const pl = DD[1]!;
  expCore(ph, pl);
  return scaleRound(DD[0]!, DD[1]!, EXP_K);
}

function isOddInt(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) % 2 === 1;
}

/** C99 pow(x, y) with glibc's results for special values. */
export function powCR(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if ((ax > 1) === (y > 0)) return Infinity;
    return 0;
  }
  if (!Number.isFinite(x)) {
    if (x > 0) return y > 0 ? Infinity : 0;
    if (y > 0) return isOddInt(y) ? -Infinity : Infinity;
    return isOddInt(y) ? -0 : 0;
  }
  if (x === 0) {
    const neg = signbitF(x);
    if (y > 0) return neg && isOddInt(y) ? -0 : 0;
    return neg && isOddInt(y) ? -Infinity : Infinity;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = powPos(-x, y);
    return isOddInt(y) ? -r : r;
  }
  return powPos(x, y);
}

// ----- sin / cos / tan -----------------------------------------------------

/** Reduce x (finite) modulo pi/2: x = DD[6]!*pi/2 + (DD[0]! + DD[1]!), |DD[0]!| <= ~pi/4. */
function reduce(x: number): void {
  initConstants();
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    DD[6] = 0;
    DD[0] = x;
    DD[1] = 0;
    return;
  }
  if (ax < 1647099.0) {
    const n = Math.round(x / PIO2H);
    const t = x - n * PIO2_C1; // exact
    twoSum(t, -n * PIO2_C2);
    ddAdd(DD[0]!, DD[1]!, -n * PIO2_C3, -n * PIO2_C4);
    DD[6] = n;
    return;
  }
  // Payne-Hanek with a BigInt 2/pi
  const [m, e] = frexpRaw(ax); // ax = m * 2^e, m in [0.5,1)
  const M = BigInt(m * 9007199254740992); // 53-bit integer; ax = M * 2^(e-53)
  const E = e - 53;
  const S = M * TWO_OVER_PI; // ax*2/pi = S * 2^(E - TOP_BITS)
  const shift = BigInt(TOP_BITS - E);
  let N = S >> shift;
  let F = S - (N << shift);
  let shiftN = Number(shift);
  // fraction F / 2^shift in [0, 1); center it
  const half = 1n << (shift - 1n);
  let negFrac = false;
  if (F >= half) {
    F = (1n << shift) - F;
    N += 1n;
    negFrac = true;
  }
  const bits = F.toString(2).length;
  if (bits > 120) {
    F >>= BigInt(bits - 120);
    shiftN -= bits - 120;
  }
  const fh0 = Number(F);
  const fl0 = Number(F - BigInt(fh0));
  const fh = ldexpRaw(fh0, -shiftN);
  const fl = ldexpRaw(fl0, -shiftN);
  ddMul(fh, fl, PIO2H, PIO2L);
  let rh = negFrac ? -DD[0]! : DD[0]!;
  let rl = negFrac ? -DD[1]! : DD[1]!;
  let n = Number(N & 3n);
  if (x < 0) {
    rh = -rh;
    rl = -rl;
    n = (4 - n) & 3;
  }
  DD[6] = n;
  DD[0] = rh;
  DD[1] = rl;
}

/** sin and cos of a reduced dd argument |r| <= ~pi/4. */
function sincosSmall(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = DD[0]!;
  const zl = DD[1]!;
  // sin r = r * (1 - z/3! + z^2/5! - ...)
  let ph = INV_FACT_H[27]!;
  let pl = INV_FACT_L[27]!;
  for (let n = 25; n >= 1; n -= 2) {
    ddMul(ph, pl, -zh, -zl);
    ddAdd(DD[0]!, DD[1]!, INV_FACT_H[n]!, INV_FACT_L[n]!);
    ph = DD[0]!;
    pl = DD[1]!;
  }
  ddMul(ph, pl, rh, rl);
  DD[2] = DD[0]!;
  DD[3] = DD[1]!;
  ph = INV_FACT_H[28]!;
  pl = INV_FACT_L[28]!;
  for (let n = 26; n >= 0; n -= 2) {
    ddMul(ph, pl, -zh, -zl);
    ddAdd(DD[0]!, DD[1]!, INV_FACT_H[n]!, INV_FACT_L[n]!);
    ph = DD[0]!;
    pl = DD[1]!;
  }
  DD[4] = ph;
  DD[5] = pl;
}

/** sin(x), cos(x) of a double as dd into DD[2]!/DD[3]!, DD[4]!/DD[5]!. */
function sincosDD(x: number): void {
  reduce(x);
  const n = ((DD[6]! % 4) + 4) % 4;
  sincosSmall(DD[0]!, DD[1]!);
  const sh = DD[2]!;
  const sl = DD[3]!;
  const ch = DD[4]!;
  const cl = DD[5]!;
  switch (n) {
    case 0:
      break;
    case 1:
      DD[2] = ch;
      DD[3] = cl;
      DD[4] = -sh;
      DD[5] = -sl;
      break;
    case 2:
      DD[2] = -sh;
      DD[3] = -sl;
      DD[4] = -ch;
      DD[5] = -cl;
      break;
    default:
      DD[2] = -ch;
      DD[3] = -cl;
      DD[4] = sh;
      DD[5] = sl;
  }
}

// Fast path for sin and cos (Ziv's strategy): evaluate with ~2^-66 relative error — the Taylor
// series' first terms in double-double, its tail in plain double — and keep the result when
// rounding the value plus or minus a 2^-63 error bound gives the same double. That fails about
// once in 500 arguments; those take the full double-double series (sincosDD). Either way the
// result is the correctly rounded one, as glibc (and so CPython) returns.
const ZIV_REL = 2 ** -63;

function zivRound(h: number, l: number): number {
  const e = Math.abs(h) * ZIV_REL;
  const a = h + (l + e);
  return a === h + (l - e) ? a : NaN;
}

/** sin of a reduced dd argument r (|r| <= ~pi/4) as dd in DD[0]!/DD[1]!, error < 2^-66 relative. */
function sinSmallFast(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = DD[0]!, zl = DD[1]!;
  const z = zh;
  // -1/7! + z/9! - ... + z^7/21! in double (|value| ~ 2e-4)
  let t = INV_FACT_H[21]!;
  for (let n = 19; n >= 7; n -= 2) t = (((n - 1) >> 1) & 1 ? -INV_FACT_H[n]! : INV_FACT_H[n]!) + z * t;
  ddMulD(zh, zl, t);
  ddAdd(DD[0]!, DD[1]!, INV_FACT_H[5]!, INV_FACT_L[5]!);
  ddMul(DD[0]!, DD[1]!, zh, zl);
  ddAdd(DD[0]!, DD[1]!, -INV_FACT_H[3]!, -INV_FACT_L[3]!);
  ddMul(DD[0]!, DD[1]!, zh, zl);
  ddAdd(DD[0]!, DD[1]!, 1, 0);
  ddMul(DD[0]!, DD[1]!, rh, rl);
}

/** cos of a reduced dd argument r (|r| <= ~pi/4) as dd in DD[0]!/DD[1]!, error < 2^-66 relative. */
function cosSmallFast(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = DD[0]!, zl = DD[1]!;
  const z = zh;
  // 1/8! - z/10! + ... - z^7/22! in double (|value| ~ 2.5e-5)
  let t = -INV_FACT_H[22]!;
  for (let n = 20; n >= 8; n -= 2) t = ((n >> 1) & 1 ? -INV_FACT_H[n]! : INV_FACT_H[n]!) + z * t;
  ddMulD(zh, zl, t);
  ddAdd(DD[0]!, DD[1]!, -INV_FACT_H[6]!, -INV_FACT_L[6]!);
  ddMul(DD[0]!, DD[1]!, zh, zl);
  ddAdd(DD[0]!, DD[1]!, INV_FACT_H[4]!, INV_FACT_L[4]!);
  ddMul(DD[0]!, DD[1]!, zh, zl);
  ddAdd(DD[0]!, DD[1]!, -INV_FACT_H[2]!, -INV_FACT_L[2]!);
  ddMul(DD[0]!, DD[1]!, zh, zl);
  ddAdd(DD[0]!, DD[1]!, 1, 0);
}

/** sin (which = 0) or cos (which = 1) of x via the fast path; NaN when it cannot decide. */
function sincosFast(x: number, which: number): number {
  reduce(x);
  const q = (((DD[6]! % 4) + 4) % 4 + which) & 3;
  const rh = DD[0]!, rl = DD[1]!;
  if (q & 1) cosSmallFast(rh, rl);
  else sinSmallFast(rh, rl);
  return q & 2 ? zivRound(-DD[0]!, -DD[1]!) : zivRound(DD[0]!, DD[1]!);
}

function sinCR(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  const y = sincosFast(x, 0);
  if (y === y) return y;
  sincosDD(x);
  return DD[2]! + DD[3]!;
}
function cosCR(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return 1;
  const y = sincosFast(x, 1);
  if (y === y) return y;
  sincosDD(x);
  return DD[4]! + DD[5]!;
}
function tanCR(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  sincosDD(x);
  ddDiv(DD[2]!, DD[3]!, DD[4]!, DD[5]!);
  return DD[0]! + DD[1]!;
}

// ----- atan2 / atan / asin / acos ------------------------------------------

/** atan2 of dd arguments (finite, not both zero), as a double. */
function atan2DD(yh: number, yl: number, xh: number, xl: number): number {
  // scale so that max(|x|,|y|) is about 1
  const mx = Math.max(Math.abs(yh), Math.abs(xh));
  const sc = -frexpRaw(mx)[1];
  yh = ldexpRaw(yh, sc);
  yl = ldexpRaw(yl, sc);
  xh = ldexpRaw(xh, sc);
  xl = ldexpRaw(xl, sc);
  const t0 = Math.atan2(yh, xh);
  if (t0 === 0) return t0;
  sincosDD(t0);
  const sh = DD[2]!;
  const sl = DD[3]!;
  const ch = DD[4]!;
  const cl = DD[5]!;
  // num = y*c - x*s ; den = y*s + x*c
  ddMul(yh, yl, ch, cl);
  const ah = DD[0]!;
  const al = DD[1]!;
  ddMul(xh, xl, sh, sl);
  ddAdd(ah, al, -DD[0]!, -DD[1]!);
  const nh = DD[0]!;
  const nl = DD[1]!;
  ddMul(yh, yl, sh, sl);
  const bh = DD[0]!;
  const bl = DD[1]!;
  ddMul(xh, xl, ch, cl);
  ddAdd(bh, bl, DD[0]!, DD[1]!);
  ddDiv(nh, nl, DD[0]!, DD[1]!);
  ddAdd(t0, 0, DD[0]!, DD[1]!);
  return DD[0]! + DD[1]!;
}

function atanCR(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return PIO2H;
  if (x === -Infinity) return -PIO2H;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  initConstants();
  if (Math.abs(x) > 1e17) return x > 0 ? PIO2H : -PIO2H;
  return atan2DD(x, 0, 1, 0);
}

function atan2CR(y: number, x: number): number {
  // special values are handled by the caller (m_atan2)
  initConstants();
  return atan2DD(y, 0, x, 0);
}

/** sqrt(1 - x*x) as dd (|x| <= 1). */
function sqrt1mx2(x: number): void {
  const ax = Math.abs(x);
  if (ax >= 0.5) {
    // (1-x)(1+x), 1-x exact
    const a = 1 - ax;
    twoSum(1, ax);
    ddMulD(DD[0]!, DD[1]!, a);
  } else {
    twoProd(x, x);
    ddAdd(1, 0, -DD[0]!, -DD[1]!);
  }
  ddSqrt(DD[0]!, DD[1]!);
}

function asinCR(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  initConstants();
  if (ax === 1) return x > 0 ? PIO2H : -PIO2H;
  if (ax < 1.4901161193847656e-8) return x;
  sqrt1mx2(x);
  return atan2DD(x, 0, DD[0]!, DD[1]!);
}

function acosCR(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  initConstants();
  if (x === 1) return 0;
  if (x === -1) return 2 * PIO2H;
  sqrt1mx2(x);
  return atan2DD(DD[0]!, DD[1]!, x, 0);
}

// ----- fdlibm ports (glibc sysdeps/ieee754/dbl-64) -------------------------

const o_threshold = 7.09782712893383973096e2;
const ln2_hi = 6.9314718036912381649e-1;
const ln2_lo = 1.90821492927058770002e-10;
const invln2 = 1.442695040888963387;
const EQ1 = -3.33333333333331316428e-2;
const EQ2 = 1.58730158725481460165e-3;
const EQ3 = -7.93650757867487942473e-5;
const EQ4 = 4.00821782732936239552e-6;
const EQ5 = -2.01099218183624371326e-7;

function expm1F(x: number): number {
  let y: number;
  let hi = 0;
  let lo = 0;
  let c = 0;
  let t: number;
  let e: number;
  let k: number;
  let hx = highWord(x) >>> 0;
  const xsb = hx & 0x80000000;
  y = xsb === 0 ? x : -x;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x;
        return xsb === 0 ? x : -1.0;
      }
      if (x > o_threshold) return Infinity;
    }
    if (xsb !== 0) return 1e-300 - 1.0;
  }
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) {
      if (xsb === 0) {
        hi = x - ln2_hi;
        lo = ln2_lo;
        k = 1;
      } else {
        hi = x + ln2_hi;
        lo = -ln2_lo;
        k = -1;
      }
    } else {
      k = Math.trunc(invln2 * x + (xsb === 0 ? 0.5 : -0.5));
      t = k;
      hi = x - t * ln2_hi;
      lo = t * ln2_lo;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = 1.0 + hxs * EQ1;
  const h2 = hxs * hxs;
  const R2 = EQ2 + hxs * EQ3;
  const h4 = h2 * h2;
  const R3 = EQ4 + hxs * EQ5;
  const r1 = R1 + h2 * R2 + h4 * R3;
  t = 3.0 - r1 * hfx;
  e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = withHighWord(y, highWord(y) + (k << 20));
    return y - 1.0;
  }
  if (k < 20) {
    t = withHighWord(0, 0x3ff00000 - (0x200000 >> k));
    y = t - (e - x);
    y = withHighWord(y, highWord(y) + (k << 20));
  } else {
    t = withHighWord(0, (0x3ff - k) << 20);
    y = x - (e + t);
    y += 1.0;
    y = withHighWord(y, highWord(y) + (k << 20));
  }
  return y;
}

const Lp1 = 6.666666666666735130e-1;
const Lp2 = 3.999999999940941908e-1;
const Lp3 = 2.857142874366239149e-1;
const Lp4 = 2.222219843214978396e-1;
const Lp5 = 1.818357216161805012e-1;
const Lp6 = 1.531383769920937332e-1;
const Lp7 = 1.479819860511658591e-1;

function log1pF(x: number): number {
  let hfsq: number;
  let f = 0;
  let c = 0;
  let hu = 0;
  let u: number;
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) {
      if (x === -1.0) return -Infinity;
      return NaN;
    }
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * ln2_lo;
      return k * ln2_hi + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * ln2_hi - (R - (k * ln2_lo + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R1 = z * Lp1;
  const z2 = z * z;
  const R2 = Lp2 + z * Lp3;
  const z4 = z2 * z2;
  const R3 = Lp4 + z * Lp5;
  const z6 = z4 * z2;
  const R4 = Lp6 + z * Lp7;
  const R = R1 + z2 * R2 + z4 * R3 + z6 * R4;
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * ln2_hi - (hfsq - (s * (hfsq + R) + (k * ln2_lo + c)) - f);
}

const ivln10 = 4.34294481903251816668e-1;
const log10_2hi = 3.01029995663611771306e-1;
const log10_2lo = 3.69423907715893078616e-13;

function log10F(x: number): number {
  let hx = highWord(x);
  const lx = lowWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= 18014398509481984.0;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = (k >>> 31) & 1;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = withHighWord(x, hx);
  const z = y * log10_2lo + ivln10 * logCR(x);
  return z + y * log10_2hi;
}

function sinhF(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1F(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * expCR(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = expCR(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307 * 1.0e307;
}

function coshF(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      const t = expm1F(Math.abs(x));
      const w = 1.0 + t;
      if (ix < 0x3c800000) return w;
      return 1.0 + (t * t) / (w + w);
    }
    const t = expCR(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * expCR(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = expCR(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

function tanhF(x: number): number {
  const jx = highWord(x);
  const lx = lowWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (jx >= 0) return 1.0 / x + 1.0;
    return 1.0 / x - 1.0;
  }
  let z: number;
  if (ix < 0x40360000) {
    if ((ix | lx) === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1F(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1F(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else z = 1.0;
  return jx >= 0 ? z : -z;
}

const LN2D = 6.93147180559945286227e-1;

function asinhF(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = logCR(Math.abs(x)) + LN2D;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) w = logCR(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    else {
      const t = xa * xa;
      w = log1pF(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return signbitF(x) ? -Math.abs(w) : Math.abs(w);
}

function acoshF(x: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return logCR(x) + LN2D;
  }
  if (((hx - 0x3ff00000) | lx) === 0) return 0.0;
  if (hx > 0x40000000) {
    const t = x * x;
    return logCR(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return log1pF(t + Math.sqrt(2.0 * t + t * t));
}

function atanhF(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x;
    t = xa + xa;
    t = 0.5 * log1pF(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * log1pF((xa + xa) / (1.0 - xa));
  else {
    if (xa > 1.0) return NaN;
    if (x !== x) return x;
    return x / 0.0;
  }
  return signbitF(x) ? -Math.abs(t) : Math.abs(t);
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const cbrtFactor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

function cbrtF(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm0, xe] = frexpRaw(Math.abs(x));
  const xm = xm0;
  const u =
    0.35489576504391986 +
    (1.50819193781584896 +
      (-2.11499494167371287 +
        (2.4469312256353443 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * cbrtFactor[2 + (xe % 3)]!;
  return ldexpRaw(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}

// erf / erfc (fdlibm, as in glibc 2.36)
const erx = 8.45062911510467529297e-1;
const efx = 1.28379167095512586316e-1;
const pp = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const qq = [0.0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6];
const pa = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1,
  3.54783043256182359371e-2, -2.16637559486879084300e-3,
];
const qa = [0.0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.19844998467991074170e-2];
const ra = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2,
  -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592,
];
const sa = [
  0.0, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2,
  1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2,
];
const rb = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2,
  -1.02509513161107724954e3, -4.83519191608651397019e2,
];
const sb = [
  0.0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3,
  4.74528541206955367215e2, -2.24409524465858183362e1,
];

function erfTail(x: number, ix: number, erfcSmallBound: number): [number, number] {
  // returns [R, S] for |x| >= 1.25
  const s = 1.0 / (x * x);
  let R: number;
  let S: number;
  if (ix < erfcSmallBound) {
    const R1 = ra[0]! + s * ra[1]!;
    const s2 = s * s;
    const S1 = 1.0 + s * sa[1]!;
    const s4 = s2 * s2;
    const R2 = ra[2]! + s * ra[3]!;
    const s6 = s4 * s2;
    const S2 = sa[2]! + s * sa[3]!;
    const s8 = s4 * s4;
    const R3 = ra[4]! + s * ra[5]!;
    const S3 = sa[4]! + s * sa[5]!;
    const R4 = ra[6]! + s * ra[7]!;
    const S4 = sa[6]! + s * sa[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * sa[8]!;
  } else {
    const R1 = rb[0]! + s * rb[1]!;
    const s2 = s * s;
    const S1 = 1.0 + s * sb[1]!;
    const s4 = s2 * s2;
    const R2 = rb[2]! + s * rb[3]!;
    const s6 = s4 * s2;
    const S2 = sb[2]! + s * sb[3]!;
    const R3 = rb[4]! + s * rb[5]!;
    const S3 = sb[4]! + s * sb[5]!;
    const S4 = sb[6]! + s * sb[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * rb[6]!;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  return [R, S];
}

function erfSmall(x: number): number {
  const z = x * x;
  const r1 = pp[0]! + z * pp[1]!;
  const z2 = z * z;
  const r2 = pp[2]! + z * pp[3]!;
  const z4 = z2 * z2;
  const s1 = 1.0 + z * qq[1]!;
  const s2 = qq[2]! + z * qq[3]!;
  const s3 = qq[4]! + z * qq[5]!;
  const r = r1 + z2 * r2 + z4 * pp[4]!;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

function erfMid(x: number): [number, number] {
  const s = Math.abs(x) - 1.0;
  const P1 = pa[0]! + s * pa[1]!;
  const s2 = s * s;
  const Q1 = 1.0 + s * qa[1]!;
  const s4 = s2 * s2;
  const P2 = pa[2]! + s * pa[3]!;
  const s6 = s4 * s2;
  const Q2 = qa[2]! + s * qa[3]!;
  const P3 = pa[4]! + s * pa[5]!;
  const Q3 = qa[4]! + s * qa[5]!;
  const P = P1 + s2 * P2 + s4 * P3 + s6 * pa[6]!;
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * qa[6]!;
  return [P, Q];
}

function erfF(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    const i = (hx >>> 31) << 1;
    return 1 - i + 1.0 / x;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * efx * x);
      return x + efx * x;
    }
    return x + x * erfSmall(x);
  }
  if (ix < 0x3ff40000) {
    const [P, Q] = erfMid(x);
    if (hx >= 0) return erx + P / Q;
    return -erx - P / Q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
  x = Math.abs(x);
  const [R, S] = erfTail(x, ix, 0x4006db6e);
  const z = withLowWord(x, 0);
  const r = expCR(-z * z - 0.5625) * expCR((z - x) * (z + x) + R / S);
  if (hx >= 0) return 1.0 - r / x;
  return r / x - 1.0;
}

function erfcF(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return ((hx >>> 31) << 1) + 1.0 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const y = erfSmall(x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const [P, Q] = erfMid(x);
    if (hx >= 0) {
      const z = 1.0 - erx;
      return z - P / Q;
    }
    const z = erx + P / Q;
    return 1.0 + z;
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300;
    x = Math.abs(x);
    const [R, S] = erfTail(x, ix, 0x4006db6d);
    const z = withLowWord(x, 0);
    const r = expCR(-z * z - 0.5625) * expCR((z - x) * (z + x) + R / S);
    if (hx > 0) return r / x;
    return 2.0 - r / x;
  }
  if (hx > 0) return 0;
  return 2.0 - 1e-300;
}

export const libm = {
  acos: acosCR,
  acosh: acoshF,
  asin: asinCR,
  asinh: asinhF,
  atan: atanCR,
  atanh: atanhF,
  atan2: atan2CR,
  cbrt: cbrtF,
  cos: cosCR,
  cosh: coshF,
  exp: expCR,
  exp2: exp2CR,
  expm1: expm1F,
  log: logCR,
  log2: log2CR,
  log10: log10F,
  log1p: log1pF,
  sin: sinCR,
  sinh: sinhF,
  tan: tanCR,
  tanh: tanhF,
  pow: powCR,
  erf: erfF,
  erfc: erfcF,
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

function intToFloat(v: bigint): number {
  const x = Number(v);
  if (x === Infinity || x === -Infinity) throw new PyErr('OverflowError', 'int too large to convert to float');
  return x;
}

function floatToInt(x: number): bigint {
  if (x !== x) throw new PyErr('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw new PyErr('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
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
  return frexpRaw(x);
}

/** math.ldexp(x, i) */
export function ldexp(xa: Num, i: Num): number {
  const x = toF(xa);
  if (x === 0 || !Number.isFinite(x)) return x;
  const n = typeof i === 'bigint' ? i : BigInt(i);
  if (n > 2147483647n) throw rangeError();
  if (n < -2147483648n) return copysignF(0.0, x);
  const r = ldexpRaw(x, Number(n));
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
  const maxE = frexpRaw(max)[1];
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
    const scale = ldexpRaw(1.0, -maxE);
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
