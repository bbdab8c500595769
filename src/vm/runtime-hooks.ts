// Runtime services the eval loop calls by name, filled in at start-up by runtime/builtins.
// The loop depends on this small interface rather than on every object module (DESIGN.md §1:
// the VM drives the runtime; builtins that call back into Python go through vm/call.ts).

import type { Code } from '../runtime/objects/function.js';

export interface RuntimeHooks {
  listIterNext(it: number): number;
  rangeIterNext(it: number): number;
  newSet(): number;
  setAdd(s: number, v: number): void;
  /** set_update_internal (SET_UPDATE: a set argument presizes the table, as CPython's set_merge). */
  setUpdate(s: number, iterable: number): void;
  newSlice(start: number, stop: number, step: number): number;
  dictUpdateFrom(d: number, mapping: number): void;
  funcDesc(fn: number): string;
  codeOfObj(codeObj: number): Code;
  internName(s: string): number;
  importName(name: string, fromlist: number, level: number, globals: number): number;
  importFrom(module: number, name: number): number;
  importStar(module: number, into: number): void;
  ascii(o: number): number;
  format(o: number, spec: number): number;
  /** Store a def's annotations ((name, value, ...) tuple, borrowed) on the new function. */
  setAnnotations(fn: number, ann: number): void;
}

const unset = (): never => {
  throw new Error('runtime hook used before start-up');
};

export const rt: RuntimeHooks = {
  listIterNext: unset, rangeIterNext: unset, newSet: unset, setAdd: unset, setUpdate: unset, newSlice: unset,
  dictUpdateFrom: unset, funcDesc: unset, codeOfObj: unset, internName: unset, importName: unset,
  importFrom: unset, importStar: unset, ascii: unset, format: unset, setAnnotations: unset,
};
