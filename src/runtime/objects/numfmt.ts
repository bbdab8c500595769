/**
 * Pure number <-> text library with CPython 3.11 semantics.
 *
 * Floats are JS numbers; ints are bigints (most entry points also accept a
 * JS number holding a safe integer).  Nothing here knows about the
 * interpreter heap; errors are thrown as PyErr(pythonExceptionName, message)
 * with CPython's exact messages.
 */
import { PyErr } from './pyerr.js';
import { powCR } from '../modules/mathlib.js';
import { cpLength, decimalValue, fromCodePoints, hasSurrogates, isspaceChar, pyRepr, toCodePoints } from './strlib.js';

// ---------------------------------------------------------------------------
// IEEE-754 helpers
// ---------------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;
const TWO52 = 4503599627370496;
const TWO53 = 9007199254740992;

/**
 * For finite |x| > 0: |x| == mant * 2**exp with mant an odd integer
 * (< 2**53) -- i.e. the exact binary value in lowest terms.
 */
function decompOdd(x: number): [number, number] {
  F64[0] = x;
  const hi = U32[HI]!;
  const lo = U32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (hi & 0xfffff) * 4294967296 + lo;
  let e = -1074;
  if (bexp !== 0) {
    mant += TWO52;
    e = bexp - 1075;
  }
  if (mant === 0) return [0, 0];
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else {
    const h = mant / 4294967296;
    tz = 63 - Math.clz32(h & -h);
  }
  if (tz > 0) {
    mant /= 2 ** tz;
    e += tz;
  }
  return [mant, e];
}

/** frexp / ldexp (C semantics, correctly rounded ldexp) live in mathlib. */
export { frexpRaw as frexp, ldexpRaw as ldexp } from '../modules/mathlib.js';

/** Exact value m * 2**k for a result known to be representable. */
function scale2(m: number, k: number): number {
  while (k > 1000) {
    m *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    m *= 2 ** -1000;
    k += 1000;
  }
  return m * 2 ** k;
}

// ---------------------------------------------------------------------------
// bigint helpers
// ---------------------------------------------------------------------------

function babs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

/** Number of bits in |v| (0 for 0). */
export function intBitLength(v: bigint | number): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a === 0) return 0;
    if (a < 4294967296) return 32 - Math.clz32(a);
    return bigBitLength(BigInt(a));
  }
  return bigBitLength(babs(v));
}

function bigBitLength(a: bigint): number {
  if (a === 0n) return 0;
  if (a < 4294967296n) return 32 - Math.clz32(Number(a));
  const h = a.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0]!, 16)));
}

const POW5: bigint[] = [1n];
function pow5(k: number): bigint {
  if (k < POW5.length) return POW5[k]!;
  if (k <= 1100) {
    for (let i = POW5.length; i <= k; i++) POW5.push(POW5[i - 1]! * 5n);
    return POW5[k]!;
  }
  return 5n ** BigInt(k);
}

const POW10: bigint[] = [1n];
function pow10(k: number): bigint {
  if (k < POW10.length) return POW10[k]!;
  if (k <= 400) {
    for (let i = POW10.length; i <= k; i++) POW10.push(POW10[i - 1]! * 10n);
    return POW10[k]!;
  }
  return 10n ** BigInt(k);
}

function toBig(v: bigint | number): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

// ---------------------------------------------------------------------------
// Float -> decimal digits (the dtoa modes CPython uses)
// ---------------------------------------------------------------------------

/** Exact decimal expansion of finite ax > 0: [digits (no leading zeros), decpt]. */
function exactDecimal(ax: number): [string, number] {
  const [mant, e] = decompOdd(ax);
  if (e >= 0) {
    const d = e === 0 ? String(mant) : (BigInt(mant) << BigInt(e)).toString();
    return [d, d.length];
  }
  const d = (BigInt(mant) * pow5(-e)).toString();
  return [d, d.length + e];
}

function stripZeros(d: string): string {
  let k = d.length;
  while (k > 0 && d.charCodeAt(k - 1) === 48) k--;
  return k === d.length ? d : d.slice(0, k);
}

/** Round digit string d (value 0.d * 10**decpt) keeping `keep` digits, half-even. */
function roundDigitString(d: string, decpt: number, keep: number): [string, number] {
  if (keep >= d.length) return [stripZeros(d), decpt];
  if (keep < 0) return ['', decpt];
  const first = d.charCodeAt(keep) - 48;
  let up: boolean;
  if (first > 5) up = true;
  else if (first < 5) up = false;
  else {
    let restNonzero = false;
    for (let i = keep + 1; i < d.length; i++) {
      if (d.charCodeAt(i) !== 48) {
        restNonzero = true;
        break;
      }
    }
    up = restNonzero || (keep > 0 && (d.charCodeAt(keep - 1) - 48) % 2 === 1);
  }
  let head = d.slice(0, keep);
  if (up) {
    let i = head.length - 1;
    while (i >= 0 && head.charCodeAt(i) === 57) i--;
    if (i < 0) {
      return ['1', decpt + 1];
    }
    head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
  }
  return [stripZeros(head), decpt];
}

const LOG10_5 = Math.log10(5);

/**
 * _Py_dg_dtoa for finite ax >= 0.
 *  mode 0: shortest round-trip digits;
 *  mode 2: max(nd,1) significant digits;
 *  mode 3: nd digits after the decimal point (nd may be negative).
 * Returns [digits without trailing zeros, decpt] meaning 0.digits * 10**decpt.
 * In mode 3 a result that rounds to zero is ['', -nd].
 */
function dtoa(ax: number, mode: 0 | 2 | 3, nd: number): [string, number] {
  if (ax === 0) return ['0', 1];
  if (mode === 0) {
    const s = ax.toExponential();
    const ei = s.indexOf('e');
    const digits = s.charCodeAt(1) === 46 ? s[0]! + s.slice(2, ei) : s.slice(0, ei);
    return [digits, parseInt(s.slice(ei + 1), 10) + 1];
  }
  if (mode === 3) {
    if (ax < 1e21 && nd >= 0 && nd <= 100) {
      const [, e] = decompOdd(ax);
      if (e + nd !== -1) {
        // no tie possible: V8's toFixed is correctly rounded otherwise
        const s = ax.toFixed(nd);
        const dot = s.indexOf('.');
        const intPart = dot < 0 ? s : s.slice(0, dot);
        const all = dot < 0 ? s : intPart + s.slice(dot + 1);
        let z = 0;
        while (z < all.length && all.charCodeAt(z) === 48) z++;
        if (z === all.length) return ['', -nd];
        return [stripZeros(all.slice(z)), intPart.length - z];
      }
    }
    const [d, decpt] = exactDecimal(ax);
    const r = roundDigitString(d, decpt, decpt + nd);
    if (r[0] === '') return ['', -nd];
    return r;
  }
  // mode 2
  if (nd < 1) nd = 1;
  if (nd <= 101) {
    const [mant, e] = decompOdd(ax);
    let fast = false;
    if (e < 0) {
      const L = Math.log10(mant) - e * LOG10_5;
      const fl = Math.floor(L);
      if (L - fl > 1e-7 && fl + 1 - L > 1e-7) fast = fl + 1 !== nd + 1; // digit count known; tie iff == nd+1
    }
    if (fast) {
      const s = ax.toExponential(nd - 1);
      const ei = s.indexOf('e');
      const digits = s.charCodeAt(1) === 46 ? s[0]! + s.slice(2, ei) : s.slice(0, ei);
      return [stripZeros(digits), parseInt(s.slice(ei + 1), 10) + 1];
    }
  }
  const [d, decpt] = exactDecimal(ax);
  return roundDigitString(d, decpt, nd);
}

/**
 * Port of CPython's format_float_short (PyOS_double_to_string).
 * code: 'e' | 'f' | 'g' | 'r' (lower case; `upper` selects E/INF/NAN).
 * Result has a leading '-' for negative values (never '+').
 */
function formatFloatShort(
  x: number,
  code: 'e' | 'f' | 'g' | 'r',
  precision: number,
  addDot0: boolean,
  alt: boolean,
  noNeg0: boolean,
  upper: boolean,
): string {
  if (x !== x) return upper ? 'NAN' : 'nan';
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x === Infinity || x === -Infinity) return (neg ? '-' : '') + (upper ? 'INF' : 'inf');
  const ax = Math.abs(x);
  let mode: 0 | 2 | 3;
  let nd = precision;
  if (code === 'e') {
    mode = 2;
    nd = precision + 1;
  } else if (code === 'f') mode = 3;
  else if (code === 'g') {
    mode = 2;
    if (nd === 0) nd = 1;
  } else mode = 0;

  // fast path for plain 'f'
  if (mode === 3 && !alt && !noNeg0 && ax < 1e21 && nd <= 100) {
    const [, e] = decompOdd(ax);
    if (ax === 0 || e + nd !== -1) return (neg ? '-' : '') + ax.toFixed(nd);
  }

  const [digits, decpt0] = dtoa(ax, mode, nd);
  if (noNeg0 && neg && (digits.length === 0 || digits === '0')) neg = false;
  let decpt = decpt0;
  const dl = digits.length;
  let useExp = false;
  let exp = 0;
  let vend = dl;
  switch (code) {
    case 'e':
      useExp = true;
      vend = nd;
      break;
    case 'f':
      vend = decpt + nd;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? nd - 1 : nd)) useExp = true;
      if (alt) vend = nd;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;

  let out = neg ? '-' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vstart) + '.' + '0'.repeat(-decpt);
  else if (vstart < 0) out += '0'.repeat(-vstart);
  if (0 < decpt && decpt <= dl) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (dl < decpt) out += '0'.repeat(decpt - dl) + '.' + '0'.repeat(vend - decpt);
  else if (vend > dl) out += '0'.repeat(vend - dl);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return out;
}

/**
 * `repr(float)` / `str(float)`: shortest round-trip digits, exponent form
 * when the decimal exponent is < -4 or >= 16.
 */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    if (Number.isInteger(x)) return s + '.0';
    return s;
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (ax === Infinity) return x > 0 ? 'inf' : '-inf';
  // exponent form: JS gives e.g. "1.5e-7" / "1e+21"; Python wants 2-digit exponents
  const s = x.toExponential();
  const ei = s.indexOf('e');
  const mant = s.slice(0, ei);
  const sign = s[ei + 1]!;
  const ed = s.slice(ei + 2);
  return mant + 'e' + sign + (ed.length < 2 ? '0' + ed : ed);
}

/**
 * PyOS_double_to_string(x, code, precision, flags) for the codes used by
 * %-formatting and friends: 'e' 'E' 'f' 'F' 'g' 'G' ('r' = repr).
 */
export function floatToString(x: number, code: string, precision: number, alt = false): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const c = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  if (c === 'r') return floatRepr(x);
  return formatFloatShort(x, c, precision, false, alt, false, upper);
}

// ---------------------------------------------------------------------------
// int <-> str
// ---------------------------------------------------------------------------

let intMaxStrDigits = 4300;

/** sys.get_int_max_str_digits() */
export function getIntMaxStrDigits(): number {
  return intMaxStrDigits;
}

/** sys.set_int_max_str_digits(n) */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) throw new PyErr('ValueError', 'maxdigits must be 0 or larger than 640');
  intMaxStrDigits = n;
}

const LOG2_10 = Math.log2(10);

function limitToStrError(): PyErr {
  return new PyErr(
    'ValueError',
    `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** Decimal digits of |v| (bigint, v >= 0), enforcing the int max str digits limit. */
function decimalDigits(a: bigint): string {
  if (a < 10000000000000000n) return a.toString();
  const lim = intMaxStrDigits;
  if (lim > 0) {
    const bits = bigBitLength(a);
    // a >= 2**(bits-1) >= 10**lim  =>  more than lim digits
    if (bits - 1 >= Math.ceil(lim * LOG2_10) + 1) throw limitToStrError();
    const s = a.toString();
    if (s.length > lim) throw limitToStrError();
    return s;
  }
  return a.toString();
}

/**
 * `str(int)`, `bin()`, `oct()`, `hex()`: base 2/8/10/16, with '0b'/'0o'/'0x'
 * prefix when `prefix` (negative numbers as '-0x1f').  Base 10 enforces the
 * 4300-digit limit (sys.set_int_max_str_digits).
 */
export function intToString(v: bigint | number, base: 2 | 8 | 10 | 16 = 10, prefix = false): string {
  if (typeof v === 'number') {
    if (base === 10) return String(v);
    const neg = v < 0;
    const s = (neg ? -v : v).toString(base);
    const p = prefix ? (base === 16 ? '0x' : base === 8 ? '0o' : '0b') : '';
    return neg ? '-' + p + s : p + s;
  }
  const neg = v < 0n;
  const a = neg ? -v : v;
  const s = base === 10 ? decimalDigits(a) : a.toString(base);
  const p = prefix && base !== 10 ? (base === 16 ? '0x' : base === 8 ? '0o' : '0b') : '';
  return neg ? '-' + p + s : p + s;
}

/** The message of `int(s, base)` for an invalid literal (uses repr(s), cut at 200 chars). */
export function invalidIntLiteralMessage(s: string, base: number): string {
  let r = pyRepr(s);
  if (r.length > 200 && cpLength(r) > 200) r = fromCodePoints(toCodePoints(r).slice(0, 200));
  return `invalid literal for int() with base ${base}: ${r}`;
}

/** The message of `float(s)` for an invalid string. */
export function invalidFloatMessage(s: string): string {
  return `could not convert string to float: ${pyRepr(s)}`;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII: whitespace -> ' ', Nd digits -> ASCII, other non-ASCII -> '?'. */
/**
 * The text float() and complex() parse (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, then
 * _Py_string_to_number_with_underscores): Unicode digits and spaces made ASCII, and the
 * underscores removed -- null when one is not between two digits.
 */
export function numberTextToAscii(s: string): string | null {
  const a = toAsciiDigits(s);
  if (a.indexOf('_') < 0) return a;
  let out = '';
  let prev = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c === 95) {
      if (!(prev >= 48 && prev <= 57)) return null;
    } else {
      if (prev === 95 && !(c >= 48 && c <= 57)) return null;
      out += a[i];
    }
    prev = c;
  }
  return prev === 95 ? null : out;
}

function toAsciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (isspaceChar(c)) out += ' ';
    else {
      const d = decimalValue(c);
      out += d >= 0 ? String.fromCharCode(48 + d) : '?';
    }
  }
  return out;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitsToBigint(d: string, base: number): bigint {
  if (base === 10) return BigInt(d);
  if (base === 16) return BigInt('0x' + d);
  if (base === 8) return BigInt('0o' + d);
  return BigInt('0b' + d);
}

function digitsToBigintGeneric(d: string, base: number): bigint {
  if (base === 10 || base === 16 || base === 8 || base === 2) return digitsToBigint(d, base);
  const B = BigInt(base);
  let acc = 0n;
  const chunk = 8;
  const bChunk = B ** BigInt(chunk);
  let i = 0;
  const head = d.length % chunk;
  if (head > 0) {
    let part = 0;
    for (; i < head; i++) part = part * base + digitValue(d.charCodeAt(i));
    acc = BigInt(part);
  }
  for (; i < d.length; ) {
    let part = 0;
    const end = i + chunk;
    for (; i < end; i++) part = part * base + digitValue(d.charCodeAt(i));
    acc = acc * bChunk + BigInt(part);
  }
  return acc;
}

/**
 * `int(s, base)`: returns the value, or null when `s` is not a valid literal
 * (the caller raises ValueError(invalidIntLiteralMessage(s, base))).
 * Throws ValueError for a bad base and for literals over the digit limit.
 */
export function parseIntString(s: string, base: number): bigint | null {
  if ((base !== 0 && base < 2) || base > 36) {
    throw new PyErr('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  // fast path: plain decimal
  if (base === 10 && s.length > 0 && s.length <= 15 && /^[+-]?[0-9]+$/.test(s)) return BigInt(s);
  const a = toAsciiDigits(s);
  const n = a.length;
  let i = 0;
  while (i < n && isAsciiSpace(a.charCodeAt(i))) i++;
  let neg = false;
  if (a.charCodeAt(i) === 43) i++;
  else if (a.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  let errorIfNonzero = false;
  const c0 = a.charCodeAt(i);
  const c1 = a.charCodeAt(i + 1) | 0x20;
  if (base === 0) {
    if (c0 !== 48) base = 10;
    else if (c1 === 120) base = 16;
    else if (c1 === 111) base = 8;
    else if (c1 === 98) base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (c0 === 48 && ((base === 16 && c1 === 120) || (base === 8 && c1 === 111) || (base === 2 && c1 === 98))) {
    i += 2;
    if (a.charCodeAt(i) === 95) i++;
  }
  if (a.charCodeAt(i) === 95) return null;
  const start = i;
  let digits = '';
  let ndigits = 0;
  let prevUnderscore = false;
  let runStart = i;
  while (i < n) {
    const c = a.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      digits += a.slice(runStart, i);
      runStart = i + 1;
      prevUnderscore = true;
    } else if (digitValue(c) < base) {
      prevUnderscore = false;
      ndigits++;
    } else break;
    i++;
  }
  if (prevUnderscore) return null;
  digits += a.slice(runStart, i);
  if ((base & (base - 1)) !== 0 && ndigits > 640) {
    const lim = intMaxStrDigits;
    if (lim > 0 && ndigits > lim) {
      throw new PyErr(
        'ValueError',
        `Exceeds the limit (${lim} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
  }
  if (i === start || ndigits === 0) return null;
  let v = digitsToBigintGeneric(digits, base);
  if (errorIfNonzero && v !== 0n) return null;
  while (i < n && isAsciiSpace(a.charCodeAt(i))) i++;
  if (i !== n) return null;
  if (neg) v = -v;
  return v;
}

const FLOAT_RE = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INFNAN_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** `float(s)`: the value, or null when invalid (caller raises invalidFloatMessage(s)). */
export function parseFloatString(s: string): number | null {
  const a = numberTextToAscii(s);
  if (a === null) return null;
  let i = 0;
  let j = a.length;
  while (i < j && isAsciiSpace(a.charCodeAt(i))) i++;
  while (j > i && isAsciiSpace(a.charCodeAt(j - 1))) j--;
  if (i === j) return null;
  const t = i === 0 && j === a.length ? a : a.slice(i, j);
  if (FLOAT_RE.test(t)) return Number(t);
  const m = INFNAN_RE.exec(t);
  if (m === null) return null;
  if (m[2]!.length === 3 && (m[2]![0] === 'n' || m[2]![0] === 'N')) return NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}

// ---------------------------------------------------------------------------
// Conversions and arithmetic
// ---------------------------------------------------------------------------

/** `float(int)`: correctly rounded; OverflowError when too large. */
export function intToFloat(v: bigint | number): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (x === Infinity || x === -Infinity) throw new PyErr('OverflowError', 'int too large to convert to float');
  return x;
}

/** `int(float)` (truncation). */
export function floatToInt(x: number): bigint {
  if (x !== x) throw new PyErr('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw new PyErr('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** a // b for ints. */
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyErr('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  if ((a < 0n) !== (b < 0n) && q * b !== a) return q - 1n;
  return q;
}

/** a % b for ints (result has the sign of b). */
export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyErr('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) return r + b;
  return r;
}

/** divmod(a, b) for ints. */
export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw new PyErr('ZeroDivisionError', 'integer division or modulo by zero');
  let q = a / b;
  let r = a - q * b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** Correctly rounded a/b for a >= 0, b > 0 (null on overflow). */
function ratioToFloat(a: bigint, b: bigint): number | null {
  if (a === 0n) return 0;
  const la = bigBitLength(a);
  const lb = bigBitLength(b);
  const diff = la - lb;
  if (diff > 1025) return null;
  if (diff < -1077) return 0;
  const s = 55 - diff;
  let q: bigint;
  let r: bigint;
  if (s >= 0) {
    const num = a << BigInt(s);
    q = num / b;
    r = num - q * b;
  } else {
    const den = b << BigInt(-s);
    q = a / den;
    r = a - q * den;
  }
  const qb = bigBitLength(q);
  const E = qb - 1 - s;
  const p = E >= -1022 ? 53 : E + 1075;
  if (p < 0) return 0;
  const drop = qb - p;
  let m = q >> BigInt(drop);
  const rem = q - (m << BigInt(drop));
  const half = 1n << BigInt(drop - 1);
  if (rem > half || (rem === half && (r !== 0n || (m & 1n) === 1n))) m += 1n;
  const res = scale2(Number(m), drop - s);
  if (res === Infinity) return null;
  return res;
}

/** a / b for ints: correctly rounded float. */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new PyErr('ZeroDivisionError', 'division by zero');
  const aa = babs(a);
  const ab = babs(b);
  if (aa <= 9007199254740992n && ab <= 9007199254740992n) return Number(a) / Number(b);
  const r = ratioToFloat(aa, ab);
  if (r === null) throw new PyErr('OverflowError', 'integer division result too large for a float');
  return (a < 0n) !== (b < 0n) ? -r : r;
}

/** Modular inverse of a modulo m (m > 1) or null. */
function invmod(a: bigint, m: bigint): bigint | null {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return null;
  return ((oldS % m) + m) % m;
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n % m;
  base %= m;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % m;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % m;
  }
  return result;
}

/**
 * `a ** b` / `pow(a, b, mod)` for ints.  A negative exponent without a
 * modulus gives a float (via float pow); with a modulus it uses the modular
 * inverse.
 */
export function intPow(a: bigint, b: bigint, mod?: bigint | null): bigint | number {
  if (mod === undefined || mod === null) {
    if (b < 0n) return floatPow(intToFloat(a), intToFloat(b));
    if (b === 0n) return 1n;
    if (a === 0n || a === 1n) return a;
    if (a === -1n) return (b & 1n) === 1n ? -1n : 1n;
    if (b === 1n) return a;
    if (b === 2n) return a * a;
    // rough size guard: BigInt max is ~2**30 bits in V8
    const bits = bigBitLength(babs(a) - 1n) * Number(b);
    if (bits > 1e9) throw new PyErr('MemoryError', '');
    try {
      return a ** b;
    } catch (e) {
      if (e instanceof RangeError) throw new PyErr('MemoryError', '');
      throw e;
    }
  }
  let c = mod;
  if (c === 0n) throw new PyErr('ValueError', 'pow() 3rd argument cannot be 0');
  let negOut = false;
  if (c < 0n) {
    negOut = true;
    c = -c;
  }
  if (c === 1n) return 0n;
  if (b < 0n) {
    const inv = invmod(a, c);
    if (inv === null) throw new PyErr('ValueError', 'base is not invertible for the given modulus');
    a = inv;
    b = -b;
  }
  a %= c;
  if (a < 0n) a += c;
  let z = modPow(a, b, c);
  if (negOut && z !== 0n) z -= c;
  return z;
}

/** Is x an odd integer (as a double)? */
function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** float ** float with CPython's float_pow semantics. */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw new PyErr('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      // CPython returns a complex number here.
      throw new PyErr('ValueError', 'complex results unsupported');
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = powCR(iv, iw);
  if (negate) ix = -ix;
  if (ix === Infinity || ix === -Infinity) throw new PyErr('OverflowError', 'Numerical result out of range', 34);
  return ix;
}

/** float / float. */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw new PyErr('ZeroDivisionError', 'float division by zero');
  return a / b;
}

function floatDivmodImpl(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || (wx === 0 && 1 / wx < 0) ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || (q === 0 && 1 / q < 0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** a // b for floats. */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw new PyErr('ZeroDivisionError', 'float floor division by zero');
  return floatDivmodImpl(a, b)[0];
}

/** a % b for floats (sign of b). */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw new PyErr('ZeroDivisionError', 'float modulo');
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  return mod;
}

/** divmod(a, b) for floats. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new PyErr('ZeroDivisionError', 'float divmod()');
  return floatDivmodImpl(a, b);
}

/** C's round(): half away from zero. */
function cRound(x: number): number {
  const t = Math.trunc(x);
  const d = x - t;
  if (d >= 0.5) return t + 1;
  if (d <= -0.5) return t - 1;
  return t;
}

/**
 * `round(x, ndigits)` for floats.  ndigits null -> int (bigint), half-even;
 * otherwise a float correctly rounded like CPython (`round(2.675, 2) == 2.67`).
 */
export function roundFloat(x: number, ndigits: number | null): number | bigint {
  if (ndigits === null) {
    let rounded = cRound(x);
    if (Math.abs(x - rounded) === 0.5) rounded = 2.0 * cRound(x / 2.0);
    return floatToInt(rounded);
  }
  if (!Number.isFinite(x)) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 || (x === 0 && 1 / x < 0) ? -0.0 : 0.0;
  if (x === 0) return x;
  const neg = x < 0;
  const [digits, decpt] = dtoa(Math.abs(x), 3, ndigits);
  const r = Number((neg ? '-' : '') + '0' + digits + 'e' + (decpt - digits.length));
  if (r === Infinity || r === -Infinity) throw new PyErr('OverflowError', 'rounded value too large to represent');
  return r;
}

/** `round(int, ndigits)` (half-even for negative ndigits). */
export function roundInt(v: bigint, ndigits: number): bigint {
  if (ndigits >= 0) return v;
  const k = -ndigits;
  const bits = bigBitLength(babs(v));
  if (k > bits * 0.302 + 2) return 0n;
  const p = pow10(k);
  let q = v / p;
  let r = v - q * p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  const twice = r * 2n;
  if (twice > p || (twice === p && (q & 1n) === 1n)) r -= p;
  return v - r;
}

// ---------------------------------------------------------------------------
// Hashing and float introspection
// ---------------------------------------------------------------------------

const HASH_MODULUS = (1n << 61n) - 1n;

/** CPython's hash(int). */
export function intHash(v: bigint | number): bigint {
  if (typeof v === 'number') return v === -1 ? -2n : BigInt(v);
  if (v >= 0n) return v < HASH_MODULUS ? v : v % HASH_MODULUS;
  let h = -(-v % HASH_MODULUS);
  if (h === -1n) h = -2n;
  return h;
}

/**
 * CPython's hash(float).  NaN hashes by object identity in CPython 3.10+;
 * this returns 0 for NaN and the caller should substitute its identity hash.
 */
export function floatHash(x: number): bigint {
  if (!Number.isFinite(x)) {
    if (x !== x) return 0n;
    return x > 0 ? 314159n : -314159n;
  }
  if (Number.isSafeInteger(x)) return x === -1 ? -2n : BigInt(x);
  const [mant, e] = decompOdd(Math.abs(x));
  const ee = ((e % 61) + 61) % 61;
  let h = (BigInt(mant) << BigInt(ee)) % HASH_MODULUS;
  if (x < 0) {
    h = -h;
    if (h === -1n) h = -2n;
  }
  return h;
}

/** float.is_integer() */
export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}

/** float.as_integer_ratio() */
export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (x !== x) throw new PyErr('ValueError', 'cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) throw new PyErr('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0n, 1n];
  const [mant, e] = decompOdd(Math.abs(x));
  const m = x < 0 ? -BigInt(mant) : BigInt(mant);
  if (e >= 0) return [m << BigInt(e), 1n];
  return [m, 1n << BigInt(-e)];
}

/** float.hex() */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  F64[0] = x;
  const hi = U32[HI]!;
  const lo = U32[LO]!;
  const neg = hi >>> 31 === 1;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  if (bexp === 0 && frac === '0000000000000') return neg ? '-0x0.0p+0' : '0x0.0p+0';
  const lead = bexp === 0 ? '0' : '1';
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return (neg ? '-' : '') + '0x' + lead + '.' + frac + 'p' + (e >= 0 ? '+' : '') + e;
}

/** float.fromhex(s) */
export function floatFromHex(s: string): number {
  const bad = () => new PyErr('ValueError', 'invalid hexadecimal floating-point string');
  const t = s.trim().replace(/^[\s]+|[\s]+$/g, '');
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i.exec(t);
  if (m === null) throw bad();
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart.length + fracPart.length === 0) throw bad();
  const exp = m[4] === undefined ? 0 : parseInt(m[4], 10);
  const all = (intPart + fracPart).replace(/^0+/, '');
  const neg = m[1] === '-';
  if (all === '') return neg ? -0.0 : 0.0;
  const v = BigInt('0x' + all);
  const e2 = exp - 4 * fracPart.length;
  if (!Number.isFinite(e2) || Math.abs(e2) > 1e7) {
    if (e2 > 0) throw new PyErr('OverflowError', 'hexadecimal value too large to represent as a float');
    return neg ? -0.0 : 0.0;
  }
  // value = v * 2**e2, correctly rounded
  let r: number | null;
  if (e2 >= 0) {
    const bits = bigBitLength(v) + e2;
    if (bits > 1025) r = null;
    else r = ratioToFloat(v << BigInt(e2), 1n);
  } else {
    const bits = bigBitLength(v) + e2;
    if (bits < -1080) r = 0;
    else r = ratioToFloat(v, 1n << BigInt(-e2));
  }
  if (r === null || r === Infinity) throw new PyErr('OverflowError', 'hexadecimal value too large to represent as a float');
  return neg ? -r : r;
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

interface ParsedSpec {
  fill: string; // '' when not specified
  align: string; // '' when not specified
  zeroPad: boolean;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  width: number;
  grouping: string; // '', ',' or '_'
  precision: number;
  type: string; // '' when not specified
  invalid: boolean; // "Invalid format specifier"
}

export interface Spec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  width: number;
  grouping: string; // '', ',' , '_' (groups of 3) or '_4' (groups of 4)
  precision: number;
  type: string;
}

const SPEC_CACHE = new Map<string, ParsedSpec>();
const PY_SSIZE_T_MAX = 9223372036854775807n;
const MAX_WIDTH = 1 << 28;

function isAlignChar(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

function parseSpec(spec: string): ParsedSpec {
  const cached = SPEC_CACHE.get(spec);
  if (cached !== undefined) return cached;
  const chars: string[] = hasSurrogates(spec) ? Array.from(spec) : spec.split('');
  const end = chars.length;
  let pos = 0;
  const r: ParsedSpec = {
    fill: '',
    align: '',
    zeroPad: false,
    sign: '',
    noNeg0: false,
    alt: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: '',
    invalid: false,
  };
  if (end - pos >= 2 && isAlignChar(chars[pos + 1])) {
    r.align = chars[pos + 1]!;
    r.fill = chars[pos]!;
    pos += 2;
  } else if (end - pos >= 1 && isAlignChar(chars[pos])) {
    r.align = chars[pos]!;
    pos++;
  }
  if (end - pos >= 1 && (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ')) {
    r.sign = chars[pos]!;
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === 'z') {
    r.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === '#') {
    r.alt = true;
    pos++;
  }
  if (r.fill === '' && end - pos >= 1 && chars[pos] === '0') {
    r.zeroPad = true;
    pos++;
  }
  const getInteger = (): number => {
    let acc = 0n;
    let accN = 0;
    let nd = 0;
    for (; pos < end; pos++, nd++) {
      const cp = chars[pos]!.codePointAt(0)!;
      const d = decimalValue(cp);
      if (d < 0) break;
      if (nd < 15) accN = accN * 10 + d;
      else {
        if (nd === 15) acc = BigInt(accN);
        if (acc > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) {
          throw new PyErr('ValueError', 'Too many decimal digits in format string');
        }
        acc = acc * 10n + BigInt(d);
      }
    }
    if (nd === 0) return -1;
    return nd <= 15 ? accN : Number(acc);
  };
  r.width = getInteger();
  if (end - pos >= 1 && chars[pos] === ',') {
    r.grouping = ',';
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === '_') {
    if (r.grouping !== '') throw new PyErr('ValueError', "Cannot specify both ',' and '_'.");
    r.grouping = '_';
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === ',') {
    if (r.grouping === '_') throw new PyErr('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (end - pos >= 1 && chars[pos] === '.') {
    pos++;
    const p = getInteger();
    if (p < 0) throw new PyErr('ValueError', 'Format specifier missing precision');
    r.precision = p;
  }
  if (end - pos > 1) r.invalid = true;
  else if (end - pos === 1) r.type = chars[pos]!;
  if (SPEC_CACHE.size > 1000) SPEC_CACHE.clear();
  SPEC_CACHE.set(spec, r);
  return r;
}

function codeRepr(t: string): string {
  const c = t.codePointAt(0)!;
  if (c > 32 && c < 128) return t;
  return '\\x' + c.toString(16);
}

export function resolveSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): Spec {
  const p = parseSpec(spec);
  if (p.invalid) throw new PyErr('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  const type = p.type === '' ? defaultType : p.type;
  let grouping = p.grouping;
  if (grouping !== '') {
    switch (type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (grouping === '_') {
          grouping = '_4';
          break;
        }
      // fall through
      default:
        throw new PyErr('ValueError', `Cannot specify '${grouping}' with '${codeRepr(type)}'.`);
    }
  }
  let fill = p.fill;
  let align = p.align;
  if (fill === '') fill = p.zeroPad ? '0' : ' ';
  if (align === '') align = p.zeroPad && defaultAlign === '>' ? '=' : defaultAlign;
  if (p.width > MAX_WIDTH) throw new PyErr('MemoryError', '');
  return {
    fill,
    align,
    sign: p.sign,
    noNeg0: p.noNeg0,
    alt: p.alt,
    width: p.width,
    grouping,
    precision: p.precision,
    type,
  };
}

export function unknownCode(type: string, typeName: string): PyErr {
  return new PyErr('ValueError', `Unknown format code '${codeRepr(type)}' for object of type '${typeName}'`);
}

/** _PyUnicode_InsertThousandsGrouping with the non-locale groupings. */
function insertGrouping(digits: string, minWidth: number, groupSize: number, sep: string): string {
  if (minWidth < 0) minWidth = 0;
  const n = digits.length;
  if (groupSize === 0) {
    const len = Math.max(n, minWidth, 1);
    return len > n ? '0'.repeat(len - n) + digits : digits;
  }
  const parts: string[] = [];
  let remaining = n;
  let pos = n;
  for (;;) {
    const len = Math.min(groupSize, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    parts.push((nZeros > 0 ? '0'.repeat(nZeros) : '') + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  parts.reverse();
  return parts.join(sep);
}

/** calc_number_widths + fill_number. */
function fillNumber(
  spec: Spec,
  negative: boolean,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  remLen: number,
  upper: boolean,
): string {
  let signCh = '';
  if (spec.sign === '+') signCh = negative ? '-' : '+';
  else if (spec.sign === ' ') signCh = negative ? '-' : ' ';
  else if (negative) signCh = '-';
  const nonDigit = signCh.length + prefix.length + (hasDecimal ? 1 : 0) + remLen;
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigit : 0;
  let groupSize = 0;
  let sep = '';
  if (spec.grouping === ',') {
    groupSize = 3;
    sep = ',';
  } else if (spec.grouping === '_') {
    groupSize = 3;
    sep = '_';
  } else if (spec.grouping === '_4') {
    groupSize = 4;
    sep = '_';
  }
  let grouped = digits.length === 0 ? '' : insertGrouping(digits, minWidth, groupSize, sep);
  if (upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const pad = spec.width - (nonDigit + grouped.length);
  let l = 0;
  let s = 0;
  let r = 0;
  if (pad > 0) {
    switch (spec.align) {
      case '<':
        r = pad;
        break;
      case '^':
        l = Math.floor(pad / 2);
        r = pad - l;
        break;
      case '=':
        s = pad;
        break;
      default:
        l = pad;
    }
  }
  const f = spec.fill;
  return (
    (l > 0 ? f.repeat(l) : '') +
    signCh +
    prefix +
    (s > 0 ? f.repeat(s) : '') +
    grouped +
    (hasDecimal ? '.' : '') +
    remainder +
    (r > 0 ? f.repeat(r) : '')
  );
}

function formatFloatWithSpec(x: number, spec: Spec): string {
  if (spec.precision > 2147483647) throw new PyErr('ValueError', 'precision too big');
  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let addPct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf: string;
  if (type === 'r') {
    buf = !spec.alt && !spec.noNeg0 ? floatRepr(x) : formatFloatShort(x, 'r', 0, true, spec.alt, spec.noNeg0, false);
  } else {
    const upper = type === 'E' || type === 'F' || type === 'G';
    buf = formatFloatShort(x, type.toLowerCase() as 'e' | 'f' | 'g', precision, addDot0, spec.alt, spec.noNeg0, upper);
  }
  if (addPct) buf += '%';
  if (spec.sign !== '+' && spec.sign !== ' ' && spec.width === -1 && spec.type !== 'n' && spec.grouping === '') return buf;
  let negative = false;
  let i = 0;
  if (buf.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let j = i;
  while (j < buf.length && buf.charCodeAt(j) >= 48 && buf.charCodeAt(j) <= 57) j++;
  const digits = buf.slice(i, j);
  const hasDecimal = buf.charCodeAt(j) === 46;
  const remainder = buf.slice(hasDecimal ? j + 1 : j);
  const sp = spec.type === 'n' ? { ...spec, grouping: '' } : spec;
  return fillNumber(sp, negative, '', digits, hasDecimal, remainder, remainder.length, false);
}

/** `format(x, spec)` for a float. `typeName` is used in error messages. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const s = resolveSpec(spec, '', '>', typeName);
  switch (s.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatWithSpec(x, s);
    default:
      throw unknownCode(s.type, typeName);
  }
}

/** `format(v, spec)` for an int. `typeName` is used in error messages. */
export function formatInt(v: bigint | number, spec: string, typeName = 'int'): string {
  if (spec === '') return intToString(v, 10);
  const s = resolveSpec(spec, 'd', '>', typeName);
  switch (s.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatWithSpec(intToFloat(v), s);
    default:
      throw unknownCode(s.type, typeName);
  }
  if (s.precision !== -1) throw new PyErr('ValueError', 'Precision not allowed in integer format specifier');
  if (s.noNeg0) throw new PyErr('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const big = toBig(v);
  if (s.type === 'c') {
    if (s.sign !== '') throw new PyErr('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (s.alt) throw new PyErr('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (big > 9223372036854775807n || big < -9223372036854775808n) {
      throw new PyErr('OverflowError', 'Python int too large to convert to C long');
    }
    if (big < 0n || big > 0x10ffffn) throw new PyErr('OverflowError', '%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(big));
    return fillNumber(s, false, '', '', false, ch, 1, false);
  }
  const negative = big < 0n;
  const a = negative ? -big : big;
  let digits: string;
  let prefix = '';
  switch (s.type) {
    case 'b':
      digits = a.toString(2);
      if (s.alt) prefix = '0b';
      break;
    case 'o':
      digits = a.toString(8);
      if (s.alt) prefix = '0o';
      break;
    case 'x':
    case 'X':
      digits = a.toString(16);
      if (s.alt) prefix = '0x';
      break;
    default:
      digits = decimalDigits(a);
  }
  if (s.sign === '' && s.width === -1 && s.type !== 'X' && s.type !== 'n' && s.grouping === '') {
    return (negative ? '-' : '') + prefix + digits;
  }
  const sp = s.type === 'n' ? { ...s, grouping: '' } : s;
  return fillNumber(sp, negative, prefix, digits, false, '', 0, s.type === 'X');
}

/** `format(s, spec)` for a str. `typeName` is used in error messages. */
export function formatStr(str: string, spec: string, typeName = 'str'): string {
  if (spec === '') return str;
  const s = resolveSpec(spec, 's', '<', typeName);
  if (s.type !== 's') throw unknownCode(s.type, typeName);
  if (s.sign !== '') {
    throw new PyErr(
      'ValueError',
      s.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier',
    );
  }
  if (s.noNeg0) throw new PyErr('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (s.alt) throw new PyErr('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (s.align === '=') throw new PyErr('ValueError', "'=' alignment not allowed in string format specifier");
  let len = cpLength(str);
  let out = str;
  if (s.precision >= 0 && len >= s.precision) {
    if (len > s.precision) {
      out = hasSurrogates(str) ? fromCodePoints(toCodePoints(str).slice(0, s.precision)) : str.slice(0, s.precision);
    }
    len = s.precision;
  }
  const total = s.width >= 0 && s.width > len ? s.width : len;
  let lpad: number;
  if (s.align === '>') lpad = total - len;
  else if (s.align === '^') lpad = Math.floor((total - len) / 2);
  else lpad = 0;
  const rpad = total - len - lpad;
  if (lpad === 0 && rpad === 0) return out;
  return (lpad > 0 ? s.fill.repeat(lpad) : '') + out + (rpad > 0 ? s.fill.repeat(rpad) : '');
}

// ---------------------------------------------------------------------------
// printf-style formatting: str % args
// ---------------------------------------------------------------------------

/**
 * The right operand of `fmt % args`, seen through the interpreter.
 *
 * - count(): the tuple length when args is a tuple, or -1 when args is a
 *   single non-tuple object (which is then get(0)).
 * - isMapping: PyMapping_Check(args) && !tuple && !str (enables %(key)s).
 * - getKey(name): args[name] (throws the interpreter's KeyError itself).
 * - asInt(o): the value if o is an int (incl. bool), else null ('*' widths).
 * - toInt(o, conv): the int for %d/%i/%u (int(o) semantics) or %o/%x/%X
 *   (__index__ semantics); throws TypeError like CPython, e.g.
 *   '%d format: a real number is required, not str'.
 * - toFloat(o): float(o) for %e/%f/%g (TypeError 'must be real number, not str').
 * - toChar(o): the one-code-point string for %c ('%c requires int or char',
 *   OverflowError '%c arg not in range(0x110000)').
 */
export interface PercentArgs {
  count(): number;
  get(i: number): unknown;
  getKey(name: string): unknown;
  isMapping: boolean;
  str(o: unknown): string;
  repr(o: unknown): string;
  ascii(o: unknown): string;
  asInt(o: unknown): bigint | null;
  toInt(o: unknown, conv: string): bigint;
  toFloat(o: unknown): number;
  toChar(o: unknown): string;
  /** The decimal text of an exact int, else null: %s/%r/%a without width or precision take it
   * directly (CPython's fast path, no str()/repr() call). */
  exactIntText?(o: unknown): string | null;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

function formatLongPercent(v: bigint, alt: boolean, prec: number, type: number): string {
  const negative = v < 0n;
  const a = negative ? -v : v;
  let digits: string;
  let prefix = '';
  if (type === 111) {
    digits = a.toString(8);
    if (alt) prefix = '0o';
  } else if (type === 120 || type === 88) {
    digits = a.toString(16);
    if (alt) prefix = '0x';
  } else digits = decimalDigits(a);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let out = (negative ? '-' : '') + prefix + digits;
  if (type === 88) out = out.toUpperCase();
  return out;
}

function cpSubstr(s: string, start: number, len: number): string {
  if (!hasSurrogates(s)) return s.substr(start, len);
  return fromCodePoints(toCodePoints(s).slice(start, start + len));
}

/** `fmt % args` for str. */
export function percentFormat(fmt: string, args: PercentArgs): string {
  const cps = hasSurrogates(fmt) ? toCodePoints(fmt) : null;
  const n = cps !== null ? cps.length : fmt.length;
  const at = (i: number): number => (i < n ? (cps !== null ? cps[i]! : fmt.charCodeAt(i)) : 0);
  const sub = (a: number, b: number): string => (cps !== null ? fromCodePoints(cps.slice(a, b)) : fmt.slice(a, b));
  let arglen = args.count();
  let argidx = arglen < 0 ? -2 : 0;
  let single: unknown = arglen < 0 ? args.get(0) : undefined;
  const dict = args.isMapping;
  const getNext = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? single : args.get(i);
    }
    throw new PyErr('TypeError', 'not enough arguments for format string');
  };
  const out: string[] = [];
  let pos = 0;
  while (pos < n) {
    let p: number;
    if (cps === null) p = fmt.indexOf('%', pos);
    else {
      p = pos;
      while (p < n && cps[p] !== 37) p++;
      if (p === n) p = -1;
    }
    if (p < 0) {
      out.push(sub(pos, n));
      break;
    }
    if (p > pos) out.push(sub(pos, p));
    pos = p + 1;
    let ch = at(pos);
    if (pos < n && ch === 37) {
      out.push('%');
      pos++;
      continue;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    let ended = false;
    const next = (): boolean => {
      if (pos < n) {
        ch = at(pos++);
        return true;
      }
      ended = true;
      return false;
    };
    if (pos < n && ch === 40) {
      if (!dict) throw new PyErr('TypeError', 'format requires a mapping');
      pos++;
      const keystart = pos;
      let pcount = 1;
      while (pcount > 0 && pos < n) {
        ch = at(pos);
        if (ch === 41) pcount--;
        else if (ch === 40) pcount++;
        pos++;
      }
      if (pcount > 0) throw new PyErr('ValueError', 'incomplete format key');
      const key = sub(keystart, pos - 1);
      single = args.getKey(key);
      arglen = -1;
      argidx = -2;
    }
    for (;;) {
      if (!next()) break;
      if (ch === 45) flags |= F_LJUST;
      else if (ch === 43) flags |= F_SIGN;
      else if (ch === 32) flags |= F_BLANK;
      else if (ch === 35) flags |= F_ALT;
      else if (ch === 48) flags |= F_ZERO;
      else break;
    }
    if (ch === 42) {
      const v = args.asInt(getNext());
      if (v === null) throw new PyErr('TypeError', '* wants int');
      if (v > 9223372036854775807n || v < -9223372036854775808n) {
        throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
      }
      width = Number(v);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      next();
    } else if (ch >= 48 && ch <= 57) {
      width = ch - 48;
      while (next()) {
        if (ch < 48 || ch > 57) break;
        if (width > (9223372036854775807 - (ch - 48)) / 10) throw new PyErr('ValueError', 'width too big');
        width = width * 10 + (ch - 48);
      }
    }
    if (ch === 46) {
      prec = 0;
      next();
      if ((ch as number) === 42) {
        const v = args.asInt(getNext());
        if (v === null) throw new PyErr('TypeError', '* wants int');
        if (v > 2147483647n || v < -2147483648n) {
          throw new PyErr('OverflowError', 'Python int too large to convert to C int');
        }
        prec = Number(v);
        if (prec < 0) prec = 0;
        next();
      } else if (ch >= 48 && ch <= 57) {
        prec = ch - 48;
        while (next()) {
          if (ch < 48 || ch > 57) break;
          if (prec > (2147483647 - (ch - 48)) / 10) throw new PyErr('ValueError', 'precision too big');
          prec = prec * 10 + (ch - 48);
        }
      }
    }
    if (!ended && (ch === 104 || ch === 108 || ch === 76)) next();
    if (ended) throw new PyErr('ValueError', 'incomplete format');
    if (width > MAX_WIDTH || prec > MAX_WIDTH) throw new PyErr('MemoryError', '');

    const v = getNext();
    let str: string;
    let sign = false;
    const intText = (ch === 115 || ch === 114 || ch === 97) && width === -1 && prec === -1 && args.exactIntText
      ? args.exactIntText(v) : null;
    switch (ch) {
      case 115: // s
        str = intText ?? args.str(v);
        break;
      case 114: // r
        str = intText ?? args.repr(v);
        break;
      case 97: // a
        str = intText ?? args.ascii(v);
        break;
      case 105: // i
      case 100: // d
      case 117: // u
      case 111: // o
      case 120: // x
      case 88: // X
        str = formatLongPercent(args.toInt(v, String.fromCharCode(ch)), (flags & F_ALT) !== 0, prec, ch);
        sign = true;
        break;
      case 101: // e
      case 69:
      case 102: // f
      case 70:
      case 103: // g
      case 71:
        str = floatToString(args.toFloat(v), String.fromCharCode(ch), prec < 0 ? 6 : prec, (flags & F_ALT) !== 0);
        sign = true;
        break;
      case 99: // c
        str = args.toChar(v);
        break;
      default:
        throw new PyErr(
          'ValueError',
          `unsupported format character '${ch >= 31 && ch <= 126 ? String.fromCharCode(ch) : '?'}' (0x${ch.toString(16)}) at index ${pos - 1}`,
        );
    }
    out.push(percentOutput(str, ch, flags, width, prec, sign));
    if (dict && argidx < arglen) {
      throw new PyErr('TypeError', 'not all arguments converted during string formatting');
    }
  }
  if (argidx < arglen && !dict) {
    throw new PyErr('TypeError', 'not all arguments converted during string formatting');
  }
  return out.join('');
}

/** unicode_format_arg_output */
function percentOutput(str: string, ch: number, flags: number, width: number, prec: number, sign: boolean): string {
  const fill = sign && (flags & F_ZERO) !== 0 ? '0' : ' ';
  let len = str.length < 2 || !hasSurrogates(str) ? str.length : cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) === 0) return str;
  if (ch === 115 || ch === 114 || ch === 97) {
    if (prec >= 0 && len > prec) len = prec;
  }
  let pindex = 0;
  let signchar = '';
  if (sign) {
    const c0 = str.charCodeAt(0);
    if (c0 === 45 || c0 === 43) {
      signchar = str[0]!;
      len--;
      pindex++;
    } else if (flags & F_SIGN) signchar = '+';
    else if (flags & F_BLANK) signchar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 120 || ch === 88 || ch === 111);
  if (sign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  if (altPrefix) {
    if (fill !== ' ') {
      out += '0' + String.fromCharCode(ch);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signchar;
    if (altPrefix) {
      out += '0' + String.fromCharCode(ch);
      pindex += 2;
    }
  }
  if (len > 0) out += cpSubstr(str, pindex, len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
