// type: type objects, classes, instances, attribute lookup, descriptors and super.
//
// Type object (GC):                     Plain instance of a class (GC):
//   8  id       type id (TYPES index)     8  dict     instance __dict__ (0 until first set)
//  12  dict     the type's __dict__      12  weaklist weak references (0 = none)
//  16  name     str                      16+ slots   __slots__ values
//  20  bases    tuple
//  24  mro      tuple
//  28  qualname str
//  32  weaklist weak references to the class (0 = none)
//  size 36 (+16) -> 64
//
// Lookup follows CPython's _PyType_Lookup (walk the MRO's dicts) with a per-type cache that is
// emptied whenever any type's dict changes (TYPE_EPOCH). Attribute access on instances follows
// PyObject_GenericGetAttr: data descriptor on the type, then the instance dict, then non-data
// descriptors / plain class attributes.

import { I32, T_TYPE, T_OBJECT, T_FUNCTION, T_STATICMETHOD, T_CLASSMETHOD, T_PROPERTY, T_METHOD_DESCR, T_CLASSMETHOD_DESCR,
  T_SUPER, T_STR, TYPES, type TypeInfo, newTypeInfo, allocGCObject, freeGCObject, decref, xdecref, type Visit,
  T_FIRST_DYNAMIC, GC_NEXT, GC_FLAGS, GCF_MANAGED } from '../object.js';
import { gcTrack, gcUntrack, gcState } from '../gc/generations.js';
import { newDict, newManagedDict, dictGetStr, dictSet, dictTraverse, dictNext, dictEntryKey, dictEntryValue, dictLen } from './dict.js';
import { newStr, strValue, internedStr } from './str.js';
import { tupleFrom, tupleItems, tupleSize, tupleItem } from './tuple.js';
import { newMethod, newBuiltinFromSlot, MD_SLOT, MD_OWNER, BUILTINS } from './function.js';
import { raise, EXC } from './exception.js';

export const TY_ID = 2, TY_DICT = 3, TY_NAME = 4, TY_BASES = 5, TY_MRO = 6, TY_QUALNAME = 7, TY_WEAKLIST = 8;
/** A class's weak reference to itself held for its bases' tp_subclasses (CPython's add_subclass:
 * one basic weakref, shared with weakref.ref(cls)); 0 for builtin types. Not traversed. */
export const TY_SUBREF = 9;
/** A class with __slots__: the tuple of its own slot names (CPython's ht_slots), or 0. */
export const TY_SLOTS = 10;
/** A class's solid base (CPython's tp_base, a counted reference), 0 for builtin types. */
export const TY_BASE = 11;
export const TYPE_SIZE = (TY_BASE + 1) * 4;
export const INST_DICT = 2, INST_WEAKLIST = 3;
export const INSTANCE_BASE_SIZE = 16;

/** Bumped whenever a type dict changes: invalidates every type's lookup cache. */
export let TYPE_EPOCH = 1;
export function typeModified(): void {
  TYPE_EPOCH++;
}

/** Allocate the heap object for a TypeInfo (dict empty; bases/mro set by the caller). */
export function allocTypeObject(t: TypeInfo, name: string, meta: TypeInfo | null = null, dict = 0): number {
  const d = dict || newDict();
  const a = allocGCObject(meta ? meta.id : T_TYPE, TYPE_SIZE);
  if (meta && meta.isHeap) I32[meta.addr >> 2]++;
  const w = a >> 2;
  I32[w + TY_ID] = t.id;
  I32[w + TY_DICT] = d;
  I32[w + TY_NAME] = newStr(name);
  I32[w + TY_BASES] = 0;
  I32[w + TY_MRO] = 0;
  // a static type's qualname is its tp_name after the module part ('_io.TextIOWrapper')
  I32[w + TY_QUALNAME] = newStr(t.isHeap ? name : name.slice(name.lastIndexOf('.') + 1));
  I32[w + TY_WEAKLIST] = 0;
  I32[w + TY_SUBREF] = 0;
  I32[w + TY_SLOTS] = 0;
  I32[w + TY_BASE] = 0;
  t.addr = a;
  gcTrack(a);
  return a;
}

export function typeInfoOfTypeObject(a: number): TypeInfo {
  return TYPES[I32[(a >> 2) + TY_ID]];
}

export function typeDict(t: TypeInfo): number {
  return I32[(t.addr >> 2) + TY_DICT];
}

/** Set the bases and mro tuples of a type object from TypeInfos. */
export function setBasesAndMro(t: TypeInfo, bases: TypeInfo[], mro: TypeInfo[], basesTuple = 0): void {
  const w = t.addr >> 2;
  xdecref(I32[w + TY_BASES]);
  xdecref(I32[w + TY_MRO]);
  if (basesTuple !== 0) I32[basesTuple >> 2]++;
  I32[w + TY_BASES] = basesTuple || tupleFrom(bases.map((b) => b.addr));
  I32[w + TY_MRO] = tupleFrom(mro.map((b) => b.addr));
  t.mro = mro;
}

/** Borrowed reference to the attribute `name` found along t's MRO, or 0. */
export function typeLookup(t: TypeInfo, name: string): number {
  if (t.cacheEpoch !== TYPE_EPOCH) {
    t.cache.clear();
    t.cacheEpoch = TYPE_EPOCH;
  } else {
    const c = t.cache.get(name);
    if (c !== undefined) return c;
  }
  let found = 0;
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const v = dictGetStr(I32[(mro[i].addr >> 2) + TY_DICT], name);
    if (v !== 0) {
      found = v;
      break;
    }
  }
  t.cache.set(name, found);
  return found;
}

// ---- C3 linearization ------------------------------------------------------------------------

export function computeMro(t: TypeInfo, bases: TypeInfo[]): TypeInfo[] {
  const seqs: TypeInfo[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: TypeInfo[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (!nonEmpty.length) return out;
    let cand: TypeInfo | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (!cand) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))];
      throw raise(EXC.TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

// ---- instances -------------------------------------------------------------------------------

/** Allocate an instance of heap type t (all fields zero). New reference; owns a ref to the type. */
export function allocInstance(t: TypeInfo): number {
  const a = allocGCObject(t.id, t.basicsize);
  const w = a >> 2;
  for (let i = 2; i < t.basicsize >> 2; i++) I32[w + i] = 0;
  if (t.isHeap) I32[t.addr >> 2]++;
  gcTrack(a);
  return a;
}

/**
 * Borrowed instance dict (0 when the type has none or it was never created).
 *
 * Like CPython 3.11's "managed dict", an instance's attribute dict is part of the instance as
 * far as the GC is concerned: it is not counted as a GC allocation, never tracked on its own,
 * and the instance's traverse visits its contents. So a cycle of two instances is 2 objects for
 * gc.collect(), as in CPython. Asking for `__dict__` materialises it into an ordinary dict
 * (materializeInstanceDict), again as CPython does.
 */
export function instanceDict(o: number, create: boolean): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.dictOffset === 0) return 0;
  let d = I32[(o >> 2) + t.dictOffset];
  // CPython 3.11 manages the dict of instances of classes whose solid base is object only; a
  // subclass of list, dict, int, an exception... has an ordinary dict
  if (d === 0 && create && (t.plainDict || !managedDictType(t))) {
    d = newDict();
    I32[(o >> 2) + t.dictOffset] = d;
  } else if (d === 0 && create) {
    d = newManagedDict();
    I32[(o >> 2) + t.dictOffset] = d;
  }
  return d;
}

function managedDictType(t: TypeInfo): boolean {
  const solid = solidBase(t);
  return solid === null || solid.id === T_OBJECT;
}

/** `obj.__dict__`: turn the managed dict into an ordinary (counted, trackable) dict. New ref. */
export function materializeInstanceDict(o: number): number {
  const d = instanceDict(o, true);
  if (I32[(d >> 2) + GC_FLAGS] & GCF_MANAGED) {
    I32[(d >> 2) + GC_FLAGS] &= ~GCF_MANAGED;
    gcState.generations[0].count++;
    let tracked = false;
    dictTraverse(d, (x) => {
      const xt = TYPES[I32[(x >> 2) + 1]];
      if (xt.isGC && (xt.id !== 7 || I32[(x >> 2) + GC_NEXT] !== 0)) tracked = true;
    });
    if (tracked) gcTrack(d);
  }
  I32[d >> 2]++;
  return d;
}

/** After an attribute store: a managed dict must stay untracked. */
export function keepManagedUntracked(d: number): void {
  if (I32[(d >> 2) + GC_FLAGS] & GCF_MANAGED && I32[(d >> 2) + GC_NEXT] !== 0) gcUntrack(d);
}

/** The first builtin type along the base chain: it owns the non-Python part of the layout. */
export function solidBase(t: TypeInfo): TypeInfo | null {
  // memoized: a class's base chain is fixed once it exists (traversal asks on every GC visit)
  if (t.solidMemo !== undefined) return t.solidMemo;
  let b = t.base;
  while (b && b.isHeap) b = b.base;
  if (t.mro.length > 0) t.solidMemo = b;
  return b;
}

export function instanceTraverse(a: number, visit: Visit): void {
  const t = TYPES[I32[(a >> 2) + 1]];
  const w = a >> 2;
  const solid = solidBase(t);
  if (solid && solid.traverse && solid.traverse !== instanceTraverse) solid.traverse(a, visit);
  // (a dict slot of the builtin base, e.g. BaseException's, is visited by the base's traverse)
  if (t.dictOffset && !(solid && solid.dictOffset === t.dictOffset && solid.traverse && solid.traverse !== instanceTraverse)) {
    const d = I32[w + t.dictOffset];
    if (d !== 0) {
      if (I32[(d >> 2) + GC_FLAGS] & GCF_MANAGED) dictTraverse(d, visit);
      else visit(d);
    }
  }
  if (t.slotOffsets) for (const off of t.slotOffsets.values()) if (I32[w + off] !== 0) visit(I32[w + off]);
  if (t.isHeap) visit(t.addr);
}

export function instanceClear(a: number): void {
  const t = TYPES[I32[(a >> 2) + 1]];
  const w = a >> 2;
  if (t.slotOffsets) {
    for (const off of t.slotOffsets.values()) {
      const v = I32[w + off];
      I32[w + off] = 0;
      xdecref(v);
    }
  }
  if (t.dictOffset) {
    const d = I32[w + t.dictOffset];
    I32[w + t.dictOffset] = 0;
    xdecref(d);
  }
  const solid = solidBase(t);
  if (solid && solid.clear && solid.clear !== instanceClear) solid.clear(a);
}

// ---- type object dealloc / traverse ------------------------------------------------------------

export function typeDealloc(a: number): void {
  gcUntrack(a);
  // remove_all_subclasses: the bases drop their weak reference to this class
  const sub = I32[(a >> 2) + TY_SUBREF], slots = I32[(a >> 2) + TY_SLOTS], tpBase = I32[(a >> 2) + TY_BASE];
  I32[(a >> 2) + TY_SUBREF] = I32[(a >> 2) + TY_SLOTS] = I32[(a >> 2) + TY_BASE] = 0;
  xdecref(sub);
  xdecref(slots);
  xdecref(tpBase);
  typeClear(a);
  const w = a >> 2;
  xdecref(I32[w + TY_NAME]);
  xdecref(I32[w + TY_QUALNAME]);
  I32[w + TY_NAME] = 0;
  I32[w + TY_QUALNAME] = 0;
  const t = TYPES[I32[w + TY_ID]];
  const meta = TYPES[I32[w + 1]];
  if (t && t.addr === a) {
    for (const b of t.mro) if (b !== t) b.subclasses = b.subclasses.filter((s) => s !== t);
    t.addr = 0;
    freeTypeIds.push(t.id);
  }
  freeGCObject(a);
  // a heap metatype's reference is dropped by subtypeDealloc, which called us
  void meta;
}

export function typeTraverse(a: number, visit: Visit): void {
  const w = a >> 2;
  // type_traverse's order: tp_dict, tp_mro, tp_bases, then tp_base (the solid base)
  for (const off of [TY_DICT, TY_MRO, TY_BASES, TY_BASE]) if (I32[w + off] !== 0) visit(I32[w + off]);
}

export function typeClear(a: number): void {
  const w = a >> 2;
  for (const off of [TY_DICT, TY_BASES, TY_MRO]) {
    const v = I32[w + off];
    I32[w + off] = 0;
    xdecref(v);
  }
  typeModified();
}

const freeTypeIds: number[] = [];
let nextTypeId = T_FIRST_DYNAMIC;

export function allocTypeId(): number {
  const id = freeTypeIds.pop();
  if (id !== undefined) return id;
  return nextTypeId++;
}

// ---- descriptors -----------------------------------------------------------------------------

/**
 * staticmethod / classmethod / property objects: [refcnt, type, f1, f2, f3, doc], and for
 * property a flags word (PROP_GETTER_DOC: the doc came from the getter) and its name (a str set
 * by __set_name__, for the "has no setter" messages; 0 if none). A subclass instance
 * (class P(property)) continues with its __dict__ and weaklist words (TypeInfo.basicsize).
 */
export const DESCR_F1 = 2, DESCR_F2 = 3, DESCR_F3 = 4, DESCR_DOC = 5, DESCR_FLAGS = 6, PROP_NAME = 7;
export const DESCR_SIZE = 24, PROPERTY_SIZE = 32;
export const PROP_GETTER_DOC = 1;

/** New descriptor object of type `tid` (a builtin one or a subclass). New reference. */
export function newDescrObject(tid: number, f1: number, f2: number, f3: number, doc: number): number {
  const t = TYPES[tid];
  const a = allocGCObject(tid, t.basicsize);
  const w = a >> 2;
  for (let i = DESCR_F1; i < t.basicsize >> 2; i++) I32[w + i] = 0;
  for (const [off, v] of [[DESCR_F1, f1], [DESCR_F2, f2], [DESCR_F3, f3], [DESCR_DOC, doc]] as const) {
    if (v !== 0) I32[v >> 2]++;
    I32[w + off] = v;
  }
  if (t.isHeap) I32[t.addr >> 2]++;
  gcTrack(a);
  return a;
}

/** Replace field `off` of a descriptor object (v borrowed, 0 for none). */
export function descrSetField(a: number, off: number, v: number): void {
  const old = I32[(a >> 2) + off];
  if (v !== 0) I32[v >> 2]++;
  I32[(a >> 2) + off] = v;
  xdecref(old);
}

export function descrObjectDealloc(a: number): void {
  gcUntrack(a);
  descrObjectClear(a);
  freeGCObject(a);
}

export function descrObjectTraverse(a: number, visit: Visit): void {
  const w = a >> 2;
  for (let i = DESCR_F1; i <= DESCR_DOC; i++) if (I32[w + i] !== 0) visit(I32[w + i]);
}

export function descrObjectClear(a: number): void {
  const w = a >> 2;
  for (let i = DESCR_F1; i <= DESCR_DOC; i++) {
    const v = I32[w + i];
    I32[w + i] = 0;
    xdecref(v);
  }
}

export function propertyClear(a: number): void {
  descrObjectClear(a);
  const name = I32[(a >> 2) + PROP_NAME];
  I32[(a >> 2) + PROP_NAME] = 0;
  xdecref(name);
}

export function propertyDealloc(a: number): void {
  gcUntrack(a);
  propertyClear(a);
  freeGCObject(a);
}

/**
 * Bind a class attribute found on the type to an instance (`obj` = 0 for access on the class
 * itself, with `cls` the class). Returns a new reference. Python-level __get__ is handled by the
 * caller (abstract.ts) through `descrGetHook`.
 */
export function bindDescriptor(v: number, obj: number, cls: TypeInfo): number {
  const tid = I32[(v >> 2) + 1];
  switch (tid) {
    case T_FUNCTION:
      if (obj === 0) break;
      return newMethod(v, obj);
    case T_STATICMETHOD: {
      const f = I32[(v >> 2) + DESCR_F1];
      if (f === 0) throw raise(EXC.RuntimeError, 'uninitialized staticmethod object');
      I32[f >> 2]++;
      return f;
    }
    case T_CLASSMETHOD:
      if (I32[(v >> 2) + DESCR_F1] === 0) throw raise(EXC.RuntimeError, 'uninitialized classmethod object');
      return classmethodBind(I32[(v >> 2) + DESCR_F1], cls);
    case T_METHOD_DESCR:
      if (obj === 0) break;
      return newBuiltinFromSlot(I32[(v >> 2) + MD_SLOT], obj);
    case T_CLASSMETHOD_DESCR:
      return newBuiltinFromSlot(I32[(v >> 2) + MD_SLOT], cls.addr);
    case T_PROPERTY:
      if (obj === 0) break;
      return descrGetHook.property(v, obj);
    default: {
      const t = TYPES[tid];
      if (t.isHeap || t.slots.descrGet) {
        const r = descrGetHook.generic(v, obj, cls);
        if (r !== 0) return r;
      }
    }
  }
  I32[v >> 2]++;
  return v;
}

/**
 * What a classmethod wrapping `f` gives for class `cls` (3.11's cm_descr_get): a method bound to
 * the class, or, when `f` is itself a descriptor (a property, another classmethod, an object
 * with __get__), whatever it gives for the class as instance and owner. New reference.
 */
export function classmethodBind(f: number, cls: TypeInfo): number {
  const ft = I32[(f >> 2) + 1];
  if (ft !== T_FUNCTION && (ft === T_PROPERTY || ft === T_STATICMETHOD || ft === T_CLASSMETHOD
      || (TYPES[ft].isHeap && typeLookup(TYPES[ft], '__get__') !== 0))) {
    return bindDescriptor(f, cls.addr, cls);
  }
  return newMethod(f, cls.addr);
}

/** Filled by abstract.ts: property getter call and Python-level __get__. */
export const descrGetHook = {
  property: (_p: number, _obj: number): number => 0,
  generic: (_d: number, _obj: number, _cls: TypeInfo): number => 0,
};

/** Is `v` a data descriptor (has __set__/__delete__)? */
export function isDataDescriptor(v: number): boolean {
  const tid = I32[(v >> 2) + 1];
  if (tid === T_PROPERTY) return true;
  if (tid < T_FIRST_DYNAMIC) return TYPES[tid].slots.isDataDescr === true;
  const t = TYPES[tid];
  return t.isHeap && (typeLookup(t, '__set__') !== 0 || typeLookup(t, '__delete__') !== 0);
}

