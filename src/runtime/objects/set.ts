// set and frozenset: CPython's open-addressing set table (Objects/setobject.c), in the heap.
//
//   offset | field      | type | note
//   -------+------------+------+----------------------------------------------------------------
//   -16    | gc head    |      | always GC-tracked, even when empty (as CPython)
//    0     | refcnt     | i32  |
//    4     | type       | i32  | T_SET, T_FROZENSET or a subclass
//    8     | fill       | i32  | active + dummy entries
//   12     | used       | i32  | active entries: len()
//   16     | mask       | i32  | table size - 1 (size is a power of two, >= 8)
//   20     | table      | i32  | address of the entry table: `smalltable` below, or a separate block
//   24     | hashLo     | i32  | frozenset: cached hash() (low word) ...
//   28     | hashHi     | i32  | ... and high word
//   32     | hashed     | i32  | 1 when the cached hash is valid
//   36     | finger     | i32  | where set.pop() resumes its search
//   40     | weaklist   | i32  | weak references to this set (0 = none)
//   44     | smalltable |      | 8 entries of [hashLo, hashHi, key] (96 bytes)
//   size 140 bytes (+16 GC head) -> 160-byte block (instances of subclasses: extra words after)
//
// An entry is empty (key 0), a dummy left by a deletion (key SET_DUMMY, hash -1), or active.
// Entries keep the key's full 64-bit hash (hash64 in tuple.ts) because the probe sequence uses
// it: start at i = hash & mask, look at LINEAR_PROBES (9) neighbours while they fit in the table,
// then jump with perturb >>= 5; i = i*5 + 1 + perturb (perturb is the unsigned 64-bit hash).
// The table grows when fill*5 >= mask*3, to the smallest size > used*4 (used*2 past 50000 items).
// With the same hashes and the same algorithm, iteration order matches CPython's:
// print({3, 1, 2}) shows {1, 2, 3}, and {10, 100, 1000} shows {1000, 10, 100}.

import { I32, TYPES, type TypeInfo, type KwArgs, T_SET, T_FROZENSET, T_DICT, T_STR, allocGCObject, freeGCObject, decref,
  type Visit, HeapExhausted } from '../object.js';
import { pymalloc, pyfree } from '../mem/obmalloc.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { newStr, STRS, STR_SLOT } from './str.js';
import { hash64, H64 } from './tuple.js';
import { dictLen, dictNext, dictEntryKey, dictGet, keyError } from './dict.js';
import { newSetIter } from './iterators.js';
import { newList } from './list.js';
import { raise, EXC, isSubtype, PyException } from './exception.js';
import { defMethodO, defMethodNoArgs } from './slice.js';
import { defMethod, defAttr } from '../builtins/define.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import * as opc from '../../compiler/opcodes.js';
import { rt } from '../../vm/runtime-hooks.js';
import { clearWeakrefs } from '../gc/weakref.js';

export const SET_FILL = 2, SET_USED = 3, SET_MASK = 4, SET_TABLE = 5, SET_HLO = 6, SET_HHI = 7, SET_HASHED = 8,
  SET_FINGER = 9, SET_WEAKLIST = 10, SET_SMALL = 11;
export const SET_MINSIZE = 8;
export const SET_OBJ_SIZE = SET_SMALL * 4 + SET_MINSIZE * 12;
export const SET_DUMMY = -1;
const LINEAR_PROBES = 9;
const E_LO = 0, E_HI = 1, E_KEY = 2;

// ---- allocation --------------------------------------------------------------------------------------

function initEmpty(s: number): void {
  const w = s >> 2;
  I32[w + SET_FILL] = 0;
  I32[w + SET_USED] = 0;
  I32[w + SET_MASK] = SET_MINSIZE - 1;
  I32[w + SET_TABLE] = s + SET_SMALL * 4;
  I32[w + SET_HASHED] = 0;
  I32[w + SET_FINGER] = 0;
  I32.fill(0, w + SET_SMALL, w + SET_SMALL + SET_MINSIZE * 3);
}

/** New empty set or frozenset of type t (exact or subclass), tracked. */
function allocSet(t: TypeInfo): number {
  let s: number;
  if (t.id === T_SET || t.id === T_FROZENSET) s = allocGCObject(t.id, SET_OBJ_SIZE);
  else {
    s = allocGCObject(t.id, t.basicsize);
    I32.fill(0, (s >> 2) + 2, (s >> 2) + (t.basicsize >> 2));
    if (t.isHeap) I32[t.addr >> 2]++;
  }
  I32[(s >> 2) + SET_WEAKLIST] = 0;
  initEmpty(s);
  gcTrack(s);
  return s;
}

/** New empty set. New reference. */
export function newSet(): number {
  return allocSet(TYPES[T_SET]);
}

/** New empty frozenset (fill it with setAdd before anyone sees it). */
export function newFrozenSet(): number {
  return allocSet(TYPES[T_FROZENSET]);
}

/**
 * A frozenset constant as CPython's compiler makes it (borrowed items): built from the items in
 * source order, then rebuilt from its own iteration order (merge_consts_recursive). Set displays
 * of more than two constants compile to BUILD_SET 0; LOAD_CONST <this>; SET_UPDATE 1, so this
 * double build is what fixes the iteration order of {-1, -5, 3, 0} ({0, 3, -1, -5} in 3.11).
 */
export function frozensetConstant(items: ArrayLike<number>): number {
  const first = newFrozenSet();
  try {
    for (let i = 0; i < items.length; i++) setAdd(first, items[i]);
    const s = newFrozenSet();
    for (const k of setKeys(first)) setAdd(s, k);
    return s;
  } finally {
    decref(first);
  }
}

/** make_new_set: a new set of type t filled from `iterable` (0 for none). */
export function makeNewSet(t: TypeInfo, iterable: number): number {
  const s = allocSet(t);
  if (iterable !== 0) {
    try {
      setUpdate(s, iterable);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

/** make_new_set_basetype: as makeNewSet, but subclasses give their base set/frozenset. */
function makeNewSetBase(like: number, iterable: number): number {
  return makeNewSet(TYPES[isSetInstance(like) ? T_SET : T_FROZENSET], iterable);
}

/** set or frozenset or a subclass of either (PyAnySet_Check). */
export function isAnySet(o: number): boolean {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_SET || tid === T_FROZENSET) return true;
  const t = TYPES[tid];
  return isSubtype(t, TYPES[T_SET]) || isSubtype(t, TYPES[T_FROZENSET]);
}

/** set or a subclass (PySet_Check). */
export function isSetInstance(o: number): boolean {
  const tid = I32[(o >> 2) + 1];
  return tid === T_SET || (tid !== T_FROZENSET && isSubtype(TYPES[tid], TYPES[T_SET]));
}

export function setLen(s: number): number {
  return I32[(s >> 2) + SET_USED];
}

// ---- the table ----------------------------------------------------------------------------------------------

function keysEqual(k: number, key: number): boolean {
  if (I32[(k >> 2) + 1] === T_STR && I32[(key >> 2) + 1] === T_STR) {
    return STRS.items[I32[(k >> 2) + STR_SLOT]] === STRS.items[I32[(key >> 2) + STR_SLOT]];
  }
  I32[k >> 2]++;
  try {
    return A.pyEqSlow(k, key);
  } finally {
    decref(k);
  }
}

/** set_lookkey: word index of the entry holding key (hash lo/hi), or -1. */
function lookKey(s: number, key: number, lo: number, hi: number): number {
  const w = s >> 2;
  restart: for (;;) {
    let mask = I32[w + SET_MASK];
    const table = I32[w + SET_TABLE] >> 2;
    let i = lo & mask;
    let pLo = lo >>> 0, pHi = hi >>> 0;
    for (;;) {
      let e = table + i * 3;
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++, e += 3) {
        const k = I32[e + E_KEY];
        if (k === 0) return -1;
        if (k !== SET_DUMMY && I32[e + E_LO] === lo && I32[e + E_HI] === hi) {
          if (k === key) return e;
          const eq = keysEqual(k, key);
          if (I32[w + SET_TABLE] >> 2 !== table || I32[e + E_KEY] !== k) continue restart;
          if (eq) return e;
          mask = I32[w + SET_MASK];
        }
      }
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi >>>= 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }
}

/** set_add_entry: add `key` (borrowed; the set takes its own reference) with hash lo/hi. */
function addEntry(s: number, key: number, lo: number, hi: number): void {
  const w = s >> 2;
  I32[key >> 2]++;
  restart: for (;;) {
    let mask = I32[w + SET_MASK];
    const table = I32[w + SET_TABLE] >> 2;
    let i = lo & mask;
    let pLo = lo >>> 0, pHi = hi >>> 0;
    let freeslot = -1;
    for (;;) {
      let e = table + i * 3;
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++, e += 3) {
        const k = I32[e + E_KEY];
        if (k === 0) {
          if (freeslot >= 0) {
            I32[w + SET_USED]++;
            I32[freeslot + E_LO] = lo;
            I32[freeslot + E_HI] = hi;
            I32[freeslot + E_KEY] = key;
            return;
          }
          I32[w + SET_FILL]++;
          I32[w + SET_USED]++;
          I32[e + E_LO] = lo;
          I32[e + E_HI] = hi;
          I32[e + E_KEY] = key;
          if (I32[w + SET_FILL] * 5 < mask * 3) return;
          const used = I32[w + SET_USED];
          setResize(s, used > 50000 ? used * 2 : used * 4);
          return;
        }
        if (k === SET_DUMMY) {
          if (freeslot < 0) freeslot = e;
        } else if (I32[e + E_LO] === lo && I32[e + E_HI] === hi) {
          if (k === key) {
            I32[key >> 2]--;
            return;
          }
          let eq: boolean;
          try {
            eq = keysEqual(k, key);
          } catch (err) {
            decref(key);
            throw err;
          }
          if (eq) {
            decref(key);
            return;
          }
          if (I32[w + SET_TABLE] >> 2 !== table || I32[e + E_KEY] !== k) continue restart;
          mask = I32[w + SET_MASK];
        }
      }
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi >>>= 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }
}

/** set_insert_clean: add to a table known to hold no dummies and not this key. */
function insertClean(table: number, mask: number, key: number, lo: number, hi: number): void {
  let i = lo & mask;
  let pLo = lo >>> 0, pHi = hi >>> 0;
  for (;;) {
    let e = table + i * 3;
    if (I32[e + E_KEY] !== 0) {
      let found = false;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 0; j < LINEAR_PROBES; j++) {
          e += 3;
          if (I32[e + E_KEY] === 0) {
            found = true;
            break;
          }
        }
      }
      if (!found) {
        pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
        pHi >>>= 5;
        i = (i * 5 + 1 + pLo) & mask;
        continue;
      }
    }
    I32[e + E_LO] = lo;
    I32[e + E_HI] = hi;
    I32[e + E_KEY] = key;
    return;
  }
}

/** set_table_resize: rebuild with the smallest power-of-two size > minused, dropping dummies. */
function setResize(s: number, minused: number): void {
  let newsize = SET_MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const w = s >> 2;
  const oldTable = I32[w + SET_TABLE], oldMask = I32[w + SET_MASK];
  const small = s + SET_SMALL * 4;
  const old = I32.slice(oldTable >> 2, (oldTable >> 2) + (oldMask + 1) * 3);
  let table = small;
  if (newsize !== SET_MINSIZE) {
    table = pymalloc(newsize * 12);
    if (table === 0) throw new HeapExhausted();
  }
  I32.fill(0, table >> 2, (table >> 2) + newsize * 3);
  I32[w + SET_MASK] = newsize - 1;
  I32[w + SET_TABLE] = table;
  const mask = newsize - 1;
  I32[w + SET_FILL] = I32[w + SET_USED];
  for (let i = 0; i <= oldMask; i++) {
    const k = old[i * 3 + E_KEY];
    if (k !== 0 && k !== SET_DUMMY) insertClean(table >> 2, mask, k, old[i * 3 + E_LO], old[i * 3 + E_HI]);
  }
  if (oldTable !== small) pyfree(oldTable);
}

/** Remove key (hash lo/hi) if present; returns whether it was. */
function discardEntry(s: number, key: number, lo: number, hi: number): boolean {
  const e = lookKey(s, key, lo, hi);
  if (e < 0) return false;
  const old = I32[e + E_KEY];
  I32[e + E_LO] = -1;
  I32[e + E_HI] = -1;
  I32[e + E_KEY] = SET_DUMMY;
  I32[(s >> 2) + SET_USED]--;
  decref(old);
  return true;
}

/** set_clear_internal: empty the set first, then release the keys. */
export function setClear(s: number): void {
  const w = s >> 2;
  const table = I32[w + SET_TABLE], mask = I32[w + SET_MASK];
  if (I32[w + SET_FILL] === 0) {
    I32[w + SET_HASHED] = 0;
    return;
  }
  const old = I32.slice(table >> 2, (table >> 2) + (mask + 1) * 3);
  if (table !== s + SET_SMALL * 4) pyfree(table);
  initEmpty(s);
  for (let i = 0; i <= mask; i++) {
    const k = old[i * 3 + E_KEY];
    if (k !== 0 && k !== SET_DUMMY) decref(k);
  }
}

/** Add `key` (borrowed) to set or frozenset `s` (rt.setAdd). Raises TypeError when unhashable. */
export function setAdd(s: number, key: number): void {
  const lo = hash64(key);
  addEntry(s, key, lo, H64.hi);
}

/** Borrowed keys, in table order. */
export function setKeys(s: number): number[] {
  const w = s >> 2;
  const out: number[] = [];
  const table = I32[w + SET_TABLE] >> 2, mask = I32[w + SET_MASK];
  for (let i = 0; i <= mask; i++) {
    const k = I32[table + i * 3 + E_KEY];
    if (k !== 0 && k !== SET_DUMMY) out.push(k);
  }
  return out;
}

/**
 * Walk the active entries of `s` (set_next), re-reading the table at every step since callbacks
 * may run Python code. `f` gets the key (held alive during the call) and its hash words; it
 * returns true to stop early.
 */
function forEachEntry(s: number, f: (key: number, lo: number, hi: number) => boolean): boolean {
  const w = s >> 2;
  for (let i = 0; i <= I32[w + SET_MASK]; i++) {
    const e = (I32[w + SET_TABLE] >> 2) + i * 3;
    const k = I32[e + E_KEY];
    if (k === 0 || k === SET_DUMMY) continue;
    I32[k >> 2]++;
    try {
      if (f(k, I32[e + E_LO], I32[e + E_HI])) return true;
    } finally {
      decref(k);
    }
  }
  return false;
}

// ---- lookups with the set-as-key rule ---------------------------------------------------------------------

let KLO = 0, KHI = 0;

/**
 * Hash a key for lookup into KLO/KHI. An unhashable *set* is looked up as the equal frozenset
 * (CPython's set_contains / set_remove / set_discard): then the frozenset is returned (a new
 * reference, to use and release), else 0.
 */
function hashLookupKey(key: number): number {
  try {
    KLO = hash64(key);
    KHI = H64.hi;
    return 0;
  } catch (e) {
    if (e instanceof PyException && isSetInstance(key) && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.TypeError)) {
      decref(e.exc);
      const tmp = makeNewSet(TYPES[T_FROZENSET], key);
      KLO = hash64(tmp);
      KHI = H64.hi;
      return tmp;
    }
    throw e;
  }
}

export function setContains(s: number, key: number): boolean {
  const tmp = hashLookupKey(key);
  if (tmp === 0) return lookKey(s, key, KLO, KHI) >= 0;
  try {
    return lookKey(s, tmp, KLO, KHI) >= 0;
  } finally {
    decref(tmp);
  }
}

/** discard(key): returns whether it was present. */
export function setDiscard(s: number, key: number): boolean {
  const tmp = hashLookupKey(key);
  if (tmp === 0) return discardEntry(s, key, KLO, KHI);
  try {
    return discardEntry(s, tmp, KLO, KHI);
  } finally {
    decref(tmp);
  }
}

// ---- bulk operations ------------------------------------------------------------------------------------------

/** set_merge: add every key of set/frozenset `other`. */
function setMerge(so: number, other: number): void {
  const w = so >> 2, ow = other >> 2;
  if (so === other || I32[ow + SET_USED] === 0) return;
  if ((I32[w + SET_FILL] + I32[ow + SET_USED]) * 5 >= I32[w + SET_MASK] * 3) {
    setResize(so, (I32[w + SET_USED] + I32[ow + SET_USED]) * 2);
  }
  const omask = I32[ow + SET_MASK];
  const ot = I32[ow + SET_TABLE] >> 2;
  if (I32[w + SET_FILL] === 0 && I32[w + SET_MASK] === omask && I32[ow + SET_FILL] === I32[ow + SET_USED]) {
    const st = I32[w + SET_TABLE] >> 2;
    for (let i = 0; i <= omask; i++) {
      const k = I32[ot + i * 3 + E_KEY];
      if (k !== 0) {
        I32[k >> 2]++;
        I32[st + i * 3 + E_LO] = I32[ot + i * 3 + E_LO];
        I32[st + i * 3 + E_HI] = I32[ot + i * 3 + E_HI];
        I32[st + i * 3 + E_KEY] = k;
      }
    }
    I32[w + SET_FILL] = I32[ow + SET_FILL];
    I32[w + SET_USED] = I32[ow + SET_USED];
    return;
  }
  if (I32[w + SET_FILL] === 0) {
    const st = I32[w + SET_TABLE] >> 2, mask = I32[w + SET_MASK];
    I32[w + SET_FILL] = I32[ow + SET_USED];
    I32[w + SET_USED] = I32[ow + SET_USED];
    for (let i = 0; i <= omask; i++) {
      const k = I32[ot + i * 3 + E_KEY];
      if (k !== 0 && k !== SET_DUMMY) {
        I32[k >> 2]++;
        insertClean(st, mask, k, I32[ot + i * 3 + E_LO], I32[ot + i * 3 + E_HI]);
      }
    }
    return;
  }
  for (let i = 0; i <= I32[ow + SET_MASK]; i++) {
    const e = (I32[ow + SET_TABLE] >> 2) + i * 3;
    const k = I32[e + E_KEY];
    if (k !== 0 && k !== SET_DUMMY) addEntry(so, k, I32[e + E_LO], I32[e + E_HI]);
  }
}

/** set_update_internal: add the items of any iterable. */
export function setUpdate(so: number, other: number): void {
  if (isAnySet(other)) {
    setMerge(so, other);
    return;
  }
  if (I32[(other >> 2) + 1] === T_DICT) {
    const w = so >> 2;
    const n = dictLen(other);
    if ((I32[w + SET_FILL] + n) * 5 >= I32[w + SET_MASK] * 3) setResize(so, (I32[w + SET_USED] + n) * 2);
    for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1)) {
      const k = dictEntryKey(other, i);
      const lo = hash64(k);
      addEntry(so, k, lo, H64.hi);
    }
    return;
  }
  const it = A.getIter(other);
  try {
    for (;;) {
      const k = A.iterNext(it);
      if (k === 0) break;
      try {
        setAdd(so, k);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** set_copy: same base type (set or frozenset), same items. */
function setCopy(so: number): number {
  return makeNewSetBase(so, so);
}

/** set_swap_bodies: exchange the contents of two sets. */
function swapBodies(a: number, b: number): void {
  const wa = a >> 2, wb = b >> 2;
  const aSmall = I32[wa + SET_TABLE] === a + SET_SMALL * 4, bSmall = I32[wb + SET_TABLE] === b + SET_SMALL * 4;
  const ta = I32[wa + SET_TABLE], tb = I32[wb + SET_TABLE];
  for (const off of [SET_FILL, SET_USED, SET_MASK]) {
    const x = I32[wa + off];
    I32[wa + off] = I32[wb + off];
    I32[wb + off] = x;
  }
  const sa = I32.slice(wa + SET_SMALL, wa + SET_SMALL + SET_MINSIZE * 3);
  I32.copyWithin(wa + SET_SMALL, wb + SET_SMALL, wb + SET_SMALL + SET_MINSIZE * 3);
  I32.set(sa, wb + SET_SMALL);
  I32[wa + SET_TABLE] = bSmall ? a + SET_SMALL * 4 : tb;
  I32[wb + SET_TABLE] = aSmall ? b + SET_SMALL * 4 : ta;
  I32[wa + SET_HASHED] = 0;
  I32[wb + SET_HASHED] = 0;
}

function setIntersection(so: number, other: number): number {
  if (so === other) return setCopy(so);
  const result = makeNewSetBase(so, 0);
  try {
    if (isAnySet(other)) {
      let big = so, small = other;
      if (setLen(other) > setLen(so)) {
        big = other;
        small = so;
      }
      forEachEntry(small, (k, lo, hi) => {
        if (lookKey(big, k, lo, hi) >= 0) addEntry(result, k, lo, hi);
        return false;
      });
      return result;
    }
    const it = A.getIter(other);
    try {
      for (;;) {
        const k = A.iterNext(it);
        if (k === 0) break;
        try {
          const lo = hash64(k), hi = H64.hi;
          if (lookKey(so, k, lo, hi) >= 0) addEntry(result, k, lo, hi);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setIntersectionMulti(so: number, others: number[]): number {
  if (others.length === 0) return setCopy(so);
  I32[so >> 2]++;
  let result = so;
  for (const other of others) {
    let nr: number;
    try {
      nr = setIntersection(result, other);
    } catch (e) {
      decref(result);
      throw e;
    }
    decref(result);
    result = nr;
  }
  return result;
}

function setIntersectionUpdate(so: number, others: number[]): void {
  const tmp = setIntersectionMulti(so, others);
  swapBodies(so, tmp);
  decref(tmp);
}

/** set_difference_update_internal. */
function setDifferenceUpdate(so: number, other: number): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (isAnySet(other)) {
    let o = other;
    if (setLen(other) >> 3 > setLen(so)) o = setIntersection(so, other);
    else I32[o >> 2]++;
    try {
      forEachEntry(o, (k, lo, hi) => (discardEntry(so, k, lo, hi), false));
    } finally {
      decref(o);
    }
  } else {
    const it = A.getIter(other);
    try {
      for (;;) {
        const k = A.iterNext(it);
        if (k === 0) break;
        try {
          setDiscard(so, k);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
  }
  const w = so >> 2;
  if (I32[w + SET_FILL] - I32[w + SET_USED] <= I32[w + SET_MASK] >> 2) return;
  const used = I32[w + SET_USED];
  setResize(so, used > 50000 ? used * 2 : used * 4);
}

function setCopyAndDifference(so: number, other: number): number {
  const r = setCopy(so);
  try {
    setDifferenceUpdate(r, other);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function setDifference(so: number, other: number): number {
  let otherSize: number;
  const isDict = I32[(other >> 2) + 1] === T_DICT;
  if (isAnySet(other)) otherSize = setLen(other);
  else if (isDict) otherSize = dictLen(other);
  else return setCopyAndDifference(so, other);
  if (setLen(so) >> 2 > otherSize) return setCopyAndDifference(so, other);
  const result = makeNewSetBase(so, 0);
  try {
    forEachEntry(so, (k, lo, hi) => {
      const found = isDict ? dictGet(other, k) !== 0 : lookKey(other, k, lo, hi) >= 0;
      if (!found) addEntry(result, k, lo, hi);
      return false;
    });
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setDifferenceMulti(so: number, others: number[]): number {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0]);
  try {
    for (let i = 1; i < others.length; i++) setDifferenceUpdate(result, others[i]);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setSymmetricDifferenceUpdate(so: number, other: number): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (I32[(other >> 2) + 1] === T_DICT) {
    for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1)) {
      const k = dictEntryKey(other, i);
      I32[k >> 2]++;
      try {
        const lo = hash64(k), hi = H64.hi;
        if (!discardEntry(so, k, lo, hi)) addEntry(so, k, lo, hi);
      } finally {
        decref(k);
      }
    }
    return;
  }
  let os: number;
  if (isAnySet(other)) {
    I32[other >> 2]++;
    os = other;
  } else os = makeNewSetBase(so, other);
  try {
    forEachEntry(os, (k, lo, hi) => {
      if (!discardEntry(so, k, lo, hi)) addEntry(so, k, lo, hi);
      return false;
    });
  } finally {
    decref(os);
  }
}

function setSymmetricDifference(so: number, other: number): number {
  const os = makeNewSetBase(so, other);
  try {
    setSymmetricDifferenceUpdate(os, so);
  } catch (e) {
    decref(os);
    throw e;
  }
  return os;
}

function setUnion(so: number, others: number[]): number {
  const result = setCopy(so);
  try {
    for (const o of others) if (o !== so) setUpdate(result, o);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

export function setIsSubset(so: number, other: number): boolean {
  if (!isAnySet(other)) {
    const tmp = makeNewSet(TYPES[T_SET], other);
    try {
      return setIsSubset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (setLen(so) > setLen(other)) return false;
  return !forEachEntry(so, (k, lo, hi) => lookKey(other, k, lo, hi) < 0);
}

function setIsSuperset(so: number, other: number): boolean {
  if (isAnySet(other)) return setIsSubset(other, so);
  const tmp = makeNewSet(TYPES[T_SET], other);
  try {
    return setIsSuperset(so, tmp);
  } finally {
    decref(tmp);
  }
}

function setIsDisjoint(so: number, other: number): boolean {
  if (so === other) return setLen(so) === 0;
  const ot = I32[(other >> 2) + 1];
  if (ot === T_SET || ot === T_FROZENSET) {
    let big = so, small = other;
    if (setLen(other) > setLen(so)) {
      big = other;
      small = so;
    }
    return !forEachEntry(small, (k, lo, hi) => lookKey(big, k, lo, hi) >= 0);
  }
  const it = A.getIter(other);
  try {
    for (;;) {
      const k = A.iterNext(it);
      if (k === 0) return true;
      try {
        const lo = hash64(k);
        if (lookKey(so, k, lo, H64.hi) >= 0) return false;
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

// ---- type slots -----------------------------------------------------------------------------------------------

function setRepr(s: number): number {
  const t = TYPES[I32[(s >> 2) + 1]];
  if (setLen(s) === 0) return newStr(`${t.name}()`);
  return newStr(A.reprGuard(s, `${t.name}(...)`, () => {
    const keys = setKeys(s);
    for (const k of keys) I32[k >> 2]++;
    const parts: string[] = [];
    const keyList = newList(); // set_repr works on PySequence_List(set): a list lives meanwhile
    try {
      for (const k of keys) parts.push(A.reprJS(k));
    } finally {
      for (const k of keys) decref(k);
      decref(keyList);
    }
    const inner = '{' + parts.join(', ') + '}';
    return t.id === T_SET ? inner : `${t.name}(${inner})`;
  }));
}

function setRichCompare(a: number, b: number, op: number): number {
  if (!isAnySet(b)) {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  let r: boolean;
  switch (op) {
    case opc.CMP_EQ:
    case opc.CMP_NE: {
      const wa = a >> 2, wb = b >> 2;
      if (setLen(a) !== setLen(b)) r = false;
      else if (I32[wa + SET_HASHED] && I32[wb + SET_HASHED] && (I32[wa + SET_HLO] !== I32[wb + SET_HLO] || I32[wa + SET_HHI] !== I32[wb + SET_HHI])) r = false;
      else r = setIsSubset(a, b);
      if (op === opc.CMP_NE) r = !r;
      break;
    }
    case opc.CMP_LE: r = setIsSubset(a, b); break;
    case opc.CMP_GE: r = setIsSuperset(a, b); break;
    case opc.CMP_LT: r = setLen(a) < setLen(b) && setIsSubset(a, b); break;
    default: r = setLen(a) > setLen(b) && setIsSuperset(a, b);
  }
  return A.newBool(r);
}

const M64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}

/** frozenset_hash (cached in the object). */
function frozensetHash(s: number): number {
  const w = s >> 2;
  if (!I32[w + SET_HASHED]) {
    let h = 0n;
    const table = I32[w + SET_TABLE] >> 2, mask = I32[w + SET_MASK];
    for (let i = 0; i <= mask; i++) {
      const e = table + i * 3;
      const k = I32[e + E_KEY];
      if (k === 0 || k === SET_DUMMY) continue;
      h ^= shuffleBits((BigInt(I32[e + E_HI] >>> 0) << 32n) | BigInt(I32[e + E_LO] >>> 0));
    }
    h ^= ((BigInt(I32[w + SET_USED]) + 1n) * 1927868237n) & M64;
    h ^= (h >> 11n) ^ (h >> 25n);
    h = (h * 69069n + 907133923n) & M64;
    if (h === M64) h = 590923713n;
    I32[w + SET_HLO] = Number(BigInt.asIntN(32, h));
    I32[w + SET_HHI] = Number(BigInt.asIntN(32, h >> 32n));
    I32[w + SET_HASHED] = 1;
  }
  const hi = I32[w + SET_HHI], lo = I32[w + SET_HLO] >>> 0;
  if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + lo;
  return ((BigInt(hi) << 32n) | BigInt(lo)) as unknown as number;
}

function setNumber(a: number, b: number, nb: number): number {
  const op = nb & 0xff;
  const inplace = op >= opc.NB_INPLACE;
  const base = inplace ? op - opc.NB_INPLACE : op;
  if (base !== opc.NB_OR && base !== opc.NB_AND && base !== opc.NB_SUBTRACT && base !== opc.NB_XOR) return 0;
  if (!isAnySet(a) || !isAnySet(b)) return 0;
  if (inplace) {
    if (!isSetInstance(a)) return 0;
    switch (base) {
      case opc.NB_OR: setUpdate(a, b); break;
      case opc.NB_AND: setIntersectionUpdate(a, [b]); break;
      case opc.NB_SUBTRACT: setDifferenceUpdate(a, b); break;
      default: setSymmetricDifferenceUpdate(a, b);
    }
    I32[a >> 2]++;
    return a;
  }
  switch (base) {
    case opc.NB_OR: {
      const r = setCopy(a);
      if (a === b) return r;
      try {
        setUpdate(r, b);
      } catch (e) {
        decref(r);
        throw e;
      }
      return r;
    }
    case opc.NB_AND: return setIntersection(a, b);
    case opc.NB_SUBTRACT: return setDifference(a, b);
    default: return setSymmetricDifference(a, b);
  }
}

function setTraverse(s: number, visit: Visit): void {
  const w = s >> 2;
  const table = I32[w + SET_TABLE] >> 2, mask = I32[w + SET_MASK];
  for (let i = 0; i <= mask; i++) {
    const k = I32[table + i * 3 + E_KEY];
    if (k !== 0 && k !== SET_DUMMY) visit(k);
  }
}

export function setDealloc(s: number): void {
  const w = s >> 2;
  gcUntrack(s);
  if (I32[w + SET_WEAKLIST] !== 0) clearWeakrefs(s);
  const table = I32[w + SET_TABLE], mask = I32[w + SET_MASK];
  let used = I32[w + SET_USED];
  for (let i = 0; i <= mask && used > 0; i++) {
    const k = I32[(table >> 2) + i * 3 + E_KEY];
    if (k !== 0 && k !== SET_DUMMY) {
      used--;
      decref(k);
    }
  }
  if (table !== s + SET_SMALL * 4) pyfree(table);
  freeGCObject(s);
}

function setNewSlot(t: TypeInfo, _args: number[], kw: KwArgs | null): number {
  if (t.id === T_SET && kw !== null && kw.names.length) throw raise(EXC.TypeError, 'set() takes no keyword arguments');
  return allocSet(t);
}

function setInit(self: number, args: number[], kw: KwArgs | null): void {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, 'set() takes no keyword arguments');
  if (args.length > 1) throw raise(EXC.TypeError, `${A.typeName(self)} expected at most 1 argument, got ${args.length}`);
  if (I32[(self >> 2) + SET_FILL] !== 0) setClear(self);
  I32[(self >> 2) + SET_HASHED] = 0;
  if (args.length === 1) setUpdate(self, args[0]);
}

function frozensetNewSlot(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (t.id === T_FROZENSET && kw !== null && kw.names.length) throw raise(EXC.TypeError, 'frozenset() takes no keyword arguments');
  if (args.length > 1) throw raise(EXC.TypeError, `${t.name} expected at most 1 argument, got ${args.length}`);
  const it = args.length ? args[0] : 0;
  if (t.id === T_FROZENSET && it !== 0 && I32[(it >> 2) + 1] === T_FROZENSET) {
    I32[it >> 2]++;
    return it;
  }
  return makeNewSet(t, it);
}

function setPop(s: number): number {
  const w = s >> 2;
  if (I32[w + SET_USED] === 0) throw raise(EXC.KeyError, 'pop from an empty set');
  const mask = I32[w + SET_MASK];
  const table = I32[w + SET_TABLE] >> 2;
  let i = I32[w + SET_FINGER] & mask;
  for (;;) {
    const k = I32[table + i * 3 + E_KEY];
    if (k !== 0 && k !== SET_DUMMY) break;
    i++;
    if (i > mask) i = 0;
  }
  const e = table + i * 3;
  const key = I32[e + E_KEY];
  I32[e + E_LO] = -1;
  I32[e + E_HI] = -1;
  I32[e + E_KEY] = SET_DUMMY;
  I32[w + SET_USED]--;
  I32[w + SET_FINGER] = i + 1;
  return key;
}

function varMethod(tid: number, name: string, fn: (self: number, args: number[]) => number): void {
  const q = `${TYPES[tid].name}.${name}`;
  defMethod(tid, name, (self, args, kw) => {
    if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `${q}() takes no keyword arguments`);
    return fn(self, args);
  }, { kw: true });
}

function defineCommonMethods(tid: number): void {
  varMethod(tid, 'union', setUnion);
  varMethod(tid, 'intersection', setIntersectionMulti);
  varMethod(tid, 'difference', setDifferenceMulti);
  defMethodO(tid, 'symmetric_difference', setSymmetricDifference);
  defMethodO(tid, 'issubset', (self, o) => A.newBool(setIsSubset(self, o)));
  defMethodO(tid, 'issuperset', (self, o) => A.newBool(setIsSuperset(self, o)));
  defMethodO(tid, 'isdisjoint', (self, o) => A.newBool(setIsDisjoint(self, o)));
}

function setupType(tid: number): TypeInfo {
  const t = TYPES[tid];
  t.basicsize = SET_OBJ_SIZE;
  t.weaklistOffset = SET_WEAKLIST;
  t.isGC = true;
  t.baseType = true;
  t.dealloc = setDealloc;
  t.traverse = setTraverse;
  t.clear = setClear;
  const s = t.slots;
  s.repr = setRepr;
  s.richcompare = setRichCompare;
  s.len = setLen;
  s.contains = setContains;
  s.iter = newSetIter;
  s.number = setNumber;
  s.numberOps = ['and', 'or', 'sub', 'xor', 'rand', 'ror', 'rsub', 'rxor'];
  return t;
}

export function initSetType(): void {
  const set = setupType(T_SET);
  set.slots.new = setNewSlot;
  set.slots.init = setInit;
  I32[S.None >> 2]++;
  defAttr(T_SET, '__hash__', S.None);
  defMethodO(T_SET, 'add', (self, k) => (setAdd(self, k), A.retNone()));
  defMethodO(T_SET, 'remove', (self, k) => {
    if (!setDiscard(self, k)) throw keyError(k);
    return A.retNone();
  });
  defMethodO(T_SET, 'discard', (self, k) => (setDiscard(self, k), A.retNone()));
  defMethodNoArgs(T_SET, 'pop', setPop);
  defMethodNoArgs(T_SET, 'clear', (self) => (setClear(self), A.retNone()));
  defMethodNoArgs(T_SET, 'copy', setCopy);
  varMethod(T_SET, 'update', (self, args) => {
    for (const o of args) setUpdate(self, o);
    return A.retNone();
  });
  varMethod(T_SET, 'intersection_update', (self, args) => (setIntersectionUpdate(self, args), A.retNone()));
  varMethod(T_SET, 'difference_update', (self, args) => {
    for (const o of args) setDifferenceUpdate(self, o);
    return A.retNone();
  });
  defMethodO(T_SET, 'symmetric_difference_update', (self, o) => (setSymmetricDifferenceUpdate(self, o), A.retNone()));
  defineCommonMethods(T_SET);
  for (const [name, op] of [['__ior__', opc.NB_OR], ['__iand__', opc.NB_AND], ['__isub__', opc.NB_SUBTRACT], ['__ixor__', opc.NB_XOR]] as const) {
    defMethodO(T_SET, name, (self, o) => {
      const r = setNumber(self, o, op + opc.NB_INPLACE);
      if (r === 0) {
        I32[S.NotImplemented >> 2]++;
        return S.NotImplemented;
      }
      return r;
    });
  }

  const fs = setupType(T_FROZENSET);
  fs.slots.new = frozensetNewSlot;
  fs.slots.hash = frozensetHash;
  defMethodNoArgs(T_FROZENSET, 'copy', (self) => {
    if (I32[(self >> 2) + 1] === T_FROZENSET) {
      I32[self >> 2]++;
      return self;
    }
    return setCopy(self);
  });
  defineCommonMethods(T_FROZENSET);
  rt.newSet = newSet;
  rt.setAdd = setAdd;
  rt.setUpdate = setUpdate;
}
