// bytes and bytearray: immutable and mutable sequences of bytes, their iterators, the text codecs
// (str.encode, bytes.decode, str(b, encoding)) and int.to_bytes / int.from_bytes.
//
// Storage: the bytes live in the heap, not in a JS side table. A `bytes` object is one block, the
// header followed by the data and a trailing NUL, exactly as CPython's PyBytesObject (ob_sval): it
// is immutable and its size is known at allocation, so one block is the cheapest layout, the data
// is counted by the allocator (sys.getsizeof grows with the length, the heap limit applies, the
// statistics and leak checks see it) and no JS object is created per value. A `bytearray` must
// grow in place, so, as CPython's PyByteArrayObject (ob_bytes), its data is a second heap block
// (pymalloc, resized with pyrealloc and CPython's over-allocation rule). Operations read the data
// through zero-copy `U8.subarray` views (the heap buffer is never replaced, so views stay valid
// while the object is alive and, for bytearray, not resized: every method parses its arguments,
// which may run Python code, before it takes a view). Searching uses JS string search on Latin-1
// strings (one code unit per byte; strlib's find/count/startswith take them as they are, with no
// surrogates to care about); results are built from heap offsets or Uint8Arrays.
//
// Also here, because they are codecs or bytes-specific: str.encode (replaces str.ts's version:
// UTF-8, UTF-8-sig, ASCII, Latin-1, UTF-16/32 with and without BOM, error handlers strict, ignore,
// replace, backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass), bytes.decode,
// str(b, encoding, errors), int(b'42'), float(b'1.5') (wrappers around those types' constructors),
// int.to_bytes / int.from_bytes, and ord(b'a') (builtins' bytesOrdHook).
//
// bytes (not GC):
//   offset | field | type | note
//   -------+-------+------+----------------------------------------------------------------
//    0     | refcnt| i32  |
//    4     | type  | i32  | T_BYTES
//    8     | size  | i32  | number of bytes
//   12     | hash  | i32  | cached 32-bit hash, -1 = not computed yet
//   16     | data  | u8[] | size bytes, then a NUL
//   size 16 + n + 1 bytes (b'' -> 32-byte block). Instances of subclasses (GC objects) have the
//   dict and weaklist words at 16 and 20; their data starts at the type's basicsize.
//
// Pools, as CPython: b'' and the 256 one-byte bytes are immortal singletons, and every path that
// makes a bytes object goes through newBytes, so `bytes([97]) is b'a'` and `b'ab'[:1] is b'a'`.
//
// bytearray (not GC, like CPython: gc.is_tracked(bytearray()) is False):
//    0 refcnt | 4 type | 8 size i32 | 12 alloc i32 (bytes in the buffer, the NUL included; 0 when
//    there is no buffer) | 16 buf (address of the data block, or 0)
//   size 20 -> 32-byte block. Subclass instances: dict, weaklist at 20, 24 (GC objects).
//
// bytes_iterator (T_BYTES_ITER) and bytearray_iterator (GC, as CPython):
//    8 seq (owned; 0 once exhausted) | 12 index i32; size 16 (+16 GC head) -> 32
//
// Hashes: FNV-1a over the bytes, the same function str uses over its code units, so
// hash(b'abc') == hash('abc') as in CPython. bytearray is unhashable (__hash__ = None).

import { I32, U8, TYPES, type TypeInfo, type KwArgs, type Visit, T_BYTES, T_BYTES_ITER, T_STR, T_INT, T_BOOL, T_TUPLE,
  T_LIST, T_FLOAT, T_OBJECT, T_FIRST_DYNAMIC, newTypeInfo, allocObject, allocGCObject, freeObject, freeGCObject, decref,
  HeapExhausted, newSlots } from '../object.js';
import { pymalloc, pyfree, pyrealloc } from '../mem/obmalloc.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { IMMORTAL_REFCNT, newInt, newIntBig, isIntLike, intBig, intNumber, intIsSmall } from './int.js';
import { newStr, strValue, isStrLike, newStrOfType, internedStr, unicodeError } from './str.js';
import { tupleSize, tupleItem, tupleFromSteal } from './tuple.js';
import { listLen, listGet, listFromSteal, listFromStealPrealloc, splitPrealloc } from './list.js';
import { sliceCompute, SLI, seqIndex, ssizeArg, repeatCount, cIntArg, isIndexable, indexObject, SSIZE_MAX } from './slice.js';
import { raise, EXC, isSubtype, PyException, newExceptionObject } from './exception.js';
import { allocTypeObject, setBasesAndMro, allocTypeId, typeInfoOfTypeObject } from './type.js';
import { newBuiltinFunction } from './function.js';
import { PyErr } from './pyerr.js';
import { percentFormat, floatToInt, parseIntString, parseFloatString, type PercentArgs } from './numfmt.js';
import * as L from './strlib.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { defMethod, defAttr, parseArgs } from '../builtins/define.js';
import { bytesOrdHook } from '../builtins/builtins.js';
import { bytesHook } from '../types.js';
import { REFLECTED } from '../number.js';
import * as opc from '../../compiler/opcodes.js';
import { dictSet } from './dict.js';

// ---- layout ----------------------------------------------------------------------------------

export const B_SIZE = 2, B_HASH = 3;
export const BYTES_HEADER = 16;
export const BA_SIZE = 2, BA_ALLOC = 3, BA_BUF = 4;
export const BYTEARRAY_SIZE = 20;
const IT_SEQ = 2, IT_INDEX = 3;

/** Type id of bytearray and of its iterator (dynamic ids, set by initBytesType). */
export let T_BYTEARRAY = 0;
export let T_BYTEARRAY_ITER = 0;

let EMPTY_BYTES = 0;
/** The 256 one-byte bytes objects (index = the byte). */
const BYTE1 = new Int32Array(256);

/** Largest bytes/bytearray this runtime builds (the heap could not hold more anyway). */
const MAX_BYTES = 0x7fffffe0;

// ---- type tests --------------------------------------------------------------------------------

function tidOf(a: number): number {
  return I32[(a >> 2) + 1];
}

/** bytes or a subclass of bytes. */
export function isBytes(a: number): boolean {
  const t = I32[(a >> 2) + 1];
  if (t === T_BYTES) return true;
  return t >= T_FIRST_DYNAMIC && t !== T_BYTEARRAY && isSubtype(TYPES[t], TYPES[T_BYTES]);
}

/** bytearray or a subclass of bytearray. */
export function isByteArray(a: number): boolean {
  const t = I32[(a >> 2) + 1];
  if (t === T_BYTEARRAY) return true;
  return t >= T_FIRST_DYNAMIC && t !== T_BYTES && isSubtype(TYPES[t], TYPES[T_BYTEARRAY]);
}

/** Has the buffer protocol here: bytes, bytearray and their subclasses. */
export function isBytesLike(a: number): boolean {
  const t = I32[(a >> 2) + 1];
  if (t === T_BYTES || t === T_BYTEARRAY) return true;
  if (t < T_FIRST_DYNAMIC) return false;
  return isSubtype(TYPES[t], TYPES[T_BYTES]) || isSubtype(TYPES[t], TYPES[T_BYTEARRAY]);
}

// ---- raw access --------------------------------------------------------------------------------

function bytesDataAddr(a: number): number {
  const t = I32[(a >> 2) + 1];
  return a + (t === T_BYTES ? BYTES_HEADER : TYPES[t].basicsize);
}

/** Address of the data of a bytes or bytearray object. */
export function bytesDataOf(a: number): number {
  return dataAddr(a);
}

function dataAddr(a: number): number {
  const t = I32[(a >> 2) + 1];
  if (t === T_BYTES) return a + BYTES_HEADER;
  if (t === T_BYTEARRAY || isByteArray(a)) return I32[(a >> 2) + BA_BUF];
  return a + TYPES[t].basicsize;
}

/** Number of bytes of a bytes or bytearray object. */
export function bytesSize(a: number): number {
  return I32[(a >> 2) + 2]; // B_SIZE === BA_SIZE
}

/** Zero-copy view of the data of a bytes or bytearray object (valid until a bytearray resizes). */
export function bytesView(a: number): Uint8Array {
  const w = a >> 2;
  if (isByteArray(a)) {
    const buf = I32[w + BA_BUF];
    return U8.subarray(buf, buf + I32[w + BA_SIZE]);
  }
  const d = bytesDataAddr(a);
  return U8.subarray(d, d + I32[w + B_SIZE]);
}

/** Buffers of other exporters (memoryview.ts installs `view`: the bytes a memoryview shows). */
export const bufferHooks = { view: (_o: number): Uint8Array | null => null };

/** View of a bytes-like object (a memoryview's bytes, copied), or null for anything else. */
export function bufferOf(o: number): Uint8Array | null {
  return isBytesLike(o) ? bytesView(o) : bufferHooks.view(o);
}

/** Live memoryviews of each bytearray (address -> count): while there are any, it cannot be
 * resized (CPython's ob_exports). */
export const byteArrayExports = new Map<number, number>();

/** The bytes as a Latin-1 JS string (one code unit per byte). */
export function latin1(u: Uint8Array): string {
  const n = u.length;
  if (n < 32) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(u[i]);
    return s;
  }
  return Buffer.from(u.buffer, u.byteOffset, n).toString('latin1');
}

/** Bytes of a Latin-1 JS string (every code unit < 256). */
export function fromLatin1(s: string): Uint8Array {
  if (s.length >= 32) return Buffer.from(s, 'latin1');
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

function checkSize(n: number): void {
  if (!(n <= MAX_BYTES)) throw new HeapExhausted();
}

// ---- bytes: allocation -------------------------------------------------------------------------

/** A new exact bytes of n bytes whose data the caller fills (bypasses the singletons). */
function allocBytesRaw(n: number): number {
  checkSize(n);
  const a = allocObject(T_BYTES, BYTES_HEADER + n + 1);
  const w = a >> 2;
  I32[w + B_SIZE] = n;
  I32[w + B_HASH] = -1;
  U8[a + BYTES_HEADER + n] = 0;
  return a;
}

/** New reference to an exact bytes with a copy of `src` (singletons for lengths 0 and 1). */
export function newBytes(src: ArrayLike<number>): number {
  const n = src.length;
  if (n <= 1) {
    const a = n === 0 ? EMPTY_BYTES : BYTE1[src[0] & 255];
    I32[a >> 2]++;
    return a;
  }
  const a = allocBytesRaw(n);
  U8.set(src, a + BYTES_HEADER);
  return a;
}

/** New exact bytes with a copy of the n heap bytes at addr. */
function newBytesAt(addr: number, n: number): number {
  if (n <= 1) {
    const a = n === 0 ? EMPTY_BYTES : BYTE1[U8[addr]];
    I32[a >> 2]++;
    return a;
  }
  const a = allocBytesRaw(n);
  U8.copyWithin(a + BYTES_HEADER, addr, addr + n);
  return a;
}

/** self[lo:hi] as a result of a method of `self` (same kind; self itself when it is the whole of an exact bytes). */
function pieceOf(self: number, lo: number, hi: number): number {
  const t = tidOf(self);
  if (t === T_BYTES && lo === 0 && hi === I32[(self >> 2) + B_SIZE]) {
    I32[self >> 2]++;
    return self;
  }
  const d = dataAddr(self);
  if (t === T_BYTEARRAY || isByteArray(self)) return newByteArray(U8.subarray(d + lo, d + hi));
  return newBytesAt(d + lo, hi - lo);
}

/** New instance of bytes or a subclass of bytes with a copy of `src`. */
function newBytesOfType(t: TypeInfo, src: Uint8Array): number {
  if (t.id === T_BYTES) return newBytes(src);
  const n = src.length;
  checkSize(n);
  const size = t.basicsize + n + 1;
  const a = t.isGC ? allocGCObject(t.id, size) : allocObject(t.id, size);
  const w = a >> 2;
  I32[w + B_SIZE] = n;
  I32[w + B_HASH] = -1;
  for (let i = 4; i < t.basicsize >> 2; i++) I32[w + i] = 0;
  U8.set(src, a + t.basicsize);
  U8[a + t.basicsize + n] = 0;
  if (t.isHeap) I32[t.addr >> 2]++;
  if (t.isGC) gcTrack(a);
  return a;
}

function bytesDealloc(a: number): void {
  const tid = I32[(a >> 2) + 1];
  if (tid !== T_BYTES && TYPES[tid].isGC) freeGCObject(a);
  else freeObject(a);
}

/** Exact bytes with the content of bytes-like `a` (a itself when it is an exact bytes). */
function bytesExact(a: number): number {
  if (tidOf(a) === T_BYTES) {
    I32[a >> 2]++;
    return a;
  }
  return newBytes(bytesView(a));
}

// ---- bytearray: allocation and resizing ----------------------------------------------------------

function allocByteArray(t: TypeInfo): number {
  const a = t.isGC ? allocGCObject(t.id, t.basicsize) : allocObject(t.id, t.basicsize);
  const w = a >> 2;
  for (let i = 2; i < t.basicsize >> 2; i++) I32[w + i] = 0;
  if (t.isHeap) I32[t.addr >> 2]++;
  if (t.isGC) gcTrack(a);
  return a;
}

/** New exact bytearray with a copy of `src`. */
export function newByteArray(src: ArrayLike<number>): number {
  const a = allocByteArray(TYPES[T_BYTEARRAY]);
  if (src.length) {
    try {
      baResize(a, src.length);
    } catch (e) {
      decref(a);
      throw e;
    }
    U8.set(src, I32[(a >> 2) + BA_BUF]);
  }
  return a;
}

/** PyByteArray_Resize: set the size to n (new bytes are garbage), with CPython's over-allocation. */
function baResize(a: number, n: number): void {
  const w = a >> 2;
  const size = I32[w + BA_SIZE];
  if (n === size) return;
  if (byteArrayExports.size !== 0 && byteArrayExports.has(a)) throw raise(EXC.BufferError, 'Existing exports of data: object cannot be re-sized');
  checkSize(n);
  let alloc = I32[w + BA_ALLOC];
  if (n + 1 <= alloc) {
    if (n < alloc >> 1) alloc = n + 1; // major downsize: to the exact size
    else {
      I32[w + BA_SIZE] = n;
      U8[I32[w + BA_BUF] + n] = 0;
      return;
    }
  } else if (n <= alloc * 1.125) alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
  else alloc = n + 1;
  const old = I32[w + BA_BUF];
  const buf = old === 0 ? pymalloc(alloc) : pyrealloc(old, alloc);
  if (buf === 0) throw new HeapExhausted();
  I32[w + BA_BUF] = buf;
  I32[w + BA_ALLOC] = alloc;
  I32[w + BA_SIZE] = n;
  U8[buf + n] = 0;
}

function baClear(a: number): void {
  const w = a >> 2;
  const buf = I32[w + BA_BUF];
  I32[w + BA_BUF] = 0;
  I32[w + BA_ALLOC] = 0;
  I32[w + BA_SIZE] = 0;
  if (buf !== 0) pyfree(buf);
}

function byteArrayDealloc(a: number): void {
  const buf = I32[(a >> 2) + BA_BUF];
  if (buf !== 0) pyfree(buf);
  const tid = I32[(a >> 2) + 1];
  if (tid !== T_BYTEARRAY && TYPES[tid].isGC) freeGCObject(a);
  else freeObject(a);
}

/** Replace bytes [lo, hi) of bytearray `a` by `src` (a copy: src may view `a` itself). */
function baSetRange(a: number, lo: number, hi: number, src: Uint8Array): void {
  const data = src.slice();
  const w = a >> 2;
  const size = I32[w + BA_SIZE];
  const need = data.length;
  const growth = need - (hi - lo);
  if (growth > 0) {
    baResize(a, size + growth);
    const buf = I32[w + BA_BUF];
    U8.copyWithin(buf + hi + growth, buf + hi, buf + size);
  } else if (growth < 0) {
    const buf = I32[w + BA_BUF];
    U8.copyWithin(buf + hi + growth, buf + hi, buf + size);
    baResize(a, size + growth);
  }
  if (need) U8.set(data, I32[w + BA_BUF] + lo);
}

/** Result of a method of a bytes-like `self`: same kind as self (exact), `self` itself when unchanged. */
function out(self: number, u: Uint8Array): number {
  const t = tidOf(self);
  if (t === T_BYTES) {
    if (u.length === I32[(self >> 2) + B_SIZE] && u.buffer === U8.buffer && u.byteOffset === self + BYTES_HEADER) {
      I32[self >> 2]++;
      return self;
    }
    return newBytes(u);
  }
  if (t === T_BYTEARRAY || isByteArray(self)) return newByteArray(u);
  return newBytes(u);
}

function kindName(self: number): string {
  return isByteArray(self) ? 'bytearray' : 'bytes';
}

// ---- argument helpers ------------------------------------------------------------------------------

function noKw(qual: string, kw: KwArgs | null): void {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${qual}() takes no keyword arguments`);
}

/** Argument Clinic positional-only range ("center expected at least 1 argument, got 0"). */
function argRange(qual: string, name: string, args: number[], kw: KwArgs | null, lo: number, hi: number): void {
  noKw(qual, kw);
  const n = args.length;
  if (lo === hi && n !== lo) throw raise(EXC.TypeError, `${name} expected ${lo} argument${lo === 1 ? '' : 's'}, got ${n}`);
  if (n < lo) throw raise(EXC.TypeError, `${name} expected at least ${lo} argument${lo === 1 ? '' : 's'}, got ${n}`);
  if (n > hi) throw raise(EXC.TypeError, `${name} expected at most ${hi} argument${hi === 1 ? '' : 's'}, got ${n}`);
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

/**
 * Argument Clinic keyword parsing; returns borrowed values (0 = not given). `maxPos` limits the
 * positional arguments (keyword-only parameters follow), `required` leading ones must be present.
 */
function parseKw(name: string, args: number[], kw: KwArgs | null, params: string[], maxPos = params.length, required = 0): number[] {
  return parseArgs(name, args, kw, params, required, 0, maxPos);
}

/** A bytes-like argument ("a bytes-like object is required, not 'str'"). */
function needBuffer(o: number): Uint8Array {
  const b = bufferOf(o);
  if (b === null) throw raise(EXC.TypeError, `a bytes-like object is required, not '${A.typeName(o)}'`);
  return b;
}

/** _getbytevalue: an int in range(256) (TypeError from __index__, ValueError out of range). */
function byteValue(o: number): number {
  let v: number;
  if ((tidOf(o) === T_INT || tidOf(o) === T_BOOL) && intIsSmall(o)) v = intNumber(o);
  else {
    const r = indexObject(o);
    const b = intBig(r);
    decref(r);
    v = b < 0n || b > 255n ? -1 : Number(b);
  }
  if (v < 0 || v > 255) throw raise(EXC.ValueError, 'byte must be in range(0, 256)');
  return v;
}

/** Optional slice-index argument of find & co. (None allowed). */
function optIndex(o: number): number | null {
  if (o === 0 || o === S.None) return null;
  if (!isIndexable(o)) throw raise(EXC.TypeError, 'slice indices must be integers or None or have an __index__ method');
  const r = indexObject(o);
  const b = intBig(r);
  decref(r);
  return b > BigInt(SSIZE_MAX) ? SSIZE_MAX : b < -BigInt(SSIZE_MAX) ? -SSIZE_MAX : Number(b);
}

/** Sub-sequence argument of find/count/index: int (one byte) or bytes-like, as a Latin-1 string. */
function subArg(o: number): string {
  const b = bufferOf(o);
  if (b !== null) return latin1(b);
  if (!isIndexable(o)) throw raise(EXC.TypeError, `argument should be integer or bytes-like object, not '${A.typeName(o)}'`);
  return String.fromCharCode(byteValue(o));
}

function strArg(fname: string, argname: string, o: number): string {
  if (!isStrLike(o)) throw raise(EXC.TypeError, `${fname}() argument '${argname}' must be str, not ${A.argTypeName(o)}`);
  return strValue(o);
}

/** Convert a helper's PyErr into a Python exception. */
function pyErr(e: unknown): unknown {
  if (e instanceof PyErr) return raise(EXC[e.pyType] ?? EXC.SystemError, e.message);
  return e;
}

// ---- codecs ------------------------------------------------------------------------------------

type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

const CODEC_ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8', cp65001: 'utf-8',
  utf_8_sig: 'utf-8-sig', utf8_sig: 'utf-8-sig',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii', cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii',
  iso646_us: 'ascii', iso_ir_6: 'ascii', ansi_x3_4_1968: 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso8859_1: 'latin-1', iso_8859_1: 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', csisolatin1: 'latin-1', ibm819: 'latin-1', iso8859: 'latin-1',
  iso_8859_1_1987: 'latin-1', iso_ir_100: 'latin-1',
  utf_16: 'utf-16', utf16: 'utf-16', u16: 'utf-16',
  utf_16_le: 'utf-16-le', utf_16le: 'utf-16-le', unicodelittleunmarked: 'utf-16-le',
  utf_16_be: 'utf-16-be', utf_16be: 'utf-16-be', unicodebigunmarked: 'utf-16-be',
  utf_32: 'utf-32', utf32: 'utf-32', u32: 'utf-32',
  utf_32_le: 'utf-32-le', utf_32le: 'utf-32-le', utf_32_be: 'utf-32-be', utf_32be: 'utf-32-be',
};

/** The codec for an encoding name (encodings.normalize_encoding + aliases); LookupError if unknown. */
function lookupCodec(name: string): Codec {
  const norm = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  const c = CODEC_ALIASES[norm];
  if (c === undefined) throw raise(EXC.LookupError, `unknown encoding: ${name}`);
  return c;
}

const ERROR_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);

function checkHandler(errors: string): void {
  if (!ERROR_HANDLERS.has(errors)) throw raise(EXC.LookupError, `unknown error handler name '${errors}'`);
}

function charEscape(c: number): string {
  return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
}

function encodeError(codec: string, cps: ArrayLike<number>, start: number, end: number, reason: string): PyException {
  let text = '';
  for (let i = 0; i < cps.length; i++) text += String.fromCodePoint(cps[i]);
  return unicodeError(EXC.UnicodeEncodeError, codec, newStr(text), start, end, reason);
}

function decodeError(codec: string, u: Uint8Array, start: number, end: number, reason: string): PyException {
  return unicodeError(EXC.UnicodeDecodeError, codec, newBytes(u), start, end, reason);
}

/** Growable byte buffer for the encoders. */
class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) this.grow(1);
    this.buf[this.n++] = b;
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  grow(k: number): void {
    const nb = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }
  result(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
const UTF8_ENC = new TextEncoder();
const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** str -> bytes with codec `encoding` and error handler `errors` (CPython's messages). */
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  if ((codec === 'utf-8' || codec === 'utf-8-sig') && !LONE_SURROGATE.test(s)) {
    const u = UTF8_ENC.encode(s);
    if (codec === 'utf-8') return u;
    const r = new Uint8Array(u.length + 3);
    r.set([0xef, 0xbb, 0xbf]);
    r.set(u, 3);
    return r;
  }
  const cps = L.toCodePoints(s);
  const sink = new ByteSink();
  const name = codec === 'utf-8-sig' ? 'utf-8' : codec;
  let limit = 0x110000, unit = 0, le = true, bom = false;
  switch (codec) {
    case 'ascii': limit = 128; break;
    case 'latin-1': limit = 256; break;
    case 'utf-8-sig': sink.push(0xef); sink.push(0xbb); sink.push(0xbf); break;
    case 'utf-16': unit = 2; bom = true; break;
    case 'utf-16-le': unit = 2; break;
    case 'utf-16-be': unit = 2; le = false; break;
    case 'utf-32': unit = 4; bom = true; break;
    case 'utf-32-le': unit = 4; break;
    case 'utf-32-be': unit = 4; le = false; break;
  }
  const emit = (c: number): void => {
    if (unit === 0) {
      if (limit < 0x110000 || c < 0x80) sink.push(c);
      else if (c < 0x800) {
        sink.push(0xc0 | (c >> 6));
        sink.push(0x80 | (c & 63));
      } else if (c < 0x10000) {
        sink.push(0xe0 | (c >> 12));
        sink.push(0x80 | ((c >> 6) & 63));
        sink.push(0x80 | (c & 63));
      } else {
        sink.push(0xf0 | (c >> 18));
        sink.push(0x80 | ((c >> 12) & 63));
        sink.push(0x80 | ((c >> 6) & 63));
        sink.push(0x80 | (c & 63));
      }
    } else if (unit === 2) {
      if (c >= 0x10000) {
        c -= 0x10000;
        emit16(0xd800 | (c >> 10));
        emit16(0xdc00 | (c & 0x3ff));
      } else emit16(c);
    } else {
      const bs = [c & 255, (c >> 8) & 255, (c >> 16) & 255, (c >>> 24) & 255];
      if (!le) bs.reverse();
      for (const b of bs) sink.push(b);
    }
  };
  const emit16 = (c: number): void => {
    if (le) {
      sink.push(c & 255);
      sink.push(c >> 8);
    } else {
      sink.push(c >> 8);
      sink.push(c & 255);
    }
  };
  const emitAscii = (r: string): void => {
    if (unit === 0) sink.pushAscii(r);
    else for (let k = 0; k < r.length; k++) emit(r.charCodeAt(k));
  };
  if (bom) emit(0xfeff);
  const utf = limit === 0x110000;
  const reason = utf ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const bad = (c: number): boolean => (utf ? isSurrogate(c) : c >= limit);
  const n = cps.length;
  for (let i = 0; i < n;) {
    const c = cps[i];
    if (!bad(c)) {
      emit(c);
      i++;
      continue;
    }
    // the 8-bit codecs and UTF-8 report runs of bad characters, UTF-16/32 one at a time
    let end = i + 1;
    if (unit === 0) while (end < n && bad(cps[end])) end++;
    switch (errors) {
      case 'strict':
        throw encodeError(name, cps, i, end, reason);
      case 'ignore':
        break;
      // replacement text is encoded with the codec itself (it is ASCII)
      case 'replace':
        for (let k = i; k < end; k++) emitAscii('?');
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) emitAscii(charEscape(cps[k]));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) emitAscii(`&#${cps[k]};`);
        break;
      case 'surrogateescape': {
        // U+DC80..U+DCFF become the raw bytes; the rest of the run is an error. UTF-16/32 take
        // one character at a time and a single byte is never a whole code unit: always an error.
        if (unit !== 0) throw encodeError(name, cps, i, end, reason);
        let k = i;
        while (k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff) sink.push(cps[k++] - 0xdc00);
        if (k < end) throw encodeError(name, cps, k, end, reason);
        break;
      }
      case 'surrogatepass':
        if (!utf) throw encodeError(name, cps, i, end, reason);
        for (let k = i; k < end; k++) {
          const ck = cps[k];
          if (unit === 0) {
            sink.push(0xe0 | (ck >> 12));
            sink.push(0x80 | ((ck >> 6) & 63));
            sink.push(0x80 | (ck & 63));
          } else emit(ck);
        }
        break;
      default:
        checkHandler(errors);
        throw raise(EXC.NotImplementedError, `error handler '${errors}' is not supported by pyvm`);
    }
    i = end;
  }
  return sink.result();
}

/** Collects decoded text: code units in chunks. */
class TextSink {
  parts: string[] = [];
  units: number[] = [];
  push(cu: number): void {
    this.units.push(cu);
    if (this.units.length >= 8192) this.flush();
  }
  pushCp(cp: number): void {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      this.push(0xd800 | (cp >> 10));
      this.push(0xdc00 | (cp & 0x3ff));
    } else this.push(cp);
  }
  pushStr(s: string): void {
    this.flush();
    this.parts.push(s);
  }
  flush(): void {
    if (this.units.length) {
      this.parts.push(String.fromCharCode.apply(null, this.units));
      this.units = [];
    }
  }
  result(): string {
    this.flush();
    return this.parts.join('');
  }
}

/**
 * The decoding error handlers: returns where decoding resumes. `pass` decodes a surrogate for
 * 'surrogatepass' (the codec's own rule) or returns -1 when the bytes are not one.
 */
function handleDecodeError(codec: string, u: Uint8Array, start: number, end: number, reason: string, errors: string, sink: TextSink,
  pass: ((at: number) => number) | null): number {
  switch (errors) {
    case 'strict':
      break;
    case 'ignore':
      return end;
    case 'replace':
      sink.push(0xfffd);
      return end;
    case 'backslashreplace':
      for (let k = start; k < end; k++) sink.pushStr(`\\x${u[k].toString(16).padStart(2, '0')}`);
      return end;
    case 'surrogateescape': {
      // escapes up to 4 non-ASCII bytes and resumes after them (PyCodec_SurrogateEscapeErrors)
      let k = start;
      while (k < end && k - start < 4 && u[k] >= 128) sink.push(0xdc00 + u[k++]);
      if (k === start) throw decodeError(codec, u, start, end, reason);
      return k;
    }
    case 'surrogatepass': {
      const r = pass === null ? -1 : pass(start);
      if (r >= 0) return r;
      break;
    }
    case 'xmlcharrefreplace':
    case 'namereplace':
      throw raise(EXC.TypeError, `don't know how to handle UnicodeDecodeError in error callback`);
    default:
      checkHandler(errors);
  }
  throw decodeError(codec, u, start, end, reason);
}

function decodeUtf8(u: Uint8Array, errors: string, codec = 'utf-8'): string {
  const n = u.length;
  const sink = new TextSink();
  const pass = (at: number): number => {
    if (at + 2 < n && u[at] === 0xed && u[at + 1] >= 0xa0 && u[at + 1] <= 0xbf && u[at + 2] >= 0x80 && u[at + 2] <= 0xbf) {
      sink.push(0xd000 | ((u[at + 1] & 63) << 6) | (u[at + 2] & 63));
      return at + 3;
    }
    return -1;
  };
  let i = 0;
  let run = 0; // start of the pending run of good bytes
  const flushRun = (to: number): void => {
    if (to > run) sink.pushStr(UTF8_FATAL.decode(u.subarray(run, to)));
  };
  while (i < n) {
    const c = u[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      flushRun(i);
      i = run = handleDecodeError(codec, u, i, i + 1, 'invalid start byte', errors, sink, pass);
      continue;
    }
    let j = 1;
    let reason = '';
    for (; j <= need; j++) {
      if (i + j >= n) {
        reason = 'unexpected end of data';
        break;
      }
      const d = u[i + j];
      if (d < (j === 1 ? lo : 0x80) || d > (j === 1 ? hi : 0xbf)) {
        reason = 'invalid continuation byte';
        break;
      }
    }
    if (reason === '') {
      i += need + 1;
      continue;
    }
    flushRun(i);
    i = run = handleDecodeError(codec, u, i, reason === 'unexpected end of data' ? n : i + j, reason, errors, sink, pass);
  }
  flushRun(n);
  return sink.result();
}

function decodeUtf16(u: Uint8Array, errors: string, le: boolean | null): string {
  const n = u.length;
  let i = 0;
  if (le === null) {
    le = true;
    if (n >= 2 && u[0] === 0xff && u[1] === 0xfe) i = 2;
    else if (n >= 2 && u[0] === 0xfe && u[1] === 0xff) {
      le = false;
      i = 2;
    }
  }
  const codec = le ? 'utf-16-le' : 'utf-16-be';
  const sink = new TextSink();
  const at = (k: number): number => (le ? u[k] | (u[k + 1] << 8) : (u[k] << 8) | u[k + 1]);
  const pass = (k: number): number => {
    if (k + 1 < n) {
      const c = at(k);
      if (isSurrogate(c)) {
        sink.push(c);
        return k + 2;
      }
    }
    return -1;
  };
  while (i < n) {
    if (i + 1 >= n) {
      i = handleDecodeError(codec, u, i, n, 'truncated data', errors, sink, pass);
      continue;
    }
    const c = at(i);
    if (c < 0xd800 || c > 0xdfff) {
      sink.push(c);
      i += 2;
      continue;
    }
    if (c >= 0xdc00) {
      i = handleDecodeError(codec, u, i, i + 2, 'illegal encoding', errors, sink, pass);
      continue;
    }
    if (i + 3 >= n) {
      i = handleDecodeError(codec, u, i, n, 'unexpected end of data', errors, sink, pass);
      continue;
    }
    const d = at(i + 2);
    if (d < 0xdc00 || d > 0xdfff) {
      i = handleDecodeError(codec, u, i, i + 2, 'illegal UTF-16 surrogate', errors, sink, pass);
      continue;
    }
    sink.push(c);
    sink.push(d);
    i += 4;
  }
  return sink.result();
}

function decodeUtf32(u: Uint8Array, errors: string, le: boolean | null): string {
  const n = u.length;
  let i = 0;
  if (le === null) {
    le = true;
    if (n >= 4 && u[0] === 0xff && u[1] === 0xfe && u[2] === 0 && u[3] === 0) i = 4;
    else if (n >= 4 && u[0] === 0 && u[1] === 0 && u[2] === 0xfe && u[3] === 0xff) {
      le = false;
      i = 4;
    }
  }
  const codec = le ? 'utf-32-le' : 'utf-32-be';
  const sink = new TextSink();
  const at = (k: number): number => (le ? (u[k] | (u[k + 1] << 8) | (u[k + 2] << 16) | (u[k + 3] << 24)) >>> 0
    : ((u[k] << 24) | (u[k + 1] << 16) | (u[k + 2] << 8) | u[k + 3]) >>> 0);
  const pass = (k: number): number => {
    if (k + 3 < n && isSurrogate(at(k))) {
      sink.push(at(k));
      return k + 4;
    }
    return -1;
  };
  while (i < n) {
    if (i + 3 >= n) {
      i = handleDecodeError(codec, u, i, n, 'truncated data', errors, sink, pass);
      continue;
    }
    const c = at(i);
    if (c > 0x10ffff) i = handleDecodeError(codec, u, i, i + 4, 'code point not in range(0x110000)', errors, sink, pass);
    else if (isSurrogate(c)) i = handleDecodeError(codec, u, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', errors, sink, pass);
    else {
      sink.pushCp(c);
      i += 4;
    }
  }
  return sink.result();
}

/** bytes -> str with codec `encoding` and error handler `errors` (CPython's messages). */
export function decodeBytes(u: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(encoding);
  switch (codec) {
    case 'utf-8':
    case 'utf-8-sig': {
      if (codec === 'utf-8-sig' && u.length >= 3 && u[0] === 0xef && u[1] === 0xbb && u[2] === 0xbf) u = u.subarray(3);
      try {
        return UTF8_FATAL.decode(u);
      } catch {
        return decodeUtf8(u, errors);
      }
    }
    case 'latin-1':
      return latin1(u);
    case 'ascii': {
      let k = 0;
      while (k < u.length && u[k] < 128) k++;
      if (k === u.length) return latin1(u);
      const sink = new TextSink();
      for (let i = 0; i < u.length;) {
        if (u[i] < 128) sink.push(u[i++]);
        else i = handleDecodeError('ascii', u, i, i + 1, 'ordinal not in range(128)', errors, sink, null);
      }
      return sink.result();
    }
    case 'utf-16': return decodeUtf16(u, errors, null);
    case 'utf-16-le': return decodeUtf16(u, errors, true);
    case 'utf-16-be': return decodeUtf16(u, errors, false);
    case 'utf-32': return decodeUtf32(u, errors, null);
    case 'utf-32-le': return decodeUtf32(u, errors, true);
    case 'utf-32-be': return decodeUtf32(u, errors, false);
  }
}

// ---- construction ----------------------------------------------------------------------------------

/** Bytes of an iterable of ints (list/tuple fast paths); `what` picks the range message. */
function bytesFromIterable(o: number, forArray: boolean): Uint8Array {
  const tid = tidOf(o);
  const msg = forArray ? 'byte must be in range(0, 256)' : 'bytes must be in range(0, 256)';
  const val = (v: number): number => {
    if ((tidOf(v) === T_INT || tidOf(v) === T_BOOL) && intIsSmall(v)) {
      const x = intNumber(v);
      if (x < 0 || x > 255) throw raise(EXC.ValueError, msg);
      return x;
    }
    const r = indexObject(v);
    const b = intBig(r);
    decref(r);
    if (b < 0n || b > 255n) throw raise(EXC.ValueError, msg);
    return Number(b);
  };
  if (tid === T_LIST || tid === T_TUPLE) {
    const isList = tid === T_LIST;
    const out: number[] = [];
    for (let i = 0; i < (isList ? listLen(o) : tupleSize(o)); i++) out.push(val(isList ? listGet(o, i) : tupleItem(o, i)));
    return Uint8Array.from(out);
  }
  let it: number;
  try {
    it = A.getIter(o);
  } catch (e) {
    if (e instanceof PyException && isSubtype(TYPES[tidOf(e.exc)], EXC.TypeError)) {
      decref(e.exc);
      throw raise(EXC.TypeError, `cannot convert '${A.typeName(o)}' object to ${forArray ? 'bytearray' : 'bytes'}`);
    }
    throw e;
  }
  const sink = new ByteSink();
  try {
    for (;;) {
      const v = A.iterNext(it);
      if (v === 0) break;
      try {
        sink.push(val(v));
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
  return sink.result();
}

/** PyBytes_FromObject: new exact bytes from a bytes-like object or an iterable of ints. */
function bytesFromObject(o: number): number {
  if (tidOf(o) === T_BYTES) {
    I32[o >> 2]++;
    return o;
  }
  const b = bufferOf(o);
  if (b !== null) return newBytes(b);
  if (isStrLike(o)) throw raise(EXC.TypeError, `cannot convert '${A.typeName(o)}' object to bytes`);
  return newBytes(bytesFromIterable(o, false));
}

/** PyObject_Bytes: __bytes__, else bytesFromObject. */
function objectBytes(o: number): number {
  if (tidOf(o) === T_BYTES) {
    I32[o >> 2]++;
    return o;
  }
  const m = A.lookupSpecial(o, '__bytes__');
  if (m !== 0) return checkBytesResult(A.callUnbound(m, o, []));
  return bytesFromObject(o);
}

function checkBytesResult(r: number): number {
  if (!isBytes(r)) {
    const n = A.typeName(r);
    decref(r);
    throw raise(EXC.TypeError, `__bytes__ returned non-bytes (type ${n})`);
  }
  return r;
}

/** A count argument of bytes(n) / bytearray(n): the size, or -2 when `o` has no __index__. */
function countArg(o: number): number {
  if (!isIndexable(o)) return -2;
  const r = indexObject(o);
  const b = intBig(r);
  decref(r);
  if (b >= 2n ** 63n || b < -(2n ** 63n)) throw raise(EXC.OverflowError, `cannot fit '${A.typeName(o)}' into an index-sized integer`);
  if (b < 0n) throw raise(EXC.ValueError, 'negative count');
  return Number(b);
}

function bytesNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  let x = 0, encO = 0, errO = 0;
  if (kw === null && args.length <= 1) x = args.length ? args[0] : 0;
  else [x, encO, errO] = parseKw('bytes', args, kw, ['source', 'encoding', 'errors']);
  const enc = encO === 0 ? null : strArg('bytes', 'encoding', encO);
  const errs = errO === 0 ? null : strArg('bytes', 'errors', errO);
  let r: number;
  if (x === 0) {
    if (enc !== null || errs !== null) throw raise(EXC.TypeError, enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    r = newBytes([]);
  } else if (enc !== null) {
    if (!isStrLike(x)) throw raise(EXC.TypeError, 'encoding without a string argument');
    r = newBytes(encodeText(strValue(x), enc, errs ?? 'strict'));
  } else if (errs !== null) {
    throw raise(EXC.TypeError, isStrLike(x) ? 'string argument without an encoding' : 'errors without a string argument');
  } else {
    const m = A.lookupSpecial(x, '__bytes__');
    if (m !== 0) r = checkBytesResult(A.callUnbound(m, x, []));
    else if (isStrLike(x)) throw raise(EXC.TypeError, 'string argument without an encoding');
    else {
      const n = countArg(x);
      if (n >= 0) {
        if (n <= 1) r = newBytes(n === 0 ? [] : [0]);
        else {
          r = allocBytesRaw(n);
          U8.fill(0, r + BYTES_HEADER, r + BYTES_HEADER + n);
        }
      } else r = bytesFromObject(x);
    }
  }
  if (t.id === T_BYTES) return r;
  try {
    return newBytesOfType(t, bytesView(r));
  } finally {
    decref(r);
  }
}

function byteArrayNew(t: TypeInfo, _args: number[], _kw: KwArgs | null): number {
  return allocByteArray(t);
}

function byteArrayInit(self: number, args: number[], kw: KwArgs | null): void {
  let x = 0, encO = 0, errO = 0;
  if (kw === null && args.length <= 1) x = args.length ? args[0] : 0;
  else [x, encO, errO] = parseKw('bytearray', args, kw, ['source', 'encoding', 'errors']);
  const enc = encO === 0 ? null : strArg('bytearray', 'encoding', encO);
  const errs = errO === 0 ? null : strArg('bytearray', 'errors', errO);
  let data: Uint8Array;
  if (x === 0) {
    if (enc !== null || errs !== null) throw raise(EXC.TypeError, enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    data = new Uint8Array(0);
  } else if (isStrLike(x)) {
    if (enc === null) throw raise(EXC.TypeError, 'string argument without an encoding');
    data = encodeText(strValue(x), enc, errs ?? 'strict');
  } else if (enc !== null || errs !== null) {
    throw raise(EXC.TypeError, enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
  } else {
    const n = countArg(x);
    if (n >= 0) {
      checkSize(n);
      data = new Uint8Array(n);
    } else {
      const b = bufferOf(x);
      data = b !== null ? b.slice() : bytesFromIterable(x, true);
    }
  }
  baClear(self);
  if (data.length) {
    baResize(self, data.length);
    U8.set(data, I32[(self >> 2) + BA_BUF]);
  }
}

// ---- repr / hash / compare ------------------------------------------------------------------------

const HEX = '0123456789abcdef';

/** `b'...'` text; bytearray's repr (as CPython's) escapes `'` even inside a `"`-quoted literal. */
function bytesReprText(u: Uint8Array, escapeApostrophe = false): string {
  let quote = 39;
  if (u.includes(39) && !u.includes(34)) quote = 34;
  const parts: string[] = [quote === 39 ? "b'" : 'b"'];
  let s = '';
  for (let i = 0; i < u.length; i++) {
    const c = u[i];
    if (c === quote || c === 92 || (c === 39 && escapeApostrophe)) s += '\\' + String.fromCharCode(c);
    else if (c === 9) s += '\\t';
    else if (c === 10) s += '\\n';
    else if (c === 13) s += '\\r';
    else if (c < 32 || c >= 127) s += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else s += String.fromCharCode(c);
    if (s.length > 4096) {
      parts.push(s);
      s = '';
    }
  }
  parts.push(s, quote === 39 ? "'" : '"');
  return parts.join('');
}

function bytesRepr(a: number): number {
  return newStr(bytesReprText(bytesView(a)));
}

function byteArrayRepr(a: number): number {
  const t = TYPES[tidOf(a)];
  return newStr(`${t.name}(${bytesReprText(bytesView(a), true)})`);
}

function hashBytes(u: Uint8Array): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < u.length; i++) {
    h ^= u[i];
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

/** hash() of a bytes object (memoryview hashes through it). */
export function bytesHashOf(a: number): number {
  return bytesHash(a);
}

function bytesHash(a: number): number {
  const w = a >> 2;
  let h = I32[w + B_HASH];
  if (h !== -1) return h;
  h = hashBytes(bytesView(a));
  I32[w + B_HASH] = h;
  return h;
}

function compareViews(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function bytesRichCompare(a: number, b: number, op: number): number {
  const x = bufferOf(a), y = bufferOf(b);
  if (x === null || y === null) {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  if (op === opc.CMP_EQ || op === opc.CMP_NE) {
    let eq = a === b;
    if (!eq && x.length === y.length) {
      if (isBytes(a) && isBytes(b) && I32[(a >> 2) + B_HASH] !== -1 && I32[(b >> 2) + B_HASH] !== -1 &&
        I32[(a >> 2) + B_HASH] !== I32[(b >> 2) + B_HASH]) eq = false;
      else eq = compareViews(x, y) === 0;
    }
    return A.newBool(op === opc.CMP_EQ ? eq : !eq);
  }
  const c = compareViews(x, y);
  switch (op) {
    case opc.CMP_LT: return A.newBool(c < 0);
    case opc.CMP_LE: return A.newBool(c <= 0);
    case opc.CMP_GT: return A.newBool(c > 0);
    default: return A.newBool(c >= 0);
  }
}

// ---- sequence slots --------------------------------------------------------------------------------

function bytesGetItem(a: number, k: number): number {
  const arr = isByteArray(a);
  const i0 = seqIndex(k);
  if (i0 === i0) {
    const n = bytesSize(a);
    const i = i0 < 0 ? i0 + n : i0;
    if (i < 0 || i >= n) throw raise(EXC.IndexError, arr ? 'bytearray index out of range' : 'index out of range');
    return newInt(bytesView(a)[i]);
  }
  if (tidOf(k) === 13 /* T_SLICE */) {
    const u = bytesView(a);
    const len = sliceCompute(k, u.length);
    const { start, step } = SLI;
    if (step === 1) return out(a, u.subarray(start, start + len));
    const r = new Uint8Array(len);
    for (let i = 0, j = start; i < len; i++, j += step) r[i] = u[j];
    return arr ? newByteArray(r) : newBytes(r);
  }
  throw raise(EXC.TypeError, `${arr ? 'bytearray' : 'byte'} indices must be integers or slices, not ${A.typeName(k)}`);
}

function bytesContains(a: number, x: number): boolean {
  const b = bufferOf(x);
  if (b !== null) return L.contains(latin1(bytesView(a)), latin1(b));
  if (!isIndexable(x)) throw raise(EXC.TypeError, `a bytes-like object is required, not '${A.typeName(x)}'`);
  return bytesView(a).includes(byteValue(x));
}

function repeat(u: Uint8Array, count: number): Uint8Array {
  if (count <= 0 || u.length === 0) return new Uint8Array(0);
  if (u.length * count > MAX_BYTES) {
    if (u.length * count > SSIZE_MAX) throw raise(EXC.OverflowError, 'repeated bytes are too long');
    throw new HeapExhausted();
  }
  const r = new Uint8Array(u.length * count);
  r.set(u);
  let filled = u.length;
  while (filled < r.length) {
    const k = Math.min(filled, r.length - filled);
    r.copyWithin(filled, 0, k);
    filled += k;
  }
  return r;
}

function isSeqLike(o: number): boolean {
  const t = tidOf(o);
  return t === T_STR || t === T_LIST || t === T_TUPLE || isBytesLike(o) || isStrLike(o);
}

/** Binary operators of bytes and bytearray: + (concat), * (repeat), % (formatting); in-place forms. */
function bytesNumber(a: number, b: number, op: number): number {
  const reflected = (op & REFLECTED) !== 0;
  let o = op & 0xff;
  const inplace = o >= opc.NB_INPLACE;
  if (inplace) o -= opc.NB_INPLACE;
  switch (o) {
    case opc.NB_ADD: {
      if (reflected) {
        // only reached when the left operand is not bytes-like (else its own slot concatenated)
        return 0;
      }
      const y = bufferOf(b);
      if (y === null) {
        const tb = TYPES[tidOf(b)];
        if (tb.isHeap && A.lookupSpecial(b, '__radd__') !== 0) return 0;
        throw raise(EXC.TypeError, `can't concat ${A.typeName(b)} to ${kindName(a)}`);
      }
      if (inplace && isByteArray(a)) {
        // CPython holds a buffer export of b while resizing a: `ba += ba` fails
        if (b === a) throw raise(EXC.BufferError, 'Existing exports of data: object cannot be re-sized');
        const n = bytesSize(a);
        baSetRange(a, n, n, y);
        I32[a >> 2]++;
        return a;
      }
      const x = bytesView(a);
      if (!isByteArray(a)) {
        if (y.length === 0 && tidOf(a) === T_BYTES) return I32[a >> 2]++, a;
        if (x.length === 0 && tidOf(b) === T_BYTES) return I32[b >> 2]++, b;
      }
      checkSize(x.length + y.length);
      const r = new Uint8Array(x.length + y.length);
      r.set(x);
      r.set(y, x.length);
      return isByteArray(a) ? newByteArray(r) : newBytes(r);
    }
    case opc.NB_MULTIPLY: {
      const seq = reflected ? b : a, n = reflected ? a : b;
      if (!isIndexable(n)) {
        if (reflected) {
          // n is the left operand: CPython tried its sequence repeat first when it is a sequence
          throw raise(EXC.TypeError, `can't multiply sequence by non-int of type '${isSeqLike(n) ? A.typeName(seq) : A.typeName(n)}'`);
        }
        const tn = TYPES[tidOf(n)];
        if (tn.isHeap && A.lookupSpecial(n, '__rmul__') !== 0) return 0;
        throw raise(EXC.TypeError, `can't multiply sequence by non-int of type '${A.typeName(n)}'`);
      }
      const count = repeatCount(n);
      if (inplace && !reflected && isByteArray(seq)) {
        const r = repeat(bytesView(seq), count);
        baSetRange(seq, 0, bytesSize(seq), r);
        I32[seq >> 2]++;
        return seq;
      }
      if (count === 1 && tidOf(seq) === T_BYTES) return I32[seq >> 2]++, seq;
      const r = repeat(bytesView(seq), count);
      return isByteArray(seq) ? newByteArray(r) : newBytes(r);
    }
    case opc.NB_REMAINDER:
      if (reflected) return 0;
      return bytesPercent(a, b);
  }
  return 0;
}

// ---- %-formatting -----------------------------------------------------------------------------------

class BytesPercentArgs implements PercentArgs {
  owned: number[] = [];
  n: number;
  isMapping: boolean;
  constructor(public args: number) {
    const tid = tidOf(args);
    const isTuple = tid === T_TUPLE || isSubtype(TYPES[tid], TYPES[T_TUPLE]);
    this.n = isTuple ? tupleSize(args) : -1;
    this.isMapping = !isTuple && !isStrLike(args) && !isBytesLike(args) &&
      (TYPES[tid].slots.getitem !== undefined || A.lookupSpecial(args, '__getitem__') !== 0);
  }
  count(): number {
    return this.n;
  }
  get(i: number): unknown {
    return this.n < 0 ? this.args : tupleItem(this.args, i);
  }
  getKey(name: string): unknown {
    const k = newBytes(fromLatin1(name));
    try {
      const v = A.getItem(this.args, k);
      this.owned.push(v);
      return v;
    } finally {
      decref(k);
    }
  }
  str(o: unknown): string {
    const v = o as number;
    const b = bufferOf(v);
    if (b !== null) return latin1(b);
    const m = A.lookupSpecial(v, '__bytes__');
    if (m !== 0) {
      const r = checkBytesResult(A.callUnbound(m, v, []));
      try {
        return latin1(bytesView(r));
      } finally {
        decref(r);
      }
    }
    throw raise(EXC.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${A.typeName(v)}'`);
  }
  repr(o: unknown): string {
    return L.asciiEscape(A.reprJS(o as number));
  }
  ascii(o: unknown): string {
    return L.asciiEscape(A.reprJS(o as number));
  }
  asInt(o: unknown): bigint | null {
    return isIntLike(o as number) ? intBig(o as number) : null;
  }
  toInt(o: unknown, conv: string): bigint {
    const v = o as number;
    if (isIntLike(v)) return intBig(v);
    const hex = conv === 'o' || conv === 'x' || conv === 'X';
    if (!hex) {
      if (tidOf(v) === T_FLOAT) return floatToInt(A.asFloat(v));
      const m = A.lookupSpecial(v, '__int__');
      if (m !== 0) return intResult(A.callUnbound(m, v, []), '__int__');
    }
    const ix = A.lookupSpecial(v, '__index__');
    if (ix !== 0) return intResult(A.callUnbound(ix, v, []), '__index__');
    if (hex) throw raise(EXC.TypeError, `%${conv} format: an integer is required, not ${A.typeName(v)}`);
    throw raise(EXC.TypeError, `%${conv} format: a real number is required, not ${A.typeName(v)}`);
  }
  toFloat(o: unknown): number {
    const v = o as number;
    const t = tidOf(v);
    if (t !== T_FLOAT && !isIntLike(v) && A.lookupSpecial(v, '__float__') === 0 && A.lookupSpecial(v, '__index__') === 0) {
      throw raise(EXC.TypeError, `float argument required, not ${A.typeName(v)}`);
    }
    return A.asFloat(v);
  }
  toChar(o: unknown): string {
    const v = o as number;
    const b = bufferOf(v);
    if (b !== null) {
      if (b.length === 1) return String.fromCharCode(b[0]);
    } else if (isIntLike(v)) {
      const c = intBig(v);
      if (c < 0n || c > 255n) throw raise(EXC.OverflowError, '%c arg not in range(256)');
      return String.fromCharCode(Number(c));
    }
    throw raise(EXC.TypeError, '%c requires an integer in range(256) or a single byte');
  }
  release(): void {
    for (const v of this.owned) decref(v);
    this.owned.length = 0;
  }
}

function intResult(r: number, what: string): bigint {
  try {
    if (!isIntLike(r)) throw raise(EXC.TypeError, `${what} returned non-int (type ${A.typeName(r)})`);
    return intBig(r);
  } finally {
    decref(r);
  }
}

/** fmt % args for bytes and bytearray. */
/** The format with every %b conversion turned into %s (percentFormat knows str's conversions). */
function bConversions(f: string): string {
  if (f.indexOf('b') < 0) return f;
  const n = f.length;
  let outS = '';
  let last = 0;
  for (let i = f.indexOf('%'); i >= 0 && i < n; i = f.indexOf('%', i)) {
    let j = i + 1;
    if (f.charCodeAt(j) === 37) {
      i = j + 1;
      continue;
    }
    if (f.charCodeAt(j) === 40) {
      let depth = 1;
      j++;
      while (j < n && depth > 0) {
        const c = f.charCodeAt(j++);
        if (c === 41) depth--;
        else if (c === 40) depth++;
      }
    }
    while (j < n && '-+ #0123456789.*'.includes(f[j])) j++;
    if (j < n && 'hlL'.includes(f[j])) j++;
    if (j < n && f[j] === 'b') {
      outS += f.slice(last, j) + 's';
      last = j + 1;
    }
    i = j + 1;
  }
  return last === 0 ? f : outS + f.slice(last);
}

function bytesPercent(fmt: number, args: number): number {
  const f = bConversions(latin1(bytesView(fmt)));
  const ad = new BytesPercentArgs(args);
  let s: string;
  try {
    s = percentFormat(f, ad);
  } catch (e) {
    if (e instanceof PyErr && e.message === 'not all arguments converted during string formatting') {
      throw raise(EXC.TypeError, 'not all arguments converted during bytes formatting');
    }
    throw pyErr(e);
  } finally {
    ad.release();
  }
  const u = fromLatin1(s);
  return isByteArray(fmt) ? newByteArray(u) : newBytes(u);
}

// ---- iterators -----------------------------------------------------------------------------------------

function newBytesIter(tid: number, seq: number): number {
  const it = allocGCObject(tid, 16);
  const w = it >> 2;
  I32[seq >> 2]++;
  I32[w + IT_SEQ] = seq;
  I32[w + IT_INDEX] = 0;
  gcTrack(it);
  return it;
}

function bytesIterNext(it: number): number {
  const w = it >> 2;
  const seq = I32[w + IT_SEQ];
  if (seq === 0) return 0;
  const i = I32[w + IT_INDEX];
  if (i < I32[(seq >> 2) + B_SIZE]) {
    I32[w + IT_INDEX] = i + 1;
    return newInt(U8[dataAddr(seq) + i]);
  }
  I32[w + IT_SEQ] = 0;
  decref(seq);
  return 0;
}

function bytesIterDealloc(it: number): void {
  gcUntrack(it);
  const s = I32[(it >> 2) + IT_SEQ];
  I32[(it >> 2) + IT_SEQ] = 0;
  if (s !== 0) decref(s);
  freeGCObject(it);
}

function bytesIterTraverse(it: number, visit: Visit): void {
  const s = I32[(it >> 2) + IT_SEQ];
  if (s !== 0) visit(s);
}

function bytesIterLengthHint(it: number): number {
  const seq = I32[(it >> 2) + IT_SEQ];
  return newInt(seq === 0 ? 0 : Math.max(0, bytesSize(seq) - I32[(it >> 2) + IT_INDEX]));
}

// ---- bytearray item assignment ---------------------------------------------------------------------------

function byteArraySetItem(a: number, k: number, v: number): void {
  const i0 = seqIndex(k);
  if (i0 === i0) {
    const val = byteValue(v);
    const n = bytesSize(a);
    const i = i0 < 0 ? i0 + n : i0;
    if (i < 0 || i >= n) throw raise(EXC.IndexError, 'bytearray index out of range');
    U8[I32[(a >> 2) + BA_BUF] + i] = val;
    return;
  }
  if (tidOf(k) !== 13 /* T_SLICE */) throw raise(EXC.TypeError, `bytearray indices must be integers or slices, not ${A.typeName(k)}`);
  let data: Uint8Array;
  if (v === a || !isByteArray(v)) {
    if (isStrLike(v) || isIntLike(v) || tidOf(v) === T_FLOAT || A.lookupSpecial(v, '__index__') !== 0 ||
      A.lookupSpecial(v, '__float__') !== 0 || A.lookupSpecial(v, '__int__') !== 0) {
      throw raise(EXC.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    }
    const b = bufferOf(v);
    data = b !== null ? b.slice() : bytesFromIterable(v, true);
  } else data = bytesView(v).slice();
  assignSlice(a, k, data);
}

function assignSlice(a: number, k: number, data: Uint8Array): void {
  const n = bytesSize(a);
  const len = sliceCompute(k, n);
  let { start, stop } = SLI;
  const step = SLI.step;
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    baSetRange(a, start, stop, data);
    return;
  }
  if (data.length === 0) {
    deleteExtended(a, start, step, len);
    return;
  }
  if (data.length !== len) throw raise(EXC.ValueError, `attempt to assign bytes of size ${data.length} to extended slice of size ${len}`);
  const buf = I32[(a >> 2) + BA_BUF];
  for (let i = 0, j = start; i < len; i++, j += step) U8[buf + j] = data[i];
}

function deleteExtended(a: number, start: number, step: number, len: number): void {
  if (len <= 0) return;
  const u = bytesView(a);
  const drop = new Uint8Array(u.length);
  for (let i = 0, j = start; i < len; i++, j += step) drop[j] = 1;
  let w = 0;
  for (let i = 0; i < u.length; i++) if (!drop[i]) u[w++] = u[i];
  baResize(a, w);
}

function byteArrayDelItem(a: number, k: number): void {
  const i0 = seqIndex(k);
  if (i0 === i0) {
    const n = bytesSize(a);
    const i = i0 < 0 ? i0 + n : i0;
    if (i < 0 || i >= n) throw raise(EXC.IndexError, 'bytearray index out of range');
    baSetRange(a, i, i + 1, new Uint8Array(0));
    return;
  }
  if (tidOf(k) !== 13 /* T_SLICE */) throw raise(EXC.TypeError, `bytearray indices must be integers or slices, not ${A.typeName(k)}`);
  assignSlice(a, k, new Uint8Array(0));
}

// ---- methods shared by bytes and bytearray ------------------------------------------------------------

type Impl = (self: number, args: number[], kw: KwArgs | null) => number;
type ShareImpl = (self: number, args: number[], kw: KwArgs | null, tn: string) => number;

function defBoth(name: string, fn: ShareImpl, o: { classmethod?: boolean; static?: boolean } = {}): void {
  defMethod(T_BYTES, name, (s, a, k) => fn(s, a, k, 'bytes'), { kw: true, classmethod: o.classmethod, static: o.static });
  defMethod(T_BYTEARRAY, name, (s, a, k) => fn(s, a, k, 'bytearray'), { kw: true, classmethod: o.classmethod, static: o.static });
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function findLike(name: string, kind: 'find' | 'rfind' | 'index' | 'rindex' | 'count'): ShareImpl {
  return (self, args, kw, tn) => {
    noKw(`${tn}.${name}`, kw);
    const n = args.length;
    if (n < 1) throw raise(EXC.TypeError, `${name}() takes at least 1 argument (0 given)`);
    if (n > 3) throw raise(EXC.TypeError, `${name}() takes at most 3 arguments (${n} given)`);
    const st = optIndex(args[1] ?? 0), en = optIndex(args[2] ?? 0);
    const sub = subArg(args[0]);
    const s = latin1(bytesView(self));
    let r: number;
    switch (kind) {
      case 'find': r = L.find(s, sub, st, en); break;
      case 'rfind': r = L.rfind(s, sub, st, en); break;
      case 'count': r = L.count(s, sub, st, en); break;
      default:
        r = kind === 'index' ? L.find(s, sub, st, en) : L.rfind(s, sub, st, en);
        if (r < 0) throw raise(EXC.ValueError, 'subsection not found');
    }
    return newInt(r);
  };
}

function startsEnds(name: string, ends: boolean): ShareImpl {
  return (self, args, kw, tn) => {
    noKw(`${tn}.${name}`, kw);
    const n = args.length;
    if (n < 1) throw raise(EXC.TypeError, `${name}() takes at least 1 argument (0 given)`);
    if (n > 3) throw raise(EXC.TypeError, `${name}() takes at most 3 arguments (${n} given)`);
    const p = args[0];
    const st = optIndex(args[1] ?? 0), en = optIndex(args[2] ?? 0);
    let subs: string[];
    if (tidOf(p) === T_TUPLE || isSubtype(TYPES[tidOf(p)], TYPES[T_TUPLE])) {
      subs = [];
      for (let i = 0; i < tupleSize(p); i++) subs.push(latin1(needBuffer(tupleItem(p, i))));
    } else {
      const b = bufferOf(p);
      if (b === null) throw raise(EXC.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${A.typeName(p)}`);
      subs = [latin1(b)];
    }
    const s = latin1(bytesView(self));
    for (const sub of subs) if (ends ? L.endswith(s, sub, st, en) : L.startswith(s, sub, st, en)) return A.newBool(true);
    return A.newBool(false);
  };
}

function splitImpl(name: string, right: boolean): ShareImpl {
  return (self, args, kw) => {
    const [sepO, maxO] = parseKw(name, args, kw, ['sep', 'maxsplit']);
    let maxsplit = maxO === 0 ? -1 : ssizeArg(maxO);
    if (maxsplit < 0) maxsplit = -1;
    const u = bytesView(self);
    let pieces: Uint8Array[];
    if (sepO === 0 || sepO === S.None) pieces = splitWhitespace(u, maxsplit, right);
    else {
      const sep = latin1(needBuffer(sepO));
      if (sep.length === 0) throw raise(EXC.ValueError, 'empty separator');
      const s = latin1(bytesView(self));
      const k = sep.length;
      let count = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
      const bounds: number[] = [];
      if (!right) {
        let i = 0;
        for (let p = s.indexOf(sep); p >= 0 && count-- > 0; p = s.indexOf(sep, i)) {
          bounds.push(i, p);
          i = p + k;
        }
        bounds.push(i, s.length);
      } else {
        let j = s.length;
        for (let p = j >= k ? s.lastIndexOf(sep, j - k) : -1; p >= 0 && count-- > 0; p = j >= k ? s.lastIndexOf(sep, j - k) : -1) {
          bounds.push(p + k, j);
          j = p;
        }
        bounds.push(0, j);
      }
      const items = new Array<number>(bounds.length >> 1);
      const m = items.length;
      for (let q = 0; q < m; q++) {
        const r = right ? m - 1 - q : q;
        items[r] = pieceOf(self, bounds[2 * q], bounds[2 * q + 1]);
      }
      return listFromStealPrealloc(items, splitPrealloc(maxsplit));
    }
    // CPython's list starts at PREALLOC_SIZE(maxsplit) items (sys.getsizeof shows it)
    return listFromStealPrealloc(pieces.map((p) => out(self, p)), splitPrealloc(maxsplit));
  };
}

function splitWhitespace(u: Uint8Array, maxsplit: number, right: boolean): Uint8Array[] {
  const n = u.length;
  const res: Uint8Array[] = [];
  let count = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  if (!right) {
    let i = 0;
    while (i < n) {
      while (i < n && isSpace(u[i])) i++;
      if (i === n) break;
      if (count-- === 0) {
        res.push(u.subarray(i, n));
        break;
      }
      const j0 = i;
      while (i < n && !isSpace(u[i])) i++;
      res.push(u.subarray(j0, i));
    }
    return res;
  }
  let j = n;
  while (j > 0) {
    while (j > 0 && isSpace(u[j - 1])) j--;
    if (j === 0) break;
    if (count-- === 0) {
      res.push(u.subarray(0, j));
      break;
    }
    const e = j;
    while (j > 0 && !isSpace(u[j - 1])) j--;
    res.push(u.subarray(j, e));
  }
  return res.reverse();
}

function stripImpl(name: string, left: boolean, right: boolean): ShareImpl {
  return (self, args, kw, tn) => {
    argRange(`${tn}.${name}`, name, args, kw, 0, 1);
    const c = args.length && args[0] !== S.None ? needBuffer(args[0]).slice() : null;
    const u = bytesView(self);
    const test = c === null ? isSpace : (x: number) => c.includes(x);
    let i = 0, j = u.length;
    if (left) while (i < j && test(u[i])) i++;
    if (right) while (j > i && test(u[j - 1])) j--;
    return out(self, u.subarray(i, j));
  };
}

function padImpl(name: string, how: 'center' | 'ljust' | 'rjust'): ShareImpl {
  return (self, args, kw, tn) => {
    argRange(`${tn}.${name}`, name, args, kw, 1, 2);
    const width = ssizeArg(args[0]);
    let fill = 32;
    if (args.length > 1) {
      const f = bufferOf(args[1]);
      if (f === null || f.length !== 1) throw raise(EXC.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${A.argTypeName(args[1])}`);
      fill = f[0];
    }
    const u = bytesView(self);
    if (width <= u.length) return out(self, u);
    checkSize(width);
    const marg = width - u.length;
    let left: number;
    if (how === 'ljust') left = 0;
    else if (how === 'rjust') left = marg;
    else left = (marg >> 1) + (marg & width & 1);
    const r = new Uint8Array(width).fill(fill);
    r.set(u, left);
    return out(self, r);
  };
}

function caseImpl(name: string, f: (u: Uint8Array) => Uint8Array): ShareImpl {
  return (self, args, kw, tn) => {
    noArgs(`${tn}.${name}`, args, kw);
    const u = bytesView(self);
    const r = f(u);
    return isByteArray(self) ? newByteArray(r) : newBytes(r);
  };
}

function predImpl(name: string, f: (u: Uint8Array) => boolean): ShareImpl {
  return (self, args, kw, tn) => {
    noArgs(`${tn}.${name}`, args, kw);
    return A.newBool(f(bytesView(self)));
  };
}

const mapBytes = (g: (c: number) => number) => (u: Uint8Array): Uint8Array => u.map(g);
const toUpper = (c: number): number => (isLower(c) ? c - 32 : c);
const toLower = (c: number): number => (isUpper(c) ? c + 32 : c);

function titleBytes(u: Uint8Array): Uint8Array {
  const r = new Uint8Array(u.length);
  let prevCased = false;
  for (let i = 0; i < u.length; i++) {
    const c = u[i];
    if (isUpper(c)) r[i] = prevCased ? c + 32 : c;
    else if (isLower(c)) r[i] = prevCased ? c : c - 32;
    else r[i] = c;
    prevCased = isAlpha(c);
  }
  return r;
}

function capitalizeBytes(u: Uint8Array): Uint8Array {
  const r = u.map(toLower);
  if (r.length) r[0] = toUpper(r[0]);
  return r;
}

function isTitleBytes(u: Uint8Array): boolean {
  let cased = false, prevCased = false;
  for (const c of u) {
    if (isUpper(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function partitionImpl(name: string, right: boolean): ShareImpl {
  return (self, args, kw, tn) => {
    const sepO = oneArg(`${tn}.${name}`, args, kw);
    const sep = needBuffer(sepO).slice();
    if (sep.length === 0) throw raise(EXC.ValueError, 'empty separator');
    const u = bytesView(self);
    const s = latin1(u), ss = latin1(sep);
    const p = right ? s.lastIndexOf(ss) : s.indexOf(ss);
    const arr = isByteArray(self);
    const mk = (x: Uint8Array): number => (arr ? newByteArray(x) : newBytes(x));
    if (p < 0) {
      const whole = arr ? newByteArray(u) : out(self, u);
      return right ? tupleFromSteal([mk(new Uint8Array(0)), mk(new Uint8Array(0)), whole]) : tupleFromSteal([whole, mk(new Uint8Array(0)), mk(new Uint8Array(0))]);
    }
    const sepObj = !arr && tidOf(sepO) === T_BYTES ? (I32[sepO >> 2]++, sepO) : mk(sep);
    return tupleFromSteal([mk(u.subarray(0, p)), sepObj, mk(u.subarray(p + sep.length))]);
  };
}

function bytesJoin(self: number, args: number[], kw: KwArgs | null, tn: string): number {
  const it = oneArg(`${tn}.join`, args, kw);
  let items: number[];
  try {
    items = A.iterToArray(it);
  } catch (e) {
    if (e instanceof PyException && isSubtype(TYPES[tidOf(e.exc)], EXC.TypeError) && A.lookupSpecial(it, '__iter__') === 0 &&
      A.lookupSpecial(it, '__getitem__') === 0) {
      decref(e.exc);
      throw raise(EXC.TypeError, 'can only join an iterable');
    }
    throw e;
  }
  try {
    const views: Uint8Array[] = [];
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const b = bufferOf(items[i]);
      if (b === null) throw raise(EXC.TypeError, `sequence item ${i}: expected a bytes-like object, ${A.typeName(items[i])} found`);
      views.push(b);
      total += b.length;
    }
    const sep = bytesView(self);
    if (!isByteArray(self) && items.length === 1 && tidOf(items[0]) === T_BYTES) {
      I32[items[0] >> 2]++;
      return items[0];
    }
    total += sep.length * Math.max(0, items.length - 1);
    checkSize(total);
    const r = new Uint8Array(total);
    let p = 0;
    for (let i = 0; i < views.length; i++) {
      if (i > 0) {
        r.set(sep, p);
        p += sep.length;
      }
      r.set(views[i], p);
      p += views[i].length;
    }
    return isByteArray(self) ? newByteArray(r) : newBytes(r);
  } finally {
    for (const x of items) decref(x);
  }
}

function bytesReplace(self: number, args: number[], kw: KwArgs | null, tn: string): number {
  argRange(`${tn}.replace`, 'replace', args, kw, 2, 3);
  const old = latin1(needBuffer(args[0]));
  const repl = needBuffer(args[1]).slice();
  const count = args.length > 2 ? ssizeArg(args[2]) : -1;
  const u = bytesView(self);
  const s = latin1(u);
  if (old.length === 0) {
    const r = L.replace(s, old, latin1(repl), count);
    if (r === s) return out(self, u);
    return isByteArray(self) ? newByteArray(fromLatin1(r)) : newBytes(fromLatin1(r));
  }
  const hits: number[] = [];
  let left = count < 0 ? Number.MAX_SAFE_INTEGER : count;
  for (let p = s.indexOf(old); p >= 0 && left-- > 0; p = s.indexOf(old, p + old.length)) hits.push(p);
  if (hits.length === 0) return out(self, u);
  const size = u.length + hits.length * (repl.length - old.length);
  checkSize(size);
  const r = new Uint8Array(size);
  let from = 0, to = 0;
  for (const p of hits) {
    r.set(u.subarray(from, p), to);
    to += p - from;
    r.set(repl, to);
    to += repl.length;
    from = p + old.length;
  }
  r.set(u.subarray(from), to);
  return isByteArray(self) ? newByteArray(r) : newBytes(r);
}

function bytesZfill(self: number, args: number[], kw: KwArgs | null, tn: string): number {
  const width = ssizeArg(oneArg(`${tn}.zfill`, args, kw));
  const u = bytesView(self);
  if (width <= u.length) return out(self, u);
  checkSize(width);
  const fill = width - u.length;
  const r = new Uint8Array(width).fill(48);
  r.set(u, fill);
  if (u.length && (u[0] === 43 || u[0] === 45)) {
    r[0] = u[0];
    r[fill] = 48;
  }
  return out(self, r);
}

function bytesDecode(self: number, args: number[], kw: KwArgs | null): number {
  const [encO, errO] = parseKw('decode', args, kw, ['encoding', 'errors']);
  const enc = encO === 0 ? 'utf-8' : strArg('decode', 'encoding', encO);
  const errs = errO === 0 ? 'strict' : strArg('decode', 'errors', errO);
  return newStr(decodeBytes(bytesView(self), enc, errs));
}

function bytesHex(self: number, args: number[], kw: KwArgs | null): number {
  const [sepO, bpsO] = parseKw('hex', args, kw, ['sep', 'bytes_per_sep']);
  const bps = bpsO === 0 ? 1 : cIntArg(bpsO); // converted before sep is looked at, as the clinic parser does
  let sep = '';
  if (sepO !== 0) {
    // _Py_strhex_impl: len(sep) first, then its type
    if (A.length(sepO) !== 1) throw raise(EXC.ValueError, 'sep must be length 1.');
    let sepText: string;
    if (isStrLike(sepO)) sepText = strValue(sepO);
    else if (isBytes(sepO) || tidOf(sepO) === T_BYTES) sepText = latin1(bytesView(sepO));
    else throw raise(EXC.TypeError, 'sep must be str or bytes.');
    if (sepText.charCodeAt(0) > 127) throw raise(EXC.ValueError, 'sep must be ASCII.');
    sep = sepText;
  }
  const u = bytesView(self);
  const r = Buffer.from(u.buffer, u.byteOffset, u.length).toString('hex');
  if (sep === '' || u.length === 0 || bps === 0) return newStr(r);
  const group = Math.abs(bps);
  const parts: string[] = [];
  if (bps > 0) {
    // groups counted from the right
    let first = u.length % group;
    if (first === 0) first = group;
    parts.push(r.slice(0, 2 * first));
    for (let i = first; i < u.length; i += group) parts.push(r.slice(2 * i, 2 * (i + group)));
  } else {
    for (let i = 0; i < u.length; i += group) parts.push(r.slice(2 * i, 2 * Math.min(u.length, i + group)));
  }
  return newStr(parts.join(sep));
}

function fromHex(self: number, args: number[], kw: KwArgs | null, tn: string): number {
  const s = oneArg(`${tn}.fromhex`, args, kw);
  if (!isStrLike(s)) throw raise(EXC.TypeError, `fromhex() argument must be str, not ${A.argTypeName(s)}`);
  const text = strValue(s);
  const outb: number[] = [];
  const hv = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hv(c);
    if (hi < 0) throw raise(EXC.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < n ? hv(text.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw raise(EXC.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    outb.push(hi * 16 + lo);
    i += 2;
  }
  const t = typeInfoOfTypeObject(self);
  const u = Uint8Array.from(outb);
  if (t.id === T_BYTES) return newBytes(u);
  if (t.id === T_BYTEARRAY) return newByteArray(u);
  const b = isSubtype(t, TYPES[T_BYTES]) ? newBytes(u) : newByteArray(u);
  try {
    return A.call(self, [b]);
  } finally {
    decref(b);
  }
}

function bytesSplitlines(self: number, args: number[], kw: KwArgs | null): number {
  const [keepO] = parseKw('splitlines', args, kw, ['keepends']);
  const keep = keepO !== 0 && cIntArg(keepO) !== 0;
  const u = bytesView(self);
  const n = u.length;
  const res: Uint8Array[] = [];
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && u[i] !== 10 && u[i] !== 13) i++;
    let eol = i;
    if (i < n) {
      if (u[i] === 13 && i + 1 < n && u[i + 1] === 10) i += 2;
      else i++;
      if (keep) eol = i;
    }
    res.push(u.subarray(j, eol));
  }
  return listFromStealPrealloc(res.map((p) => out(self, p)), 0); // PyList_New(0), then appends
}

function bytesExpandtabs(self: number, args: number[], kw: KwArgs | null): number {
  const [tsO] = parseKw('expandtabs', args, kw, ['tabsize']);
  const ts = tsO === 0 ? 8 : cIntArg(tsO);
  const u = bytesView(self);
  const sink = new ByteSink();
  let col = 0;
  for (const c of u) {
    if (c === 9) {
      if (ts > 0) {
        const k = ts - (col % ts);
        for (let x = 0; x < k; x++) sink.push(32);
        col += k;
      }
    } else {
      sink.push(c);
      col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return isByteArray(self) ? newByteArray(sink.result()) : newBytes(sink.result());
}

function translateTable(o: number): Uint8Array | null {
  if (o === S.None) return null;
  const t = needBuffer(o);
  if (t.length !== 256) throw raise(EXC.ValueError, 'translation table must be 256 characters long');
  return t.slice();
}

function bytesTranslate(self: number, args: number[], kw: KwArgs | null): number {
  if (args.length < 1) throw raise(EXC.TypeError, `translate() takes at least 1 positional argument (${args.length} given)`);
  const nk = kw === null ? 0 : kw.names.length;
  if (args.length + nk > 2) throw raise(EXC.TypeError, `translate() takes at most 2 arguments (${args.length + nk} given)`);
  const tabO = args[0];
  const [delO] = parseKw('translate', args.slice(1), kw, ['delete']);
  const table = translateTable(tabO);
  const del = delO === 0 ? null : needBuffer(delO).slice();
  const u = bytesView(self);
  const sink = new ByteSink();
  for (const c of u) {
    if (del !== null && del.includes(c)) continue;
    sink.push(table === null ? c : table[c]);
  }
  const r = sink.result();
  if (!isByteArray(self) && table === null && r.length === u.length) return out(self, u);
  return isByteArray(self) ? newByteArray(r) : newBytes(r);
}

function maketrans(_self: number, args: number[], kw: KwArgs | null): number {
  argRange('maketrans', 'maketrans', args, kw, 2, 2);
  const f = needBuffer(args[0]).slice(), t = needBuffer(args[1]).slice();
  if (f.length !== t.length) throw raise(EXC.ValueError, 'maketrans arguments must have same length');
  const r = new Uint8Array(256);
  for (let i = 0; i < 256; i++) r[i] = i;
  for (let i = 0; i < f.length; i++) r[f[i]] = t[i];
  return newBytes(r);
}

function affixImpl(name: string, suffix: boolean): ShareImpl {
  return (self, args, kw, tn) => {
    const a = needBuffer(oneArg(`${tn}.${name}`, args, kw)).slice();
    const u = bytesView(self);
    const s = latin1(u), p = latin1(a);
    if (p.length && (suffix ? s.endsWith(p) : s.startsWith(p))) return out(self, suffix ? u.subarray(0, u.length - a.length) : u.subarray(a.length));
    return out(self, u);
  };
}

// ---- bytearray-only methods ----------------------------------------------------------------------------

function defArray(name: string, fn: Impl): void {
  defMethod(T_BYTEARRAY, name, fn, { kw: true });
}

function byteArrayMethods(): void {
  defArray('append', (self, args, kw) => {
    const v = byteValue(oneArg('bytearray.append', args, kw));
    const n = bytesSize(self);
    baResize(self, n + 1);
    U8[I32[(self >> 2) + BA_BUF] + n] = v;
    return A.retNone();
  });
  defArray('extend', (self, args, kw) => {
    const o = oneArg('bytearray.extend', args, kw);
    let data: Uint8Array;
    const b = bufferOf(o);
    if (b !== null) data = b.slice();
    else {
      let it: number;
      try {
        it = A.getIter(o);
      } catch (e) {
        if (e instanceof PyException && isSubtype(TYPES[tidOf(e.exc)], EXC.TypeError)) {
          decref(e.exc);
          throw raise(EXC.TypeError, `can't extend bytearray with ${A.typeName(o)}`);
        }
        throw e;
      }
      decref(it);
      data = bytesFromIterable(o, true);
    }
    const n = bytesSize(self);
    baSetRange(self, n, n, data);
    return A.retNone();
  });
  defArray('pop', (self, args, kw) => {
    argRange('bytearray.pop', 'pop', args, kw, 0, 1);
    let i = args.length ? ssizeArg(args[0]) : -1;
    const n = bytesSize(self);
    if (n === 0) throw raise(EXC.IndexError, 'pop from empty bytearray');
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(EXC.IndexError, 'pop index out of range');
    const v = U8[I32[(self >> 2) + BA_BUF] + i];
    baSetRange(self, i, i + 1, new Uint8Array(0));
    return newInt(v);
  });
  defArray('insert', (self, args, kw) => {
    argRange('bytearray.insert', 'insert', args, kw, 2, 2);
    let i = ssizeArg(args[0]);
    const v = byteValue(args[1]);
    const n = bytesSize(self);
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i > n) i = n;
    baSetRange(self, i, i, Uint8Array.of(v));
    return A.retNone();
  });
  defArray('remove', (self, args, kw) => {
    const v = byteValue(oneArg('bytearray.remove', args, kw));
    const i = bytesView(self).indexOf(v);
    if (i < 0) throw raise(EXC.ValueError, 'value not found in bytearray');
    baSetRange(self, i, i + 1, new Uint8Array(0));
    return A.retNone();
  });
  defArray('clear', (self, args, kw) => {
    noArgs('bytearray.clear', args, kw);
    baResize(self, 0);
    return A.retNone();
  });
  defArray('reverse', (self, args, kw) => {
    noArgs('bytearray.reverse', args, kw);
    bytesView(self).reverse();
    return A.retNone();
  });
  defArray('copy', (self, args, kw) => {
    noArgs('bytearray.copy', args, kw);
    return newByteArray(bytesView(self));
  });
  for (const [name, nb] of [['__iadd__', opc.NB_ADD], ['__imul__', opc.NB_MULTIPLY]] as const) {
    defArray(name, (self, args, kw) => {
      // slot wrappers: "expected 1 argument, got 0"; __imul__ converts its argument with __index__
      noKw(`bytearray.${name}`, kw);
      if (args.length !== 1) throw raise(EXC.TypeError, `expected 1 argument, got ${args.length}`);
      if (nb === opc.NB_MULTIPLY && !isIndexable(args[0])) throw raise(EXC.TypeError, `'${A.typeName(args[0])}' object cannot be interpreted as an integer`);
      const r = bytesNumber(self, args[0], nb + opc.NB_INPLACE);
      if (r !== 0) return r;
      I32[S.NotImplemented >> 2]++;
      return S.NotImplemented;
    });
  }
  defArray('__alloc__', (self, args, kw) => {
    noArgs('bytearray.__alloc__', args, kw);
    return newInt(I32[(self >> 2) + BA_ALLOC]);
  });
  defArray('__sizeof__', (self, args, kw) => {
    noArgs('bytearray.__sizeof__', args, kw);
    return newInt(56 + I32[(self >> 2) + BA_ALLOC]);
  });
}

// ---- int.to_bytes / int.from_bytes -----------------------------------------------------------------------

function byteorderArg(fname: string, o: number): boolean {
  if (o === 0) return false;
  const s = strArg(fname, 'byteorder', o);
  if (s === 'little') return true;
  if (s === 'big') return false;
  throw raise(EXC.ValueError, "byteorder must be either 'little' or 'big'");
}

function intToBytes(self: number, args: number[], kw: KwArgs | null): number {
  const [lenO, orderO, signedO] = parseKw('to_bytes', args, kw, ['length', 'byteorder', 'signed'], 2);
  let length = 1;
  if (lenO !== 0) {
    const r = indexObject(lenO);
    const b = intBig(r);
    decref(r);
    if (b >= 2n ** 63n || b < -(2n ** 63n)) throw raise(EXC.OverflowError, 'Python int too large to convert to C ssize_t');
    length = Number(b);
  }
  const little = byteorderArg('to_bytes', orderO);
  if (length < 0) throw raise(EXC.ValueError, 'length argument must be non-negative');
  const signed = signedO !== 0 && A.isTrue(signedO);
  let v = intBig(self);
  if (v < 0n && !signed) throw raise(EXC.OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length) * 8n;
  if (signed ? (length === 0 ? v !== 0n : v >= 1n << (bits - 1n) || v < -(1n << (bits - 1n))) : v >= 1n << bits) {
    throw raise(EXC.OverflowError, 'int too big to convert');
  }
  checkSize(length);
  if (v < 0n) v += 1n << bits;
  const r = new Uint8Array(length);
  for (let i = 0; i < length && v > 0n; i++) {
    r[little ? i : length - 1 - i] = Number(v & 255n);
    v >>= 8n;
  }
  return newBytes(r);
}

function intFromBytes(cls: number, args: number[], kw: KwArgs | null): number {
  const [bytesO, orderO, signedO] = parseKw('from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], 2, 1);
  const little = byteorderArg('from_bytes', orderO);
  const signed = signedO !== 0 && A.isTrue(signedO);
  const b = objectBytes(bytesO);
  let v = 0n;
  try {
    const u = bytesView(b);
    const n = u.length;
    if (n <= 6) {
      let x = 0;
      for (let i = 0; i < n; i++) x = x * 256 + u[little ? n - 1 - i : i];
      v = BigInt(x);
    } else {
      let hex = '';
      for (let i = 0; i < n; i++) {
        const c = u[little ? n - 1 - i : i];
        hex += HEX[c >> 4] + HEX[c & 15];
      }
      v = BigInt('0x' + hex);
    }
    if (signed && n > 0 && (u[little ? n - 1 : 0] & 0x80)) v -= 1n << BigInt(n * 8);
  } finally {
    decref(b);
  }
  const r = newIntBig(v);
  if (typeInfoOfTypeObject(cls).id === T_INT) return r;
  try {
    return A.call(cls, [r]);
  } finally {
    decref(r);
  }
}

// ---- str hooks: str.encode and str(bytes, encoding, errors) ---------------------------------------------

function strEncode(self: number, args: number[], kw: KwArgs | null): number {
  const [encO, errO] = parseKw('encode', args, kw, ['encoding', 'errors']);
  const enc = encO === 0 ? 'utf-8' : strArg('encode', 'encoding', encO);
  const errs = errO === 0 ? 'strict' : strArg('encode', 'errors', errO);
  return newBytes(encodeText(strValue(self), enc, errs));
}

/** Wrap str's constructor: decode when given a bytes-like object and an encoding or errors. */
function installStrDecode(): void {
  const st = TYPES[T_STR];
  const prev = st.slots.new!;
  st.slots.new = (t, args, kw) => {
    if (args.length > 3 || (kw === null && args.length < 2)) return prev(t, args, kw);
    const got = [args[0] ?? 0, args[1] ?? 0, args[2] ?? 0];
    if (kw !== null) {
      for (let k = 0; k < kw.names.length; k++) {
        const i = ['object', 'encoding', 'errors'].indexOf(kw.names[k]);
        if (i < 0 || got[i] !== 0) return prev(t, args, kw);
        got[i] = kw.values[k];
      }
    }
    const [obj, enc, errs] = got;
    if (obj === 0 || !isBytesLike(obj) || (enc === 0 && errs === 0)) return prev(t, args, kw);
    if ((enc !== 0 && !isStrLike(enc)) || (errs !== 0 && !isStrLike(errs))) return prev(t, args, kw);
    const s = decodeBytes(bytesView(obj), enc === 0 ? 'utf-8' : strValue(enc), errs === 0 ? 'strict' : strValue(errs));
    return t.id === T_STR ? newStr(s) : newStrOfType(t, s);
  };
}

/**
 * Wrap int's and float's constructors: int(b'42'), int(b'ff', 16), float(b'1.5') parse the bytes as
 * ASCII text, with CPython's messages (which show the bytes: "invalid literal for int() with base
 * 10: b'x'").
 */
function installNumberFromBytes(): void {
  const it = TYPES[T_INT];
  const prevInt = it.slots.new!;
  it.slots.new = (t, args, kw) => {
    const x = args[0];
    if (x === undefined || !isBytesLike(x) || args.length > 2 || t.id === T_BOOL) return prevInt(t, args, kw);
    let baseO = args.length > 1 ? args[1] : 0;
    if (kw !== null) {
      for (let i = 0; i < kw.names.length; i++) {
        if (kw.names[i] !== 'base' || baseO !== 0) return prevInt(t, args, kw);
        baseO = kw.values[i];
      }
    }
    const u = bytesView(x);
    const text = latin1(u);
    const strObj = newStr(text);
    try {
      const call = [strObj, ...args.slice(1)];
      const base = baseO === 0 ? 10 : indexObjectNumber(baseO);
      if (Number.isFinite(base) && (base === 0 || (base >= 2 && base <= 36))) {
        const ok = !/[\x1c-\x1f\x80-\xff]/.test(text) && parseIntString(text, base) !== null;
        if (!ok) {
          let r = bytesReprText(u.subarray(0, 200));
          if (r.length > 200) r = r.slice(0, 200);
          throw raise(EXC.ValueError, `invalid literal for int() with base ${base}: ${r}`);
        }
      }
      return prevInt(t, call, kw);
    } finally {
      decref(strObj);
    }
  };
  const ft = TYPES[T_FLOAT];
  const prevFloat = ft.slots.new!;
  ft.slots.new = (t, args, kw) => {
    const x = args[0];
    if (x === undefined || args.length !== 1 || (kw !== null && kw.names.length) || !isBytesLike(x)) return prevFloat(t, args, kw);
    const text = latin1(bytesView(x));
    if (/[\x1c-\x1f\x80-\xff]/.test(text) || parseFloatString(text) === null) {
      throw raise(EXC.ValueError, `could not convert string to float: ${A.reprJS(x)}`);
    }
    const strObj = newStr(text);
    try {
      return prevFloat(t, [strObj], kw);
    } finally {
      decref(strObj);
    }
  };
}

function indexObjectNumber(o: number): number {
  const r = indexObject(o);
  const b = intBig(r);
  decref(r);
  return b > 100n || b < -100n ? NaN : Number(b);
}

// ---- the types ------------------------------------------------------------------------------------------

function makeDynamicType(name: string, size: number, isGC: boolean, base: TypeInfo): TypeInfo {
  const t = newTypeInfo(allocTypeId(), name, base, size, isGC);
  t.slots = newSlots();
  t.baseType = false;
  allocTypeObject(t, name);
  I32[t.addr >> 2] = IMMORTAL_REFCNT;
  setBasesAndMro(t, [base], [t, ...base.mro]);
  return t;
}

function initSingletons(): void {
  EMPTY_BYTES = allocBytesRaw(0);
  I32[EMPTY_BYTES >> 2] = IMMORTAL_REFCNT;
  for (let c = 0; c < 256; c++) {
    const a = allocBytesRaw(1);
    U8[a + BYTES_HEADER] = c;
    I32[a >> 2] = IMMORTAL_REFCNT;
    BYTE1[c] = a;
  }
}

/** Fill the bytes type, create bytearray and the iterators, and install the hooks. */
export function initBytesType(): void {
  const obj = TYPES[T_OBJECT];
  const bt = TYPES[T_BYTES];
  bt.basicsize = BYTES_HEADER;
  bt.isGC = false;
  bt.baseType = true;
  bt.dealloc = bytesDealloc;
  bt.traverse = null;
  bt.clear = null;
  initSingletons();

  const ba = makeDynamicType('bytearray', BYTEARRAY_SIZE, false, obj);
  ba.baseType = true;
  ba.dealloc = byteArrayDealloc;
  T_BYTEARRAY = ba.id;
  ba.tpCall = true; // no vectorcall in CPython 3.11 (see TypeInfo.tpCall)
  const bai = makeDynamicType('bytearray_iterator', 16, true, obj);
  T_BYTEARRAY_ITER = bai.id;

  for (const [tid, itId] of [[T_BYTES, T_BYTES_ITER], [T_BYTEARRAY, T_BYTEARRAY_ITER]] as const) {
    const s = TYPES[tid].slots;
    s.repr = tid === T_BYTES ? bytesRepr : byteArrayRepr;
    s.richcompare = bytesRichCompare;
    s.len = bytesSize;
    s.getitem = bytesGetItem;
    s.contains = bytesContains;
    s.iter = (a) => newBytesIter(itId, a);
    s.number = bytesNumber;
    s.numberOps = ['add', 'mul', 'mod', 'rmul', 'rmod'];
    const it = TYPES[itId];
    it.basicsize = 16;
    it.isGC = true;
    it.dealloc = bytesIterDealloc;
    it.traverse = bytesIterTraverse;
    it.clear = null;
    it.slots.iter = (a) => (I32[a >> 2]++, a);
    it.slots.iternext = bytesIterNext;
    defMethod(itId, '__length_hint__', (self) => bytesIterLengthHint(self), { nargs: 0 });
  }
  bt.slots.hash = bytesHash;
  bt.slots.new = bytesNew;
  ba.slots.new = byteArrayNew;
  ba.slots.init = byteArrayInit;
  ba.slots.setitem = byteArraySetItem;
  ba.slots.delitem = byteArrayDelItem;
  I32[S.None >> 2]++;
  defAttr(T_BYTEARRAY, '__hash__', S.None);

  defBoth('find', findLike('find', 'find'));
  defBoth('rfind', findLike('rfind', 'rfind'));
  defBoth('index', findLike('index', 'index'));
  defBoth('rindex', findLike('rindex', 'rindex'));
  defBoth('count', findLike('count', 'count'));
  defBoth('startswith', startsEnds('startswith', false));
  defBoth('endswith', startsEnds('endswith', true));
  defBoth('split', splitImpl('split', false));
  defBoth('rsplit', splitImpl('rsplit', true));
  defBoth('strip', stripImpl('strip', true, true));
  defBoth('lstrip', stripImpl('lstrip', true, false));
  defBoth('rstrip', stripImpl('rstrip', false, true));
  defBoth('center', padImpl('center', 'center'));
  defBoth('ljust', padImpl('ljust', 'ljust'));
  defBoth('rjust', padImpl('rjust', 'rjust'));
  defBoth('zfill', bytesZfill);
  defBoth('replace', bytesReplace);
  defBoth('join', bytesJoin);
  defBoth('partition', partitionImpl('partition', false));
  defBoth('rpartition', partitionImpl('rpartition', true));
  defBoth('removeprefix', affixImpl('removeprefix', false));
  defBoth('removesuffix', affixImpl('removesuffix', true));
  defBoth('upper', caseImpl('upper', mapBytes(toUpper)));
  defBoth('lower', caseImpl('lower', mapBytes(toLower)));
  defBoth('swapcase', caseImpl('swapcase', mapBytes((c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c))));
  defBoth('title', caseImpl('title', titleBytes));
  defBoth('capitalize', caseImpl('capitalize', capitalizeBytes));
  defBoth('isdigit', predImpl('isdigit', (u) => u.length > 0 && u.every(isDigit)));
  defBoth('isalpha', predImpl('isalpha', (u) => u.length > 0 && u.every(isAlpha)));
  defBoth('isalnum', predImpl('isalnum', (u) => u.length > 0 && u.every((c) => isAlpha(c) || isDigit(c))));
  defBoth('isspace', predImpl('isspace', (u) => u.length > 0 && u.every(isSpace)));
  defBoth('islower', predImpl('islower', (u) => u.some(isLower) && !u.some(isUpper)));
  defBoth('isupper', predImpl('isupper', (u) => u.some(isUpper) && !u.some(isLower)));
  defBoth('istitle', predImpl('istitle', isTitleBytes));
  defBoth('isascii', predImpl('isascii', (u) => u.every((c) => c < 128)));
  defBoth('decode', (s, a, k) => bytesDecode(s, a, k));
  defBoth('hex', (s, a, k) => bytesHex(s, a, k));
  defBoth('fromhex', fromHex, { classmethod: true });
  defBoth('splitlines', (s, a, k) => bytesSplitlines(s, a, k));
  defBoth('expandtabs', (s, a, k) => bytesExpandtabs(s, a, k));
  defBoth('translate', (s, a, k) => bytesTranslate(s, a, k));
  defBoth('maketrans', (s, a, k) => maketrans(s, a, k), { static: true });
  defMethod(T_BYTES, '__getnewargs__', (self, args, kw) => {
    noArgs('bytes.__getnewargs__', args, kw);
    return tupleFromSteal([bytesExact(self)]);
  }, { kw: true });
  defMethod(T_BYTES, '__bytes__', (self, args, kw) => {
    noArgs('bytes.__bytes__', args, kw);
    return bytesExact(self);
  }, { kw: true });
  defMethod(T_BYTES, '__sizeof__', (self, args, kw) => {
    noArgs('bytes.__sizeof__', args, kw);
    return newInt(33 + bytesSize(self));
  }, { kw: true });
  byteArrayMethods();

  defMethod(T_INT, 'to_bytes', intToBytes, { kw: true });
  defMethod(T_INT, 'from_bytes', intFromBytes, { kw: true, classmethod: true });
  defMethod(T_STR, 'encode', strEncode, { kw: true });
  installStrDecode();
  installNumberFromBytes();

  bytesHook.make = (u8: Uint8Array) => newBytes(u8);
  bytesHook.isBytesLike = isBytesLike;
  {
    // a fresh object on every start-up (the heap is reset between runtimes)
    bytesOrdHook.ord = newBuiltinFunction({
      name: 'ord', owner: null, doc: null, isClassMethod: false, isStatic: false,
      fn: (_s, args) => {
        const o = args[0];
        const n = bytesSize(o);
        if (n !== 1) throw raise(EXC.TypeError, `ord() expected a character, but string of length ${n} found`);
        return newInt(bytesView(o)[0]);
      },
    }, 0);
    I32[bytesOrdHook.ord >> 2] = IMMORTAL_REFCNT;
  }
}

/** Put `bytearray` in the builtins dict (`bytes` is registered by initBuiltins). */
export function initBytesBuiltins(builtinsDict: number): void {
  const k = internedStr('bytearray');
  dictSet(builtinsDict, k, TYPES[T_BYTEARRAY].addr);
  decref(k);
}

