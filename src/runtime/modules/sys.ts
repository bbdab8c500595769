// The `sys` module: argv, version, streams, exit, reference counts, sizes, interning, the
// recursion limit and the GIL switch interval.

import { I32, F64, TYPES, T_STR, T_INT, T_BOOL, T_FLOAT, T_NONE, T_ELLIPSIS, T_NOTIMPL, T_RANGE, T_SLICE, T_FUNCTION, T_CELL, T_METHOD,
  T_PROPERTY, T_STATICMETHOD, T_CLASSMETHOD, T_LIST_ITER, T_TUPLE_ITER, T_RANGE_ITER, T_STR_ITER, T_DICT_KEYITER, T_DICT_VALUEITER,
  T_DICT_ITEMITER, T_SET_ITER, T_ENUMERATE, T_ZIP, T_MAP, T_FILTER, T_LIST_REVITER, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS, T_WEAKREF,
  T_OBJECT, T_BUILTIN, T_TUPLE, T_LIST, T_BYTES, T_DICT, T_SET, T_FROZENSET, T_COMPLEX, T_WEAKPROXY, T_MODULE, T_SUPER, type TypeInfo, newTypeInfo, allocObject, freeObject, decref, incref, GC_NEXT, newSlots } from '../object.js';
import { newInt, newIntBig, intNumber, intBig } from '../objects/int.js';
import { tupleSize } from '../objects/tuple.js';
import { LIST_ALLOC } from '../objects/list.js';
import { isByteArray, bytesSize, BA_ALLOC } from '../objects/bytes.js';
import { D_MASK, D_USED, D_NENTRIES, DICT_MINSIZE, dictKeys } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { newStr, strValue, internSteal, STR_FLAGS, STR_INTERNED } from '../objects/str.js';
import { tupleFromSteal } from '../objects/tuple.js';
import { listFromSteal } from '../objects/list.js';
import { newDict, dictSet, dictCopy, dictGetStr } from '../objects/dict.js';
import { raise, EXC, newExceptionObject, PyException, EXC_VALUE, isSubtype } from '../objects/exception.js';
import { allocTypeObject, setBasesAndMro, allocTypeId, typeInfoOfTypeObject } from '../objects/type.js';
import { weakrefKinds } from '../gc/weakref.js';
import { blockSize } from '../mem/obmalloc.js';
import { getAllocatedBlocks, debugMallocStats } from '../mem/stats.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { defFunction, defMethod, parseArgs } from '../builtins/define.js';
import { getIntMaxStrDigits, setIntMaxStrDigits } from '../objects/numfmt.js';
import { typeLookup } from '../objects/type.js';
import { PyErr } from '../objects/pyerr.js';
import { stdoutWrite, stderrWrite, flushStdout, stdinReadLine, stdinRead } from '../builtins/io.js';
import { streamHooks } from '../builtins/builtins.js';
import { newModule, moduleDict } from '../types.js';
import { tupleFrom } from '../objects/tuple.js';
import { GC_HEAD_SIZE } from '../object.js';

export const sysState = {
  switchInterval: 0.005,
  recursionLimitSetter: (_n: number): void => {},
  recursionLimitGetter: (): number => 1000,
  excInfo: (): number => 0,
  onSwitchInterval: (_s: number): void => {},
  extraMallocStats: (): string[] => [],
  getFrame: (_depth: number): number => 0,
  /** What sys.excepthook's default prints (the interpreter's uncaught-exception report). */
  displayException: (_type: number, _value: number, _tb: number): void => {},
  /** The builtin sys.excepthook (sys.__excepthook__): uncaught exceptions skip the call to it. */
  defaultExceptHook: 0,
  /** What sys.unraisablehook's default prints for a sys.UnraisableHookArgs tuple. */
  displayUnraisable: (_args: number): void => {},
  /** The builtin sys.unraisablehook (sys.__unraisablehook__). */
  defaultUnraisableHook: 0,
  /** The struct sequence type of sys.unraisablehook's argument (UnraisableHookArgs). */
  unraisableArgsType: 0,
  /** Set by the interpreter's shutdown once the atexit callbacks ran (sys.is_finalizing()). */
  finalizing: false,
};

let streamType: TypeInfo | null = null;
let stdoutObj = 0, stderrObj = 0, stdinObj = 0;


/** The sys module's dict once sys exists (print() and input() consult sys.stdout/sys.stdin). */
export const sysDictRef = { d: 0 };

/** Runs Python source in a dict (the VM fills it; weakref's module uses the same service). */
export const sysPyHook = { exec: (_src: string, _name: string, _globals: number): void => {} };

/** sys.<name> (borrowed), or `dflt` before sys is imported / when it is missing. */
export function sysAttr(name: string, dflt: number): number {
  if (sysDictRef.d === 0) return dflt;
  return dictGetStr(sysDictRef.d, name) || dflt;
}

export function realStdout(): number {
  return stdoutObj;
}

export function realStdin(): number {
  return stdinObj;
}

function makeStreams(): void {
  const t = newTypeInfo(allocTypeId(), '_io.TextIOWrapper', TYPES[1], 12, false);
  t.slots = newSlots();
  t.baseType = false;
  allocTypeObject(t, '_io.TextIOWrapper');
  setBasesAndMro(t, [TYPES[1]], [t, TYPES[1]]);
  t.dealloc = freeObject;
  streamType = t;
  const mk = (fd: number) => {
    const a = allocObject(t.id, 12);
    I32[(a >> 2) + 2] = fd;
    I32[a >> 2] = 1 << 28;
    return a;
  };
  stdoutObj = mk(1);
  stderrObj = mk(2);
  stdinObj = mk(0);
  const fdOf = (self: number) => I32[(self >> 2) + 2];
  const notReadable = () => raise(EXC.OSError, 'not readable');
  defMethod(t.id, 'readline', (self, args) => {
    if (fdOf(self) !== 0) throw notReadable();
    const n = args.length && args[0] !== S.None ? intNumber(args[0]) : -1;
    return newStr(stdinReadLine(n));
  }, { nargs: [0, 1] });
  defMethod(t.id, 'read', (self, args) => {
    if (fdOf(self) !== 0) throw notReadable();
    return newStr(stdinRead(args.length && args[0] !== S.None ? intNumber(args[0]) : -1));
  }, { nargs: [0, 1] });
  defMethod(t.id, 'readlines', (self) => {
    if (fdOf(self) !== 0) throw notReadable();
    const lines: number[] = [];
    for (let l = stdinReadLine(); l !== ''; l = stdinReadLine()) lines.push(newStr(l));
    return listFromSteal(lines);
  }, { nargs: [0, 1] });
  defMethod(t.id, 'readable', (self) => A.newBool(fdOf(self) === 0), { nargs: 0 });
  defMethod(t.id, 'writable', (self) => A.newBool(fdOf(self) !== 0), { nargs: 0 });
  t.slots.iter = (self) => (incref(self), self);
  t.slots.iternext = (self) => {
    if (fdOf(self) !== 0) throw notReadable();
    const l = stdinReadLine();
    return l === '' ? 0 : newStr(l);
  };
  t.slots.getattr = (self, name) => {
    switch (strValue(name)) {
      case 'name': return newStr(['<stdin>', '<stdout>', '<stderr>'][fdOf(self)]);
      case 'mode': return newStr(fdOf(self) === 0 ? 'r' : 'w');
      case 'encoding': return newStr('utf-8');
      case 'errors': return newStr(fdOf(self) === 2 ? 'backslashreplace' : 'strict');
      case 'closed': return A.newBool(false);
      case 'line_buffering': return A.newBool(false);
    }
    return A.genericGetAttr(self, name, t);
  };
  const write = (self: number, s: number): void => {
    if (I32[(s >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `write() argument must be str, not ${A.argTypeName(s)}`);
    const text = strValue(s);
    // one C-level call below TextIOWrapper.write in CPython: it counts against the recursion limit
    A.recursion.enter(' while calling a Python object').depth--;
    if (I32[(self >> 2) + 2] === 1) stdoutWrite(text);
    else if (I32[(self >> 2) + 2] === 2) stderrWrite(text);
    else throw raise(EXC.OSError, 'not writable');
  };
  defMethod(t.id, 'write', (self, args) => {
    write(self, args[0]);
    return newInt(I32[(args[0] >> 2) + 5]);
  }, { nargs: 1 });
  // IOBase.writelines: write() each item of the iterable, in turn
  defMethod(t.id, 'writelines', (self, args) => {
    const it = A.getIter(args[0]);
    try {
      for (let s = A.iterNext(it); s !== 0; s = A.iterNext(it)) {
        try {
          write(self, s);
        } finally {
          decref(s);
        }
      }
    } finally {
      decref(it);
    }
    return A.retNone();
  }, { nargs: 1 });
  defMethod(t.id, 'flush', () => (flushStdout(), A.retNone()), { nargs: 0 });
  defMethod(t.id, 'isatty', () => A.newBool(false), { nargs: 0 });
  defMethod(t.id, 'fileno', (self) => newInt(I32[(self >> 2) + 2]), { nargs: 0 });
  t.slots.repr = (self) => newStr([
    "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>",
    "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>",
    "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"][I32[(self >> 2) + 2]]);
  streamHooks.kind = (f) => (f === stdoutObj ? 1 : f === stderrObj ? 2 : 0);
  streamHooks.stdout = () => sysAttr('stdout', stdoutObj);
  streamHooks.stdin = () => sysAttr('stdin', stdinObj);
  streamHooks.stdinObj = () => stdinObj;
}

/** sys.getsizeof: the size CPython 3.11 (64-bit) reports for the object, computed from the
 * object's state (length, capacity, table size) with CPython's struct sizes; objects of other
 * types report the size of the heap block actually in use. */
/** A __sizeof__ written in Python (not a builtin type's): sys.getsizeof calls it. */
function userSizeof(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (!t.isHeap) return -1;
  const m = typeLookup(t, '__sizeof__');
  if (m === 0 || I32[(m >> 2) + 1] !== T_FUNCTION) return -1;
  const r = A.callUnbound(m, o, []);
  const rt = TYPES[I32[(r >> 2) + 1]];
  if (!isSubtype(rt, TYPES[T_INT])) {
    decref(r);
    throw raise(EXC.TypeError, 'an integer is required');
  }
  const v = intBig(r);
  decref(r);
  if (v < 0n) throw raise(EXC.ValueError, '__sizeof__() should return >= 0');
  // plus the GC header, and the managed dict's pre-header of a plain instance (3.11)
  let solid = t;
  while (solid.isHeap && solid.base) solid = solid.base;
  const varSized = [T_TUPLE, T_INT, T_BOOL, T_BYTES, T_STR].includes(solid.id);
  return Number(v) + GC_HEAD + (t.dictOffset && !solid.dictOffset && !varSized ? GC_HEAD : 0);
}

function getsizeof(o: number): number {
  const u = userSizeof(o);
  if (u >= 0) return u;
  const c = cpythonSizeof(o);
  if (c >= 0) return c;
  const t = TYPES[I32[(o >> 2) + 1]];
  let n: number;
  try {
    n = blockSize(t.isGC ? o - GC_HEAD_SIZE : o);
  } catch {
    n = t.basicsize;
  }
  return n;
}

const GC_HEAD = 16;
/** Builtin types with items in the object (tp_itemsize != 0): no managed dict after them. */
const VAR_SIZED = new Set([T_TUPLE, T_INT, T_BOOL, T_BYTES, T_STR]);
/** CPython's basic sizes (tp_basicsize) of fixed-size builtin objects, GC header excluded. */
const CPY_FIXED: Record<number, number> = {
  [T_NONE]: 16, [T_ELLIPSIS]: 16, [T_NOTIMPL]: 16, [T_FLOAT]: 24, [T_COMPLEX]: 32, [T_RANGE]: 48, [T_SLICE]: 40, [T_FUNCTION]: 136,
  [T_CELL]: 24, [T_METHOD]: 48, [T_PROPERTY]: 64, [T_STATICMETHOD]: 32, [T_CLASSMETHOD]: 32, [T_LIST_ITER]: 32,
  [T_TUPLE_ITER]: 32, [T_RANGE_ITER]: 48, [T_STR_ITER]: 32, [T_DICT_KEYITER]: 56, [T_DICT_VALUEITER]: 56,
  [T_DICT_ITEMITER]: 56, [T_SET_ITER]: 48, [T_ENUMERATE]: 56, [T_ZIP]: 48, [T_MAP]: 32, [T_FILTER]: 32,
  [T_LIST_REVITER]: 32, [T_DICT_KEYS]: 24, [T_DICT_VALUES]: 24, [T_DICT_ITEMS]: 24, [T_WEAKREF]: 64, [T_OBJECT]: 16, [T_BUILTIN]: 56,
  [T_WEAKPROXY]: 64, [T_MODULE]: 56, [T_SUPER]: 40,
};
/** CPython's tp_basicsize of the builtin exception types that add fields to BaseException (72). */
const CPY_EXC_SIZE: Record<string, number> = {
  StopIteration: 80, SystemExit: 80, NameError: 80, UnboundLocalError: 80, AttributeError: 88, BaseExceptionGroup: 88,
  ExceptionGroup: 96, ImportError: 96, ModuleNotFoundError: 96, SyntaxError: 136, IndentationError: 136, TabError: 136,
  UnicodeEncodeError: 112, UnicodeDecodeError: 112, UnicodeTranslateError: 112,
};

function cpyExceptionSize(t: TypeInfo): number {
  for (let b: TypeInfo | null = t; b !== null; b = b.mro[1] ?? null) {
    if (b.name in CPY_EXC_SIZE && !b.isHeap) return CPY_EXC_SIZE[b.name];
    if (b.name === 'OSError' && !b.isHeap) return 112;
  }
  return 72;
}

/** sizeof(PyTypeObject) and sizeof(PyHeapTypeObject); a class whose instances have a managed
 * __dict__ adds its cached shared-keys object (64 slots: 32 + 64 + 42 * 16 bytes). */
const CPY_TYPE_SIZE = 408, CPY_HEAPTYPE_SIZE = 904, CPY_CACHED_KEYS_SIZE = 768;

/** Fixed-size builtin types whose objects are GC-tracked in CPython (their size includes the GC header). */
const CPY_GC = new Set([T_FUNCTION, T_CELL, T_METHOD, T_PROPERTY, T_STATICMETHOD, T_CLASSMETHOD, T_LIST_ITER, T_TUPLE_ITER,
  T_STR_ITER, T_DICT_KEYITER, T_DICT_VALUEITER, T_DICT_ITEMITER, T_SET_ITER, T_ENUMERATE, T_ZIP, T_MAP, T_FILTER,
  T_LIST_REVITER, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS, T_WEAKREF, T_SLICE, T_BUILTIN, T_WEAKPROXY, T_MODULE, T_SUPER]);

/** CPython 3.11's sys.getsizeof(o) for the builtin types pyvm lays out as CPython does; -1 otherwise. */
function cpythonSizeof(o: number): number {
  const tid = I32[(o >> 2) + 1];
  const t = TYPES[tid];
  let solid = t;
  while (solid.isHeap && solid.base) solid = solid.base;
  let base: number;
  if (isByteArray(o)) {
    const alloc = I32[(o >> 2) + BA_ALLOC];
    return 56 + (alloc ? Math.max(alloc, bytesSize(o) + 1) : 0);
  }
  if (t.isMeta) {
    // a class: PyTypeObject, or PyHeapTypeObject and the shared keys of its instances' dicts
    const c = typeInfoOfTypeObject(o);
    if (!c.isHeap) return CPY_TYPE_SIZE + GC_HEAD;
    let cs = c;
    while (cs.isHeap && cs.base) cs = cs.base;
    const managed = c.dictOffset !== 0 && !cs.dictOffset && !cs.isException && (cs.id === T_STR || !VAR_SIZED.has(cs.id));
    return CPY_HEAPTYPE_SIZE + GC_HEAD + (managed ? CPY_CACHED_KEYS_SIZE : 0);
  }
  if (t.isException) {
    let extra = 0;
    if (t.isHeap) {
      // a class adds a __weakref__ slot (BaseException has none) and its __slots__
      if (t.weaklistOffset && !solid.weaklistOffset) extra += 8;
      if (t.slotOffsets) extra += 8 * (t.slotOffsets.size - (solid.slotOffsets?.size ?? 0));
    }
    return cpyExceptionSize(solid) + extra + GC_HEAD;
  }
  if (tid === weakrefKinds.callProxy) return CPY_FIXED[T_WEAKPROXY] + GC_HEAD;
  if (tid === solid.id && t.name === 'memoryview') return 168 + GC_HEAD; // one dimension: shape, strides, suboffsets
  switch (solid.id) {
    case T_INT: case T_BOOL: {
      const v = intBig(o);
      const bits = (v < 0n ? -v : v).toString(2).length;
      base = 24 + 4 * Math.max(1, v === 0n ? 0 : Math.ceil(bits / 30));
      break;
    }
    case T_STR: {
      const text = strValue(o);
      let max = 0, n = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        if (cp > max) max = cp;
        n++;
      }
      base = max < 128 ? 48 + n + 1 : 72 + (n + 1) * (max < 256 ? 1 : max < 65536 ? 2 : 4);
      break;
    }
    case T_TUPLE: base = 24 + 8 * tupleSize(o) + GC_HEAD; break;
    case T_LIST: base = 40 + 8 * I32[(o >> 2) + LIST_ALLOC] + GC_HEAD; break;
    case T_BYTES: base = 33 + bytesSize(o); break;
    case T_DICT: {
      const w = o >> 2;
      const size = I32[w + D_MASK] + 1;
      if (I32[w + D_USED] === 0 && I32[w + D_NENTRIES] === 0 && size === DICT_MINSIZE) {
        base = 48 + GC_HEAD; // CPython's empty dict shares the immortal empty keys object
        break;
      }
      let unicode = true;
      for (const k of dictKeys(o)) if (I32[(k >> 2) + 1] !== T_STR) unicode = false;
      const ix = size <= 128 ? 1 : size <= 65536 ? 2 : 4;
      base = 48 + 32 + size * ix + Math.floor((size << 1) / 3) * (unicode ? 16 : 24) + GC_HEAD;
      break;
    }
    case T_SET: case T_FROZENSET: {
      const size = I32[(o >> 2) + 4] + 1;
      base = 200 + (size > 8 ? size * 16 : 0) + GC_HEAD;
      break;
    }
    default:
      if (solid.id in CPY_FIXED) {
        base = CPY_FIXED[solid.id] + (CPY_GC.has(solid.id) ? GC_HEAD : 0);
        break;
      }
      return -1;
  }
  if (!t.isHeap) return base;
  if (solid.id === T_INT) return base + GC_HEAD; // int.__sizeof__ ignores the subclass's dict slot
  if (solid.id === T_STR) {
    // a str subclass instance is not a compact string: PyUnicodeObject, then its own buffer
    const text = strValue(o);
    let max = 0, n = 0;
    for (const ch of text) {
      max = Math.max(max, ch.codePointAt(0)!);
      n++;
    }
    return 80 + (n + 1) * (max < 256 ? 1 : max < 65536 ? 2 : 4) + GC_HEAD + (t.dictOffset ? GC_HEAD : 0);
  }
  // an instance of a class: the base's size, then the class's slots, __weakref__ and __dict__
  // (a managed dict lives before the object, as CPython 3.11's Py_TPFLAGS_MANAGED_DICT)
  let extra = 0;
  if (solid.id === T_OBJECT) base += GC_HEAD;
  if (t.slotOffsets) extra += 8 * (t.slotOffsets.size - (solid.slotOffsets?.size ?? 0));
  const varSized = VAR_SIZED.has(solid.id);
  if (t.weaklistOffset && !solid.weaklistOffset && !varSized) extra += 8; // no __weakref__ slot after variable-size bases
  if (t.dictOffset && !solid.dictOffset) extra += varSized ? 8 : 16;
  return base + extra;
}

export function makeSysModule(argv: string[]): number {
  if (!streamType) makeStreams();
  const m = newModule('sys');
  const d = moduleDict(m);
  const put = (name: string, v: number) => {
    const k = internSteal(newStr(name));
    dictSet(d, k, v);
    decref(k);
    decref(v);
  };
  put('argv', listFromSteal(argv.map((a) => newStr(a))));
  put('version', newStr('3.11.7 (pyvm) [TypeScript on Node.js ' + process.versions.node + ']'));
  put('hexversion', newInt(0x030b07f0));
  put('maxsize', newIntBig(9223372036854775807n));
  put('maxunicode', newInt(0x10ffff));
  put('byteorder', newStr('little'));
  put('platform', newStr('linux'));
  put('implementation_name', newStr('pyvm'));
  put('float_repr_style', newStr('short'));
  put('api_version', newInt(1013));
  put('executable', newStr(process.execPath));
  put('path', listFromSteal([newStr('')]));
  put('float_info_dig', newInt(15));
  incref(stdoutObj);
  put('stdout', stdoutObj);
  incref(stderrObj);
  put('stderr', stderrObj);
  incref(stdoutObj);
  put('__stdout__', stdoutObj);
  incref(stdinObj);
  put('stdin', stdinObj);
  incref(stdinObj);
  put('__stdin__', stdinObj);
  incref(stderrObj);
  put('__stderr__', stderrObj);
  defFunction(d, 'exit', (_s, args) => {
    const arg = args.length ? args[0] : S.None;
    const t = tupleFrom(args.length ? [arg] : []);
    const e = newExceptionObject(EXC.SystemExit, t);
    decref(t);
    incref(arg);
    I32[(e >> 2) + EXC_VALUE] = arg;
    throw new PyException(e);
  }, { nargs: [0, 1] });
  defFunction(d, 'getrefcount', (_s, args) => newInt(I32[args[0] >> 2]), { nargs: 1 });
  defFunction(d, 'getsizeof', (_s, args, kw) => {
    if (args.length === 0 && (kw === null || !kw.names.includes('object'))) {
      throw raise(EXC.TypeError, "getsizeof() missing required argument 'object' (pos 1)");
    }
    const [o, dflt] = parseArgs('getsizeof', args, kw, ['object', 'default'], 1);
    try {
      return newInt(getsizeof(o));
    } catch (e) {
      // a __sizeof__ that fails with TypeError gives the default, when there is one
      if (dflt === 0 || !(e instanceof PyException) || !isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.TypeError)) throw e;
      decref(e.exc);
      incref(dflt);
      return dflt;
    }
  }, { kw: true });
  defFunction(d, 'intern', (_s, args) => {
    const s = args[0];
    if (I32[(s >> 2) + 1] !== T_STR) {
      // a str subclass passes the argument check but cannot be interned
      if (isSubtype(TYPES[I32[(s >> 2) + 1]], TYPES[T_STR])) throw raise(EXC.TypeError, `can't intern ${A.typeName(s)}`);
      throw raise(EXC.TypeError, `intern() argument must be str, not ${A.typeName(s)}`);
    }
    incref(s);
    return internSteal(s);
  }, { nargs: 1 });
  defFunction(d, '_is_interned', (_s, args) => A.newBool((I32[(args[0] >> 2) + STR_FLAGS] & STR_INTERNED) !== 0), { nargs: 1 });
  defFunction(d, 'getrecursionlimit', () => newInt(sysState.recursionLimitGetter()), { nargs: 0 });
  defFunction(d, 'setrecursionlimit', (_s, args) => {
    const v = args[0];
    const tv = I32[(v >> 2) + 1];
    if (tv !== T_INT && tv !== T_BOOL) throw raise(EXC.TypeError, `'${A.typeName(v)}' object cannot be interpreted as an integer`);
    const n = intNumber(v);
    if (n >= 2 ** 31 || n < -(2 ** 31)) throw raise(EXC.OverflowError, 'Python int too large to convert to C int');
    if (n < 1) throw raise(EXC.ValueError, 'recursion limit must be greater or equal than 1');
    sysState.recursionLimitSetter(n);
    return A.retNone();
  }, { nargs: 1 });
  defFunction(d, 'getswitchinterval', () => newFloat(sysState.switchInterval), { nargs: 0 });
  defFunction(d, 'setswitchinterval', (_s, args) => {
    const v = args[0];
    const tv = I32[(v >> 2) + 1];
    if (tv !== T_FLOAT && tv !== T_INT && tv !== T_BOOL) throw raise(EXC.TypeError, `must be real number, not ${A.typeName(v)}`);
    const x = tv === T_FLOAT ? F64[(v >> 3) + 1] : intNumber(v);
    if (!(x > 0)) throw raise(EXC.ValueError, 'switch interval must be strictly positive');
    // CPython stores (unsigned long)(1e6 * x) microseconds
    const us = Number.isFinite(x) ? Math.floor(1e6 * x) : 0;
    sysState.switchInterval = us * 1e-6;
    sysState.onSwitchInterval(sysState.switchInterval);
    return A.retNone();
  }, { nargs: 1 });
  defFunction(d, 'exc_info', () => {
    const e = sysState.excInfo();
    if (e === 0) return tupleFromSteal([A.retNone(), A.retNone(), A.retNone()]);
    incref(e);
    const tb = I32[(e >> 2) + 5] || S.None;
    incref(tb);
    const t = TYPES[I32[(e >> 2) + 1]].addr;
    incref(t);
    return tupleFromSteal([t, e, tb]);
  }, { nargs: 0 });
  defFunction(d, 'exception', () => {
    const e = sysState.excInfo() || S.None;
    incref(e);
    return e;
  }, { nargs: 0 });
  defFunction(d, 'getallocatedblocks', () => newInt(getAllocatedBlocks()), { nargs: 0 });
  defFunction(d, '_debugmallocstats', () => {
    flushStdout();
    stderrWrite(debugMallocStats(sysState.extraMallocStats()));
    return A.retNone();
  }, { nargs: 0 });
  defFunction(d, '_getframe', (_s, args) => sysState.getFrame(args.length ? intNumber(args[0]) : 0), { nargs: [0, 1] });
  // excepthook(type, value, traceback): print an uncaught exception; __excepthook__ keeps it
  const hook = defFunction(d, 'excepthook', (_s, args) => {
    sysState.displayException(args[0], args[1], args[2]);
    return A.retNone();
  }, { nargs: 3 });
  sysState.defaultExceptHook = hook;
  put('__excepthook__', (incref(hook), hook));
  // unraisablehook(unraisable): report an exception raised where nothing can catch it
  const uhook = defFunction(d, 'unraisablehook', (_s, args) => {
    const u = args[0];
    if (!isSubtype(TYPES[I32[(u >> 2) + 1]], TYPES[T_TUPLE])) throw raise(EXC.TypeError, 'sys.unraisablehook argument type must be UnraisableHookArgs');
    sysState.displayUnraisable(u);
    return A.retNone();
  }, { nargs: 1 });
  sysState.defaultUnraisableHook = uhook;
  put('__unraisablehook__', (incref(uhook), uhook));
  // the int <-> str conversion limit of 3.11 (objects/numfmt.ts applies it)
  defFunction(d, 'get_int_max_str_digits', () => newInt(getIntMaxStrDigits()), { nargs: 0 });
  defFunction(d, 'set_int_max_str_digits', (_s, args, kw) => {
    // argument clinic: the missing argument is reported before an unknown keyword
    if (args.length === 0 && !(kw && kw.names.includes('maxdigits'))) {
      throw raise(EXC.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    }
    const [n] = parseArgs('set_int_max_str_digits', args, kw, ['maxdigits'], 1);
    const t = I32[(n >> 2) + 1];
    if (t !== T_INT && t !== T_BOOL) throw raise(EXC.TypeError, `'${A.typeName(n)}' object cannot be interpreted as an integer`);
    try {
      setIntMaxStrDigits(intNumber(n));
    } catch (e) {
      if (e instanceof PyErr) throw raise(EXC[e.pyType] ?? EXC.SystemError, e.message);
      throw e;
    }
    return A.retNone();
  }, { kw: true });
  defFunction(d, 'is_finalizing', () => A.newBool(sysState.finalizing), { nargs: 0 });
  defFunction(d, 'getdefaultencoding', () => newStr('utf-8'), { nargs: 0 });
  put('modules', (incref(sysModulesRef.d), sysModulesRef.d));
  structSeqs(d);
  sysDictRef.d = d;
  // CPython 3.11 keeps a copy of sys's initial dict (interp->sysdict_copy, used to restore sys at
  // shutdown): its entries carry one more reference, visible through sys.getrefcount.
  sysDictCopy = dictCopy(d);
  void newDict;
  void GC_NEXT;
  return m;
}

export const sysModulesRef = { d: 0 };

// sys's struct sequences (float_info, version_info, ...) and sys.implementation, written in
// Python: a struct sequence is a tuple whose items are also named attributes.
const SYS_PY = `
class _structseq(tuple):
    __slots__ = ()
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    def __repr__(self):
        return 'sys.%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self)))
    def __reduce__(self):
        return (type(self), (tuple(self),))

def _make(name, fields, values):
    ns = {'__slots__': (), '_fields': tuple(fields), 'n_fields': len(fields),
          'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    cls = type(name, (_structseq,), ns)
    cls.__module__ = 'sys'
    return cls(values)

class SimpleNamespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())
SimpleNamespace.__module__ = 'types'

version_info = _make('version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'), (3, 11, 7, 'final', 0))
float_info = _make('float_info', ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
                                  'mant_dig', 'epsilon', 'radix', 'rounds'),
                   (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                    2.220446049250313e-16, 2, 1))
int_info = _make('int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'),
                 (30, 4, 4300, 640))
hash_info = _make('hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'),
                  (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
flags = _make('flags', ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
                        'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
                        'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'),
              (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
class UnraisableHookArgs(_structseq):
    __slots__ = ()
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object')
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
for _i, _f in enumerate(UnraisableHookArgs._fields):
    setattr(UnraisableHookArgs, _f, property(lambda self, i=_i: tuple.__getitem__(self, i)))
UnraisableHookArgs.__repr__ = lambda self: 'UnraisableHookArgs(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self))
UnraisableHookArgs.__module__ = 'builtins'

implementation = SimpleNamespace(name='pyvm', cache_tag=None, version=version_info, hexversion=0x030b07f0)
`;

/** Run SYS_PY in a scratch namespace and copy its public results into sys's dict. */
function structSeqs(d: number): void {
  const ns = newDict();
  const nameKey = internSteal(newStr('__name__'));
  const nameVal = newStr('sys');
  dictSet(ns, nameKey, nameVal);
  decref(nameKey);
  decref(nameVal);
  try {
    sysPyHook.exec(SYS_PY, 'sys', ns);
    // the type of sys.unraisablehook's argument is not a sys attribute (as in CPython)
    sysState.unraisableArgsType = dictGetStr(ns, 'UnraisableHookArgs');
    incref(sysState.unraisableArgsType);
    for (const n of ['version_info', 'float_info', 'int_info', 'hash_info', 'flags', 'implementation']) {
      const k = internSteal(newStr(n));
      dictSet(d, k, dictGetStr(ns, n));
      decref(k);
    }
  } finally {
    decref(ns);
  }
}
let sysDictCopy = 0;
export function sysDictCopyAddr(): number {
  return sysDictCopy;
}
