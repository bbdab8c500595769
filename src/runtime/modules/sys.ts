// The `sys` module: argv, version, streams, exit, reference counts, sizes, interning, the
// recursion limit and the GIL switch interval.

import { I32, F64, TYPES, T_STR, T_INT, T_BOOL, T_FLOAT, type TypeInfo, newTypeInfo, allocObject, freeObject, decref, incref, GC_NEXT } from '../object.js';
import { newInt, newIntBig, intNumber } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newStr, strValue, internSteal, STR_FLAGS, STR_INTERNED } from '../objects/str.js';
import { tupleFromSteal } from '../objects/tuple.js';
import { listFromSteal } from '../objects/list.js';
import { newDict, dictSet, dictCopy } from '../objects/dict.js';
import { raise, EXC, newExceptionObject, PyException, EXC_VALUE } from '../objects/exception.js';
import { allocTypeObject, setBasesAndMro, allocTypeId } from '../objects/type.js';
import { blockSize } from '../mem/obmalloc.js';
import { getAllocatedBlocks, debugMallocStats } from '../mem/stats.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { defFunction, defMethod } from '../builtins/define.js';
import { stdoutWrite, stderrWrite, flushStdout } from '../builtins/io.js';
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
};

let streamType: TypeInfo | null = null;
let stdoutObj = 0, stderrObj = 0;

function makeStreams(): void {
  const t = newTypeInfo(allocTypeId(), 'TextIOWrapper', TYPES[1], 12, false);
  t.slots = {};
  t.baseType = false;
  allocTypeObject(t, 'TextIOWrapper');
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
  defMethod(t.id, 'write', (self, args) => {
    const s = args[0];
    if (I32[(s >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `write() argument must be str, not ${A.typeName(s)}`);
    const text = strValue(s);
    if (I32[(self >> 2) + 2] === 1) stdoutWrite(text);
    else stderrWrite(text);
    return newInt(I32[(s >> 2) + 5]);
  }, { nargs: 1 });
  defMethod(t.id, 'flush', () => (flushStdout(), A.retNone()), { nargs: 0 });
  defMethod(t.id, 'isatty', () => A.newBool(false), { nargs: 0 });
  defMethod(t.id, 'fileno', (self) => newInt(I32[(self >> 2) + 2]), { nargs: 0 });
  t.slots.repr = (self) => newStr(I32[(self >> 2) + 2] === 1 ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>" : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
  streamHooks.kind = (f) => (f === stdoutObj ? 1 : f === stderrObj ? 2 : 0);
}

/** sys.getsizeof: CPython-like sizes computed from the block actually in use. */
function getsizeof(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  let n: number;
  try {
    n = blockSize(t.isGC ? o - GC_HEAD_SIZE : o);
  } catch {
    n = t.basicsize;
  }
  return n;
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
  put('version_info', tupleFromSteal([newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)]));
  put('hexversion', newInt(0x030b07f0));
  put('maxsize', newIntBig(9223372036854775807n));
  put('maxunicode', newInt(0x10ffff));
  put('byteorder', newStr('little'));
  put('platform', newStr('linux'));
  put('implementation_name', newStr('pyvm'));
  put('executable', newStr(process.execPath));
  put('path', listFromSteal([newStr('')]));
  put('float_info_dig', newInt(15));
  incref(stdoutObj);
  put('stdout', stdoutObj);
  incref(stderrObj);
  put('stderr', stderrObj);
  incref(stdoutObj);
  put('__stdout__', stdoutObj);
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
  defFunction(d, 'getsizeof', (_s, args) => newInt(getsizeof(args[0])), { nargs: [1, 2] });
  defFunction(d, 'intern', (_s, args) => {
    const s = args[0];
    if (I32[(s >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `intern() argument must be str, not ${A.typeName(s)}`);
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
  defFunction(d, 'is_finalizing', () => A.newBool(false), { nargs: 0 });
  defFunction(d, 'getdefaultencoding', () => newStr('utf-8'), { nargs: 0 });
  put('modules', (incref(sysModulesRef.d), sysModulesRef.d));
  // CPython 3.11 keeps a copy of sys's initial dict (interp->sysdict_copy, used to restore sys at
  // shutdown): its entries carry one more reference, visible through sys.getrefcount.
  sysDictCopy = dictCopy(d);
  void newDict;
  void GC_NEXT;
  return m;
}

export const sysModulesRef = { d: 0 };
let sysDictCopy = 0;
export function sysDictCopyAddr(): number {
  return sysDictCopy;
}
