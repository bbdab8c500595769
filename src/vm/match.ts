// The pattern-matching opcodes of the match statement (CPython 3.11's MATCH_CLASS, MATCH_MAPPING,
// MATCH_SEQUENCE, MATCH_KEYS, GET_LEN and COPY_DICT_WITHOUT_KEYS; see codegen.ts matchStmt).
// They run from the eval loop's rareOp on the frame's stack and, as every opcode, change the
// stack only once they succeeded.
//
// Which objects match a sequence or mapping pattern is CPython's Py_TPFLAGS_SEQUENCE /
// Py_TPFLAGS_MAPPING: list, tuple, range and collections.deque, dict and mappingproxy, their
// subclasses, and classes deriving from collections.abc's Sequence / Mapping ABCs (never str,
// bytes or bytearray).

import { I32, TYPES, type TypeInfo, T_LIST, T_TUPLE, T_RANGE, T_DICT, T_MAPPINGPROXY, T_STR, T_BYTES, T_TYPE, T_INT, T_BOOL,
  T_FLOAT, T_SET, T_FROZENSET, T_OBJECT, decref, incref } from '../runtime/object.js';
import * as A from '../runtime/abstract.js';
import { S } from '../runtime/abstract.js';
import * as op from '../compiler/opcodes.js';
import { raise, EXC, PyException, isSubtype } from '../runtime/objects/exception.js';
import { newInt } from '../runtime/objects/int.js';
import { tupleSize, tupleItem, tupleFromSteal, EMPTY_TUPLE } from '../runtime/objects/tuple.js';
import { newDict, dictDel, dictGet } from '../runtime/objects/dict.js';
import { newSet, setAdd, setContains } from '../runtime/objects/set.js';
import { strValue } from '../runtime/objects/str.js';
import { typeInfoOfTypeObject, typeDict } from '../runtime/objects/type.js';
import { isInstance } from '../runtime/builtins/builtins.js';
import { rt } from './runtime-hooks.js';
import type { Frame } from './frame.js';

const SEQ = 1, MAP = 2;

/** Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING of a type, inherited along the MRO. */
function collectionKind(t: TypeInfo): number {
  for (const b of t.mro) {
    switch (b.id) {
      case T_LIST: case T_TUPLE: case T_RANGE: return SEQ;
      case T_DICT: case T_MAPPINGPROXY: return MAP;
      case T_STR: case T_BYTES: return 0;
    }
    if (b.name === 'bytearray' && !b.isHeap) return 0;
    if (!b.isHeap) continue;
    const d = typeDict(b);
    const m = A.dictGetStr(d, '__module__');
    const mod = m !== 0 && I32[(m >> 2) + 1] === T_STR ? strValue(m) : '';
    if (mod === 'collections.abc' || mod === '_collections_abc') {
      if (b.name === 'Sequence' || b.name === 'MutableSequence') return SEQ;
      if (b.name === 'Mapping' || b.name === 'MutableMapping') return MAP;
    }
    if (mod === 'collections' && b.name === 'deque') return SEQ;
  }
  return 0;
}

/** _Py_TPFLAGS_MATCH_SELF: `case int(x)` binds the subject itself. */
function matchesSelf(t: TypeInfo): boolean {
  for (const b of t.mro) {
    switch (b.id) {
      case T_BOOL: case T_INT: case T_FLOAT: case T_STR: case T_BYTES: case T_LIST: case T_TUPLE: case T_DICT:
      case T_SET: case T_FROZENSET:
        return true;
    }
    if (b.name === 'bytearray' && !b.isHeap) return true;
  }
  return false;
}

function isAttributeError(e: unknown): e is PyException {
  return e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.AttributeError);
}

/** match_class_attr: the attribute, or 0 when the subject has none. */
function classAttr(subject: number, t: TypeInfo, name: number, seen: number): number {
  if (setContains(seen, name)) {
    throw raise(EXC.TypeError, `${t.name}() got multiple sub-patterns for attribute ${A.reprJS(name)}`);
  }
  setAdd(seen, name);
  try {
    return A.getAttr(subject, name);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    decref(e.exc);
    return 0;
  }
}

/** match_class: the tuple of attributes to match, or 0 (no match). */
function matchClass(subject: number, type: number, nargs: number, kwargs: number): number {
  if (!TYPES[I32[(type >> 2) + 1]].isMeta && I32[(type >> 2) + 1] !== T_TYPE) {
    throw raise(EXC.TypeError, 'called match pattern must be a type');
  }
  if (!isInstance(subject, type)) return 0;
  const t = typeInfoOfTypeObject(type);
  const seen = newSet();
  const attrs: number[] = [];
  try {
    if (nargs) {
      let matchArgs = 0, matchSelf = false;
      try {
        matchArgs = A.getAttrStr(type, '__match_args__');
      } catch (e) {
        if (!isAttributeError(e)) throw e;
        decref(e.exc);
        matchSelf = matchesSelf(t);
      }
      try {
        if (matchArgs !== 0 && I32[(matchArgs >> 2) + 1] !== T_TUPLE) {
          throw raise(EXC.TypeError, `${t.name}.__match_args__ must be a tuple (got ${A.typeName(matchArgs)})`);
        }
        const allowed = matchSelf ? 1 : matchArgs !== 0 ? tupleSize(matchArgs) : 0;
        if (allowed < nargs) {
          throw raise(EXC.TypeError, `${t.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
        }
        if (matchSelf) {
          incref(subject);
          attrs.push(subject);
        }
        else {
          for (let i = 0; i < nargs; i++) {
            const name = tupleItem(matchArgs, i);
            if (I32[(name >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `__match_args__ elements must be strings (got ${A.typeName(name)})`);
            const a = classAttr(subject, t, name, seen);
            if (a === 0) return 0;
            attrs.push(a);
          }
        }
      } finally {
        if (matchArgs !== 0) decref(matchArgs);
      }
    }
    for (let i = 0; i < tupleSize(kwargs); i++) {
      const a = classAttr(subject, t, tupleItem(kwargs, i), seen);
      if (a === 0) return 0;
      attrs.push(a);
    }
    const r = tupleFromSteal(attrs);
    attrs.length = 0;
    return r;
  } finally {
    for (const a of attrs) decref(a);
    decref(seen);
  }
}

/** match_keys: the values of `keys` in the mapping, or 0 when one is missing. */
function matchKeys(map: number, keys: number): number {
  const n = tupleSize(keys);
  if (n === 0) return (incref(EMPTY_TUPLE), EMPTY_TUPLE);
  const exactDict = I32[(map >> 2) + 1] === T_DICT;
  const get = exactDict ? 0 : A.getAttrStr(map, 'get');
  const seen = newSet();
  const dummy = exactDict ? 0 : A.call(TYPES[T_OBJECT].addr, []);
  const values: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const key = tupleItem(keys, i);
      if (setContains(seen, key)) throw raise(EXC.ValueError, `mapping pattern checks duplicate key (${A.reprJS(key)})`);
      setAdd(seen, key);
      let v: number;
      if (exactDict) {
        v = dictGet(map, key);
        if (v === 0) return 0;
        incref(v);
      } else {
        v = A.call(get, [key, dummy]);
        if (v === dummy) {
          decref(v);
          return 0;
        }
      }
      values.push(v);
    }
    const r = tupleFromSteal(values);
    values.length = 0;
    return r;
  } finally {
    for (const v of values) decref(v);
    decref(seen);
    if (get) decref(get);
    if (dummy) decref(dummy);
  }
}

/** Run one pattern-matching opcode on f's stack (top at sp - 1); returns the new sp. */
export function matchOp(f: Frame, opcode: number, arg: number, sp: number): number {
  const regs = f.regs;
  switch (opcode) {
    case op.GET_LEN: {
      const n = A.length(regs[sp - 1]);
      regs[sp++] = newInt(n);
      return sp;
    }
    case op.MATCH_SEQUENCE:
    case op.MATCH_MAPPING: {
      const kind = collectionKind(TYPES[I32[(regs[sp - 1] >> 2) + 1]]);
      regs[sp++] = A.newBool(kind === (opcode === op.MATCH_SEQUENCE ? SEQ : MAP));
      return sp;
    }
    case op.MATCH_KEYS: {
      const r = matchKeys(regs[sp - 2], regs[sp - 1]);
      regs[sp++] = r === 0 ? (incref(S.None), S.None) : r;
      return sp;
    }
    case op.COPY_DICT_WITHOUT_KEYS: {
      const keys = regs[sp - 1];
      const rest = newDict();
      try {
        rt.dictUpdateFrom(rest, regs[sp - 2]);
        for (let i = 0; i < tupleSize(keys); i++) {
          if (!dictDel(rest, tupleItem(keys, i))) throw raise(EXC.KeyError, A.reprJS(tupleItem(keys, i)));
        }
      } catch (e) {
        decref(rest);
        throw e;
      }
      regs[sp - 1] = rest;
      decref(keys);
      return sp;
    }
    case op.MATCH_CLASS: {
      const names = regs[sp - 1], type = regs[sp - 2], subject = regs[sp - 3];
      const r = matchClass(subject, type, arg, names);
      sp -= 3;
      regs[sp++] = r === 0 ? (incref(S.None), S.None) : r;
      decref(names);
      decref(type);
      decref(subject);
      return sp;
    }
  }
  throw raise(EXC.SystemError, `unknown opcode ${opcode}`);
}
