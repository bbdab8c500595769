// The `gc` module (CPython 3.11's API) over runtime/gc.

import { I32, TYPES, T_INT, T_BOOL, T_TYPE, GC_NEXT, GC_FLAGS, GCF_FINALIZED, decref, incref } from '../object.js';
import { typeInfoOfTypeObject } from '../objects/type.js';
import { newInt, intNumber } from '../objects/int.js';
import { newStr, internSteal } from '../objects/str.js';
import { tupleFromSteal } from '../objects/tuple.js';
import { newList, listAppend, listLen, listGet } from '../objects/list.js';
import { newDict, dictSet, dictGetStr } from '../objects/dict.js';
import { raise, EXC, PyException } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction, parseArgs, packedArgs } from '../builtins/define.js';
import { stderrWrite } from '../builtins/io.js';
import { newModule, moduleDict, hexAddr, finalizerHooks } from '../types.js';
import { gcState, listLength, listMerge, NUM_GENERATIONS, PERMANENT, permanentRoots } from '../gc/generations.js';
import { collect, gcStats, collectHooks, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK } from '../gc/collect.js';

let callbacksList = 0;
let garbageList = 0;

/**
 * An int argument converted as the gc module's C code converts it: `int` (Argument Clinic's C int),
 * `i` (PyArg_ParseTuple's "i": set_threshold) or `ssize` (Py_ssize_t), with their OverflowErrors.
 */
function intArg(o: number, as: 'int' | 'i' | 'ssize' = 'int'): number {
  const t = I32[(o >> 2) + 1];
  if (t !== T_INT && t !== T_BOOL) throw raise(EXC.TypeError, `'${A.typeName(o)}' object cannot be interpreted as an integer`);
  const v = intNumber(o);
  if (as === 'ssize') {
    if (!(Math.abs(v) < 2 ** 63)) throw raise(EXC.OverflowError, "cannot fit 'int' into an index-sized integer");
  } else if (!(Math.abs(v) < 2 ** 63)) {
    throw raise(EXC.OverflowError, `Python int too large to convert to C ${as === 'i' ? 'long' : 'int'}`);
  } else if (v >= 2 ** 31 || v < -(2 ** 31)) {
    if (as === 'int') throw raise(EXC.OverflowError, 'Python int too large to convert to C int');
    throw raise(EXC.OverflowError, v > 0 ? 'signed integer is greater than maximum' : 'signed integer is less than minimum');
  }
  return v;
}

function runCallbacks(phase: 'start' | 'stop', gen: number, collected: number, uncollectable: number): void {
  if (callbacksList === 0 || listLen(callbacksList) === 0) return;
  const info = newDict();
  const put = (k: string, v: number) => {
    const ks = internSteal(newStr(k));
    dictSet(info, ks, v);
    decref(ks);
    decref(v);
  };
  put('generation', newInt(gen));
  put('collected', newInt(collected));
  put('uncollectable', newInt(uncollectable));
  const ph = newStr(phase);
  const n = listLen(callbacksList);
  const cbs: number[] = [];
  for (let i = 0; i < n; i++) cbs.push(listGet(callbacksList, i));
  for (const cb of cbs) incref(cb);
  try {
    for (const cb of cbs) {
      try {
        decref(A.call(cb, [ph, info]));
      } catch (e) {
        // PyErr_WriteUnraisable(cb): "Exception ignored in: <function ...>" and the traceback
        if (e instanceof PyException) finalizerHooks.unraisable(e, A.reprJS(cb), cb);
        else throw e;
      }
    }
  } finally {
    for (const cb of cbs) decref(cb);
    decref(ph);
    decref(info);
  }
}

/** Is `o` a GC object for CPython? Builtin (static) type objects are not (type_is_gc). */
function isGCObject(o: number): boolean {
  const tid = I32[(o >> 2) + 1];
  const t = TYPES[tid];
  if (!t.isGC) return false;
  if (tid === T_TYPE || t.isMeta) return typeInfoOfTypeObject(o).isHeap;
  return true;
}

function forEachTracked(gen: number | null, f: (a: number) => void): void {
  const gens = gcState.generations;
  const list = gen === null ? [0, 1, 2] : [gen];
  for (const g of list) {
    const head = gens[g].head;
    for (let a = I32[(head >> 2) + GC_NEXT]; a !== head; a = I32[(a >> 2) + GC_NEXT]) f(a);
  }
}

export function makeGcModule(): number {
  const m = newModule('gc');
  const d = moduleDict(m);
  const put = (name: string, v: number) => {
    const k = internSteal(newStr(name));
    dictSet(d, k, v);
    decref(k);
    decref(v);
  };
  callbacksList = newList();
  incref(callbacksList);
  put('callbacks', callbacksList);
  garbageList = newList();
  incref(garbageList);
  permanentRoots.push(callbacksList, garbageList);
  put('garbage', garbageList);
  put('DEBUG_STATS', newInt(DEBUG_STATS));
  put('DEBUG_COLLECTABLE', newInt(DEBUG_COLLECTABLE));
  put('DEBUG_UNCOLLECTABLE', newInt(DEBUG_UNCOLLECTABLE));
  put('DEBUG_SAVEALL', newInt(DEBUG_SAVEALL));
  put('DEBUG_LEAK', newInt(DEBUG_LEAK));
  collectHooks.callbacks = runCallbacks;
  collectHooks.debugStats = (line) => stderrWrite(line);
  collectHooks.debugObject = (kind, a) => stderrWrite(`gc: ${kind} <${TYPES[I32[(a >> 2) + 1]].name} ${hexAddr(a)}>\n`);
  collectHooks.saveGarbage = (a) => listAppend(garbageList, a);

  defFunction(d, 'collect', (_s, args, kw) => {
    const given = args.length + (kw ? kw.names.length : 0);
    if (given > 1) throw raise(EXC.TypeError, `collect() takes at most 1 argument (${given} given)`);
    if (kw && kw.names.length && kw.names[0] !== 'generation') {
      throw raise(EXC.TypeError, `'${kw.names[0]}' is an invalid keyword argument for collect()`);
    }
    let gen = 2;
    const [g] = parseArgs('collect', args, kw, ['generation'], 0);
    if (g) gen = intArg(g);
    if (gen < 0 || gen > 2) throw raise(EXC.ValueError, 'invalid generation');
    return newInt(collect(gen));
  }, { kw: true });
  defFunction(d, 'enable', () => ((gcState.enabled = true), A.retNone()), { nargs: 0 });
  defFunction(d, 'disable', () => ((gcState.enabled = false), A.retNone()), { nargs: 0 });
  defFunction(d, 'isenabled', () => A.newBool(gcState.enabled), { nargs: 0 });
  defFunction(d, 'get_count', () => tupleFromSteal(gcState.generations.slice(0, 3).map((g) => newInt(g.count))), { nargs: 0 });
  defFunction(d, 'get_threshold', () => tupleFromSteal(gcState.generations.slice(0, 3).map((g) => newInt(g.threshold))), { nargs: 0 });
  defFunction(d, 'set_threshold', (_s, args) => {
    if (args.length < 1 || args.length > 3) {
      throw raise(EXC.TypeError, `set_threshold() takes at ${args.length < 1 ? 'least 1 argument' : 'most 3 arguments'} (${args.length} given)`);
    }
    args.forEach((a, i) => (gcState.generations[i].threshold = intArg(a, 'i')));
    return A.retNone();
  }, { packArgs: 'tuple' });
  defFunction(d, 'get_debug', () => newInt(gcState.debug), { nargs: 0 });
  defFunction(d, 'set_debug', (_s, args) => ((gcState.debug = intArg(args[0])), A.retNone()), { nargs: 1 });
  defFunction(d, 'get_stats', () => {
    const l = newList();
    for (const st of gcStats) {
      const e = newDict();
      for (const [k, v] of [['collections', st.collections], ['collected', st.collected], ['uncollectable', st.uncollectable]] as const) {
        const ks = internSteal(newStr(k));
        const vv = newInt(v);
        dictSet(e, ks, vv);
        decref(ks);
        decref(vv);
      }
      listAppend(l, e);
      decref(e);
    }
    return l;
  }, { nargs: 0 });
  defFunction(d, 'is_tracked', (_s, args) => {
    const o = args[0];
    return A.newBool(isGCObject(o) && I32[(o >> 2) + GC_NEXT] !== 0);
  }, { nargs: 1 });
  defFunction(d, 'is_finalized', (_s, args) => {
    const o = args[0];
    return A.newBool(isGCObject(o) && (I32[(o >> 2) + GC_FLAGS] & GCF_FINALIZED) !== 0);
  }, { nargs: 1 });
  defFunction(d, 'get_objects', (_s, args, kw) => {
    let gen: number | null = null;
    const g = args.length ? args[0] : kw && kw.names[0] === 'generation' ? kw.values[0] : 0;
    if (g && g !== A.S.None) {
      const gt = I32[(g >> 2) + 1];
      if (gt !== T_INT && gt !== T_BOOL) throw raise(EXC.TypeError, `argument should be integer or None, not '${A.typeName(g)}'`);
      const n = intArg(g, 'ssize');
      if (n < -1) throw raise(EXC.ValueError, 'generation parameter cannot be negative');
      if (n >= NUM_GENERATIONS) throw raise(EXC.ValueError, 'generation parameter must be less than the number of available generations (3)');
      gen = n === -1 ? null : n; // -1 is the clinic default: every generation
    }
    // the result list first: allocating it may run a collection that frees garbage we would list
    const l = newList();
    const out: number[] = [];
    forEachTracked(gen, (a) => {
      if (a !== l) out.push(a);
    });
    for (const a of out) listAppend(l, a);
    return l;
  }, { kw: true });
  defFunction(d, 'get_referents', (_s, args) => {
    const l = newList();
    for (const o of args) {
      const t = TYPES[I32[(o >> 2) + 1]];
      if (!isGCObject(o) || !t.traverse) continue;
      const out: number[] = [];
      t.traverse(o, (c) => out.push(c));
      for (const c of out) listAppend(l, c);
    }
    return l;
  }, { packArgs: 'tuple' });
  defFunction(d, 'get_referrers', (_s, args) => {
    const targets = new Set(args);
    const found: number[] = [];
    const l = newList();
    const own = packedArgs.tuple; // this call's argument tuple
    forEachTracked(null, (a) => {
      if (a === l || a === own || !isGCObject(a)) return;
      const tr = TYPES[I32[(a >> 2) + 1]].traverse;
      if (!tr) return;
      let hit = false;
      tr(a, (c) => {
        if (targets.has(c)) hit = true;
      });
      if (hit) found.push(a);
    });
    for (const a of found) listAppend(l, a);
    return l;
  }, { packArgs: 'tuple' });
  defFunction(d, 'freeze', () => {
    for (let i = 0; i < NUM_GENERATIONS; i++) listMerge(gcState.generations[i].head, gcState.generations[PERMANENT].head);
    for (let i = 0; i < NUM_GENERATIONS; i++) gcState.generations[i].count = 0;
    return A.retNone();
  }, { nargs: 0 });
  defFunction(d, 'unfreeze', () => {
    listMerge(gcState.generations[PERMANENT].head, gcState.generations[NUM_GENERATIONS - 1].head);
    return A.retNone();
  }, { nargs: 0 });
  defFunction(d, 'get_freeze_count', () => newInt(listLength(gcState.generations[PERMANENT].head)), { nargs: 0 });
  void dictGetStr;
  return m;
}
