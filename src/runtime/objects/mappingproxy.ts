// mappingproxy: a read-only view of a mapping. `C.__dict__` is one on the class's own dict (so
// class attributes change only through setattr, which keeps the lookup caches right), and
// `types.MappingProxyType(m)` makes one on any mapping. Reads go to the mapping; item assignment
// and deletion fail ("'mappingproxy' object does not support item assignment").
//
//   offset | field   | type | note
//   -------+---------+------+----------------------------------------
//   -16    | gc head |      |
//    0     | refcnt  | i32  |
//    4     | type    | i32  | T_MAPPINGPROXY
//    8     | mapping | i32  | owned reference
//   size 12 bytes (+16 GC head) -> 32-byte block

import { I32, TYPES, type TypeInfo, type KwArgs, T_MAPPINGPROXY, T_LIST, T_TUPLE, T_DICT, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS,
  allocGCObject, freeGCObject, decref, xdecref, incref, type Visit } from '../object.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { newStr } from './str.js';
import { dictGet, dictCopy } from './dict.js';
import { newDictView } from './dictviews.js';
import { raise, EXC, isSubtype } from './exception.js';
import { defMethod, defAttr, parseArgs } from '../builtins/define.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import * as opc from '../../compiler/opcodes.js';

export const MP_MAPPING = 2;
export const MAPPINGPROXY_SIZE = 12;

/** New read-only proxy of `mapping` (borrowed). New reference. */
export function newMappingProxy(mapping: number): number {
  const p = allocGCObject(T_MAPPINGPROXY, MAPPINGPROXY_SIZE);
  incref(mapping);
  I32[(p >> 2) + MP_MAPPING] = mapping;
  gcTrack(p);
  return p;
}

function mappingOf(p: number): number {
  return I32[(p >> 2) + MP_MAPPING];
}

function proxyDealloc(p: number): void {
  gcUntrack(p);
  const m = mappingOf(p);
  I32[(p >> 2) + MP_MAPPING] = 0;
  if (m !== 0) decref(m);
  freeGCObject(p);
}

function proxyTraverse(p: number, visit: Visit): void {
  const m = mappingOf(p);
  if (m !== 0) visit(m);
}

/** mapping.name(*args) (new reference). */
function callMethod(o: number, name: string, args: number[]): number {
  const f = A.getAttrStr(o, name);
  try {
    return A.call(f, args);
  } finally {
    decref(f);
  }
}

/** mappingproxy(mapping): a mapping is anything with keys and __getitem__ but a list or tuple. */
function proxyNew(_t: TypeInfo, args: number[], kw: KwArgs | null): number {
  const [m] = parseArgs('mappingproxy', args, kw, ['mapping'], 1);
  const t = TYPES[I32[(m >> 2) + 1]];
  const isSeq = isSubtype(t, TYPES[T_LIST]) || isSubtype(t, TYPES[T_TUPLE]);
  const keys = isSeq ? 0 : A.getAttrOrNull(m, A.dictKeyStr('keys'));
  xdecref(keys);
  if (keys === 0 || (A.lookupSpecial(m, '__getitem__') === 0 && !t.slots.getitem)) {
    throw raise(EXC.TypeError, `mappingproxy() argument must be a mapping, not ${t.name}`);
  }
  return newMappingProxy(m);
}

/** a | b with either side a proxy: the mappings are or'ed (a new dict for dicts). */
function proxyNumber(a: number, b: number, nb: number): number {
  const op = nb & 0xff;
  if (op === opc.NB_OR + opc.NB_INPLACE) throw raise(EXC.TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
  if (op !== opc.NB_OR) return 0;
  const x = I32[(a >> 2) + 1] === T_MAPPINGPROXY ? mappingOf(a) : a;
  const y = I32[(b >> 2) + 1] === T_MAPPINGPROXY ? mappingOf(b) : b;
  return A.nb.binaryOp(x, y, opc.NB_OR);
}

export function initMappingProxyType(): void {
  const t = TYPES[T_MAPPINGPROXY];
  t.basicsize = MAPPINGPROXY_SIZE;
  t.isGC = true;
  t.dealloc = proxyDealloc;
  t.traverse = proxyTraverse;
  t.clear = null;
  const s = t.slots;
  s.new = proxyNew;
  s.repr = (p) => newStr(`mappingproxy(${A.reprJS(mappingOf(p))})`);
  s.str = (p) => A.str(mappingOf(p));
  s.len = (p) => A.length(mappingOf(p));
  s.getitem = (p, k) => A.getItem(mappingOf(p), k);
  s.contains = (p, k) => A.contains(mappingOf(p), k);
  s.iter = (p) => A.getIter(mappingOf(p));
  s.richcompare = (p, o, op) => A.richCompare(mappingOf(p), o, op);
  s.number = proxyNumber;
  s.numberOps = ['or', 'ror'];
  incref(S.None);
  defAttr(T_MAPPINGPROXY, '__hash__', S.None);
  defMethod(T_MAPPINGPROXY, 'get', (self, args) => {
    const m = mappingOf(self);
    if (I32[(m >> 2) + 1] === T_DICT) {
      const v = dictGet(m, args[0]);
      const r = v || (args.length > 1 ? args[1] : S.None);
      return incref(r), r;
    }
    return callMethod(m, 'get', args);
  }, { nargs: [1, 2] });
  const view = (name: string, tid: number) => defMethod(T_MAPPINGPROXY, name, (self) => {
    const m = mappingOf(self);
    return I32[(m >> 2) + 1] === T_DICT ? newDictView(m, tid) : callMethod(m, name, []);
  }, { nargs: 0 });
  view('keys', T_DICT_KEYS);
  view('values', T_DICT_VALUES);
  view('items', T_DICT_ITEMS);
  defMethod(T_MAPPINGPROXY, 'copy', (self) => {
    const m = mappingOf(self);
    return I32[(m >> 2) + 1] === T_DICT ? dictCopy(m) : callMethod(m, 'copy', []);
  }, { nargs: 0 });
  defMethod(T_MAPPINGPROXY, '__reversed__', (self) => callMethod(mappingOf(self), '__reversed__', []), { nargs: 0 });
  defMethod(T_MAPPINGPROXY, '__ior__', () => {
    throw raise(EXC.TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
  }, { nargs: 1 });
}
