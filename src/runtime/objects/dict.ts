// dict: CPython's compact, insertion-ordered hash table, in the heap.
//
//   offset | field    | type | note
//   -------+----------+------+----------------------------------------------------------
//   -16    | gc head  |      | dicts start untracked (3.11's MAINTAIN_TRACKING)
//    0     | refcnt   | i32  |
//    4     | type     | i32  | T_DICT
//    8     | used     | i32  | live items (len())
//   12     | nentries | i32  | entries used so far, live or deleted
//   16     | mask     | i32  | index table size - 1 (size is a power of two, >= 8)
//   20     | indices  | i32  | address of the index table: size x i32 (EMPTY, DUMMY or entry index)
//   24     | entries  | i32  | address of the entry table: usable x [hash, key, value]
//   28     | usable   | i32  | entry capacity = size * 2 / 3
//   32     | version  | i32  | bumped on every mutation (iteration checks, lookup caches)
//   size 36 bytes (+16 GC head) -> 64-byte block
//
// Lookup probes i = hash & mask, then i = 5*i + perturb + 1 with perturb >>= 5 (CPython's
// recurrence). A deleted entry keeps its slot (key = 0) until the next resize compacts the table.
// Hashes here are 32-bit table hashes (pyHash); Python-visible `hash()` is computed separately.

import { I32, T_DICT, T_STR, T_TUPLE, T_LIST, TYPES, type TypeInfo, type KwArgs, allocGCObject, freeGCObject, allocGCObjectUncounted, freeGCObjectUncounted, decref, type Visit,
  HeapExhausted, GC_NEXT } from '../object.js';
import { pymalloc, pyfree } from '../mem/obmalloc.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { STRS, STR_SLOT, STR_FLAGS, STR_HASH, STR_HASHED, strHash, newStr, internedStr } from './str.js';
import { pyHash, pyEqSlow } from '../abstract.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { raise, EXC, isSubtype, PyException, newExceptionObject } from './exception.js';
import { tupleFrom, tupleFromSteal } from './tuple.js';
import { defMethodVar, defMethodO, defMethodNoArgs } from './slice.js';
import { defMethod, defAttr } from '../builtins/define.js';
import { newDictIter, DI_KEYS } from './iterators.js';
import { newDictView } from './dictviews.js';
import { typeLookup } from './type.js';
import { REFLECTED } from '../number.js';
import * as opc from '../../compiler/opcodes.js';
import { rt } from '../../vm/runtime-hooks.js';
import { T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS } from '../object.js';

export const D_USED = 2, D_NENTRIES = 3, D_MASK = 4, D_INDICES = 5, D_ENTRIES = 6, D_USABLE = 7, D_VERSION = 8;
export const DICT_OBJ_SIZE = 36;
export const DICT_MINSIZE = 8;
/** Source of dict version tags: unique across dicts, so inline caches never confuse two dicts. */
let dictVersionCounter = 0;
const EMPTY = -1, DUMMY = -2;
export const DICT_MAXFREELIST = 80;
const freelist: number[] = [];

/**
 * The index and entry tables are one block (as CPython's PyDictKeysObject): `size` int32 indices,
 * then `usable` entries of three words. D_ENTRIES points into the block; only D_INDICES is freed.
 */
function allocTables(d: number, size: number): void {
  const w = d >> 2;
  const usable = (size << 1) / 3 | 0;
  const ind = pymalloc(size * 4 + usable * 12);
  if (ind === 0) throw new HeapExhausted();
  const ent = ind + size * 4;
  if (size === DICT_MINSIZE) for (let i = ind >> 2, e = i + size; i < e; i++) I32[i] = EMPTY;
  else I32.fill(EMPTY, ind >> 2, (ind >> 2) + size);
  I32[w + D_MASK] = size - 1;
  I32[w + D_INDICES] = ind;
  I32[w + D_ENTRIES] = ent;
  I32[w + D_USABLE] = usable;
  I32[w + D_NENTRIES] = 0;
}

/** New empty dict (untracked). New reference. */
/**
 * A class instance's attribute dict (CPython 3.11 keeps those as inline values, no dict object):
 * neither taken from nor given back to the dict free list, and not counted as a GC allocation.
 */
export function newManagedDict(): number {
  const d = allocGCObjectUncounted(T_DICT, DICT_OBJ_SIZE);
  const w = d >> 2;
  I32[w + GC_FLAGS_W] |= GCF_MANAGED_BIT;
  I32[w + D_USED] = 0;
  I32[w + D_VERSION] = ++dictVersionCounter | 0;
  allocTables(d, DICT_MINSIZE);
  return d;
}

export function newDict(): number {
  let d = freelist.pop();
  if (d !== undefined) I32[d >> 2] = 1;
  else d = allocGCObject(T_DICT, DICT_OBJ_SIZE);
  const w = d >> 2;
  I32[w + D_USED] = 0;
  I32[w + D_VERSION] = ++dictVersionCounter | 0;
  allocTables(d, DICT_MINSIZE);
  return d;
}

export function dictLen(d: number): number {
  return I32[(d >> 2) + D_USED];
}

/** Hash of a JS string as strHash computes it for a str object. */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

function keysEqual(k: number, key: number): boolean {
  if (k === key) return true;
  const tk = I32[(k >> 2) + 1];
  if (tk === T_STR && I32[(key >> 2) + 1] === T_STR) {
    return STRS.items[I32[(k >> 2) + STR_SLOT]] === STRS.items[I32[(key >> 2) + STR_SLOT]];
  }
  return pyEqSlow(k, key);
}

/**
 * Find `key` (with table hash `h`). Returns the entry index (>= 0), or -(index slot + 1) of the
 * first free index slot when absent.
 */
function lookup(d: number, key: number, h: number): number {
  const w = d >> 2;
  const mask = I32[w + D_MASK];
  const ind = I32[w + D_INDICES] >> 2;
  const ent = I32[w + D_ENTRIES] >> 2;
  let i = h & mask;
  let perturb = h >>> 0;
  let freeslot = -1;
  for (;;) {
    const ix = I32[ind + i];
    if (ix === EMPTY) return -((freeslot >= 0 ? freeslot : i) + 1);
    if (ix === DUMMY) {
      if (freeslot < 0) freeslot = i;
    } else {
      const e = ent + ix * 3;
      const k = I32[e + 1];
      if (k === key) return ix;
      if (I32[e] === h && k !== 0 && keysEqual(k, key)) return ix;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** Lookup by JS string (no str object needed). Returns the entry index or -1. */
function lookupStr(d: number, s: string, h: number): number {
  const w = d >> 2;
  const mask = I32[w + D_MASK];
  const ind = I32[w + D_INDICES] >> 2;
  const ent = I32[w + D_ENTRIES] >> 2;
  let i = h & mask;
  let perturb = h >>> 0;
  for (;;) {
    const ix = I32[ind + i];
    if (ix === EMPTY) return -1;
    if (ix >= 0) {
      const e = ent + ix * 3;
      const k = I32[e + 1];
      if (I32[e] === h && k !== 0) {
        if (I32[(k >> 2) + 1] === T_STR) {
          if (STRS.items[I32[(k >> 2) + STR_SLOT]] === s) return ix;
        } else {
          // a non-str key with a colliding hash: cannot be equal to a str
        }
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

function keyHash(key: number): number {
  if (I32[(key >> 2) + 1] === T_STR) {
    const w = key >> 2;
    return I32[w + STR_FLAGS] & STR_HASHED ? I32[w + STR_HASH] : strHash(key);
  }
  return pyHash(key);
}

/** Borrowed reference to d[key], or 0. May raise (unhashable key, __eq__ raising). */
export function dictGet(d: number, key: number): number {
  const ix = lookup(d, key, keyHash(key));
  if (ix < 0) return 0;
  return I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + ix * 3 + 2];
}

/** Entry index of `key` in d (for inline-cache hints), or -1. */
export function dictEntryIndex(d: number, key: number): number {
  const ix = lookup(d, key, keyHash(key));
  return ix < 0 ? -1 : ix;
}

/** d[key] = value where entry `ix` is known to hold key (the replace path of insert). */
export function dictReplaceAt(d: number, ix: number, value: number): void {
  const w = d >> 2;
  I32[value >> 2]++;
  maybeTrack(d, value);
  I32[w + D_VERSION] = ++dictVersionCounter | 0;
  const p = (I32[w + D_ENTRIES] >> 2) + ix * 3 + 2;
  const old = I32[p];
  I32[p] = value;
  decref(old);
}

/** Borrowed reference to d[name] for a str key given as JS text, or 0. */
export function dictGetStr(d: number, name: string): number {
  const ix = lookupStr(d, name, hashString(name));
  if (ix < 0) return 0;
  return I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + ix * 3 + 2];
}

function maybeTrack(d: number, x: number): void {
  if (I32[(d >> 2) + GC_NEXT] !== 0) return;
  // an instance's managed dict is traversed through its owner and never tracked itself
  if (I32[(d >> 2) + GC_FLAGS_W] & GCF_MANAGED_BIT) return;
  const t = TYPES[I32[(x >> 2) + 1]];
  if (!t.isGC) return;
  if (t.id === 7 /* T_TUPLE */ && I32[(x >> 2) + GC_NEXT] === 0) return;
  gcTrack(d);
}

/** d[key] = value (increfs both). */
/** d[key] = value (borrowed references). Returns the entry index that holds the key. */
export function dictSet(d: number, key: number, value: number): number {
  const h = keyHash(key);
  return insert(d, key, value, h);
}

/** Steals the references to key and value. */
export function dictSetSteal(d: number, key: number, value: number): void {
  dictSet(d, key, value);
  decref(key);
  decref(value);
}

function insert(d: number, key: number, value: number, h: number): number {
  const w = d >> 2;
  let ix = lookup(d, key, h);
  I32[value >> 2]++;
  maybeTrack(d, value);
  I32[w + D_VERSION] = ++dictVersionCounter | 0;
  if (ix >= 0) {
    const p = (I32[w + D_ENTRIES] >> 2) + ix * 3 + 2;
    const old = I32[p];
    I32[p] = value;
    decref(old);
    return ix;
  }
  I32[key >> 2]++;
  maybeTrack(d, key);
  if (I32[w + D_NENTRIES] >= I32[w + D_USABLE]) {
    // the key is known absent: after the resize only a free index slot is needed (no __eq__ calls)
    resize(d, growSize(I32[w + D_USED]));
    ix = -(findEmptySlot(d, h) + 1);
  }
  const slot = -ix - 1;
  const n = I32[w + D_NENTRIES];
  I32[(I32[w + D_INDICES] >> 2) + slot] = n;
  const e = (I32[w + D_ENTRIES] >> 2) + n * 3;
  I32[e] = h;
  I32[e + 1] = key;
  I32[e + 2] = value;
  I32[w + D_NENTRIES] = n + 1;
  I32[w + D_USED]++;
  return n;
}

/** The first EMPTY index slot on `h`'s probe sequence (find_empty_slot). */
function findEmptySlot(d: number, h: number): number {
  const w = d >> 2;
  const mask = I32[w + D_MASK];
  const ind = I32[w + D_INDICES] >> 2;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I32[ind + i] !== EMPTY) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

function growSize(used: number): number {
  const want = used * 3;
  let size = DICT_MINSIZE;
  while (size <= want) size <<= 1;
  return size;
}

/** Rebuild the tables with `size` index slots, compacting deleted entries out. */
function resize(d: number, size: number): void {
  const w = d >> 2;
  const oldInd = I32[w + D_INDICES], oldEnt = I32[w + D_ENTRIES];
  const n = I32[w + D_NENTRIES];
  allocTables(d, size);
  const mask = size - 1;
  const ind = I32[w + D_INDICES] >> 2;
  const ent = I32[w + D_ENTRIES] >> 2;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const oe = (oldEnt >> 2) + i * 3;
    if (I32[oe + 1] === 0) continue;
    const h = I32[oe];
    const ne = ent + j * 3;
    I32[ne] = h;
    I32[ne + 1] = I32[oe + 1];
    I32[ne + 2] = I32[oe + 2];
    let k = h & mask;
    let perturb = h >>> 0;
    while (I32[ind + k] !== EMPTY) {
      perturb >>>= 5;
      k = (k * 5 + perturb + 1) & mask;
    }
    I32[ind + k] = j;
    j++;
  }
  I32[w + D_NENTRIES] = j;
  pyfree(oldInd);
}

/** Remove key; returns the value (owned reference moves to the caller) or 0 when absent. */
export function dictPop(d: number, key: number): number {
  const w = d >> 2;
  const h = keyHash(key);
  const ix = lookup(d, key, h);
  if (ix < 0) return 0;
  // find the index slot that points at ix
  const mask = I32[w + D_MASK];
  const ind = I32[w + D_INDICES] >> 2;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I32[ind + i] !== ix) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  I32[ind + i] = DUMMY;
  const e = (I32[w + D_ENTRIES] >> 2) + ix * 3;
  const k = I32[e + 1], v = I32[e + 2];
  I32[e + 1] = 0;
  I32[e + 2] = 0;
  I32[w + D_USED]--;
  I32[w + D_VERSION] = ++dictVersionCounter | 0;
  decref(k);
  return v;
}

/** Delete key; returns false when absent. */
export function dictDel(d: number, key: number): boolean {
  const v = dictPop(d, key);
  if (v === 0) return false;
  decref(v);
  return true;
}

/**
 * Iterate: returns the next live entry index at or after `pos`, or -1. Read the entry with
 * dictEntryKey / dictEntryValue.
 */
export function dictNext(d: number, pos: number): number {
  const w = d >> 2;
  const n = I32[w + D_NENTRIES];
  const ent = I32[w + D_ENTRIES] >> 2;
  while (pos < n) {
    if (I32[ent + pos * 3 + 1] !== 0) return pos;
    pos++;
  }
  return -1;
}

export function dictEntryKey(d: number, ix: number): number {
  return I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + ix * 3 + 1];
}

export function dictEntryValue(d: number, ix: number): number {
  return I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + ix * 3 + 2];
}

export function dictVersion(d: number): number {
  return I32[(d >> 2) + D_VERSION];
}

/** Borrowed keys / values / items snapshots. */
export function dictKeys(d: number): number[] {
  const out: number[] = [];
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) out.push(dictEntryKey(d, i));
  return out;
}

export function dictValues(d: number): number[] {
  const out: number[] = [];
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) out.push(dictEntryValue(d, i));
  return out;
}

export function dictClear(d: number): void {
  const w = d >> 2;
  const n = I32[w + D_NENTRIES];
  const oldEnt = I32[w + D_ENTRIES], oldInd = I32[w + D_INDICES];
  const refs: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = (oldEnt >> 2) + i * 3;
    if (I32[e + 1] !== 0) refs.push(I32[e + 1], I32[e + 2]);
  }
  allocTables(d, DICT_MINSIZE);
  I32[w + D_USED] = 0;
  I32[w + D_VERSION] = ++dictVersionCounter | 0;
  pyfree(oldInd);
  for (const r of refs) decref(r);
}

/**
 * clone_combined_dict_keys: make empty `d` an exact copy of `src`'s tables (deleted entries and
 * all), so no key is hashed or compared again.
 */
function cloneTables(d: number, src: number): void {
  const w = d >> 2, sw = src >> 2;
  const size = I32[sw + D_MASK] + 1;
  const oldInd = I32[w + D_INDICES];
  allocTables(d, size);
  pyfree(oldInd);
  I32.copyWithin(I32[w + D_INDICES] >> 2, I32[sw + D_INDICES] >> 2, (I32[sw + D_INDICES] >> 2) + size);
  const n = I32[sw + D_NENTRIES];
  const se = I32[sw + D_ENTRIES] >> 2, de = I32[w + D_ENTRIES] >> 2;
  I32.copyWithin(de, se, se + n * 3);
  for (let i = 0; i < n; i++) {
    const k = I32[de + i * 3 + 1];
    if (k === 0) continue;
    I32[k >> 2]++;
    I32[I32[de + i * 3 + 2] >> 2]++;
    maybeTrack(d, k);
    maybeTrack(d, I32[de + i * 3 + 2]);
  }
  I32[w + D_NENTRIES] = n;
  I32[w + D_USED] = I32[sw + D_USED];
  I32[w + D_VERSION] = ++dictVersionCounter | 0;
}

/** Shallow copy (PyDict_Copy). New reference. */
export function dictCopy(d: number): number {
  const c = newDict();
  const used = I32[(d >> 2) + D_USED];
  if (used === 0) return c;
  if (used >= ((I32[(d >> 2) + D_NENTRIES] * 2) / 3 | 0)) {
    cloneTables(c, d);
    return c;
  }
  dictMerge(c, d);
  return c;
}

/** d.update(other) for a dict `other` (dict_merge). */
export function dictMerge(d: number, other: number): void {
  const ow = other >> 2;
  const used = I32[ow + D_USED];
  if (used === 0) return;
  const size = I32[ow + D_MASK] + 1;
  if (I32[(d >> 2) + D_USED] === 0 && used === I32[ow + D_NENTRIES] && d !== other &&
      (size === DICT_MINSIZE || ((size >> 1) * 2 / 3 | 0) < used)) {
    cloneTables(d, other);
    return;
  }
  // one big resize up front rather than several while inserting (estimate_log2_keysize)
  if (I32[(d >> 2) + D_USABLE] < used) {
    const want = ((I32[(d >> 2) + D_USED] + used) * 3 + 1) >> 1;
    let sz = DICT_MINSIZE;
    while (sz < want) sz <<= 1;
    resize(d, sz);
  }
  for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1)) {
    const e = (I32[ow + D_ENTRIES] >> 2) + i * 3;
    insert(d, I32[e + 1], I32[e + 2], I32[e]);
  }
}

export function dictDealloc(d: number): void {
  const w = d >> 2;
  gcUntrack(d);
  // a managed (instance) dict was never counted by the GC: undo the count its free will subtract
  const managed = (I32[w + GC_FLAGS_W] & GCF_MANAGED_BIT) !== 0;
  I32[w + GC_FLAGS_W] = 0;
  const n = I32[w + D_NENTRIES];
  const ent = I32[w + D_ENTRIES];
  for (let i = 0; i < n; i++) {
    const e = (ent >> 2) + i * 3;
    const k = I32[e + 1];
    if (k !== 0) {
      decref(k);
      decref(I32[e + 2]);
    }
  }
  pyfree(I32[w + D_INDICES]);
  if (managed) {
    freeGCObjectUncounted(d);
    return;
  }
  if (I32[w + 1] === T_DICT && freelist.length < DICT_MAXFREELIST) {
    freelist.push(d);
    return;
  }
  freeGCObject(d);
}

const GC_FLAGS_W = -1, GCF_MANAGED_BIT = 8;

export function dictTraverse(d: number, visit: Visit): void {
  const w = d >> 2;
  const n = I32[w + D_NENTRIES];
  const ent = I32[w + D_ENTRIES] >> 2;
  // CPython's dict_traverse: a dict whose keys are all exact str visits only its values; any
  // other dict visits each entry's value, then its key (gc.get_referents shows this order)
  let unicode = true;
  for (let i = 0; i < n; i++) {
    const k = I32[ent + i * 3 + 1];
    if (k !== 0 && I32[(k >> 2) + 1] !== T_STR) { unicode = false; break; }
  }
  for (let i = 0; i < n; i++) {
    const e = ent + i * 3;
    const k = I32[e + 1];
    if (k !== 0) {
      visit(I32[e + 2]);
      if (!unicode) visit(k);
    }
  }
}

/** True when every key and value is untracked or atomic (a full collection may untrack it). */
export function dictIsAtomic(d: number): boolean {
  let atomic = true;
  dictTraverse(d, (x) => {
    const t = TYPES[I32[(x >> 2) + 1]];
    if (t.isGC && (t.id !== 7 || I32[(x >> 2) + GC_NEXT] !== 0)) atomic = false;
  });
  return atomic;
}

export function clearDictFreeList(): void {
  while (freelist.length) freeGCObject(freelist.pop()!);
}

export function dictFreeListSize(): number {
  return freelist.length;
}

// ---- the dict type -------------------------------------------------------------------------------

export function isDictObj(o: number): boolean {
  const tid = I32[(o >> 2) + 1];
  return tid === T_DICT || isSubtype(TYPES[tid], TYPES[T_DICT]);
}

/** KeyError(key): the exception CPython's _PyErr_SetKeyError makes (args = (key,)). */
export function keyError(key: number): PyException {
  const args = tupleFrom([key]);
  const e = newExceptionObject(EXC.KeyError, args);
  decref(args);
  return new PyException(e);
}

/**
 * dict.__new__: a new empty dict of type t from tp_alloc, not the free list (as CPython's dict()).
 * Exact dicts start untracked; instances of subclasses are tracked at once.
 */
function newDictSubtype(t: TypeInfo): number {
  const d = allocGCObject(t.id, t.basicsize);
  const w = d >> 2;
  I32.fill(0, w + 2, w + (t.basicsize >> 2));
  allocTables(d, DICT_MINSIZE);
  if (t.isHeap) I32[t.addr >> 2]++;
  if (t.id !== T_DICT) gcTrack(d);
  return d;
}

let KEYS_STR = 0;
function keysName(): number {
  if (KEYS_STR === 0) KEYS_STR = internedStr('keys');
  return KEYS_STR;
}

/** Does `m` iterate like a dict (exact dict, or a subclass that keeps dict's __iter__)? */
function iteratesAsDict(m: number): boolean {
  const tid = I32[(m >> 2) + 1];
  if (tid === T_DICT) return true;
  const t = TYPES[tid];
  return isSubtype(t, TYPES[T_DICT]) && typeLookup(t, '__iter__') === typeLookup(TYPES[T_DICT], '__iter__');
}

/** PyDict_Merge(d, m, override=1) for any mapping: keys(), then m[key] for each. */
export function dictMergeMapping(d: number, m: number): void {
  if (iteratesAsDict(m)) {
    dictMerge(d, m);
    return;
  }
  const keysFn = A.getAttrOrNull(m, keysName());
  if (keysFn === 0) throw raise(EXC.TypeError, `'${A.typeName(m)}' object is not a mapping`);
  let keys: number;
  try {
    keys = A.call(keysFn, []);
  } finally {
    decref(keysFn);
  }
  let it: number;
  try {
    it = A.getIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const k = A.iterNext(it);
      if (k === 0) break;
      try {
        const v = A.getItem(m, k);
        try {
          dictSet(d, k, v);
        } finally {
          decref(v);
        }
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** PyDict_MergeFromSeq2: d.update(iterable of key/value pairs). */
export function dictMergeFromSeq2(d: number, seq: number): void {
  const it = A.getIter(seq);
  try {
    for (let i = 0; ; i++) {
      const item = A.iterNext(it);
      if (item === 0) break;
      try {
        if (I32[(item >> 2) + 1] === T_TUPLE && I32[(item >> 2) + 2] === 2) {
          dictSet(d, I32[(item >> 2) + 4], I32[(item >> 2) + 5]);
          continue;
        }
        const pair = pairItems(item, i);
        try {
          if (pair.length !== 2) {
            throw raise(EXC.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
          }
          dictSet(d, pair[0], pair[1]);
        } finally {
          for (const x of pair) decref(x);
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

function pairItems(item: number, i: number): number[] {
  const tid = I32[(item >> 2) + 1];
  if (tid === T_TUPLE || tid === T_LIST) return A.iterToArray(item);
  let it: number;
  try {
    it = A.getIter(item);
  } catch (e) {
    if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.TypeError)) {
      decref(e.exc);
      throw raise(EXC.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    throw e;
  }
  const out: number[] = [];
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === 0) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** dict_update_arg: a dict, anything with keys() (a mapping), or an iterable of pairs. */
export function dictUpdateArg(d: number, arg: number): void {
  if (I32[(arg >> 2) + 1] === T_DICT) {
    dictMerge(d, arg);
    return;
  }
  const keysFn = A.getAttrOrNull(arg, keysName());
  if (keysFn !== 0) {
    decref(keysFn);
    dictMergeMapping(d, arg);
    return;
  }
  dictMergeFromSeq2(d, arg);
}

function setKwargs(d: number, kw: KwArgs | null): void {
  if (kw === null) return;
  for (let i = 0; i < kw.names.length; i++) {
    const k = internedStr(kw.names[i]);
    try {
      dictSet(d, k, kw.values[i]);
    } finally {
      decref(k);
    }
  }
}

function dictNewSlot(t: TypeInfo): number {
  return newDictSubtype(t);
}

function dictInit(self: number, args: number[], kw: KwArgs | null): void {
  if (args.length > 1) throw raise(EXC.TypeError, `dict expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdateArg(self, args[0]);
  setKwargs(self, kw);
}

function dictRepr(d: number): number {
  if (dictLen(d) === 0) return newStr('{}');
  return newStr(A.reprGuard(d, '{...}', () => {
    const parts: string[] = [];
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      const k = dictEntryKey(d, i), v = dictEntryValue(d, i);
      I32[k >> 2]++;
      I32[v >> 2]++;
      try {
        const ks = A.reprJS(k);
        parts.push(ks + ': ' + A.reprJS(v));
      } finally {
        decref(k);
        decref(v);
      }
    }
    return '{' + parts.join(', ') + '}';
  }));
}

/** dict_equal: same length, and every key of a maps to an equal value in b. */
export function dictEqual(a: number, b: number): boolean {
  if (dictLen(a) !== dictLen(b)) return false;
  for (let i = dictNext(a, 0); i >= 0; i = dictNext(a, i + 1)) {
    const k = dictEntryKey(a, i), av = dictEntryValue(a, i);
    const h = I32[(I32[(a >> 2) + D_ENTRIES] >> 2) + i * 3]; // the stored hash: no __hash__ call
    I32[k >> 2]++;
    I32[av >> 2]++;
    try {
      const bix = lookup(b, k, h);
      if (bix < 0) return false;
      const bv = I32[(I32[(b >> 2) + D_ENTRIES] >> 2) + bix * 3 + 2];
      if (bv === av) continue;
      I32[bv >> 2]++;
      try {
        if (!pyEqSlow(av, bv)) return false;
      } finally {
        decref(bv);
      }
    } finally {
      decref(k);
      decref(av);
    }
  }
  return true;
}

function dictRichCompare(a: number, b: number, op: number): number {
  if (!isDictObj(a) || !isDictObj(b) || (op !== opc.CMP_EQ && op !== opc.CMP_NE)) {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  const eq = dictEqual(a, b);
  return A.newBool(op === opc.CMP_EQ ? eq : !eq);
}

function dictSubscript(d: number, k: number): number {
  const v = dictGet(d, k);
  if (v !== 0) {
    I32[v >> 2]++;
    return v;
  }
  if (I32[(d >> 2) + 1] !== T_DICT) {
    const m = A.lookupSpecial(d, '__missing__');
    if (m !== 0) return A.callUnbound(m, d, [k]);
  }
  throw keyError(k);
}

function dictNumber(a: number, b: number, nb: number): number {
  const op = nb & 0xff;
  if (op === opc.NB_OR) {
    void REFLECTED;
    if (!isDictObj(a) || !isDictObj(b)) return 0;
    const r = dictCopy(a);
    try {
      dictUpdateArg(r, b);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  }
  if (op === opc.NB_OR + opc.NB_INPLACE) {
    dictUpdateArg(a, b);
    I32[a >> 2]++;
    return a;
  }
  return 0;
}

/** Index slot of entry `ix` (whose hash is h). */
function indexSlotOf(d: number, h: number, ix: number): number {
  const w = d >> 2;
  const mask = I32[w + D_MASK];
  const ind = I32[w + D_INDICES] >> 2;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I32[ind + i] !== ix) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/** dict.popitem(): remove and return the last (key, value). */
export function dictPopItem(d: number): number {
  const w = d >> 2;
  if (I32[w + D_USED] === 0) throw raise(EXC.KeyError, 'popitem(): dictionary is empty');
  const ent = I32[w + D_ENTRIES] >> 2;
  const n = I32[w + D_NENTRIES];
  let i = n - 1;
  while (i >= 0 && I32[ent + i * 3 + 1] === 0) i--;
  const e = ent + i * 3;
  const slot = indexSlotOf(d, I32[e], i);
  I32[(I32[w + D_INDICES] >> 2) + slot] = DUMMY;
  const k = I32[e + 1], v = I32[e + 2];
  I32[e + 1] = 0;
  I32[e + 2] = 0;
  // as CPython: the entries after i are given up, and not given back to `usable`
  I32[w + D_NENTRIES] = i;
  I32[w + D_USABLE] -= n - i;
  I32[w + D_USED]--;
  I32[w + D_VERSION] = ++dictVersionCounter | 0;
  return tupleFromSteal([k, v]);
}

function dictFromKeys(cls: number, args: number[]): number {
  const iterable = args[0], value = args.length > 1 ? args[1] : S.None;
  const d = A.call(cls, []);
  try {
    const exact = I32[(d >> 2) + 1] === T_DICT;
    const it = A.getIter(iterable);
    try {
      for (;;) {
        const k = A.iterNext(it);
        if (k === 0) break;
        try {
          if (exact) dictSet(d, k, value);
          else A.setItem(d, k, value);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

export function initDictType(): void {
  const t = TYPES[T_DICT];
  t.basicsize = DICT_OBJ_SIZE;
  t.isGC = true;
  t.baseType = true;
  t.dealloc = dictDealloc;
  t.traverse = dictTraverse;
  t.clear = dictClear;
  const s = t.slots;
  s.repr = dictRepr;
  s.richcompare = dictRichCompare;
  s.len = dictLen;
  s.getitem = dictSubscript;
  s.setitem = dictSet;
  s.delitem = (d, k) => {
    if (!dictDel(d, k)) throw keyError(k);
  };
  s.contains = (d, k) => dictGet(d, k) !== 0;
  s.iter = (d) => newDictIter(d, DI_KEYS, false);
  s.number = dictNumber;
  s.numberOps = ['or', 'ror'];
  s.new = dictNewSlot;
  s.init = dictInit;
  I32[S.None >> 2]++;
  defAttr(T_DICT, '__hash__', S.None);
  defMethodNoArgs(T_DICT, 'keys', (self) => newDictView(self, T_DICT_KEYS));
  defMethodNoArgs(T_DICT, 'values', (self) => newDictView(self, T_DICT_VALUES));
  defMethodNoArgs(T_DICT, 'items', (self) => newDictView(self, T_DICT_ITEMS));
  defMethodVar(T_DICT, 'get', 1, 2, (self, args) => {
    const v = dictGet(self, args[0]) || (args.length > 1 ? args[1] : S.None);
    I32[v >> 2]++;
    return v;
  });
  defMethodVar(T_DICT, 'setdefault', 1, 2, (self, args) => {
    const v = dictGet(self, args[0]);
    if (v !== 0) {
      I32[v >> 2]++;
      return v;
    }
    const dflt = args.length > 1 ? args[1] : S.None;
    dictSet(self, args[0], dflt);
    I32[dflt >> 2]++;
    return dflt;
  });
  defMethodVar(T_DICT, 'pop', 1, 2, (self, args) => {
    if (dictLen(self) !== 0) {
      const v = dictPop(self, args[0]);
      if (v !== 0) return v;
    }
    if (args.length > 1) {
      I32[args[1] >> 2]++;
      return args[1];
    }
    throw keyError(args[0]);
  });
  defMethodNoArgs(T_DICT, 'popitem', dictPopItem);
  defMethod(T_DICT, 'update', (self, args, kw) => {
    if (args.length > 1) throw raise(EXC.TypeError, `update expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) dictUpdateArg(self, args[0]);
    setKwargs(self, kw);
    return A.retNone();
  }, { kw: true, packArgs: 'kw' });
  defMethodNoArgs(T_DICT, 'copy', dictCopy);
  defMethodNoArgs(T_DICT, 'clear', (self) => (dictClear(self), A.retNone()));
  defMethod(T_DICT, 'fromkeys', (cls, args) => dictFromKeys(cls, args), { classmethod: true, nargs: [1, 2] });
  defMethodNoArgs(T_DICT, '__reversed__', (self) => newDictIter(self, DI_KEYS, true));
  defMethodO(T_DICT, '__ior__', (self, x) => dictNumber(self, x, opc.NB_OR + opc.NB_INPLACE));
  // the eval loop's {**m} and f(**m): CPython's PyDict_Update, which wants a mapping (keys())
  rt.dictUpdateFrom = dictMergeMapping;
}

/** dict(iterable-or-mapping) as the builtin: a new exact dict. */
export function dictFromArg(arg: number): number {
  const d = newDict();
  try {
    dictUpdateArg(d, arg);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

