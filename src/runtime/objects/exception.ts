// Exceptions: the builtin hierarchy (BaseException and its subclasses) and how JS code raises.
//
// Instance layout of BaseException and every subclass (user classes deriving from it included):
//   offset | field            | note
//    8     | dict             | instance __dict__ (0 until needed)
//   12     | weaklist         |
//   16     | args             | tuple
//   20     | traceback        | traceback object or 0
//   24     | context          | __context__ or 0
//   28     | cause            | __cause__ or 0
//   32     | suppress_context | i32 flag (__suppress_context__)
//   36     | value            | StopIteration.value / SystemExit.code / name of NameError etc.
//   40     | obj              | AttributeError.obj
//   size 44 (+16 GC head) -> 64
//
// JS code raises by throwing a PyException that owns a reference to the exception object.

import { I32, T_BASE_EXCEPTION, TYPES, type TypeInfo, allocGCObject, freeGCObject, xdecref, type Visit } from '../object.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { newStr } from './str.js';
import { tupleFromSteal, EMPTY_TUPLE } from './tuple.js';

export const EXC_DICT = 2, EXC_WEAKLIST = 3, EXC_ARGS = 4, EXC_TB = 5, EXC_CONTEXT = 6, EXC_CAUSE = 7,
  EXC_SUPPRESS = 8, EXC_VALUE = 9, EXC_OBJ = 10;
export const EXC_SIZE = 44;

/** A Python exception in flight through JS code. Owns one reference to `exc`. */
export class PyException {
  constructor(public exc: number) {}
}

/** The builtin exception types, by name. Filled by builtins/exceptions setup (types.ts). */
export const EXC: Record<string, TypeInfo> = {};

/** Allocate an exception instance of type `t` with `args` (tuple, increfed). New reference. */
export function newExceptionObject(t: TypeInfo, args: number): number {
  const a = allocGCObject(t.id, t.basicsize);
  const w = a >> 2;
  for (let i = 2; i < t.basicsize >> 2; i++) I32[w + i] = 0;
  I32[args >> 2]++;
  I32[w + EXC_ARGS] = args;
  if (t.isHeap) I32[t.addr >> 2]++;
  gcTrack(a);
  return a;
}

/** New exception of type `t` with a single str argument (or no argument when msg is null). */
export function newException(t: TypeInfo, msg: string | null): number {
  const args = msg === null ? (I32[EMPTY_TUPLE >> 2]++, EMPTY_TUPLE) : tupleFromSteal([newStr(msg)]);
  const e = newExceptionObject(t, args);
  xdecref(args);
  return e;
}

/** Build a PyException to throw: `throw raise(EXC.TypeError, "...")`. */
export function raise(t: TypeInfo, msg: string | null): PyException {
  return new PyException(newException(t, msg));
}

export function raiseName(name: string, msg: string | null): PyException {
  return raise(EXC[name], msg);
}

const EXC_REFS = [EXC_DICT, EXC_ARGS, EXC_TB, EXC_CONTEXT, EXC_CAUSE, EXC_VALUE, EXC_OBJ];

export function exceptionTraverse(a: number, visit: Visit): void {
  const w = a >> 2;
  for (const off of EXC_REFS) if (I32[w + off] !== 0) visit(I32[w + off]);
}

export function exceptionClear(a: number): void {
  const w = a >> 2;
  for (const off of EXC_REFS) {
    const v = I32[w + off];
    I32[w + off] = 0;
    xdecref(v);
  }
}

export function exceptionDeallocBase(a: number): void {
  gcUntrack(a);
  exceptionClear(a);
  const t = TYPES[I32[(a >> 2) + 1]];
  freeGCObject(a);
  void t; // a heap subclass's type reference is dropped by subtypeDealloc, which called us
}

/** Is `t` (a TypeInfo) a subclass of `base`? */
export function isSubtype(t: TypeInfo, base: TypeInfo): boolean {
  if (t === base) return true;
  for (const m of t.mro) if (m === base) return true;
  return false;
}

export function isExceptionType(t: TypeInfo): boolean {
  return isSubtype(t, TYPES[T_BASE_EXCEPTION]);
}

/** Set a field of an exception (increfs v, releases the old value). */
export function excSet(e: number, off: number, v: number): void {
  const w = e >> 2;
  if (v !== 0) I32[v >> 2]++;
  const old = I32[w + off];
  I32[w + off] = v;
  xdecref(old);
}

export function excGet(e: number, off: number): number {
  return I32[(e >> 2) + off];
}
