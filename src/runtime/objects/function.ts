// Callables: Python functions, code objects, cells, bound methods, builtin functions and
// method descriptors of builtin types.
//
// function (GC)                         | code                     | cell (GC)
//   8  code      code object            |   8 slot  -> CODES       |   8 ref  contents (0 = empty)
//  12  globals   dict                   | size 12 -> 16            | size 12 (+16) -> 32
//  16  name      str                    |
//  20  qualname  str                    | builtin function (GC)    | method (bound, GC)
//  24  defaults  tuple or 0             |   8 slot  -> BUILTINS    |   8 func
//  28  kwdefaults dict or 0             |  12 self  (0 = unbound)  |  12 self
//  32  closure   tuple or 0             | size 16 (+16) -> 32      |  16 weaklist
//  36  dict      dict or 0              |                          | size 20 (+16) -> 48
//  40  doc       object or 0            | method descriptor (builtin type methods)
//  44  module    object or 0            |   8 slot  -> BUILTINS, 12 owner type id
//  48  weaklist  weak references or 0   | size 16 -> 16
//  52  annotations dict or 0 (func_annotations: not in __dict__)
//  size 56 (+16 GC head) -> 80          |

import { clearWeakrefs } from '../gc/weakref.js';
import { I32, T_FUNCTION, T_CODE, T_CELL, T_METHOD, T_BUILTIN, T_METHOD_DESCR, T_CLASSMETHOD_DESCR, SideTable, allocGCObject, allocObject, freeGCObject, freeObject, decref, xdecref, type Visit, type KwArgs } from '../object.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import type { CodeObject } from '../../compiler/code.js';

// ---- code objects ----------------------------------------------------------------------------

/** A loaded code object: the compiler's CodeObject plus its constants and names as heap objects. */
export interface Code {
  co: CodeObject;
  ops: Int32Array;
  /** Owned references to the constants. */
  consts: Int32Array;
  /** Interned str objects for co.names (owned). */
  names: Int32Array;
  nlocalsplus: number;
  nvars: number;
  ncells: number;
  addr: number;
  /** Interned str objects for the varnames (owned), for keyword-argument matching. */
  varnameStrs: Int32Array;
  /** Inline caches: four slots per instruction (vm/inlinecache.ts). */
  ic: Int32Array;
  /** co_name (interned) and co_qualname str objects, made by the first MAKE_FUNCTION (owned; 0 until then). */
  nameStr: number;
  qualnameStr: number;
  /** Frames entered for this code: CPython quickens code at its 8th RESUME (co_warmup). */
  entries: number;
}

export const CODES = new SideTable<Code>();
export const CODE_SLOT = 2;

export function newCodeObject(code: Code): number {
  const a = allocObject(T_CODE, 12);
  I32[(a >> 2) + CODE_SLOT] = CODES.add(code);
  code.addr = a;
  return a;
}

export function codeOf(codeObj: number): Code {
  return CODES.items[I32[(codeObj >> 2) + CODE_SLOT]] as Code;
}

export function codeDealloc(a: number): void {
  const slot = I32[(a >> 2) + CODE_SLOT];
  const c = CODES.get(slot);
  CODES.release(slot);
  for (const x of c.consts) decref(x);
  for (const x of c.names) decref(x);
  for (const x of c.varnameStrs) decref(x);
  if (c.nameStr !== 0) decref(c.nameStr);
  if (c.qualnameStr !== 0) decref(c.qualnameStr);
  freeObject(a);
}

// ---- functions -------------------------------------------------------------------------------

export const FN_CODE = 2, FN_GLOBALS = 3, FN_NAME = 4, FN_QUALNAME = 5, FN_DEFAULTS = 6, FN_KWDEFAULTS = 7,
  FN_CLOSURE = 8, FN_DICT = 9, FN_DOC = 10, FN_MODULE = 11, FN_WEAKLIST = 12, FN_ANNOTATIONS = 13;
export const FN_SIZE = 56;

/** New function; steals nothing: every argument is increfed (0 allowed for optional ones). */
export function newFunction(code: number, globals: number, name: number, qualname: number, defaults: number,
  kwdefaults: number, closure: number, doc: number, module: number): number {
  const a = allocGCObject(T_FUNCTION, FN_SIZE);
  const w = a >> 2;
  const set = (off: number, v: number) => {
    if (v !== 0) I32[v >> 2]++;
    I32[w + off] = v;
  };
  set(FN_CODE, code);
  set(FN_GLOBALS, globals);
  set(FN_NAME, name);
  set(FN_QUALNAME, qualname);
  set(FN_DEFAULTS, defaults);
  set(FN_KWDEFAULTS, kwdefaults);
  set(FN_CLOSURE, closure);
  I32[w + FN_DICT] = 0;
  set(FN_DOC, doc);
  set(FN_MODULE, module);
  I32[w + FN_WEAKLIST] = 0;
  I32[w + FN_ANNOTATIONS] = 0;
  gcTrack(a);
  return a;
}

// CPython's func_traverse order (less func_builtins, which pyvm does not keep in the function):
// the order gc.get_referents shows and the collector walks
const FN_REFS = [FN_CODE, FN_GLOBALS, FN_MODULE, FN_DEFAULTS, FN_KWDEFAULTS, FN_DOC, FN_NAME, FN_DICT, FN_CLOSURE,
  FN_ANNOTATIONS, FN_QUALNAME];

export function functionDealloc(a: number): void {
  gcUntrack(a);
  const w = a >> 2;
  if (I32[w + FN_WEAKLIST] !== 0) clearWeakrefs(a);
  for (const off of FN_REFS) {
    const v = I32[w + off];
    I32[w + off] = 0;
    xdecref(v);
  }
  freeGCObject(a);
}

export function functionTraverse(a: number, visit: Visit): void {
  const w = a >> 2;
  for (const off of FN_REFS) {
    const v = I32[w + off];
    if (v !== 0) visit(v);
  }
}

export function functionClear(a: number): void {
  const w = a >> 2;
  for (const off of [FN_DEFAULTS, FN_KWDEFAULTS, FN_CLOSURE, FN_DICT, FN_DOC, FN_MODULE, FN_GLOBALS, FN_ANNOTATIONS]) {
    const v = I32[w + off];
    I32[w + off] = 0;
    xdecref(v);
  }
}

// ---- cells -----------------------------------------------------------------------------------

export const CELL_REF = 2;

/** New cell holding `v` (increfed; 0 for an empty cell). */
export function newCell(v: number): number {
  const a = allocGCObject(T_CELL, 12);
  if (v !== 0) I32[v >> 2]++;
  I32[(a >> 2) + CELL_REF] = v;
  gcTrack(a);
  return a;
}

export function cellDealloc(a: number): void {
  gcUntrack(a);
  const v = I32[(a >> 2) + CELL_REF];
  I32[(a >> 2) + CELL_REF] = 0;
  xdecref(v);
  freeGCObject(a);
}

export function cellTraverse(a: number, visit: Visit): void {
  const v = I32[(a >> 2) + CELL_REF];
  if (v !== 0) visit(v);
}

export function cellClear(a: number): void {
  const v = I32[(a >> 2) + CELL_REF];
  I32[(a >> 2) + CELL_REF] = 0;
  xdecref(v);
}

// ---- bound methods -----------------------------------------------------------------------------

//   8 func, 12 self, 16 weaklist (weak references to the method, im_weakreflist; 0 if none)
export const M_FUNC = 2, M_SELF = 3, M_WEAKLIST = 4;
export const METHOD_SIZE = 20;

export function newMethod(func: number, self: number): number {
  const a = allocGCObject(T_METHOD, METHOD_SIZE);
  I32[func >> 2]++;
  I32[self >> 2]++;
  I32[(a >> 2) + M_FUNC] = func;
  I32[(a >> 2) + M_SELF] = self;
  I32[(a >> 2) + M_WEAKLIST] = 0;
  gcTrack(a);
  return a;
}

export function methodDealloc(a: number): void {
  gcUntrack(a);
  const w = a >> 2;
  if (I32[w + M_WEAKLIST] !== 0) clearWeakrefs(a);
  const f = I32[w + M_FUNC], s = I32[w + M_SELF];
  I32[w + M_FUNC] = 0;
  I32[w + M_SELF] = 0;
  xdecref(f);
  xdecref(s);
  freeGCObject(a);
}

export function methodTraverse(a: number, visit: Visit): void {
  const w = a >> 2;
  if (I32[w + M_FUNC]) visit(I32[w + M_FUNC]);
  if (I32[w + M_SELF]) visit(I32[w + M_SELF]);
}

// ---- builtin functions and method descriptors ----------------------------------------------

/** A builtin implemented in JS. `self` is 0 for plain functions. Args are borrowed; returns a new reference. */
export type BuiltinImpl = (self: number, args: number[], kw: KwArgs | null) => number;

export interface Builtin {
  name: string;
  fn: BuiltinImpl;
  /** Type that owns this method (for repr and for descriptor type checks), or null. */
  owner: string | null;
  doc: string | null;
  /** Class methods of builtin types get the type as self. */
  isClassMethod: boolean;
  /** Static methods of builtin types (e.g. str.maketrans) get no self. */
  isStatic: boolean;
  /** A slot wrapper (int.__add__: a Python name for a JS type slot), printed as CPython's. */
  isSlotWrapper?: boolean;
  /** The module of a module-level function (math.sqrt: 'math'); undefined for builtins. */
  module?: string;
  /**
   * How CPython 3.11 specializes a call of this builtin in warmed-up code: 1 for the calls
   * without keywords (METH_FASTCALL functions, len, isinstance, list.append, ...), 2 with or
   * without keywords (METH_FASTCALL|METH_KEYWORDS); those specialized calls skip the recursion
   * check every other builtin call makes; 3: only when the call's result is discarded
   * (list.append: PRECALL_NO_KW_LIST_APPEND).
   */
  specialized?: number;
}

export const BUILTINS = new SideTable<Builtin>();
export const BF_SLOT = 2, BF_SELF = 3, BF_WEAKLIST = 4, BF_SIZE = 20;

export function newBuiltinFunction(b: Builtin, self: number): number {
  const slot = BUILTINS.add(b);
  return newBuiltinFromSlot(slot, self);
}

export function newBuiltinFromSlot(slot: number, self: number): number {
  const a = allocGCObject(T_BUILTIN, BF_SIZE);
  I32[(a >> 2) + BF_SLOT] = slot;
  I32[(a >> 2) + BF_WEAKLIST] = 0;
  if (self !== 0) I32[self >> 2]++;
  I32[(a >> 2) + BF_SELF] = self;
  gcTrack(a);
  return a;
}

export function builtinDealloc(a: number): void {
  gcUntrack(a);
  if (I32[(a >> 2) + BF_WEAKLIST] !== 0) clearWeakrefs(a);
  const s = I32[(a >> 2) + BF_SELF];
  I32[(a >> 2) + BF_SELF] = 0;
  xdecref(s);
  freeGCObject(a);
}

export function builtinTraverse(a: number, visit: Visit): void {
  const s = I32[(a >> 2) + BF_SELF];
  if (s !== 0) visit(s);
}

export const MD_SLOT = 2, MD_OWNER = 3;

/** Method descriptor for a builtin type's method (lives in the type's dict). */
export function newMethodDescr(b: Builtin, ownerId: number): number {
  const a = allocObject(b.isClassMethod ? T_CLASSMETHOD_DESCR : T_METHOD_DESCR, 16);
  I32[(a >> 2) + MD_SLOT] = BUILTINS.add(b);
  I32[(a >> 2) + MD_OWNER] = ownerId;
  return a;
}

export function builtinOf(a: number): Builtin {
  return BUILTINS.items[I32[(a >> 2) + BF_SLOT]] as Builtin;
}
