// Weak references: weakref.ref / weakref.proxy objects, clearing when the referent dies
// (refcount death: after __del__; GC death: before finalizers, as CPython's handle_weakrefs).
//
// weakref object (GC):
//    8  referent  borrowed address (0 once dead)
//   12  callback  owned, or 0
//   16  hash      cached hash, low 32 bits
//   20  next      next weakref in the referent's list
//   24  prev      previous weakref (0 = list head, stored in the referent's weaklist slot)
//   28  hashHi    cached hash, high 32 bits (hash and hashHi both -1: not computed yet,
//                 as a Python hash is never -1)
//   size 32 (+16) -> 48
// The referent's type has a weaklist slot (TypeInfo.weaklistOffset) holding the list head.

import { I32, TYPES, type TypeInfo, T_WEAKREF, T_WEAKPROXY, GC_NEXT, GC_FLAGS, GCF_COLLECTING, allocGCObject, freeGCObject,
  decref, xdecref, incref, type Visit } from '../object.js';
import { gcTrack, gcUntrack, listRemove, listAppend } from './generations.js';
import { raise, EXC, PyException } from '../objects/exception.js';

export const WR_REFERENT = 2, WR_CALLBACK = 3, WR_HASH = 4, WR_NEXT = 5, WR_PREV = 6, WR_HASH_HI = 7;
export const WR_SIZE = 32;

/** Unraisable-exception reporter (set by the VM). */
export const weakrefReport = { unraisable: (_e: PyException, _where: string, _obj: number): void => {} };

function weaklistSlot(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  return t.weaklistOffset ? (o >> 2) + t.weaklistOffset : 0;
}

/** The type id of weakref.CallableProxyType (a proxy to a callable; set by the weakref module). */
export const weakrefKinds = { callProxy: -1 };

/** ref, proxy or callable proxy (the kinds CPython shares when made without a callback). */
function basicKind(id: number): boolean {
  return id === T_WEAKREF || id === T_WEAKPROXY || id === weakrefKinds.callProxy;
}

export function supportsWeakrefs(o: number): boolean {
  return weaklistSlot(o) !== 0;
}

/** New weak reference of type `t` (ref, proxy or a subclass) to `o`. */
export function newWeakref(t: TypeInfo, o: number, callback: number): number {
  const slot = weaklistSlot(o);
  if (slot === 0) throw raise(EXC.TypeError, `cannot create weak reference to '${TYPES[I32[(o >> 2) + 1]].name}' object`);
  const basic = callback === 0 && basicKind(t.id);
  if (basic) {
    // CPython reuses an existing basic ref / proxy without callback
    for (let wr = I32[slot]; wr !== 0; wr = I32[(wr >> 2) + WR_NEXT]) {
      if (I32[(wr >> 2) + 1] === t.id && I32[(wr >> 2) + WR_CALLBACK] === 0) {
        incref(wr);
        return wr;
      }
    }
  }
  const wr = allocGCObject(t.id, Math.max(t.basicsize, WR_SIZE));
  const w = wr >> 2;
  for (let i = 2; i < Math.max(t.basicsize, WR_SIZE) >> 2; i++) I32[w + i] = 0;
  I32[w + WR_REFERENT] = o;
  I32[w + WR_HASH] = I32[w + WR_HASH_HI] = -1;
  if (callback) incref(callback);
  I32[w + WR_CALLBACK] = callback;
  if (t.isHeap) incref(t.addr);
  // basic refs go first, then the newest callback ref (CPython's insert order)
  let prev = 0;
  if (!basic) {
    for (let x = I32[slot]; x !== 0 && I32[(x >> 2) + WR_CALLBACK] === 0 && basicKind(I32[(x >> 2) + 1]); x = I32[(x >> 2) + WR_NEXT]) prev = x;
  }
  const next = prev ? I32[(prev >> 2) + WR_NEXT] : I32[slot];
  I32[w + WR_PREV] = prev;
  I32[w + WR_NEXT] = next;
  if (next) I32[(next >> 2) + WR_PREV] = wr;
  if (prev) I32[(prev >> 2) + WR_NEXT] = wr;
  else I32[slot] = wr;
  gcTrack(wr);
  return wr;
}

/** Unlink a weakref from its referent's list and mark it dead. */
function unlink(wr: number): void {
  const w = wr >> 2;
  const o = I32[w + WR_REFERENT];
  if (o === 0) return;
  const slot = weaklistSlot(o);
  const prev = I32[w + WR_PREV], next = I32[w + WR_NEXT];
  if (prev) I32[(prev >> 2) + WR_NEXT] = next;
  else I32[slot] = next;
  if (next) I32[(next >> 2) + WR_PREV] = prev;
  I32[w + WR_PREV] = I32[w + WR_NEXT] = 0;
  I32[w + WR_REFERENT] = 0;
}

export function weakrefDealloc(wr: number): void {
  gcUntrack(wr);
  unlink(wr);
  const t = TYPES[I32[(wr >> 2) + 1]];
  const cb = I32[(wr >> 2) + WR_CALLBACK];
  I32[(wr >> 2) + WR_CALLBACK] = 0;
  xdecref(cb);
  if (t.dictOffset) {
    const d = I32[(wr >> 2) + t.dictOffset];
    I32[(wr >> 2) + t.dictOffset] = 0;
    xdecref(d);
  }
  freeGCObject(wr);
  // a heap subclass's type reference is dropped by subtypeDealloc
}

export function weakrefTraverse(wr: number, visit: Visit): void {
  const cb = I32[(wr >> 2) + WR_CALLBACK];
  if (cb) visit(cb);
  const t = TYPES[I32[(wr >> 2) + 1]];
  if (t.dictOffset && I32[(wr >> 2) + t.dictOffset]) visit(I32[(wr >> 2) + t.dictOffset]);
}

export function weakrefClear(wr: number): void {
  unlink(wr);
  const cb = I32[(wr >> 2) + WR_CALLBACK];
  I32[(wr >> 2) + WR_CALLBACK] = 0;
  xdecref(cb);
}

export const callHook = { call: (_f: number, _args: number[]): number => 0 };

function runCallbacks(refs: number[]): void {
  for (const wr of refs) {
    const cb = I32[(wr >> 2) + WR_CALLBACK];
    if (cb !== 0) {
      // the weakref's reference to the callback moves to this local (released in finally)
      I32[(wr >> 2) + WR_CALLBACK] = 0;
      try {
        decref(callHook.call(cb, [wr]));
      } catch (e) {
        if (e instanceof PyException) weakrefReport.unraisable(e, `<function at callback>`, cb);
        else throw e;
      } finally {
        decref(cb);
      }
    }
  }
}

/** PyObject_ClearWeakRefs: `o` is being deallocated (refcount death). */
export function clearWeakrefs(o: number): void {
  const slot = weaklistSlot(o);
  if (slot === 0 || I32[slot] === 0) return;
  const withCb: number[] = [];
  while (I32[slot] !== 0) {
    const wr = I32[slot];
    unlink(wr);
    if (I32[(wr >> 2) + WR_CALLBACK] !== 0 && I32[wr >> 2] > 0) {
      incref(wr);
      withCb.push(wr);
    }
  }
  try {
    runCallbacks(withCb);
  } finally {
    for (const wr of withCb) decref(wr);
  }
}

/**
 * GC step (handle_weakrefs): clear every weakref to an unreachable object; call the callbacks of
 * the weakrefs that are not garbage themselves. Returns how many weakrefs died as a result.
 */
export function handleWeakrefs(unreachable: number, old: number): number {
  const toCall: number[] = [];
  for (let a = I32[(unreachable >> 2) + GC_NEXT]; a !== unreachable; a = I32[(a >> 2) + GC_NEXT]) {
    const slot = weaklistSlot(a);
    if (slot === 0) continue;
    while (I32[slot] !== 0) {
      const wr = I32[slot];
      unlink(wr);
      const trash = I32[(wr >> 2) + GC_NEXT] !== 0 && (I32[(wr >> 2) + GC_FLAGS] & GCF_COLLECTING) !== 0;
      if (I32[(wr >> 2) + WR_CALLBACK] !== 0 && !trash) {
        incref(wr);
        toCall.push(wr);
      }
    }
  }
  let freed = 0;
  runCallbacks(toCall);
  for (const wr of toCall) {
    if (I32[wr >> 2] === 1) freed++;
    else if (I32[(wr >> 2) + GC_NEXT] !== 0) {
      listRemove(wr);
      listAppend(old, wr);
    }
    decref(wr);
  }
  return freed;
}

export function weakrefCount(o: number): number {
  const slot = weaklistSlot(o);
  let n = 0;
  if (slot) for (let wr = I32[slot]; wr !== 0; wr = I32[(wr >> 2) + WR_NEXT]) n++;
  return n;
}

export function weakrefList(o: number): number[] {
  const slot = weaklistSlot(o);
  const out: number[] = [];
  if (slot) for (let wr = I32[slot]; wr !== 0; wr = I32[(wr >> 2) + WR_NEXT]) out.push(wr);
  return out;
}
