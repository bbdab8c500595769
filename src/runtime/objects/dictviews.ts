// dict views: d.keys(), d.values(), d.items(). Live windows on the dict: len, `in`, iteration,
// reversed(); keys and items views are set-like (==, <, <=, ..., & | - ^, isdisjoint), values
// views are not (and stay hashable, as in CPython).
//
//   offset | field   | type | note
//   -------+---------+------+----------------------------------------
//   -16    | gc head |      |
//    0     | refcnt  | i32  |
//    4     | type    | i32  | T_DICT_KEYS / T_DICT_VALUES / T_DICT_ITEMS
//    8     | dict    | i32  | owned reference
//   size 12 bytes (+16 GC head) -> 32-byte block

import { I32, TYPES, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS, T_TUPLE, T_DICT, T_SET, allocGCObject, freeGCObject, decref, type Visit } from '../object.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { newStr } from './str.js';
import { dictLen, dictGet } from './dict.js';
import { newDictIter, DI_KEYS, DI_VALUES, DI_ITEMS } from './iterators.js';
import { listFromIterable } from './list.js';
import { newSet, makeNewSet, setUpdate, setAdd, isAnySet, setLen } from './set.js';
import { defMethodO, defMethodNoArgs } from './slice.js';
import { defAttr } from '../builtins/define.js';
import { defGetter } from './int.js';
import { newMappingProxy } from './mappingproxy.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import * as opc from '../../compiler/opcodes.js';

export const DV_DICT = 2;
export const DICTVIEW_OBJ_SIZE = 12;

const KIND: Record<number, number> = { [T_DICT_KEYS]: DI_KEYS, [T_DICT_VALUES]: DI_VALUES, [T_DICT_ITEMS]: DI_ITEMS };

/** New view of kind tid (T_DICT_KEYS / VALUES / ITEMS) on dict d. */
export function newDictView(d: number, tid: number): number {
  const v = allocGCObject(tid, DICTVIEW_OBJ_SIZE);
  I32[d >> 2]++;
  I32[(v >> 2) + DV_DICT] = d;
  gcTrack(v);
  return v;
}

function viewDict(v: number): number {
  return I32[(v >> 2) + DV_DICT];
}

function viewDealloc(v: number): void {
  gcUntrack(v);
  const d = I32[(v >> 2) + DV_DICT];
  I32[(v >> 2) + DV_DICT] = 0;
  if (d !== 0) decref(d);
  freeGCObject(v);
}

function viewTraverse(v: number, visit: Visit): void {
  const d = I32[(v >> 2) + DV_DICT];
  if (d !== 0) visit(d);
}

function viewLen(v: number): number {
  return dictLen(viewDict(v));
}

function viewIter(v: number): number {
  return newDictIter(viewDict(v), KIND[I32[(v >> 2) + 1]], false);
}

function viewReversed(v: number): number {
  return newDictIter(viewDict(v), KIND[I32[(v >> 2) + 1]], true);
}

function viewRepr(v: number): number {
  const name = TYPES[I32[(v >> 2) + 1]].name;
  return newStr(A.reprGuard(v, '...', () => {
    const l = listFromIterable(v);
    try {
      return `${name}(${A.reprJS(l)})`;
    } finally {
      decref(l);
    }
  }));
}

function keysContains(v: number, k: number): boolean {
  return dictGet(viewDict(v), k) !== 0;
}

function itemsContains(v: number, item: number): boolean {
  if (I32[(item >> 2) + 1] !== T_TUPLE || I32[(item >> 2) + 2] !== 2) return false;
  const k = I32[(item >> 2) + 4], val = I32[(item >> 2) + 5];
  const found = dictGet(viewDict(v), k);
  if (found === 0) return false;
  if (found === val) return true;
  I32[found >> 2]++;
  try {
    return A.pyEqSlow(found, val);
  } finally {
    decref(found);
  }
}

function valuesContains(v: number, x: number): boolean {
  const it = viewIter(v);
  try {
    for (;;) {
      const y = A.iterNext(it);
      if (y === 0) return false;
      let eq: boolean;
      try {
        eq = A.pyEq(y, x);
      } finally {
        decref(y);
      }
      if (eq) return true;
    }
  } finally {
    decref(it);
  }
}

function isSetLikeView(o: number): boolean {
  const t = I32[(o >> 2) + 1];
  return t === T_DICT_KEYS || t === T_DICT_ITEMS;
}

/** all_contained_in: every item of `a` is in `b`. */
function allContainedIn(a: number, b: number): boolean {
  const it = A.getIter(a);
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === 0) return true;
      let ok: boolean;
      try {
        ok = A.contains(b, x);
      } finally {
        decref(x);
      }
      if (!ok) return false;
    }
  } finally {
    decref(it);
  }
}

function viewRichCompare(a: number, b: number, op: number): number {
  if (!isAnySet(b) && !isSetLikeView(b)) {
    I32[S.NotImplemented >> 2]++;
    return S.NotImplemented;
  }
  const la = A.length(a), lb = A.length(b);
  let ok = false;
  switch (op) {
    case opc.CMP_EQ:
    case opc.CMP_NE:
      if (la === lb) ok = allContainedIn(a, b);
      if (op === opc.CMP_NE) ok = !ok;
      break;
    case opc.CMP_LT: if (la < lb) ok = allContainedIn(a, b); break;
    case opc.CMP_LE: if (la <= lb) ok = allContainedIn(a, b); break;
    case opc.CMP_GT: if (la > lb) ok = allContainedIn(b, a); break;
    case opc.CMP_GE: if (la >= lb) ok = allContainedIn(b, a); break;
  }
  return A.newBool(ok);
}

/** dictviews_to_set: a new set of the view's items (or of any iterable). */
function toSet(o: number): number {
  if (I32[(o >> 2) + 1] === T_DICT_KEYS && I32[(viewDict(o) >> 2) + 1] === T_DICT) return makeNewSet(TYPES[T_SET], viewDict(o));
  return makeNewSet(TYPES[T_SET], o);
}

function viewAnd(a: number, b: number): number {
  let self = a, other = b;
  if (!isSetLikeView(self)) {
    self = b;
    other = a;
  }
  const lenSelf = viewLen(self);
  if (I32[(other >> 2) + 1] === T_SET && lenSelf <= setLen(other)) {
    const m = A.getAttrStr(other, 'intersection');
    try {
      return A.call(m, [self]);
    } finally {
      decref(m);
    }
  }
  if (isSetLikeView(other) && viewLen(other) > lenSelf) {
    const t = self;
    self = other;
    other = t;
  }
  const result = newSet();
  try {
    const keys = I32[(self >> 2) + 1] === T_DICT_KEYS;
    const it = A.getIter(other);
    try {
      for (;;) {
        const x = A.iterNext(it);
        if (x === 0) break;
        try {
          if (keys ? keysContains(self, x) : itemsContains(self, x)) setAdd(result, x);
        } finally {
          decref(x);
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

function callMethod(o: number, name: string, arg: number): void {
  const m = A.getAttrStr(o, name);
  try {
    decref(A.call(m, [arg]));
  } finally {
    decref(m);
  }
}

function viewNumber(a: number, b: number, nb: number): number {
  const op = nb & 0xff;
  const base = op >= opc.NB_INPLACE ? op - opc.NB_INPLACE : op;
  if (base === opc.NB_AND) return viewAnd(a, b);
  if (base !== opc.NB_OR && base !== opc.NB_SUBTRACT && base !== opc.NB_XOR) return 0;
  const result = toSet(a);
  try {
    if (base === opc.NB_OR) setUpdate(result, b);
    else callMethod(result, base === opc.NB_SUBTRACT ? 'difference_update' : 'symmetric_difference_update', b);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function viewIsDisjoint(self: number, other: number): number {
  if (self === other) return A.newBool(viewLen(self) === 0);
  let a = self, b = other;
  if ((isAnySet(other) || isSetLikeView(other)) && A.length(other) > viewLen(self)) {
    a = other;
    b = self;
  }
  const it = A.getIter(b);
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === 0) return A.newBool(true);
      let found: boolean;
      try {
        found = A.contains(a, x);
      } finally {
        decref(x);
      }
      if (found) return A.newBool(false);
    }
  } finally {
    decref(it);
  }
}

export function initDictViews(): void {
  for (const tid of [T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS]) {
    const t = TYPES[tid];
    t.basicsize = DICTVIEW_OBJ_SIZE;
    t.isGC = true;
    t.baseType = false;
    t.dealloc = viewDealloc;
    t.traverse = viewTraverse;
    t.clear = null;
    const s = t.slots;
    s.len = viewLen;
    s.iter = viewIter;
    s.repr = viewRepr;
    s.contains = tid === T_DICT_KEYS ? keysContains : tid === T_DICT_ITEMS ? itemsContains : valuesContains;
    defMethodNoArgs(tid, '__reversed__', viewReversed);
    defGetter(tid, 'mapping', (v) => newMappingProxy(viewDict(v)));
    if (tid !== T_DICT_VALUES) {
      s.richcompare = viewRichCompare;
      s.number = viewNumber;
      s.numberOps = ['and', 'or', 'sub', 'xor', 'rand', 'ror', 'rsub', 'rxor'];
      defMethodO(tid, 'isdisjoint', viewIsDisjoint);
      I32[S.None >> 2]++;
      defAttr(tid, '__hash__', S.None);
    }
  }
}
