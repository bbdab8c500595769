// str: immutable Unicode text. The characters live in a JS-side table (STRS); the heap object
// holds the slot, the cached hash and the length in code points.
//
//   offset | field   | type | note
//   -------+---------+------+-------------------------------------------------------------
//    0     | refcnt  | i32  |
//    4     | type    | i32  | T_STR
//    8     | slot    | i32  | index into STRS
//   12     | hash    | i32  | cached 32-bit table hash (valid when flags & STR_HASHED)
//   16     | flags   | i32  | STR_HASHED | STR_INTERNED | STR_BMP (no surrogate pairs)
//   20     | length  | i32  | length in code points (len())
//   size 24 bytes -> 32-byte block
//
// Pools, as CPython: the empty string and the 256 one-character Latin-1 strings are shared
// singletons; `sys.intern` and identifier-like constants go through the interned table.

import { I32, T_STR, SideTable, allocObject, freeObject } from '../object.js';
import { IMMORTAL_REFCNT } from './int.js';

export const STR_SLOT = 2, STR_HASH = 3, STR_FLAGS = 4, STR_LEN = 5;
export const STR_SIZE = 24;
export const STR_HASHED = 1, STR_INTERNED = 2, STR_BMP = 4;

export const STRS = new SideTable<string>();
/** Latin-1 one-character singletons (index = code point) and the empty string. */
export const CHARS = new Int32Array(256);
export let EMPTY_STR = 0;
/** Interned strings: text -> address (the table owns no extra reference: interned strings are immortal-ish). */
export const INTERNED = new Map<string, number>();

const SURROGATE = /[\uD800-\uDFFF]/;

function countCodePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function rawNewStr(s: string): number {
  const a = allocObject(T_STR, STR_SIZE);
  const w = a >> 2;
  I32[w + STR_SLOT] = STRS.add(s);
  I32[w + STR_HASH] = 0;
  if (SURROGATE.test(s)) {
    I32[w + STR_FLAGS] = 0;
    I32[w + STR_LEN] = countCodePoints(s);
  } else {
    I32[w + STR_FLAGS] = STR_BMP;
    I32[w + STR_LEN] = s.length;
  }
  return a;
}

export function initStrings(): void {
  EMPTY_STR = rawNewStr('');
  I32[EMPTY_STR >> 2] = IMMORTAL_REFCNT;
  INTERNED.set('', EMPTY_STR);
  I32[(EMPTY_STR >> 2) + STR_FLAGS] |= STR_INTERNED;
  for (let c = 0; c < 256; c++) {
    const a = rawNewStr(String.fromCharCode(c));
    I32[a >> 2] = IMMORTAL_REFCNT;
    CHARS[c] = a;
  }
}

/** New reference to a str with text `s` (shared singletons for '' and Latin-1 characters). */
export function newStr(s: string): number {
  if (s.length <= 1) {
    if (s.length === 0) {
      I32[EMPTY_STR >> 2]++;
      return EMPTY_STR;
    }
    const c = s.charCodeAt(0);
    if (c < 256) {
      const a = CHARS[c];
      I32[a >> 2]++;
      return a;
    }
  }
  return rawNewStr(s);
}

/** The text of a str object. */
export function strValue(a: number): string {
  return STRS.items[I32[(a >> 2) + STR_SLOT]] as string;
}

export function strLen(a: number): number {
  return I32[(a >> 2) + STR_LEN];
}

export function strIsBMP(a: number): boolean {
  return (I32[(a >> 2) + STR_FLAGS] & STR_BMP) !== 0;
}

export function strDealloc(a: number): void {
  const w = a >> 2;
  if (I32[w + STR_FLAGS] & STR_INTERNED) {
    const s = STRS.get(I32[w + STR_SLOT]);
    if (INTERNED.get(s) === a) INTERNED.delete(s);
  }
  STRS.release(I32[w + STR_SLOT]);
  freeObject(a);
}

/** 32-bit string hash (FNV-1a over UTF-16 units), cached in the object. */
export function strHash(a: number): number {
  const w = a >> 2;
  if (I32[w + STR_FLAGS] & STR_HASHED) return I32[w + STR_HASH];
  const s = STRS.items[I32[w + STR_SLOT]] as string;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  if (h === -1) h = -2;
  I32[w + STR_HASH] = h;
  I32[w + STR_FLAGS] |= STR_HASHED;
  return h;
}

/**
 * Intern a str in place: returns a new reference to the canonical object for its text
 * (`sys.intern`), stealing the reference to `a`.
 */
export function internSteal(a: number): number {
  const s = strValue(a);
  const found = INTERNED.get(s);
  if (found !== undefined) {
    if (found !== a) {
      I32[found >> 2]++;
      if (--I32[a >> 2] === 0) strDealloc(a);
    }
    return found;
  }
  INTERNED.set(s, a);
  I32[(a >> 2) + STR_FLAGS] |= STR_INTERNED;
  return a;
}

/** New reference to the interned str for `s` (creating it). */
export function internedStr(s: string): number {
  const found = INTERNED.get(s);
  if (found !== undefined) {
    I32[found >> 2]++;
    return found;
  }
  return internSteal(newStr(s));
}

/** CPython interns constants made only of [A-Za-z0-9_] (all_name_chars). */
export function isNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}
