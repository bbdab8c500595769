// memoryview: a zero-copy view of the bytes of a bytes or bytearray object (CPython's
// PyMemoryViewObject, for one-dimensional views of one-byte items: formats 'B', 'b' and 'c').
//
// A view reads and writes the exporter's data in the heap directly: `m[0] = 65` changes the
// bytearray, `m[2:5]` is another view of the same bytes, `bytes(m)` copies. While a view of a
// bytearray exists (until release() or its deallocation) the bytearray cannot be resized:
// bytes.ts's baResize raises CPython's BufferError. A view of a view is a view of the same base
// object (`m2.obj is m1.obj`).
//
//   offset | field   | type | note
//   -------+---------+------+----------------------------------------------------------
//   -16    | gc head |      | GC object, as CPython's (it holds a reference to the exporter)
//    0     | refcnt  | i32  |
//    4     | type    | i32  | T_MEMORYVIEW (a dynamic id)
//    8     | obj     | i32  | the exporter (owned); 0 once released
//   12     | start   | i32  | byte offset of item 0 in the exporter's data
//   16     | length  | i32  | number of items
//   20     | step    | i32  | bytes between items (negative for reversed slices)
//   24     | flags   | i32  | MV_READONLY, format code (MV_FMT_*) << 8
//   28     | hash    | i32  | cached hash, -1 = not computed
//   size 32 bytes (+16 GC head) -> 48-byte block

import { I32, U8, TYPES, type TypeInfo, type KwArgs, T_OBJECT, T_INT, T_BOOL, T_SLICE, newTypeInfo, allocGCObject,
  freeGCObject, decref, incref, newSlots, type Visit } from '../object.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { IMMORTAL_REFCNT, newInt } from './int.js';
import { newStr, internedStr } from './str.js';
import { dictSet } from './dict.js';
import { newTuple, tupleFromSteal } from './tuple.js';
import { newList, listAppendSteal } from './list.js';
import { raise, EXC } from './exception.js';
import { allocTypeObject, setBasesAndMro, allocTypeId } from './type.js';
import { isBytes, isByteArray, bytesDataOf, newBytes, bufferHooks, byteArrayExports, bytesHashOf, bufferOf } from './bytes.js';
import { sliceCompute, SLI } from './slice.js';
import { defMethod, parseArgs } from '../builtins/define.js';
import * as A from '../abstract.js';
import * as opc from '../../compiler/opcodes.js';

const MV_OBJ = 2, MV_START = 3, MV_LEN = 4, MV_STEP = 5, MV_FLAGS = 6, MV_HASH = 7;
const MEMORYVIEW_SIZE = 32;
const MV_READONLY = 1;
const MV_FMT_B = 0, MV_FMT_b = 1, MV_FMT_c = 2;
const FORMATS = ['B', 'b', 'c'];

/** Type id of memoryview (dynamic, set by initMemoryviewType). */
export let T_MEMORYVIEW = 0;

function w(m: number): number {
  return m >> 2;
}

function isView(o: number): boolean {
  return I32[(o >> 2) + 1] === T_MEMORYVIEW;
}

/** The exporter of a live view; ValueError on a released one. */
function liveObj(m: number): number {
  const o = I32[w(m) + MV_OBJ];
  if (o === 0) throw raise(EXC.ValueError, 'operation forbidden on released memoryview object');
  return o;
}

function fmtOf(m: number): number {
  return I32[w(m) + MV_FLAGS] >> 8;
}

/**
 * The exporter's side of a group of views, as CPython's _PyManagedBufferObject: memoryview(b)
 * takes one reference to `b` (and one export of a bytearray); views made from a view (slices,
 * memoryview(m), cast, toreadonly) join its group, so `sys.getrefcount(b)` counts the group
 * once. The reference and the export are given back when the group's last view is released.
 */
interface ManagedBuffer {
  obj: number;
  views: Set<number>;
}

const groups = new Map<number, ManagedBuffer>();

/** New view over items start, start+step, ... of `group`'s exporter (a new group when null). */
function makeView(obj: number, group: ManagedBuffer | null, start: number, length: number, step: number, readonly: boolean, fmt: number): number {
  const m = allocGCObject(T_MEMORYVIEW, MEMORYVIEW_SIZE);
  const x = w(m);
  I32[x + MV_OBJ] = obj;
  I32[x + MV_START] = start;
  I32[x + MV_LEN] = length;
  I32[x + MV_STEP] = step;
  I32[x + MV_FLAGS] = (readonly ? MV_READONLY : 0) | (fmt << 8);
  I32[x + MV_HASH] = -1;
  if (group === null) {
    incref(obj);
    if (isByteArray(obj)) byteArrayExports.set(obj, (byteArrayExports.get(obj) ?? 0) + 1);
    group = { obj, views: new Set() };
  }
  group.views.add(m);
  groups.set(m, group);
  gcTrack(m);
  return m;
}

/** A new view in the group of view `m`, with other bounds. */
function subView(m: number, start: number, length: number, step: number, readonly: boolean, fmt: number): number {
  return makeView(liveObj(m), groups.get(m)!, start, length, step, readonly, fmt);
}

/** memoryview(obj): a view of a bytes-like object (of the same base object for a view). */
export function newMemoryview(obj: number): number {
  if (isView(obj)) {
    const x = w(obj);
    return subView(obj, I32[x + MV_START], I32[x + MV_LEN], I32[x + MV_STEP], (I32[x + MV_FLAGS] & MV_READONLY) !== 0, fmtOf(obj));
  }
  if (isBytes(obj)) return makeView(obj, null, 0, I32[(obj >> 2) + 2], 1, true, MV_FMT_B);
  if (isByteArray(obj)) return makeView(obj, null, 0, I32[(obj >> 2) + 2], 1, false, MV_FMT_B);
  throw raise(EXC.TypeError, `memoryview: a bytes-like object is required, not '${A.typeName(obj)}'`);
}

/** Take the view out of its group (release() and dealloc); the last one gives the exporter back. */
function releaseView(m: number): void {
  const o = I32[w(m) + MV_OBJ];
  if (o === 0) return;
  I32[w(m) + MV_OBJ] = 0;
  const g = groups.get(m)!;
  groups.delete(m);
  g.views.delete(m);
  if (g.views.size !== 0) return;
  if (isByteArray(o)) {
    const n = (byteArrayExports.get(o) ?? 1) - 1;
    if (n > 0) byteArrayExports.set(o, n);
    else byteArrayExports.delete(o);
  }
  decref(o);
}

/** Heap address of item i (0 <= i < length) of a live view. */
function itemAddr(m: number, i: number): number {
  const x = w(m);
  return bytesDataOf(liveObj(m)) + I32[x + MV_START] + i * I32[x + MV_STEP];
}

/** The viewed bytes, copied out in item order. */
export function viewBytes(m: number): Uint8Array {
  const x = w(m);
  const n = I32[x + MV_LEN], step = I32[x + MV_STEP];
  const base = bytesDataOf(liveObj(m)) + I32[x + MV_START];
  if (step === 1) return U8.slice(base, base + n);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = U8[base + i * step];
  return out;
}

function itemValue(m: number, i: number): number {
  const b = U8[itemAddr(m, i)];
  switch (fmtOf(m)) {
    case MV_FMT_b: return newInt(b > 127 ? b - 256 : b);
    case MV_FMT_c: return newBytes([b]);
    default: return newInt(b);
  }
}

function checkIndex(m: number, k: number): number {
  const n = I32[w(m) + MV_LEN];
  let i = A.indexValue(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(EXC.IndexError, 'index out of bounds on dimension 1');
  return i;
}

function isIndexKey(k: number): boolean {
  const t = I32[(k >> 2) + 1];
  return t === T_INT || t === T_BOOL || A.lookupSpecial(k, '__index__') !== 0;
}

function mvGetItem(m: number, k: number): number {
  liveObj(m);
  if (I32[(k >> 2) + 1] === T_SLICE) {
    const x = w(m);
    const n = sliceCompute(k, I32[x + MV_LEN]);
    const s = SLI.start, step = SLI.step;
    return subView(m, I32[x + MV_START] + s * I32[x + MV_STEP], n, step * I32[x + MV_STEP],
      (I32[x + MV_FLAGS] & MV_READONLY) !== 0, fmtOf(m));
  }
  if (!isIndexKey(k)) throw raise(EXC.TypeError, 'memoryview: invalid slice key');
  return itemValue(m, checkIndex(m, k));
}

/** The byte an item assignment stores, with CPython's checks for the view's format. */
function packItem(m: number, v: number): number {
  const fmt = fmtOf(m);
  const f = FORMATS[fmt];
  if (fmt === MV_FMT_c) {
    if (!isBytes(v) || I32[(v >> 2) + 2] !== 1) throw raise(EXC.ValueError, `memoryview: invalid value for format '${f}'`);
    return U8[bytesDataOf(v)];
  }
  const t = I32[(v >> 2) + 1];
  if (t !== T_INT && t !== T_BOOL && A.lookupSpecial(v, '__index__') === 0) throw raise(EXC.TypeError, `memoryview: invalid type for format '${f}'`);
  const n = A.indexValue(v);
  const lo = fmt === MV_FMT_b ? -128 : 0, hi = fmt === MV_FMT_b ? 127 : 255;
  if (n < lo || n > hi) throw raise(EXC.ValueError, `memoryview: invalid value for format '${f}'`);
  return n & 255;
}

function mvSetItem(m: number, k: number, v: number): void {
  liveObj(m);
  if (v === 0) throw raise(EXC.TypeError, 'cannot delete memory');
  if (I32[w(m) + MV_FLAGS] & MV_READONLY) throw raise(EXC.TypeError, 'cannot modify read-only memory');
  if (I32[(k >> 2) + 1] === T_SLICE) {
    const x = w(m);
    const n = sliceCompute(k, I32[x + MV_LEN]);
    const s = SLI.start, step = SLI.step;
    const src = bufferOf(v);
    if (src === null) throw raise(EXC.TypeError, `a bytes-like object is required, not '${A.typeName(v)}'`);
    if (src.length !== n) throw raise(EXC.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    const data = src.slice(); // the source may be this very memory
    for (let i = 0; i < n; i++) U8[itemAddr(m, s + i * step)] = data[i];
    return;
  }
  if (!isIndexKey(k)) throw raise(EXC.TypeError, 'memoryview: invalid slice key');
  const i = checkIndex(m, k);
  U8[itemAddr(m, i)] = packItem(m, v);
}

function mvRichCompare(m: number, o: number, op: number): number {
  if (op !== opc.CMP_EQ && op !== opc.CMP_NE) {
    I32[A.S.NotImplemented >> 2]++;
    return A.S.NotImplemented;
  }
  let eq: boolean;
  if (m === o) eq = true;
  else if (I32[w(m) + MV_OBJ] === 0 || (isView(o) && I32[w(o) + MV_OBJ] === 0)) eq = false;
  else {
    const b = bufferOf(o);
    if (b === null) {
      I32[A.S.NotImplemented >> 2]++;
      return A.S.NotImplemented;
    }
    if (isView(o) && fmtOf(o) !== fmtOf(m)) {
      // different formats compare item by item ('c' items never equal integers)
      eq = fmtOf(o) !== MV_FMT_c && fmtOf(m) !== MV_FMT_c && listEqual(m, o);
    } else {
      const a = viewBytes(m);
      eq = a.length === b.length && a.every((v, i) => v === b[i]);
    }
  }
  return A.newBool(op === opc.CMP_EQ ? eq : !eq);
}

function listEqual(m: number, o: number): boolean {
  const n = I32[w(m) + MV_LEN];
  if (n !== I32[w(o) + MV_LEN]) return false;
  for (let i = 0; i < n; i++) {
    const a = U8[itemAddr(m, i)], b = U8[itemAddr(o, i)];
    const va = fmtOf(m) === MV_FMT_b && a > 127 ? a - 256 : a;
    const vb = fmtOf(o) === MV_FMT_b && b > 127 ? b - 256 : b;
    if (va !== vb) return false;
  }
  return true;
}

function mvHash(m: number): number {
  const x = w(m);
  if (I32[x + MV_HASH] !== -1) return I32[x + MV_HASH];
  if (!(I32[x + MV_FLAGS] & MV_READONLY)) throw raise(EXC.ValueError, 'cannot hash writable memoryview object');
  if (fmtOf(m) !== MV_FMT_B && fmtOf(m) !== MV_FMT_b && fmtOf(m) !== MV_FMT_c) throw raise(EXC.ValueError, 'memoryview: hashing is restricted to formats \'B\', \'b\' or \'c\'');
  const b = newBytes(viewBytes(m));
  try {
    const h = bytesHashOf(b);
    I32[x + MV_HASH] = h;
    return h;
  } finally {
    decref(b);
  }
}

function mvToList(m: number): number {
  liveObj(m);
  const l = newList(0);
  const n = I32[w(m) + MV_LEN];
  for (let i = 0; i < n; i++) listAppendSteal(l, itemValue(m, i));
  return l;
}

function mvGetAttr(m: number, name: number): number {
  const s = A.strJS(name);
  const x = w(m);
  switch (s) {
    case 'obj': return incref(liveObj(m)), I32[x + MV_OBJ];
    case 'nbytes': liveObj(m); return newInt(I32[x + MV_LEN]);
    case 'readonly': liveObj(m); return A.newBool((I32[x + MV_FLAGS] & MV_READONLY) !== 0);
    case 'itemsize': liveObj(m); return newInt(1);
    case 'format': liveObj(m); return newStr(FORMATS[fmtOf(m)]);
    case 'ndim': liveObj(m); return newInt(1);
    case 'shape': liveObj(m); return tupleFromSteal([newInt(I32[x + MV_LEN])]);
    case 'strides': liveObj(m); return tupleFromSteal([newInt(I32[x + MV_STEP])]);
    case 'suboffsets': liveObj(m); return newTuple(0);
    case 'c_contiguous': case 'f_contiguous': case 'contiguous':
      liveObj(m);
      return A.newBool(I32[x + MV_STEP] === 1 || I32[x + MV_LEN] <= 1);
  }
  return A.genericGetAttr(m, name, TYPES[T_MEMORYVIEW]);
}

function mvRepr(m: number): number {
  const hex = (m + 0x7f0000000000).toString(16);
  return newStr(I32[w(m) + MV_OBJ] === 0 ? `<released memory at 0x${hex}>` : `<memory at 0x${hex}>`);
}

function mvDealloc(m: number): void {
  gcUntrack(m);
  releaseView(m);
  freeGCObject(m);
}

function mvTraverse(m: number, visit: Visit): void {
  // the group holds one reference: its first view reports it
  const o = I32[w(m) + MV_OBJ];
  if (o !== 0 && groups.get(m)!.views.values().next().value === m) visit(o);
}

function mvNew(_t: TypeInfo, args: number[], kw: KwArgs | null): number {
  const [obj] = parseArgs('memoryview', args, kw, ['object'], 1);
  return newMemoryview(obj);
}

/** Create the memoryview type and its methods (a type init: its slot wrappers come after). */
export function initMemoryviewType(): void {
  const base = TYPES[T_OBJECT];
  const t = newTypeInfo(allocTypeId(), 'memoryview', base, MEMORYVIEW_SIZE, true);
  t.slots = newSlots();
  t.baseType = false;
  t.tpCall = true; // no vectorcall in CPython 3.11 (see TypeInfo.tpCall)
  allocTypeObject(t, 'memoryview');
  I32[t.addr >> 2] = IMMORTAL_REFCNT;
  setBasesAndMro(t, [base], [t, base]);
  T_MEMORYVIEW = t.id;
  t.dealloc = mvDealloc;
  t.traverse = mvTraverse;
  t.clear = releaseView;
  const s = t.slots;
  s.new = mvNew;
  s.repr = mvRepr;
  s.len = (m) => (liveObj(m), I32[w(m) + MV_LEN]);
  s.getitem = mvGetItem;
  s.setitem = mvSetItem;
  s.richcompare = mvRichCompare;
  s.hash = mvHash;
  s.iter = (m) => {
    const l = mvToList(m);
    try {
      return A.getIter(l);
    } finally {
      decref(l);
    }
  };
  s.getattr = mvGetAttr;
  t.getattrOnly = new Set(['obj', 'nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape', 'strides', 'suboffsets',
    'c_contiguous', 'f_contiguous', 'contiguous']);
  defMethod(t.id, 'tobytes', (m, args, kw) => {
    parseArgs('tobytes', args, kw, ['order'], 0);
    liveObj(m);
    return newBytes(viewBytes(m));
  }, { kw: true });
  defMethod(t.id, 'tolist', (m) => mvToList(m), { nargs: 0 });
  defMethod(t.id, 'hex', (m, args, kw) => {
    liveObj(m);
    const b = newBytes(viewBytes(m));
    try {
      const f = A.getAttrStr(b, 'hex');
      try {
        return A.call(f, args, kw);
      } finally {
        decref(f);
      }
    } finally {
      decref(b);
    }
  }, { kw: true });
  defMethod(t.id, 'release', (m) => (releaseView(m), A.retNone()), { nargs: 0 });
  defMethod(t.id, 'toreadonly', (m) => {
    const x = w(m);
    return subView(m, I32[x + MV_START], I32[x + MV_LEN], I32[x + MV_STEP], true, fmtOf(m));
  }, { nargs: 0 });
  defMethod(t.id, 'cast', (m, args, kw) => {
    const [f, shape] = parseArgs('cast', args, kw, ['format', 'shape'], 1);
    const x = w(m);
    liveObj(m);
    if (I32[x + MV_STEP] !== 1) throw raise(EXC.TypeError, 'memoryview: casts are restricted to C-contiguous views');
    if (shape !== 0 && shape !== undefined) throw raise(EXC.NotImplementedError, 'memoryview: multi-dimensional casts are not supported by pyvm');
    const fs = A.strJS(f).replace(/^@/, '');
    const fmt = FORMATS.indexOf(fs);
    if (fmt < 0) {
      if (/^[bBhHiIlLqQnNfdc?ePx]$/.test(fs)) throw raise(EXC.NotImplementedError, `memoryview: format '${fs}' (items of more than one byte) is not supported by pyvm`);
      throw raise(EXC.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    return subView(m, I32[x + MV_START], I32[x + MV_LEN], 1, (I32[x + MV_FLAGS] & MV_READONLY) !== 0, fmt);
  }, { kw: true });
  defMethod(t.id, '__enter__', (m) => (liveObj(m), incref(m), m), { nargs: 0 });
  defMethod(t.id, '__exit__', (m) => (releaseView(m), A.retNone()));
  // bytes(m), bytearray(m), b''.join([m]), b'x' + m, ...: bytes.ts reads views through this hook
  bufferHooks.view = (o) => (isView(o) ? viewBytes(o) : null);
}

/** builtins.memoryview. */
export function initMemoryviewBuiltins(builtinsDict: number): void {
  const k = internedStr('memoryview');
  dictSet(builtinsDict, k, TYPES[T_MEMORYVIEW].addr);
  decref(k);
}
