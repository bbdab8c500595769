// Generator objects: a suspended frame plus the protocol (next/send/throw/close).
//
//   offset | field    | note
//    8     | slot     | index into GEN_FRAMES (the suspended Frame), 0 once finished
//   12     | name     | str
//   16     | qualname | str
//   20     | running  | i32 flag (ValueError: generator already executing)
//   24     | code     | gi_code, the code object (the function itself is held by the frame only,
//          |          | so a finished or closed generator no longer keeps it alive)
//   28     | weaklist | weak references to the generator (gi_weakreflist), 0 if none
//   size 32 (+16 GC head) -> 48
//
// A generator resumed by `for` or `yield from` (FOR_ITER, SEND) runs in the eval loop of the frame
// that resumed it, as a call does (CPython 3.12's FOR_ITER_GEN/SEND_GEN): its frame's `back` is
// that frame while it runs, and YIELD_VALUE / RETURN_VALUE / an escaping exception go back to it
// (vm/eval.ts). Resumed from anywhere else (next(), send(), throw(), a builtin iterating it), it
// runs in a nested eval loop whose entry frame is the generator's own frame: YIELD_VALUE returns
// from that loop with ts.genReturned = false, RETURN_VALUE with ts.genReturned = true.

import { I32, T_GENERATOR, SideTable, allocGCObject, freeGCObject, decref, xdecref, type Visit, GC_FLAGS, GCF_FINALIZED } from '../runtime/object.js';
import { hexAddr, finalizerHooks } from '../runtime/types.js';
import { clearWeakrefs } from '../runtime/gc/weakref.js';
import { gcTrack, gcUntrack } from '../runtime/gc/generations.js';
import { FN_NAME, FN_QUALNAME, FN_CODE } from '../runtime/objects/function.js';
import { frameObject } from './frameobject.js';
import { PyException, raise, EXC, newExceptionObject, EXC_VALUE, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS, EXC_TB, excSet, isSubtype } from '../runtime/objects/exception.js';
import { tupleFromSteal, tupleItems, EMPTY_TUPLE } from '../runtime/objects/tuple.js';
import { S, retNone, newBool, genericGetAttr, getAttrOrNull, reprJS } from '../runtime/abstract.js';
import { typeInfoOfTypeObject } from '../runtime/objects/type.js';
import { newStr } from '../runtime/objects/str.js';
import { T_TRACEBACK, T_TUPLE } from '../runtime/object.js';
import * as op from '../compiler/opcodes.js';
import { defMethod } from '../runtime/builtins/define.js';
import { strValue } from '../runtime/objects/str.js';
import { TYPES } from '../runtime/object.js';
import { Frame, vmState, type ThreadState } from './frame.js';
import { releaseFrame, evalHooks, callObject, builtinsDictHook } from './call.js';

export const GEN_SLOT = 2, GEN_NAME = 3, GEN_QUALNAME = 4, GEN_RUNNING = 5, GEN_CODE = 6, GEN_WEAKLIST = 7;
export const GEN_SIZE = 32;
export const GEN_FRAMES = new SideTable<Frame>();

export function newGenerator(f: Frame, fn: number): number {
  const g = allocGCObject(T_GENERATOR, GEN_SIZE);
  const w = g >> 2;
  I32[w + GEN_SLOT] = GEN_FRAMES.add(f);
  const name = I32[(fn >> 2) + FN_NAME], qual = I32[(fn >> 2) + FN_QUALNAME];
  I32[name >> 2]++;
  I32[qual >> 2]++;
  I32[w + GEN_NAME] = name;
  I32[w + GEN_QUALNAME] = qual;
  I32[w + GEN_RUNNING] = 0;
  I32[w + GEN_WEAKLIST] = 0;
  // gi_code (owned), as CPython 3.11's generator: the function is held by the frame while it runs
  const code = I32[(fn >> 2) + FN_CODE];
  I32[code >> 2]++;
  I32[w + GEN_CODE] = code;
  f.gen = g;
  gcTrack(g);
  return g;
}

export function genFrame(g: number): Frame | null {
  const s = I32[(g >> 2) + GEN_SLOT];
  return s === 0 ? null : GEN_FRAMES.get(s);
}

/** Drop a finished generator's frame (releasing its references). */
export function genFinish(g: number): void {
  const w = g >> 2;
  const s = I32[w + GEN_SLOT];
  if (s === 0) return;
  const f = GEN_FRAMES.get(s);
  I32[w + GEN_SLOT] = 0;
  GEN_FRAMES.release(s);
  const exc = f.genExc;
  f.genExc = 0;
  xdecref(exc);
  releaseFrame(vmState.ts, f);
}

/**
 * Resume `g`, sending `value` (borrowed; ignored on first start) or throwing `exc` (owned) into it.
 * Returns the yielded value (new reference) with `returned` false, or the return value with
 * `returned` true. Exceptions from the body propagate (and finish the generator).
 */
/** Set by genResume: did the generator return (true) or yield (false)? */
export let genReturnedFlag = false;

export function genResume(g: number, value: number, exc: number): number {
  const w = g >> 2;
  const f = genFrame(g);
  if (f === null) {
    if (exc !== 0) throw new PyException(exc);
    genReturnedFlag = true;
    return 0;
  }
  if (I32[w + GEN_RUNNING]) {
    xdecref(exc);
    throw raise(EXC.ValueError, 'generator already executing');
  }
  const ts = vmState.ts;
  if (f.pc === 0) {
    if (value !== 0 && value !== S.None && exc === 0) throw raise(EXC.TypeError, "can't send non-None value to a just-started generator");
  } else if (exc === 0) {
    I32[value >> 2]++;
    f.regs[f.sp++] = value;
  }
  I32[w + GEN_RUNNING] = 1;
  f.back = ts.frame;
  enterGenExcState(ts, f);
  try {
    const r = evalHooks.runGen(ts, f, exc);
    restoreResumerExc(ts, f);
    genReturnedFlag = ts.genReturned;
    if (genReturnedFlag) genFinish(g);
    return r;
  } catch (e) {
    // the handler blocks were unwound: what is left of the generator's state goes with its frame
    restoreResumerExc(ts, f);
    genFinish(g);
    if (e instanceof PyException) throw genEscaping(e);
    throw e;
  } finally {
    I32[w + GEN_RUNNING] = 0;
    f.back = null;
  }
}

/**
 * The generator's own exception state (CPython's gi_exc_state) replaces its resumer's while its
 * frame `f` runs; the resumer's is kept in the frame until restoreResumerExc puts it back.
 */
export function enterGenExcState(ts: ThreadState, f: Frame): void {
  f.resumerExc = ts.excInfo;
  f.resumerOuterExc = ts.outerExc;
  ts.outerExc = ts.excInfo !== 0 ? ts.excInfo : ts.outerExc;
  ts.excInfo = f.genExc;
  f.genExc = 0;
}

/** The generator stopped running (yield, return, exception): its exception state goes back to its
 * frame (genFinish drops it with a finished frame), the resumer's is restored. */
export function restoreResumerExc(ts: ThreadState, f: Frame): void {
  f.genExc = ts.excInfo;
  ts.excInfo = f.resumerExc;
  ts.outerExc = f.resumerOuterExc;
  f.resumerExc = f.resumerOuterExc = 0;
}

/**
 * The exception that leaves a generator whose body raised `e` (consumed): `e` itself, or for a
 * StopIteration the RuntimeError of PEP 479, raised "from" it as CPython does.
 */
export function genEscaping(e: PyException): PyException {
  if (!isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.StopIteration)) return e;
  const re = raise(EXC.RuntimeError, 'generator raised StopIteration');
  excSet(re.exc, EXC_CAUSE, e.exc);
  excSet(re.exc, EXC_CONTEXT, e.exc);
  I32[(re.exc >> 2) + EXC_SUPPRESS] = 1;
  decref(e.exc);
  return re;
}

/** tp_iternext: next value (new reference) or 0 when finished. */
export function genIterNext(g: number): number {
  const v = genResume(g, S.None, 0);
  if (genReturnedFlag) {
    if (v !== 0) decref(v);
    return 0;
  }
  return v;
}

/** gen.send(v): like next but raises StopIteration(value) on return. */
export function genSend(g: number, v: number, exc: number): number {
  const r = genResume(g, v, exc);
  if (genReturnedFlag) throw stopIteration(r);
  return r;
}

/** StopIteration carrying `v` (stolen; 0 or None for a bare StopIteration). */
export function stopIteration(v: number): PyException {
  if (v === 0 || v === S.None) {
    xdecref(v);
    I32[EMPTY_TUPLE >> 2]++;
    const e = newExceptionObject(EXC.StopIteration, EMPTY_TUPLE);
    decref(EMPTY_TUPLE);
    return new PyException(e);
  }
  I32[v >> 2]++;
  const args = tupleFromSteal([v]);
  const e = newExceptionObject(EXC.StopIteration, args);
  decref(args);
  I32[(e >> 2) + EXC_VALUE] = v;
  return new PyException(e);
}

/**
 * The iterator a generator suspended in `yield from` delegates to (borrowed; CPython's
 * _PyGen_yf), 0 if none: the frame stopped at the YIELD_VALUE of a SEND loop (codegen's
 * YieldFrom), with the iterator on top of its stack.
 */
export function yieldFromTarget(f: Frame): number {
  const ops = f.code.ops, pc = f.pc;
  if (pc < 2 || ops[pc - 2] !== op.YIELD_VALUE || ops[pc] !== op.JUMP_BACKWARD || ops[ops[pc + 1]] !== op.SEND) return 0;
  return f.regs[f.sp - 1];
}

/** The iterator of a `yield from` is done: pop it and continue after the SEND loop. */
function leaveYieldFrom(f: Frame): void {
  const it = f.regs[--f.sp];
  f.regs[f.sp] = 0;
  decref(it);
  const ops = f.code.ops;
  f.pc = ops[ops[f.pc + 1] + 1];
}

/**
 * gen.throw(*args) (args borrowed, as given: typ[, val[, tb]]), as _gen_throw: a generator
 * suspended in `yield from` passes them to its iterator first (GeneratorExit closes it), and the
 * `yield from` ends when the iterator returns or raises. Result as genResume (genReturnedFlag).
 */
export function genThrow(g: number, args: number[]): number {
  const f = genFrame(g);
  const w = g >> 2;
  const yf = f === null || I32[w + GEN_RUNNING] ? 0 : yieldFromTarget(f);
  if (yf === 0) return genResume(g, 0, throwArgs(args));
  let exc = 0; // what is thrown into this generator itself, when direct
  I32[yf >> 2]++;
  I32[w + GEN_RUNNING] = 1; // the generator runs while its iterator handles the exception
  let r = 0;
  let returned = false; // the iterator (a generator) returned r
  let direct = false; // throw exc into this generator itself
  let raised: PyException | null = null; // the iterator raised
  try {
    const typ = args[0];
    const gexit = EXC.GeneratorExit;
    if (isSubtype(TYPES[I32[(typ >> 2) + 1]], gexit) || (TYPES[I32[(typ >> 2) + 1]].isMeta && isSubtype(typeInfoOfTypeObject(typ), gexit))) {
      direct = true;
      try {
        closeIter(yf);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        exc = e.exc; // thrown into this generator instead of GeneratorExit
      }
    } else if (I32[(yf >> 2) + 1] === T_GENERATOR) {
      r = genThrow(yf, args);
      returned = genReturnedFlag;
    } else {
      const name = newStr('throw');
      let meth: number;
      try {
        meth = getAttrOrNull(yf, name);
      } finally {
        decref(name);
      }
      if (meth === 0) direct = true;
      else {
        try {
          r = callObject(meth, args, null);
        } finally {
          decref(meth);
        }
      }
    }
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    raised = e;
  } finally {
    I32[w + GEN_RUNNING] = 0;
    decref(yf);
  }
  if (direct) return genResume(g, 0, exc || throwArgs(args));
  if (raised === null && !returned) {
    genReturnedFlag = false;
    return r; // the iterator yielded: so does this generator
  }
  // the `yield from` ends: with the iterator's exception, or its return value (StopIteration's)
  leaveYieldFrom(f!);
  let v = r;
  if (raised !== null) {
    if (!isSubtype(TYPES[I32[(raised.exc >> 2) + 1]], EXC.StopIteration)) return genResume(g, 0, raised.exc);
    v = I32[(raised.exc >> 2) + EXC_VALUE];
    if (v !== 0) I32[v >> 2]++;
    decref(raised.exc);
  }
  if (v === 0) v = retNone();
  try {
    return genResume(g, v, 0);
  } finally {
    decref(v);
  }
}

/** gen_close_iter: close the iterator of a `yield from` (errors propagate). */
function closeIter(it: number): void {
  if (I32[(it >> 2) + 1] === T_GENERATOR) return genClose(it);
  const name = newStr('close');
  let meth: number;
  try {
    meth = getAttrOrNull(it, name);
  } finally {
    decref(name);
  }
  if (meth === 0) return;
  try {
    decref(callObject(meth, [], null));
  } finally {
    decref(meth);
  }
}

/** gen.close(): throw GeneratorExit in; fine if it finishes or re-raises GeneratorExit. */
export function genClose(g: number): void {
  const f = genFrame(g);
  if (f === null) return;
  if (f.pc === 0) {
    genFinish(g);
    return;
  }
  const exc = newExceptionObject(EXC.GeneratorExit, EMPTY_TUPLE);
  I32[EMPTY_TUPLE >> 2]++;
  decref(EMPTY_TUPLE);
  try {
    const r = genThrow(g, [exc]);
    if (!genReturnedFlag) {
      decref(r);
      throw raise(EXC.RuntimeError, 'generator ignored GeneratorExit');
    }
    xdecref(r);
  } catch (e) {
    if (e instanceof PyException) {
      const t = TYPES[I32[(e.exc >> 2) + 1]];
      if (isSubtype(t, EXC.GeneratorExit) || isSubtype(t, EXC.StopIteration)) {
        decref(e.exc);
        return;
      }
    }
    throw e;
  } finally {
    decref(exc);
  }
}

/**
 * The generator's finalizer (_PyGen_Finalize), run once -- by the collector for garbage, else at
 * deallocation: close a suspended generator so its finally blocks run (PEP 342). An exception
 * escaping close() is reported as unraisable ("Exception ignored in: <generator object ...>").
 */
export function genFinalize(g: number): void {
  I32[(g >> 2) + GC_FLAGS] |= GCF_FINALIZED;
  const f = genFrame(g);
  if (f === null || f.pc === 0) return;
  try {
    genClose(g);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    finalizerHooks.unraisable(e, `<generator object ${strValue(I32[(g >> 2) + GEN_QUALNAME])} at ${hexAddr(g)}>`, g);
  }
}

export function genDealloc(g: number): void {
  gcUntrack(g);
  // as CPython's gen_dealloc: weak references die before the generator is closed
  if (I32[(g >> 2) + GEN_WEAKLIST] !== 0) clearWeakrefs(g);
  const f = genFrame(g);
  if (f !== null && f.pc !== 0 && (I32[(g >> 2) + GC_FLAGS] & GCF_FINALIZED) === 0) {
    // a suspended generator: close it (a frame without try/with just finishes, as close would)
    if (f.nblk > 0) {
      I32[g >> 2] = 1;
      genFinalize(g);
      if (--I32[g >> 2] !== 0) return;
    }
  }
  genFinish(g);
  const w = g >> 2;
  xdecref(I32[w + GEN_NAME]);
  xdecref(I32[w + GEN_QUALNAME]);
  xdecref(I32[w + GEN_CODE]);
  freeGCObject(g);
}

export function genTraverse(g: number, visit: Visit): void {
  const w = g >> 2;
  // CPython's gen_traverse: gi_code, gi_name, gi_qualname, then the frame while it lives
  visit(I32[w + GEN_CODE]);
  visit(I32[w + GEN_NAME]);
  visit(I32[w + GEN_QUALNAME]);
  const f = genFrame(g);
  if (f !== null) {
    // While the generator runs, the eval loop keeps sp in a local and writes f.sp back only at
    // named points: slots between the true top and a stale f.sp may hold references already
    // released (a consumed slice, say). Visit neither locals nor stack then: the running frame is
    // held from outside, so leaving them out is conservative, and it is CPython's view (an
    // executing frame has no stack top: gc.get_referrers(local) does not list its generator).
    const top = I32[w + GEN_RUNNING] ? f.base : f.sp;
    // CPython's order (_PyFrame_Traverse): the frame object, f_locals, f_func, then locals and
    // stack -- the order in which the collector moves objects it finds reachable again, and so
    // the order of later finalizers
    if (f.frameObj) visit(f.frameObj);
    if (f.locals) visit(f.locals);
    if (f.func) visit(f.func);
    visit(f.code.addr);
    for (let i = f.base; i < top; i++) if (f.regs[i] !== 0) visit(f.regs[i]);
    // a generator's frame borrows its globals (its function holds them), and its builtins when
    // they are the interpreter's (call.ts makeFrame): only a builtins dict it holds is visited
    if (f.builtins && f.builtins !== builtinsDictHook.main) visit(f.builtins);
    for (let i = 0; i < f.nblk; i++) {
      const saved = f.blocks![i * 4 + 3];
      if (f.blocks![i * 4] === 2 && saved > 0) visit(saved);
    }
    if (f.genExc !== 0) visit(f.genExc);
  }
}


/** The exception gen.throw(typ[, val[, tb]]) raises (new reference), normalized as CPython's
 * (PyErr_NormalizeException): a class is called with val (kept when already an instance). */
function throwArgs(args: number[]): number {
  const [typ, val = S.None, tb = S.None] = args;
  if (tb !== S.None && I32[(tb >> 2) + 1] !== T_TRACEBACK) throw raise(EXC.TypeError, 'throw() third argument must be a traceback object');
  let exc: number;
  const tt = TYPES[I32[(typ >> 2) + 1]];
  if (tt.isMeta && typeInfoOfTypeObject(typ).isException) {
    if (val !== S.None && isSubtype(TYPES[I32[(val >> 2) + 1]], typeInfoOfTypeObject(typ))) exc = (I32[val >> 2]++, val);
    else exc = callObject(typ, val === S.None ? [] : I32[(val >> 2) + 1] === T_TUPLE ? tupleItems(val) : [val], null);
    if (!TYPES[I32[(exc >> 2) + 1]].isException) {
      const got = TYPES[I32[(exc >> 2) + 1]].name; // PyErr_NormalizeException: %R, then tp_name
      decref(exc);
      throw raise(EXC.TypeError, `calling ${reprJS(typ)} should have returned an instance of BaseException, not ${got}`);
    }
  } else if (tt.isException) {
    if (val !== S.None) throw raise(EXC.TypeError, 'instance exception may not have a separate value');
    exc = (I32[typ >> 2]++, typ);
  } else {
    throw raise(EXC.TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + tt.name);
  }
  if (tb !== S.None) excSet(exc, EXC_TB, tb);
  return exc;
}

/** Slots and methods of the generator type. */
export function initGeneratorType(): void {
  const t = TYPES[T_GENERATOR];
  t.hasFinalizer = true; // genFinalize, called by the collector through collectHooks.callFinalizer
  t.slots.iter = (g) => (I32[g >> 2]++, g);
  t.slots.iternext = genIterNext;
  defMethod(T_GENERATOR, 'send', (self, args) => genSend(self, args[0], 0), { nargs: 1 });
  defMethod(T_GENERATOR, 'throw', (self, args) => {
    const r = genThrow(self, args);
    if (genReturnedFlag) throw stopIteration(r);
    return r;
  }, { nargs: [1, 3] });
  defMethod(T_GENERATOR, 'close', (self) => (genClose(self), retNone()), { nargs: 0 });
  t.getattrOnly = new Set(['__name__', '__qualname__', 'gi_running', 'gi_frame', 'gi_code', 'gi_suspended', 'gi_yieldfrom']);
  t.slots.getattr = (g, name) => {
    const s = strValue(name);
    const w = g >> 2;
    if (s === '__name__') return (I32[I32[w + GEN_NAME] >> 2]++, I32[w + GEN_NAME]);
    if (s === '__qualname__') return (I32[I32[w + GEN_QUALNAME] >> 2]++, I32[w + GEN_QUALNAME]);
    if (s === 'gi_running') return newBool(I32[w + GEN_RUNNING] !== 0);
    if (s === 'gi_yieldfrom') {
      const f = genFrame(g);
      const yf = f === null || I32[w + GEN_RUNNING] ? 0 : yieldFromTarget(f);
      if (yf === 0) return retNone();
      I32[yf >> 2]++;
      return yf;
    }
    if (s === 'gi_frame') {
      const f = genFrame(g);
      return f === null ? retNone() : frameObject(f);
    }
    if (s === 'gi_code') {
      const code = I32[w + GEN_CODE];
      I32[code >> 2]++;
      return code;
    }
    // 3.11's gi_suspended: started and stopped at a yield
    if (s === 'gi_suspended') {
      const f = genFrame(g);
      return newBool(f !== null && I32[w + GEN_RUNNING] === 0 && f.pc > 0);
    }
    return genericGetAttr(g, name, t);
  };
}
