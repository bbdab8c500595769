// The `builtins` module: functions and names every program sees.

import { I32, F64, TYPES, type KwArgs, T_INT, T_BOOL, T_FLOAT, T_STR, T_TUPLE, T_LIST, T_DICT, T_TYPE, T_FUNCTION, T_OBJECT,
  T_SET, T_FROZENSET, T_RANGE, T_SLICE, T_PROPERTY, T_STATICMETHOD, T_CLASSMETHOD, T_SUPER, T_ENUMERATE, T_ZIP, T_MAP,
  T_FILTER, T_REVERSED, T_MODULE, T_BYTES, T_COMPLEX, T_CELL, decref, xdecref, incref } from '../object.js';
import { T_BUILTIN as T_BUILTIN_ID, T_METHOD as T_METHOD_ID, T_WEAKPROXY, isTypeObject } from '../object.js';
import { weakrefKinds } from '../gc/weakref.js';
import { newInt, newIntBig, intBig, intNumber, intIsSmall, indexAsBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newStr, strValue, strLen, internSteal } from '../objects/str.js';
import { tupleFrom, tupleFromSteal, tupleSize, tupleItem, tupleItems } from '../objects/tuple.js';
import { permanentRoots, gcState } from '../gc/generations.js';
import { newList, listAppend, listAppendSteal, listFromSteal, listFromIterable } from '../objects/list.js';
import { newDict, dictSet, dictGetStr, dictGet, dictKeys, dictCopy } from '../objects/dict.js';
import { raise, EXC, isSubtype, PyException } from '../objects/exception.js';
import { typeInfoOfTypeObject, typeLookup, instanceDict } from '../objects/type.js';
import type { TypeInfo } from '../object.js';
import { codeOf, FN_CODE, FN_GLOBALS } from '../objects/function.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { binaryOp, absolute } from '../number.js';
import { defFunction, parseArgs } from './define.js';
import { cIntArg } from '../objects/slice.js';
import { stdoutWrite, stderrWrite, flushStdout, stdinReadLine } from './io.js';
import { intToString, intHash } from '../objects/numfmt.js';
import { typeNew, dirNames, MOD_DICT, typeHooks, calculateMetaclass, importedAttr, tpCallArgsBegin, tpCallArgsEnd } from '../types.js';
import * as op from '../../compiler/opcodes.js';
import { rt } from '../../vm/runtime-hooks.js';
import { isUnion, unionCheck, isGenericAlias } from '../objects/genericalias.js';

/** Hooks provided by the VM: running a class body, the current frame's globals/locals. */
export const builtinsVm = {
  runClassBody: (_fn: number, _ns: number): number => 0,
  currentGlobals: (): number => 0,
  currentLocals: (): number => 0,
  sortList: (_l: number, _key: number, _reverse: boolean): void => {},
};

function typeObj(id: number): number {
  return TYPES[id].addr;
}

export function isInstance(o: number, cls: number): boolean {
  // PyObject_IsInstance: an exact type match wins before any __instancecheck__
  if (typeObj(I32[(o >> 2) + 1]) === cls) return true;
  const ct = I32[(cls >> 2) + 1];
  if (isUnion(cls)) return unionCheck(cls, (c) => isInstance(o, c), 'isinstance');
  if (isGenericAlias(cls)) throw raise(EXC.TypeError, 'isinstance() argument 2 cannot be a parameterized generic');
  if (ct === T_TUPLE) {
    const n = tupleSize(cls);
    for (let i = 0; i < n; i++) if (isInstance(o, tupleItem(cls, i))) return true;
    return false;
  }
  if (!isTypeObject(cls) || TYPES[ct].isHeap) {
    const m = A.lookupSpecial(cls, '__instancecheck__');
    if (m !== 0 && TYPES[I32[(m >> 2) + 1]].id === T_FUNCTION) {
      const r = A.callUnbound(m, cls, [o]);
      const b = truthSteal(r);
      return b;
    }
    if (!isTypeObject(cls)) throw raise(EXC.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  }
  const ot = TYPES[I32[(o >> 2) + 1]];
  const ci = typeInfoOfTypeObject(cls);
  if (isSubtype(ot, ci)) return true;
  // object_isinstance: else an object's __class__ (a proxy's, a property's) may name a subclass;
  // builtin types other than the weak proxy report their own type
  if (!ot.isHeap && ot.id !== T_WEAKPROXY && ot.id !== weakrefKinds.callProxy) return false;
  const icls = A.getAttrOrNull(o, A.dictKeyStr('__class__'));
  if (icls === 0) return false;
  try {
    return icls !== ot.addr && isTypeObject(icls) && isSubtype(typeInfoOfTypeObject(icls), ci);
  } finally {
    decref(icls);
  }
}

function isSubclass(c: number, cls: number): boolean {
  if (!isTypeObject(c)) throw raise(EXC.TypeError, 'issubclass() arg 1 must be a class');
  const ct = I32[(cls >> 2) + 1];
  if (isUnion(cls)) return unionCheck(cls, (x) => isSubclass(c, x), 'issubclass');
  if (isGenericAlias(cls)) throw raise(EXC.TypeError, 'issubclass() argument 2 cannot be a parameterized generic');
  if (ct === T_TUPLE) {
    const n = tupleSize(cls);
    for (let i = 0; i < n; i++) if (isSubclass(c, tupleItem(cls, i))) return true;
    return false;
  }
  if (!isTypeObject(cls)) throw raise(EXC.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  if (TYPES[ct].isHeap) {
    const m = A.lookupSpecial(cls, '__subclasscheck__');
    if (m !== 0 && TYPES[I32[(m >> 2) + 1]].id === T_FUNCTION) {
      const r = A.callUnbound(m, cls, [c]);
      const b = truthSteal(r);
      return b;
    }
  }
  return isSubtype(typeInfoOfTypeObject(c), typeInfoOfTypeObject(cls));
}

let firstPrintDone = false;

function print(_self: number, args: number[], kw: KwArgs | null): number {
  let sep = ' ', end = '\n';
  let file = 0, flush = false;
  if (kw) {
    for (let i = 0; i < kw.names.length; i++) {
      const n = kw.names[i], v = kw.values[i];
      if (n === 'sep') {
        if (v !== S.None) {
          if (I32[(v >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `sep must be None or a string, not ${A.typeName(v)}`);
          sep = strValue(v);
        }
      } else if (n === 'end') {
        if (v !== S.None) {
          if (I32[(v >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `end must be None or a string, not ${A.typeName(v)}`);
          end = strValue(v);
        }
      } else if (n === 'file') file = v === S.None ? 0 : v;
      else if (n === 'flush') flush = A.isTrue(v);
      else throw raise(EXC.TypeError, `'${n}' is an invalid keyword argument for print()`);
    }
  }
  if (!firstPrintDone) {
    // CPython 3.11's first print() of a process leaves one new GC-tracked object behind for good
    // (gc.get_count() is one higher after it than after any later print): an object the VM keeps
    firstPrintDone = true;
    gcState.stressQuiet++; // (not a point --stress-gc collects at: CPython's allocation is none of the program's)
    permanentRoots.push(newList());
    gcState.stressQuiet--;
  }
  // file=None (or absent) means sys.stdout, whatever the program has put there
  if (file === 0) {
    file = streamHooks.stdout();
    if (file === S.None) return A.retNone();
  }
  const kind = file === 0 ? 1 : streamHooks.kind(file);
  if (kind !== 0) {
    let s = '';
    try {
      // each piece as CPython's PyFile_WriteObject: str() first, then the write call (whose
      // recursion check may fail before anything of that piece is written)
      for (let i = 0; i < args.length; i++) {
        if (i) {
          streamWriteDepth();
          s += sep;
        }
        const piece = A.strJS(args[i]);
        streamWriteDepth();
        s += piece;
      }
      streamWriteDepth();
      s += end;
    } finally {
      // what was printed before a failing str() stays written, as with CPython's piecewise writes
      if (kind === 1) stdoutWrite(s);
      else stderrWrite(s);
    }
    if (flush && kind === 1) flushStdout();
    return A.retNone();
  }
  // a Python file object: one write() per piece, as CPython's print does
  for (let i = 0; i < args.length; i++) {
    if (i) writeTo(file, sep);
    writeTo(file, A.strJS(args[i]));
  }
  writeTo(file, end);
  if (flush) decref(callMethodStr(file, 'flush', []));
  return A.retNone();
}

/**
 * The recursion depth a write to sys.stdout/sys.stderr takes in CPython: the stream's write()
 * call and one C-level call below it (TextIOWrapper.write); checked, nothing else.
 */
export function streamWriteDepth(): void {
  const ts = A.recursion.enter(' while calling a Python object');
  try {
    A.recursion.enter(' while calling a Python object').depth--;
  } finally {
    ts.depth--;
  }
}

/** Write text to a file-like object (sys.stdout/sys.stderr fast paths, else its write()). */
export function writeTo(file: number, s: string): void {
  const streams = streamHooks.kind(file);
  if (streams === 1) return stdoutWrite(s);
  if (streams === 2) return stderrWrite(s);
  const w = A.getAttrStr(file, 'write');
  const str = newStr(s);
  try {
    decref(A.call(w, [str]));
  } finally {
    decref(str);
    decref(w);
  }
}

/** o.name(*args) (new reference). */
function callMethodStr(o: number, name: string, args: number[]): number {
  const m = A.getAttr(o, A.dictKeyStr(name));
  try {
    return A.call(m, args);
  } finally {
    decref(m);
  }
}

/** Set by the sys module: which real stream an object is (1 stdout, 2 stderr), sys.stdout/stdin. */
export const streamHooks = {
  kind: (_f: number): number => 0,
  /** sys.stdout (borrowed), 0 before sys exists. */
  stdout: (): number => 0,
  /** sys.stdin (borrowed), 0 before sys exists. */
  stdin: (): number => 0,
  /** the real stdin object, 0 before sys exists. */
  stdinObj: (): number => 0,
};

function minmax(name: string, args: number[], kw: KwArgs | null, cmp: number): number {
  let key = 0, dflt = 0;
  if (args.length === 0) throw raise(EXC.TypeError, `${name} expected at least 1 argument, got 0`);
  if (kw) {
    // CPython's argument parser counts before it names: three or more keywords fail on the count
    if (kw.names.length > 2) throw raise(EXC.TypeError, `${name}() takes at most 2 keyword arguments (${kw.names.length} given)`);
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] === 'key') key = kw.values[i] === S.None ? 0 : kw.values[i];
      else if (kw.names[i] === 'default') dflt = kw.values[i];
      else throw raise(EXC.TypeError, `'${kw.names[i]}' is an invalid keyword argument for ${name}()`);
    }
  }
  let items: number[];
  if (args.length === 1) items = A.iterToArray(args[0]);
  else {
    if (dflt) throw raise(EXC.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args.map((x) => (incref(x), x));
  }
  try {
    if (items.length === 0) {
      if (dflt) return incref(dflt), dflt;
      throw raise(EXC.ValueError, `${name}() arg is an empty sequence`);
    }
    let best = items[0];
    let bestKey = key ? A.call(key, [best]) : (incref(best), best);
    try {
      for (let i = 1; i < items.length; i++) {
        const k = key ? A.call(key, [items[i]]) : (incref(items[i]), items[i]);
        let better: boolean;
        try {
          better = A.compareBool(k, bestKey, cmp);
        } catch (e) {
          decref(k); // a comparison that raises (max(1j, 2j)) must not leak the keys
          throw e;
        }
        if (better) {
          decref(bestKey);
          bestKey = k;
          best = items[i];
        } else decref(k);
      }
    } finally {
      decref(bestKey);
    }
    incref(best);
    return best;
  } finally {
    for (const x of items) decref(x);
  }
}

function sum(_s: number, args: number[], kw: KwArgs | null): number {
  const [it, startArg] = parseArgs('sum', args, kw, ['iterable', 'start'], 1, 1);
  const iter = A.getIter(it);
  if (startArg) {
    // builtin_sum_impl: the iterable first, then a str/bytes start is refused
    const st = TYPES[I32[(startArg >> 2) + 1]];
    const what = isSubtype(st, TYPES[T_STR]) ? "strings [use ''.join(seq) instead]"
      : st.id === T_BYTES || st.name === 'bytearray' || isSubtype(st, TYPES[T_BYTES]) ? `${st.name === 'bytearray' ? 'bytearray' : 'bytes'} [use b''.join(seq) instead]` : '';
    if (what) {
      decref(iter);
      throw raise(EXC.TypeError, `sum() can't sum ${what}`);
    }
  }
  let acc = startArg || newInt(0);
  if (startArg) incref(acc);
  try {
    for (;;) {
      const v = A.iterNext(iter);
      if (v === 0) break;
      let r: number;
      try {
        r = binaryOp(acc, v, op.NB_ADD);
      } finally {
        decref(v);
      }
      decref(acc);
      acc = r;
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    decref(iter);
  }
  return acc;
}

function roundFn(_s: number, args: number[], kw: KwArgs | null): number {
  const [x, nd] = parseArgs('round', args, kw, ['number', 'ndigits'], 1);
  const m = A.lookupSpecial(x, '__round__');
  if (m === 0) throw raise(EXC.TypeError, `type ${A.typeName(x)} doesn't define __round__ method`);
  return A.callUnbound(m, x, nd && nd !== S.None ? [nd] : []);
}

function divmodFn(_s: number, args: number[]): number {
  const [a, b] = args;
  const ta = I32[(a >> 2) + 1], tb = I32[(b >> 2) + 1];
  const isInt = (t: number) => t === T_INT || t === T_BOOL;
  if (isInt(ta) && isInt(tb)) {
    const q = binaryOp(a, b, op.NB_FLOOR_DIVIDE);
    let r: number;
    try {
      r = binaryOp(a, b, op.NB_REMAINDER);
    } catch (e) {
      decref(q);
      throw e;
    }
    return tupleFromSteal([q, r]);
  }
  const m = A.lookupSpecial(a, '__divmod__');
  if (m !== 0) {
    const r = A.callUnbound(m, a, [b]);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  const rm = A.lookupSpecial(b, '__rdivmod__');
  if (rm !== 0) {
    const r = A.callUnbound(rm, b, [a]);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  throw raise(EXC.TypeError, `unsupported operand type(s) for divmod(): '${A.typeName(a)}' and '${A.typeName(b)}'`);
}

function powFn(_s: number, args: number[], kw: KwArgs | null): number {
  const [b, e, m] = parseArgs('pow', args, kw, ['base', 'exp', 'mod'], 2);
  if (m && m !== S.None) return ternaryPow(b, e, m);
  return binaryOp(b, e, op.NB_POWER);
}

/**
 * pow(b, e, m) as ternary_op: each distinct operand type's power slot in turn (int computes,
 * float and complex refuse a modulus, a class's __pow__(e, m) answers when b is its instance).
 */
function ternaryPow(b: number, e: number, m: number): number {
  const isIntLike = (o: number) => isSubtype(TYPES[I32[(o >> 2) + 1]], TYPES[T_INT]);
  const tried: TypeInfo[] = [];
  for (const o of [b, e, m]) {
    const t = TYPES[I32[(o >> 2) + 1]];
    if (tried.includes(t)) continue;
    tried.push(t);
    const pw = t.isHeap ? typeLookup(t, '__pow__') : 0;
    if (pw !== 0 && I32[(pw >> 2) + 1] === T_FUNCTION) {
      // slot_nb_power: only the base's own __pow__ takes a modulus
      if (TYPES[I32[(b >> 2) + 1]] !== t) continue;
      const r = A.callUnbound(pw, b, [e, m]);
      if (r !== S.NotImplemented) return r;
      decref(r);
      continue;
    }
    if (isSubtype(t, TYPES[T_INT])) {
      if (isIntLike(b) && isIntLike(e) && isIntLike(m)) return intPowMod(b, e, m);
    } else if (isSubtype(t, TYPES[T_FLOAT])) {
      throw raise(EXC.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    } else if (isSubtype(t, TYPES[T_COMPLEX])) {
      throw raise(EXC.ValueError, 'complex modulo');
    }
  }
  throw raise(EXC.TypeError, `unsupported operand type(s) for ** or pow(): '${A.typeName(b)}', '${A.typeName(e)}', '${A.typeName(m)}'`);
}

function intPowMod(b: number, e: number, m: number): number {
  {
    const mod = intBig(m);
    if (mod === 0n) throw raise(EXC.ValueError, 'pow() 3rd argument cannot be 0');
    // anything modulo 1 (or -1) is 0, before a negative exponent asks for an inverse (long_pow)
    if (mod === 1n || mod === -1n) return newInt(0);
    let base = intBig(b), exp = intBig(e);
    if (exp < 0n) {
      base = modInverse(base, mod);
      exp = -exp;
    }
    let r = 1n;
    const am = mod < 0n ? -mod : mod;
    base = ((base % am) + am) % am;
    while (exp > 0n) {
      if (exp & 1n) r = (r * base) % am;
      base = (base * base) % am;
      exp >>= 1n;
    }
    if (mod < 0n && r !== 0n) r += mod;
    return newIntBig(r);
  }
}

function modInverse(a: bigint, m: bigint): bigint {
  const am = m < 0n ? -m : m;
  let [g, x] = egcd(((a % am) + am) % am, am);
  if (g !== 1n) throw raise(EXC.ValueError, 'base is not invertible for the given modulus');
  x = ((x % am) + am) % am;
  return x;
}

function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [oldR, r] = [a, b];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return [oldR, oldS];
}

function baseConv(base: 2 | 8 | 16): (s: number, args: number[]) => number {
  return (_s, args) => newStr(intToString(indexAsBig(args[0]), base, true));
}

function chrFn(_s: number, args: number[]): number {
  const v = indexAsBig(args[0]);
  if (v < -(2n ** 31n) || v >= 2n ** 31n) throw raise(EXC.OverflowError, 'Python int too large to convert to C int');
  if (v < 0n || v > 0x10ffffn) throw raise(EXC.ValueError, 'chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(Number(v)));
}

function ordFn(_s: number, args: number[]): number {
  const o = args[0];
  const t = I32[(o >> 2) + 1];
  if (t === T_STR) {
    const n = strLen(o);
    if (n !== 1) throw raise(EXC.TypeError, `ord() expected a character, but string of length ${n} found`);
    return newInt(strValue(o).codePointAt(0)!);
  }
  if (t === T_BYTES || bytesOrdHook.isBytesLike(o)) return A.call(bytesOrdHook.ord, [o]);
  throw raise(EXC.TypeError, `ord() expected string of length 1, but ${A.typeName(o)} found`);
}
export const bytesOrdHook = { ord: 0, isBytesLike: (_o: number): boolean => false };

function getattrFn(_s: number, args: number[]): number {
  if (args.length < 2 || args.length > 3) throw raise(EXC.TypeError, `getattr expected at ${args.length < 2 ? 'least 2' : 'most 3'} arguments, got ${args.length}`);
  const [o, name, dflt] = args;
  if (I32[(name >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `attribute name must be string, not '${A.typeName(name)}'`);
  if (args.length === 3) {
    const r = A.getAttrOrNull(o, name);
    if (r !== 0) return r;
    return incref(dflt), dflt;
  }
  return A.getAttr(o, name);
}

function nameArg(n: number): number {
  if (I32[(n >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `attribute name must be string, not '${A.typeName(n)}'`);
  return n;
}

function iterFn(_s: number, args: number[]): number {
  if (args.length === 1) return A.getIter(args[0]);
  if (args.length === 2) {
    if (!isCallable(args[0])) throw raise(EXC.TypeError, 'iter(v, w): v must be callable');
    return callIterHook.make(args[0], args[1]);
  }
  throw raise(EXC.TypeError, `iter expected ${args.length === 0 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
}
export const callIterHook = { make: (_f: number, _sentinel: number): number => 0 };

function nextFn(_s: number, args: number[]): number {
  if (args.length < 1 || args.length > 2) throw raise(EXC.TypeError, `next expected at ${args.length < 1 ? "least 1 argument" : "most 2 arguments"}, got ${args.length}`);
  const it = args[0];
  const t = TYPES[I32[(it >> 2) + 1]];
  if (!t.slots.iternext && typeLookup(t, '__next__') === 0) throw raise(EXC.TypeError, `'${t.name}' object is not an iterator`);
  if (t.isHeap) {
    const m = typeLookup(t, '__next__');
    try {
      return A.callUnbound(m, it, []);
    } catch (e) {
      if (args.length === 2 && e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.StopIteration)) {
        decref(e.exc);
        return incref(args[1]), args[1];
      }
      throw e;
    }
  }
  let v: number;
  try {
    v = nextHook.next(it);
  } catch (e) {
    // a StopIteration raised inside a builtin iterator's callback: the default, or propagate it
    if (args.length === 2 && e instanceof PyException && isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.StopIteration)) {
      decref(e.exc);
      return incref(args[1]), args[1];
    }
    throw e;
  }
  if (v !== 0) return v;
  if (args.length === 2) return incref(args[1]), args[1];
  throw nextHook.stop(it);
}
/** next() on generators must surface the return value as StopIteration(value): set by the VM. */
export const nextHook = {
  next: (it: number): number => A.iterNextRaw(it),
  stop: (_it: number): PyException => raise(EXC.StopIteration, null),
};

function idFn(_s: number, args: number[]): number {
  // the address reprs show (hexAddr): hex(id(o)) appears in repr(o), as in CPython
  return newInt(0x7f0000000000 + args[0]);
}

function hashFn(_s: number, args: number[]): number {
  const h = A.pyHashPython(args[0]);
  return typeof h === 'bigint' ? newIntBig(h) : newInt(h);
}

function isCallable(o: number): boolean {
  const t = TYPES[I32[(o >> 2) + 1]];
  const id = t.id;
  return !!t.slots.call || typeLookup(t, '__call__') !== 0 || id === T_FUNCTION || id === T_TYPE || id === T_BUILTIN_ID || id === T_METHOD_ID;
}

function callableFn(_s: number, args: number[]): number {
  return A.newBool(isCallable(args[0]));
}

/** The truth of `v`, releasing the reference (also when __bool__ raises). */
function truthSteal(v: number): boolean {
  try {
    return A.isTrue(v);
  } finally {
    decref(v);
  }
}

function anyAll(isAny: boolean) {
  return (_s: number, args: number[]): number => {
    const it = A.getIter(args[0]);
    try {
      for (;;) {
        const v = A.iterNext(it);
        if (v === 0) return A.newBool(!isAny);
        const b = truthSteal(v);
        if (b === isAny) return A.newBool(isAny);
      }
    } finally {
      decref(it);
    }
  };
}

function sortedFn(_s: number, args: number[], kw: KwArgs | null): number {
  if (args.length !== 1) throw raise(EXC.TypeError, `sorted expected 1 argument, got ${args.length}`);
  const l = listFromIterable(args[0]); // PySequence_List: sized as list(iterable)
  try {
    // then list.sort's own argument parsing; CPython's sorted() calls the new list's sort
    // method: a call that counts against the recursion limit while the key function runs
    const [keyO, revO] = parseArgs('sort', [], kw, ['key', 'reverse'], 0, 0, 0);
    const key = keyO === S.None ? 0 : keyO;
    const reverse = revO !== 0 && cIntArg(revO) !== 0;
    const ts = A.recursion.enter(' while calling a Python object');
    try {
      builtinsVm.sortList(l, key, reverse);
    } finally {
      ts.depth--;
    }
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

function reprFn(_s: number, args: number[]): number {
  return A.repr(args[0]);
}

function asciiFn(_s: number, args: number[]): number {
  return rt.ascii(args[0]);
}

function formatFn(_s: number, args: number[]): number {
  if (args.length < 1 || args.length > 2) throw raise(EXC.TypeError, `format expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
  const spec = args.length > 1 ? args[1] : 0;
  if (spec && I32[(spec >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `format() argument 2 must be str, not ${A.argTypeName(spec)}`);
  if (!spec) {
    const e = newStr('');
    try {
      return rt.format(args[0], e);
    } finally {
      decref(e);
    }
  }
  return rt.format(args[0], spec);
}

function varsFn(_s: number, args: number[]): number {
  if (args.length === 0) {
    const l = builtinsVm.currentLocals();
    return incref(l), l;
  }
  const o = args[0];
  const tid = I32[(o >> 2) + 1];
  if (tid === T_MODULE) {
    const d = I32[(o >> 2) + MOD_DICT];
    return incref(d), d;
  }
  if (isTypeObject(o)) return A.getAttrStr(o, '__dict__');
  const d = instanceDict(o, true);
  if (d !== 0) return incref(d), d;
  // functions, SimpleNamespace-like objects ...: whatever __dict__ gives
  const name = newStr('__dict__');
  try {
    const r = A.getAttrOrNull(o, name);
    if (r === 0) throw raise(EXC.TypeError, 'vars() argument must have __dict__ attribute');
    return r;
  } finally {
    decref(name);
  }
}

function dirFn(_s: number, args: number[]): number {
  let names: string[];
  if (args.length === 0) {
    names = dictKeys(builtinsVm.currentLocals()).map((k) => A.strJS(k)).sort();
  } else {
    const o = args[0];
    const t = TYPES[I32[(o >> 2) + 1]];
    const m = t.isHeap ? typeLookup(t, '__dir__') : 0;
    if (m !== 0 && I32[(m >> 2) + 1] === T_FUNCTION) {
      const r = A.callUnbound(m, o, []);
      const items = A.iterToArray(r);
      decref(r);
      const l = listFromSteal(items);
      builtinsVm.sortList(l, 0, false);
      return l;
    }
    names = dirNames(o);
  }
  return listFromSteal(names.map((n) => newStr(n)));
}

/**
 * __build_class__(func, name, *bases, metaclass=..., **kw), as CPython's: bases resolved through
 * __mro_entries__ (PEP 560), the most derived metaclass, its __prepare__ namespace, the class
 * body run in it, then metaclass(name, bases, ns, **kw) and the __class__ cell filled.
 */
function buildClass(_s: number, args: number[], kw: KwArgs | null): number {
  if (args.length < 2) throw raise(EXC.TypeError, '__build_class__: not enough arguments');
  const [fn, nameObj] = args;
  if (!isInstance(nameObj, typeObj(T_STR))) throw raise(EXC.TypeError, '__build_class__: name is not a string');
  const origBases = args.slice(2);
  let meta = 0;
  const extra: KwArgs = { names: [], values: [] };
  if (kw) {
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] === 'metaclass') meta = kw.values[i];
      else {
        extra.names.push(kw.names[i]);
        extra.values.push(kw.values[i]);
      }
    }
  }
  const kwOrNull = extra.names.length ? extra : null;
  const origTuple = tupleFrom(origBases);
  let bases: number[] | null;
  try {
    bases = resolveBases(origBases, origTuple);
  } catch (e) {
    decref(origTuple);
    throw e;
  }
  const bt = bases ? tupleFromSteal(bases) : (incref(origTuple), origTuple);
  let ns = 0;
  try {
    const baseList = tupleItems(bt);
    // the metaclass: explicit, else type(bases[0]); a class metaclass yields to a more derived one
    let isClass = true;
    if (meta === 0) meta = baseList.length ? TYPES[I32[(baseList[0] >> 2) + 1]].addr : typeObj(T_TYPE);
    else isClass = isTypeObject(meta);
    if (isClass) meta = calculateMetaclass(typeInfoOfTypeObject(meta), baseList).addr;
    if (meta === typeObj(T_TYPE)) ns = newDict();
    else {
      const prep = A.getAttrOrNull(meta, A.dictKeyStr('__prepare__'));
      if (prep === 0) ns = newDict();
      else {
        try {
          ns = A.call(prep, [nameObj, bt], kwOrNull);
        } finally {
          decref(prep);
        }
        if (A.lookupSpecial(ns, '__getitem__') === 0 && !TYPES[I32[(ns >> 2) + 1]].slots.getitem) {
          const mn = isClass ? typeInfoOfTypeObject(meta).name : '<metaclass>';
          throw raise(EXC.TypeError, `${mn}.__prepare__() must return a mapping, not ${A.typeName(ns)}`);
        }
      }
    }
    const cell = builtinsVm.runClassBody(fn, ns);
    try {
      if (bases) A.setItem(ns, A.dictKeyStr('__orig_bases__'), origTuple);
      let cls: number;
      if (meta === typeObj(T_TYPE)) {
        // type(name, bases, ns) through tp_call: its argument tuple lives while the class is made
        const held = tpCallArgsBegin([nameObj, bt, ns], kwOrNull && kwOrNull.names.length ? kwOrNull : null);
        try {
          cls = typeNew(strValue(nameObj), baseList.map((b) => typeInfoOfTypeObject(b)), ns, null, kwOrNull, bt);
        } finally {
          tpCallArgsEnd(held);
        }
      }
      else cls = A.call(meta, [nameObj, bt, ns], kwOrNull);
      if (cell !== 0 && cell !== S.None && I32[(cell >> 2) + 1] === T_CELL) {
        const old = I32[(cell >> 2) + 2];
        incref(cls);
        I32[(cell >> 2) + 2] = cls;
        xdecref(old);
      }
      return cls;
    } finally {
      xdecref(cell);
    }
  } finally {
    xdecref(ns);
    decref(bt);
    decref(origTuple);
  }
}

/**
 * update_bases (PEP 560): each base that is not a class but has __mro_entries__ is replaced by
 * the tuple that method returns. New references, or null when nothing changed.
 */
function resolveBases(bases: number[], basesTuple: number): number[] | null {
  let out: number[] | null = null;
  try {
    for (let i = 0; i < bases.length; i++) {
      const b = bases[i];
      const meth = isTypeObject(b) ? 0 : A.getAttrOrNull(b, A.dictKeyStr('__mro_entries__'));
      if (meth === 0) {
        if (out) out.push((incref(b), b));
        continue;
      }
      let entries: number;
      try {
        entries = A.call(meth, [basesTuple]);
      } finally {
        decref(meth);
      }
      if (!isInstance(entries, typeObj(T_TUPLE))) {
        decref(entries);
        throw raise(EXC.TypeError, '__mro_entries__ must return a tuple');
      }
      if (!out) out = bases.slice(0, i).map((x) => (incref(x), x));
      for (const e of tupleItems(entries)) out.push((incref(e), e));
      decref(entries);
    }
    return out;
  } catch (e) {
    if (out) for (const x of out) decref(x);
    throw e;
  }
}

function globalsFn(): number {
  const g = builtinsVm.currentGlobals();
  return incref(g), g;
}

function localsFn(): number {
  const l = builtinsVm.currentLocals();
  return incref(l), l;
}

function inputFn(_s: number, args: number[]): number {
  // the prompt goes to sys.stdout and the line comes from sys.stdin, real or replaced
  const out = streamHooks.stdout();
  if (out === 0 || streamHooks.kind(out) !== 0) {
    if (args.length) stdoutWrite(A.strJS(args[0]));
    flushStdout();
  } else if (out !== S.None) {
    if (args.length) writeTo(out, A.strJS(args[0]));
    const fl = A.getAttrOrNull(out, A.dictKeyStr('flush'));
    if (fl !== 0) {
      try {
        decref(A.call(fl, []));
      } finally {
        decref(fl);
      }
    }
  }
  const inp = streamHooks.stdin();
  let line: string;
  if (inp === 0 || inp === streamHooks.stdinObj()) {
    line = stdinReadLine();
  } else {
    if (inp === S.None) throw raise(EXC.RuntimeError, 'input(): lost sys.stdin');
    const r = callMethodStr(inp, 'readline', []);
    try {
      if (I32[(r >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `object.readline() returned non-string`);
      line = strValue(r);
    } finally {
      decref(r);
    }
  }
  if (line === '') throw raise(EXC.EOFError, 'EOF when reading a line');
  return newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
}

const OPEN_PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

/** open(): io.open (lib/io.py), imported on first use as CPython's builtins.open is io.open. */
function openFn(_self: number, args: number[], kw: KwArgs | null): number {
  parseArgs('open', args, kw, OPEN_PARAMS, 1);
  const f = importedAttr('io', 'open');
  try {
    return A.call(f, args, kw);
  } finally {
    decref(f);
  }
}

/** Fill the builtins dict. */
export function initBuiltins(d: number): void {
  typeHooks.currentGlobals = () => builtinsVm.currentGlobals();
  const put = (name: string, v: number) => {
    const k = internSteal(newStr(name));
    dictSet(d, k, v);
    decref(k);
  };
  defFunction(d, 'print', print, { kw: true, packArgs: 'tuple' });
  defFunction(d, 'len', (_s, a) => newInt(A.length(a[0])), { nargs: 1 });
  defFunction(d, 'repr', reprFn, { nargs: 1 });
  defFunction(d, 'ascii', asciiFn, { nargs: 1 });
  defFunction(d, 'abs', (_s, a) => absolute(a[0]), { nargs: 1 });
  defFunction(d, 'min', (_s, a, kw) => minmax('min', a, kw, op.CMP_LT), { kw: true, packArgs: 'kw' });
  defFunction(d, 'max', (_s, a, kw) => minmax('max', a, kw, op.CMP_GT), { kw: true, packArgs: 'kw' });
  defFunction(d, 'sum', sum, { kw: true });
  defFunction(d, 'any', anyAll(true), { nargs: 1 });
  defFunction(d, 'all', anyAll(false), { nargs: 1 });
  defFunction(d, 'sorted', sortedFn, { kw: true });
  defFunction(d, 'isinstance', (_s, a) => A.newBool(isInstance(a[0], a[1])), { nargs: 2 });
  defFunction(d, 'issubclass', (_s, a) => A.newBool(isSubclass(a[0], a[1])), { nargs: 2 });
  defFunction(d, 'getattr', getattrFn);
  defFunction(d, 'setattr', (_s, a) => {
    const n = internSteal((incref(nameArg(a[1])), a[1]));
    try {
      if (isTypeObject(a[0])) A.setAttr(a[0], n, a[2]);
      else A.setAttr(a[0], n, a[2]);
    } finally {
      decref(n);
    }
    return A.retNone();
  }, { nargs: 3 });
  defFunction(d, 'hasattr', (_s, a) => {
    const r = A.getAttrOrNull(a[0], nameArg(a[1]));
    if (r === 0) return A.newBool(false);
    decref(r);
    return A.newBool(true);
  }, { nargs: 2 });
  defFunction(d, 'delattr', (_s, a) => {
    if (isTypeObject(a[0])) A.delAttr(a[0], nameArg(a[1]));
    else A.delAttr(a[0], nameArg(a[1]));
    return A.retNone();
  }, { nargs: 2 });
  defFunction(d, 'id', idFn, { nargs: 1 });
  defFunction(d, 'hash', hashFn, { nargs: 1 });
  defFunction(d, 'callable', callableFn, { nargs: 1 });
  defFunction(d, 'iter', iterFn);
  defFunction(d, 'next', nextFn);
  defFunction(d, 'chr', chrFn, { nargs: 1 });
  defFunction(d, 'ord', ordFn, { nargs: 1 });
  defFunction(d, 'hex', baseConv(16), { nargs: 1 });
  defFunction(d, 'oct', baseConv(8), { nargs: 1 });
  defFunction(d, 'bin', baseConv(2), { nargs: 1 });
  defFunction(d, 'round', roundFn, { kw: true });
  defFunction(d, 'divmod', divmodFn, { nargs: 2 });
  defFunction(d, 'pow', powFn, { kw: true });
  defFunction(d, 'format', formatFn);
  defFunction(d, 'vars', varsFn, { nargs: [0, 1] });
  defFunction(d, 'dir', dirFn, { nargs: [0, 1] });
  defFunction(d, 'globals', globalsFn, { nargs: 0 });
  defFunction(d, 'locals', localsFn, { nargs: 0 });
  defFunction(d, 'input', inputFn, { nargs: [0, 1] });
  defFunction(d, 'open', openFn, { kw: true });
  defFunction(d, '__build_class__', buildClass, { kw: true });
  const types: [string, number][] = [['object', T_OBJECT], ['type', T_TYPE], ['int', T_INT], ['bool', T_BOOL], ['float', T_FLOAT],
    ['str', T_STR], ['tuple', T_TUPLE], ['list', T_LIST], ['dict', T_DICT], ['set', T_SET], ['frozenset', T_FROZENSET],
    ['range', T_RANGE], ['slice', T_SLICE], ['property', T_PROPERTY], ['staticmethod', T_STATICMETHOD],
    ['classmethod', T_CLASSMETHOD], ['super', T_SUPER], ['enumerate', T_ENUMERATE], ['zip', T_ZIP], ['map', T_MAP],
    ['filter', T_FILTER], ['reversed', T_REVERSED], ['bytes', T_BYTES], ['complex', T_COMPLEX]];
  for (const [n, id] of types) put(n, TYPES[id].addr);
  put('None', S.None);
  put('True', S.True);
  put('False', S.False);
  put('NotImplemented', S.NotImplemented);
  put('Ellipsis', S.Ellipsis);
  put('__debug__', S.True);
  for (const name of Object.keys(EXC)) put(name, EXC[name].addr);
  put('EnvironmentError', EXC.OSError.addr);
  put('IOError', EXC.OSError.addr);
}

export { F64, intNumber, intIsSmall, tupleItems, listAppend, listAppendSteal, newList, dictGet, dictGetStr, dictCopy, newFloat, codeOf, FN_CODE, FN_GLOBALS, intHash, tupleFromSteal };
