// The eval loop: one function, one switch.
//
// `run(ts, entry)` executes frames until `entry` returns (or, for a generator frame, yields).
// Python-to-Python calls do not recurse on the JS stack: CALL pushes the callee's frame and the
// loop continues; RETURN_VALUE pops it. `pc`, `sp`, `regs`, `base` and the code's arrays are
// locals, reloaded at every frame switch and written back to the frame (`f.pc`, `f.sp`) before
// the frame is left. Values are popped only after the operation that consumes them has
// succeeded, so when anything throws, every value on the stack is still owned by the stack and
// the handler search (`unwind`) releases it.
//
// The eval breaker: a countdown decremented at backward jumps and calls; when it reaches zero
// the loop looks at pending work (GIL drop requests, signals) — see vm/gil.ts.

import * as op from '../compiler/opcodes.js';
import { I32, F64, I32 as HEAP_I32, F64 as HEAP_F64, TYPES, T_INT, T_FLOAT, T_STR, T_LIST, T_TUPLE, T_DICT, T_FUNCTION, T_BOOL, T_NONE, T_METHOD_DESCR, T_TYPE, T_OBJECT, T_METHOD,
  T_LIST_ITER, T_RANGE_ITER, T_GENERATOR, decref, dealloc, xdecref, HeapExhausted, type KwArgs } from '../runtime/object.js';
import { newInt, SMALL_INTS, SMALL_MIN, SMALL_MAX } from '../runtime/objects/int.js';
import { newFloat } from '../runtime/objects/float.js';
import { STRS, STR_SLOT, STR_FLAGS, STR_BMP, newStr, strConcat } from '../runtime/objects/str.js';
import { newTuple, tupleFromSteal, tupleSize, tupleItem, EMPTY_TUPLE, TUPLE_ITEMS, TUPLE_SIZE } from '../runtime/objects/tuple.js';
import { listAppendSteal, listLen, listGet, listFromSteal, listExtend, starTargetList, LIST_ITEMS, LIST_SIZE } from '../runtime/objects/list.js';
import { newDict, dictSet, dictGet, dictGetStr, dictPop, dictMerge, dictLen, dictKeys, D_NENTRIES, D_ENTRIES, D_VERSION } from '../runtime/objects/dict.js';
import { newFunction, newCell, CELL_REF, FN_DOC, BUILTINS, MD_SLOT, MD_OWNER, M_FUNC, M_SELF, type Builtin } from '../runtime/objects/function.js';
import { PyException, raise, EXC, isSubtype, newExceptionObject, excSet, excGet, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS, EXC_TB, EXC_VALUE } from '../runtime/objects/exception.js';
import { PyErr } from '../runtime/objects/pyerr.js';
import { typeLookup, typeInfoOfTypeObject, bindDescriptor, TYPE_EPOCH } from '../runtime/objects/type.js';
import * as A from '../runtime/abstract.js';
import { S } from '../runtime/abstract.js';
import { binaryOp, intBinop, floatBinop, negative, positive, invert } from '../runtime/number.js';
import { Frame, ThreadState, BLOCK_SETUP_FINALLY, BLOCK_EXCEPT_HANDLER, vmState, topmostExc, dataStackUnwind } from './frame.js';
import { makeFrame, releaseFrame, callObject, evalHooks, enterRecursiveCall, callSite, QUICKEN_AFTER } from './call.js';
import { tpCallSource } from '../runtime/tpcall.js';
import { matchOp } from './match.js';
import { newGenerator, genResume, genReturnedFlag, genFrame, genIterNext, genFinish, genEscaping, enterGenExcState, restoreResumerExc, GEN_SLOT, GEN_RUNNING, GEN_FRAMES } from './generator.js';
import { addTraceback } from './traceback.js';
import { rt } from './runtime-hooks.js';
import { isInstance } from '../runtime/builtins/builtins.js';
import { breaker } from './gil.js';
import * as IC from './inlinecache.js';

const NULL = 0;
/** The empty argument list for object.__new__ in inline class calls (never mutated). */
const NO_ARGS: number[] = [];

/** builtins.len and builtins.isinstance (owned references, so the addresses stay theirs): CALL
 * runs them without an argument array (setFastBuiltins, at boot). */
const FAST_BUILTINS = { len: -1, isinstance: -1 };

export function setFastBuiltins(builtinsDict: number): void {
  for (const name of ['len', 'isinstance'] as const) {
    const f = dictGetStr(builtinsDict, name);
    if (f !== 0) {
      I32[f >> 2]++;
      FAST_BUILTINS[name] = f;
    }
  }
}

/** A helper's errno-based error: args (errno, strerror). */
function errnoError(e: PyErr): PyException {
  const args = tupleFromSteal([newInt(e.errno!), newStr(e.strerror)]);
  const exc = newExceptionObject(EXC[e.pyType] ?? EXC.SystemError, args);
  decref(args);
  return new PyException(exc);
}

const JS_SIZE_LIMITS = ['Maximum BigInt size exceeded', 'Invalid string length', 'Invalid array length',
  'Invalid typed array length', 'Array buffer allocation failed'];

/** Convert anything thrown inside the loop into a PyException (owning the exception object). */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof PyErr) return e.errno === undefined ? raise(EXC[e.pyType] ?? EXC.SystemError, e.message) : errnoError(e);
  if (e instanceof HeapExhausted) return raise(EXC.MemoryError, null);
  // (no RegExp here: the JS stack may still be nearly exhausted)
  if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') return raise(EXC.RecursionError, 'maximum recursion depth exceeded');
  // a JS value too big to make (a huge BigInt, string or array): where CPython's allocation fails
  if (e instanceof RangeError && JS_SIZE_LIMITS.includes(e.message)) return raise(EXC.MemoryError, null);
  const msg = e instanceof Error ? `${e.message}` : String(e);
  if (process.env.PYVM_DEBUG && e instanceof Error) process.stderr.write(`[pyvm internal] ${e.stack}\n`);
  return raise(EXC.SystemError, `pyvm internal error: ${msg}`);
}

function nameError(name: string): PyException {
  const e = raise(EXC.NameError, `name '${name}' is not defined`);
  const n = newStr(name);
  I32[(e.exc >> 2) + EXC_VALUE] = n;
  return e;
}

function unboundLocal(f: Frame, i: number): PyException {
  const co = f.code.co;
  const nv = co.varnames.length;
  if (i >= nv) {
    const name = i - nv < co.cellvars.length ? co.cellvars[i - nv] : co.freevars[i - nv - co.cellvars.length];
    if (i - nv >= co.cellvars.length) return raise(EXC.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    return raise(EXC.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  }
  return raise(EXC.UnboundLocalError, `cannot access local variable '${co.varnames[i]}' where it is not associated with a value`);
}

function loadGlobal(f: Frame, name: number): number {
  let v = dictGet(f.globals, name);
  if (v === 0) {
    v = dictGet(f.builtins, name);
    if (v === 0) throw nameError(STRS.get(I32[(name >> 2) + STR_SLOT]));
  }
  I32[v >> 2]++;
  return v;
}

function loadName(f: Frame, name: number): number {
  if (f.locals !== 0) {
    let v: number;
    if (I32[(f.locals >> 2) + 1] === T_DICT) v = dictGet(f.locals, name);
    else {
      try {
        v = A.getItem(f.locals, name);
        return v;
      } catch (e) {
        if (e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.KeyError)) {
          decref(e.exc);
          v = 0;
        } else throw e;
      }
    }
    if (v !== 0) {
      I32[v >> 2]++;
      return v;
    }
  }
  return loadGlobal(f, name);
}

/**
 * Set __context__ (and keep __cause__) when raising `exc` while another exception is being
 * handled. A `raise` statement replaces an older context (`raised`); an exception arriving from a
 * callee keeps the context set where it was raised.
 */
function chainContext(ts: ThreadState, exc: number, raised = false): void {
  const cur = topmostExc(ts);
  if (cur === 0 || cur === exc) return;
  if (!raised && excGet(exc, EXC_CONTEXT) !== 0) return;
  // avoid creating a cycle in the context chain
  let o = cur;
  let guard = 0;
  while (o !== 0 && guard++ < 1000) {
    const next = excGet(o, EXC_CONTEXT);
    if (next === exc) {
      excSet(o, EXC_CONTEXT, 0);
      break;
    }
    o = next;
  }
  excSet(exc, EXC_CONTEXT, cur);
}

/** Build the exception to raise for `raise X`: an instance, or a class to instantiate. New ref. */
function makeRaisable(x: number, isCause = false): number {
  const tid = I32[(x >> 2) + 1];
  const notExc = isCause ? 'exception causes must derive from BaseException' : 'exceptions must derive from BaseException';
  if (TYPES[tid].isMeta) {
    const t = typeInfoOfTypeObject(x);
    if (!t.isException) throw raise(EXC.TypeError, notExc);
    const e = callObject(x, [], null);
    if (!TYPES[I32[(e >> 2) + 1]].isException) {
      const got = A.reprJS(TYPES[I32[(e >> 2) + 1]].addr);
      decref(e);
      throw raise(EXC.TypeError, `calling ${A.reprJS(x)} should have returned an instance of BaseException, not ${got}`);
    }
    return e;
  }
  if (!TYPES[tid].isException) throw raise(EXC.TypeError, notExc);
  I32[x >> 2]++;
  return x;
}

function excMatches(exc: number, typ: number): boolean {
  const et = TYPES[I32[(exc >> 2) + 1]];
  const check = (t: number): boolean => {
    if (!TYPES[I32[(t >> 2) + 1]].isMeta || !typeInfoOfTypeObject(t).isException) {
      throw raise(EXC.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    }
    return isSubtype(et, typeInfoOfTypeObject(t));
  };
  if (I32[(typ >> 2) + 1] === T_TUPLE) {
    const n = tupleSize(typ);
    let m = false;
    for (let i = 0; i < n; i++) if (check(tupleItem(typ, i))) m = true;
    return m;
  }
  return check(typ);
}

function unpackError(v: number, n: number, got: number, many: boolean): PyException {
  if (many) return raise(EXC.ValueError, `too many values to unpack (expected ${n})`);
  return raise(EXC.ValueError, `not enough values to unpack (expected ${n}, got ${got})`);
}

/** Items of `v` for unpacking (owned references). */
/** Positional args of f(*x) with x not a tuple; CPython's "argument after * must be an iterable" wording. */
function starArgs(fn: number, it: number): number[] {
  try {
    return A.iterToArray(it);
  } catch (e) {
    const pe = toPyException(e);
    if (isSubtype(TYPES[I32[(pe.exc >> 2) + 1]], EXC.TypeError) && A.lookupSpecial(it, '__iter__') === 0 && !TYPES[I32[(it >> 2) + 1]].slots.iter) {
      decref(pe.exc);
      throw raise(EXC.TypeError, `${rt.funcDesc(fn)} argument after * must be an iterable, not ${A.typeName(it)}`);
    }
    throw pe;
  }
}

function unpackItems(v: number, n: number, exact: boolean): number[] {
  const tid = I32[(v >> 2) + 1];
  if (tid === T_TUPLE || tid === T_LIST) {
    const len = tid === T_TUPLE ? tupleSize(v) : listLen(v);
    if (exact && len !== n) throw unpackError(v, n, len, len > n);
    const out = new Array<number>(len);
    for (let i = 0; i < len; i++) {
      const x = tid === T_TUPLE ? tupleItem(v, i) : listGet(v, i);
      I32[x >> 2]++;
      out[i] = x;
    }
    return out;
  }
  let it: number;
  try {
    it = A.getIter(v);
  } catch (e) {
    const pe = toPyException(e);
    if (isSubtype(TYPES[I32[(pe.exc >> 2) + 1]], EXC.TypeError) && A.lookupSpecial(v, '__iter__') === 0) {
      decref(pe.exc);
      throw raise(EXC.TypeError, `cannot unpack non-iterable ${A.typeName(v)} object`);
    }
    throw pe;
  }
  const out: number[] = [];
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === 0) break;
      out.push(x);
      if (exact && out.length > n) throw unpackError(v, n, out.length, true);
    }
    if (exact && out.length < n) throw unpackError(v, n, out.length, false);
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** Fast subscript for the common builtin cases; falls back to the protocol. */
function subscr(o: number, k: number): number {
  const to = I32[(o >> 2) + 1];
  if (to === T_LIST && I32[(k >> 2) + 1] === T_INT && I32[(k >> 2) + 4] === 0) {
    let i = F64[(k >> 3) + 1];
    const n = I32[(o >> 2) + LIST_SIZE];
    if (i < 0) i += n;
    if (i >= 0 && i < n) {
      const v = I32[(I32[(o >> 2) + LIST_ITEMS] >> 2) + i];
      I32[v >> 2]++;
      return v;
    }
  } else if (to === T_TUPLE && I32[(k >> 2) + 1] === T_INT && I32[(k >> 2) + 4] === 0) {
    let i = F64[(k >> 3) + 1];
    const n = tupleSize(o);
    if (i < 0) i += n;
    if (i >= 0 && i < n) {
      const v = I32[(o >> 2) + TUPLE_ITEMS + i];
      I32[v >> 2]++;
      return v;
    }
  } else if (to === T_DICT) {
    const v = dictGet(o, k);
    if (v !== 0) {
      I32[v >> 2]++;
      return v;
    }
  }
  return A.getItem(o, k);
}

function compare(a: number, b: number, cmp: number): number {
  const ta = I32[(a >> 2) + 1], tb = I32[(b >> 2) + 1];
  if ((ta === T_INT || ta === T_FLOAT) && (tb === T_INT || tb === T_FLOAT) && I32[(a >> 2) + 4] === 0 && I32[(b >> 2) + 4] === 0) {
    // safe ints and floats compare exactly as doubles (ints here are < 2**53)
    const x = F64[(a >> 3) + 1], y = F64[(b >> 3) + 1];
    let r: boolean;
    switch (cmp) {
      case op.CMP_LT: r = x < y; break;
      case op.CMP_LE: r = x <= y; break;
      case op.CMP_EQ: r = x === y; break;
      case op.CMP_NE: r = x !== y; break;
      case op.CMP_GT: r = x > y; break;
      default: r = x >= y;
    }
    const res = r ? S.True : S.False;
    I32[res >> 2]++;
    return res;
  }
  if (ta === T_STR && tb === T_STR && (I32[(a >> 2) + STR_FLAGS] & I32[(b >> 2) + STR_FLAGS] & STR_BMP) !== 0) {
    // without surrogate pairs, UTF-16 order is code point order
    const x = STRS.items[I32[(a >> 2) + STR_SLOT]] as string, y = STRS.items[I32[(b >> 2) + STR_SLOT]] as string;
    let r: boolean;
    switch (cmp) {
      case op.CMP_LT: r = x < y; break;
      case op.CMP_LE: r = x <= y; break;
      case op.CMP_EQ: r = x === y; break;
      case op.CMP_NE: r = x !== y; break;
      case op.CMP_GT: r = x > y; break;
      default: r = x >= y;
    }
    const res = r ? S.True : S.False;
    I32[res >> 2]++;
    return res;
  }
  return A.richCompare(a, b, cmp);
}

/**
 * Whether CPython 3.11 runs a compare-and-jump as a specialized instruction, which skips the
 * recursion check of PyObject_RichCompare: in quickened code, two floats, two ints of one 30-bit
 * digit, or two strs compared with == or != (COMPARE_OP_FLOAT/INT/STR_JUMP). Asked only at the
 * recursion limit.
 */
function specializedCompareJump(a: number, b: number, cmp: number, f: Frame): boolean {
  if (f.code.entries < QUICKEN_AFTER) return false;
  const ta = I32[(a >> 2) + 1];
  if (ta !== I32[(b >> 2) + 1]) return false;
  if (ta === T_FLOAT) return true;
  if (ta === T_STR) return cmp === op.CMP_EQ || cmp === op.CMP_NE;
  if (ta !== T_INT || I32[(a >> 2) + 4] !== 0 || I32[(b >> 2) + 4] !== 0) return false;
  const compact = (v: number) => v > -0x40000000 && v < 0x40000000;
  return compact(F64[(a >> 3) + 1]) && compact(F64[(b >> 3) + 1]);
}

function comparisonRecursion(): PyException {
  return raise(EXC.RecursionError, 'maximum recursion depth exceeded in comparison');
}

function truth(v: number): boolean {
  if (v === S.True) return true;
  if (v === S.False || v === S.None) return false;
  return A.isTrue(v);
}

/** Run frame `entry` (already set up) to completion. Returns a new reference. */
export function run(ts: ThreadState, entry: Frame): number {
  return execute(ts, entry, 0, null);
}

/** Resume a generator frame, optionally throwing `exc` (owned) into it first. */
export function runGen(ts: ThreadState, entry: Frame, exc: number): number {
  return execute(ts, entry, exc, null);
}

/**
 * Run a thread's base loop from its entry frame. Returns the entry frame's result, or 0 when the
 * thread was suspended at an eval-breaker check (its state is saved in its frames: resume with
 * resumeThread). Only a thread's base loop can be suspended; nested loops (a builtin calling
 * back into Python, a generator) defer switch requests until they return.
 */
export function runThread(ts: ThreadState, entry: Frame): number {
  ts.entry = entry;
  return execute(ts, entry, 0, null);
}

/** Continue a suspended thread where it stopped. */
export function resumeThread(ts: ThreadState): number {
  return execute(ts, ts.entry!, 0, ts.frame);
}

function execute(ts: ThreadState, entry: Frame, throwIn: number, resumeAt: Frame | null): number {
  // Local aliases of the heap views: V8 keeps them in registers instead of reloading module bindings.
  const I32 = HEAP_I32, F64 = HEAP_F64;
  if (resumeAt === null && ++ts.depth > vmState.recursionLimit) {
    ts.depth--;
    if (throwIn) decref(throwIn);
    releaseIfNotGen(ts, entry);
    throw raise(EXC.RecursionError, 'maximum recursion depth exceeded');
  }
  ts.runDepth++;
  const savedFrame = resumeAt !== null ? null : ts.frame;
  let f = resumeAt ?? entry;
  ts.frame = f;
  let regs = f.regs;
  let base = f.base;
  let sp = f.sp;
  let pc = f.pc;
  let ops = f.code.ops;
  let consts = f.code.consts;
  let names = f.code.names;
  let ic = f.code.ic;
  let pending: PyException | null = throwIn ? new PyException(throwIn) : null;

  for (;;) {
    try {
      if (pending !== null) {
        const p = pending;
        pending = null;
        throw p;
      }
      for (;;) {
        const opcode = ops[pc];
        const arg = ops[pc + 1];
        pc += 2;
        switch (opcode) {
          case op.NOP:
            break;
          case op.POP_TOP: {
            const v = regs[--sp];
            if (--I32[v >> 2] === 0) {
              f.pc = pc; // a __del__ or weakref callback sees this line (sys._getframe, unraisable reports)
              dealloc(v);
            }
            break;
          }
          case op.COPY: {
            const v = regs[sp - arg];
            I32[v >> 2]++;
            regs[sp++] = v;
            break;
          }
          case op.SWAP: {
            const t = regs[sp - 1];
            regs[sp - 1] = regs[sp - arg];
            regs[sp - arg] = t;
            break;
          }
          case op.LOAD_CONST: {
            const v = consts[arg];
            I32[v >> 2]++;
            regs[sp++] = v;
            break;
          }
          case op.LOAD_FAST: {
            const v = regs[base + arg];
            if (v === NULL) throw unboundLocal(f, arg);
            I32[v >> 2]++;
            regs[sp++] = v;
            break;
          }
          case op.LOAD_FAST_LOAD_FAST: {
            const v = regs[base + (arg & 0xffff)];
            if (v === NULL) throw unboundLocal(f, arg & 0xffff);
            const v2 = regs[base + (arg >> 16)];
            if (v2 === NULL) {
              pc += 2;
              I32[v >> 2]++;
              regs[sp++] = v;
              throw unboundLocal(f, arg >> 16);
            }
            I32[v >> 2]++;
            I32[v2 >> 2]++;
            regs[sp] = v;
            regs[sp + 1] = v2;
            sp += 2;
            pc += 2;
            break;
          }
          case op.LOAD_FAST_LOAD_CONST: {
            const v = regs[base + (arg & 0xffff)];
            if (v === NULL) throw unboundLocal(f, arg & 0xffff);
            const c = consts[arg >> 16];
            I32[v >> 2]++;
            I32[c >> 2]++;
            regs[sp] = v;
            regs[sp + 1] = c;
            sp += 2;
            pc += 2;
            break;
          }
          case op.STORE_FAST_LOAD_FAST: {
            const i = base + (arg & 0xffff);
            const old = regs[i];
            regs[i] = regs[sp - 1];
            if (old !== NULL && --I32[old >> 2] === 0) {
              f.pc = pc;
              dealloc(old);
            }
            pc += 2;
            const v = regs[base + (arg >> 16)];
            if (v === NULL) {
              sp--;
              throw unboundLocal(f, arg >> 16);
            }
            I32[v >> 2]++;
            regs[sp - 1] = v;
            break;
          }
          case op.COMPARE_JUMP: {
            const b = regs[sp - 1], a = regs[sp - 2];
            const cmp = arg & 15;
            if (ts.depth >= vmState.recursionLimit && !specializedCompareJump(a, b, cmp, f)) throw comparisonRecursion();
            let t: boolean;
            const ta = I32[(a >> 2) + 1], tb = I32[(b >> 2) + 1];
            if ((ta === T_INT || ta === T_FLOAT) && (tb === T_INT || tb === T_FLOAT) && I32[(a >> 2) + 4] === 0 && I32[(b >> 2) + 4] === 0) {
              const x = F64[(a >> 3) + 1], y = F64[(b >> 3) + 1];
              switch (cmp) {
                case op.CMP_LT: t = x < y; break;
                case op.CMP_LE: t = x <= y; break;
                case op.CMP_EQ: t = x === y; break;
                case op.CMP_NE: t = x !== y; break;
                case op.CMP_GT: t = x > y; break;
                default: t = x >= y;
              }
            } else {
              const r = compare(a, b, cmp);
              if (r === S.True || r === S.False) {
                t = r === S.True;
                I32[r >> 2]--;
              } else {
                try {
                  t = A.isTrue(r);
                } finally {
                  decref(r);
                }
              }
            }
            sp -= 2;
            if (--I32[a >> 2] === 0) dealloc(a);
            if (--I32[b >> 2] === 0) dealloc(b);
            const target = ops[pc + 1];
            pc += 2;
            if (t === (arg >> 4 === 1)) pc = target;
            break;
          }
          case op.STORE_FAST: {
            const old = regs[base + arg];
            regs[base + arg] = regs[--sp];
            if (old !== NULL && --I32[old >> 2] === 0) {
              f.pc = pc;
              dealloc(old);
            }
            break;
          }
          case op.LOAD_DEREF: {
            const v = I32[(regs[base + arg] >> 2) + CELL_REF];
            if (v === NULL) throw unboundLocal(f, arg);
            I32[v >> 2]++;
            regs[sp++] = v;
            break;
          }
          case op.STORE_DEREF: {
            const cell = regs[base + arg];
            const old = I32[(cell >> 2) + CELL_REF];
            I32[(cell >> 2) + CELL_REF] = regs[--sp];
            xdecref(old);
            break;
          }
          case op.LOAD_CLOSURE: {
            const c = regs[base + arg];
            I32[c >> 2]++;
            regs[sp++] = c;
            break;
          }
          case op.LOAD_GLOBAL: {
            const i = pc * 2 - 4, g = f.globals;
            let v = ic[i + 3];
            // the cached value while neither dict changed (IC.loadGlobal's first case, inline)
            if (ic[i] === g && v !== 0 && ic[i + 1] === I32[(g >> 2) + D_VERSION] && ic[i + 2] === I32[(f.builtins >> 2) + D_VERSION]) {
              I32[v >> 2]++;
            } else {
              v = IC.loadGlobal(ic, i, g, f.builtins, names[arg]);
              if (v === 0) throw nameError(STRS.get(I32[(names[arg] >> 2) + STR_SLOT]));
            }
            regs[sp++] = v;
            break;
          }
          case op.STORE_GLOBAL:
            f.pc = pc;
            dictSet(f.globals, names[arg], regs[sp - 1]);
            decref(regs[--sp]);
            break;
          case op.LOAD_NAME:
            regs[sp] = loadName(f, names[arg]);
            sp++;
            break;
          case op.STORE_NAME: {
            const v = regs[sp - 1];
            f.pc = pc; // the old value's __del__ may run
            if (I32[(f.locals >> 2) + 1] === T_DICT) dictSet(f.locals, names[arg], v);
            else A.setItem(f.locals, names[arg], v);
            sp--;
            decref(v);
            break;
          }
          case op.LOAD_ATTR: {
            const o = regs[sp - 1];
            const r = IC.loadAttr(ic, pc * 2 - 4, o, names[arg]);
            regs[sp - 1] = r;
            decref(o);
            break;
          }
          case op.LOAD_FAST_LOAD_ATTR: {
            // the local is borrowed for the lookup: no incref/decref of `self`
            const o = regs[base + (arg & 0xffff)];
            if (o === NULL) throw unboundLocal(f, arg & 0xffff);
            pc += 2;
            const i = pc * 2 - 4;
            const tid = I32[(o >> 2) + 1];
            if (ic[i] === tid && ic[i + 1] === TYPE_EPOCH && ic[i + 2] === IC.K_NONE && ic[i + 3] !== 0) {
              // an instance attribute at its usual dict entry (IC.loadAttr's first case, inline)
              const dictOffset = TYPES[tid].dictOffset;
              const idict = dictOffset !== 0 ? I32[(o >> 2) + dictOffset] : 0;
              const hint = ic[i + 3];
              if (idict !== 0 && hint <= I32[(idict >> 2) + D_NENTRIES]) {
                const e = (I32[(idict >> 2) + D_ENTRIES] >> 2) + (hint - 1) * 3;
                if (I32[e + 1] === names[arg >> 16]) {
                  const v = I32[e + 2];
                  I32[v >> 2]++;
                  regs[sp++] = v;
                  break;
                }
              }
            }
            // (the call first: `regs[sp++] = call()` would bump sp before a throw)
            const r = IC.loadAttr(ic, i, o, names[arg >> 16]);
            regs[sp++] = r;
            break;
          }
          case op.LOAD_FAST_LOAD_METHOD: {
            const o = regs[base + (arg & 0xffff)];
            if (o === NULL) throw unboundLocal(f, arg & 0xffff);
            pc += 2;
            const name = names[arg >> 16];
            const d = IC.lookupMethod(ic, pc * 2 - 4, o, name);
            if (d !== 0) {
              I32[d >> 2]++;
              I32[o >> 2]++;
              regs[sp] = d;
              regs[sp + 1] = o;
              sp += 2;
              break;
            }
            const r = IC.methodFallback(ic, pc * 2 - 4, o, name);
            regs[sp] = NULL;
            regs[sp + 1] = r;
            sp += 2;
            break;
          }
          case op.LOAD_FAST_STORE_ATTR: {
            const o = regs[base + (arg & 0xffff)];
            if (o === NULL) throw unboundLocal(f, arg & 0xffff);
            pc += 2;
            const v = regs[sp - 1];
            IC.storeAttr(ic, pc * 2 - 4, o, names[arg >> 16], v);
            sp--;
            if (--I32[v >> 2] === 0) dealloc(v);
            break;
          }
          case op.STORE_ATTR: {
            const o = regs[sp - 1], v = regs[sp - 2];
            IC.storeAttr(ic, pc * 2 - 4, o, names[arg], v);
            sp -= 2;
            decref(o);
            decref(v);
            break;
          }
          case op.LOAD_METHOD: {
            const o = regs[sp - 1];
            const name = names[arg];
            const d = IC.lookupMethod(ic, pc * 2 - 4, o, name);
            if (d !== 0) {
              I32[d >> 2]++;
              regs[sp - 1] = d;
              regs[sp++] = o;
              break;
            }
            const r = IC.methodFallback(ic, pc * 2 - 4, o, name);
            regs[sp - 1] = NULL;
            regs[sp++] = r;
            decref(o);
            break;
          }
          case op.BEFORE_WITH:
          case op.CALL_KW:
          case op.CALL_FUNCTION_EX:
          case op.CALL_METHOD:
          case op.CALL: {
            let nf: Frame | null = null;
            if (opcode === op.CALL_FUNCTION_EX) {
              // f(*args, **kw): a Python function's frame too (see exCallFrame)
              f.pc = pc;
              f.sp = sp;
              try {
                nf = exCallFrame(ts, f, arg);
              } finally {
                sp = f.sp;
              }
              if (nf === null) break;
            } else if (opcode === op.BEFORE_WITH) {
              // `with m:` whose __enter__ is a Python function: its frame runs in this loop, so a
              // blocking acquire inside (a Semaphore's __enter__) can park the thread
              f.pc = pc;
              f.sp = sp;
              try {
                nf = withEnterFrame(ts, f);
              } finally {
                sp = f.sp;
              }
              if (nf === null) break;
            } else if (opcode === op.CALL_KW) {
              // f(a, k=v): a Python function's frame is pushed below, like CALL's
              f.pc = pc;
              f.sp = sp;
              try {
                nf = kwCallFrame(ts, f, arg);
              } finally {
                sp = f.sp; // on an error too: the stolen arguments are no longer on the stack
              }
              if (nf === null) break; // another callable, or a generator: done in kwCallFrame
            } else {
              // CALL:        f a1..an            CALL_METHOD: meth self a1..an | NULL f a1..an
              let bottom: number, fpos: number, start: number, n: number;
              if (opcode === op.CALL) {
                bottom = fpos = sp - arg - 1;
                start = fpos + 1;
                n = arg;
              } else {
                bottom = sp - arg - 2;
                if (regs[bottom] !== NULL) {
                  fpos = bottom;
                  n = arg + 1;
                } else {
                  fpos = bottom + 1;
                  n = arg;
                }
                start = fpos + 1;
              }
              const fn = regs[fpos];
              f.pc = pc;
              const calleeType = I32[(fn >> 2) + 1];
              if (calleeType === T_FUNCTION) {
                // Inline Python call: the arguments move from our stack into the callee's locals.
                sp = start;
                f.sp = sp;
                nf = makeFrame(ts, fn, regs, start, n, null, true);
                sp = bottom;
                f.sp = sp;
                decref(fn);
                if (nf.code.co.flags & op.CO_GENERATOR) {
                  const g = newGenerator(nf, fn);
                  regs[sp++] = g;
                  break;
                }
              } else if (calleeType === T_METHOD && I32[(I32[(fn >> 2) + M_FUNC] >> 2) + 1] === T_FUNCTION) {
                // A bound Python method (a callback, or an attribute LOAD_METHOD could not split):
                // call its function with self prepended, in this loop.
                const func = I32[(fn >> 2) + M_FUNC], self = I32[(fn >> 2) + M_SELF];
                if (fpos > bottom) {
                  // CALL_METHOD with NULL below the callable: room to lay out func self args
                  I32[func >> 2]++;
                  I32[self >> 2]++;
                  regs[bottom] = func;
                  regs[fpos] = self;
                  decref(fn);
                  sp = fpos;
                  f.sp = sp;
                  nf = makeFrame(ts, func, regs, fpos, n + 1, null, true);
                  sp = bottom;
                  f.sp = sp;
                  decref(func);
                } else {
                  const argv = new Array<number>(n + 1);
                  argv[0] = self;
                  for (let i = 0; i < n; i++) argv[i + 1] = regs[start + i];
                  nf = makeFrame(ts, func, argv, 0, n + 1, null, false);
                  // a bound method in the method slot (CALL_METHOD): the with statement's
                  // __exit__(None, None, None), which CPython calls as the method object, alive
                  // until the call returns
                  const hold = opcode === op.CALL_METHOD;
                  if (hold) nf.heldRef = fn;
                  for (let i = sp - 1; i >= bottom; i--) {
                    const x = regs[i];
                    regs[i] = 0;
                    if (!(hold && i === fpos)) decref(x);
                  }
                  sp = bottom;
                  f.sp = sp;
                }
                if (nf.code.co.flags & op.CO_GENERATOR) {
                  const g = newGenerator(nf, func);
                  regs[sp++] = g;
                  break;
                }
              } else if (calleeType === T_TYPE) {
                // A class with object's __new__ and a Python __init__: make the instance, then
                // enter __init__ as an inline frame whose return pushes the instance.
                const ct = typeInfoOfTypeObject(fn);
                const init = IC.inlineInitOf(ct);
                if (init !== 0) {
                  // the class call itself counts against the recursion limit, as CPython's
                  // _PyObject_MakeTpCall does; the __init__ frame counts once more below
                  if (++ts.depth > vmState.recursionLimit) {
                    ts.depth--;
                    throw raise(EXC.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
                  }
                  let obj: number;
                  try {
                    obj = TYPES[T_OBJECT].slots.new!(ct, NO_ARGS, null);
                  } catch (e) {
                    ts.depth--;
                    throw e;
                  }
                  regs[fpos] = obj;
                  decref(fn); // the instance holds its class
                  // The arguments stay on this stack while __init__ runs, and a tuple holds them
                  // too, as CPython's CALL keeps them and type_call's argument tuple holds them
                  // (what sys.getrefcount and the gc counts see inside __init__).
                  f.sp = sp;
                  try {
                    nf = makeFrame(ts, init, regs, fpos, n + 1, null, false);
                  } catch (e) {
                    ts.depth--;
                    throw e;
                  }
                  regs[fpos] = 0; // the stack's reference to the instance becomes initObj
                  nf.initObj = obj; // releaseFrame drops it and the extra depth level
                  nf.initPop = sp - bottom; // RETURN_VALUE pops the arguments
                  if (n > 0) {
                    const t = newTuple(n);
                    for (let i = 0; i < n; i++) {
                      const x = regs[start + i];
                      I32[x >> 2]++;
                      I32[(t >> 2) + TUPLE_ITEMS + i] = x;
                    }
                    nf.heldRef = t;
                  }
                }
              }
              if (nf === null) {
                // not a Python frame: builtins, other callables
                let r: number;
                f.sp = sp;
                const ftid = I32[(fn >> 2) + 1];
                if (ftid === T_METHOD_DESCR && n >= 1 && I32[(regs[start] >> 2) + 1] === I32[(fn >> 2) + MD_OWNER]) {
                  // a builtin type's method called on an exact instance: skip the descriptor protocol
                  const args = new Array<number>(n - 1);
                  for (let i = 1; i < n; i++) args[i - 1] = regs[start + i];
                  const b = BUILTINS.items[I32[(fn >> 2) + MD_SLOT]] as Builtin;
                  // (list.append is specialized only when its result is discarded: a POP_TOP next)
                  if (b.specialized !== undefined && f.code.entries >= QUICKEN_AFTER && (b.specialized !== 3 || ops[pc] === op.POP_TOP)) {
                    r = b.fn(regs[start], args, null); // CPython's specialized call: no recursion check
                  } else {
                    const rts = enterRecursiveCall(' while calling a Python object'); // as callObject's builtins
                    try {
                      r = b.fn(regs[start], args, null);
                    } finally {
                      rts.depth--;
                    }
                  }
                } else if (fn === FAST_BUILTINS.len && n === 1 && f.code.entries >= QUICKEN_AFTER) {
                  // CPython 3.11's PRECALL_NO_KW_LEN / _ISINSTANCE (in code warm enough to be
                  // specialized): no argument array, no recursion check
                  r = newInt(A.length(regs[start]));
                } else if (fn === FAST_BUILTINS.isinstance && n === 2 && f.code.entries >= QUICKEN_AFTER) {
                  r = A.newBool(isInstance(regs[start], regs[start + 1]));
                } else {
                  const args = n === 0 ? NO_ARGS : new Array<number>(n);
                  for (let i = 0; i < n; i++) args[i] = regs[start + i];
                  callSite.quick = f.code.entries >= QUICKEN_AFTER;
                  r = callObject(fn, args, null);
                }
                for (let i = sp - 1; i >= bottom; i--) {
                  const x = regs[i];
                  regs[i] = 0;
                  xdecref(x);
                }
                sp = bottom;
                regs[sp++] = r;
                break;
              }
            }
            // enter the callee's frame in this loop
            if (++ts.depth > vmState.recursionLimit) {
              ts.depth--;
              releaseFrame(ts, nf);
              throw raise(EXC.RecursionError, 'maximum recursion depth exceeded');
            }
            nf.back = f;
            f = nf;
            ts.frame = f;
            regs = f.regs;
            base = f.base;
            sp = f.sp;
            pc = 0;
            ops = f.code.ops;
            consts = f.code.consts;
            names = f.code.names;
            ic = f.code.ic;
            if (--breaker.countdown <= 0) {
              f.pc = pc;
              f.sp = sp;
              if (breaker.check(ts) && ts.runDepth === 1) {
                ts.frame = f;
                ts.runDepth--;
                return 0;
              }
            }
            break;
          }
          case op.BINARY_SUBSCR: {
            const k = regs[sp - 1], o = regs[sp - 2];
            const r = subscr(o, k);
            sp--;
            regs[sp - 1] = r;
            decref(k);
            decref(o);
            break;
          }
          case op.STORE_SUBSCR: {
            const k = regs[sp - 1], o = regs[sp - 2], v = regs[sp - 3];
            const to = I32[(o >> 2) + 1];
            if (to === T_LIST && I32[(k >> 2) + 1] === T_INT && I32[(k >> 2) + 4] === 0) {
              let i = F64[(k >> 3) + 1];
              const n = I32[(o >> 2) + LIST_SIZE];
              if (i < 0) i += n;
              if (i >= 0 && i < n) {
                const p = (I32[(o >> 2) + LIST_ITEMS] >> 2) + i;
                const old = I32[p];
                I32[p] = v;
                sp -= 3;
                decref(old);
                decref(k);
                decref(o);
                break;
              }
            }
            if (to === T_DICT) dictSet(o, k, v);
            else A.setItem(o, k, v);
            sp -= 3;
            decref(k);
            decref(o);
            decref(v);
            break;
          }
          case op.BINARY_OP: {
            const b = regs[sp - 1], a = regs[sp - 2];
            const ta = I32[(a >> 2) + 1], tb = I32[(b >> 2) + 1];
            let r: number;
            if (ta === T_INT && tb === T_INT) {
              const base2 = arg >= op.NB_INPLACE ? arg - op.NB_INPLACE : arg;
              if ((base2 === op.NB_ADD || base2 === op.NB_SUBTRACT) && I32[(a >> 2) + 4] === 0 && I32[(b >> 2) + 4] === 0) {
                const x = F64[(a >> 3) + 1], y = F64[(b >> 3) + 1];
                const v = base2 === op.NB_ADD ? x + y : x - y;
                if (v >= SMALL_MIN && v <= SMALL_MAX) {
                  r = SMALL_INTS[v - SMALL_MIN];
                  I32[r >> 2]++;
                } else r = Number.isSafeInteger(v) ? newInt(v) : intBinop(a, b, base2);
              } else r = intBinop(a, b, base2);
            } else if (ta === T_FLOAT && (tb === T_FLOAT || tb === T_INT)) {
              r = floatBinop(a, b, arg >= op.NB_INPLACE ? arg - op.NB_INPLACE : arg);
            } else if (ta === T_INT && tb === T_FLOAT) {
              r = floatBinop(a, b, arg >= op.NB_INPLACE ? arg - op.NB_INPLACE : arg);
            } else if (ta === T_STR && tb === T_STR && (arg === op.NB_ADD || arg === op.NB_ADD + op.NB_INPLACE)) {
              r = strConcat(a, b);
            } else r = 0;
            if (r === 0) {
              // not a fast case (or one the fast path does not support: 1 @ 2, 1 << 2.5): the protocol
              f.pc = pc;
              f.sp = sp;
              r = binaryOp(a, b, arg);
            }
            sp--;
            regs[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case op.UNARY_NEGATIVE: {
            const a = regs[sp - 1];
            regs[sp - 1] = negative(a);
            decref(a);
            break;
          }
          case op.UNARY_POSITIVE: {
            const a = regs[sp - 1];
            regs[sp - 1] = positive(a);
            decref(a);
            break;
          }
          case op.UNARY_INVERT: {
            const a = regs[sp - 1];
            regs[sp - 1] = invert(a);
            decref(a);
            break;
          }
          case op.UNARY_NOT: {
            const a = regs[sp - 1];
            const r = truth(a) ? S.False : S.True;
            I32[r >> 2]++;
            regs[sp - 1] = r;
            decref(a);
            break;
          }
          case op.COMPARE_OP: {
            const b = regs[sp - 1], a = regs[sp - 2];
            // not followed by a jump, CPython never specializes it: PyObject_RichCompare's recursion check
            if (ts.depth >= vmState.recursionLimit) throw comparisonRecursion();
            const r = compare(a, b, arg);
            sp--;
            regs[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case op.IS_OP: {
            const b = regs[sp - 1], a = regs[sp - 2];
            const r = (a === b) !== (arg === 1) ? S.True : S.False;
            I32[r >> 2]++;
            sp--;
            regs[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case op.CONTAINS_OP: {
            const b = regs[sp - 1], a = regs[sp - 2];
            const c = I32[(b >> 2) + 1] === T_DICT ? dictGet(b, a) !== 0 : A.contains(b, a);
            const r = c !== (arg === 1) ? S.True : S.False;
            I32[r >> 2]++;
            sp--;
            regs[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case op.JUMP_FORWARD:
            pc = arg;
            break;
          case op.JUMP_BACKWARD:
            pc = arg;
            // a for loop's back edge warms its code up as a call does (CPython 3.11's
            // JUMP_BACKWARD; a `while cond:` loop ends in a conditional jump, which does not)
            if (f.code.entries < QUICKEN_AFTER && ops[arg] === op.FOR_ITER) f.code.entries++;
            if (--breaker.countdown <= 0) {
              f.pc = pc;
              f.sp = sp;
              if (breaker.check(ts) && ts.runDepth === 1) {
                ts.frame = f;
                ts.runDepth--;
                return 0;
              }
            }
            break;
          case op.POP_JUMP_IF_FALSE: {
            const v = regs[--sp];
            if (v === S.False) {
              I32[v >> 2]--;
              pc = arg;
            } else if (v === S.True) I32[v >> 2]--;
            else {
              let t: boolean;
              try {
                t = A.isTrue(v);
              } catch (e) {
                sp++;
                throw e;
              }
              decref(v);
              if (!t) pc = arg;
            }
            break;
          }
          case op.POP_JUMP_IF_TRUE: {
            const v = regs[--sp];
            if (v === S.True) {
              I32[v >> 2]--;
              pc = arg;
            } else if (v === S.False) I32[v >> 2]--;
            else {
              let t: boolean;
              try {
                t = A.isTrue(v);
              } catch (e) {
                sp++;
                throw e;
              }
              decref(v);
              if (t) pc = arg;
            }
            break;
          }
          case op.JUMP_IF_FALSE_OR_POP: {
            const v = regs[sp - 1];
            if (!truth(v)) pc = arg;
            else {
              sp--;
              decref(v);
            }
            break;
          }
          case op.JUMP_IF_TRUE_OR_POP: {
            const v = regs[sp - 1];
            if (truth(v)) pc = arg;
            else {
              sp--;
              decref(v);
            }
            break;
          }
          case op.POP_JUMP_IF_NONE: {
            const v = regs[--sp];
            if (v === S.None) pc = arg;
            decref(v);
            break;
          }
          case op.POP_JUMP_IF_NOT_NONE: {
            const v = regs[--sp];
            if (v !== S.None) pc = arg;
            decref(v);
            break;
          }
          case op.GET_ITER: {
            const o = regs[sp - 1];
            const it = A.getIter(o);
            regs[sp - 1] = it;
            decref(o);
            break;
          }
          case op.FOR_ITER: {
            const it = regs[sp - 1];
            const tid = I32[(it >> 2) + 1];
            let v: number;
            if (tid === T_LIST_ITER) v = rt.listIterNext(it);
            else if (tid === T_RANGE_ITER) v = rt.rangeIterNext(it);
            else if (tid === T_GENERATOR) {
              f.pc = pc;
              f.sp = sp;
              const gf = inlineGenFrame(ts, it);
              if (gf !== null) {
                // resume the generator in this loop (see generator.ts): next() sends None
                if (gf.pc !== 0) {
                  I32[S.None >> 2]++;
                  gf.regs[gf.sp++] = S.None;
                }
                gf.back = f;
                f = gf;
                ts.frame = f;
                regs = f.regs;
                base = f.base;
                sp = f.sp;
                pc = f.pc;
                ops = f.code.ops;
                consts = f.code.consts;
                names = f.code.names;
                ic = f.code.ic;
                break;
              }
              v = genIterNext(it);
            }
            else {
              f.pc = pc;
              f.sp = sp;
              v = A.iterNext(it);
            }
            if (v === 0) {
              sp--;
              decref(it);
              pc = arg;
            } else regs[sp++] = v;
            break;
          }
          case op.BUILD_TUPLE: {
            const t = newTuple(arg);
            const w = (t >> 2) + TUPLE_ITEMS;
            sp -= arg;
            for (let i = 0; i < arg; i++) I32[w + i] = regs[sp + i];
            regs[sp++] = t;
            break;
          }
          case op.BUILD_LIST: {
            sp -= arg;
            const l = listFromSteal(regs.subarray(sp, sp + arg));
            regs[sp++] = l;
            break;
          }
          case op.LIST_APPEND: {
            const v = regs[sp - 1];
            listAppendSteal(regs[sp - 1 - arg], v);
            sp--;
            break;
          }
          case op.SET_ADD: {
            const v = regs[sp - 1];
            rt.setAdd(regs[sp - 1 - arg], v);
            sp--;
            decref(v);
            break;
          }
          case op.MAP_ADD: {
            const v = regs[sp - 1], k = regs[sp - 2];
            dictSet(regs[sp - 2 - arg], k, v);
            sp -= 2;
            decref(k);
            decref(v);
            break;
          }
          case op.UNPACK_SEQUENCE: {
            const v = regs[sp - 1];
            const vt = I32[(v >> 2) + 1];
            // an exact-size tuple or list: items go straight onto the stack, first item on top
            const it0 = vt === T_TUPLE && I32[(v >> 2) + TUPLE_SIZE] === arg ? (v >> 2) + TUPLE_ITEMS
              : vt === T_LIST && I32[(v >> 2) + LIST_SIZE] === arg ? I32[(v >> 2) + LIST_ITEMS] >> 2 : -1;
            if (it0 >= 0) {
              sp--;
              for (let i = arg - 1; i >= 0; i--) {
                const x = I32[it0 + i];
                I32[x >> 2]++;
                regs[sp++] = x;
              }
              if (--I32[v >> 2] === 0) dealloc(v);
              break;
            }
            const items = unpackItems(v, arg, true);
            sp--;
            for (let i = arg - 1; i >= 0; i--) regs[sp++] = items[i];
            decref(v);
            break;
          }
          case op.RETURN_VALUE: {
            const v = regs[--sp];
            f.sp = sp;
            f.pc = pc; // (exec/getframe fix) a detached frame object's f_lineno is the return line
            if (f === entry) {
              ts.genReturned = true;
              // an entry frame is no longer the current one while its locals are released (what
              // a __del__ they trigger sees as its caller, as in CPython's _PyEval_Vector)
              ts.frame = savedFrame;
              releaseIfNotGen(ts, f);
              ts.depth--;
              ts.runDepth--;
              return v;
            }
            const back = f.back!;
            const initObj = f.initObj, initPop = f.initPop;
            const genDone = f.gen !== 0;
            if (genDone) leaveInlineGen(ts, f, true);
            else {
              f.initObj = 0;
              releaseFrame(ts, f);
              ts.depth--;
            }
            f = back;
            ts.frame = f;
            regs = f.regs;
            base = f.base;
            sp = f.sp;
            pc = f.pc;
            ops = f.code.ops;
            consts = f.code.consts;
            names = f.code.names;
            ic = f.code.ic;
            if (genDone) {
              // a generator resumed by FOR_ITER or SEND returned: the loop or `yield from` is done
              const it = regs[--sp];
              regs[sp] = 0;
              if (ops[pc - 2] === op.SEND) regs[sp++] = v;
              else decref(v);
              decref(it);
              pc = ops[pc - 1];
              break;
            }
            if (initObj !== 0) {
              // an inline __init__ returned (see CALL): the call's value is the instance
              ts.depth--; // the class call's level
              for (let k = 0; k < initPop; k++) {
                const x = regs[--sp];
                regs[sp] = 0;
                xdecref(x);
              }
              if (v !== S.None) {
                decref(initObj);
                const tn = A.typeName(v);
                decref(v);
                throw raise(EXC.TypeError, `__init__() should return None, not '${tn}'`);
              }
              decref(v);
              regs[sp++] = initObj;
              break;
            }
            regs[sp++] = v;
            break;
          }
          case op.YIELD_VALUE: {
            const v = regs[--sp];
            f.pc = pc;
            f.sp = sp;
            if (f === entry) {
              ts.genReturned = false;
              ts.frame = savedFrame;
              ts.depth--;
              ts.runDepth--;
              return v;
            }
            // resumed in this loop by FOR_ITER or SEND: the value goes to that instruction
            const back = f.back!;
            leaveInlineGen(ts, f, false);
            f = back;
            regs = f.regs;
            base = f.base;
            sp = f.sp;
            pc = f.pc;
            ops = f.code.ops;
            consts = f.code.consts;
            names = f.code.names;
            ic = f.code.ic;
            regs[sp++] = v;
            break;
          }
          case op.SEND: {
            const v = regs[sp - 1], it = regs[sp - 2];
            f.pc = pc;
            f.sp = sp;
            let r: number;
            let done = false;
            if (I32[(it >> 2) + 1] === T_GENERATOR) {
              const gf = inlineGenFrame(ts, it);
              if (gf !== null && (gf.pc !== 0 || v === S.None)) {
                // resume the delegate in this loop (see generator.ts); the sent value moves over
                sp--;
                f.sp = sp;
                if (gf.pc !== 0) gf.regs[gf.sp++] = v;
                else decref(v);
                gf.back = f;
                f = gf;
                ts.frame = f;
                regs = f.regs;
                base = f.base;
                sp = f.sp;
                pc = f.pc;
                ops = f.code.ops;
                consts = f.code.consts;
                names = f.code.names;
                ic = f.code.ic;
                break;
              }
            }
            if (I32[(it >> 2) + 1] === T_GENERATOR && genFrame(it) !== null) {
              r = genResume(it, v, 0);
              done = genReturnedFlag;
              if (done && r === 0) r = A.retNone();
            } else {
              try {
                // a class's __next__ may end with StopIteration(value): the value of the yield from
                const next = v === S.None && TYPES[I32[(it >> 2) + 1]].isHeap ? A.lookupSpecial(it, '__next__') : 0;
                if (next !== 0) r = A.callUnbound(next, it, []);
                else if (v === S.None) r = A.iterNextRaw(it);
                else {
                  const send = A.getAttrStr(it, 'send');
                  try {
                    r = A.call(send, [v]);
                  } finally {
                    decref(send);
                  }
                }
                if (r === 0) {
                  done = true;
                  r = A.retNone();
                }
              } catch (e) {
                const pe = toPyException(e);
                if (isSubtype(TYPES[I32[(pe.exc >> 2) + 1]], EXC.StopIteration)) {
                  r = excGet(pe.exc, EXC_VALUE);
                  if (r === 0) r = S.None;
                  I32[r >> 2]++;
                  decref(pe.exc);
                  done = true;
                } else throw pe;
              }
            }
            if (done) {
              sp -= 2;
              decref(v);
              decref(it);
              regs[sp++] = r;
              pc = arg;
            } else {
              sp--;
              decref(v);
              regs[sp++] = r;
            }
            break;
          }
          case op.SETUP_FINALLY:
            f.pushBlock(BLOCK_SETUP_FINALLY, arg, sp, 0);
            break;
          case op.SETUP_WITH:
            f.pushBlock(BLOCK_SETUP_FINALLY, arg, sp - 1, 0);
            break;
          case op.POP_BLOCK:
            f.nblk--;
            break;
          case op.POP_EXCEPT: {
            // pop the EXCEPT_HANDLER block, restoring the previously handled exception
            const prev = f.blocks![--f.nblk * 4 + 3];
            const cur = ts.excInfo;
            ts.excInfo = prev === -1 ? 0 : prev;
            xdecref(cur);
            break;
          }
          case op.RERAISE: {
            const exc = regs[--sp];
            reraiseFlag = true;
            throw new PyException(exc);
          }
          case op.RAISE_VARARGS: {
            if (arg === 0) {
              const cur = topmostExc(ts);
              if (cur === 0) throw raise(EXC.RuntimeError, 'No active exception to reraise');
              I32[cur >> 2]++;
              reraiseFlag = true;
              throw new PyException(cur);
            }
            const exc = makeRaisable(regs[sp - arg]); // the exception first, then its cause (as CPython)
            let cause = 0;
            if (arg === 2) {
              const c = regs[sp - 1];
              if (c === S.None) cause = -1;
              else {
                try { cause = makeRaisable(c, true); } catch (e) { decref(exc); throw e; }
              }
            }
            for (let i = sp - arg; i < sp; i++) decref(regs[i]);
            sp -= arg;
            if (cause !== 0) {
              excSet(exc, EXC_CAUSE, cause === -1 ? 0 : cause);
              if (cause > 0) decref(cause);
              I32[(exc >> 2) + EXC_SUPPRESS] = 1;
            }
            chainContext(ts, exc, true);
            throw new PyException(exc);
          }
          case op.PUSH_NULL:
            regs[sp++] = NULL;
            break;
          case op.GEN_START:
          case op.DELETE_LOCAL_EXC:
            break;
          default:
            // the less frequent opcodes live in rareOp: this function stays small enough for
            // TurboFan to compile quickly and is invalidated less often
            // (if it throws, f.sp still equals sp: rare ops update it only when they succeed)
            f.pc = pc;
            f.sp = sp;
            rareOp(ts, f, opcode, arg);
            sp = f.sp;
            break;
        }
      }
    } catch (e) {
      // ---- exception: find a handler in this frame, else pop frames up to the entry frame ----
      pending = null;
      let leaving = false;
      try {
        if (e !== null && typeof e === 'object' && !(e instanceof PyException)) reraiseFlag = false;
        const pe = toPyException(e);
        const exc = pe.exc;
        let reraise = reraiseFlag;
        reraiseFlag = false;
        if (!reraise) chainContext(ts, exc);
        for (;;) {
          f.pc = pc;
          f.sp = sp;
          if (!reraise) addTraceback(exc, f, pc - 2);
          reraise = false;
          const h = findHandler(ts, f, exc);
          if (h >= 0) {
            pc = h;
            sp = f.sp;
            break;
          }
          // no handler: the frame is finished
          if (f === entry) {
            ts.genReturned = true;
            ts.frame = savedFrame;
            releaseIfNotGen(ts, f);
            ts.depth--;
            ts.runDepth--;
            leaving = true;
            throw pe;
          }
          const back = f.back!;
          if (f.gen !== 0) {
            // a generator resumed in this loop is finished by the exception, which goes on in the
            // frame that resumed it -- as a RuntimeError if it is a StopIteration (PEP 479)
            leaveInlineGen(ts, f, true);
            f = back;
            sp = f.sp;
            pc = f.pc;
            const out = genEscaping(pe);
            if (out !== pe) {
              pending = out;
              break;
            }
            continue;
          }
          releaseFrame(ts, f);
          ts.depth--;
          f = back;
          ts.frame = f;
          regs = f.regs;
          base = f.base;
          sp = f.sp;
          pc = f.pc;
          ops = f.code.ops;
          consts = f.code.consts;
          names = f.code.names;
          ic = f.code.ic;
          // the call instruction's operands were already consumed by the call; continue unwinding
        }
      } catch (e2) {
        if (leaving) throw e2;
        // Handling the exception failed itself (a JS stack overflow in the handler search, close
        // to the stack limit): abandon this invocation's frames. The counters are set first,
        // without calls (which could overflow again); releasing the frames is best effort.
        let dropped = 1;
        // where the data stack goes back to: the oldest abandoned frame's window (maybe in an
        // earlier chunk than the current one)
        let low = ts.top, lowChunk: Int32Array = ts.stack;
        for (let x = f; x !== entry; x = x.back!) {
          dropped += x.initObj !== 0 ? 2 : 1;
          if (x.onDataStack) {
            low = x.base;
            lowChunk = x.regs;
          }
          if (x.gen !== 0) I32[(x.gen >> 2) + GEN_RUNNING] = 0;
        }
        if (entry.onDataStack) {
          low = entry.base;
          lowChunk = entry.regs;
        }
        ts.depth -= dropped;
        ts.runDepth--;
        ts.frame = savedFrame;
        ts.genReturned = true;
        try {
          while (f !== entry) {
            const back = f.back!;
            const o = f.initObj;
            f.initObj = 0; // counted above
            if (f.gen !== 0) {
              f.back = null;
              restoreResumerExc(ts, f);
              genFinish(f.gen);
            } else releaseFrame(ts, f);
            if (o !== 0) decref(o);
            f = back;
          }
          releaseIfNotGen(ts, f);
        } catch {
          /* out of stack again: the frames' references leak, the data stack is reclaimed below */
        }
        if (ts.stack !== lowChunk) dataStackUnwind(ts, lowChunk);
        if (ts.top > low) ts.top = low;
        throw e2;
      }
      regs = f.regs;
      base = f.base;
      ops = f.code.ops;
      consts = f.code.consts;
      names = f.code.names;
              ic = f.code.ic;
    }
  }
}



/**
 * The opcodes that are not on the hot path: building displays with unpacking, imports, function
 * creation, with-statements, formatting, deletions... They work on the frame's saved state
 * (f.sp, f.regs) and follow the same discipline as the main loop: values are popped only after
 * the operation succeeded.
 */
function rareOp(ts: ThreadState, f: Frame, opcode: number, arg: number): void {
  const regs = f.regs;
  const base = f.base;
  let sp = f.sp;
  const pc = f.pc;
  const consts = f.code.consts;
  const names = f.code.names;
  void base;
  void consts;
  void ts;
  switch (opcode) {
    case op.DELETE_FAST: {
      const old = regs[base + arg];
      if (old === NULL) throw unboundLocal(f, arg);
      regs[base + arg] = NULL;
      decref(old);
      break;
    }
    case op.LOAD_CLASSDEREF: {
      const co = f.code.co;
      const nv = co.varnames.length;
      const name = arg - nv < co.cellvars.length ? co.cellvars[arg - nv] : co.freevars[arg - nv - co.cellvars.length];
      const lv = f.locals ? dictGetStr(f.locals, name) : 0;
      if (lv !== 0) {
        I32[lv >> 2]++;
        regs[sp++] = lv;
        break;
      }
      const v = I32[(regs[base + arg] >> 2) + CELL_REF];
      if (v === NULL) throw unboundLocal(f, arg);
      I32[v >> 2]++;
      regs[sp++] = v;
      break;
    }
    case op.DELETE_DEREF: {
      const cell = regs[base + arg];
      const old = I32[(cell >> 2) + CELL_REF];
      if (old === NULL) throw unboundLocal(f, arg);
      I32[(cell >> 2) + CELL_REF] = 0;
      decref(old);
      break;
    }
    case op.DELETE_GLOBAL: {
      const v = dictPop(f.globals, names[arg]);
      if (v === 0) throw nameError(STRS.get(I32[(names[arg] >> 2) + STR_SLOT]));
      decref(v);
      break;
    }
    case op.DELETE_NAME: {
      const v = dictPop(f.locals, names[arg]);
      if (v === 0) throw nameError(STRS.get(I32[(names[arg] >> 2) + STR_SLOT]));
      decref(v);
      break;
    }
    case op.DELETE_ATTR: {
      const o = regs[sp - 1];
      if (TYPES[I32[(o >> 2) + 1]].isMeta) A.typeSetAttr(o, names[arg], 0);
      else A.delAttr(o, names[arg]);
      sp--;
      decref(o);
      break;
    }
    case op.CALL_KW: {
      const kwnames = regs[sp - 1];
      const nk = tupleSize(kwnames);
      const fpos = sp - 1 - arg - 1;
      const fn = regs[fpos];
      const npos = arg - nk;
      const args = new Array<number>(npos);
      for (let i = 0; i < npos; i++) args[i] = regs[fpos + 1 + i];
      const kw: KwArgs = { names: new Array<string>(nk), values: new Array<number>(nk) };
      for (let i = 0; i < nk; i++) {
        kw.names[i] = STRS.get(I32[(tupleItem(kwnames, i) >> 2) + STR_SLOT]);
        kw.values[i] = regs[fpos + 1 + npos + i];
      }
      f.pc = pc;
      f.sp = sp;
      callSite.quick = f.code.entries >= QUICKEN_AFTER;
      const r = callObject(fn, args, kw);
      for (let i = sp - 1; i >= fpos; i--) decref(regs[i]);
      sp = fpos;
      regs[sp++] = r;
      break;
    }
    case op.CALL_FUNCTION_EX: {
      const hasKw = arg & 1;
      const fpos = sp - 2 - hasKw;
      const fn = regs[fpos];
      f.pc = pc;
      f.sp = sp;
      const argsT = starArgsTuple(regs, fpos, fn);
      // the tuple's items are passed borrowed (as CPython's _PyVectorcall_Call)
      const args = new Array<number>(tupleSize(argsT));
      for (let i = 0; i < args.length; i++) args[i] = tupleItem(argsT, i);
      let kw: KwArgs | null = null;
      const held: number[] = [];
      // a class, or an instance of one (slot_tp_call), has no vectorcall: tp_call takes the tuple
      // and the dict as they are
      const fnType = I32[(fn >> 2) + 1];
      const heapClass = fnType === T_TYPE ? typeInfoOfTypeObject(fn).isHeap : TYPES[fnType].isHeap;
      try {
        if (hasKw) {
          kw = kwArgsOfDict(regs[fpos + 2]);
          if (kw.names.length && !heapClass) {
            // _PyStack_UnpackDict: keyword arguments make a new array referencing every argument
            for (const x of args) (I32[x >> 2]++, held.push(x));
            for (const x of kw.values) (I32[x >> 2]++, held.push(x));
          }
        }
        f.pc = pc;
        f.sp = sp;
        if (heapClass) {
          tpCallSource.args = argsT;
          tpCallSource.kw = hasKw ? regs[fpos + 2] : 0;
        }
        const r = callObject(fn, args, kw);
        for (let i = sp - 1; i >= fpos; i--) decref(regs[i]);
        sp = fpos;
        regs[sp++] = r;
      } finally {
        tpCallSource.args = tpCallSource.kw = 0; // (not consumed when the call failed before tp_call)
        for (const x of held) decref(x);
      }
      break;
    }
    case op.DELETE_SUBSCR: {
      const k = regs[sp - 1], o = regs[sp - 2];
      A.delItem(o, k);
      sp -= 2;
      decref(k);
      decref(o);
      break;
    }
    case op.BUILD_SET: {
      const s = rt.newSet();
      try {
        for (let i = sp - arg; i < sp; i++) rt.setAdd(s, regs[i]);
      } catch (e) {
        decref(s);
        throw e;
      }
      for (let i = sp - arg; i < sp; i++) decref(regs[i]);
      sp -= arg;
      regs[sp++] = s;
      break;
    }
    case op.BUILD_MAP: {
      const d = newDict();
      try {
        for (let i = sp - 2 * arg; i < sp; i += 2) dictSet(d, regs[i], regs[i + 1]);
      } catch (e) {
        decref(d);
        throw e;
      }
      for (let i = sp - 2 * arg; i < sp; i++) decref(regs[i]);
      sp -= 2 * arg;
      regs[sp++] = d;
      break;
    }
    case op.BUILD_STRING: {
      let s = '';
      for (let i = sp - arg; i < sp; i++) s += STRS.items[I32[(regs[i] >> 2) + STR_SLOT]] as string;
      for (let i = sp - arg; i < sp; i++) decref(regs[i]);
      sp -= arg;
      const r = newStr(s);
      regs[sp++] = r;
      break;
    }
    case op.BUILD_SLICE: {
      const n = arg;
      const sl = rt.newSlice(regs[sp - n], regs[sp - n + 1], n === 3 ? regs[sp - 1] : S.None);
      for (let i = sp - n; i < sp; i++) decref(regs[i]);
      sp -= n;
      regs[sp++] = sl;
      break;
    }
    case op.LIST_EXTEND: {
      const it = regs[sp - 1];
      const l = regs[sp - 1 - arg];
      try {
        listExtend(l, it); // _PyList_Extend: sized as CPython's (length hint, exact preallocation)
      } catch (e) {
        const pe = toPyException(e);
        if (isSubtype(TYPES[I32[(pe.exc >> 2) + 1]], EXC.TypeError) && A.lookupSpecial(it, '__iter__') === 0 && !TYPES[I32[(it >> 2) + 1]].slots.iter) {
          decref(pe.exc);
          throw raise(EXC.TypeError, `Value after * must be an iterable, not ${A.typeName(it)}`);
        }
        throw pe;
      }
      sp--;
      decref(it);
      break;
    }
    case op.SET_UPDATE: {
      const it = regs[sp - 1];
      const s = regs[sp - 1 - arg];
      rt.setUpdate(s, it); // set_update_internal, as CPython (sizes the table like it)
      sp--;
      decref(it);
      break;
    }
    case op.DICT_UPDATE: {
      const m = regs[sp - 1];
      const d = regs[sp - 1 - arg];
      if (I32[(m >> 2) + 1] === T_DICT) dictMerge(d, m);
      else rt.dictUpdateFrom(d, m);
      sp--;
      decref(m);
      break;
    }
    case op.DICT_MERGE: {
      const m = regs[sp - 1];
      const d = regs[sp - 1 - arg];
      if (I32[(m >> 2) + 1] !== T_DICT && A.lookupSpecial(m, 'keys') === 0) {
        const fn = regs[sp - 3 - arg];
        throw raise(EXC.TypeError, `${rt.funcDesc(fn)} argument after ** must be a mapping, not ${A.typeName(m)}`);
      }
      const tmp = newDict();
      try {
        if (I32[(m >> 2) + 1] === T_DICT) dictMerge(tmp, m);
        else rt.dictUpdateFrom(tmp, m);
        for (const k of dictKeys(tmp)) {
          if (dictGet(d, k) !== 0) {
            const fn = regs[sp - 3 - arg];
            throw raise(EXC.TypeError, `${rt.funcDesc(fn)} got multiple values for keyword argument '${A.strJS(k)}'`);
          }
        }
        dictMerge(d, tmp);
      } finally {
        decref(tmp);
      }
      sp--;
      decref(m);
      break;
    }
    case op.LIST_TO_TUPLE: {
      const l = regs[sp - 1];
      const n = listLen(l);
      const t = newTuple(n);
      for (let i = 0; i < n; i++) {
        const x = listGet(l, i);
        I32[x >> 2]++;
        I32[(t >> 2) + TUPLE_ITEMS + i] = x;
      }
      regs[sp - 1] = t;
      decref(l);
      break;
    }
    case op.UNPACK_EX: {
      const before = arg & 0xff, after = arg >> 8;
      const v = regs[sp - 1];
      const items = unpackItems(v, 0, false);
      if (items.length < before + after) {
        for (const x of items) decref(x);
        throw raise(EXC.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
      }
      sp--;
      const mid = starTargetList(v, items.slice(before), after);
      for (let i = items.length - 1; i >= items.length - after; i--) regs[sp++] = items[i];
      regs[sp++] = mid;
      for (let i = before - 1; i >= 0; i--) regs[sp++] = items[i];
      decref(v);
      break;
    }
    case op.MAKE_FUNCTION: {
      const codeObj = regs[sp - 1];
      let p = sp - 1;
      const closure = arg & op.MF_CLOSURE ? regs[--p] : 0;
      const ann = arg & op.MF_ANNOTATIONS ? regs[--p] : 0;
      const kwdefaults = arg & op.MF_KWDEFAULTS ? regs[--p] : 0;
      const defaults = arg & op.MF_DEFAULTS ? regs[--p] : 0;
      const c = rt.codeOfObj(codeObj);
      // like CPython's code object, ours owns co_name and co_qualname; functions share them
      if (c.nameStr === 0) {
        c.nameStr = rt.internName(c.co.name);
        c.qualnameStr = newStr(c.co.qualname);
      }
      const doc = c.consts.length && typeof c.co.consts[0] === 'string' && !(c.co.name.startsWith('<')) ? c.consts[0] : S.None;
      const modname = dictGetStr(f.globals, '__name__');
      const fn = newFunction(codeObj, f.globals, c.nameStr, c.qualnameStr, defaults, kwdefaults, closure, doc, modname || S.None);
      if (ann !== 0) rt.setAnnotations(fn, ann); // fn.__annotations__ from the tuple
      for (let i = p; i < sp; i++) xdecref(regs[i]);
      sp = p;
      regs[sp++] = fn;
      void FN_DOC;
      break;
    }
    case op.GET_YIELD_FROM_ITER: {
      const o = regs[sp - 1];
      if (I32[(o >> 2) + 1] !== T_GENERATOR) {
        const it = A.getIter(o);
        regs[sp - 1] = it;
        decref(o);
      }
      break;
    }
    case op.CHECK_EXC_MATCH: {
      const t = regs[sp - 1], exc = regs[sp - 2];
      const m = excMatches(exc, t);
      decref(t);
      const r = m ? S.True : S.False;
      I32[r >> 2]++;
      regs[sp - 1] = r;
      break;
    }
    case op.BEFORE_WITH: {
      const mgr = regs[sp - 1];
      const t = TYPES[I32[(mgr >> 2) + 1]];
      const enter = typeLookup(t, '__enter__'), exit = typeLookup(t, '__exit__');
      if (enter === 0 || exit === 0) {
        throw raise(EXC.TypeError, `'${t.name}' object does not support the context manager protocol${enter === 0 ? '' : ' (missed __exit__ method)'}`);
      }
      const boundExit = bindDescriptor(exit, mgr, t);
      let res: number;
      try {
        f.pc = pc;
        f.sp = sp;
        res = A.callUnbound(enter, mgr, []);
      } catch (e) {
        decref(boundExit);
        throw e;
      }
      regs[sp - 1] = boundExit;
      regs[sp++] = res;
      decref(mgr);
      break;
    }
    case op.WITH_EXCEPT_START: {
      const exc = regs[sp - 1], exit = regs[sp - 2];
      const tb = excGet(exc, EXC_TB) || S.None;
      const et = TYPES[I32[(exc >> 2) + 1]].addr;
      f.pc = pc;
      f.sp = sp;
      const r = callObject(exit, [et, exc, tb], null);
      regs[sp++] = r;
      break;
    }
    case op.LOAD_ASSERTION_ERROR: {
      const a = EXC.AssertionError.addr;
      I32[a >> 2]++;
      regs[sp++] = a;
      break;
    }
    case op.LOAD_BUILD_CLASS: {
      const bc = dictGetStr(f.builtins, '__build_class__');
      if (bc === 0) throw raise(EXC.NameError, '__build_class__ not found');
      I32[bc >> 2]++;
      regs[sp++] = bc;
      break;
    }
    case op.IMPORT_NAME: {
      const fromlist = regs[sp - 1], level = regs[sp - 2];
      f.pc = pc;
      f.sp = sp;
      const m = rt.importName(STRS.get(I32[(names[arg] >> 2) + STR_SLOT]), fromlist, level, f.globals);
      sp -= 2;
      decref(fromlist);
      decref(level);
      regs[sp++] = m;
      break;
    }
    case op.IMPORT_FROM: {
      const m = regs[sp - 1];
      const r = rt.importFrom(m, names[arg]);
      regs[sp++] = r;
      break;
    }
    case op.IMPORT_STAR: {
      const m = regs[sp - 1];
      rt.importStar(m, f.locals || f.globals);
      sp--;
      decref(m);
      break;
    }
    case op.FORMAT_VALUE: {
      const hasSpec = (arg & op.FV_HAVE_SPEC) !== 0;
      const spec = hasSpec ? regs[sp - 1] : 0;
      const v = regs[sp - 1 - (hasSpec ? 1 : 0)];
      const conv = arg & op.FV_MASK;
      let x = v;
      let owned = false;
      if (conv === op.FV_STR) {
        x = A.str(v);
        owned = true;
      } else if (conv === op.FV_REPR) {
        x = A.repr(v);
        owned = true;
      } else if (conv === op.FV_ASCII) {
        x = rt.ascii(v);
        owned = true;
      }
      let r: number;
      try {
        if (!hasSpec && I32[(x >> 2) + 1] === T_STR) {
          I32[x >> 2]++;
          r = x;
        } else r = rt.format(x, spec);
      } finally {
        if (owned) decref(x);
      }
      if (hasSpec) {
        sp--;
        decref(spec);
      }
      regs[sp - 1] = r;
      decref(v);
      break;
    }
    case op.LOAD_LOCALS: {
      const l = f.locals;
      I32[l >> 2]++;
      regs[sp++] = l;
      break;
    }
    case op.SETUP_ANNOTATIONS: {
      if (f.locals !== 0 && I32[(f.locals >> 2) + 1] === T_DICT && dictGetStr(f.locals, '__annotations__') === 0) {
        const d = newDict();
        const k = rt.internName('__annotations__');
        dictSet(f.locals, k, d);
        decref(k);
        decref(d);
      }
      break;
    }
    case op.MATCH_CLASS: case op.MATCH_MAPPING: case op.MATCH_SEQUENCE: case op.MATCH_KEYS: case op.GET_LEN:
    case op.COPY_DICT_WITHOUT_KEYS:
      sp = matchOp(f, opcode, arg, sp); // the match statement's opcodes (vm/match.ts)
      break;
    default:
      throw raise(EXC.SystemError, `unknown opcode ${opcode}`);
  }
  f.sp = sp;
  void pc;
}

/** Set just before RERAISE / bare `raise` throw: the raising frame adds no traceback entry. */
let reraiseFlag = false;

/**
 * Look for a SETUP_FINALLY block in `f`. When found: pop the stack to the block's level, push an
 * EXCEPT_HANDLER block remembering the previously handled exception, make `exc` the handled
 * exception, push it, and return the handler pc. Otherwise release the stack and return -1.
 * Consumes the reference to `exc` either way (it moves to the stack, or the caller rethrows).
 */
function findHandler(ts: ThreadState, f: Frame, exc: number): number {
  const regs = f.regs;
  while (f.nblk > 0) {
    const b = --f.nblk * 4;
    const blocks = f.blocks!;
    const kind = blocks[b], handler = blocks[b + 1], level = blocks[b + 2], saved = blocks[b + 3];
    while (f.sp > level) {
      const v = regs[--f.sp];
      regs[f.sp] = 0;
      xdecref(v);
    }
    if (kind === BLOCK_EXCEPT_HANDLER) {
      const cur = ts.excInfo;
      ts.excInfo = saved === -1 ? 0 : saved;
      xdecref(cur);
      continue;
    }
    // SETUP_FINALLY: enter the handler
    f.pushBlock(BLOCK_EXCEPT_HANDLER, -1, f.sp, ts.excInfo === 0 ? -1 : ts.excInfo);
    I32[exc >> 2]++;
    ts.excInfo = exc;
    regs[f.sp++] = exc;
    return handler;
  }
  return -1;
}

/**
 * The frame of generator `g` when FOR_ITER/SEND can resume it in the current loop: started or
 * not, neither finished nor running, and the recursion limit not reached (else the nested
 * resumption raises what CPython raises). Counts the level it enters and marks `g` running.
 */
function inlineGenFrame(ts: ThreadState, g: number): Frame | null {
  const w = g >> 2;
  const s = I32[w + GEN_SLOT];
  if (s === 0 || I32[w + GEN_RUNNING] !== 0 || ts.depth >= vmState.recursionLimit) return null;
  I32[w + GEN_RUNNING] = 1;
  ts.depth++;
  const gf = GEN_FRAMES.get(s);
  enterGenExcState(ts, gf);
  return gf;
}

/** Leave generator frame `f`, resumed in this loop, for the frame that resumed it: at a yield
 * (`finished` false: the frame stays suspended) or finished (its references are dropped). */
function leaveInlineGen(ts: ThreadState, f: Frame, finished: boolean): void {
  const g = f.gen;
  I32[(g >> 2) + GEN_RUNNING] = 0;
  ts.frame = f.back;
  f.back = null;
  ts.depth--;
  restoreResumerExc(ts, f);
  if (finished) genFinish(g);
}


/** `nf`, a new frame of `fn` for the loop to enter; for a generator function, null instead, with
 * the generator pushed on f's stack. */
function frameOrGenerator(f: Frame, nf: Frame, fn: number): Frame | null {
  if ((nf.code.co.flags & op.CO_GENERATOR) === 0) return nf;
  const g = newGenerator(nf, fn);
  f.regs[f.sp++] = g;
  return null;
}

/** The keyword arguments of CALL_KW: the names of the `kwnames` tuple, the values (borrowed) from
 * regs[first...]. */
function kwArgsOf(regs: Int32Array, kwnames: number, first: number): KwArgs {
  const nk = I32[(kwnames >> 2) + TUPLE_SIZE];
  const kw: KwArgs = { names: new Array<string>(nk), values: new Array<number>(nk) };
  for (let i = 0; i < nk; i++) {
    kw.names[i] = STRS.get(I32[(I32[(kwnames >> 2) + TUPLE_ITEMS + i] >> 2) + STR_SLOT]);
    kw.values[i] = regs[first + i];
  }
  return kw;
}

/**
 * CALL_KW's set-up (the frame state is saved in `f`): for a Python function, the new frame with
 * the positional arguments moved into it and the keyword values bound (the call's stack slots are
 * released, so the callee sees CPython's reference counts). Returns null when the call is done
 * here instead: another kind of callable (the generic path in rareOp) or a generator function
 * (the generator is pushed). f.sp is updated either way.
 */
function kwCallFrame(ts: ThreadState, f: Frame, arg: number): Frame | null {
  const regs = f.regs;
  const sp = f.sp;
  const kwnames = regs[sp - 1];
  const kfpos = sp - 2 - arg;
  const kfn = regs[kfpos];
  if (I32[(kfn >> 2) + 1] !== T_FUNCTION) {
    if (I32[(kfn >> 2) + 1] === T_METHOD && I32[(I32[(kfn >> 2) + M_FUNC] >> 2) + 1] === T_FUNCTION) return kwMethodFrame(ts, f, arg);
    rareOp(ts, f, op.CALL_KW, arg);
    return null;
  }
  const nk = I32[(kwnames >> 2) + TUPLE_SIZE];
  const npos = arg - nk;
  const kw = kwArgsOf(regs, kwnames, kfpos + 1 + npos);
  // positional arguments are stolen by makeFrame; keyword values are borrowed by it
  f.sp = kfpos + 1;
  let kf: Frame;
  try {
    kf = makeFrame(ts, kfn, regs, kfpos + 1, npos, kw, true);
  } catch (e) {
    for (let i = 0; i < nk; i++) decref(kw.values[i]);
    decref(kwnames);
    throw e;
  }
  for (let i = 0; i < nk; i++) decref(kw.values[i]);
  decref(kwnames);
  f.sp = kfpos;
  decref(kfn); // the frame holds the function
  return frameOrGenerator(f, kf, kfn);
}

/**
 * CALL_FUNCTION_EX's set-up (the frame state is saved in `f`) when the callable is a Python
 * function or a bound method of one: the new frame, for the loop to enter as CALL does -- the
 * wrapper of a decorator (`def w(*a, **k): return fn(*a, **k)`) then does not nest a JS eval
 * loop per call, so deep recursion through it reaches sys.getrecursionlimit() as in CPython
 * instead of overflowing the JS stack. The callable, the argument tuple and dict leave f's stack
 * for the frame's heldRefs, released when the call returns (CPython keeps them on its stack until
 * then). Otherwise, and for a generator function, the whole call is done here and null returned.
 */
/** f(*x)'s argument tuple at regs[fpos + 1]: x itself, or (x not a tuple) a new tuple that
 * replaces it on the stack, as CPython's CALL_FUNCTION_EX. Borrowed. */
function starArgsTuple(regs: Int32Array, fpos: number, fn: number): number {
  const x = regs[fpos + 1];
  if (I32[(x >> 2) + 1] === T_TUPLE) return x;
  const t = tupleFromSteal(starArgs(fn, x));
  regs[fpos + 1] = t;
  decref(x);
  return t;
}

/** The keyword arguments of f(**d) (values borrowed from the dict). */
function kwArgsOfDict(d: number): KwArgs {
  const kw: KwArgs = { names: [], values: [] };
  for (const k of dictKeys(d)) {
    if (I32[(k >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, 'keywords must be strings');
    kw.names.push(STRS.get(I32[(k >> 2) + STR_SLOT]));
    kw.values.push(dictGet(d, k));
  }
  return kw;
}

function exCallFrame(ts: ThreadState, f: Frame, arg: number): Frame | null {
  const regs = f.regs;
  const sp = f.sp;
  const hasKw = arg & 1;
  const fpos = sp - 2 - hasKw;
  const fn = regs[fpos];
  let func = fn, self = 0;
  const tid = I32[(fn >> 2) + 1];
  if (tid === T_METHOD && I32[(I32[(fn >> 2) + M_FUNC] >> 2) + 1] === T_FUNCTION) {
    func = I32[(fn >> 2) + M_FUNC];
    self = I32[(fn >> 2) + M_SELF];
  } else if (tid !== T_FUNCTION) {
    rareOp(ts, f, op.CALL_FUNCTION_EX, arg);
    return null;
  }
  const argsT = starArgsTuple(regs, fpos, fn);
  // the tuple's items are passed borrowed (as CPython's _PyVectorcall_Call), self first
  const n = tupleSize(argsT), off = self !== 0 ? 1 : 0;
  const argv = new Array<number>(n + off);
  if (off) argv[0] = self;
  for (let i = 0; i < n; i++) argv[i + off] = tupleItem(argsT, i);
  let kw: KwArgs | null = null;
  const held: number[] = [];
  if (hasKw) {
    kw = kwArgsOfDict(regs[fpos + 2]);
    if (kw.names.length) {
      // _PyStack_UnpackDict: keyword arguments make a new array referencing every argument
      for (let i = off; i < argv.length; i++) (I32[argv[i] >> 2]++, held.push(argv[i]));
      for (const x of kw.values) (I32[x >> 2]++, held.push(x));
    } else kw = null;
  }
  let nf: Frame;
  try {
    nf = makeFrame(ts, func, argv, 0, argv.length, kw, false); // nothing stolen
  } catch (e) {
    for (const x of held) decref(x);
    throw e;
  }
  // the stack slots move to the frame (in CPython's order of release: func, args, kwargs)
  for (let i = fpos; i < sp; i++) {
    held.push(regs[i]);
    regs[i] = 0;
  }
  f.sp = fpos;
  if (nf.code.co.flags & op.CO_GENERATOR) {
    frameOrGenerator(f, nf, func);
    for (const x of held) decref(x);
    return null;
  }
  nf.heldRefs = held;
  return nf;
}

/**
 * BEFORE_WITH: mgr -- bound __exit__, __enter__() result. When __enter__ is a plain Python
 * function, returns its frame (mgr moved into it as self; the frame's return value lands above the
 * bound __exit__); otherwise does the whole instruction (rareOp) and returns null.
 */
function withEnterFrame(ts: ThreadState, f: Frame): Frame | null {
  const regs = f.regs;
  const sp = f.sp;
  const mgr = regs[sp - 1];
  const t = TYPES[I32[(mgr >> 2) + 1]];
  const enter = typeLookup(t, '__enter__'), exit = typeLookup(t, '__exit__');
  if (enter === 0 || exit === 0 || I32[(enter >> 2) + 1] !== T_FUNCTION) {
    rareOp(ts, f, op.BEFORE_WITH, 0);
    return null;
  }
  regs[sp - 1] = bindDescriptor(exit, mgr, t);
  const ef = makeFrame(ts, enter, [mgr], 0, 1, null, true); // steals mgr's stack reference
  I32[mgr >> 2]++;
  ef.heldRef = mgr; // as CPython's bound __enter__ method, until the call returns
  return frameOrGenerator(f, ef, enter);
}

/**
 * obj.meth(a, k=v) on a bound Python method: its function's frame, self first, in this loop (as
 * a plain CALL does), so that a wait inside (cond.wait(timeout=1)) can park its thread.
 */
function kwMethodFrame(ts: ThreadState, f: Frame, arg: number): Frame | null {
  const regs = f.regs;
  const sp = f.sp;
  const kwnames = regs[sp - 1];
  const kfpos = sp - 2 - arg;
  const meth = regs[kfpos];
  const func = I32[(meth >> 2) + M_FUNC], self = I32[(meth >> 2) + M_SELF];
  const nk = I32[(kwnames >> 2) + TUPLE_SIZE];
  const npos = arg - nk;
  const kw = kwArgsOf(regs, kwnames, kfpos + 1 + npos);
  const argv = new Array<number>(npos + 1);
  argv[0] = self;
  for (let i = 0; i < npos; i++) argv[i + 1] = regs[kfpos + 1 + i];
  // nothing is stolen: on an error the stack still holds everything, for the unwinder
  const kf = makeFrame(ts, func, argv, 0, npos + 1, kw, false);
  for (let i = sp - 1; i >= kfpos; i--) {
    const x = regs[i];
    regs[i] = 0;
    decref(x);
  }
  f.sp = kfpos;
  return frameOrGenerator(f, kf, func);
}

function releaseIfNotGen(ts: ThreadState, f: Frame): void {
  if (f.gen === 0) releaseFrame(ts, f);
}


evalHooks.run = run;
evalHooks.runGen = runGen;
evalHooks.newGenerator = newGenerator;

export { newFloat, newDict, dictLen, T_BOOL, T_NONE, EMPTY_TUPLE, newCell, newExceptionObject };
