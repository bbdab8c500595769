// The small DSL builtin types and modules use to expose JS functions to Python.
//
//   defMethod(T_LIST, 'append', (self, args, kw) => { ... return retNone(); }, { nargs: 1 });
//   const [sep, maxsplit] = parseArgs('split', args, kw, ['sep', 'maxsplit'], 0);
//
// Conventions (as CPython's C API): `self` and `args` are borrowed references; the function returns
// a NEW reference (use retNone() / newBool() / incref for existing objects); errors are thrown with
// `throw raise(EXC.TypeError, 'message')`.

import { I32, TYPES, T_STR, type KwArgs } from '../object.js';
import { newMethodDescr, newBuiltinFunction, type BuiltinImpl, type Builtin } from '../objects/function.js';
import { dictSet, dictGetStr } from '../objects/dict.js';
import { internedStr, strValue } from '../objects/str.js';
import { typeDict, typeModified } from '../objects/type.js';
import { raise, EXC } from '../objects/exception.js';
import { decref } from '../object.js';

export interface MethodOptions {
  /** Exact number of positional arguments (checked, with CPython's message), or [min, max]. */
  nargs?: number | [number, number];
  /** Accepts keyword arguments (otherwise "takes no keyword arguments"). */
  kw?: boolean;
  classmethod?: boolean;
  static?: boolean;
  doc?: string;
  /** A slot wrapper made by genSlotWrappers (repr "<slot wrapper ...>"). */
  slotWrapper?: boolean;
  /** The module a module function's messages name, when not its dict's __name__ (_weakref). */
  module?: string;
}

/** `mod` names a module function's module: METH_NOARGS / METH_O messages say "gc.enable()". */
function arityWrap(qual: string, fn: BuiltinImpl, o: MethodOptions, mod = ''): BuiltinImpl {
  const nargs = o.nargs;
  const full = mod && (nargs === 0 || nargs === 1) ? `${mod}.${qual}` : qual;
  const allowKw = o.kw === true;
  if (nargs === undefined && allowKw) return fn;
  return (self, args, kw) => {
    if (!allowKw && kw !== null && kw.names.length) throw raise(EXC.TypeError, `${full}() takes no keyword arguments`);
    if (nargs !== undefined) {
      const n = args.length;
      if (typeof nargs === 'number') {
        if (n !== nargs) {
          if (nargs === 0) throw raise(EXC.TypeError, `${full}() takes no arguments (${n} given)`);
          if (nargs === 1) throw raise(EXC.TypeError, `${full}() takes exactly one argument (${n} given)`);
          throw raise(EXC.TypeError, `${qual} expected ${nargs} arguments, got ${n}`);
        }
      } else {
        const [lo, hi] = nargs;
        if (n < lo) throw raise(EXC.TypeError, `${qual} expected at least ${lo} argument${lo === 1 ? '' : 's'}, got ${n}`);
        if (n > hi) throw raise(EXC.TypeError, `${qual} expected at most ${hi} argument${hi === 1 ? '' : 's'}, got ${n}`);
      }
    }
    return fn(self, args, kw);
  };
}

/** Add a method to a builtin type's dict. */
export function defMethod(tid: number, name: string, fn: BuiltinImpl, o: MethodOptions = {}): void {
  const t = TYPES[tid];
  // messages name just the method, as CPython's METH_* functions do ("append() takes exactly ...")
  const b: Builtin = {
    name, fn: arityWrap(name, fn, o), owner: t.name, doc: o.doc ?? null,
    isClassMethod: o.classmethod === true, isStatic: o.static === true, isSlotWrapper: o.slotWrapper === true,
  };
  const descr = o.static ? newBuiltinFunction(b, 0) : newMethodDescr(b, tid);
  const key = internedStr(name);
  dictSet(typeDict(t), key, descr);
  decref(key);
  decref(descr);
  typeModified();
}

/** Put a plain value (new reference, stolen) into a builtin type's dict. */
export function defAttr(tid: number, name: string, v: number): void {
  const key = internedStr(name);
  dictSet(typeDict(TYPES[tid]), key, v);
  decref(key);
  decref(v);
  typeModified();
}

/** Add a builtin function to a module (or builtins) dict. */
export function defFunction(dict: number, name: string, fn: BuiltinImpl, o: MethodOptions = {}): number {
  const modName = dictGetStr(dict, '__name__');
  const mod = o.module ?? (modName !== 0 && I32[(modName >> 2) + 1] === T_STR ? strValue(modName) : '');
  const b: Builtin = { name, fn: arityWrap(name, fn, o, mod === 'builtins' ? '' : mod), owner: null, doc: o.doc ?? null, isClassMethod: false, isStatic: false };
  const f = newBuiltinFunction(b, 0);
  const key = internedStr(name);
  dictSet(dict, key, f);
  decref(key);
  decref(f);
  return dictGetStr(dict, name);
}

/**
 * Match positional and keyword arguments against parameter names. Returns borrowed references,
 * 0 for parameters not given. `required` is how many leading parameters must be present.
 * `posOnly` parameters cannot be given by keyword.
 */
export function parseArgs(fname: string, args: number[], kw: KwArgs | null, params: string[], required: number, posOnly = 0): number[] {
  const out = new Array<number>(params.length).fill(0);
  if (args.length > params.length) {
    throw raise(EXC.TypeError, `${fname}() takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${args.length} given)`);
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw) {
    for (let k = 0; k < kw.names.length; k++) {
      const i = params.indexOf(kw.names[k]);
      if (i < 0 || i < posOnly) throw raise(EXC.TypeError, `${fname}() got an unexpected keyword argument '${kw.names[k]}'`);
      if (out[i] !== 0) throw raise(EXC.TypeError, `argument for ${fname}() given by name ('${kw.names[k]}') and position (${i + 1})`);
      out[i] = kw.values[k];
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === 0) {
      if (i < posOnly || !kw) throw raise(EXC.TypeError, `${fname}() takes at least ${required} argument${required === 1 ? '' : 's'} (${args.length} given)`);
      throw raise(EXC.TypeError, `${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

export { I32 };
