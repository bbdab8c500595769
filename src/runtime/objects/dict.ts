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

import { I32, T_DICT, T_STR, TYPES, allocGCObject, freeGCObject, decref, type Visit, HeapExhausted, GC_NEXT } from '../object.js';
import { pymalloc, pyfree } from '../mem/obmalloc.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { STRS, STR_SLOT, STR_FLAGS, STR_HASH, STR_HASHED, strHash } from './str.js';
import { pyHash, pyEqSlow } from '../abstract.js';

export const D_USED = 2, D_NENTRIES = 3, D_MASK = 4, D_INDICES = 5, D_ENTRIES = 6, D_USABLE = 7, D_VERSION = 8;
export const DICT_OBJ_SIZE = 36;
export const DICT_MINSIZE = 8;
const EMPTY = -1, DUMMY = -2;
export const DICT_MAXFREELIST = 80;
const freelist: number[] = [];

function allocTables(d: number, size: number): void {
  const w = d >> 2;
  const usable = (size << 1) / 3 | 0;
  const ind = pymalloc(size * 4);
  const ent = pymalloc(usable * 12);
  if (ind === 0 || ent === 0) throw new HeapExhausted();
  I32.fill(EMPTY, ind >> 2, (ind >> 2) + size);
  I32[w + D_MASK] = size - 1;
  I32[w + D_INDICES] = ind;
  I32[w + D_ENTRIES] = ent;
  I32[w + D_USABLE] = usable;
  I32[w + D_NENTRIES] = 0;
}

/** New empty dict (untracked). New reference. */
export function newDict(): number {
  let d = freelist.pop();
  if (d !== undefined) I32[d >> 2] = 1;
  else d = allocGCObject(T_DICT, DICT_OBJ_SIZE);
  const w = d >> 2;
  I32[w + D_USED] = 0;
  I32[w + D_VERSION] = 0;
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

/** Borrowed reference to d[name] for a str key given as JS text, or 0. */
export function dictGetStr(d: number, name: string): number {
  const ix = lookupStr(d, name, hashString(name));
  if (ix < 0) return 0;
  return I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + ix * 3 + 2];
}

function maybeTrack(d: number, x: number): void {
  if (I32[(d >> 2) + GC_NEXT] !== 0) return;
  const t = TYPES[I32[(x >> 2) + 1]];
  if (!t.isGC) return;
  if (t.id === 7 /* T_TUPLE */ && I32[(x >> 2) + GC_NEXT] === 0) return;
  gcTrack(d);
}

/** d[key] = value (increfs both). */
export function dictSet(d: number, key: number, value: number): void {
  const h = keyHash(key);
  insert(d, key, value, h);
}

/** Steals the references to key and value. */
export function dictSetSteal(d: number, key: number, value: number): void {
  dictSet(d, key, value);
  decref(key);
  decref(value);
}

function insert(d: number, key: number, value: number, h: number): void {
  const w = d >> 2;
  let ix = lookup(d, key, h);
  I32[value >> 2]++;
  maybeTrack(d, value);
  I32[w + D_VERSION]++;
  if (ix >= 0) {
    const p = (I32[w + D_ENTRIES] >> 2) + ix * 3 + 2;
    const old = I32[p];
    I32[p] = value;
    decref(old);
    return;
  }
  I32[key >> 2]++;
  maybeTrack(d, key);
  if (I32[w + D_NENTRIES] >= I32[w + D_USABLE]) {
    resize(d, growSize(I32[w + D_USED]));
    ix = lookup(d, key, h);
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
  pyfree(oldEnt);
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
  I32[w + D_VERSION]++;
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
  I32[w + D_VERSION]++;
  pyfree(oldInd);
  pyfree(oldEnt);
  for (const r of refs) decref(r);
}

/** Shallow copy. New reference. */
export function dictCopy(d: number): number {
  const c = newDict();
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
    const e = (I32[(d >> 2) + D_ENTRIES] >> 2) + i * 3;
    insert(c, I32[e + 1], I32[e + 2], I32[e]);
  }
  return c;
}

/** d.update(other) for a dict `other`. */
export function dictMerge(d: number, other: number): void {
  for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1)) {
    const e = (I32[(other >> 2) + D_ENTRIES] >> 2) + i * 3;
    insert(d, I32[e + 1], I32[e + 2], I32[e]);
  }
}

export function dictDealloc(d: number): void {
  const w = d >> 2;
  gcUntrack(d);
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
  pyfree(I32[w + D_ENTRIES]);
  if (I32[w + 1] === T_DICT && freelist.length < DICT_MAXFREELIST) {
    freelist.push(d);
    return;
  }
  freeGCObject(d);
}

export function dictTraverse(d: number, visit: Visit): void {
  const w = d >> 2;
  const n = I32[w + D_NENTRIES];
  const ent = I32[w + D_ENTRIES] >> 2;
  for (let i = 0; i < n; i++) {
    const e = ent + i * 3;
    const k = I32[e + 1];
    if (k !== 0) {
      visit(k);
      visit(I32[e + 2]);
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
