// The cyclic garbage collector: CPython 3.11's generational algorithm (gcmodule.c), on our heap.
//
// Reference counting frees everything that is not part of a cycle. What it cannot free — groups
// of container objects that only reference each other — this collector finds, without scanning
// any stack: frames, value stacks and globals hold counted references, so every reference from
// outside a generation shows up in a refcount.
//
// Generations: 0 (young), 1, 2 (old), thresholds (700, 10, 10). count[0] = GC allocations minus
// deallocations since the last collection; count[1] and count[2] count collections of the
// generation below. An allocation that makes count[0] exceed threshold[0] collects the oldest
// generation whose count exceeds its threshold — except that generation 2 is only chosen when
// the objects that survived collections of generation 1 since the last full collection
// (long_lived_pending) are at least 25% of the objects the last full collection left
// (long_lived_total); this keeps full collections amortised linear.
//
// The recipe (`collect()`), one paragraph per step:
//   1. gc_refs := refcount for every object of the generation (updateRefs), flag COLLECTING.
//   2. subtract the references the generation's objects hold to each other (subtractRefs, via
//      each type's traverse). Now gc_refs counts references from outside the generation.
//   3. moveUnreachable: objects with gc_refs > 0 are reachable, and so is everything they
//      reach; the rest is tentatively unreachable.
//   4. survivors: atomic tuples (and in a full collection, atomic dicts) are untracked; the rest
//      move to the next generation.
//   5. weak references to unreachable objects are cleared; their callbacks run.
//   6. finalizers (__del__, PEP 442) run once per object, then the unreachable set is checked
//      again: objects a finalizer resurrected move to the older generation.
//   7. deleteGarbage: each remaining object's `clear` breaks its references; refcounting frees
//      the cycle. The count of objects found is what gc.collect() returns.

import { I32, TYPES, GC_NEXT, GC_PREV, GC_REFS, GC_FLAGS, GCF_COLLECTING, GCF_UNREACHABLE, GCF_FINALIZED, incref, decref,
  T_TUPLE, T_DICT } from '../object.js';
import { gcState, listAppend, listRemove, listMerge, listLength, gcUntrack, NUM_GENERATIONS } from './generations.js';
import { pymalloc } from '../mem/obmalloc.js';

export interface CollectStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

export const gcStats: CollectStats[] = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));

/** Hooks into the rest of the runtime (set by the gc module / VM). */
export const collectHooks = {
  callbacks: (_phase: 'start' | 'stop', _gen: number, _collected: number, _uncollectable: number): void => {},
  debugStats: (_line: string): void => {},
  debugObject: (_kind: string, _a: number): void => {},
  /** Clear weak references to unreachable objects; returns the number of weakref objects freed. */
  handleWeakrefs: (_unreachable: number, _old: number): number => 0,
  callFinalizer: (_a: number): void => {},
  clearFreeLists: (): void => {},
  saveGarbage: (_a: number): void => {},
  tupleMaybeUntrack: (_t: number): void => {},
  dictIsAtomic: (_d: number): boolean => false,
  /** Collection time accounting and trace events (--stats / --trace). */
  onCollect: (_gen: number, _collected: number, _uncollectable: number, _ms: number): void => {},
  now: (): number => performance.now(),
};

export const DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

let unreachableHead = 0;
let resurrectHead = 0;
/** finalizeGarbage's list of the objects it has walked past. */
let seenHead = 0;

function tempHead(): number {
  const b = pymalloc(32);
  const a = b + 16;
  I32[(a >> 2) + GC_NEXT] = a;
  I32[(a >> 2) + GC_PREV] = a;
  return a;
}

function isCollecting(a: number): boolean {
  const t = TYPES[I32[(a >> 2) + 1]];
  return t.isGC && I32[(a >> 2) + GC_NEXT] !== 0 && (I32[(a >> 2) + GC_FLAGS] & GCF_COLLECTING) !== 0;
}

function updateRefs(head: number): void {
  for (let a = I32[(head >> 2) + GC_NEXT]; a !== head; a = I32[(a >> 2) + GC_NEXT]) {
    const w = a >> 2;
    I32[w + GC_REFS] = I32[w];
    I32[w + GC_FLAGS] |= GCF_COLLECTING;
  }
}

const visitDecref = (c: number): void => {
  if (isCollecting(c)) I32[(c >> 2) + GC_REFS]--;
};

function subtractRefs(head: number): void {
  for (let a = I32[(head >> 2) + GC_NEXT]; a !== head; a = I32[(a >> 2) + GC_NEXT]) {
    const tr = TYPES[I32[(a >> 2) + 1]].traverse;
    if (tr) tr(a, visitDecref);
  }
}

let youngHead = 0;
const visitReachable = (c: number): void => {
  if (!isCollecting(c)) return;
  const w = c >> 2;
  if (I32[w + GC_FLAGS] & GCF_UNREACHABLE) {
    // tentatively unreachable, but reachable after all: back to the end of young
    I32[w + GC_FLAGS] &= ~GCF_UNREACHABLE;
    listRemove(c);
    listAppend(youngHead, c);
    I32[w + GC_REFS] = 1;
  } else if (I32[w + GC_REFS] === 0) {
    I32[w + GC_REFS] = 1;
  }
};

/** Split `young` into reachable (stays) and unreachable (moved to `unreachable`). */
function moveUnreachable(young: number, unreachable: number): void {
  youngHead = young;
  let a = I32[(young >> 2) + GC_NEXT];
  while (a !== young) {
    const w = a >> 2;
    if (I32[w + GC_REFS] > 0) {
      // reachable: everything it references is reachable too (may append to young's end)
      const tid = I32[w + 1];
      const tr = TYPES[tid].traverse;
      if (tr) tr(a, visitReachable);
      I32[w + GC_FLAGS] &= ~GCF_COLLECTING;
      a = I32[w + GC_NEXT];
      // CPython's untrack_tuples pass, folded in: same list order, so the same tuples go
      if (untrackTuplesHere && tid === T_TUPLE) collectHooks.tupleMaybeUntrack(w << 2);
    } else {
      const next = I32[w + GC_NEXT];
      listRemove(a);
      listAppend(unreachable, a);
      I32[w + GC_FLAGS] |= GCF_UNREACHABLE;
      a = next;
    }
  }
}

/** Set while the main pass of a collection runs moveUnreachable (not the resurrection re-check). */
let untrackTuplesHere = false;

function deduceUnreachable(young: number, unreachable: number): void {
  updateRefs(young);
  subtractRefs(young);
  moveUnreachable(young, unreachable);
}

function untrackDicts(head: number): void {
  let a = I32[(head >> 2) + GC_NEXT];
  while (a !== head) {
    const next = I32[(a >> 2) + GC_NEXT];
    if (I32[(a >> 2) + 1] === T_DICT && collectHooks.dictIsAtomic(a)) gcUntrack(a);
    a = next;
  }
}

function clearFlags(head: number, mask: number): void {
  for (let a = I32[(head >> 2) + GC_NEXT]; a !== head; a = I32[(a >> 2) + GC_NEXT]) I32[(a >> 2) + GC_FLAGS] &= ~mask;
}

/**
 * Collect generation `gen` (0..2). Returns the number of unreachable objects found. `callbacks`
 * false skips gc.callbacks, as the collections of interpreter shutdown (_PyGC_CollectNoFail) do.
 */
export function collect(gen: number, callbacks = true): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  if (unreachableHead === 0) {
    unreachableHead = tempHead();
    resurrectHead = tempHead();
    seenHead = tempHead();
  }
  const gens = gcState.generations;
  try {
    if (callbacks) collectHooks.callbacks('start', gen, 0, 0);
    const t0 = collectHooks.now();
    if (gcState.debug & DEBUG_STATS) {
      collectHooks.debugStats(`gc: collecting generation ${gen}...\n`);
      collectHooks.debugStats(`gc: objects in each generation: ${gens.slice(0, 3).map((g) => listLength(g.head)).join(' ')}\n`);
      collectHooks.debugStats(`gc: objects in permanent generation: ${listLength(gens[3].head)}\n`);
    }
    // counters
    if (gen + 1 < NUM_GENERATIONS) gens[gen + 1].count++;
    for (let i = 0; i <= gen; i++) gens[i].count = 0;
    // merge younger generations into this one
    for (let i = 0; i < gen; i++) listMerge(gens[i].head, gens[gen].head);
    const young = gens[gen].head;
    const old = gen < NUM_GENERATIONS - 1 ? gens[gen + 1].head : young;
    const unreachable = unreachableHead;

    untrackTuplesHere = true;
    try {
      deduceUnreachable(young, unreachable); // also untracks tuples (untrack_tuples)
    } finally {
      untrackTuplesHere = false;
    }
    if (young !== old) {
      if (gen === 1) gcState.longLivedPending += listLength(young);
      listMerge(young, old);
    } else {
      untrackDicts(young);
      gcState.longLivedPending = 0;
      gcState.longLivedTotal = listLength(young);
    }
    clearFlags(unreachable, GCF_UNREACHABLE);
    if (gcState.debug & DEBUG_COLLECTABLE) {
      for (let a = I32[(unreachable >> 2) + GC_NEXT]; a !== unreachable; a = I32[(a >> 2) + GC_NEXT]) collectHooks.debugObject('collectable', a);
    }
    let m = collectHooks.handleWeakrefs(unreachable, old);
    // PEP 442 finalizers: call each __del__ once
    finalizeGarbage(unreachable);
    // resurrection check: re-run the analysis on the unreachable set
    clearFlags(unreachable, GCF_COLLECTING);
    const stillUnreachable = resurrectHead;
    deduceUnreachable(unreachable, stillUnreachable);
    clearFlags(unreachable, GCF_COLLECTING);
    listMerge(unreachable, old);
    // survivors of delete_garbage go back to a generation: no collection flags may remain
    clearFlags(stillUnreachable, GCF_UNREACHABLE | GCF_COLLECTING);
    m += deleteGarbage(stillUnreachable, old);
    const n = 0;
    if (gen === NUM_GENERATIONS - 1) collectHooks.clearFreeLists();
    const ms = collectHooks.now() - t0;
    if (gcState.debug & DEBUG_STATS) {
      collectHooks.debugStats(`gc: done, ${m + n} unreachable, ${n} uncollectable, ${(ms / 1000).toFixed(4)}s elapsed\n`);
    }
    gcStats[gen].collections++;
    gcStats[gen].collected += m;
    gcStats[gen].uncollectable += n;
    collectHooks.onCollect(gen, m, n, ms);
    if (callbacks) collectHooks.callbacks('stop', gen, m, n);
    return m + n;
  } finally {
    gcState.collecting = false;
  }
}

/**
 * CPython's finalize_garbage: walk the unreachable list itself, holding only the object being
 * finalized -- a finalizer may free objects further on (a generator's close() releasing its
 * frame's locals: their __del__ runs then, from their deallocation, not later in list order).
 */
function finalizeGarbage(unreachable: number): void {
  const seen = seenHead;
  for (;;) {
    const a = I32[(unreachable >> 2) + GC_NEXT];
    if (a === unreachable) break;
    listRemove(a);
    listAppend(seen, a);
    if (TYPES[I32[(a >> 2) + 1]].hasFinalizer && (I32[(a >> 2) + GC_FLAGS] & GCF_FINALIZED) === 0) {
      I32[(a >> 2) + GC_FLAGS] |= GCF_FINALIZED;
      incref(a);
      collectHooks.callFinalizer(a);
      decref(a);
    }
  }
  listMerge(seen, unreachable);
}

function deleteGarbage(collectable: number, old: number): number {
  let m = 0;
  const objs: number[] = [];
  for (let a = I32[(collectable >> 2) + GC_NEXT]; a !== collectable; a = I32[(a >> 2) + GC_NEXT]) objs.push(a);
  m = objs.length;
  for (const a of objs) incref(a);
  for (const a of objs) {
    if (I32[(a >> 2) + GC_NEXT] === 0) continue;
    if (gcState.debug & DEBUG_SAVEALL) {
      collectHooks.saveGarbage(a);
      continue;
    }
    const clear = TYPES[I32[(a >> 2) + 1]].clear;
    if (clear) clear(a);
  }
  // survivors of clear (still referenced) move to the old generation
  for (const a of objs) {
    if (I32[a >> 2] > 1 && I32[(a >> 2) + GC_NEXT] !== 0) {
      listRemove(a);
      listAppend(old, a);
    }
  }
  for (const a of objs) decref(a);
  // anything left on the list (e.g. SAVEALL) goes to old
  listMerge(collectable, old);
  return m;
}

/** The automatic trigger: choose the generation as gc_collect_generations does. */
export function collectGenerations(): number {
  const gens = gcState.generations;
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gens[i].count > gens[i].threshold) {
      if (i === NUM_GENERATIONS - 1 && gcState.longLivedPending < gcState.longLivedTotal / 4) continue;
      return collect(i);
    }
  }
  return 0;
}

export function installCollector(): void {
  gcState.collectGenerations = () => {
    collectGenerations();
  };
}
