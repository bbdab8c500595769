// types.GenericAlias (PEP 585: `list[int]`) and types.UnionType (PEP 604: `int | None`), as
// CPython 3.11's Objects/genericaliasobject.c and Objects/unionobject.c.
//
// GenericAlias (GC)                        | UnionType (GC)
//   8  origin      the class subscripted    |   8  args        tuple, flattened, no duplicates
//  12  args        tuple                    |  12  parameters  tuple or 0 (computed lazily)
//  16  parameters  tuple or 0 (lazily)      |  size 16 (+16) -> 32
//  size 20 (+16) -> 48                      |
// (a Python subclass of GenericAlias appends its dict words after the layout)
//
// A GenericAlias forwards every attribute but a few of its own to its origin (`list[int].append`
// is list.append), calls its origin to build instances, and substitutes type variables when
// subscripted (`dict[str, T][int]` is `dict[str, int]`). `|` between types, None, aliases and
// unions makes a UnionType (a single distinct member is returned as it is); isinstance and
// issubclass accept a union as the tuple of its members.

import { I32, TYPES, T_OBJECT, T_TUPLE, T_TYPE, T_NONE, T_LIST, T_DICT, T_SET, T_FROZENSET, T_ENUMERATE, type TypeInfo, type KwArgs,
  type Visit, newTypeInfo, allocGCObject, freeGCObject, decref, xdecref, incref, isTypeObject, newSlots } from '../object.js';
import { gcTrack, gcUntrack } from '../gc/generations.js';
import { allocTypeObject, setBasesAndMro, allocTypeId } from './type.js';
import { tupleFrom, tupleFromSteal, tupleSize, tupleItem } from './tuple.js';
import { newStr, strValue, internedStr } from './str.js';
import { raise, EXC, PyException, isSubtype } from './exception.js';
import { defMethod } from '../builtins/define.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import * as op from '../../compiler/opcodes.js';

const GA_ORIGIN = 2, GA_ARGS = 3, GA_PARAMS = 4, GA_SIZE = 20;
const UN_ARGS = 2, UN_PARAMS = 3, UN_SIZE = 16;

let gaType: TypeInfo;

/** An interned name, referenced once by this table for the life of the runtime. */
const names = new Map<string, number>();
function nm(s: string): number {
  let a = names.get(s);
  if (a === undefined) {
    a = internedStr(s);
    names.set(s, a);
  }
  return a;
}

function hasAttr(o: number, name: string): boolean {
  const v = A.getAttrOrNull(o, nm(name));
  xdecref(v);
  return v !== 0;
}
let unionType: TypeInfo;

export function isGenericAlias(o: number): boolean {
  const t = TYPES[I32[(o >> 2) + 1]];
  return t === gaType || (t.isHeap && t.mro.includes(gaType));
}

export function isUnion(o: number): boolean {
  return TYPES[I32[(o >> 2) + 1]] === unionType;
}

/** The members of a union (borrowed tuple). */
export function unionArgs(u: number): number {
  return I32[(u >> 2) + UN_ARGS];
}

// ---- GenericAlias -----------------------------------------------------------------------------

/** `origin[args]` (both borrowed; a non-tuple `args` is one argument). New reference. */
export function newGenericAlias(origin: number, args: number, t: TypeInfo = gaType): number {
  const size = Math.max(t.basicsize, GA_SIZE);
  const a = allocGCObject(t.id, size);
  const w = a >> 2;
  for (let i = 2; i < size >> 2; i++) I32[w + i] = 0;
  incref(origin);
  I32[w + GA_ORIGIN] = origin;
  I32[w + GA_ARGS] = I32[(args >> 2) + 1] === T_TUPLE ? (incref(args), args) : tupleFrom([args]);
  if (t.isHeap) incref(t.addr);
  gcTrack(a);
  return a;
}

function gaDealloc(a: number): void {
  gcUntrack(a);
  gaClear(a);
  freeGCObject(a);
}

function gaTraverse(a: number, visit: Visit): void {
  const w = a >> 2;
  for (const off of [GA_ORIGIN, GA_ARGS, GA_PARAMS]) if (I32[w + off]) visit(I32[w + off]);
  const t = TYPES[I32[w + 1]];
  if (t.dictOffset && I32[w + t.dictOffset]) visit(I32[w + t.dictOffset]);
}

function gaClear(a: number): void {
  const w = a >> 2;
  const t = TYPES[I32[w + 1]];
  const offs = [GA_ORIGIN, GA_ARGS, GA_PARAMS];
  if (t.dictOffset) offs.push(t.dictOffset);
  for (const off of offs) {
    const v = I32[w + off];
    I32[w + off] = 0;
    xdecref(v);
  }
}

/** ga_repr_item: a class as module.qualname (builtins: qualname), `...`, else repr(). */
function reprItem(p: number): string {
  if (p === S.Ellipsis) return '...';
  if (isGenericAlias(p) || isUnion(p)) return A.reprJS(p);
  const q = A.getAttrOrNull(p, nm('__qualname__'));
  if (q === 0 || hasAttr(p, '__origin__') && hasAttr(p, '__args__')) {
    xdecref(q);
    return A.reprJS(p);
  }
  const m = A.getAttrOrNull(p, nm('__module__'));
  try {
    if (m === 0) return A.reprJS(p);
    if (m !== S.None && A.strJS(m) === 'builtins') return A.strJS(q);
    return `${A.strJS(m)}.${A.strJS(q)}`;
  } finally {
    decref(q);
    xdecref(m);
  }
}

function gaRepr(a: number): number {
  const w = a >> 2;
  const args = I32[w + GA_ARGS];
  const n = tupleSize(args);
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = tupleItem(args, i);
    items.push(I32[(x >> 2) + 1] === T_LIST ? `[${A.iterToArray(x).map((y) => { const s = reprItem(y); decref(y); return s; }).join(', ')}]` : reprItem(x));
  }
  return newStr(`${reprItem(I32[w + GA_ORIGIN])}[${n === 0 ? '()' : items.join(', ')}]`);
}

const GA_OWN = new Set(['__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__']);

function gaGetAttr(a: number, name: number): number {
  const s = strValue(name);
  const w = a >> 2;
  switch (s) {
    case '__origin__': return incref(I32[w + GA_ORIGIN]), I32[w + GA_ORIGIN];
    case '__args__': return incref(I32[w + GA_ARGS]), I32[w + GA_ARGS];
    case '__parameters__': return incref(gaParams(a)), gaParams(a);
    case '__unpacked__': return A.newBool(false);
    case '__typing_unpacked_tuple_args__': return A.retNone();
  }
  if (!GA_OWN.has(s)) return A.getAttr(I32[w + GA_ORIGIN], name);
  return A.genericGetAttr(a, name, TYPES[I32[w + 1]]);
}

function isTypeVarLike(p: number): boolean {
  if (isTypeObject(p)) return false;
  const n = TYPES[I32[(p >> 2) + 1]].name;
  return n === 'TypeVar' || n === 'ParamSpec' || n === 'TypeVarTuple' || hasAttr(p, '__typing_subst__');
}

/** _Py_make_parameters: the type variables among (and inside) `args`. New tuple. */
function makeParameters(args: number): number {
  const out: number[] = [];
  const add = (p: number) => {
    if (!out.includes(p)) out.push(p);
  };
  for (let i = 0; i < tupleSize(args); i++) {
    const x = tupleItem(args, i);
    if (isTypeObject(x)) continue;
    if (isTypeVarLike(x)) {
      add(x);
      continue;
    }
    const ps = A.getAttrOrNull(x, nm('__parameters__'));
    if (ps === 0) continue;
    if (I32[(ps >> 2) + 1] === T_TUPLE) for (let j = 0; j < tupleSize(ps); j++) add(tupleItem(ps, j));
    decref(ps);
  }
  return tupleFrom(out);
}

/** Borrowed parameters tuple (computed on first use). */
function gaParams(a: number): number {
  const w = a >> 2;
  if (I32[w + GA_PARAMS] === 0) I32[w + GA_PARAMS] = makeParameters(I32[w + GA_ARGS]);
  return I32[w + GA_PARAMS];
}

/** `alias[items]`: substitute the alias's type variables (new reference). */
function substitute(self: number, args: number, params: number, items: number): number {
  const it = I32[(items >> 2) + 1] === T_TUPLE ? (incref(items), items) : tupleFrom([items]);
  try {
    const np = tupleSize(params), ni = tupleSize(it);
    if (np === 0) throw raise(EXC.TypeError, `${A.reprJS(self)} is not a generic class`);
    if (ni !== np) throw raise(EXC.TypeError, `Too ${ni > np ? 'many' : 'few'} arguments for ${A.reprJS(self)}; actual ${ni}, expected ${np}`);
    const pl: number[] = [];
    for (let i = 0; i < np; i++) pl.push(tupleItem(params, i));
    const out: number[] = [];
    try {
      for (let i = 0; i < tupleSize(args); i++) {
        const x = tupleItem(args, i);
        const k = pl.indexOf(x);
        if (k >= 0) {
          incref(tupleItem(it, k));
          out.push(tupleItem(it, k));
          continue;
        }
        const sub = isTypeObject(x) ? 0 : A.getAttrOrNull(x, nm('__parameters__'));
        if (sub !== 0 && I32[(sub >> 2) + 1] === T_TUPLE && tupleSize(sub) > 0) {
          const subItems: number[] = [];
          for (let j = 0; j < tupleSize(sub); j++) {
            const kk = pl.indexOf(tupleItem(sub, j));
            subItems.push(kk >= 0 ? tupleItem(it, kk) : tupleItem(sub, j));
          }
          const st = tupleFrom(subItems);
          decref(sub);
          try {
            out.push(A.getItem(x, tupleSize(st) === 1 ? tupleItem(st, 0) : st));
          } finally {
            decref(st);
          }
          continue;
        }
        xdecref(sub);
        incref(x);
        out.push(x);
      }
    } catch (e) {
      for (const x of out) decref(x);
      throw e;
    }
    return tupleFromSteal(out);
  } finally {
    decref(it);
  }
}

function gaGetItem(a: number, k: number): number {
  const w = a >> 2;
  const newArgs = substitute(a, I32[w + GA_ARGS], gaParams(a), k);
  try {
    return newGenericAlias(I32[w + GA_ORIGIN], newArgs, TYPES[I32[w + 1]]);
  } finally {
    decref(newArgs);
  }
}

function gaCall(a: number, args: number[], kw: KwArgs | null): number {
  const r = A.call(I32[(a >> 2) + GA_ORIGIN], args, kw);
  try {
    A.setAttr(r, nm('__orig_class__'), a);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    const t = TYPES[I32[(e.exc >> 2) + 1]];
    if (!isSubtype(t, EXC.AttributeError) && !isSubtype(t, EXC.TypeError)) {
      decref(r);
      throw e;
    }
    decref(e.exc);
  }
  return r;
}

function gaRichCompare(a: number, b: number, cmp: number): number {
  if (!isGenericAlias(b) || (cmp !== op.CMP_EQ && cmp !== op.CMP_NE)) return (incref(S.NotImplemented), S.NotImplemented);
  const wa = a >> 2, wb = b >> 2;
  const eq = A.pyEq(I32[wa + GA_ORIGIN], I32[wb + GA_ORIGIN]) && A.pyEq(I32[wa + GA_ARGS], I32[wb + GA_ARGS]);
  return A.newBool(eq === (cmp === op.CMP_EQ));
}

// ---- UnionType ------------------------------------------------------------------------------------

function newUnion(args: number[]): number {
  const a = allocGCObject(unionType.id, UN_SIZE);
  I32[(a >> 2) + UN_ARGS] = tupleFrom(args);
  I32[(a >> 2) + UN_PARAMS] = 0;
  gcTrack(a);
  return a;
}

function unionDealloc(a: number): void {
  gcUntrack(a);
  unionClear(a);
  freeGCObject(a);
}

function unionTraverse(a: number, visit: Visit): void {
  const w = a >> 2;
  if (I32[w + UN_ARGS]) visit(I32[w + UN_ARGS]);
  if (I32[w + UN_PARAMS]) visit(I32[w + UN_PARAMS]);
}

function unionClear(a: number): void {
  const w = a >> 2;
  for (const off of [UN_ARGS, UN_PARAMS]) {
    const v = I32[w + off];
    I32[w + off] = 0;
    xdecref(v);
  }
}

/** is_unionable: None, a class, a GenericAlias or a union. */
function unionable(o: number): boolean {
  return o === S.None || isTypeObject(o) || isGenericAlias(o) || isUnion(o);
}

/** `a | b` for unionable operands (new reference), 0 (NotImplemented) otherwise. */
export function unionOr(a: number, b: number): number {
  if (!unionable(a) || !unionable(b)) return 0;
  const members: number[] = [];
  const add = (x: number) => {
    if (x === S.None) x = TYPES[T_NONE].addr;
    for (const m of members) if (m === x || A.pyEq(m, x)) return;
    members.push(x);
  };
  for (const o of [a, b]) {
    if (isUnion(o)) {
      const t = unionArgs(o);
      for (let i = 0; i < tupleSize(t); i++) add(tupleItem(t, i));
    } else add(o);
  }
  if (members.length === 1) return incref(members[0]), members[0];
  return newUnion(members);
}

function unionRepr(u: number): number {
  const t = unionArgs(u);
  const parts: string[] = [];
  for (let i = 0; i < tupleSize(t); i++) {
    const x = tupleItem(t, i);
    parts.push(x === TYPES[T_NONE].addr ? 'None' : reprItem(x));
  }
  return newStr(parts.join(' | '));
}

function unionRichCompare(a: number, b: number, cmp: number): number {
  if (!isUnion(b) || (cmp !== op.CMP_EQ && cmp !== op.CMP_NE)) return (incref(S.NotImplemented), S.NotImplemented);
  const ta = unionArgs(a), tb = unionArgs(b);
  const inOther = (x: number, t: number) => {
    for (let i = 0; i < tupleSize(t); i++) if (A.pyEq(x, tupleItem(t, i))) return true;
    return false;
  };
  let eq = true;
  for (let i = 0; eq && i < tupleSize(ta); i++) eq = inOther(tupleItem(ta, i), tb);
  for (let i = 0; eq && i < tupleSize(tb); i++) eq = inOther(tupleItem(tb, i), ta);
  return A.newBool(eq === (cmp === op.CMP_EQ));
}

function unionHash(u: number): number {
  // hash(frozenset(args)): order-independent
  const t = unionArgs(u);
  let h = 0x1b873593;
  for (let i = 0; i < tupleSize(t); i++) h ^= Math.imul(A.pyHash(tupleItem(t, i)) ^ 0x5bd1e995, 0x27d4eb2d);
  return h === -1 ? -2 : h;
}

function unionGetAttr(u: number, name: number): number {
  const w = u >> 2;
  switch (strValue(name)) {
    case '__args__': return incref(I32[w + UN_ARGS]), I32[w + UN_ARGS];
    case '__parameters__':
      if (I32[w + UN_PARAMS] === 0) I32[w + UN_PARAMS] = makeParameters(I32[w + UN_ARGS]);
      return incref(I32[w + UN_PARAMS]), I32[w + UN_PARAMS];
  }
  return A.genericGetAttr(u, name, unionType);
}

function unionGetItem(u: number, k: number): number {
  const w = u >> 2;
  if (I32[w + UN_PARAMS] === 0) I32[w + UN_PARAMS] = makeParameters(I32[w + UN_ARGS]);
  const newArgs = substitute(u, I32[w + UN_ARGS], I32[w + UN_PARAMS], k);
  try {
    let r = tupleItem(newArgs, 0);
    incref(r);
    for (let i = 1; i < tupleSize(newArgs); i++) {
      const next = A.nb.binaryOp(r, tupleItem(newArgs, i), op.NB_OR);
      decref(r);
      r = next;
    }
    return r;
  } finally {
    decref(newArgs);
  }
}

/** isinstance(o, union) / issubclass(c, union): each member in turn. */
export function unionCheck(u: number, test: (cls: number) => boolean, fname: string): boolean {
  const t = unionArgs(u);
  for (let i = 0; i < tupleSize(t); i++) {
    if (isGenericAlias(tupleItem(t, i))) throw raise(EXC.TypeError, `${fname}() argument 2 cannot be a parameterized generic`);
  }
  for (let i = 0; i < tupleSize(t); i++) if (test(tupleItem(t, i))) return true;
  return false;
}

// ---- set-up ----------------------------------------------------------------------------------------

/** `|` on classes, aliases and unions (number slot: 0 = NotImplemented). */
function orSlot(a: number, b: number, nb: number): number {
  if ((nb & 0xff) !== op.NB_OR) return 0;
  return unionOr(a, b);
}

function makeType(name: string, size: number): TypeInfo {
  const t = newTypeInfo(allocTypeId(), name, TYPES[T_OBJECT], size, true);
  t.slots = newSlots();
  allocTypeObject(t, name);
  setBasesAndMro(t, [TYPES[T_OBJECT]], [t, TYPES[T_OBJECT]]);
  return t;
}

export function initGenericAliasTypes(): void {
  names.clear();
  gaType = makeType('types.GenericAlias', GA_SIZE);
  gaType.baseType = true;
  gaType.dealloc = gaDealloc;
  gaType.traverse = gaTraverse;
  gaType.clear = gaClear;
  const g = gaType.slots;
  g.new = (t, args, kw) => {
    if (kw && kw.names.length) throw raise(EXC.TypeError, 'GenericAlias() takes no keyword arguments');
    if (args.length !== 2) throw raise(EXC.TypeError, `GenericAlias expected 2 arguments, got ${args.length}`);
    return newGenericAlias(args[0], args[1], t);
  };
  g.init = () => {};
  g.repr = gaRepr;
  g.getattr = gaGetAttr;
  g.call = gaCall;
  g.getitem = gaGetItem;
  g.richcompare = gaRichCompare;
  g.hash = (a) => A.pyHash(I32[(a >> 2) + GA_ORIGIN]) ^ A.pyHash(I32[(a >> 2) + GA_ARGS]);
  g.number = orSlot;
  g.numberOps = ['or', 'ror'];
  defMethod(gaType.id, '__mro_entries__', (self) => tupleFrom([I32[(self >> 2) + GA_ORIGIN]]), { nargs: 1 });
  defMethod(gaType.id, '__instancecheck__', () => {
    throw raise(EXC.TypeError, 'isinstance() argument 2 cannot be a parameterized generic');
  }, { nargs: 1 });
  defMethod(gaType.id, '__subclasscheck__', () => {
    throw raise(EXC.TypeError, 'issubclass() argument 2 cannot be a parameterized generic');
  }, { nargs: 1 });

  unionType = makeType('types.UnionType', UN_SIZE);
  unionType.baseType = false;
  unionType.dealloc = unionDealloc;
  unionType.traverse = unionTraverse;
  unionType.clear = unionClear;
  const u = unionType.slots;
  u.repr = unionRepr;
  u.getattr = unionGetAttr;
  u.getitem = unionGetItem;
  u.richcompare = unionRichCompare;
  u.hash = unionHash;
  u.number = orSlot;
  u.numberOps = ['or', 'ror'];

  // type.__or__ / type.__ror__
  const type = TYPES[T_TYPE];
  type.slots.number = orSlot;
  type.slots.numberOps = ['or', 'ror'];
  A.typeSubscriptHook.get = (o, k) => newGenericAlias(o, k);
  // list[int], dict[str, int], ... (the builtin classes with __class_getitem__ in 3.11)
  // (and BaseExceptionGroup, PEP 654; created with the exception types, before this runs)
  for (const tid of [T_LIST, T_DICT, T_TUPLE, T_SET, T_FROZENSET, T_ENUMERATE, ...(EXC.BaseExceptionGroup ? [EXC.BaseExceptionGroup.id] : [])]) {
    defMethod(tid, '__class_getitem__', (cls, args) => newGenericAlias(cls, args[0]), { classmethod: true, nargs: 1 });
  }
}
