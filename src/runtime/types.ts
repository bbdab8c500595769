// Bootstrap: the address space, the pools of shared objects, every builtin type object, and the
// behaviour of the core types that everything else stands on (object, type, None, functions,
// methods, descriptors, super, exceptions). Container and scalar types fill their own slots in
// their init functions, called from initRuntime().

import { initAddressSpace } from './mem/addressspace.js';
import { isidentifier } from './objects/strlib.js';
import { I32, F64, TYPES, type TypeInfo, type KwArgs, newTypeInfo, allocObject, freeObject, decref, xdecref, incref,
  T_TYPE, T_OBJECT, T_NONE, T_BOOL, T_INT, T_FLOAT, T_STR, T_TUPLE, T_LIST, T_DICT, T_SET, T_FROZENSET, T_RANGE, T_SLICE,
  T_FUNCTION, T_BUILTIN, T_METHOD, T_CELL, T_CODE, T_MODULE, T_GENERATOR, T_NOTIMPL, T_ELLIPSIS, T_PROPERTY, T_STATICMETHOD,
  T_CLASSMETHOD, T_METHOD_DESCR, T_CLASSMETHOD_DESCR, T_LIST_ITER, T_TUPLE_ITER, T_RANGE_ITER, T_STR_ITER, T_DICT_KEYITER, T_DICT_REVKEYITER, T_DICT_REVVALUEITER, T_DICT_REVITEMITER,
  T_DICT_VALUEITER, T_DICT_ITEMITER, T_SET_ITER, T_ENUMERATE, T_ZIP, T_MAP, T_FILTER, T_LIST_REVITER, T_DICT_KEYS,
  T_DICT_VALUES, T_DICT_ITEMS, T_SUPER, T_BYTES, T_FRAME, T_TRACEBACK, T_WEAKREF, T_CALL_ITER, T_SEQ_ITER, T_BASE_EXCEPTION,
  T_WEAKPROXY, T_GETSET, T_MEMBER, T_COMPLEX, T_BYTES_ITER, T_MAPPINGPROXY, T_REVERSED, GC_FLAGS, GCF_FINALIZED, allocGCObject, freeGCObject,
  type Visit, newSlots, gcHooks } from './object.js';
import { initGenerations, gcTrack, gcUntrack, isTracked } from './gc/generations.js';
import { newWeakref } from './gc/weakref.js';
import { initSmallInts, newInt, intDealloc, INT_SIZE, IMMORTAL_REFCNT, intNumber } from './objects/int.js';
import { floatDealloc } from './objects/float.js';
import { initStrings, newStr, strValue, strDealloc, internedStr, isNameChars, internSteal } from './objects/str.js';
import { initTuples, tupleDealloc, tupleTraverse, tupleFrom, tupleFromSteal, tupleItems, tupleSize, tupleItem, newTuple } from './objects/tuple.js';
import { listDealloc, listTraverse, listClearSlot, newList, listAppend, listFromSteal, listItems } from './objects/list.js';
import { newDict, dictDealloc, dictTraverse, dictClear, dictLen, dictGetStr, dictSet, dictGet, dictKeys, dictNext, dictEntryKey, dictEntryValue, dictCopy, dictPop } from './objects/dict.js';
import { FN_WEAKLIST, BF_WEAKLIST, BF_SIZE, functionDealloc, functionTraverse, functionClear, cellDealloc, cellTraverse, cellClear, methodDealloc, methodTraverse,
  builtinDealloc, builtinTraverse, codeDealloc, newCodeObject, type Code, FN_NAME, FN_QUALNAME, FN_DOC, FN_MODULE, FN_DICT, FN_DEFAULTS, FN_ANNOTATIONS,
  FN_KWDEFAULTS, FN_CODE, FN_GLOBALS, FN_CLOSURE, M_FUNC, M_SELF, BF_SELF, builtinOf, MD_SLOT, MD_OWNER, BUILTINS, CELL_REF, codeOf,
  newBuiltinFromSlot, newMethod, METHOD_SIZE, M_WEAKLIST } from './objects/function.js';
import { EXC, EXC_SIZE, EXC_ARGS, EXC_TB, EXC_CONTEXT, EXC_CAUSE, EXC_SUPPRESS, EXC_VALUE, EXC_OBJ, EXC_DICT, raise, PyException,
  exceptionTraverse, exceptionClear, exceptionDeallocBase, newExceptionObject, isSubtype, excSet } from './objects/exception.js';
import { allocTypeObject, setBasesAndMro, typeDealloc, typeTraverse, typeClear, typeLookup, computeMro, allocInstance, instanceTraverse,
  instanceClear, typeInfoOfTypeObject, typeDict, allocTypeId, bindDescriptor, classmethodBind, newDescrObject, descrObjectDealloc, descrObjectTraverse,
  descrObjectClear, propertyClear, propertyDealloc, PROP_NAME, DESCR_F1, DESCR_F2, DESCR_F3, DESCR_DOC, DESCR_FLAGS, DESCR_SIZE, PROPERTY_SIZE, PROP_GETTER_DOC, descrSetField, TY_NAME, TY_QUALNAME, TY_BASES, TY_MRO, TY_DICT, TY_WEAKLIST, TY_SUBREF, TY_SLOTS, TY_BASE, TYPE_SIZE, typeModified, isDataDescriptor,
  INST_DICT, materializeInstanceDict } from './objects/type.js';
import * as A from './abstract.js';
import { S } from './abstract.js';
import { PyErr } from './objects/pyerr.js';
import { defMethod, defAttr, parseArgs } from './builtins/define.js';
import { REFLECTED } from './number.js';
import * as op from '../compiler/opcodes.js';
import type { CodeObject, ConstValue } from '../compiler/code.js';
import { genDealloc, genTraverse, initGeneratorType, GEN_SIZE, GEN_WEAKLIST } from '../vm/generator.js';
import { initFrameObjectType } from '../vm/frameobject.js';
import { tracebackDealloc, tracebackTraverse } from '../vm/traceback.js';
import { rt } from '../vm/runtime-hooks.js';
import { tpCallSource } from './tpcall.js';
import { newFloat } from './objects/float.js';
import { frozensetConstant } from './objects/set.js';
import { newMappingProxy } from './objects/mappingproxy.js';

// ---- the fixed builtin types -----------------------------------------------------------------

function mk(id: number, name: string, base: TypeInfo | null, size: number, isGC: boolean): TypeInfo {
  const t = newTypeInfo(id, name, base, size, isGC);
  t.slots = newSlots();
  t.baseType = false;
  return t;
}

function noDealloc(_a: number): void {
  throw new Error('internal: deallocating an immortal object');
}

/** Create TypeInfos for all fixed ids (heap type objects come later, once the heap exists). */
function declareTypes(): void {
  const obj = mk(T_OBJECT, 'object', null, 8, false);
  obj.baseType = true;
  const type = mk(T_TYPE, 'type', obj, TYPE_SIZE, true);
  type.weaklistOffset = TY_WEAKLIST;
  type.baseType = true;
  type.isMeta = true;
  mk(T_NONE, 'NoneType', obj, 8, false).dealloc = noDealloc;
  const int = mk(T_INT, 'int', obj, INT_SIZE, false);
  int.baseType = true;
  int.dealloc = intDealloc;
  const bool = mk(T_BOOL, 'bool', int, INT_SIZE, false);
  bool.dealloc = noDealloc;
  const flt = mk(T_FLOAT, 'float', obj, 16, false);
  flt.baseType = true;
  flt.dealloc = floatDealloc;
  const cpx = mk(T_COMPLEX, 'complex', obj, 24, false);
  cpx.baseType = true;
  cpx.dealloc = (a) => (TYPES[I32[(a >> 2) + 1]].isGC ? freeGCObject(a) : freeObject(a));
  const str = mk(T_STR, 'str', obj, 24, false);
  str.baseType = true;
  str.dealloc = strDealloc;
  const tuple = mk(T_TUPLE, 'tuple', obj, 16, true);
  tuple.baseType = true;
  tuple.dealloc = tupleDealloc;
  tuple.traverse = tupleTraverse;
  const list = mk(T_LIST, 'list', obj, 20, true);
  list.baseType = true;
  list.dealloc = listDealloc;
  list.traverse = listTraverse;
  list.clear = listClearSlot;
  const dict = mk(T_DICT, 'dict', obj, 36, true);
  dict.baseType = true;
  dict.dealloc = dictDealloc;
  dict.traverse = dictTraverse;
  dict.clear = dictClear;
  for (const [id, name] of [[T_SET, 'set'], [T_FROZENSET, 'frozenset']] as const) mk(id, name, obj, 32, true).baseType = true;
  mk(T_RANGE, 'range', obj, 24, false);
  mk(T_SLICE, 'slice', obj, 20, true);
  const fn = mk(T_FUNCTION, 'function', obj, 48, true);
  fn.dealloc = functionDealloc;
  fn.traverse = functionTraverse;
  fn.weaklistOffset = FN_WEAKLIST;
  fn.clear = functionClear;
  const bf = mk(T_BUILTIN, 'builtin_function_or_method', obj, BF_SIZE, true);
  bf.weaklistOffset = BF_WEAKLIST;
  bf.dealloc = builtinDealloc;
  bf.traverse = builtinTraverse;
  const meth = mk(T_METHOD, 'method', obj, METHOD_SIZE, true);
  meth.weaklistOffset = M_WEAKLIST;
  meth.dealloc = methodDealloc;
  meth.traverse = methodTraverse;
  const cell = mk(T_CELL, 'cell', obj, 12, true);
  cell.dealloc = cellDealloc;
  cell.traverse = cellTraverse;
  cell.clear = cellClear;
  mk(T_CODE, 'code', obj, 12, false).dealloc = codeDealloc;
  const mod = mk(T_MODULE, 'module', obj, 20, true);
  mod.weaklistOffset = MOD_WEAKLIST;
  mod.baseType = true;
  mod.dealloc = moduleDealloc;
  mod.traverse = moduleTraverse;
  mod.clear = moduleClear;
  const gen = mk(T_GENERATOR, 'generator', obj, GEN_SIZE, true);
  gen.weaklistOffset = GEN_WEAKLIST;
  gen.dealloc = genDealloc;
  gen.traverse = genTraverse;
  mk(T_NOTIMPL, 'NotImplementedType', obj, 8, false).dealloc = noDealloc;
  mk(T_ELLIPSIS, 'ellipsis', obj, 8, false).dealloc = noDealloc;
  for (const [id, name] of [[T_PROPERTY, 'property'], [T_STATICMETHOD, 'staticmethod'], [T_CLASSMETHOD, 'classmethod']] as const) {
    const t = mk(id, name, obj, id === T_PROPERTY ? PROPERTY_SIZE : DESCR_SIZE, true);
    t.baseType = true;
    t.dealloc = id === T_PROPERTY ? propertyDealloc : descrObjectDealloc;
    t.traverse = descrObjectTraverse;
    t.clear = id === T_PROPERTY ? propertyClear : descrObjectClear;
    // staticmethod / classmethod instances have a __dict__ (in the unused second field)
    if (id !== T_PROPERTY) {
      t.dictOffset = WRAPPER_DICT;
      t.plainDict = true;
    }
  }
  mk(T_METHOD_DESCR, 'method_descriptor', obj, 16, false);
  mk(T_CLASSMETHOD_DESCR, 'classmethod_descriptor', obj, 16, false);
  const iterNames: [number, string][] = [[T_LIST_ITER, 'list_iterator'], [T_TUPLE_ITER, 'tuple_iterator'], [T_RANGE_ITER, 'range_iterator'],
    [T_STR_ITER, 'str_ascii_iterator'], [T_DICT_KEYITER, 'dict_keyiterator'], [T_DICT_VALUEITER, 'dict_valueiterator'],
    [T_DICT_ITEMITER, 'dict_itemiterator'], [T_DICT_REVKEYITER, 'dict_reversekeyiterator'],
    [T_DICT_REVVALUEITER, 'dict_reversevalueiterator'], [T_DICT_REVITEMITER, 'dict_reverseitemiterator'], [T_SET_ITER, 'set_iterator'], [T_ENUMERATE, 'enumerate'], [T_ZIP, 'zip'], [T_MAP, 'map'],
    [T_FILTER, 'filter'], [T_LIST_REVITER, 'list_reverseiterator'], [T_DICT_KEYS, 'dict_keys'], [T_DICT_VALUES, 'dict_values'],
    [T_DICT_ITEMS, 'dict_items'], [T_CALL_ITER, 'callable_iterator'], [T_SEQ_ITER, 'iterator'], [T_BYTES_ITER, 'bytes_iterator'],
    [T_MAPPINGPROXY, 'mappingproxy'], [T_REVERSED, 'reversed'], [T_GETSET, 'getset_descriptor'], [T_MEMBER, 'member_descriptor']];
  for (const [id, name] of iterNames) mk(id, name, obj, 16, true);
  const sup = mk(T_SUPER, 'super', obj, 20, true);
  sup.baseType = true;
  sup.dealloc = superDealloc;
  sup.traverse = superTraverse;
  mk(T_BYTES, 'bytes', obj, 24, false);
  mk(T_FRAME, 'frame', obj, 24, true);
  const tb = mk(T_TRACEBACK, 'traceback', obj, 28, true);
  tb.dealloc = tracebackDealloc;
  tb.traverse = tracebackTraverse;
  mk(T_WEAKREF, 'weakref.ReferenceType', obj, 24, true).baseType = true;
  mk(T_WEAKPROXY, 'weakref.ProxyType', obj, 24, true);
  const be = mk(T_BASE_EXCEPTION, 'BaseException', obj, EXC_SIZE, true);
  be.baseType = true;
  be.isException = true;
  be.dealloc = exceptionDeallocBase;
  be.traverse = exceptionTraverse;
  be.clear = exceptionClear;
  be.dictOffset = EXC_DICT;
  for (const id of [T_OBJECT, T_NONE, T_INT, T_COMPLEX, T_STR, T_BYTES, T_SLICE, T_NOTIMPL, T_ELLIPSIS, T_PROPERTY,
    T_STATICMETHOD, T_CLASSMETHOD, T_ZIP, T_WEAKREF]) TYPES[id].tpCall = true;
}

// The builtin exception hierarchy of 3.11 (name, base).
const EXCEPTIONS: [string, string][] = [
  ['Exception', 'BaseException'], ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['SystemExit', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'], ['BufferError', 'Exception'],
  ['EOFError', 'Exception'], ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'], ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'], ['KeyError', 'LookupError'], ['MemoryError', 'Exception'], ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'], ['OSError', 'Exception'], ['FileNotFoundError', 'OSError'], ['PermissionError', 'OSError'],
  ['TimeoutError', 'OSError'], ['ConnectionError', 'OSError'], ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'], ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'], ['FileExistsError', 'OSError'], ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'], ['InterruptedError', 'OSError'], ['ChildProcessError', 'OSError'],
  ['ProcessLookupError', 'OSError'], ['BlockingIOError', 'OSError'], ['ReferenceError', 'Exception'], ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'], ['StopAsyncIteration', 'Exception'], ['StopIteration', 'Exception'], ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'], ['SystemError', 'Exception'], ['TypeError', 'Exception'],
  ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'], ['UnicodeTranslateError', 'UnicodeError'], ['Warning', 'Exception'], ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'], ['RuntimeWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['UserWarning', 'Warning'],
  ['FutureWarning', 'Warning'], ['ImportWarning', 'Warning'], ['UnicodeWarning', 'Warning'], ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'], ['EncodingWarning', 'Warning'],
];

function createTypeObjects(): void {
  for (const t of TYPES) {
    if (!t) continue;
    allocTypeObject(t, t.name);
    I32[t.addr >> 2] = IMMORTAL_REFCNT;
  }
  for (const t of TYPES) {
    if (!t) continue;
    const mro: TypeInfo[] = [];
    for (let b: TypeInfo | null = t; b; b = b.base) mro.push(b);
    setBasesAndMro(t, t.base ? [t.base] : [], mro);
  }
  // exceptions
  EXC.BaseException = TYPES[T_BASE_EXCEPTION];
  // a builtin exception class: the exception layout, its first base as the layout base
  const exceptionType = (name: string, bases: TypeInfo[], mroTail: TypeInfo[]): void => {
    const t = mk(allocTypeId(), name, bases[0], EXC_SIZE, true);
    t.baseType = true;
    t.isException = true;
    t.dictOffset = EXC_DICT;
    t.dealloc = exceptionDeallocBase;
    t.traverse = exceptionTraverse;
    t.clear = exceptionClear;
    t.slots = newSlots();
    allocTypeObject(t, name);
    I32[t.addr >> 2] = IMMORTAL_REFCNT;
    setBasesAndMro(t, bases, [t, ...mroTail]);
    EXC[name] = t;
  };
  for (const [name, baseName] of EXCEPTIONS) exceptionType(name, [EXC[baseName]], EXC[baseName].mro);
  // PEP 654: BaseExceptionGroup(BaseException) and ExceptionGroup(BaseExceptionGroup, Exception)
  exceptionType('BaseExceptionGroup', [EXC.BaseException], EXC.BaseException.mro);
  exceptionType('ExceptionGroup', [EXC.BaseExceptionGroup, EXC.Exception],
    [EXC.BaseExceptionGroup, EXC.Exception, EXC.BaseException, TYPES[T_OBJECT]]);
}

/**
 * CPython's None, NotImplemented and Ellipsis are static objects of its binary: their addresses,
 * and so their pointer hashes (hash(None) == id(None) >> 4), keep the same low 16 bits from run to
 * run (ASLR moves whole pages), and those bits decide where they sit in a small set: CPython
 * prints {None, 1, 2, 3} as {1, 2, 3, None}. These are the bits under python3 3.11 on this
 * project's machines; the singletons are placed at heap blocks that end in them (blocks passed
 * over on the way are freed again).
 */
const SINGLETON_LOW16: [number, number][] = [[T_NONE, 0xbbe0], [T_NOTIMPL, 0xba30], [T_ELLIPSIS, 0xde60]];

function makeSingletons(): void {
  const placed = new Map<number, number>();
  const passed: number[] = [];
  // (16-byte blocks: 4096 of them span 64 KiB, where each ending occurs once)
  for (let i = 0; placed.size < SINGLETON_LOW16.length && i < 0x2000; i++) {
    const a = allocObject(T_NONE, 8);
    const want = SINGLETON_LOW16.find(([tid, low]) => !placed.has(tid) && (a & 0xffff) === low);
    if (want !== undefined) placed.set(want[0], a);
    else passed.push(a);
  }
  for (const [tid] of SINGLETON_LOW16) if (!placed.has(tid)) placed.set(tid, allocObject(T_NONE, 8));
  for (const a of passed) freeObject(a);
  for (const [tid] of SINGLETON_LOW16) {
    const a = placed.get(tid)!;
    I32[(a >> 2) + 1] = tid;
    I32[a >> 2] = IMMORTAL_REFCNT;
  }
  S.None = placed.get(T_NONE)!;
  S.NotImplemented = placed.get(T_NOTIMPL)!;
  S.Ellipsis = placed.get(T_ELLIPSIS)!;
  for (const v of [0, 1]) {
    const a = allocObject(T_BOOL, INT_SIZE);
    F64[(a >> 3) + 1] = v;
    I32[(a >> 2) + 4] = 0;
    I32[a >> 2] = IMMORTAL_REFCNT;
    if (v) S.True = a;
    else S.False = a;
  }
}

// ---- modules ---------------------------------------------------------------------------------

export const MOD_DICT = 2, MOD_NAME = 3, MOD_WEAKLIST = 4;

export function newModule(name: string, dict?: number): number {
  const m = allocGCObject(T_MODULE, 20);
  I32[(m >> 2) + MOD_WEAKLIST] = 0;
  const d = dict ?? newDict();
  if (dict) I32[dict >> 2]++;
  I32[(m >> 2) + MOD_DICT] = d;
  I32[(m >> 2) + MOD_NAME] = newStr(name);
  if (!dictGetStr(d, '__name__')) setStr(d, '__name__', I32[(m >> 2) + MOD_NAME]);
  gcTrack(m);
  return m;
}

function setStr(d: number, name: string, v: number): void {
  const k = internedStr(name);
  dictSet(d, k, v);
  decref(k);
}

/** module.__new__: an empty module of type t (module or a subclass); __init__ names it. */
function moduleNew(t: TypeInfo): number {
  const m = allocGCObject(t.id, t.basicsize);
  for (let i = 2; i < t.basicsize >> 2; i++) I32[(m >> 2) + i] = 0;
  I32[(m >> 2) + MOD_DICT] = newDict();
  if (t.isHeap) incref(t.addr);
  gcTrack(m);
  return m;
}

/** module.__init__(name, doc=None): the attributes CPython's module_init_dict sets. */
function moduleInit(m: number, args: number[], kw: KwArgs | null): void {
  const [name, doc] = parseArgs('module', args, kw, ['name', 'doc'], 1);
  if (I32[(name >> 2) + 1] !== T_STR && !isSubtype(TYPES[I32[(name >> 2) + 1]], TYPES[T_STR])) {
    throw raise(EXC.TypeError, `module.__init__() argument 'name' must be str, not ${A.argTypeName(name)}`);
  }
  const d = I32[(m >> 2) + MOD_DICT];
  setStr(d, '__name__', name);
  setStr(d, '__doc__', doc || S.None);
  for (const k of ['__package__', '__loader__', '__spec__']) setStr(d, k, S.None);
  const old = I32[(m >> 2) + MOD_NAME];
  incref(name);
  I32[(m >> 2) + MOD_NAME] = name;
  xdecref(old);
}

/** A module's __name__ (its dict's, as CPython reads it), '?' when unset. */
function moduleName(m: number): string {
  const n = dictGetStr(I32[(m >> 2) + MOD_DICT], '__name__');
  if (n && I32[(n >> 2) + 1] === T_STR) return strValue(n);
  const own = I32[(m >> 2) + MOD_NAME];
  return own ? strValue(own) : '?';
}

function moduleDealloc(m: number): void {
  gcUntrack(m);
  // as module_dealloc: weak references (and their callbacks) first, then the dict
  if (I32[(m >> 2) + MOD_WEAKLIST] !== 0) weakrefHooks.clearWeakrefs(m);
  moduleClear(m);
  xdecref(I32[(m >> 2) + MOD_NAME]);
  freeGCObject(m);
}

function moduleTraverse(m: number, visit: Visit): void {
  const d = I32[(m >> 2) + MOD_DICT];
  if (d) visit(d);
}

function moduleClear(m: number): void {
  const d = I32[(m >> 2) + MOD_DICT];
  I32[(m >> 2) + MOD_DICT] = 0;
  xdecref(d);
}

export function moduleDict(m: number): number {
  return I32[(m >> 2) + MOD_DICT];
}

// ---- object ------------------------------------------------------------------------------------

function defaultRepr(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  const mod = t.isHeap ? moduleOfType(t) : 'builtins';
  const qual = t.isHeap ? qualnameOfType(t) : t.name;
  const prefix = mod === 'builtins' ? qual : `${mod}.${qual}`;
  return newStr(`<${prefix} object at ${hexAddr(o)}>`);
}

export function hexAddr(a: number): string {
  return '0x' + (0x7f0000000000 + a).toString(16);
}

export function moduleOfType(t: TypeInfo): string {
  const m = dictGetStr(typeDict(t), '__module__');
  return m && I32[(m >> 2) + 1] === T_STR ? strValue(m) : 'builtins';
}

export function qualnameOfType(t: TypeInfo): string {
  return strValue(I32[(t.addr >> 2) + TY_QUALNAME]);
}

function objectNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  const excess = args.length > 0 || (kw !== null && kw.names.length > 0);
  if (excess) {
    const newIsObject = typeLookup(t, '__new__') === typeLookup(TYPES[T_OBJECT], '__new__');
    const initIsObject = typeLookup(t, '__init__') === typeLookup(TYPES[T_OBJECT], '__init__');
    if (!newIsObject) throw raise(EXC.TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (initIsObject) throw raise(EXC.TypeError, `${t.name}() takes no arguments`);
  }
  if (t.isAbstract) throw abstractInstantiationError(t);
  if (t.id === T_OBJECT) return allocObject(T_OBJECT, 8);
  return allocInstance(t);
}

/** "Can't instantiate abstract class X with abstract method(s) a, b" (object.__new__, 3.11 wording). */
function abstractInstantiationError(t: TypeInfo): PyException {
  const am = dictGetStr(typeDict(t), '__abstractmethods__');
  const names = am ? A.iterToArray(am).map((n) => {
    const s = A.strJS(n);
    decref(n);
    return s;
  }).sort() : [];
  return raise(EXC.TypeError, `Can't instantiate abstract class ${t.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
}

/**
 * object.__getstate__() (3.11): the instance dict, or None when it is empty; with __slots__
 * values, the pair (dict-or-None, {slot: value}) -- the state copy and pickle save.
 */
function objectGetState(self: number): number {
  const t = TYPES[I32[(self >> 2) + 1]];
  let state: number;
  const d = t.dictOffset ? I32[(self >> 2) + t.dictOffset] : 0;
  if (d !== 0 && dictLen(d) > 0) state = materializeInstanceDict(self);
  else state = A.retNone();
  const names = slotNames(t);
  if (names.length === 0) return state;
  const slots = newDict();
  try {
    for (const n of names) {
      const k = newStr(n);
      try {
        const v = A.getAttrOrNull(self, k);
        if (v !== 0) {
          dictSet(slots, k, v);
          decref(v);
        }
      } finally {
        decref(k);
      }
    }
    if (dictLen(slots) === 0) return state;
    return tupleFromSteal([state, (incref(slots), slots)]);
  } catch (e) {
    decref(state);
    throw e;
  } finally {
    decref(slots);
  }
}

// ---- object.__reduce_ex__: the reduction copy and pickle use ------------------------------------

/** object.__reduce_ex__(protocol): the class's own __reduce__ when it has one, else the default. */
function objectReduceEx(self: number, proto: number): number {
  const t = TYPES[I32[(self >> 2) + 1]];
  if (typeLookup(t, '__reduce__') !== typeLookup(TYPES[T_OBJECT], '__reduce__')) {
    const r = A.getAttrStr(self, '__reduce__');
    try {
      return A.call(r, []);
    } finally {
      decref(r);
    }
  }
  return commonReduce(self, proto);
}

/** `module.name` of a module imported by name, as C code calling into a Python module does
 * (copyreg's reducers, io.open): new reference. */
export function importedAttr(module: string, name: string): number {
  const zero = newInt(0);
  let mod: number;
  try {
    mod = rt.importName(module, S.None, zero, 0);
  } finally {
    decref(zero);
  }
  try {
    return A.getAttrStr(mod, name);
  } finally {
    decref(mod);
  }
}

/** The module object named `module` (imported if need be; new reference). */
function importedModule(module: string): number {
  const zero = newInt(0);
  try {
    return rt.importName(module, S.None, zero, 0);
  } finally {
    decref(zero);
  }
}

/** PyErr_WarnEx: warnings.warn(message, EXC[category], stacklevel) from native code, whose
 * caller is the Python frame the warning names. Raises if the filters turn it into an error. */
export function warn(category: string, message: string, stacklevel = 1): void {
  const f = importedAttr('warnings', 'warn');
  const m = newStr(message), lvl = newInt(stacklevel);
  try {
    decref(A.call(f, [m, EXC[category].addr, lvl], null));
  } finally {
    decref(lvl);
    decref(m);
    decref(f);
  }
}

/** copyreg.<name> (new reference). */
function copyregAttr(name: string): number {
  return importedAttr('copyreg', name);
}

/** `self.name()` when self has that attribute, else 0. */
function callOptionalMethod(self: number, name: string): number {
  const m = A.getAttrOrNull(self, A.dictKeyStr(name));
  if (m === 0) return 0;
  try {
    return A.call(m, []);
  } finally {
    decref(m);
  }
}

/** _common_reduce: protocol 2+ is reduce_newobj, 0 and 1 go to copyreg._reduce_ex. */
function commonReduce(self: number, proto: number): number {
  if (proto < 2) {
    const f = copyregAttr('_reduce_ex');
    const p = newInt(proto);
    try {
      return A.call(f, [self, p]);
    } finally {
      decref(p);
      decref(f);
    }
  }
  return reduceNewobj(self);
}

/**
 * reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or
 * (copyreg.__newobj_ex__, (cls, args, kwargs), ...) when __getnewargs_ex__ gives keywords.
 */
function reduceNewobj(self: number): number {
  const t = TYPES[I32[(self >> 2) + 1]];
  if (typeLookup(t, '__new__') === 0) throw raise(EXC.TypeError, `cannot pickle '${t.name}' object`);
  const owned: number[] = [];
  try {
    let args = 0, kwargs = 0;
    const ex = callOptionalMethod(self, '__getnewargs_ex__');
    if (ex !== 0) {
      owned.push(ex);
      if (I32[(ex >> 2) + 1] !== T_TUPLE) throw raise(EXC.TypeError, `__getnewargs_ex__ should return a tuple, not '${A.typeName(ex)}'`);
      if (tupleSize(ex) !== 2) throw raise(EXC.ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${tupleSize(ex)}`);
      args = tupleItem(ex, 0);
      kwargs = tupleItem(ex, 1);
      if (!isSubtype(TYPES[I32[(args >> 2) + 1]], TYPES[T_TUPLE])) throw raise(EXC.TypeError, `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${A.typeName(args)}'`);
      if (!isSubtype(TYPES[I32[(kwargs >> 2) + 1]], TYPES[T_DICT])) throw raise(EXC.TypeError, `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${A.typeName(kwargs)}'`);
    } else {
      args = callOptionalMethod(self, '__getnewargs__');
      if (args !== 0) {
        owned.push(args);
        if (!isSubtype(TYPES[I32[(args >> 2) + 1]], TYPES[T_TUPLE])) throw raise(EXC.TypeError, `__getnewargs__ should return a tuple, not '${A.typeName(args)}'`);
      }
    }
    const argItems = args ? tupleItems(args) : [];
    let newobj: number, newargs: number;
    if (kwargs === 0 || dictLen(kwargs) === 0) {
      newobj = copyregAttr('__newobj__');
      owned.push(newobj);
      newargs = tupleFrom([t.addr, ...argItems]);
    } else {
      newobj = copyregAttr('__newobj_ex__');
      owned.push(newobj);
      newargs = tupleFrom([t.addr, args, kwargs]);
    }
    owned.push(newargs);
    const getstate = A.getAttrStr(self, '__getstate__');
    owned.push(getstate);
    const state = A.call(getstate, []);
    owned.push(state);
    let listitems = S.None, dictitems = S.None;
    if (isSubtype(t, TYPES[T_LIST])) owned.push(listitems = A.getIter(self));
    if (isSubtype(t, TYPES[T_DICT])) {
      const items = A.getAttrStr(self, 'items');
      owned.push(items);
      const view = A.call(items, []);
      owned.push(view);
      owned.push(dictitems = A.getIter(view));
    }
    return tupleFrom([newobj, newargs, state, listitems, dictitems]);
  } finally {
    for (const o of owned) decref(o);
  }
}

/** copyreg._slotnames: the __slots__ names along the MRO (mangled, without __dict__/__weakref__). */
function slotNames(t: TypeInfo): string[] {
  const out: string[] = [];
  if (!t.slotOffsets) return out;
  for (const c of t.mro) {
    const sl = dictGetStr(typeDict(c), '__slots__');
    if (!sl) continue;
    const items = I32[(sl >> 2) + 1] === T_STR ? [(incref(sl), sl)] : A.iterToArray(sl);
    for (const x of items) {
      const n = A.strJS(x);
      decref(x);
      if (n === '__dict__' || n === '__weakref__') continue;
      out.push(n.startsWith('__') && !n.endsWith('__') ? `_${c.name.replace(/^_+/, '')}${n}` : n);
    }
  }
  return out;
}

function objectInit(self: number, args: number[], kw: KwArgs | null): void {
  const excess = args.length > 0 || (kw !== null && kw.names.length > 0);
  if (!excess) return;
  const t = TYPES[I32[(self >> 2) + 1]];
  const initIsObject = typeLookup(t, '__init__') === typeLookup(TYPES[T_OBJECT], '__init__');
  const newIsObject = typeLookup(t, '__new__') === typeLookup(TYPES[T_OBJECT], '__new__');
  if (!initIsObject) throw raise(EXC.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
  if (newIsObject) throw raise(EXC.TypeError, `${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
}

function objectRichCompare(a: number, b: number, o: number): number {
  if (o === op.CMP_EQ) {
    if (a === b) return A.newBool(true);
  } else if (o === op.CMP_NE) {
    // object.__ne__ inverts __eq__
    const t = TYPES[I32[(a >> 2) + 1]];
    const eq = typeLookup(t, '__eq__');
    if (eq !== 0 && I32[(eq >> 2) + 1] === T_FUNCTION) {
      const r = A.callUnbound(eq, a, [b]);
      if (r === S.NotImplemented) return r;
      let v: boolean;
      try {
        v = A.isTrue(r);
      } finally {
        decref(r);
      }
      return A.newBool(!v);
    }
    const rc = t.slots.richcompare;
    if (eq !== 0 && !t.isHeap && rc && rc !== objectRichCompare) {
      // a builtin type's own comparison (object.__ne__(1, 2)): inverted unless NotImplemented
      const r = rc(a, b, op.CMP_EQ);
      if (r === S.NotImplemented) return r;
      const v = r === S.True;
      decref(r);
      return A.newBool(!v);
    }
    if (a === b) return A.newBool(false);
  }
  incref(S.NotImplemented);
  return S.NotImplemented;
}

// ---- heap instances: dealloc with __del__ (PEP 442) ---------------------------------------------

/** Hook for the GC/weakref modules: clear weak references to `a` (calling callbacks). */
export const weakrefHooks = {
  clearWeakrefs: (_a: number): void => {},
};
export const finalizerHooks = {
  /** Print "Exception ignored in: ..." for an exception raised by __del__ (set by the VM). */
  unraisable: (_e: PyException, _where: string, _obj: number): void => {},
};

/** Call __del__ of `a` (whose refcount is 1 while it runs). */
export function callFinalizer(a: number): void {
  const t = TYPES[I32[(a >> 2) + 1]];
  const del = typeLookup(t, '__del__');
  if (del === 0) return;
  try {
    const r = A.callUnbound(del, a, []);
    decref(r);
  } catch (e) {
    const pe = e instanceof PyException ? e : e instanceof PyErr ? raise(EXC[e.pyType] ?? EXC.SystemError, e.message) : raise(EXC.SystemError, String(e));
    // PyErr_WriteUnraisable(del): the __del__ object's repr
    let where: string;
    try {
      where = A.reprJS(del);
    } catch (e2) {
      if (!(e2 instanceof PyException)) throw e2;
      decref(e2.exc);
      where = `<function ${qualnameOfType(t)}.__del__ at ${hexAddr(del)}>`;
    }
    finalizerHooks.unraisable(pe, where, del);
  }
  // after the call, as CPython's PyObject_CallFinalizer (gc.is_finalized(self) is False inside a
  // __del__ run by refcount death; the collector sets the flag itself before calling)
  I32[(a >> 2) + GC_FLAGS] |= GCF_FINALIZED;
}

function subtypeDealloc(a: number): void {
  const t = TYPES[I32[(a >> 2) + 1]];
  gcUntrack(a);
  if (t.hasFinalizer && (I32[(a >> 2) + GC_FLAGS] & GCF_FINALIZED) === 0) {
    I32[a >> 2] = 1;
    callFinalizer(a);
    if (--I32[a >> 2] !== 0) {
      // resurrected by __del__
      gcTrack(a);
      return;
    }
  }
  if (t.weaklistOffset && I32[(a >> 2) + t.weaklistOffset] !== 0) weakrefHooks.clearWeakrefs(a);
  instanceClear(a);
  let solid = t.base;
  while (solid && solid.isHeap) solid = solid.base;
  const typeAddr = t.addr;
  if (!solid || solid.id === T_OBJECT) freeGCObject(a);
  else solid.dealloc(a);
  decref(typeAddr);
}

// ---- getset descriptors: __dict__ and __weakref__ of classes -----------------------------------------

const GS_KIND = 2, GS_TYPE = 3, GS_DICT = 1, GS_WEAKREF = 2, GS_MEMBER = 3;

/** A getset descriptor (__dict__ / __weakref__), or a member descriptor of a __slots__ name
 * (kind GS_MEMBER + the slot's word offset in the instance). */
function newGetset(kind: number, owner: TypeInfo, slotOff = 0): number {
  const g = allocGCObject(kind === GS_MEMBER ? T_MEMBER : T_GETSET, 16);
  I32[(g >> 2) + GS_KIND] = kind === GS_MEMBER ? GS_MEMBER + slotOff : kind;
  incref(owner.addr);
  I32[(g >> 2) + GS_TYPE] = owner.addr;
  gcTrack(g);
  return g;
}

function initGetsetType(): void {
  const t = TYPES[T_GETSET];
  t.dealloc = (g) => {
    gcUntrack(g);
    const o = I32[(g >> 2) + GS_TYPE];
    I32[(g >> 2) + GS_TYPE] = 0;
    xdecref(o);
    freeGCObject(g);
  };
  t.traverse = (g, visit) => {
    if (I32[(g >> 2) + GS_TYPE]) visit(I32[(g >> 2) + GS_TYPE]);
  };
  t.clear = (g) => {
    const o = I32[(g >> 2) + GS_TYPE];
    I32[(g >> 2) + GS_TYPE] = 0;
    xdecref(o);
  };
  t.slots.isDataDescr = true;
  t.slots.descrGet = (g, obj) => {
    if (obj === 0 || obj === S.None) return incref(g), g;
    if (I32[(g >> 2) + GS_KIND] === GS_DICT) return materializeInstanceDict(obj);
    const ot = TYPES[I32[(obj >> 2) + 1]];
    const wl = ot.weaklistOffset ? I32[(obj >> 2) + ot.weaklistOffset] : 0;
    return wl ? (incref(wl), wl) : A.retNone();
  };
  t.slots.descrSet = (g, obj, v) => {
    if (I32[(g >> 2) + GS_KIND] !== GS_DICT) throw raise(EXC.AttributeError, "attribute '__weakref__' of objects is not writable");
    if (v === 0) throw raise(EXC.TypeError, 'cannot delete __dict__');
    if (I32[(v >> 2) + 1] !== T_DICT) throw raise(EXC.TypeError, `__dict__ must be set to a dictionary, not a '${A.typeName(v)}'`);
    const ot = TYPES[I32[(obj >> 2) + 1]];
    const old = I32[(obj >> 2) + ot.dictOffset];
    incref(v);
    I32[(obj >> 2) + ot.dictOffset] = v;
    xdecref(old);
  };
  t.slots.repr = (g) => {
    const owner = I32[(g >> 2) + GS_TYPE];
    const name = I32[(g >> 2) + GS_KIND] === GS_DICT ? '__dict__' : '__weakref__';
    return newStr(`<attribute '${name}' of '${owner ? typeInfoOfTypeObject(owner).name : '?'}' objects>`);
  };
  // member descriptors (__slots__)
  const m = TYPES[T_MEMBER];
  m.dealloc = t.dealloc;
  m.traverse = t.traverse;
  m.clear = t.clear;
  m.slots.isDataDescr = true;
  const memberInfo = (g: number): [TypeInfo, number, string] => {
    const owner = typeInfoOfTypeObject(I32[(g >> 2) + GS_TYPE]);
    const off = I32[(g >> 2) + GS_KIND] - GS_MEMBER;
    let name = '?';
    for (const [n, o] of owner.slotOffsets ?? []) if (o === off) name = n;
    return [owner, off, name];
  };
  const checkObj = (g: number, obj: number): [TypeInfo, number, string] => {
    const info = memberInfo(g);
    if (!isSubtype(TYPES[I32[(obj >> 2) + 1]], info[0])) {
      throw raise(EXC.TypeError, `descriptor '${info[2]}' for '${info[0].name}' objects doesn't apply to a '${A.typeName(obj)}' object`);
    }
    return info;
  };
  m.slots.descrGet = (g, obj) => {
    if (obj === 0 || obj === S.None) return incref(g), g;
    const [, off, name] = checkObj(g, obj);
    const v = I32[(obj >> 2) + off];
    if (v === 0) throw raise(EXC.AttributeError, `'${A.typeName(obj)}' object has no attribute '${name}'`);
    return incref(v), v;
  };
  m.slots.descrSet = (g, obj, v) => {
    const [, off, name] = checkObj(g, obj);
    const old = I32[(obj >> 2) + off];
    if (v === 0 && old === 0) throw raise(EXC.AttributeError, name); // PyMember_SetOne's message
    if (v !== 0) incref(v);
    I32[(obj >> 2) + off] = v;
    xdecref(old);
  };
  m.slots.repr = (g) => {
    const [owner, , name] = memberInfo(g);
    return newStr(`<member '${name}' of '${owner.name}' objects>`);
  };
  const descrAttr = (owner: TypeInfo, name: string, attr: string): number => {
    switch (attr) {
      case '__name__': return newStr(name);
      case '__qualname__': return newStr(`${qualnameOfType(owner)}.${name}`);
      case '__objclass__': return incref(owner.addr), owner.addr;
      case '__doc__':
        if (name === '__dict__') return newStr('dictionary for instance variables');
        return name === '__weakref__' ? newStr('list of weak references to the object') : A.retNone();
    }
    return 0;
  };
  m.slots.getattr = (g, name) => {
    const [owner, , n] = memberInfo(g);
    return descrAttr(owner, n, strValue(name)) || A.genericGetAttr(g, name, m);
  };
  t.slots.getattr = (g, name) => {
    const owner = I32[(g >> 2) + GS_TYPE];
    const n = I32[(g >> 2) + GS_KIND] === GS_DICT ? '__dict__' : '__weakref__';
    return (owner && descrAttr(typeInfoOfTypeObject(owner), n, strValue(name))) || A.genericGetAttr(g, name, t);
  };
}

// ---- type: creating classes -------------------------------------------------------------------

function bestBase(bases: TypeInfo[]): TypeInfo {
  let winner: TypeInfo | null = null;
  // solid_base: the nearest class that adds instance slots (a builtin layout, or __slots__ members)
  const ownMembers = (t: TypeInfo) => (t.slotOffsets ? t.slotOffsets.size : 0) > (t.base && t.base.slotOffsets ? t.base.slotOffsets.size : 0);
  const solidOf = (t: TypeInfo): TypeInfo => {
    let s = t;
    while (s.isHeap && s.base && !ownMembers(s)) s = s.base;
    return s;
  };
  for (const b of bases) {
    if (!b.baseType) throw raise(EXC.TypeError, `type '${b.name}' is not an acceptable base type`);
    if (winner === null) winner = b;
    else {
      const sw = solidOf(winner), sb = solidOf(b);
      if (isSubtype(sw, sb)) continue;
      if (isSubtype(sb, sw)) winner = b;
      else if (sw.id !== T_OBJECT && sb.id !== T_OBJECT && !(sw.isException && sb.isException)) {
        throw raise(EXC.TypeError, 'multiple bases have instance lay-out conflict');
      }
    }
  }
  return winner!;
}

/** Filled by the builtins: the globals of the running Python frame (0 when none). */
export const typeHooks = { currentGlobals: (): number => 0 };
/** object.__sizeof__: CPython's size of the object (set by the sys module). */
export const sizeofHook = { builtin: (_o: number): number => -1 };

/** type(name, bases, ns): create a class. New reference to the type object. */
export function typeNew(name: string, bases: TypeInfo[], ns: number, meta: TypeInfo | null = null, subclassKw: KwArgs | null = null,
  basesTuple = 0): number {
  if (bases.length === 0) {
    bases = [TYPES[T_OBJECT]];
    basesTuple = 0;
  }
  if (I32[(ns >> 2) + 1] !== T_DICT) {
    // a __prepare__ namespace: the class gets a plain dict copy (as type.__new__ does)
    const d = newDict();
    try {
      const keys = A.callSpecial(ns, 'keys', []);
      for (const k of A.iterToArray(keys || ns)) {
        const v = A.getItem(ns, k);
        dictSet(d, k, v);
        decref(v);
        decref(k);
      }
      xdecref(keys);
      return typeNew(name, bases, d, meta, subclassKw, basesTuple);
    } finally {
      decref(d);
    }
  }
  const qualname = dictGetStr(ns, '__qualname__');
  if (qualname && !isSubtype(TYPES[I32[(qualname >> 2) + 1]], TYPES[T_STR])) {
    throw raise(EXC.TypeError, `type __qualname__ must be a str, not ${A.typeName(qualname)}`);
  }
  if (name.includes('\0')) throw raise(EXC.ValueError, 'type name must not contain null characters');
  const cell = dictGetStr(ns, '__classcell__');
  if (cell && I32[(cell >> 2) + 1] !== T_CELL) {
    throw raise(EXC.TypeError, `__classcell__ must be a nonlocal cell, not ${A.reprJS(TYPES[I32[(cell >> 2) + 1]].addr)}`);
  }
  const base = bestBase(bases);
  const id = allocTypeId();
  const t = newTypeInfo(id, name, base, base.basicsize, true);
  t.isHeap = true;
  t.baseType = true;
  t.isException = base.isException;
  t.slots = { ...base.slots };
  t.slots.new = undefined;
  t.slots.new = base.slots.new;
  // instance layout: the base's, then dict and weaklist words when the base has none
  let size = base.basicsize;
  const slotsObj = dictGetStr(ns, '__slots__');
  const ownSlots: string[] = [];
  t.dictOffset = base.dictOffset;
  t.weaklistOffset = base.weaklistOffset;
  t.slotOffsets = base.slotOffsets ? new Map(base.slotOffsets) : null;
  if (base.isMeta) {
    // a metaclass: its instances are type objects, which keep their attributes in the type dict
  } else if (slotsObj) {
    const names = slotNamesOf(slotsObj, base, name);
    for (const n of names) {
      if (n !== '__dict__' && n !== '__weakref__' && dictGetStr(ns, n)) throw raise(EXC.ValueError, `'${n}' in __slots__ conflicts with class variable`);
      if (n === '__dict__') {
        if (!t.dictOffset) t.dictOffset = (size += 4) / 4 - 1;
        continue;
      }
      if (n === '__weakref__') {
        if (!t.weaklistOffset) t.weaklistOffset = (size += 4) / 4 - 1;
        continue;
      }
      if (!t.slotOffsets) t.slotOffsets = new Map();
      t.slotOffsets.set(n, size >> 2);
      ownSlots.push(n);
      size += 4;
    }
  } else {
    if (!t.dictOffset) {
      t.dictOffset = size >> 2;
      size += 4;
    }
    if (!t.weaklistOffset) {
      t.weaklistOffset = size >> 2;
      size += 4;
    }
  }
  t.basicsize = size;
  t.dealloc = subtypeDealloc;
  t.traverse = instanceTraverse;
  t.clear = instanceClear;
  const mroList = computeMroSafe(t, bases);
  // type.__new__ copies the namespace before it allocates the type: the copy of a tracked
  // namespace is tracked first, so it precedes the class in the collector's lists
  // type_new_copy_slots: the own slot names go through a sorted list into the ht_slots tuple
  let htSlots = 0;
  if (slotsObj) {
    const l = listFromSteal(ownSlots.map((n) => internedStr(n)));
    htSlots = tupleFrom(listItems(l).sort((x, y) => (strValue(x) < strValue(y) ? -1 : 1)));
    decref(l);
  }
  // (object,) for a class without bases is made first; a given bases tuple is reused
  const ownBases = basesTuple === 0 || I32[(basesTuple >> 2) + 1] !== T_TUPLE ? tupleFrom(bases.map((b) => b.addr)) : 0;
  const nsCopy = newDict();
  if (isTracked(ns)) gcTrack(nsCopy);
  allocTypeObject(t, name, meta && meta.id !== T_TYPE ? meta : null, nsCopy);
  I32[(t.addr >> 2) + TY_SLOTS] = htSlots;
  incref(base.addr);
  I32[(t.addr >> 2) + TY_BASE] = base.addr;
  // PyType_Ready computes the mro right after the type is allocated
  setBasesAndMro(t, bases, mroList, ownBases || basesTuple);
  if (ownBases) decref(ownBases);
  const d = typeDict(t);
  // copy the namespace; wrap __new__ / __init_subclass__ / __class_getitem__ as CPython does
  for (let i = dictNext(ns, 0); i >= 0; i = dictNext(ns, i + 1)) {
    const k = dictEntryKey(ns, i);
    let v = dictEntryValue(ns, i);
    const ks = I32[(k >> 2) + 1] === T_STR ? strValue(k) : '';
    if (ks === '__qualname__') {
      xdecref(I32[(t.addr >> 2) + TY_QUALNAME]);
      I32[v >> 2]++;
      I32[(t.addr >> 2) + TY_QUALNAME] = v;
      continue;
    }
    if (ks === '__classcell__' || ks === '__slots__' && false) continue;
    let owned = false;
    if (ks === '__new__' && I32[(v >> 2) + 1] === T_FUNCTION) {
      v = newDescrObject(T_STATICMETHOD, v, 0, 0, 0);
      owned = true;
    } else if ((ks === '__init_subclass__' || ks === '__class_getitem__') && I32[(v >> 2) + 1] === T_FUNCTION) {
      v = newDescrObject(T_CLASSMETHOD, v, 0, 0, 0);
      owned = true;
    }
    dictSet(d, k, v);
    if (owned) decref(v);
  }
  if (!dictGetStr(d, '__module__')) {
    // type_new_set_module: the module is the calling code's global __name__
    const g = typeHooks.currentGlobals();
    const modName = g ? dictGetStr(g, '__name__') : 0;
    if (modName) setStr(d, '__module__', modName);
  }
  // PyType_Ready's order: slot members, the __dict__/__weakref__ getsets, then __doc__
  // each name of __slots__ is a member descriptor in the class dict (P.x is <member 'x' of 'P' objects>)
  for (const n of ownSlots) {
    const md = newGetset(GS_MEMBER, t, t.slotOffsets!.get(n)!);
    setStr(d, n, md);
    decref(md);
  }
  // the __dict__ / __weakref__ attributes a class adds are getset descriptors in its dict
  if (t.dictOffset && t.dictOffset !== base.dictOffset && !dictGetStr(d, '__dict__')) {
    const gs = newGetset(GS_DICT, t);
    setStr(d, '__dict__', gs);
    decref(gs);
  }
  if (t.weaklistOffset && t.weaklistOffset !== base.weaklistOffset && !dictGetStr(d, '__weakref__')) {
    const gs = newGetset(GS_WEAKREF, t);
    setStr(d, '__weakref__', gs);
    decref(gs);
  }
  if (!dictGetStr(d, '__doc__')) setStr(d, '__doc__', S.None);
  if (dictGetStr(d, '__eq__') && !dictGetStr(d, '__hash__')) setStr(d, '__hash__', S.None);
  // add_subclass: each base's tp_subclasses dict maps the class to a weak reference (one basic
  // weakref, shared by all bases). pyvm keeps subclass lists in JS: the weakref is real (it is
  // what weakref.ref(cls) returns; getweakrefcount(cls) counts it), the dict a heap base creates
  // for its first subclass only shows in the GC count.
  I32[(t.addr >> 2) + TY_SUBREF] = newWeakref(TYPES[T_WEAKREF], t.addr, 0);
  for (const b of bases) if (b.isHeap && b.subclasses.length === 0) gcHooks.onAlloc();
  for (const b of mroList) if (b !== t) b.subclasses.push(t);
  typeModified();
  A.updateTypeFlags(t);
  try {
    notifyNewClass(t, d, mroList.length > 1, subclassKw);
  } catch (e) {
    // a failed __set_name__ or __init_subclass__ drops the new class
    decref(t.addr);
    throw e;
  }
  return t.addr;
}

/** Builtin bases whose instances have variable size (tp_itemsize != 0): no nonempty __slots__. */
function hasItemsize(base: TypeInfo): boolean {
  let b: TypeInfo | null = base;
  while (b !== null && b.isHeap) b = b.base;
  return b !== null && (b.id === T_INT || b.id === T_TUPLE || b.id === T_BYTES || b.id === T_TYPE);
}

/**
 * The names of a class's __slots__, checked as type_new does (strings, identifiers, at most
 * one __dict__/__weakref__ the base lacks), private names mangled, sorted as CPython lays
 * them out.
 */
function slotNamesOf(slotsObj: number, base: TypeInfo, clsName: string): string[] {
  const items = I32[(slotsObj >> 2) + 1] === T_STR ? (incref(slotsObj), [slotsObj]) : A.iterToArray(slotsObj);
  const raw: string[] = [];
  try {
    if (items.length > 0 && hasItemsize(base)) {
      let b: TypeInfo = base;
      while (b.isHeap && b.base) b = b.base;
      throw raise(EXC.TypeError, `nonempty __slots__ not supported for subtype of '${b.name}'`);
    }
    for (const x of items) {
      if (!isSubtype(TYPES[I32[(x >> 2) + 1]], TYPES[T_STR])) {
        throw raise(EXC.TypeError, `__slots__ items must be strings, not '${A.typeName(x)}'`);
      }
      const n = strValue(x);
      if (!isidentifier(n)) throw raise(EXC.TypeError, '__slots__ must be identifiers');
      raw.push(n);
    }
  } finally {
    for (const x of items) decref(x);
  }
  let dict = false, weak = false;
  for (const n of raw) {
    if (n === '__dict__') {
      if (base.dictOffset || dict) throw raise(EXC.TypeError, '__dict__ slot disallowed: we already got one');
      dict = true;
    } else if (n === '__weakref__') {
      if (base.weaklistOffset || weak || hasItemsize(base)) {
        throw raise(EXC.TypeError, '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
      }
      weak = true;
    }
  }
  const stripped = clsName.replace(/^_+/, '');
  const mangle = (n: string) => (n.startsWith('__') && !n.endsWith('__') && stripped !== '' ? `_${stripped}${n}` : n);
  return raw.map(mangle).sort();
}

/**
 * Assignment to the attributes `type` keeps outside the class dict (type_set_name,
 * type_set_qualname, type_set_bases; __mro__ is read-only). Returns false for other names.
 */
function typeSetSpecialAttr(t: TypeInfo, name: string, v: number): boolean {
  switch (name) {
    case '__name__':
    case '__qualname__': {
      if (v === 0) throw raise(EXC.TypeError, `cannot delete '${name}' attribute of immutable type '${t.name}'`);
      if (!isSubtype(TYPES[I32[(v >> 2) + 1]], TYPES[T_STR])) {
        throw raise(EXC.TypeError, `can only assign string to ${t.name}.${name}, not '${A.typeName(v)}'`);
      }
      const text = strValue(v);
      const field = name === '__name__' ? TY_NAME : TY_QUALNAME;
      if (name === '__name__') {
        if (text.includes('\0')) throw raise(EXC.ValueError, 'type name must not contain null characters');
        t.name = text;
      }
      const w = t.addr >> 2;
      const old = I32[w + field];
      I32[w + field] = newStr(text);
      xdecref(old);
      typeModified();
      return true;
    }
    case '__mro__':
      throw raise(EXC.AttributeError, 'readonly attribute');
    case '__doc__':
    case '__module__':
      if (v === 0) throw raise(EXC.TypeError, `cannot delete '${name}' attribute of immutable type '${t.name}'`);
      return false;
    case '__dict__':
      throw raise(EXC.AttributeError, "attribute '__dict__' of 'type' objects is not writable");
    case '__class__':
      if (!TYPES[I32[(t.addr >> 2) + 1]].isHeap) {
        throw raise(EXC.TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
      }
      return false;
    case '__bases__':
      setTypeBases(t, v);
      return true;
  }
  return false;
}

/** type_set_bases: the checks and messages of CPython 3.11; the MROs below t are recomputed. */
function setTypeBases(t: TypeInfo, v: number): void {
  if (v === 0) throw raise(EXC.TypeError, `cannot delete '__bases__' attribute of immutable type '${t.name}'`);
  if (I32[(v >> 2) + 1] !== T_TUPLE) throw raise(EXC.TypeError, `can only assign tuple to ${t.name}.__bases__, not ${A.typeName(v)}`);
  const n = tupleSize(v);
  if (n === 0) throw raise(EXC.TypeError, `can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  const bases: TypeInfo[] = [];
  for (let i = 0; i < n; i++) {
    const b = tupleItem(v, i);
    if (!TYPES[I32[(b >> 2) + 1]].isMeta) throw raise(EXC.TypeError, `${t.name}.__bases__ must be tuple of classes, not '${A.typeName(b)}'`);
    const bt = typeInfoOfTypeObject(b);
    if (isSubtype(bt, t)) throw raise(EXC.TypeError, 'a __bases__ item causes an inheritance cycle');
    bases.push(bt);
  }
  const newBase = bestBase(bases);
  const oldBase = t.base!;
  if (newBase !== oldBase) {
    if (newBase.isHeap !== oldBase.isHeap) throw raise(EXC.TypeError, `__bases__ assignment: '${newBase.name}' deallocator differs from '${oldBase.name}'`);
    let sn: TypeInfo = newBase, so: TypeInfo = oldBase;
    while (sn.isHeap && sn.base) sn = sn.base;
    while (so.isHeap && so.base) so = so.base;
    if (sn !== so || newBase.basicsize !== oldBase.basicsize || newBase.dictOffset !== oldBase.dictOffset) {
      throw raise(EXC.TypeError, `__bases__ assignment: '${newBase.name}' object layout differs from '${oldBase.name}'`);
    }
  }
  for (const b of t.mro) if (b !== t) b.subclasses = b.subclasses.filter((x) => x !== t);
  t.base = newBase;
  const recompute = (k: TypeInfo, kb: TypeInfo[]) => {
    setBasesAndMro(k, kb, computeMroSafe(k, kb));
    for (const sub of k.subclasses) {
      const sb = A.iterToArray(I32[(sub.addr >> 2) + TY_BASES]).map((x) => {
        decref(x);
        return typeInfoOfTypeObject(x);
      });
      recompute(sub, sb);
    }
  };
  recompute(t, bases);
  for (const b of t.mro) if (b !== t) b.subclasses.push(t);
  typeModified();
  A.updateTypeFlags(t);
}

/**
 * _PyType_CalculateMetaclass: the most derived of `meta` and the metatypes of `bases` (objects,
 * borrowed), which must all be on one line of descent.
 */
export function calculateMetaclass(meta: TypeInfo, bases: number[]): TypeInfo {
  let winner = meta;
  for (const b of bases) {
    const bm = TYPES[I32[(b >> 2) + 1]];
    if (isSubtype(winner, bm)) continue;
    if (isSubtype(bm, winner)) {
      winner = bm;
      continue;
    }
    throw raise(EXC.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type.__new__(mcs, name, bases, ns, **kw) and type(name, bases, ns): check, pick the metaclass, create. */
function typeNewFromArgs(mcs: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (args.length !== 3) throw raise(EXC.TypeError, `type.__new__() takes exactly 3 arguments (${args.length} given)`);
  const [name, basesObj, ns] = args;
  if (!isSubtype(TYPES[I32[(name >> 2) + 1]], TYPES[T_STR])) throw raise(EXC.TypeError, `type.__new__() argument 1 must be str, not ${A.argTypeName(name)}`);
  if (!isSubtype(TYPES[I32[(basesObj >> 2) + 1]], TYPES[T_TUPLE])) throw raise(EXC.TypeError, `type.__new__() argument 2 must be tuple, not ${A.argTypeName(basesObj)}`);
  if (!isSubtype(TYPES[I32[(ns >> 2) + 1]], TYPES[T_DICT])) throw raise(EXC.TypeError, `type.__new__() argument 3 must be dict, not ${A.argTypeName(ns)}`);
  const bases = tupleItems(basesObj);
  const winner = calculateMetaclass(mcs, bases);
  if (winner !== mcs) {
    // a base's metaclass is more derived: it makes the class (its own __new__ when it has one)
    const nf = typeLookup(winner, '__new__');
    if (nf !== typeLookup(TYPES[T_TYPE], '__new__') && I32[(nf >> 2) + 1] === T_STATICMETHOD) {
      return A.call(I32[(nf >> 2) + DESCR_F1], [winner.addr, ...args], kw);
    }
  }
  return typeNew(strValue(name), bases.map((b) => typeInfoOfTypeObject(b)), ns, winner, kw && kw.names.length ? kw : null, basesObj);
}

/** __set_name__ on the new class's attributes, then the parent's __init_subclass__(**kw). */
function notifyNewClass(t: TypeInfo, d: number, hasBase: boolean, subclassKw: KwArgs | null): void {
  // over a snapshot of the dict, as CPython: __set_name__ may change the class (CPython's
  // snapshot is a dict copy: made and released here too, for its effect on the GC count)
  decref(dictCopy(d));
  const items: number[] = [];
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
    const k = dictEntryKey(d, i), v = dictEntryValue(d, i);
    incref(k);
    incref(v);
    items.push(k, v);
  }
  try {
    for (let i = 0; i < items.length; i += 2) {
      const v = items[i + 1];
      // of the builtin types only property has a __set_name__
      const vt = I32[(v >> 2) + 1];
      if (vt !== T_PROPERTY && !TYPES[vt].isHeap) continue;
      const sn = A.lookupSpecial(v, '__set_name__');
      if (sn === 0) continue;
      try {
        // _PyObject_LookupSpecial: CPython calls a bound method, which holds v meanwhile
        const bound = I32[(sn >> 2) + 1] === T_FUNCTION ? newMethod(sn, v) : 0;
        try {
          decref(bound ? A.call(bound, [t.addr, items[i]]) : A.callUnbound(sn, v, [t.addr, items[i]]));
        } finally {
          if (bound) decref(bound);
        }
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        // 3.11 wraps the error: RuntimeError raised from it (_PyErr_FormatFromCause)
        const re = raise(EXC.RuntimeError, `Error calling __set_name__ on '${A.typeName(v)}' instance ${A.reprJS(items[i])} in '${t.name}'`);
        excSet(re.exc, EXC_CAUSE, e.exc);
        excSet(re.exc, EXC_CONTEXT, e.exc);
        I32[(re.exc >> 2) + EXC_SUPPRESS] = 1;
        decref(e.exc);
        throw re;
      }
    }
  } finally {
    for (const o of items) decref(o);
  }
  if (hasBase) {
    // super(cls, cls).__init_subclass__(**kw): the first definition after the new class
    const sup = superOf(t);
    let isub: number;
    try {
      isub = A.getAttrOrNull(sup, A.dictKeyStr('__init_subclass__'));
    } finally {
      decref(sup);
    }
    if (isub) {
      try {
        decref(A.call(isub, [], subclassKw));
      } finally {
        decref(isub);
      }
    }
  } else if (subclassKw && subclassKw.names.length) {
    throw raise(EXC.TypeError, `${qualnameOfType(t)}.__init_subclass__() takes no keyword arguments`);
  }
}

/** A temporary super(t, t) object (new reference). */
function superOf(t: TypeInfo): number {
  return TYPES[T_SUPER].slots.new!(TYPES[T_SUPER], [t.addr, t.addr], null);
}

function computeMroSafe(t: TypeInfo, bases: TypeInfo[]): TypeInfo[] {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) throw raise(EXC.TypeError, `duplicate base class ${bases[i].name}`);
    }
  }
  return computeMro(t, bases);
}

import { tpCallArgsBegin, tpCallArgsEnd } from './tpcall.js';
export { tpCallArgsBegin, tpCallArgsEnd, type TpCallArgs } from './tpcall.js';

/** Builtin types that CPython 3.11 calls through tp_call (an argument tuple). */
const TP_CALL_BUILTINS = new Set([T_STR, T_INT, T_BYTES, T_COMPLEX, T_PROPERTY, T_STATICMETHOD, T_CLASSMETHOD, T_SLICE, T_ZIP, T_WEAKREF]);

function typeCall(typeObj: number, args: number[], kw: KwArgs | null): number {
  const t = typeInfoOfTypeObject(typeObj);
  const nkw = kw ? kw.names.length : 0;
  // type(x) has a fast path (type_vectorcall); type(name, bases, ns) goes through tp_call
  if (t.isHeap ? !t.isException : TP_CALL_BUILTINS.has(t.id) || t.name === 'bytearray' || (t.id === T_TYPE && args.length !== 1)) {
    const held = tpCallArgsBegin(args, nkw ? kw : null, t.isHeap); // a builtin type's tp_new takes the dict itself
    try {
      return typeCallImpl(t, typeObj, args, kw);
    } finally {
      tpCallArgsEnd(held);
    }
  }
  tpCallSource.args = tpCallSource.kw = 0;
  return typeCallImpl(t, typeObj, args, kw);
}

function typeCallImpl(t: TypeInfo, typeObj: number, args: number[], kw: KwArgs | null): number {
  if (t.id === T_TYPE) {
    if (args.length === 1) {
      // type_vectorcall: type(x) takes no keywords
      if (kw && kw.names.length) throw raise(EXC.TypeError, 'type() takes no keyword arguments');
      const r = TYPES[I32[(args[0] >> 2) + 1]].addr;
      incref(r);
      return r;
    }
    if (args.length !== 3) throw raise(EXC.TypeError, 'type() takes 1 or 3 arguments');
    return typeNewFromArgs(t, args, kw);
  }
  // __new__
  let obj: number;
  if (!t.isHeap) {
    // a builtin type's __new__ and __init__ cannot be replaced: call its slots directly
    let nt: TypeInfo | null = t;
    while (nt && !nt.slots.new) nt = nt.base;
    if (!nt) throw raise(EXC.TypeError, `cannot create '${t.name}' instances`);
    obj = nt.slots.new!(t, args, kw);
    const ot = TYPES[I32[(obj >> 2) + 1]];
    if (!isSubtype(ot, t)) return obj;
    let it: TypeInfo | null = ot;
    while (it && !it.slots.init) it = it.base;
    if (it && it.slots.init) {
      try {
        it.slots.init(obj, args, kw);
      } catch (e) {
        decref(obj);
        throw e;
      }
    }
    return obj;
  }
  const newf = typeLookup(t, '__new__');
  if (newf !== 0 && I32[(newf >> 2) + 1] === T_STATICMETHOD) {
    const nf = I32[(newf >> 2) + DESCR_F1];
    // a builtin __new__ is tp_new, called directly (not a C call counted against the recursion limit)
    if (I32[(nf >> 2) + 1] === T_BUILTIN) obj = builtinOf(nf).fn(I32[(nf >> 2) + BF_SELF], [typeObj, ...args], kw && kw.names.length ? kw : null);
    else obj = A.call(nf, [typeObj, ...args], kw);
  } else {
    let nt: TypeInfo | null = t;
    while (nt && !nt.slots.new) nt = nt.base;
    if (!nt) throw raise(EXC.TypeError, `cannot create '${t.name}' instances`);
    obj = nt.slots.new!(t, args, kw);
  }
  // __init__
  if (!isSubtype(TYPES[I32[(obj >> 2) + 1]], t)) return obj;
  const init = typeLookup(t, '__init__');
  try {
    if (init !== 0 && I32[(init >> 2) + 1] === T_FUNCTION) {
      const r = A.call(init, [obj, ...args], kw);
      if (r !== S.None) {
        const n = A.typeName(r);
        decref(r);
        throw raise(EXC.TypeError, `__init__() should return None, not '${n}'`);
      }
      decref(r);
    } else {
      const ot = TYPES[I32[(obj >> 2) + 1]];
      let it: TypeInfo | null = ot;
      while (it && !it.slots.init) it = it.base;
      if (it && it.slots.init) it.slots.init(obj, args, kw);
      else if (init !== 0) decref(A.callUnbound(init, obj, args));
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

/** type's getattr: special attributes, then the metatype, then the class's own MRO. */
function typeGetAttr(o: number, name: number): number {
  const t = typeInfoOfTypeObject(o);
  const s = strValue(name);
  switch (s) {
    // a static type named 'module.Name' (tp_name) has __name__ 'Name' and __module__ 'module'
    case '__name__': return newStr(t.isHeap && !t.cName ? t.name : t.name.slice(t.name.lastIndexOf('.') + 1));
    case '__qualname__': return incref(I32[(o >> 2) + TY_QUALNAME]), I32[(o >> 2) + TY_QUALNAME];
    case '__mro__': return incref(I32[(o >> 2) + TY_MRO]), I32[(o >> 2) + TY_MRO];
    case '__bases__': return incref(I32[(o >> 2) + TY_BASES]), I32[(o >> 2) + TY_BASES];
    case '__base__': {
      const b = t.base ? t.base.addr : S.None;
      incref(b);
      return b;
    }
    case '__dict__': return newMappingProxy(I32[(o >> 2) + TY_DICT]);
    case '__class__': {
      const m = TYPES[I32[(o >> 2) + 1]].addr;
      incref(m);
      return m;
    }
    case '__module__':
      if (!t.isHeap) return newStr(t.name.includes('.') ? t.name.slice(0, t.name.lastIndexOf('.')) : 'builtins');
      break;
    case '__doc__':
      if (!t.isHeap) {
        const d = dictGetStr(typeDict(t), '__doc__');
        if (!d) return A.retNone();
      }
      break;
  }
  const meta = TYPES[I32[(o >> 2) + 1]];
  const md = typeLookup(meta, s);
  if (md !== 0 && isDataDescriptor(md)) return bindDescriptor(md, o, meta);
  const v = typeLookup(t, s);
  if (v !== 0) return bindDescriptor(v, 0, t);
  if (md !== 0) return bindDescriptor(md, o, meta);
  return 0;
}

// ---- functions, methods, builtins: attributes --------------------------------------------------------

function fnGetAttr(f: number, name: number): number {
  const w = f >> 2;
  const s = strValue(name);
  const field = (off: number): number => {
    const v = I32[w + off] || S.None;
    incref(v);
    return v;
  };
  switch (s) {
    case '__name__': return field(FN_NAME);
    case '__qualname__': return field(FN_QUALNAME);
    case '__doc__': return field(FN_DOC);
    case '__module__': return field(FN_MODULE);
    case '__defaults__': return field(FN_DEFAULTS);
    case '__kwdefaults__': return field(FN_KWDEFAULTS);
    case '__code__': return field(FN_CODE);
    case '__globals__': return field(FN_GLOBALS);
    case '__builtins__': {
      // func_builtins: its globals' __builtins__, a module standing for its dict (as the frames use)
      const b = dictGetStr(I32[w + FN_GLOBALS], '__builtins__');
      if (b === 0) break;
      const d = I32[(b >> 2) + 1] === T_MODULE ? I32[(b >> 2) + MOD_DICT] : b;
      incref(d);
      return d;
    }
    case '__closure__': return field(FN_CLOSURE);
    case '__class__': return incref(TYPES[T_FUNCTION].addr), TYPES[T_FUNCTION].addr;
    case '__dict__': {
      if (I32[w + FN_DICT] === 0) I32[w + FN_DICT] = newDict();
      return field(FN_DICT);
    }
    case '__annotations__':
      // func_get_annotations: an empty dict made on first access
      if (I32[w + FN_ANNOTATIONS] === 0) I32[w + FN_ANNOTATIONS] = newDict();
      return field(FN_ANNOTATIONS);
    case '__wrapped__':
      break;
  }
  const d = I32[w + FN_DICT];
  if (d) {
    const v = dictGet(d, name);
    if (v) return incref(v), v;
  }
  return A.genericGetAttr(f, name, TYPES[T_FUNCTION]);
}

function fnSetAttr(f: number, name: number, v: number): void {
  const w = f >> 2;
  const s = strValue(name);
  const setField = (off: number) => {
    const old = I32[w + off];
    if (v !== 0 && v !== S.None) incref(v);
    I32[w + off] = v === S.None && (off === FN_DEFAULTS || off === FN_KWDEFAULTS) ? 0 : v;
    if (v === S.None && off !== FN_DEFAULTS && off !== FN_KWDEFAULTS) {
      incref(v);
      I32[w + off] = v;
    }
    xdecref(old);
  };
  // __name__/__qualname__ must stay str; __defaults__/__kwdefaults__ may also be None or deleted
  const mustBe = (tid: number, what: string) => {
    const ok = v === 0 || v === S.None ? tid !== T_STR : isSubtype(TYPES[I32[(v >> 2) + 1]], TYPES[tid]);
    if (!ok) throw raise(EXC.TypeError, `${s} must be set to a ${what} object`);
  };
  switch (s) {
    case '__name__': return mustBe(T_STR, 'string'), setField(FN_NAME);
    case '__qualname__': return mustBe(T_STR, 'string'), setField(FN_QUALNAME);
    case '__defaults__': return mustBe(T_TUPLE, 'tuple'), setField(FN_DEFAULTS);
    case '__kwdefaults__': return mustBe(T_DICT, 'dict'), setField(FN_KWDEFAULTS);
    case '__doc__': return setField(FN_DOC);
    case '__module__': return setField(FN_MODULE);
    case '__dict__': // PyObject_GenericSetDict
      if (v === 0) throw raise(EXC.TypeError, 'cannot delete __dict__');
      if (!isSubtype(TYPES[I32[(v >> 2) + 1]], TYPES[T_DICT])) throw raise(EXC.TypeError, `__dict__ must be set to a dictionary, not a '${A.typeName(v)}'`);
      return setField(FN_DICT);
    case '__annotations__':
      if (v !== 0 && v !== S.None && !isSubtype(TYPES[I32[(v >> 2) + 1]], TYPES[T_DICT])) {
        throw raise(EXC.TypeError, '__annotations__ must be set to a dict object');
      }
      if (v === S.None) v = 0;
      return setField(FN_ANNOTATIONS);
    case '__code__': {
      // func_set_code: a code object whose free variables match the closure
      if (v === 0 || I32[(v >> 2) + 1] !== T_CODE) throw raise(EXC.TypeError, '__code__ must be set to a code object');
      const nfree = codeOf(v).co.freevars.length;
      const closure = I32[w + FN_CLOSURE];
      const nclosure = closure === 0 || closure === S.None ? 0 : tupleSize(closure);
      if (nfree !== nclosure) {
        throw raise(EXC.ValueError, `${strValue(I32[w + FN_NAME])}() requires a code object with ${nclosure} free vars, not ${nfree}`);
      }
      return setField(FN_CODE);
    }
    case '__globals__': case '__builtins__': case '__closure__':
      throw raise(EXC.AttributeError, 'readonly attribute');
  }
  if (I32[w + FN_DICT] === 0) I32[w + FN_DICT] = newDict();
  if (v === 0) {
    const old = dictPop(I32[w + FN_DICT], name);
    if (!old) throw A.attributeError(f, s);
    decref(old);
  } else dictSet(I32[w + FN_DICT], name, v);
}

function fnRepr(f: number): number {
  return newStr(`<function ${strValue(I32[(f >> 2) + FN_QUALNAME])} at ${hexAddr(f)}>`);
}

function methodGetAttr(m: number, name: number): number {
  const s = strValue(name);
  const w = m >> 2;
  if (s === '__func__') return incref(I32[w + M_FUNC]), I32[w + M_FUNC];
  if (s === '__self__') return incref(I32[w + M_SELF]), I32[w + M_SELF];
  if (s === '__class__') return incref(TYPES[T_METHOD].addr), TYPES[T_METHOD].addr;
  if (s === '__doc__') return A.getAttrOrNull(I32[w + M_FUNC], name);
  const r = A.genericGetAttr(m, name, TYPES[T_METHOD]);
  if (r !== 0) return r;
  // method_getattro: anything else is the function's attribute, and so is the error
  return A.getAttr(I32[w + M_FUNC], name);
}

function methodRepr(m: number): number {
  const w = m >> 2;
  const f = I32[w + M_FUNC];
  const q = A.getAttrOrNull(f, newStrTmp('__qualname__'));
  const qs = q ? A.strJS(q) : '?';
  xdecref(q);
  return newStr(`<bound method ${qs} of ${A.reprJS(I32[w + M_SELF])}>`);
}

const tmpStrs = new Map<string, number>();
function newStrTmp(s: string): number {
  let a = tmpStrs.get(s);
  if (a === undefined) {
    a = internedStr(s);
    tmpStrs.set(s, a);
  }
  return a;
}

function builtinGetAttr(b: number, name: number): number {
  const s = strValue(name);
  const bi = builtinOf(b);
  const self = I32[(b >> 2) + BF_SELF];
  if (s === '__name__') return newStr(bi.name);
  if (s === '__qualname__') return newStr(bi.owner && self ? `${bi.owner}.${bi.name}` : bi.name);
  if (s === '__self__') {
    if (self === 0 && !bi.owner) { // a module function's module
      try {
        return importedModule(bi.module ?? 'builtins');
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        decref(e.exc);
      }
    }
    const v = self || S.None;
    return incref(v), v;
  }
  if (s === '__doc__') return bi.doc ? newStr(bi.doc) : A.retNone();
  if (s === '__module__') return bi.owner ? A.retNone() : newStr(bi.module ?? 'builtins');
  return A.genericGetAttr(b, name, TYPES[T_BUILTIN]);
}

function builtinRepr(b: number): number {
  const bi = builtinOf(b);
  const self = I32[(b >> 2) + BF_SELF];
  if (self && bi.isSlotWrapper) return newStr(`<method-wrapper '${bi.name}' of ${TYPES[I32[(self >> 2) + 1]].name} object at ${hexAddr(self)}>`);
  if (self && I32[(self >> 2) + 1] !== T_MODULE) {
    return newStr(`<built-in method ${bi.name} of ${TYPES[I32[(self >> 2) + 1]].name} object at ${hexAddr(self)}>`);
  }
  return newStr(`<built-in function ${bi.name}>`);
}

function methodDescrCall(d: number, args: number[], kw: KwArgs | null): number {
  const b = BUILTINS.get(I32[(d >> 2) + MD_SLOT]);
  const owner = TYPES[I32[(d >> 2) + MD_OWNER]];
  if (args.length === 0) {
    throw raise(EXC.TypeError, b.isSlotWrapper ? `descriptor '${b.name}' of '${owner.name}' object needs an argument` : `unbound method ${owner.name}.${b.name}() needs an argument`);
  }
  const self = args[0];
  if (!isSubtype(TYPES[I32[(self >> 2) + 1]], owner)) {
    throw raise(EXC.TypeError, b.isSlotWrapper ? `descriptor '${b.name}' requires a '${owner.name}' object but received a '${A.typeName(self)}'`
      : `descriptor '${b.name}' for '${owner.name}' objects doesn't apply to a '${A.typeName(self)}' object`);
  }
  return b.fn(self, args.slice(1), kw);
}

// ---- descriptors: property, staticmethod, classmethod ----------------------------------------

/** property.__init__(fget=None, fset=None, fdel=None, doc=None): doc defaults to fget's. */
function propertyInit(p: number, args: number[], kw: KwArgs | null): void {
  const [fget, fset, fdel, doc] = parseArgs('property', args, kw, ['fget', 'fset', 'fdel', 'doc'], 0);
  const n = (x: number) => (x === 0 || x === S.None ? 0 : x);
  descrSetField(p, DESCR_F1, n(fget));
  descrSetField(p, DESCR_F2, n(fset));
  descrSetField(p, DESCR_F3, n(fdel));
  I32[(p >> 2) + DESCR_FLAGS] = 0;
  descrSetField(p, DESCR_DOC, n(doc));
  if (n(doc) === 0 && n(fget)) {
    const gd = A.getAttrOrNull(fget, newStrTmp('__doc__'));
    if (gd === 0) return;
    try {
      // 3.11: a subclass instance keeps the getter's doc in its __dict__ (the class's own
      // __doc__ would shadow the field); an explicit doc stays in the field, so it is shadowed
      if (I32[(p >> 2) + 1] === T_PROPERTY) descrSetField(p, DESCR_DOC, gd === S.None ? 0 : gd);
      else A.setAttr(p, newStrTmp('__doc__'), gd);
    } finally {
      decref(gd);
    }
    I32[(p >> 2) + DESCR_FLAGS] = PROP_GETTER_DOC;
  }
}

/** property.getter/setter/deleter: type(self)(fget, fset, fdel, doc) with one function replaced. */
function propertyCopy(p: number, which: number, f: number): number {
  const w = p >> 2;
  const vals = [I32[w + DESCR_F1], I32[w + DESCR_F2], I32[w + DESCR_F3]];
  vals[which] = f === S.None ? 0 : f;
  // a doc taken from the old getter is not kept: the new getter's doc is taken instead
  const doc = (I32[w + DESCR_FLAGS] & PROP_GETTER_DOC) && vals[0] ? 0 : I32[w + DESCR_DOC];
  const copy = A.call(TYPES[I32[w + 1]].addr, [...vals, doc].map((v) => v || S.None));
  if (isSubtype(TYPES[I32[(copy >> 2) + 1]], TYPES[T_PROPERTY])) descrSetField(copy, PROP_NAME, I32[w + PROP_NAME]);
  return copy;
}

function propertyGetAttr(p: number, name: number): number {
  const s = strValue(name);
  const w = p >> 2;
  const f = (off: number) => {
    const v = I32[w + off] || S.None;
    return incref(v), v;
  };
  if (s === 'fget') return f(DESCR_F1);
  if (s === 'fset') return f(DESCR_F2);
  if (s === 'fdel') return f(DESCR_F3);
  const t = TYPES[I32[w + 1]];
  if (s === '__doc__' && !t.isHeap) return f(DESCR_DOC);
  if (s === '__isabstractmethod__' && typeLookup(t, s) === 0) {
    return A.newBool([DESCR_F1, DESCR_F2, DESCR_F3].some((off) => isAbstractCallable(I32[w + off])));
  }
  return A.genericGetAttr(p, name, t);
}

/** Is `f` (0 for none) marked abstract (f.__isabstractmethod__ true)? */
function isAbstractCallable(f: number): boolean {
  if (f === 0) return false;
  const v = A.getAttrOrNull(f, newStrTmp('__isabstractmethod__'));
  if (v === 0) return false;
  try {
    return A.isTrue(v);
  } finally {
    decref(v);
  }
}

/** The dict field of staticmethod / classmethod objects (their second descriptor field is unused). */
const WRAPPER_DICT = DESCR_F2;

/**
 * staticmethod(f) / classmethod(f).__init__ copies f's __module__, __name__, __qualname__, __doc__
 * and __annotations__ into the wrapper's __dict__ (as functools.wraps would; missing ones are skipped).
 */
function copyWrappedAttrs(self: number, f: number): void {
  for (const n of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    const k = internedStr(n);
    try {
      const v = A.getAttrOrNull(f, k);
      if (v === 0) continue;
      try {
        A.setAttr(self, k, v);
      } finally {
        decref(v);
      }
    } finally {
      decref(k);
    }
  }
}

function wrapperGetAttr(p: number, name: number): number {
  const s = strValue(name);
  if (s === '__func__' || s === '__wrapped__') {
    const v = I32[(p >> 2) + DESCR_F1] || S.None;
    return incref(v), v;
  }
  const r = A.genericGetAttr(p, name, TYPES[I32[(p >> 2) + 1]]);
  if (r) return r;
  if (s === '__isabstractmethod__') return A.newBool(isAbstractCallable(I32[(p >> 2) + DESCR_F1]));
  return 0;
}

// ---- super ---------------------------------------------------------------------------------------

const SUP_TYPE = 2, SUP_OBJ = 3, SUP_OBJTYPE = 4;

function superDealloc(s: number): void {
  gcUntrack(s);
  const w = s >> 2;
  for (const off of [SUP_TYPE, SUP_OBJ, SUP_OBJTYPE]) xdecref(I32[w + off]);
  freeGCObject(s);
}

function superTraverse(s: number, visit: Visit): void {
  const w = s >> 2;
  for (const off of [SUP_TYPE, SUP_OBJ, SUP_OBJTYPE]) if (I32[w + off]) visit(I32[w + off]);
}

/** Filled by the VM: zero-argument super() needs the calling frame's __class__ cell and first arg. */
export const superHook = { frameInfo: (): [number, number] => [0, 0] };

function superNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (kw && kw.names.length) throw raise(EXC.TypeError, 'super() takes no keyword arguments');
  if (args.length > 2) throw raise(EXC.TypeError, `super() expected at most 2 arguments, got ${args.length}`);
  let typ: number, obj: number;
  if (args.length === 0) {
    [typ, obj] = superHook.frameInfo();
  } else {
    typ = args[0];
    obj = args.length > 1 ? args[1] : 0;
  }
  if (!TYPES[I32[(typ >> 2) + 1]].isMeta) throw raise(EXC.TypeError, `super() argument 1 must be a type, not ${A.typeName(typ)}`);
  let objType = 0;
  if (obj !== 0 && obj !== S.None) {
    const st = typeInfoOfTypeObject(typ);
    if (TYPES[I32[(obj >> 2) + 1]].isMeta && isSubtype(typeInfoOfTypeObject(obj), st)) objType = obj;
    else if (isSubtype(TYPES[I32[(obj >> 2) + 1]], st)) objType = TYPES[I32[(obj >> 2) + 1]].addr;
    else throw raise(EXC.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  }
  const s = allocGCObject(t.id, 20);
  const w = s >> 2;
  incref(typ);
  I32[w + SUP_TYPE] = typ;
  if (obj) incref(obj);
  I32[w + SUP_OBJ] = obj;
  if (objType) incref(objType);
  I32[w + SUP_OBJTYPE] = objType;
  gcTrack(s);
  return s;
}

function superGetAttr(s: number, name: number): number {
  const w = s >> 2;
  const obj = I32[w + SUP_OBJ], objType = I32[w + SUP_OBJTYPE];
  const nm = strValue(name);
  if (objType !== 0 && nm !== '__class__') {
    const start = typeInfoOfTypeObject(I32[w + SUP_TYPE]);
    const mro = typeInfoOfTypeObject(objType).mro;
    let i = mro.indexOf(start) + 1;
    for (; i > 0 && i < mro.length; i++) {
      const v = dictGetStr(typeDict(mro[i]), nm);
      if (v !== 0) {
        const target = obj === objType ? 0 : obj;
        return bindDescriptor(v, target, typeInfoOfTypeObject(objType));
      }
    }
  }
  // super's own members: None for an unbound super
  const member = nm === '__thisclass__' ? I32[w + SUP_TYPE] : nm === '__self__' ? obj : nm === '__self_class__' ? objType : -1;
  if (member !== -1) {
    const v = member || S.None;
    return incref(v), v;
  }
  return A.genericGetAttr(s, name, TYPES[T_SUPER]);
}

// ---- exceptions ----------------------------------------------------------------------------------

// OSError(errno, strerror[, filename[, winerror[, filename2]]]) of OSError itself becomes the
// subclass for that errno (Objects/exceptions.c, oserror_new), as FileNotFoundError for ENOENT.
const ERRNO_SUBCLASS: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 108: 'BrokenPipeError',
  110: 'TimeoutError', 111: 'ConnectionRefusedError', 114: 'BlockingIOError', 115: 'BlockingIOError',
};

function excNew(t: TypeInfo, args: number[], _kw: KwArgs | null): number {
  if (t === EXC.OSError && args.length >= 2 && args.length <= 5 && I32[(args[0] >> 2) + 1] === T_INT) {
    const sub = ERRNO_SUBCLASS[intNumber(args[0])];
    if (sub) t = EXC[sub];
  }
  const a = tupleFrom(args);
  const e = newExceptionObject(t, a);
  decref(a);
  if (isSubtype(t, EXC.OSError)) osErrorParse(e, args);
  return e;
}

// OSError keeps (errno, strerror, filename, filename2) as a tuple in its value slot; with a
// filename, args is cut to (errno, strerror) (oserror_init).
const OSE_ERRNO = 0, OSE_STRERROR = 1, OSE_FILENAME = 2, OSE_FILENAME2 = 3;
const OSE_FIELDS = ['errno', 'strerror', 'filename', 'filename2'];

function osErrorParse(e: number, args: number[]): void {
  const f = [S.None, S.None, S.None, S.None];
  if (args.length >= 2 && args.length <= 5) {
    f[OSE_ERRNO] = args[0];
    f[OSE_STRERROR] = args[1];
    if (args.length >= 3) f[OSE_FILENAME] = args[2];
    if (args.length === 5) f[OSE_FILENAME2] = args[4];
    if (args.length >= 3 && args[2] !== S.None) {
      const a2 = tupleFrom(args.slice(0, 2));
      excSet(e, EXC_ARGS, a2);
      decref(a2);
    }
  }
  const v = tupleFrom(f);
  excSet(e, EXC_VALUE, v);
  decref(v);
}

function osErrorField(e: number, i: number): number {
  const v = I32[(e >> 2) + EXC_VALUE];
  return v === 0 ? S.None : tupleItem(v, i);
}

function osErrorSetField(e: number, i: number, x: number): void {
  const f = [0, 1, 2, 3].map((j) => (j === i ? x : osErrorField(e, j)));
  const v = tupleFrom(f);
  excSet(e, EXC_VALUE, v);
  decref(v);
}

function excInit(self: number, args: number[], kw: KwArgs | null): void {
  // CPython passes __new__ and __init__ the same args tuple: when __new__ stored these very
  // arguments, keep its tuple (no second allocation)
  const cur = I32[(self >> 2) + EXC_ARGS];
  let a: number;
  if (cur !== 0 && tupleSize(cur) === args.length && args.every((x, i) => tupleItem(cur, i) === x)) {
    a = cur;
    incref(a);
  } else {
    a = tupleFrom(args);
    excSet(self, EXC_ARGS, a);
  }
  decref(a);
  const t = TYPES[I32[(self >> 2) + 1]];
  if (kw !== null && kw.names.length > 0) {
    // the keyword-only attributes of ImportError(name=, path=), AttributeError(name=, obj=), NameError(name=)
    const isImp = isSubtype(t, EXC.ImportError), isAttr = isSubtype(t, EXC.AttributeError);
    const known = isImp ? ['name', 'path'] : isAttr ? ['name', 'obj'] : isSubtype(t, EXC.NameError) ? ['name'] : [];
    const owner = isImp ? 'ImportError' : isAttr ? 'AttributeError' : 'NameError';
    kw.names.forEach((n, i) => {
      if (!known.includes(n)) {
        throw raise(EXC.TypeError, known.length ? `'${n}' is an invalid keyword argument for ${owner}()` : `${t.name}() takes no keyword arguments`);
      }
      excSet(self, n === 'name' ? EXC_VALUE : EXC_OBJ, kw.values[i]);
    });
  }
  if (isSubtype(t, EXC.StopIteration)) excSet(self, EXC_VALUE, args.length ? args[0] : S.None);
  if (isSubtype(t, EXC.SystemExit)) excSet(self, EXC_VALUE, args.length ? (args.length === 1 ? args[0] : a) : S.None);
  if (isSubtype(t, EXC.OSError)) osErrorParse(self, args);
  if (isSubtype(t, EXC.UnicodeEncodeError) || isSubtype(t, EXC.UnicodeDecodeError)) unicodeErrorInit(self, t, args);
  if (isSubtype(t, EXC.UnicodeTranslateError)) unicodeTranslateErrorInit(self, t, args);
}

/** UnicodeTranslateError(object, start, end, reason): the attributes, encoding None. */
function unicodeTranslateErrorInit(self: number, t: TypeInfo, args: number[]): void {
  if (args.length !== 4) throw raise(EXC.TypeError, `function takes exactly 4 arguments (${args.length} given)`);
  const isStr = (v: number) => isSubtype(TYPES[I32[(v >> 2) + 1]], TYPES[T_STR]);
  for (const i of [0, 3]) if (!isStr(args[i])) throw raise(EXC.TypeError, `argument ${i + 1} must be str, not ${A.typeName(args[i])}`);
  const vals = [S.None, args[0], newInt(A.indexValue(args[1])), newInt(A.indexValue(args[2])), args[3]];
  setUnicodeErrorFields(self, t, vals);
}

const UNICODE_ERROR_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

/** Set a Unicode*Error's five attributes; `vals[2]` and `vals[3]` (start, end) are owned. */
function setUnicodeErrorFields(self: number, t: TypeInfo, vals: number[]): void {
  UNICODE_ERROR_FIELDS.forEach((n, i) => {
    const k = internedStr(n);
    A.genericSetAttr(self, k, vals[i], t);
    decref(k);
  });
  decref(vals[2]);
  decref(vals[3]);
}

/** UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason): the attributes. */
function unicodeErrorInit(self: number, t: TypeInfo, args: number[]): void {
  if (args.length !== 5) throw raise(EXC.TypeError, `function takes exactly 5 arguments (${args.length} given)`);
  const isStr = (v: number) => isSubtype(TYPES[I32[(v >> 2) + 1]], TYPES[T_STR]);
  const decode = isSubtype(t, EXC.UnicodeDecodeError);
  for (const i of [0, 4]) if (!isStr(args[i])) throw raise(EXC.TypeError, `argument ${i + 1} must be str, not ${A.typeName(args[i])}`);
  if (!decode && !isStr(args[1])) throw raise(EXC.TypeError, `argument 2 must be str, not ${A.typeName(args[1])}`);
  if (decode && (isStr(args[1]) || !bytesHook.isBytesLike(args[1]))) {
    throw raise(EXC.TypeError, `a bytes-like object is required, not '${A.typeName(args[1])}'`);
  }
  const vals = [args[0], args[1], newInt(A.indexValue(args[2])), newInt(A.indexValue(args[3])), args[4]];
  setUnicodeErrorFields(self, t, vals);
}

/** str() of a Unicode{En,De}codeError from its attributes, as CPython words it ('' when unset). */
function unicodeErrorStr(e: number, t: TypeInfo): string | null {
  const get = (n: string) => {
    const k = internedStr(n);
    try {
      return A.getAttrOrNull(e, k);
    } finally {
      decref(k);
    }
  };
  const vals = UNICODE_ERROR_FIELDS.map(get);
  try {
    if (vals.some((v) => v === 0)) return '';
    const [enc, obj, so, eo, reason] = vals as number[];
    const start = A.indexValue(so), end = A.indexValue(eo);
    const len = A.length(obj);
    if (isSubtype(t, EXC.UnicodeDecodeError)) {
      if (start < len && end === start + 1) {
        const b = A.getItem(obj, so);
        const byte = A.indexValue(b);
        decref(b);
        return `'${A.strJS(enc)}' codec can't decode byte 0x${byte.toString(16).padStart(2, '0')} in position ${start}: ${A.strJS(reason)}`;
      }
      return `'${A.strJS(enc)}' codec can't decode bytes in position ${start}-${end - 1}: ${A.strJS(reason)}`;
    }
    // UnicodeTranslateError has no encoding and says "can't translate"
    const what = isSubtype(t, EXC.UnicodeTranslateError) ? "can't translate" : `'${A.strJS(enc)}' codec can't encode`;
    if (start < len && end === start + 1) {
      const c = strValue(obj).codePointAt([...strValue(obj)].slice(0, start).join('').length)!;
      const ch = c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
      return `${what} character '${ch}' in position ${start}: ${A.strJS(reason)}`;
    }
    return `${what} characters in position ${start}-${end - 1}: ${A.strJS(reason)}`;
  } finally {
    for (const v of vals) if (v) decref(v);
  }
}

function excStr(e: number): number {
  const args = I32[(e >> 2) + EXC_ARGS];
  const n = tupleSize(args);
  const t = TYPES[I32[(e >> 2) + 1]];
  if (isSubtype(t, EXC.KeyError) && n === 1) return A.repr(tupleItem(args, 0));
  if (isSubtype(t, EXC.UnicodeEncodeError) || isSubtype(t, EXC.UnicodeDecodeError) || isSubtype(t, EXC.UnicodeTranslateError)) {
    return newStr(unicodeErrorStr(e, t) ?? '');
  }
  if (isSubtype(t, EXC.OSError) && I32[(e >> 2) + EXC_VALUE] !== 0) {
    const fn = osErrorField(e, OSE_FILENAME), fn2 = osErrorField(e, OSE_FILENAME2);
    const no = A.strJS(osErrorField(e, OSE_ERRNO)), msg = A.strJS(osErrorField(e, OSE_STRERROR));
    if (fn !== S.None) {
      return newStr(`[Errno ${no}] ${msg}: ${A.reprJS(fn)}` + (fn2 !== S.None ? ` -> ${A.reprJS(fn2)}` : ''));
    }
    if (n >= 2 && n <= 5) return newStr(`[Errno ${no}] ${msg}`);
  }
  if (n === 0) return newStr('');
  if (n === 1) return A.str(tupleItem(args, 0));
  return A.str(args);
}

function excRepr(e: number): number {
  const t = TYPES[I32[(e >> 2) + 1]];
  const args = I32[(e >> 2) + EXC_ARGS];
  const n = tupleSize(args);
  const name = t.name;
  if (n === 1) return newStr(`${name}(${A.reprJS(tupleItem(args, 0))})`);
  if (n === 0) return newStr(`${name}()`);
  return newStr(`${name}${A.reprJS(args)}`);
}

function excGetAttr(e: number, name: number): number {
  const s = strValue(name);
  const w = e >> 2;
  const f = (off: number) => {
    const v = I32[w + off] || S.None;
    return incref(v), v;
  };
  const t = TYPES[I32[w + 1]];
  switch (s) {
    case 'args': return f(EXC_ARGS);
    case '__traceback__': return f(EXC_TB);
    case '__context__': return f(EXC_CONTEXT);
    case '__cause__': return f(EXC_CAUSE);
    case '__suppress_context__': return A.newBool(I32[w + EXC_SUPPRESS] !== 0);
    case 'value':
      if (isSubtype(t, EXC.StopIteration)) return f(EXC_VALUE);
      break;
    case 'code':
      if (isSubtype(t, EXC.SystemExit)) return f(EXC_VALUE);
      break;
    case 'name':
      if (isSubtype(t, EXC.NameError) || isSubtype(t, EXC.AttributeError) || isSubtype(t, EXC.ImportError)) return f(EXC_VALUE);
      break;
    case 'obj':
      if (isSubtype(t, EXC.AttributeError)) return f(EXC_OBJ);
      break;
    case 'message':
      if (isSubtype(t, EXC.BaseExceptionGroup)) return f(EXC_VALUE);
      break;
    case 'exceptions':
      if (isSubtype(t, EXC.BaseExceptionGroup)) return f(EXC_OBJ);
      break;
    case 'path':
      if (isSubtype(t, EXC.ImportError)) return f(EXC_OBJ);
      break;
    case 'msg':
      if (isSubtype(t, EXC.ImportError)) {
        const args = I32[w + EXC_ARGS];
        const v = tupleSize(args) === 1 ? tupleItem(args, 0) : S.None;
        incref(v);
        return v;
      }
      break;
    case 'errno': case 'strerror': case 'filename': case 'filename2':
      if (isSubtype(t, EXC.OSError)) { const v = osErrorField(e, OSE_FIELDS.indexOf(s)); incref(v); return v; }
      break;
  }
  return A.genericGetAttr(e, name, t);
}

function excSetAttr(e: number, name: number, v: number): void {
  const s = strValue(name);
  const t = TYPES[I32[(e >> 2) + 1]];
  switch (s) {
    case 'args': {
      const tup = A.iterToArray(v);
      const a = tupleFromSteal(tup);
      excSet(e, EXC_ARGS, a);
      decref(a);
      return;
    }
    case '__traceback__':
      if (v === 0) throw raise(EXC.TypeError, '__traceback__ may not be deleted');
      if (v !== S.None && I32[(v >> 2) + 1] !== T_TRACEBACK) throw raise(EXC.TypeError, '__traceback__ must be a traceback or None');
      excSet(e, EXC_TB, v === S.None ? 0 : v);
      return;
    case '__context__':
    case '__cause__': {
      const what = s === '__cause__' ? 'cause' : 'context';
      if (v === 0) throw raise(EXC.TypeError, `${s} may not be deleted`);
      if (v !== S.None && !isSubtype(TYPES[I32[(v >> 2) + 1]], EXC.BaseException)) {
        throw raise(EXC.TypeError, `exception ${what} must be None or derive from BaseException`);
      }
      excSet(e, s === '__cause__' ? EXC_CAUSE : EXC_CONTEXT, v === S.None ? 0 : v);
      if (s === '__cause__') I32[(e >> 2) + EXC_SUPPRESS] = 1;
      return;
    }
    case '__suppress_context__':
      if (v === 0) throw raise(EXC.TypeError, "can't delete numeric/char attribute");
      if (I32[(v >> 2) + 1] !== T_BOOL) throw raise(EXC.TypeError, 'attribute value type must be bool');
      I32[(e >> 2) + EXC_SUPPRESS] = v === S.True ? 1 : 0;
      return;
    case 'value':
      if (isSubtype(t, EXC.StopIteration)) return excSet(e, EXC_VALUE, v);
      break;
    case 'code':
      if (isSubtype(t, EXC.SystemExit)) return excSet(e, EXC_VALUE, v);
      break;
    case 'errno': case 'strerror': case 'filename': case 'filename2':
      if (isSubtype(t, EXC.OSError)) return osErrorSetField(e, OSE_FIELDS.indexOf(s), v === 0 ? S.None : v);
      break;
  }
  A.genericSetAttr(e, name, v, t);
}

// ---- slot wrappers: Python-visible dunders for builtin slots -------------------------------------

const NB_DUNDER = op.NB_NAMES;

const OBJECT_DOC = 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n' +
  'instance that has no instance attributes and cannot be given any.\n';

function checkAttrName(name: number): number {
  if (I32[(name >> 2) + 1] !== T_STR && !isSubtype(TYPES[I32[(name >> 2) + 1]], TYPES[T_STR])) {
    throw raise(EXC.TypeError, `attribute name must be string, not '${A.typeName(name)}'`);
  }
  return name;
}

function genSlotWrappers(t: TypeInfo): void {
  const s = t.slots;
  const d = typeDict(t);
  const has = (n: string) => dictGetStr(d, n) !== 0;
  // nargs: a fixed count, -1 for one or two, absent for any (with keywords)
  // CPython defines these as plain methods beside the slot (METH_COEXIST): method messages and repr
  const coexist = (name: string) => (name === '__getitem__' && (t.id === T_LIST || t.id === T_DICT)) ||
    (name === '__contains__' && (t.id === T_DICT || t.id === T_SET || t.id === T_FROZENSET));
  const add = (name: string, fn: (self: number, args: number[], kw: KwArgs | null) => number, nargs?: number) => {
    const wrapper = !coexist(name);
    if (!has(name)) defMethod(t.id, name, fn, nargs === undefined ? { kw: true, slotWrapper: wrapper } : { nargs: nargs === -1 ? [1, 2] : nargs, slotWrapper: wrapper });
  };
  // every builtin type has a __doc__ (pyvm keeps no docstrings for them but object's)
  if (!has('__doc__')) defAttr(t.id, '__doc__', t.id === T_OBJECT ? newStr(OBJECT_DOC) : A.retNone());
  if (s.repr) add('__repr__', (self) => s.repr!(self), 0);
  if (s.str) add('__str__', (self) => s.str!(self), 0);
  if (s.hash) {
    add('__hash__', (self) => {
      // identity hashes (and a float NaN's) as Python sees them: id >> 4
      const byId = s.hash === A.ID_HASH || (t.id === T_FLOAT && F64[(self >> 3) + 1] !== F64[(self >> 3) + 1]);
      return A.newIntBig(BigInt(byId ? A.idHashPython(self) : s.hash!(self)));
    }, 0);
  }
  if (s.richcompare) {
    op.CMP_NAMES.forEach((n, i) => add(n, (self, args) => s.richcompare!(self, args[0], i), 1));
  }
  if (s.iter) add('__iter__', (self) => s.iter!(self), 0);
  if (s.iternext) add('__next__', (self) => {
    const v = s.iternext!(self);
    if (v === 0) throw raise(EXC.StopIteration, null);
    return v;
  }, 0);
  if (s.len) add('__len__', (self) => newInt(s.len!(self)), 0);
  if (s.getitem) add('__getitem__', (self, args) => s.getitem!(self, args[0]), 1);
  if (s.setitem) add('__setitem__', (self, args) => (s.setitem!(self, args[0], args[1]), A.retNone()), 2);
  if (s.delitem) add('__delitem__', (self, args) => (s.delitem!(self, args[0]), A.retNone()), 1);
  if (s.contains) add('__contains__', (self, args) => A.newBool(s.contains!(self, args[0])), 1);
  if (s.bool) add('__bool__', (self) => A.newBool(s.bool!(self)), 0);
  if (s.call) add('__call__', (self, args, kw) => s.call!(self, args, kw));
  if (s.init) add('__init__', (self, args, kw) => (s.init!(self, args, kw), A.retNone()));
  if (s.setattr) {
    add('__setattr__', (self, args) => (s.setattr!(self, checkAttrName(args[0]), args[1]), A.retNone()), 2);
    add('__delattr__', (self, args) => (s.setattr!(self, checkAttrName(args[0]), 0), A.retNone()), 1);
  }
  if (s.descrGet) {
    add('__get__', (self, args) => {
      const obj = args[0] === S.None ? 0 : args[0];
      const owner = args.length > 1 && args[1] !== S.None ? args[1] : 0;
      if (obj === 0 && owner === 0) throw raise(EXC.TypeError, '__get__(None, None) is invalid');
      return s.descrGet!(self, obj, owner || TYPES[I32[(obj >> 2) + 1]].addr);
    }, -1);
  }
  if (s.descrSet) {
    add('__set__', (self, args) => (s.descrSet!(self, args[0], args[1]), A.retNone()), 2);
    add('__delete__', (self, args) => (s.descrSet!(self, args[0], 0), A.retNone()), 1);
  }
  if (s.number) {
    const num = s.number;
    const ops = s.numberOps ?? NB_DUNDER.flatMap((n) => [n, 'r' + n]);
    // str, list and tuple implement + and * as sq_concat / sq_repeat in CPython: their __add__,
    // __mul__ and __rmul__ raise instead of returning NotImplemented
    const sequence = t.id === T_STR || t.id === T_LIST || t.id === T_TUPLE;
    for (const o of ops) {
      const reflected = !NB_DUNDER.includes(o);
      const i = NB_DUNDER.indexOf(reflected ? o.slice(1) : o);
      add(`__${o}__`, (self, args) => {
        const r = reflected ? num(args[0], self, i | REFLECTED) : num(self, args[0], i);
        if (r !== 0 && r !== S.NotImplemented) return r;
        if (sequence && o === 'add') {
          if (r !== 0) decref(r);
          throw raise(EXC.TypeError, `can only concatenate ${t.name} (not "${A.typeName(args[0])}") to ${t.name}`);
        }
        if (sequence && (o === 'mul' || o === 'rmul')) {
          if (r !== 0) decref(r);
          throw raise(EXC.TypeError, `'${A.typeName(args[0])}' object cannot be interpreted as an integer`);
        }
        return r === 0 ? (incref(S.NotImplemented), S.NotImplemented) : r;
      }, 1);
    }
  }
  if (s.new && !has('__new__')) {
    const newFn = s.new;
    const b = { name: '__new__', owner: t.name, doc: null, isClassMethod: false, isStatic: true,
      fn: (_self: number, args: number[], kw: KwArgs | null) => {
        if (args.length === 0) throw raise(EXC.TypeError, `${t.name}.__new__(): not enough arguments`);
        if (!TYPES[I32[(args[0] >> 2) + 1]].isMeta) throw raise(EXC.TypeError, `${t.name}.__new__(X): X is not a type object${args.length ? ` (${A.typeName(args[0])})` : ''}`);
        const sub = typeInfoOfTypeObject(args[0]);
        if (!isSubtype(sub, t)) throw raise(EXC.TypeError, `${t.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${t.name}`);
        // tp_new_wrapper: the nearest builtin base of `sub` must use this very __new__
        let st = sub;
        while (st.isHeap && st.base) st = st.base;
        if (st !== t && st.slots.new && st.slots.new !== newFn) {
          throw raise(EXC.TypeError, `${t.name}.__new__(${sub.name}) is not safe, use ${st.name}.__new__()`);
        }
        return newFn(sub, args.slice(1), kw);
      } };
    const f = newBuiltinFromSlot(BUILTINS.add(b), 0);
    const sm = newDescrObject(T_STATICMETHOD, f, 0, 0, 0);
    decref(f);
    defAttr(t.id, '__new__', sm);
  }
}

// ---- code loading ----------------------------------------------------------------------------------

/** Equal constants of one compilation (a module and all its functions) are one object, as
 * CPython's compiler merges them (merge_consts_recursive): `f() is 'some text'` is True. Active
 * while a top-level loadCode runs; the map owns no references (the code objects do). */
let constMerge: Map<string, number> | null = null;

function mergeKey(c: ConstValue): string | null {
  switch (typeof c) {
    case 'bigint': return 'i' + c.toString();
    case 'number': return 'f' + (Object.is(c, -0) ? '-0' : String(c));
    case 'string': return 's' + c;
  }
  if (c === null || typeof c !== 'object') return null;
  switch (c.kind) {
    case 'tuple': case 'frozenset': {
      const ks = c.items.map((x) => (x === null ? 'N' : typeof x === 'boolean' ? (x ? 'T' : 'F') : typeof x === 'object' && x.kind === 'ellipsis' ? 'E' : mergeKey(x)));
      if (ks.some((k) => k === null)) return null;
      return (c.kind === 'tuple' ? 't(' : 'z(') + ks.join(',') + ')';
    }
    case 'bytes': return 'b' + Array.from(c.value).join(',');
  }
  return null;
}

/** Turn a compiler constant into a heap object (new reference). */
export function constToObject(c: ConstValue, filename: string): number {
  if (constMerge !== null) {
    const k = mergeKey(c);
    if (k !== null) {
      const o = constMerge.get(k);
      if (o !== undefined) return incref(o), o;
      const n = constToObjectNew(c, filename);
      constMerge.set(k, n);
      return n;
    }
  }
  return constToObjectNew(c, filename);
}

function constToObjectNew(c: ConstValue, filename: string): number {
  if (c === null) return A.retNone();
  switch (typeof c) {
    case 'boolean': return A.newBool(c);
    case 'bigint': return A.newIntBig(c);
    case 'number': return newFloat(c);
    case 'string': return isNameChars(c) ? internedStr(c) : newStr(c);
  }
  switch (c.kind) {
    case 'tuple': return tupleFromSteal(c.items.map((x) => constToObject(x, filename)));
    case 'ellipsis': return incref(S.Ellipsis), S.Ellipsis;
    case 'code': return loadCode(c.code);
    case 'frozenset': {
      const items = c.items.map((x) => constToObject(x, filename));
      try {
        return frozensetConstant(items);
      } finally {
        for (const o of items) decref(o);
      }
    }
    case 'bytes': return bytesHook.make(c.value);
    case 'complex': return complexConstHook.make(c.imag);
  }
}

export const complexConstHook = { make: (_imag: number): number => { throw raise(EXC.NotImplementedError, 'complex numbers are not supported by pyvm'); } };

export const bytesHook = {
  make: (_b: Uint8Array): number => { throw raise(EXC.NotImplementedError, 'bytes are not supported by pyvm'); },
  isBytesLike: (_o: number): boolean => false,
};

/** Load a compiled CodeObject: constants and names become heap objects. New reference. */
export function loadCode(co: CodeObject): number {
  const consts = new Int32Array(co.consts.length);
  const top = constMerge === null;
  if (top) constMerge = new Map();
  try {
    for (let i = 0; i < co.consts.length; i++) consts[i] = constToObject(co.consts[i], co.filename);
  } finally {
    if (top) constMerge = null;
  }
  const names = new Int32Array(co.names.length);
  for (let i = 0; i < co.names.length; i++) names[i] = internedStr(co.names[i]);
  const varnameStrs = new Int32Array(co.varnames.length);
  for (let i = 0; i < co.varnames.length; i++) varnameStrs[i] = internedStr(co.varnames[i]);
  const code: Code = {
    co, ops: co.ops, consts, names, nlocalsplus: co.varnames.length + co.cellvars.length + co.freevars.length,
    nvars: co.varnames.length, ncells: co.cellvars.length, addr: 0, varnameStrs, ic: new Int32Array(co.ops.length * 8) /* 4 ways: vm/inlinecache.ts */, nameStr: 0, qualnameStr: 0, entries: 0,
  };
  return newCodeObject(code);
}

// ---- start-up --------------------------------------------------------------------------------------

/** Create the whole runtime. `extraInits` are the type modules' init functions, in order. */
export function initRuntime(heapLimit: number | undefined, typeInits: (() => void)[]): void {
  initAddressSpace(heapLimit);
  TYPES.length = 0;
  declareTypes();
  initGenerations();
  initSmallInts();
  initStrings();
  initTuples();
  makeSingletons();
  createTypeObjects();
  A.internHook.intern = internedStr;
  A.installDescrHooks();
  A.typeSpecialAttrHook.set = typeSetSpecialAttr;
  setupCoreSlots();
  initGeneratorType();
  initFrameObjectType();
  initGetsetType();
  for (const init of typeInits) init();
  for (const t of TYPES) if (t) genSlotWrappers(t);
  initDirExtras();
}

/** The attributes of builtin types that are getset/member descriptors in CPython (see
 * TypeInfo.dirExtra and DESCRIPTOR_ATTRS). */
function initDirExtras(): void {
  for (const t of TYPES) {
    const names = t && !t.isHeap ? DESCRIPTOR_ATTRS[t.name] : undefined;
    if (names !== undefined) t.dirExtra = names;
  }
}

function setupCoreSlots(): void {
  const obj = TYPES[T_OBJECT];
  obj.slots.repr = defaultRepr;
  obj.slots.str = A.objectStr; // object_str: tp_repr directly, no second recursion check
  obj.slots.hash = A.ID_HASH;
  obj.slots.richcompare = objectRichCompare;
  obj.slots.new = objectNew;
  obj.slots.init = objectInit;
  defMethod(T_OBJECT, '__setattr__', (self, args) => (A.genericSetAttr(self, checkAttrName(args[0]), args[1], TYPES[I32[(self >> 2) + 1]]), A.retNone()), { nargs: 2 });
  defMethod(T_OBJECT, '__delattr__', (self, args) => (A.genericSetAttr(self, checkAttrName(args[0]), 0, TYPES[I32[(self >> 2) + 1]]), A.retNone()), { nargs: 1 });
  defMethod(T_OBJECT, '__getattribute__', (self, args) => {
    const r = A.genericGetAttr(self, checkAttrName(args[0]), TYPES[I32[(self >> 2) + 1]]);
    if (r === 0) throw A.attributeError(self, strValue(args[0]));
    return r;
  }, { nargs: 1 });
  defMethod(T_OBJECT, '__format__', (self, args) => {
    if (A.strJS(args[0]) !== '') throw raise(EXC.TypeError, `unsupported format string passed to ${A.typeName(self)}.__format__`);
    return A.str(self);
  }, { nargs: 1 });
  defMethod(T_OBJECT, '__dir__', (self) => dirOf(self), { nargs: 0 });
  defMethod(T_OBJECT, '__reduce__', (self) => commonReduce(self, 0), { nargs: 0 });
  defMethod(T_OBJECT, '__reduce_ex__', (self, args) => objectReduceEx(self, A.indexValue(args[0])), { nargs: 1 });
  defMethod(T_OBJECT, '__init_subclass__', (cls, args, kw) => {
    const qual = qualnameOfType(typeInfoOfTypeObject(cls));
    if (args.length) throw raise(EXC.TypeError, `${qual}.__init_subclass__() takes no arguments (${args.length} given)`);
    if (kw && kw.names.length) throw raise(EXC.TypeError, `${qual}.__init_subclass__() takes no keyword arguments`);
    return A.retNone();
  }, { classmethod: true, kw: true });
  defMethod(T_OBJECT, '__getstate__', (self) => objectGetState(self), { nargs: 0 });
  defMethod(T_OBJECT, '__subclasshook__', () => (incref(S.NotImplemented), S.NotImplemented), { classmethod: true, nargs: [0, 1e9] });
  defMethod(T_OBJECT, '__sizeof__', (self) => {
    const n = sizeofHook.builtin(self);
    return newInt(n >= 0 ? n : TYPES[I32[(self >> 2) + 1]].basicsize);
  }, { nargs: 0 });

  const type = TYPES[T_TYPE];
  type.slots.call = typeCall;
  // type.__new__(mcs, name, bases, ns): classes whose metaclass is mcs
  type.slots.new = (mcs, args, kw) => {
    void kw;
    if (args.length === 1 && mcs.id === T_TYPE) {
      const r = TYPES[I32[(args[0] >> 2) + 1]].addr;
      incref(r);
      return r;
    }
    return typeNewFromArgs(mcs, args, kw);
  };
  defMethod(T_TYPE, '__prepare__', () => newDict(), { classmethod: true, nargs: [0, 1e9], kw: true });
  type.slots.init = (_self, args) => {
    if (args.length !== 1 && args.length !== 3) throw raise(EXC.TypeError, 'type.__init__() takes 1 or 3 arguments');
  };
  type.slots.getattr = typeGetAttr;
  type.slots.setattr = A.typeSetAttrSlot;
  type.slots.repr = (o) => {
    const t = typeInfoOfTypeObject(o);
    const dot = t.name.lastIndexOf('.');
    const mod = t.isHeap ? moduleOfType(t) : dot >= 0 ? t.name.slice(0, dot) : 'builtins';
    return newStr(mod === 'builtins' ? `<class '${qualnameOfType(t)}'>` : `<class '${mod}.${qualnameOfType(t)}'>`);
  };
  type.slots.hash = A.ID_HASH;
  type.slots.richcompare = objectRichCompare;
  // classes can be weakly referenced (abc keeps its registries in WeakSets)
  type.dealloc = (a) => {
    if (I32[(a >> 2) + TY_WEAKLIST] !== 0) weakrefHooks.clearWeakrefs(a);
    typeDealloc(a);
  };
  type.traverse = typeTraverse;
  type.clear = typeClear;
  defMethod(T_TYPE, 'mro', (self) => {
    const l = newList();
    for (const b of typeInfoOfTypeObject(self).mro) listAppend(l, b.addr);
    return l;
  }, { nargs: 0 });
  defMethod(T_TYPE, '__subclasses__', (self) => {
    // direct subclasses: builtin types first (CPython creates them at start-up), then classes in
    // creation order; a class is a direct subclass when self is in its __bases__
    const l = newList();
    const isChild = (b: TypeInfo) => b.addr !== 0 && I32[(b.addr >> 2) + TY_BASES] !== 0
      && tupleItems(I32[(b.addr >> 2) + TY_BASES]).includes(self);
    const statics = TYPES.filter((b) => b && !b.isHeap && b.addr !== self && isChild(b));
    if (typeInfoOfTypeObject(self).isException) {
      // CPython creates its static exception types in alphabetical order, ExceptionGroup (a heap
      // type there) after them
      const rank = (b: TypeInfo) => (b.name === 'ExceptionGroup' ? 1 : 0);
      statics.sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    for (const b of statics) listAppend(l, b.addr);
    for (const b of typeInfoOfTypeObject(self).subclasses) if (b.isHeap && isChild(b)) listAppend(l, b.addr);
    return l;
  }, { nargs: 0 });
  defMethod(T_TYPE, '__instancecheck__', (self, args) => A.newBool(isSubtype(TYPES[I32[(args[0] >> 2) + 1]], typeInfoOfTypeObject(self))), { nargs: 1 });
  defMethod(T_TYPE, '__subclasscheck__', (self, args) => A.newBool(isSubtype(typeInfoOfTypeObject(args[0]), typeInfoOfTypeObject(self))), { nargs: 1 });

  TYPES[T_NONE].slots.repr = () => newStr('None');
  TYPES[T_NONE].slots.bool = () => false;
  TYPES[T_NONE].slots.hash = A.ID_HASH;
  TYPES[T_NONE].slots.new = (_t, args, kw) => {
    if (args.length || (kw && kw.names.length)) throw raise(EXC.TypeError, 'NoneType takes no arguments');
    return A.retNone();
  };
  TYPES[T_NOTIMPL].slots.repr = () => newStr('NotImplemented');
  TYPES[T_NOTIMPL].slots.bool = () => {
    warn('DeprecationWarning', 'NotImplemented should not be used in a boolean context');
    return true;
  };
  TYPES[T_ELLIPSIS].slots.repr = () => newStr('Ellipsis');
  // calling the type of a singleton returns the singleton (NotImplementedType(), type(...)())
  for (const [tid, single, name] of [[T_NOTIMPL, S.NotImplemented, 'NotImplementedType'], [T_ELLIPSIS, S.Ellipsis, 'EllipsisType']] as const) {
    TYPES[tid].slots.new = (_t, args, kw) => {
      if (args.length || (kw && kw.names.length)) throw raise(EXC.TypeError, `${name} takes no arguments`);
      return incref(single), single;
    };
  }

  const fn = TYPES[T_FUNCTION];
  defMethod(T_FUNCTION, '__call__', (self, args, kw) => A.call(self, args, kw), { kw: true });
  defMethod(T_METHOD, '__call__', (self, args, kw) => A.call(self, args, kw), { kw: true });
  defMethod(T_BUILTIN, '__call__', (self, args, kw) => A.call(self, args, kw), { kw: true });
  fn.slots.repr = fnRepr;
  fn.slots.getattr = fnGetAttr;
  fn.slots.setattr = fnSetAttr;
  fn.slots.descrGet = (f, obj) => (obj === 0 || obj === S.None ? (incref(f), f) : newMethod(f, obj));
  const meth = TYPES[T_METHOD];
  meth.slots.repr = methodRepr;
  meth.slots.getattr = methodGetAttr;
  meth.slots.new = (_t, args) => {
    if (args.length !== 2) throw raise(EXC.TypeError, 'method expected 2 arguments');
    return newMethod(args[0], args[1]);
  };
  meth.slots.richcompare = (a, b, o) => {
    if ((o === op.CMP_EQ || o === op.CMP_NE) && I32[(b >> 2) + 1] === T_METHOD) {
      const eq = I32[(a >> 2) + M_FUNC] === I32[(b >> 2) + M_FUNC] && I32[(a >> 2) + M_SELF] === I32[(b >> 2) + M_SELF];
      return A.newBool(o === op.CMP_EQ ? eq : !eq);
    }
    return incref(S.NotImplemented), S.NotImplemented;
  };
  meth.slots.hash = (m) => A.idHash(I32[(m >> 2) + M_SELF]) ^ A.idHash(I32[(m >> 2) + M_FUNC]);
  const bf = TYPES[T_BUILTIN];
  bf.slots.repr = builtinRepr;
  bf.slots.getattr = builtinGetAttr;
  TYPES[T_METHOD_DESCR].slots.call = methodDescrCall;
  TYPES[T_METHOD_DESCR].slots.repr = (d) => {
    const b = BUILTINS.get(I32[(d >> 2) + MD_SLOT]);
    return newStr(`<${b.isSlotWrapper ? 'slot wrapper' : 'method'} '${b.name}' of '${TYPES[I32[(d >> 2) + MD_OWNER]].name}' objects>`);
  };
  for (const id of [T_METHOD_DESCR, T_CLASSMETHOD_DESCR]) {
    TYPES[id].slots.descrGet = (d, obj, type) => bindDescriptor(d, obj, typeInfoOfTypeObject(type));
  }
  TYPES[T_METHOD_DESCR].slots.getattr = (d, name) => {
    const s = strValue(name);
    if (s === '__name__') return newStr(BUILTINS.get(I32[(d >> 2) + MD_SLOT]).name);
    if (s === '__qualname__') return newStr(`${qualnameOfType(TYPES[I32[(d >> 2) + MD_OWNER]])}.${BUILTINS.get(I32[(d >> 2) + MD_SLOT]).name}`);
    if (s === '__objclass__') return incref(TYPES[I32[(d >> 2) + MD_OWNER]].addr), TYPES[I32[(d >> 2) + MD_OWNER]].addr;
    return A.genericGetAttr(d, name, TYPES[T_METHOD_DESCR]);
  };
  TYPES[T_CELL].slots.repr = (c) => newStr(`<cell at ${hexAddr(c)}: ${I32[(c >> 2) + CELL_REF] ? `${A.typeName(I32[(c >> 2) + CELL_REF])} object at ${hexAddr(I32[(c >> 2) + CELL_REF])}` : 'empty'}>`);
  TYPES[T_CELL].slots.getattr = (c, name) => {
    if (strValue(name) === 'cell_contents') {
      const v = I32[(c >> 2) + CELL_REF];
      if (!v) throw raise(EXC.ValueError, 'Cell is empty');
      return incref(v), v;
    }
    return A.genericGetAttr(c, name, TYPES[T_CELL]);
  };
  TYPES[T_CODE].slots.repr = (c) => {
    const co = codeOf(c).co;
    return newStr(`<code object ${co.name} at ${hexAddr(c)}, file "${co.filename}", line ${co.firstlineno}>`);
  };
  TYPES[T_CODE].slots.getattr = (c, name) => {
    const co = codeOf(c).co;
    switch (strValue(name)) {
      case 'co_name': return newStr(co.name);
      case 'co_qualname': return newStr(co.qualname);
      case 'co_filename': return newStr(co.filename);
      case 'co_firstlineno': return newInt(co.firstlineno);
      case 'co_argcount': return newInt(co.argcount);
      case 'co_kwonlyargcount': return newInt(co.kwonlyargcount);
      case 'co_posonlyargcount': return newInt(co.posonlyargcount);
      case 'co_nlocals': return newInt(co.varnames.length);
      case 'co_flags': return newInt(co.flags);
      case 'co_stacksize': return newInt(co.stacksize);
      case 'co_varnames': return tupleFromSteal(co.varnames.map((v) => newStr(v)));
      case 'co_cellvars': return tupleFromSteal(co.cellvars.map((v) => newStr(v)));
      case 'co_freevars': return tupleFromSteal(co.freevars.map((v) => newStr(v)));
      case 'co_names': return tupleFromSteal(co.names.map((v) => newStr(v)));
      case 'co_consts': return tupleFrom(codeOf(c).consts);
    }
    return A.genericGetAttr(c, name, TYPES[T_CODE]);
  };

  const prop = TYPES[T_PROPERTY];
  prop.slots.new = (t) => newDescrObject(t.id, 0, 0, 0, 0);
  prop.slots.init = propertyInit;
  prop.slots.getattr = propertyGetAttr;
  prop.slots.isDataDescr = true;
  prop.slots.descrGet = (p, obj) => (obj === 0 || obj === S.None ? (incref(p), p) : A.call(I32[(p >> 2) + DESCR_F1] || A.raiseNoAccessor(p, obj, 'getter'), [obj]));
  defMethod(T_PROPERTY, 'getter', (self, args) => propertyCopy(self, 0, args[0]), { nargs: 1 });
  defMethod(T_PROPERTY, 'setter', (self, args) => propertyCopy(self, 1, args[0]), { nargs: 1 });
  defMethod(T_PROPERTY, 'deleter', (self, args) => propertyCopy(self, 2, args[0]), { nargs: 1 });
  defMethod(T_PROPERTY, '__get__', (self, args) => {
    if (args[0] === S.None) return incref(self), self;
    return A.call(I32[(self >> 2) + DESCR_F1] || A.raiseNoAccessor(self, args[0], 'getter'), [args[0]]);
  }, { nargs: [1, 2] });
  defMethod(T_PROPERTY, '__set__', (self, args) => {
    const f = I32[(self >> 2) + DESCR_F2];
    if (!f) A.raiseNoAccessor(self, args[0], 'setter');
    return decref(A.call(f, [args[0], args[1]])), A.retNone();
  }, { nargs: 2 });
  defMethod(T_PROPERTY, '__delete__', (self, args) => {
    const f = I32[(self >> 2) + DESCR_F3];
    if (!f) A.raiseNoAccessor(self, args[0], 'deleter');
    return decref(A.call(f, [args[0]])), A.retNone();
  }, { nargs: 1 });
  defMethod(T_PROPERTY, '__set_name__', (self, args) => {
    descrSetField(self, PROP_NAME, args[1]);
    return A.retNone();
  }, { nargs: 2 });
  for (const id of [T_STATICMETHOD, T_CLASSMETHOD]) {
    const t = TYPES[id];
    // new makes an empty wrapper, __init__ stores the callable (subclasses call super().__init__(f))
    t.slots.new = (tt) => newDescrObject(tt.id, 0, 0, 0, 0);
    t.slots.repr = (self) => {
      const f = I32[(self >> 2) + DESCR_F1];
      return newStr(`<${t.name}(${f ? A.reprJS(f) : '<NULL>'})>`);
    };
    t.slots.init = (self, args, kw) => {
      if (kw && kw.names.length) throw raise(EXC.TypeError, `${t.name}() takes no keyword arguments`);
      if (args.length !== 1) throw raise(EXC.TypeError, `${t.name} expected 1 argument, got ${args.length}`);
      descrSetField(self, DESCR_F1, args[0]);
      copyWrappedAttrs(self, args[0]);
    };
    t.slots.getattr = wrapperGetAttr;
    defMethod(id, '__get__', (self, args) => {
      const obj = args[0], cls = args.length > 1 && args[1] !== S.None ? args[1] : TYPES[I32[(obj >> 2) + 1]].addr;
      const f = I32[(self >> 2) + DESCR_F1];
      if (f === 0) throw raise(EXC.RuntimeError, `uninitialized ${t.name} object`);
      // by kind, not by type id: self may be an instance of a subclass
      if (id === T_STATICMETHOD) return incref(f), f;
      return TYPES[I32[(cls >> 2) + 1]].isMeta ? classmethodBind(f, typeInfoOfTypeObject(cls)) : newMethod(f, cls);
    }, { nargs: [1, 2] });
  }
  TYPES[T_STATICMETHOD].slots.call = (s, args, kw) => A.call(I32[(s >> 2) + DESCR_F1], args, kw);

  const sup = TYPES[T_SUPER];
  sup.slots.new = superNew;
  sup.slots.getattr = superGetAttr;
  sup.slots.repr = (s) => {
    const w = s >> 2;
    const tn = typeInfoOfTypeObject(I32[w + SUP_TYPE]).name;
    return newStr(I32[w + SUP_OBJTYPE] ? `<super: <class '${tn}'>, <${typeInfoOfTypeObject(I32[w + SUP_OBJTYPE]).name} object>>` : `<super: <class '${tn}'>, NULL>`);
  };

  const mod = TYPES[T_MODULE];
  mod.slots.getattr = (m, name) => {
    const d = I32[(m >> 2) + MOD_DICT];
    const v = dictGet(d, name);
    if (v) return incref(v), v;
    if (strValue(name) === '__dict__') return incref(d), d;
    return A.genericGetAttr(m, name, TYPES[T_MODULE]);
  };
  mod.slots.setattr = (m, name, v) => {
    const d = I32[(m >> 2) + MOD_DICT];
    if (v === 0) {
      const old = dictPop(d, name);
      if (!old) throw A.attributeError(m, strValue(name));
      decref(old);
    } else dictSet(d, name, v);
  };
  mod.slots.new = moduleNew;
  mod.slots.init = moduleInit;
  mod.slots.repr = (m) => newStr(`<module '${moduleName(m)}'${moduleReprSuffix(m)}>`);
  A.moduleNameHook.get = moduleName;

  TYPES[T_GENERATOR].slots.repr = (g) => newStr(`<generator object ${strValue(I32[(g >> 2) + 4])} at ${hexAddr(g)}>`);
  TYPES[T_TRACEBACK].slots.getattr = (tb, name) => {
    const s = strValue(name);
    const w = tb >> 2;
    if (s === 'tb_lineno') return newInt(I32[w + 4]);
    if (s === 'tb_lasti') return newInt(I32[w + 6] * 2);
    if (s === 'tb_next') return incref(I32[w + 2] || S.None), I32[w + 2] || S.None;
    if (s === 'tb_frame') return incref(I32[w + 5]), I32[w + 5];
    return A.genericGetAttr(tb, name, TYPES[T_TRACEBACK]);
  };

  const be = TYPES[T_BASE_EXCEPTION];
  be.slots.new = excNew;
  be.slots.init = excInit;
  be.slots.str = excStr;
  be.slots.repr = excRepr;
  be.slots.getattr = excGetAttr;
  be.slots.setattr = excSetAttr;
  be.slots.hash = A.ID_HASH;
  be.slots.richcompare = objectRichCompare;
  defMethod(T_BASE_EXCEPTION, 'with_traceback', (self, args) => {
    const v = args[0];
    if (v !== S.None && I32[(v >> 2) + 1] !== T_TRACEBACK) throw raise(EXC.TypeError, '__traceback__ must be a traceback or None');
    excSet(self, EXC_TB, v === S.None ? 0 : v);
    return incref(self), self;
  }, { nargs: 1 });
  // BaseException_setstate: a dict state sets the instance's attributes (pickle's protocol)
  // BaseException_reduce / OSError_reduce: (type, args[, __dict__]); an OSError with a filename
  // reduces to (errno, strerror, filename[, None, filename2])
  defMethod(T_BASE_EXCEPTION, '__reduce__', (self) => {
    const t = TYPES[I32[(self >> 2) + 1]];
    let args = I32[(self >> 2) + EXC_ARGS];
    incref(args);
    if (isSubtype(t, EXC.OSError) && I32[(self >> 2) + EXC_VALUE] !== 0 && osErrorField(self, OSE_FILENAME) !== S.None) {
      const f = [osErrorField(self, OSE_ERRNO), osErrorField(self, OSE_STRERROR), osErrorField(self, OSE_FILENAME)];
      if (osErrorField(self, OSE_FILENAME2) !== S.None) f.push(S.None, osErrorField(self, OSE_FILENAME2));
      decref(args);
      args = tupleFrom(f);
    }
    const d = I32[(self >> 2) + EXC_DICT];
    const r = tupleFrom(d !== 0 && dictLen(d) > 0 ? [t.addr, args, d] : [t.addr, args]);
    decref(args);
    return r;
  }, { nargs: 0 });
  defMethod(T_BASE_EXCEPTION, '__setstate__', (self, args) => {
    const state = args[0];
    if (state === S.None) return A.retNone();
    if (!isSubtype(TYPES[I32[(state >> 2) + 1]], TYPES[T_DICT])) throw raise(EXC.TypeError, 'state is not a dictionary');
    const keys = dictKeys(state);
    for (const k of keys) incref(k);
    try {
      for (const k of keys) {
        const v = dictGet(state, k);
        if (v !== 0) A.setAttr(self, k, v);
      }
    } finally {
      for (const k of keys) decref(k);
    }
    return A.retNone();
  }, { nargs: 1 });
  // PEP 678: notes go to a __notes__ list in the instance dict (printed after the message)
  defMethod(T_BASE_EXCEPTION, 'add_note', (self, args) => {
    const note = args[0];
    if (!isSubtype(TYPES[I32[(note >> 2) + 1]], TYPES[T_STR])) throw raise(EXC.TypeError, `note must be a str, not '${A.typeName(note)}'`);
    const name = internedStr('__notes__');
    try {
      let notes = A.getAttrOrNull(self, name);
      if (notes === 0) {
        notes = newList();
        A.setAttr(self, name, notes);
      } else if (I32[(notes >> 2) + 1] !== T_LIST && !isSubtype(TYPES[I32[(notes >> 2) + 1]], TYPES[T_LIST])) {
        decref(notes);
        throw raise(EXC.TypeError, 'Cannot add note: __notes__ is not a list');
      }
      listAppend(notes, note);
      decref(notes);
    } finally {
      decref(name);
    }
    return A.retNone();
  }, { nargs: 1 });
  for (const name of Object.keys(EXC)) {
    if (name === 'BaseException') continue;
    EXC[name].slots = { ...be.slots };
  }
  initExceptionGroups();
}

// ---- BaseExceptionGroup / ExceptionGroup (PEP 654) ------------------------------------------------
// message in the value slot, the exceptions as a tuple in the obj slot; args is (message, exceptions
// as given). derive/split/subgroup are Python, in lib/_exceptiongroup.py.

function egNew(t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (kw !== null && kw.names.length > 0) throw raise(EXC.TypeError, `${t.name}() takes no keyword arguments`);
  if (args.length !== 2) throw raise(EXC.TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excs] = args;
  if (!isSubtype(TYPES[I32[(msg >> 2) + 1]], TYPES[T_STR])) throw raise(EXC.TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${A.argTypeName(msg)}`);
  const et = TYPES[I32[(excs >> 2) + 1]];
  const gi = et.mro.some((m) => dictGetStr(typeDict(m), '__getitem__') !== 0);
  if (isSubtype(et, TYPES[T_SET]) || isSubtype(et, TYPES[T_FROZENSET]) || isSubtype(et, TYPES[T_DICT]) || !gi) {
    throw raise(EXC.TypeError, 'second argument (exceptions) must be a sequence');
  }
  const items = A.iterToArray(excs);
  const tup = tupleFromSteal(items);
  try {
    if (items.length === 0) throw raise(EXC.ValueError, 'second argument (exceptions) must be a non-empty sequence');
    let nested = false;
    items.forEach((e, i) => {
      const it = TYPES[I32[(e >> 2) + 1]];
      if (!isSubtype(it, EXC.BaseException)) throw raise(EXC.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      if (!isSubtype(it, EXC.Exception)) nested = true;
    });
    if (t === EXC.BaseExceptionGroup) {
      if (!nested) t = EXC.ExceptionGroup;
    } else if (t === EXC.ExceptionGroup) {
      if (nested) throw raise(EXC.TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (nested && isSubtype(t, EXC.Exception)) {
      throw raise(EXC.TypeError, `Cannot nest BaseExceptions in '${t.name}'`);
    }
    const a = tupleFrom(args);
    const e = newExceptionObject(t, a);
    decref(a);
    excSet(e, EXC_VALUE, msg);
    excSet(e, EXC_OBJ, tup);
    return e;
  } finally {
    decref(tup);
  }
}

function egStr(e: number): number {
  const w = e >> 2;
  const n = tupleSize(I32[w + EXC_OBJ]);
  return newStr(`${strValue(I32[w + EXC_VALUE])} (${n} sub-exception${n > 1 ? 's' : ''})`);
}

function egPyMethod(name: string): (self: number, args: number[], kw: KwArgs | null) => number {
  return (self, args, kw) => {
    const m = rt.importName('_exceptiongroup', 0, 0, 0);
    try {
      const f = A.getAttrStr(m, name);
      try {
        return A.call(f, [self, ...args], kw);
      } finally {
        decref(f);
      }
    } finally {
      decref(m);
    }
  };
}

function initExceptionGroups(): void {
  for (const t of [EXC.BaseExceptionGroup, EXC.ExceptionGroup]) {
    t.slots.new = egNew;
    t.slots.str = egStr;
  }
  const id = EXC.BaseExceptionGroup.id;
  defMethod(id, 'derive', egPyMethod('derive'), { kw: true });
  defMethod(id, 'split', egPyMethod('split'), { kw: true });
  defMethod(id, 'subgroup', egPyMethod('subgroup'), { kw: true });
}


function moduleReprSuffix(m: number): string {
  const d = I32[(m >> 2) + MOD_DICT];
  const f = dictGetStr(d, '__file__');
  if (f && I32[(f >> 2) + 1] === T_STR) return ` from '${strValue(f)}'`;
  // pyvm's own modules have no __spec__; one made by module(name) has __spec__ = None
  return dictGetStr(d, '__spec__') ? '' : ' (built-in)';
}


/**
 * The attributes builtin types serve from their getattr code rather than from their dict, where
 * CPython has getset and member descriptors in the type's __dict__: dir() lists them, for
 * instances and for the type (and its subclasses) alike.
 */
const DESCRIPTOR_ATTRS: Record<string, readonly string[]> = {
  object: ['__class__'],
  type: ['__abstractmethods__', '__annotations__', '__base__', '__bases__', '__basicsize__', '__dict__', '__dictoffset__',
    '__flags__', '__itemsize__', '__module__', '__mro__', '__name__', '__qualname__', '__text_signature__', '__weakrefoffset__'],
  range: ['start', 'step', 'stop'],
  slice: ['start', 'step', 'stop'],
  function: ['__annotations__', '__builtins__', '__closure__', '__code__', '__defaults__', '__dict__', '__globals__',
    '__kwdefaults__', '__module__', '__name__', '__qualname__'],
  generator: ['__name__', '__qualname__', 'gi_code', 'gi_frame', 'gi_running', 'gi_suspended', 'gi_yieldfrom'],
  property: ['__isabstractmethod__', 'fdel', 'fget', 'fset'],
  staticmethod: ['__dict__', '__func__', '__isabstractmethod__', '__wrapped__'],
  classmethod: ['__dict__', '__func__', '__isabstractmethod__', '__wrapped__'],
  super: ['__self__', '__self_class__', '__thisclass__'],
  method: ['__func__', '__self__'],
  builtin_function_or_method: ['__module__', '__name__', '__qualname__', '__self__', '__text_signature__'],
  BaseException: ['__cause__', '__context__', '__dict__', '__setstate__', '__suppress_context__', '__traceback__', 'args'],
  StopIteration: ['value'],
  OSError: ['characters_written', 'errno', 'filename', 'filename2', 'strerror'],
  SyntaxError: ['end_lineno', 'end_offset', 'filename', 'lineno', 'msg', 'offset', 'print_file_and_line', 'text'],
  SystemExit: ['code'],
  ImportError: ['msg', 'name', 'path'],
  NameError: ['name'],
  AttributeError: ['name', 'obj'],
  BaseExceptionGroup: ['exceptions', 'message'],
  frame: ['f_back', 'f_code', 'f_globals', 'f_lineno', 'f_locals'],
  code: ['co_argcount', 'co_cellvars', 'co_consts', 'co_filename', 'co_firstlineno', 'co_flags', 'co_freevars',
    'co_kwonlyargcount', 'co_name', 'co_names', 'co_nlocals', 'co_posonlyargcount', 'co_qualname', 'co_stacksize', 'co_varnames'],
  memoryview: ['c_contiguous', 'contiguous', 'f_contiguous', 'format', 'itemsize', 'nbytes', 'ndim', 'obj', 'readonly',
    'shape', 'strides', 'suboffsets'],
};

/** dir(o): sorted attribute names (instance dict, class and bases). */
export function dirNames(o: number): string[] {
  const names = new Set<string>();
  const addDict = (d: number) => {
    for (const k of dictKeys(d)) if (I32[(k >> 2) + 1] === T_STR) names.add(strValue(k));
  };
  const addType = (b: TypeInfo) => {
    addDict(typeDict(b));
    if (b.dirExtra) for (const n of b.dirExtra) names.add(n);
  };
  const tid = I32[(o >> 2) + 1];
  if (tid === T_TRACEBACK) return ['tb_frame', 'tb_lasti', 'tb_lineno', 'tb_next']; // tb_dir
  if (tid === T_MODULE) addDict(I32[(o >> 2) + MOD_DICT]);
  else if (TYPES[tid].isMeta) {
    for (const b of typeInfoOfTypeObject(o).mro) addType(b);
  } else {
    const t = TYPES[tid];
    if (t.dictOffset && I32[(o >> 2) + t.dictOffset]) addDict(I32[(o >> 2) + t.dictOffset]);
    if (tid === T_FUNCTION && I32[(o >> 2) + FN_DICT]) addDict(I32[(o >> 2) + FN_DICT]);
    if (t.slotOffsets) for (const n of t.slotOffsets.keys()) names.add(n);
    for (const b of t.mro) addType(b);
    names.add('__class__');
    if (t.dictOffset) names.add('__dict__');
  }
  return [...names].sort();
}

function dirOf(o: number): number {
  const l = newList();
  for (const n of dirNames(o)) {
    const s = newStr(n);
    listAppend(l, s);
    decref(s);
  }
  return l;
}

export { isTracked, internSteal, INST_DICT, intNumber, dictKeys, tupleItems, EXC_OBJ, T_DICT, T_LIST, T_TUPLE, T_FLOAT, T_INT, T_STR };
