// Inline caches for attribute and global lookups (after CPython 3.11's specialising interpreter).
//
// Each instruction owns four Int32 slots of `Code.ic` (index = (pc >> 1) * 4), and attribute loads
// and method lookups the same slots in three more quarters of it (more entries, see missAttr):
//
//   LOAD_GLOBAL          | globals dict | globals version | builtins version | value (borrowed)
//   LOAD_ATTR/LOAD_METHOD| type id      | TYPE_EPOCH      | kind             | descriptor (borrowed)
//   STORE_ATTR           | type id      | TYPE_EPOCH      | kind             | entry hint
//
// For an attribute found in the instance dict (kind K_NONE on loads, K_PLAIN on stores) the last
// slot remembers the dict entry index + 1 where it was: instances of a class usually insert their
// attributes in the same order, so checking that one entry's key (interned: compared by address)
// replaces the hash lookup, as CPython 3.11's LOAD_ATTR_INSTANCE_VALUE does with split keys.
//
// A dict's version word changes on every mutation and TYPE_EPOCH on every change to any type's
// dict, so a hit needs no hashing: the cached lookup result is still what a full lookup would
// return. Misses fall back to the generic protocol (abstract.ts) and refill the entry.

import { I32, TYPES, type TypeInfo, T_FUNCTION, T_METHOD_DESCR, T_TYPE, T_OBJECT, T_MODULE, T_INT, T_FLOAT, T_STR, T_TUPLE, T_BOOL, T_NONE, T_FROZENSET, T_BYTES } from '../runtime/object.js';
import { typeInfoOfTypeObject } from '../runtime/objects/type.js';
import { codeOf, FN_CODE } from '../runtime/objects/function.js';
import { CO_GENERATOR } from '../compiler/opcodes.js';
import { dictGet, dictSet, dictEntryIndex, dictReplaceAt, D_VERSION, D_NENTRIES, D_ENTRIES } from '../runtime/objects/dict.js';
import { STRS, STR_SLOT } from '../runtime/objects/str.js';
import { typeLookup, TYPE_EPOCH, isDataDescriptor, bindDescriptor, instanceDict, keepManagedUntracked } from '../runtime/objects/type.js';
import * as A from '../runtime/abstract.js';
import { raise, EXC } from '../runtime/objects/exception.js';

/** Cache kinds for attribute entries. */
export const K_NONE = 0;
const K_PLAIN = 1, K_DATA = 2, K_METHOD = 3, K_SLOW = 4;

function nameText(name: number): string {
  return STRS.items[I32[(name >> 2) + STR_SLOT]] as string;
}

/** Types whose attribute access is plain PyObject_GenericGetAttr (no custom getattr hooks). */
function plainGetattr(t: TypeInfo): boolean {
  if (t.slots.getattr) return false;
  if (!t.isHeap) return true;
  const ga = typeLookup(t, '__getattribute__');
  if (ga !== 0 && I32[(ga >> 2) + 1] === T_FUNCTION) return false;
  return typeLookup(t, '__getattr__') === 0;
}

export function loadGlobal(ic: Int32Array, i: number, globals: number, builtins: number, name: number): number {
  if (ic[i] === globals && ic[i + 1] === I32[(globals >> 2) + D_VERSION] && ic[i + 2] === I32[(builtins >> 2) + D_VERSION] && ic[i + 3] !== 0) {
    const v = ic[i + 3];
    I32[v >> 2]++;
    return v;
  }
  let v = dictGet(globals, name);
  if (v === 0) {
    v = dictGet(builtins, name);
    if (v === 0) return 0;
  }
  ic[i] = globals;
  ic[i + 1] = I32[(globals >> 2) + D_VERSION];
  ic[i + 2] = I32[(builtins >> 2) + D_VERSION];
  ic[i + 3] = v;
  I32[v >> 2]++;
  return v;
}

/** Entries per attribute-load or method-lookup site (CPython 3.11 keeps one; richards' task
 * types make four-way polymorphic sites). */
const IC_WAYS = 4;

/**
 * An attribute or method entry missed (another type, or a type changed since): returns the index
 * of the site's entry to use. The other entries of a site sit at the same slots in the other
 * quarters of `ic`: one that holds the type swaps places with the first; otherwise all move down
 * one (the last is dropped) and the first is filled anew. Polymorphic sites (a method called on instances
 * of a few classes: deltablue's constraints, richards' tasks) then hit one of their entries
 * instead of refilling one.
 */
function missAttr(ic: Int32Array, i: number, tid: number, name: number, forMethod: boolean): number {
  const q = ic.length / IC_WAYS;
  for (let e = i + q; e < ic.length; e += q) {
    if (ic[e] === tid && ic[e + 1] === TYPE_EPOCH) {
      // swap it with the first entry: a site that mostly sees one type hits at once
      const k = ic[e + 2], d = ic[e + 3];
      ic[e] = ic[i];
      ic[e + 1] = ic[i + 1];
      ic[e + 2] = ic[i + 2];
      ic[e + 3] = ic[i + 3];
      ic[i] = tid;
      ic[i + 1] = TYPE_EPOCH;
      ic[i + 2] = k;
      ic[i + 3] = d;
      return i;
    }
  }
  for (let to = i + (IC_WAYS - 1) * q; to > i; to -= q) {
    const from = to - q;
    ic[to] = ic[from];
    ic[to + 1] = ic[from + 1];
    ic[to + 2] = ic[from + 2];
    ic[to + 3] = ic[from + 3];
  }
  fillAttr(ic, i, TYPES[tid], name, forMethod);
  return i;
}

function fillAttr(ic: Int32Array, i: number, t: TypeInfo, name: number, forMethod: boolean): void {
  ic[i] = t.id;
  ic[i + 1] = TYPE_EPOCH;
  const s = nameText(name);
  if (t.attrMemoEpoch !== TYPE_EPOCH) {
    t.attrMemo.clear();
    t.attrMemoEpoch = TYPE_EPOCH;
  }
  let m = t.attrMemo.get(s);
  if (m === undefined) {
    m = attrKind(t, s);
    t.attrMemo.set(s, m);
  }
  const kind = m & 7;
  ic[i + 2] = kind === K_METHOD && !forMethod ? K_PLAIN : kind;
  ic[i + 3] = kind === K_SLOW ? 0 : (m - kind) / 8;
}

/** How `t` resolves attribute `s` for a method lookup: descriptor * 8 + kind (K_METHOD when the
 * class attribute is a function or method descriptor; a plain load treats that as K_PLAIN). */
function attrKind(t: TypeInfo, s: string): number {
  if (!plainGetattr(t) && !(t.getattrOnly !== undefined && !t.isHeap && !t.getattrOnly.has(s))) return K_SLOW;
  const d = typeLookup(t, s);
  if (d === 0) return K_NONE;
  if (isDataDescriptor(d)) return d * 8 + K_DATA;
  const dt = I32[(d >> 2) + 1];
  return d * 8 + (dt === T_FUNCTION || dt === T_METHOD_DESCR ? K_METHOD : K_PLAIN);
}

/** Word of a module object holding its dict (runtime/types.ts MOD_DICT). */
const MOD_DICT_WORD = 2;
const K_MODULE = 5;

/**
 * module.name (new reference), for LOAD_ATTR and LOAD_METHOD on modules (`math.sqrt`). The entry
 * is | T_MODULE | dict version | K_MODULE | value (borrowed) |: dict versions are unique across
 * dicts, so an unchanged version means the same module dict, unchanged. Names the module type
 * handles itself (data descriptors such as __dict__) are never cached.
 */
export function moduleAttr(ic: Int32Array, i: number, o: number, name: number): number {
  const md = I32[(o >> 2) + MOD_DICT_WORD];
  const ver = I32[(md >> 2) + D_VERSION];
  if (ic[i] === T_MODULE && ic[i + 2] === K_MODULE && ic[i + 1] === ver) {
    const v = ic[i + 3];
    I32[v >> 2]++;
    return v;
  }
  const v = dictGet(md, name);
  if (v === 0) return A.getAttr(o, name);
  const d = typeLookup(TYPES[T_MODULE], nameText(name));
  if (d !== 0 && isDataDescriptor(d)) return A.getAttr(o, name);
  ic[i] = T_MODULE;
  ic[i + 1] = ver;
  ic[i + 2] = K_MODULE;
  ic[i + 3] = v;
  I32[v >> 2]++;
  return v;
}

const K_CLASS = 6;

/** Types whose instances, found as class attributes, are returned as they are (no __get__, or
 * function.__get__(None, cls), which returns the function). */
function plainClassAttr(v: number): boolean {
  const vt = I32[(v >> 2) + 1];
  return vt === T_FUNCTION || vt === T_INT || vt === T_FLOAT || vt === T_STR || vt === T_TUPLE || vt === T_BOOL ||
    vt === T_NONE || vt === T_FROZENSET || vt === T_BYTES || vt === T_TYPE;
}

/**
 * Cls.name (new reference) for a class whose metaclass is `type` (`Strength.STRONG`,
 * `cls.helper`): | -(class id + 1) | TYPE_EPOCH | K_CLASS | value (borrowed) | when the name is
 * found in the class's MRO, is no data descriptor of `type`, and the value binds to itself.
 * Everything else goes through type's getattr.
 */
export function classAttr(ic: Int32Array, i: number, o: number, name: number): number {
  const t = typeInfoOfTypeObject(o);
  if (ic[i] === -(t.id + 1) && ic[i + 1] === TYPE_EPOCH && ic[i + 2] === K_CLASS) {
    const v = ic[i + 3];
    I32[v >> 2]++;
    return v;
  }
  const s = nameText(name);
  if (!s.startsWith('__')) {
    const v = typeLookup(t, s);
    if (v !== 0 && plainClassAttr(v)) {
      const md = typeLookup(TYPES[T_TYPE], s);
      if (md === 0 || !isDataDescriptor(md)) {
        ic[i] = -(t.id + 1);
        ic[i + 1] = TYPE_EPOCH;
        ic[i + 2] = K_CLASS;
        ic[i + 3] = v;
        I32[v >> 2]++;
        return v;
      }
    }
  }
  return A.getAttr(o, name);
}

/** The attribute for LOAD_METHOD when lookupMethod found no method to split off. */
export function methodFallback(ic: Int32Array, i: number, o: number, name: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_MODULE) return moduleAttr(ic, i, o, name);
  if (tid === T_TYPE) return classAttr(ic, i, o, name);
  return A.getAttr(o, name);
}

/** obj.name (new reference); throws AttributeError. */
export function loadAttr(ic: Int32Array, i: number, o: number, name: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_MODULE) return moduleAttr(ic, i, o, name);
  if (tid === T_TYPE) return classAttr(ic, i, o, name);
  const e0 = ic[i] === tid && ic[i + 1] === TYPE_EPOCH ? i : missAttr(ic, i, tid, name, false);
  const kind = ic[e0 + 2];
  if (kind === K_SLOW) return A.getAttr(o, name);
  const t = TYPES[tid];
  const d = ic[e0 + 3];
  if (kind === K_DATA) return bindAttr(d, o, t, name);
  if (t.dictOffset) {
    const idict = I32[(o >> 2) + t.dictOffset];
    if (idict !== 0) {
      if (kind === K_NONE) {
        const hint = ic[e0 + 3];
        if (hint !== 0 && hint <= I32[(idict >> 2) + D_NENTRIES]) {
          const e = (I32[(idict >> 2) + D_ENTRIES] >> 2) + (hint - 1) * 3;
          if (I32[e + 1] === name) {
            const v = I32[e + 2];
            I32[v >> 2]++;
            return v;
          }
        }
        const ix = dictEntryIndex(idict, name);
        if (ix >= 0) {
          ic[e0 + 3] = ix + 1;
          const v = I32[(I32[(idict >> 2) + D_ENTRIES] >> 2) + ix * 3 + 2];
          I32[v >> 2]++;
          return v;
        }
      } else {
        const v = dictGet(idict, name);
        if (v !== 0) {
          I32[v >> 2]++;
          return v;
        }
      }
    }
  }
  if (kind !== K_NONE) return bindAttr(d, o, t, name);
  return A.getAttr(o, name);
}

/** The descriptor's __get__ (a property's getter may raise): AttributeErrors get their context. */
function bindAttr(d: number, o: number, t: TypeInfo, name: number): number {
  try {
    return bindDescriptor(d, o, t);
  } catch (e) {
    A.attributeErrorContext(e, o, name);
    throw e;
  }
}

/**
 * LOAD_METHOD: when the attribute is a plain function/method descriptor on the type (and not
 * shadowed in the instance dict), returns it borrowed so the call can pass `o` as self without
 * creating a bound method; returns 0 otherwise (the caller does a normal getattr).
 */
export function lookupMethod(ic: Int32Array, i: number, o: number, name: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_MODULE || tid === T_TYPE) return 0; // the caller takes methodFallback (same entry, other layout)
  const e0 = ic[i] === tid && ic[i + 1] === TYPE_EPOCH ? i : missAttr(ic, i, tid, name, true);
  if (ic[e0 + 2] !== K_METHOD) return 0;
  const t = TYPES[tid];
  if (t.dictOffset) {
    const idict = I32[(o >> 2) + t.dictOffset];
    if (idict !== 0 && dictGet(idict, name) !== 0) return 0;
  }
  return ic[e0 + 3];
}

/** obj.name = v for instances with a plain __setattr__ and no data descriptor for the name. */
export function storeAttr(ic: Int32Array, i: number, o: number, name: number, v: number): void {
  const tid = I32[(o >> 2) + 1];
  if (TYPES[tid].isMeta) return A.setAttr(o, name, v);
  if (ic[i] !== tid || ic[i + 1] !== TYPE_EPOCH) {
    const t = TYPES[tid];
    ic[i] = tid;
    ic[i + 1] = TYPE_EPOCH;
    let kind = K_SLOW;
    if (t.isHeap && t.dictOffset && !t.slots.setattr && !t.slotOffsets) {
      const sa = typeLookup(t, '__setattr__');
      const plainSet = sa === 0 || I32[(sa >> 2) + 1] !== T_FUNCTION;
      const d = typeLookup(t, nameText(name));
      // (__class__ is object's data descriptor in CPython: assignment goes to A.setAttr's setClass)
      if (plainSet && (d === 0 || !isDataDescriptor(d)) && nameText(name) !== '__class__') kind = K_PLAIN;
    }
    ic[i + 2] = kind;
    ic[i + 3] = 0;
  }
  if (ic[i + 2] !== K_PLAIN) return A.setAttr(o, name, v);
  const d = instanceDict(o, true);
  const hint = ic[i + 3];
  if (hint !== 0 && hint <= I32[(d >> 2) + D_NENTRIES] && I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + (hint - 1) * 3 + 1] === name) {
    dictReplaceAt(d, hint - 1, v);
    return;
  }
  const ix = dictSet(d, name, v);
  keepManagedUntracked(d);
  ic[i + 3] = ix + 1;
}

/**
 * For a call of class `t` (whose metaclass is exactly `type`): the `__init__` Python function to
 * run in an inline frame when `__new__` is object's and `__init__` a plain (non-generator)
 * function, else 0. Cached on the type, valid while TYPE_EPOCH stands.
 */
export function inlineInitOf(t: TypeInfo): number {
  if (t.initEpoch === TYPE_EPOCH) return t.initFn;
  t.initEpoch = TYPE_EPOCH;
  t.initFn = 0;
  if (!t.isHeap) return 0;
  if (OBJECT_NEW === 0) OBJECT_NEW = typeLookup(TYPES[T_OBJECT], '__new__');
  if (typeLookup(t, '__new__') !== OBJECT_NEW) return 0;
  const init = typeLookup(t, '__init__');
  if (init === 0 || I32[(init >> 2) + 1] !== T_FUNCTION) return 0;
  if (codeOf(I32[(init >> 2) + FN_CODE]).co.flags & CO_GENERATOR) return 0;
  t.initFn = init;
  return init;
}
let OBJECT_NEW = 0;

export function nameErrorText(name: number): string {
  return nameText(name);
}

export { raise, EXC };
