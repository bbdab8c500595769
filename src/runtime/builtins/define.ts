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
import { dictSet, dictGetStr, newDict } from '../objects/dict.js';
import { newTuple, TUPLE_ITEMS } from '../objects/tuple.js';
import { gcState } from '../gc/generations.js';
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
  /**
   * CPython 3.11 packs the positional arguments in a tuple (METH_VARARGS, or a clinic `*args`);
   * 'kw' also packs keyword arguments in a dict (METH_KEYWORDS). pyvm passes arguments in an
   * array: this makes and releases the same objects around the call, holding the arguments, for
   * their effect on gc.get_count() (none when a free list has one, as in CPython) and on
   * sys.getrefcount of the arguments meanwhile (print(x) calling x.__str__, say).
   */
  packArgs?: 'tuple' | 'kw';
}

/** The argument tuple of the innermost packArgs call running (gc.get_referrers skips it, as
 * CPython's skips its own argument tuple), 0 if none. */
export const packedArgs = { tuple: 0 };

function packArgsWrap(fn: BuiltinImpl, mode: 'tuple' | 'kw'): BuiltinImpl {
  return (self, args, kw) => {
    gcState.stressQuiet++;
    const t = args.length ? newTuple(args.length) : 0;
    for (let i = 0; i < args.length; i++) {
      I32[args[i] >> 2]++;
      I32[(t >> 2) + TUPLE_ITEMS + i] = args[i];
    }
    const d = mode === 'kw' && kw !== null && kw.names.length ? newDict() : 0;
    if (d) {
      kw!.names.forEach((n, i) => {
        const k = internedStr(n);
        dictSet(d, k, kw!.values[i]);
        decref(k);
      });
    }
    gcState.stressQuiet--;
    const outer = packedArgs.tuple;
    packedArgs.tuple = t;
    try {
      return fn(self, args, kw);
    } finally {
      packedArgs.tuple = outer;
      if (t) decref(t);
      if (d) decref(d);
    }
  };
}

function arityWrap(qual: string, fn: BuiltinImpl, o: MethodOptions, fullQual = qual): BuiltinImpl {
  if (o.packArgs) fn = packArgsWrap(fn, o.packArgs);
  const nargs = o.nargs;
  const allowKw = o.kw === true;
  if (nargs === undefined && allowKw) return fn;
  if (o.slotWrapper) return slotWrapperArity(qual, fn, o);
  return (self, args, kw) => {
    // METH_O / METH_NOARGS messages name the function module-qualified (math.sqrt()), the
    // argument-count checks of other functions just by name
    if (!allowKw && kw !== null && kw.names.length) throw raise(EXC.TypeError, `${fullQual}() takes no keyword arguments`);
    if (nargs !== undefined) {
      const n = args.length;
      if (typeof nargs === 'number') {
        if (n !== nargs) {
          if (nargs === 0) throw raise(EXC.TypeError, `${fullQual}() takes no arguments (${n} given)`);
          if (nargs === 1) throw raise(EXC.TypeError, `${fullQual}() takes exactly one argument (${n} given)`);
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

/** A slot wrapper's checks (wrap_* / check_num_args / PyArg_UnpackTuple with no name). */
function slotWrapperArity(name: string, fn: BuiltinImpl, o: MethodOptions): BuiltinImpl {
  const nargs = o.nargs;
  const s = (k: number) => (k === 1 ? '' : 's');
  return (self, args, kw) => {
    if (kw !== null && kw.names.length) throw raise(EXC.TypeError, `wrapper ${name}() takes no keyword arguments`);
    const n = args.length;
    if (typeof nargs === 'number') {
      if (n !== nargs) throw raise(EXC.TypeError, `${nargs > 1 ? ' ' : ''}expected ${nargs} argument${s(nargs)}, got ${n}`);
    } else if (nargs !== undefined) {
      const [lo, hi] = nargs;
      if (n < lo) throw raise(EXC.TypeError, ` expected at least ${lo} argument${s(lo)}, got ${n}`);
      if (n > hi) throw raise(EXC.TypeError, ` expected at most ${hi} argument${s(hi)}, got ${n}`);
    }
    return fn(self, args, kw);
  };
}

/** Add a method to a builtin type's dict. */
export function defMethod(tid: number, name: string, fn: BuiltinImpl, o: MethodOptions = {}): void {
  const t = TYPES[tid];
  // METH_O/NOARGS messages name the method type-qualified ("list.append() takes exactly ..."),
  // the other argument-count checks just by name ("pop expected at most 1 argument")
  const b: Builtin = {
    name, fn: arityWrap(name, fn, o, `${t.name}.${name}`), owner: t.name, doc: o.doc ?? null,
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
  const modObj = dictGetStr(dict, '__name__');
  const mod = o.module ?? (modObj !== 0 && I32[(modObj >> 2) + 1] === T_STR ? strValue(modObj) : 'builtins');
  const full = mod === 'builtins' ? name : `${mod}.${name}`;
  const b: Builtin = { name, fn: arityWrap(name, fn, o, full), owner: null, doc: o.doc ?? null, isClassMethod: false, isStatic: false };
  if (mod !== 'builtins') b.module = mod;
  const f = newBuiltinFunction(b, 0);
  const key = internedStr(name);
  dictSet(dict, key, f);
  decref(key);
  decref(f);
  return dictGetStr(dict, name);
}

/**
 * Match positional and keyword arguments against parameter names, with the checks and messages
 * of CPython 3.11's argument-clinic parser. Returns borrowed references, 0 for parameters not
 * given. `required` is how many leading parameters must be present, the first `posOnly` cannot
 * be given by keyword and those from `maxPos` on are keyword-only.
 */
export function parseArgs(fname: string, args: number[], kw: KwArgs | null, params: string[], required: number,
  posOnly = 0, maxPos = params.length): number[] {
  const out = new Array<number>(params.length).fill(0);
  const n = args.length, nk = kw ? kw.names.length : 0;
  const plural = (k: number) => (k === 1 ? '' : 's');
  if (n + nk > params.length) {
    throw raise(EXC.TypeError, `${fname}() takes at most ${params.length} ${n === 0 ? 'keyword ' : ''}argument${plural(params.length)} (${n + nk} given)`);
  }
  const minPos = Math.min(required, maxPos);
  if (n > maxPos) {
    if (maxPos === 0) throw raise(EXC.TypeError, `${fname}() takes no positional arguments`);
    throw raise(EXC.TypeError, `${fname}() takes ${minPos < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${plural(maxPos)} (${n} given)`);
  }
  const minPosOnly = Math.min(posOnly, minPos);
  if (n < minPosOnly) {
    throw raise(EXC.TypeError, `${fname}() takes ${minPosOnly < maxPos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${plural(minPosOnly)} (${n} given)`);
  }
  for (let i = 0; i < n; i++) out[i] = args[i];
  let left = nk;
  for (let i = Math.max(n, posOnly); i < params.length; i++) {
    const k = left > 0 ? kw!.names.indexOf(params[i]) : -1;
    if (k >= 0) {
      out[i] = kw!.values[k];
      left--;
    } else if (i < required) {
      throw raise(EXC.TypeError, `${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
    }
  }
  if (left > 0) {
    for (let i = posOnly; i < n; i++) {
      if (kw!.names.includes(params[i])) throw raise(EXC.TypeError, `argument for ${fname}() given by name ('${params[i]}') and position (${i + 1})`);
    }
    for (const name of kw!.names) {
      const i = params.indexOf(name);
      if (i < posOnly) throw raise(EXC.TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

export { I32 };
