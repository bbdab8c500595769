// The objects CPython 3.11's _PyObject_MakeTpCall makes around a tp_call (see tpCallArgsBegin).

import { I32, type KwArgs, decref } from './object.js';
import { newTuple, TUPLE_ITEMS } from './objects/tuple.js';
import { newDict, dictSet } from './objects/dict.js';
import { internedStr } from './objects/str.js';
import { gcState } from './gc/generations.js';

/**
 * CPython 3.11 calls a class, and the builtin types without vectorcall, through tp_call: the
 * positional arguments are packed in a tuple, keyword arguments in a dict (which a Python
 * __init__'s call turns back into a kwnames tuple and a new array of all the argument values);
 * all are released after the call. pyvm passes arguments in registers: this makes and releases
 * the same objects and references (no kwnames tuple or array when no Python __init__ is called:
 * `pyInit` false; `self`, an instance whose Python __call__ is called, goes first in the array),
 * for their effect on gc.get_count() (none when a free list has one, as in CPython) and on
 * sys.getrefcount of the arguments during the call.
 */
export interface TpCallArgs {
  args: number;
  kwargs: number;
  kwnames: number;
  /** The argument values _PyStack_UnpackDict copies for a Python __init__ called with keywords. */
  unpacked: number[] | null;
}

/** Set by CALL_FUNCTION_EX just before it calls a class or an instance of one: the tuple (and
 * dict, 0 if none) that CPython passes to tp_call as they are. Read and cleared by the next
 * tpCallArgsBegin, and cleared by the type call or call instruction when none ran. */
export const tpCallSource = { args: 0, kw: 0 };

export function tpCallArgsBegin(argv: ArrayLike<number>, kw: KwArgs | null, pyInit = true, self = 0): TpCallArgs {
  const nargs = argv.length, nkw = kw ? kw.names.length : 0;
  const src = tpCallSource.args, srcKw = tpCallSource.kw;
  tpCallSource.args = tpCallSource.kw = 0;
  gcState.stressQuiet++;
  try {
    let args = 0, kwargs = 0;
    if (src !== 0) {
      // f(*t, **d): tp_call gets the caller's tuple and dict themselves
      I32[src >> 2]++;
      args = src;
      if (srcKw !== 0 && nkw > 0) {
        I32[srcKw >> 2]++;
        kwargs = srcKw;
      }
    } else if (nargs > 0) {
      args = newTuple(nargs);
      for (let i = 0; i < nargs; i++) {
        I32[argv[i] >> 2]++;
        I32[(args >> 2) + TUPLE_ITEMS + i] = argv[i];
      }
    }
    if (nkw > 0 && kwargs === 0) kwargs = newDict();
    for (let i = 0; i < nkw && kwargs !== srcKw; i++) {
      const k = internedStr(kw!.names[i]);
      dictSet(kwargs, k, kw!.values[i]);
      decref(k);
    }
    const kwnames = nkw > 0 && pyInit ? newTuple(nkw) : 0;
    let unpacked: number[] | null = null;
    if (kwnames) {
      unpacked = [...(self ? [self] : []), ...Array.from(argv), ...kw!.values];
      for (const v of unpacked) I32[v >> 2]++;
    }
    return { args, kwargs, kwnames, unpacked };
  } finally {
    gcState.stressQuiet--;
  }
}

/** Release what tpCallArgsBegin made: the kwnames tuple and array, then the argument tuple and dict. */
export function tpCallArgsEnd(held: TpCallArgs): void {
  if (held.kwnames) decref(held.kwnames);
  if (held.unpacked) for (const v of held.unpacked) decref(v);
  if (held.args) decref(held.args);
  if (held.kwargs) decref(held.kwargs);
}

