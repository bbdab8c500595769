// Generation lists and counters of the cyclic GC (CPython 3.11's gc_generation).
//
// Each tracked container is linked through its GC head (object.ts: GC_NEXT / GC_PREV) into a
// circular doubly linked list whose head is a dummy GC object in the heap. Three generations plus
// the permanent one (gc.freeze). count[0] moves with GC allocations/deallocations (gcHooks in
// object.ts); count[1] and count[2] count collections of the younger generation.
// The collector itself is in collect.ts.

import { I32, GC_NEXT, GC_PREV, gcHooks } from '../object.js';
import { pymalloc } from '../mem/obmalloc.js';

export const NUM_GENERATIONS = 3;
export const PERMANENT = 3;

export interface Generation {
  head: number;
  threshold: number;
  count: number;
}

export const gcState = {
  generations: [] as Generation[],
  enabled: true,
  collecting: false,
  longLivedTotal: 0,
  longLivedPending: 0,
  debug: 0,
  /** Called when count[0] passes threshold[0] (set by collect.ts). */
  collectGenerations: (): void => {},
  /** Set while the VM forbids automatic collection (e.g. an exception is being set up). */
  inhibit: 0,
  /** Set while pyvm allocates objects only for their effect on the counts (CPython's argument
   * tuples): they hold nothing, so --stress-gc does not collect at them. */
  stressQuiet: 0,
};

/**
 * Objects the VM itself holds for the whole run (gc.callbacks, the lock classes of _thread, ...):
 * roots for the leak check, which no longer finds them through sys.modules once shutdown has
 * emptied it (CPython keeps such objects in its C state).
 */
export const permanentRoots: number[] = [];

function newHead(): number {
  const b = pymalloc(32);
  const a = b + 16;
  const w = a >> 2;
  I32[w + GC_NEXT] = a;
  I32[w + GC_PREV] = a;
  I32[w] = 1;
  I32[w + 1] = 1;
  return a;
}

export function initGenerations(): void {
  gcState.generations = [
    { head: newHead(), threshold: 700, count: 0 },
    { head: newHead(), threshold: 10, count: 0 },
    { head: newHead(), threshold: 10, count: 0 },
    { head: newHead(), threshold: 0, count: 0 },
  ];
  gcHooks.onAlloc = onGCAlloc;
  gcHooks.onFree = onGCFree;
  gcHooks.untrack = gcUntrack;
}

function onGCAlloc(): void {
  const g0 = gcState.generations[0];
  g0.count++;
  if (g0.count > g0.threshold && gcState.enabled && g0.threshold !== 0 && !gcState.collecting && gcState.inhibit === 0) {
    gcState.collectGenerations();
  }
}

function onGCFree(): void {
  const g0 = gcState.generations[0];
  if (g0.count > 0) g0.count--;
}

/** Link `a` at the end of `head`'s list. */
export function listAppend(head: number, a: number): void {
  const hw = head >> 2;
  const last = I32[hw + GC_PREV];
  const w = a >> 2;
  I32[w + GC_PREV] = last;
  I32[w + GC_NEXT] = head;
  I32[(last >> 2) + GC_NEXT] = a;
  I32[hw + GC_PREV] = a;
}

export function listRemove(a: number): void {
  const w = a >> 2;
  const prev = I32[w + GC_PREV], next = I32[w + GC_NEXT];
  I32[(prev >> 2) + GC_NEXT] = next;
  I32[(next >> 2) + GC_PREV] = prev;
  I32[w + GC_NEXT] = 0;
  I32[w + GC_PREV] = 0;
}

/** Start tracking a GC object (gen 0). No-op when already tracked. */
export function gcTrack(a: number): void {
  if (I32[(a >> 2) + GC_NEXT] !== 0) return;
  listAppend(gcState.generations[0].head, a);
}

export function gcUntrack(a: number): void {
  if (I32[(a >> 2) + GC_NEXT] === 0) return;
  listRemove(a);
}

export function isTracked(a: number): boolean {
  return I32[(a >> 2) + GC_NEXT] !== 0;
}

export function listLength(head: number): number {
  let n = 0;
  for (let x = I32[(head >> 2) + GC_NEXT]; x !== head; x = I32[(x >> 2) + GC_NEXT]) n++;
  return n;
}

/** Move all of `from`'s list to the end of `to`'s list. */
export function listMerge(from: number, to: number): void {
  const fw = from >> 2;
  const first = I32[fw + GC_NEXT];
  if (first === from) return;
  const last = I32[fw + GC_PREV];
  const tw = to >> 2;
  const toLast = I32[tw + GC_PREV];
  I32[(toLast >> 2) + GC_NEXT] = first;
  I32[(first >> 2) + GC_PREV] = toLast;
  I32[(last >> 2) + GC_NEXT] = to;
  I32[tw + GC_PREV] = last;
  I32[fw + GC_NEXT] = from;
  I32[fw + GC_PREV] = from;
}

/**
 * Make every tracked object old, without collecting: the state a program starts in under CPython,
 * whose start-up (site, encodings, importlib) ran full collections, so that its start-up objects --
 * `__main__`'s dict among them -- are in generation 2. Collections then meet those objects where
 * CPython's do, which decides the order of the objects they find reachable again (move_unreachable)
 * and so the order of later finalizers, at exit too.
 */
export function promoteAllToOldest(): void {
  const gens = gcState.generations;
  const oldest = gens[NUM_GENERATIONS - 1].head;
  for (let i = 0; i < NUM_GENERATIONS - 1; i++) listMerge(gens[i].head, oldest);
  gcState.longLivedTotal = listLength(oldest);
  gcState.longLivedPending = 0;
}
