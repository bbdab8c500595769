// Calls: binding arguments to parameters (CPython's _PyEval_MakeFrameVector), frame set-up for
// Python functions, and `callObject` for every kind of callable.

import { I32, TYPES, type KwArgs, T_FUNCTION, T_METHOD, T_BUILTIN, T_TYPE, T_STR, decref, xdecref } from '../runtime/object.js';
import { FN_CODE, FN_GLOBALS, FN_DEFAULTS, FN_KWDEFAULTS, FN_CLOSURE, FN_QUALNAME, codeOf, newCell, CELL_REF, type Code, M_FUNC, M_SELF, builtinOf, BF_SELF } from '../runtime/objects/function.js';
import { tupleSize, tupleItem, tupleFrom, EMPTY_TUPLE } from '../runtime/objects/tuple.js';
import { newDict, dictSet, dictGet } from '../runtime/objects/dict.js';
import { strValue, internedStr } from '../runtime/objects/str.js';
import { raise, EXC } from '../runtime/objects/exception.js';
import { vm as abstractVm, call as pyCall, callUnbound, recursion as abstractRecursion } from '../runtime/abstract.js';
import { typeInfoOfTypeObject, typeLookup, bindDescriptor } from '../runtime/objects/type.js';
import { CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR } from '../compiler/opcodes.js';
import { Frame, vmState, dataStackPush, dataStackUnwind, type ThreadState } from './frame.js';
import { tpCallArgsBegin, tpCallArgsEnd, tpCallSource, type TpCallArgs } from '../runtime/tpcall.js';

/** Set by eval.ts: run a frame to completion in a nested eval loop; returns a new reference. */
export const evalHooks = {
  run: (_ts: ThreadState, _f: Frame): number => 0,
  newGenerator: (_f: Frame, _fn: number): number => 0,
  /** Resume a generator frame (throwing `exc` into it when non-zero); sets ts.genReturned. */
  runGen: (_ts: ThreadState, _f: Frame, _exc: number): number => 0,
};

function fnName(fn: number): string {
  return strValue(I32[(fn >> 2) + FN_QUALNAME]);
}

/**
 * Create the frame for calling Python function `fn`. Positional arguments come from
 * src[start .. start+n); when `steal` they are owned references that move into the frame,
 * otherwise they are borrowed and increfed. Keyword arguments are borrowed.
 * On error the stolen references are released (the caller must not touch them).
 */
export function makeFrame(ts: ThreadState, fn: number, src: ArrayLike<number>, start: number, n: number, kw: KwArgs | null, steal: boolean): Frame {
  const w = fn >> 2;
  const code = codeOf(I32[w + FN_CODE]);
  const co = code.co;
  const isGen = (co.flags & CO_GENERATOR) !== 0;
  const size = code.nlocalsplus + co.stacksize;
  let regs: Int32Array, base: number;
  if (isGen) {
    regs = new Int32Array(size);
    base = 0;
  } else {
    base = dataStackPush(ts, size);
    if (base < 0) {
      if (steal) for (let i = 0; i < n; i++) decref(src[start + i]);
      throw raise(EXC.RecursionError, 'maximum recursion depth exceeded');
    }
    regs = ts.stack;
    // a loop beats TypedArray#fill for the handful of slots a frame has
    for (let i = base, e = base + code.nlocalsplus; i < e; i++) regs[i] = 0;
  }
  I32[fn >> 2]++;
  I32[code.addr >> 2]++; // f_code is a strong reference (CPython 3.11), seen by sys.getrefcount
  code.entries++;
  // globals and builtins are borrowed, as CPython 3.11's _PyInterpreterFrame does: the function
  // holds its globals, the interpreter its builtins (another builtins dict is held: see below)
  const globals = I32[w + FN_GLOBALS];
  let f: Frame;
  const pooled = isGen ? null : poolTop;
  if (pooled !== null) {
    f = pooled;
    poolTop = pooled.back;
    poolSize--;
    f.reinit(code, regs, base, fn, globals);
  } else f = new Frame(code, regs, base, fn, globals, 0, 0, !isGen);
  if (globals !== lastGlobals) {
    lastGlobals = globals;
    lastBuiltins = builtinsDictHook.get(globals);
  }
  f.builtins = lastBuiltins;
  if (lastBuiltins !== builtinsDictHook.main) I32[lastBuiltins >> 2]++;
  // Fast path: exact positional call, no defaults needed, no */** parameters.
  const argc = co.argcount;
  if (kw === null && n === argc && (co.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && co.kwonlyargcount === 0) {
    for (let i = 0; i < n; i++) {
      const v = src[start + i];
      if (!steal) I32[v >> 2]++;
      regs[base + i] = v;
    }
  } else {
    try {
      bindSlow(f, fn, code, src, start, n, kw, steal);
    } catch (e) {
      releaseFrame(ts, f);
      throw e;
    }
  }
  // Cells and free variables.
  if (code.ncells || co.freevars.length) {
    const nv = code.nvars;
    for (let i = 0; i < code.ncells; i++) {
      const ai = co.cell2arg[i];
      regs[base + nv + i] = newCell(ai >= 0 ? regs[base + ai] : 0);
    }
    const clo = I32[w + FN_CLOSURE];
    for (let i = 0; i < co.freevars.length; i++) {
      const c = tupleItem(clo, i);
      I32[c >> 2]++;
      regs[base + nv + code.ncells + i] = c;
    }
  }
  return f;
}

export const builtinsDictHook = {
  get: (_globals: number): number => 0,
  /** The interpreter's builtins dict, which lives as long as the interpreter (frames borrow it). */
  main: 0,
};
/** One-entry cache globals -> builtins dict (a module's __builtins__ is looked up once). */
let lastGlobals = 0, lastBuiltins = 0;
export function resetBuiltinsCache(): void {
  lastGlobals = lastBuiltins = 0;
}

function bindSlow(f: Frame, fn: number, code: Code, src: ArrayLike<number>, start: number, n: number, kw: KwArgs | null, steal: boolean): void {
  const co = code.co;
  const regs = f.regs, base = f.base;
  const argc = co.argcount;
  const w = fn >> 2;
  const name = fnName(fn);
  let consumed = 0;
  try {
    const npos = Math.min(n, argc);
    for (let i = 0; i < npos; i++) {
      const v = src[start + i];
      if (!steal) I32[v >> 2]++;
      regs[base + i] = v;
      consumed++;
    }
    let slot = argc + co.kwonlyargcount;
    if (co.flags & CO_VARARGS) {
      const extra: number[] = [];
      for (let i = argc; i < n; i++) extra.push(src[start + i]);
      const t = tupleFrom(extra);
      if (steal) for (let i = argc; i < n; i++) decref(src[start + i]);
      consumed = n;
      regs[base + slot] = t;
      slot++;
    }
    let kwdict = 0;
    if (co.flags & CO_VARKEYWORDS) {
      kwdict = newDict();
      regs[base + slot] = kwdict;
    }
    if (kw) {
      for (let k = 0; k < kw.names.length; k++) {
        const kname = kw.names[k];
        const v = kw.values[k];
        const idx = co.varnames.indexOf(kname);
        if (idx >= co.posonlyargcount && idx < argc + co.kwonlyargcount) {
          if (regs[base + idx] !== 0) throw raise(EXC.TypeError, `${name}() got multiple values for argument '${kname}'`);
          I32[v >> 2]++;
          regs[base + idx] = v;
        } else if (kwdict) {
          const ks = internedStr(kname);
          dictSet(kwdict, ks, v);
          decref(ks);
        } else {
          // as CPython: the first unknown keyword fails the call; if positional-only names were
          // passed as keywords, the error lists them all
          const posAsKw = kw.names.filter((k) => {
            const i = co.varnames.indexOf(k);
            return i >= 0 && i < co.posonlyargcount;
          });
          if (posAsKw.length) throw raise(EXC.TypeError, `${name}() got some positional-only arguments passed as keyword arguments: '${posAsKw.join(', ')}'`);
          throw raise(EXC.TypeError, `${name}() got an unexpected keyword argument '${kname}'`);
        }
      }
    }
    if (n > argc && !(co.flags & CO_VARARGS)) {
      const defaults = I32[w + FN_DEFAULTS];
      const ndef = defaults ? tupleSize(defaults) : 0;
      let kwGiven = 0;
      for (let i = argc; i < argc + co.kwonlyargcount; i++) if (regs[base + i] !== 0) kwGiven++;
      const takes = ndef ? `from ${argc - ndef} to ${argc} positional arguments` : `${argc} positional argument${argc === 1 ? '' : 's'}`;
      const given = kwGiven ? `${n} positional argument${n === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given` : `${n} ${n === 1 ? 'was' : 'were'} given`;
      throw raise(EXC.TypeError, `${name}() takes ${takes} but ${given}`);
    }
    // Defaults and missing arguments.
    const defaults = I32[w + FN_DEFAULTS];
    const ndef = defaults ? tupleSize(defaults) : 0;
    const missing: string[] = [];
    for (let i = 0; i < argc; i++) {
      if (regs[base + i] !== 0) continue;
      const di = i - (argc - ndef);
      if (di >= 0) {
        const d = tupleItem(defaults, di);
        I32[d >> 2]++;
        regs[base + i] = d;
      } else missing.push(co.varnames[i]);
    }
    if (missing.length) throw missingError(name, missing, 'positional');
    const kwdefaults = I32[w + FN_KWDEFAULTS];
    for (let i = argc; i < argc + co.kwonlyargcount; i++) {
      if (regs[base + i] !== 0) continue;
      const d = kwdefaults ? dictGetByName(kwdefaults, co.varnames[i]) : 0;
      if (d !== 0) {
        I32[d >> 2]++;
        regs[base + i] = d;
      } else missing.push(co.varnames[i]);
    }
    if (missing.length) throw missingError(name, missing, 'keyword-only');
  } catch (e) {
    if (steal) for (let i = consumed; i < n; i++) decref(src[start + i]);
    throw e;
  }
}

function dictGetByName(d: number, name: string): number {
  const k = internedStr(name);
  const v = dictGet(d, k);
  decref(k);
  return v;
}

function missingError(name: string, missing: string[], kind: string) {
  const q = missing.map((m) => `'${m}'`);
  let list: string;
  if (q.length === 1) list = q[0];
  else if (q.length === 2) list = `${q[0]} and ${q[1]}`;
  else list = `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
  return raise(EXC.TypeError, `${name}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`);
}

/** Release a frame's references and its data-stack window. */
export function releaseFrame(ts: ThreadState, f: Frame): void {
  // a frame object (held by a traceback) takes over the locals before they would be released
  if (f.frameObj) frameObjHook.detach(f);
  const regs = f.regs;
  const end = f.sp;
  for (let i = f.base; i < end; i++) {
    const v = regs[i];
    if (v !== 0) {
      regs[i] = 0;
      decref(v);
    }
  }
  // locals beyond sp are already cleared; the whole localsplus range is below sp.
  // EXCEPT_HANDLER blocks still open own the exception they would restore
  if (f.nblk > 0) {
    const blocks = f.blocks!;
    for (let i = 0; i < f.nblk; i++) {
      const saved = blocks[i * 4 + 3];
      if (blocks[i * 4] === 2 && saved > 0) decref(saved);
    }
    f.nblk = 0;
  }
  // releasing a local can run code that makes a frame object for this frame (a suspended
  // generator's close() raising GeneratorExit links its traceback frame's f_back here): detach
  // that one too, or it would keep the frame's code and globals for ever
  if (f.frameObj) frameObjHook.detach(f);
  if (f.onDataStack) {
    if (f.regs !== ts.stack) dataStackUnwind(ts, f.regs);
    ts.top = f.base;
    f.onDataStack = false;
  }
  f.sp = f.base;
  const fn = f.func, g = f.globals, b = f.builtins, l = f.locals;
  f.func = f.globals = f.builtins = f.locals = 0;
  if (fn !== 0) {
    // a function's frame borrows its globals, and its builtins when they are the interpreter's
    const codeObj = f.code.addr;
    decref(fn);
    decref(codeObj);
    if (b !== builtinsDictHook.main) xdecref(b);
  } else {
    // module and exec frames own theirs
    xdecref(g);
    xdecref(b);
  }
  xdecref(l);
  if (f.heldRef !== 0) {
    decref(f.heldRef);
    f.heldRef = 0;
  }
  if (f.heldRefs !== null) {
    const held = f.heldRefs;
    f.heldRefs = null;
    for (const x of held) decref(x);
  }
  if (f.initObj !== 0) {
    // an inline __init__ that raised: the instance dies after the frame's locals, as in
    // type_call, and the class call's recursion level ends
    const o = f.initObj;
    f.initObj = 0;
    ts.depth--;
    decref(o);
  }
  // Ordinary frames are recycled: nothing refers to a finished frame (frame objects detached above).
  if (f.gen === 0 && poolSize < FRAME_POOL_MAX) {
    f.back = poolTop;
    poolTop = f;
    poolSize++;
  }
}

/** Finished ordinary frames kept for reuse (saves a JS allocation per call), linked through
 * `back` (no JS array push/pop per call). */
let poolTop: Frame | null = null, poolSize = 0;
const FRAME_POOL_MAX = 256;

export const frameObjHook = { detach: (_f: Frame): void => {} };

/** Call a Python function with borrowed args, in a nested eval loop. New reference. */
export function callFunction(fn: number, args: ArrayLike<number>, kw: KwArgs | null): number {
  const ts = vmState.ts;
  const f = makeFrame(ts, fn, args, 0, args.length, kw, false);
  if (f.code.co.flags & CO_GENERATOR) return evalHooks.newGenerator(f, fn);
  f.back = ts.frame; // the nested loop's frame continues the caller's stack (f_back, extract_stack)
  return evalHooks.run(ts, f);
}

/** Call any callable with borrowed args. New reference. */
/**
 * Set by the eval loop just before callObject for a CALL in quickened code (see Code.entries):
 * there CPython 3.11 runs a specialized instruction for some builtins, without the recursion
 * check of a generic call. Read and cleared by callObject.
 */
export const callSite = { quick: false };

/** Code has been quickened (CPython: at the 8th RESUME of the code object). */
export const QUICKEN_AFTER = 8;

export function callObject(c: number, args: number[], kw: KwArgs | null): number {
  const quick = callSite.quick;
  callSite.quick = false;
  const tid = I32[(c >> 2) + 1];
  switch (tid) {
    case T_FUNCTION:
      return callFunction(c, args, kw);
    case T_METHOD: {
      const self = I32[(c >> 2) + M_SELF];
      return callObject(I32[(c >> 2) + M_FUNC], [self, ...args], kw);
    }
    case T_BUILTIN: {
      const b = builtinOf(c);
      if (quick && b.specialized !== undefined && b.specialized !== 3 && (b.specialized === 2 || !kw || !kw.names.length)) {
        return b.fn(I32[(c >> 2) + BF_SELF], args, kw && kw.names.length ? kw : null);
      }
      const ts = enterRecursiveCall(CALLING); // a builtin call counts against the recursion limit (as CPython's)
      try {
        return b.fn(I32[(c >> 2) + BF_SELF], args, kw && kw.names.length ? kw : null);
      } finally {
        ts.depth--;
      }
    }
    case T_TYPE: {
      const t = typeInfoOfTypeObject(c);
      const call = TYPES[T_TYPE].slots.call!;
      if (!t.isHeap) {
        // types without a vectorcall in CPython 3.11 (int, str, object, zip, the exceptions, ...):
        // _PyObject_MakeTpCall checks the recursion limit, except for str(x) in warm code
        // (PRECALL_NO_KW_STR_1); type(x) has a vectorcall, type(name, bases, dict) has not
        const id = t.id;
        if ((t.tpCall || t.isException || (id === T_TYPE && args.length !== 1))
            && !(quick && id === T_STR && args.length === 1 && !(kw && kw.names.length))) {
          const ts = enterRecursiveCall(CALLING);
          try {
            return call(c, args, kw && kw.names.length ? kw : null);
          } finally {
            ts.depth--;
          }
        }
        return call(c, args, kw && kw.names.length ? kw : null);
      }
      const ts = enterRecursiveCall(CALLING); // a class has no vectorcall: _PyObject_MakeTpCall counts
      try {
        return call(c, args, kw && kw.names.length ? kw : null);
      } finally {
        ts.depth--;
      }
    }
  }
  const t = TYPES[tid];
  if (t.slots.call && !t.isHeap) return t.slots.call(c, args, kw);
  const m = typeLookup(t, '__call__');
  if (m === 0) {
    tpCallSource.args = tpCallSource.kw = 0;
    if (t.slots.call) return t.slots.call(c, args, kw);
    throw raise(EXC.TypeError, `'${t.name}' object is not callable`);
  }
  // an instance's __call__ runs through slot_tp_call, a tp_call: _PyObject_MakeTpCall counts it
  // against the recursion limit (then the __call__ frame counts again) and packs the arguments
  const ts = enterRecursiveCall(CALLING);
  let held: TpCallArgs | null = null;
  try {
    held = tpCallArgsBegin(args, kw && kw.names.length ? kw : null, I32[(m >> 2) + 1] === T_FUNCTION, c);
    if (kw && kw.names.length) {
      if (I32[(m >> 2) + 1] === T_FUNCTION) return callFunction(m, [c, ...args], kw);
      const bound = bindDescriptor(m, c, t);
      try {
        return callObject(bound, args, kw);
      } finally {
        decref(bound);
      }
    }
    return callUnbound(m, c, args);
  } finally {
    if (held !== null) tpCallArgsEnd(held);
    ts.depth--;
  }
}


abstractVm.call = callObject;

const CALLING = ' while calling a Python object';

/** CPython's _Py_EnterRecursiveCall: C-level calls (builtins, repr, comparisons) count against
 * the recursion limit with Python frames. Returns the thread state to release (`ts.depth--`). */
export function enterRecursiveCall(where: string): ThreadState {
  const ts = vmState.ts;
  if (++ts.depth > vmState.recursionLimit) {
    ts.depth--;
    throw raise(EXC.RecursionError, `maximum recursion depth exceeded${where}`);
  }
  return ts;
}
abstractRecursion.enter = enterRecursiveCall;

/** Helper for builtins: raise TypeError unless `kw` is empty. */
export function noKeywords(name: string, kw: KwArgs | null): void {
  if (kw && kw.names.length) throw raise(EXC.TypeError, `${name}() takes no keyword arguments`);
}

export { pyCall, EMPTY_TUPLE, T_STR, CELL_REF };
