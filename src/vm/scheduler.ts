// The scheduler of green threads: one JavaScript thread, many Python threads, one GIL.
//
// Every Python thread has its own ThreadState (data stack, frames, exception state); `vmState.ts`
// is always the thread whose code runs (the GIL holder). A thread is in one of these states:
//
//   NEW      created by start(), waiting for the GIL to run its first instruction
//   READY    suspended at an eval-breaker point (forced off the GIL), waiting for the GIL
//   RUNNING  holds the GIL (its eval loops are on the JS stack)
//   PARKED   blocked (sleep, lock, join, Condition/Event wait) with its state saved in its
//            frames: the base loop suspended itself, so any scheduling loop can resume it
//   BLOCKED  blocked inside a nested scheduling loop (`blockNested`) on the JS stack: it can only
//            continue when control returns to that loop (JS stack discipline)
//   DONE
//
// Scheduling loops. `runMainThread` runs the bottom loop. A blocking call in a nested context
// (a builtin calling back into Python, `with`, a keyword call) runs `blockNested`, a nested loop
// on top of the current JS stack that resumes other threads (each returns by suspending,
// parking, or finishing) until its owner's wait is over. A blocking call made straight from a
// thread's base loop (`lock.acquire()`, `join()`, `Event.wait()`, `time.sleep()`, written as a
// tiny Python loop around a native call in _thread) *parks* instead: the native arms the
// breaker so the loop's next backward jump suspends the thread, and it stays off the JS stack.
//
// The GIL (cpython-facts.md §5): a thread waiting for the GIL (READY/NEW, or a blocked thread
// whose wait is over) that has waited a whole switch interval without any switch happening makes
// the holder drop the GIL at its next breaker check (the drop request); the holder is suspended
// and the longest waiter takes the GIL (FORCE_SWITCHING). A holder inside a nested eval loop
// cannot be suspended: the switch is deferred to its next base-loop breaker point. The breaker
// looks at the clock only every CHECK_INTERVAL points.
//
// When no thread can run, the loop waits for the earliest deadline (Atomics.wait for the real
// clock, a jump for the virtual one); when there is none, the program is deadlocked: it ends
// with a message naming every thread and what it waits for (exit status 1).

import { I32, decref, incref, xdecref, T_FUNCTION, T_METHOD, T_STR, type KwArgs } from '../runtime/object.js';
import { FN_CODE, M_FUNC, M_SELF, codeOf } from '../runtime/objects/function.js';
import { dictKeys, dictGet, dictGetStr, newDict, dictCopy } from '../runtime/objects/dict.js';
import { strValue } from '../runtime/objects/str.js';
import { EMPTY_TUPLE } from '../runtime/objects/tuple.js';
import { instanceDict } from '../runtime/objects/type.js';
import { PyException, EXC, isSubtype, raise } from '../runtime/objects/exception.js';
import { TYPES } from '../runtime/object.js';
import * as A from '../runtime/abstract.js';
import { S } from '../runtime/abstract.js';
import { CO_GENERATOR } from '../compiler/opcodes.js';
import { stderrWrite, flushStdout } from '../runtime/builtins/io.js';
import { sysState } from '../runtime/modules/sys.js';
import { collectHooks } from '../runtime/gc/collect.js';
import { hexAddr, moduleDict } from '../runtime/types.js';
import { type Frame, ThreadState, vmState } from './frame.js';
import { runThread, resumeThread, toPyException } from './eval.js';
import { makeFrame, callObject } from './call.js';
import { breaker, CHECK_INTERVAL, arm, foldPoints } from './gil.js';
import { clock, blockFor, plainSleep, VIRTUAL_S_PER_POINT } from './clock.js';
import { formatException, formatUnraisable } from './traceback.js';
import { interp } from './interpreter.js';
import { traceStart, traceSlice, traceThreadName, traceInstant, traceWrite, trace, GC_TID } from './trace.js';

export const ST_NEW = 0, ST_READY = 1, ST_RUNNING = 2, ST_PARKED = 3, ST_BLOCKED = 4, ST_DONE = 5;
/** The main thread's module code finished; it takes the GIL back when its runMainThread returns. */
export const ST_RETURNING = 6;
const STATE_NAMES = ['new', 'ready', 'running', 'parked', 'blocked', 'done', 'finishing'];

export const W_LOCK = 1, W_RLOCK = 2, W_SLEEP = 3;

/** The state of a `_thread.lock` / `_thread.RLock` object (kept beside the heap object). */
export interface LockState {
  rlock: boolean;
  locked: boolean;
  /** RLock owner. */
  owner: PyThread | null;
  count: number;
  /** Heap address of the lock object (for its repr in deadlock messages). */
  addr: number;
  /** The sentinel of this thread's join (a thread's "tstate lock"): the thread's name. */
  joinOf: string | null;
  /** What a blocked waiter is doing, for deadlock messages (Condition/Event/Semaphore waits). */
  desc: string | null;
  /** The thread that acquired a locked plain lock (locks have no owner; bookkeeping only). */
  holder: PyThread | null;
}

export interface Wait {
  kind: number;
  lock: LockState | null;
  /** RLock._acquire_restore: the recursion count to restore. */
  count: number;
  /** Monotonic clock seconds; Infinity = no timeout. */
  deadline: number;
  /** Set when the wait ends: true = acquired / slept, false = timed out. */
  result: boolean;
  /** When the wait became satisfiable (NaN while it is not). */
  readyAt: number;
}

/** Per-thread figures for --stats (kept after the thread finished). */
export interface ThreadStat {
  name: string;
  runTime: number;
  gilWait: number;
  blocked: number;
  slices: number;
  forcedOut: number;
}

export class PyThread {
  idx: number;
  ts: ThreadState | null;
  ident: number;
  nativeId: number;
  name: string;
  daemon: boolean;
  state = ST_NEW;
  /** Sequence number of the last transition into READY/blocked: FIFO among equal times. */
  seq = 0;
  readySince = 0;
  blockedSince = 0;
  takenAt = 0;
  wait: Wait | null = null;
  /** A park was requested: suspend at the next breaker point. */
  parkReq = false;
  parkCalls = 0;
  parkResult: boolean | null = null;
  /** Its base eval loop is on the JS stack, started by the scheduler (suspendable). */
  inBase = false;
  started = false;
  frozen = false;
  /** First run: either a ready frame (main thread) or a callable with arguments (all owned). */
  entryFrame: Frame | null = null;
  target = 0;
  argsObj = 0;
  kwObj = 0;
  threadObj = 0;
  doneHook = 0;
  /** Called (with threadObj) in the new thread before its target: threading sets `_started`. */
  startHook = 0;
  /** Started with _thread.start_new_thread (not a threading.Thread): its unraisable format. */
  raw = false;
  /** References CPython's call of a target with keyword arguments holds while it runs (owned):
   * Thread.run's `**self._kwargs` merged into a new dict, and _PyStack_UnpackDict's copies of
   * every argument value. Seen by sys.getrefcount in the target (and gc counts); null if none. */
  callHeld: number[] | null = null;
  sentinel: LockState | null = null;
  /** Locks and RLocks this thread acquired and has not released. */
  locksHeld = 0;
  /** Seconds slept keeping the GIL (see sleepFor) since this thread last released a lock. */
  heldSleep = 0;
  stat: ThreadStat;
  constructor(idx: number, ts: ThreadState, ident: number, nativeId: number, name: string, daemon: boolean) {
    this.idx = idx;
    this.ts = ts;
    this.ident = ident;
    this.nativeId = nativeId;
    this.name = name;
    this.daemon = daemon;
    this.stat = { name, runTime: 0, gilWait: 0, blocked: 0, slices: 0, forcedOut: 0 };
  }
}

// ---- state ----------------------------------------------------------------------------------------

/** Live threads (not DONE), main first. */
const threads: PyThread[] = [];
const finishedStats: ThreadStat[] = [];
let main: PyThread | null = null;
let current: PyThread | null = null;
let nextIdx = 1;
let seqCounter = 0;
/** Owner of each nested scheduling loop on the JS stack (null = the bottom loop). */
const loopOwners: (PyThread | null)[] = [];
let lastHolder: PyThread | null = null;
let lastSwitchAt = 0;
let mainOutcome: { res: number; err: unknown } | null = null;
let deferredOpen = false;

const MAIN_IDENT = 0x7f6c1e2b3740;
const IDENT_STEP = 0x801000;

export const gilStats = {
  switches: 0,
  forced: 0,
  voluntary: 0,
  deferred: 0,
  parks: 0,
  nested: 0,
  heldSleeps: 0,
  waits: [] as number[],
  overshoots: [] as number[],
  forcedSlices: [] as number[],
  threadsStarted: 0,
};

export const schedHooks = {
  /** `_thread._call(f, args, kwargs)`: the base frame for callables that are not plain functions. */
  trampoline: 0,
};

let flagsStats = false;

function now(): number {
  return clock.monotonicSeconds();
}

function ensureMain(): PyThread {
  if (main === null) {
    main = new PyThread(nextIdx++, vmState.ts, MAIN_IDENT, process.pid, 'MainThread', false);
    main.state = ST_RUNNING;
    main.started = true;
    main.takenAt = now();
    threads.push(main);
    current = main;
    lastHolder = main;
    installedFor = main;
    traceThreadName(main.idx, 'MainThread');
  }
  return main;
}

export function currentThread(): PyThread {
  ensureMain();
  return current!;
}

export function mainThread(): PyThread {
  return ensureMain();
}

// the thread whose first container repr allocates (abstract.ts reprHooks): the main thread is 0,
// before and after threading starts
A.reprHooks.thread = () => (current === null || current === main ? 0 : current);

export function liveThreads(): readonly PyThread[] {
  ensureMain();
  return threads;
}

function otherLive(): boolean {
  for (const t of threads) if (t !== current && !t.frozen) return true;
  return false;
}

// ---- threading.local: one instance dict per thread, swapped in on every switch ---------------

interface LocalObj {
  off: number;
  dicts: Map<PyThread, number>;
  /** A local whose class defines __init__: its arguments (tuple, dict or 0), and the threads
   * that already ran it (CPython calls __init__ again on a thread's first access). */
  init?: { args: number; kw: number; done: Set<PyThread> };
}
const locals = new Map<number, LocalObj>();
const wrappedLocalTypes = new Set<number>();
let installedFor: PyThread | null = null;

/** Register a `threading.local` instance (its dict word is swapped per thread). */
export function registerLocal(o: number): void {
  ensureMain();
  const t = TYPES[I32[(o >> 2) + 1]];
  if (t.dictOffset === 0) throw raise(EXC.TypeError, 'local object needs a __dict__');
  locals.set(o, { off: t.dictOffset, dicts: new Map() });
  // per-thread dicts are ordinary dicts (CPython's ldict), created with the object for this thread
  t.plainDict = true;
  instanceDict(o, true);
  if (!wrappedLocalTypes.has(t.id)) {
    wrappedLocalTypes.add(t.id);
    const orig = t.dealloc;
    t.dealloc = (a: number) => {
      const L = locals.get(a);
      if (L) {
        locals.delete(a);
        for (const d of L.dicts.values()) decref(d);
        if (L.init) {
          decref(L.init.args);
          if (L.init.kw) decref(L.init.kw);
        }
      }
      orig(a);
    };
  }
}

/** Remember a local's __init__ arguments; the current thread has run __init__ already. */
export function setLocalInit(o: number, args: number, kw: number): void {
  const L = locals.get(o);
  if (!L || L.init) return;
  incref(args);
  if (kw) incref(kw);
  L.init = { args, kw, done: new Set([currentThread()]) };
}

/** On a thread's first access to a local with __init__: its [args, kw] (then marked done). */
export function pendingLocalInit(o: number): [number, number] | null {
  const L = locals.get(o);
  if (!L || !L.init) return null;
  const r = currentThread();
  if (L.init.done.has(r)) return null;
  L.init.done.add(r);
  return [L.init.args, L.init.kw];
}

function swapLocals(to: PyThread): void {
  const from = installedFor;
  installedFor = to;
  if (from === to || locals.size === 0) return;
  let drop: number[] | null = null;
  for (const [a, L] of locals) {
    const w = (a >> 2) + L.off;
    const d = I32[w];
    if (d !== 0) {
      if (from !== null && from.state !== ST_DONE) L.dicts.set(from, d);
      else (drop ??= []).push(d);
    }
    const nd = L.dicts.get(to);
    if (nd !== undefined) L.dicts.delete(to);
    I32[w] = nd ?? 0;
  }
  if (drop) for (const d of drop) decref(d);
}

function dropLocals(r: PyThread): void {
  for (const L of locals.values()) {
    L.init?.done.delete(r);
    const d = L.dicts.get(r);
    if (d !== undefined) {
      L.dicts.delete(r);
      decref(d);
    }
  }
}

function setCurrent(r: PyThread): void {
  current = r;
  vmState.ts = r.ts!;
  if (installedFor !== r) swapLocals(r);
}

// ---- waits ----------------------------------------------------------------------------------------

export function newWait(kind: number, lock: LockState | null, deadline: number): Wait {
  return { kind, lock, count: 0, deadline, result: false, readyAt: NaN };
}

function canProceed(r: PyThread, w: Wait): boolean {
  switch (w.kind) {
    case W_LOCK:
      return !w.lock!.locked;
    case W_RLOCK:
      return w.lock!.owner === null || w.lock!.owner === r;
    default:
      return false;
  }
}

/** Is the blocked thread's wait over (without committing it)? Records when it became so. */
function resolved(r: PyThread, t: number): boolean {
  const w = r.wait!;
  if (canProceed(r, w)) {
    if (Number.isNaN(w.readyAt)) w.readyAt = t;
    return true;
  }
  if (t >= w.deadline) {
    w.readyAt = w.deadline;
    return true;
  }
  w.readyAt = NaN;
  return false;
}

/** End the wait of a thread about to take the GIL: take the lock, or time out. */
function commit(r: PyThread, t: number): boolean {
  const w = r.wait!;
  if (canProceed(r, w)) {
    const l = w.lock;
    if (w.kind === W_LOCK) {
      l!.locked = true;
      l!.holder = r;
      lockTaken(r);
    } else if (w.kind === W_RLOCK) {
      if (l!.owner === r) l!.count += w.count || 1;
      else {
        l!.owner = r;
        l!.count = w.count || 1;
        lockTaken(r);
      }
    }
    w.result = true;
    return true;
  }
  if (t >= w.deadline) {
    w.result = w.kind === W_SLEEP;
    return true;
  }
  w.readyAt = NaN;
  return false;
}

/**
 * How soon a Condition waiter blocked on lock `st` can run if notified (lower first): not blocked
 * yet 0, parked 1, blocked in a nested loop 2 + its distance from the top of the JS stack. Waking
 * the top-most nested waiter first avoids waking one that cannot run until the loops above it
 * return.
 */
export function waiterRank(st: LockState): number {
  for (const r of threads) {
    if (r.wait === null || r.wait.lock !== st) continue;
    if (r.state === ST_PARKED) return 1;
    if (r.state === ST_BLOCKED) {
      const i = loopOwners.lastIndexOf(r);
      return 2 + (i < 0 ? 0 : loopOwners.length - 1 - i);
    }
    return 0;
  }
  return 0;
}

/** Called when a lock is released: have the next breaker check look at the waiters. */
export function poke(): void {
  if (threads.length > 1) arm(1);
}

// ---- the GIL ------------------------------------------------------------------------------------

function gilTake(r: PyThread, t: number): void {
  let since: number;
  if (r.state === ST_PARKED || r.state === ST_BLOCKED) {
    const ra = r.wait!.readyAt;
    since = Number.isNaN(ra) ? t : Math.min(ra, t);
    r.stat.blocked += Math.max(0, since - r.blockedSince);
    if (trace.enabled) traceSlice(r.idx, 'blocked', 'wait', r.blockedSince, since, { on: describeWait(r) });
  } else since = r.readySince;
  const waited = Math.max(0, t - since);
  gilStats.waits.push(waited);
  r.stat.gilWait += waited;
  if (trace.enabled) traceSlice(r.idx, 'waiting for GIL', 'gil', since, t);
  if (lastHolder !== r) {
    if (lastHolder !== null) gilStats.switches++;
    lastHolder = r;
    lastSwitchAt = t;
  }
  r.takenAt = t;
  r.stat.slices++;
}

function gilDrop(r: PyThread, t: number, why: 'forced' | 'voluntary' | 'exit'): void {
  r.stat.runTime += Math.max(0, t - r.takenAt);
  if (trace.enabled) traceSlice(r.idx, 'running', 'run', r.takenAt, t, why === 'forced' ? { dropped: 'drop request' } : undefined);
  if (why === 'forced') {
    gilStats.forced++;
    r.stat.forcedOut++;
    gilStats.forcedSlices.push(t - r.takenAt);
  } else gilStats.voluntary++;
}

/**
 * The oldest wait among threads that could take the GIL if the holder dropped it now: READY
 * and NEW threads, parked threads whose wait is over, and the owner of the innermost
 * scheduling loop. Threads blocked deeper in the JS stack cannot run, so they do not count.
 */
function oldestWaiter(t: number): number {
  const owner = loopOwners.length ? loopOwners[loopOwners.length - 1] : null;
  let best = Infinity;
  for (const r of threads) {
    if (r === current || r.frozen) continue;
    const s = r.state;
    if (s === ST_READY || s === ST_NEW) {
      if (r.readySince < best) best = r.readySince;
    } else if (s === ST_PARKED || (s === ST_BLOCKED && r === owner)) {
      if (resolved(r, t) && r.wait!.readyAt < best) best = r.wait!.readyAt;
    }
  }
  return best;
}

/**
 * Real clock only: the countdown is re-armed so that checks come about every REAL_CHECK_PERIOD
 * seconds whatever the interpreter's speed (1000 points are 0.1 ms on a fast machine but several
 * ms on a slow or loaded one, too coarse for a 0.5 ms switch interval). The virtual clock keeps
 * CHECK_INTERVAL, so its switch points do not depend on the machine.
 */
export const REAL_CHECK_PERIOD = 50e-6;
let lastCheckAt = 0;
let realArm = CHECK_INTERVAL;

function check(ts: ThreadState): boolean {
  const p = foldPoints();
  if (clock.virtual) clock.vnow += p * VIRTUAL_S_PER_POINT;
  const cur = current;
  if (cur === null || threads.length <= 1 || cur.ts !== ts) {
    arm(CHECK_INTERVAL);
    return false;
  }
  const t = now();
  let next = CHECK_INTERVAL;
  if (!clock.virtual) {
    const dt = t - lastCheckAt;
    lastCheckAt = t;
    if (p > 0 && dt > 0 && dt < 1) {
      const want = (p * REAL_CHECK_PERIOD) / dt;
      // move halfway towards the target (smooths out one-off pauses such as a collection)
      realArm = Math.max(8, Math.min(CHECK_INTERVAL, Math.round((realArm + want) / 2)));
    }
    next = realArm;
  }
  const base = cur.inBase && ts.runDepth === 1;
  if (cur.parkReq && base) {
    arm(next);
    return true;
  }
  const oldest = oldestWaiter(t);
  if (oldest !== Infinity) {
    const iv = Math.max(sysState.switchInterval, 1e-6);
    const dropAt = Math.max(lastSwitchAt, oldest) + iv;
    if (t >= dropAt) {
      if (base) {
        gilStats.overshoots.push(t - dropAt);
        deferredOpen = false;
        arm(next);
        forcedPending = true;
        return true;
      }
      if (!deferredOpen) {
        deferredOpen = true;
        gilStats.deferred++;
      }
      arm(Math.min(64, next));
      return false;
    }
  }
  deferredOpen = false;
  arm(next);
  return false;
}

let forcedPending = false;

breaker.check = check;

// ---- running threads ------------------------------------------------------------------------------

function buildKw(kwObj: number): KwArgs | null {
  if (kwObj === 0 || kwObj === S.None) return null;
  const keys = dictKeys(kwObj);
  if (keys.length === 0) return null;
  const kw: KwArgs = { names: [], values: [] };
  for (const k of keys) {
    if (I32[(k >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, 'keywords must be strings');
    kw.names.push(strValue(k));
    kw.values.push(dictGet(kwObj, k));
  }
  return kw;
}

/** Build the thread's entry frame and run its base loop for the first time. */
function startEntry(r: PyThread): number {
  const ts = r.ts!;
  if (r.entryFrame !== null) {
    const f = r.entryFrame;
    r.entryFrame = null;
    return runThread(ts, f);
  }
  if (r.startHook) {
    const h = r.startHook;
    r.startHook = 0;
    ts.runDepth++;
    try {
      decref(callObject(h, [r.threadObj || S.None], null));
    } catch (e) {
      const pe = toPyException(e);
      stderrWrite(`Exception ignored in thread ${r.name} at start:\n${formatException(pe.exc)}`);
      decref(pe.exc);
    } finally {
      ts.runDepth--;
      decref(h);
    }
  }
  let fn = r.target;
  if (fn === 0 || fn === S.None) {
    incref(S.None);
    return S.None;
  }
  const args = r.argsObj && r.argsObj !== S.None ? A.iterToArray(r.argsObj) : [];
  let f: Frame;
  try {
    const kw = buildKw(r.kwObj);
    if (kw !== null) {
      const held = r.raw ? [] : [dictCopy(r.kwObj)];
      for (const v of [...args, ...kw.values]) {
        incref(v);
        held.push(v);
      }
      r.callHeld = held;
    }
    let self = 0;
    if (I32[(fn >> 2) + 1] === T_METHOD && I32[(I32[(fn >> 2) + M_FUNC] >> 2) + 1] === T_FUNCTION) {
      self = I32[(fn >> 2) + M_SELF];
      fn = I32[(fn >> 2) + M_FUNC];
    }
    const plain = I32[(fn >> 2) + 1] === T_FUNCTION && (codeOf(I32[(fn >> 2) + FN_CODE]).co.flags & CO_GENERATOR) === 0;
    if (plain) {
      const all = self ? [self, ...args] : args;
      f = makeFrame(ts, fn, all, 0, all.length, kw, false);
    } else {
      const kd = r.kwObj && r.kwObj !== S.None ? r.kwObj : newDict();
      const at = r.argsObj && r.argsObj !== S.None ? r.argsObj : EMPTY_TUPLE;
      try {
        f = makeFrame(ts, schedHooks.trampoline, [r.target, at, kd], 0, 3, null, false);
      } finally {
        if (kd !== r.kwObj) decref(kd);
      }
    }
  } finally {
    for (const a of args) decref(a);
  }
  return runThread(ts, f);
}

/** Give the GIL to `r` and run it until it suspends, parks or finishes. */
function runSlice(r: PyThread, t: number, holding: boolean): void {
  if (!holding) gilTake(r, t);
  const prevState = r.state;
  setCurrent(r);
  r.state = ST_RUNNING;
  if (prevState === ST_PARKED) {
    r.parkResult = r.wait!.result;
  }
  let res = 0;
  let err: unknown = null;
  let threw = false;
  r.inBase = true;
  forcedPending = false;
  try {
    if (!r.started) {
      r.started = true;
      res = startEntry(r);
    } else res = resumeThread(r.ts!);
  } catch (e) {
    threw = true;
    err = e;
  }
  r.inBase = false;
  const t2 = now();
  if (!threw && res === 0) {
    if (r.parkReq) {
      r.parkReq = false;
      r.state = ST_PARKED;
      r.blockedSince = t2;
      r.seq = ++seqCounter;
      r.wait!.readyAt = NaN;
      gilStats.parks++;
      gilDrop(r, t2, 'voluntary');
    } else {
      r.state = ST_READY;
      r.readySince = t2;
      r.seq = ++seqCounter;
      gilDrop(r, t2, forcedPending ? 'forced' : 'voluntary');
    }
    forcedPending = false;
    return;
  }
  if (r === main) {
    // the main module (or _shutdown) finished: main gives up the GIL until the scheduling loops
    // above the bottom one have returned (runAsMain takes it back)
    mainOutcome = { res, err: threw ? err : null };
    if (loopOwners.length <= 1) return;
    r.state = ST_RETURNING;
    r.readySince = t2;
    r.seq = ++seqCounter;
    gilDrop(r, t2, 'voluntary');
    return;
  }
  finishThread(r, threw ? err : null, res);
}

function finishThread(r: PyThread, err: unknown, res: number): void {
  const ts = r.ts!;
  ts.runDepth++;
  try {
    let exc = 0;
    if (err !== null) exc = toPyException(err).exc;
    else decref(res);
    try {
      if (exc !== 0 && isSubtype(TYPES[I32[(exc >> 2) + 1]], EXC.SystemExit)) {
        decref(exc);
        exc = 0;
      }
      if (r.doneHook) {
        decref(callObject(r.doneHook, [r.threadObj || S.None, exc || S.None], null));
      } else if (exc !== 0) {
        printThreadException(r.raw ? null : r.name, exc, r.target);
      }
    } catch (e) {
      // what escapes threading's excepthook call: SystemExit ends the thread quietly, anything
      // else is reported as _thread reports an exception out of Thread._bootstrap
      const pe = toPyException(e);
      if (!isSubtype(TYPES[I32[(pe.exc >> 2) + 1]], EXC.SystemExit)) {
        const by = r.threadObj ? `<bound method Thread._bootstrap of ${A.reprJS(r.threadObj)}>` : `thread ${r.name}`;
        stderrWrite(`Exception ignored in thread started by: ${by}\n${formatUnraisable(pe.exc)}`);
      }
      decref(pe.exc);
    } finally {
      xdecref(exc);
    }
  } finally {
    ts.runDepth--;
  }
  const t = now();
  gilDrop(r, t, 'exit');
  r.state = ST_DONE;
  if (r.sentinel) r.sentinel.locked = false;
  const i = threads.indexOf(r);
  if (i >= 0) threads.splice(i, 1);
  finishedStats.push(r.stat);
  dropLocals(r);
  A.reprThreadEnded(r);
  if (r.callHeld !== null) {
    const held = r.callHeld;
    r.callHeld = null;
    for (const a of held) decref(a);
  }
  for (const a of [r.target, r.argsObj, r.kwObj, r.threadObj, r.doneHook, r.startHook]) xdecref(a);
  r.target = r.argsObj = r.kwObj = r.threadObj = r.doneHook = r.startHook = 0;
  if (lastHolder === r) lastHolder = null;
  r.ts = null;
}

/** Print an exception that escaped a thread (threading.excepthook's format). */
export function printThreadException(name: string | null, exc: number, target: number): void {
  flushStdout();
  const head = name !== null ? `Exception in thread ${name}:\n` : `Exception ignored in thread started by: ${target ? A.reprJS(target) : 'None'}\n`;
  stderrWrite(head + formatException(exc));
}

/** Pick the thread that takes the GIL next in the loop owned by `owner` (FIFO by wait start). */
function pickNext(owner: PyThread | null, t: number): PyThread | null {
  let best: PyThread | null = null;
  let bestT = Infinity;
  let bestSeq = Infinity;
  for (const r of threads) {
    if (r.frozen) continue;
    let since: number;
    const s = r.state;
    if (s === ST_READY || s === ST_NEW) since = r.readySince;
    else if (s === ST_PARKED || (s === ST_BLOCKED && r === owner)) {
      if (!resolved(r, t)) continue;
      since = r.wait!.readyAt;
    } else continue;
    if (since < bestT || (since === bestT && r.seq < bestSeq)) {
      best = r;
      bestT = since;
      bestSeq = r.seq;
    }
  }
  return best;
}

function earliestDeadline(owner: PyThread | null): number {
  let d = Infinity;
  for (const r of threads) {
    if (r.frozen) continue;
    if ((r.state === ST_PARKED || (r.state === ST_BLOCKED && r === owner)) && r.wait!.deadline < d) d = r.wait!.deadline;
  }
  return d;
}

function advanceTo(d: number): void {
  if (clock.virtual) {
    clock.vnow += foldPoints() * VIRTUAL_S_PER_POINT;
    if (d > clock.vnow) clock.vnow = d;
    return;
  }
  const t = now();
  if (d > t) blockFor(d - t);
}

/**
 * A scheduling loop: run other threads until `stop()` (bottom loop) or until the owner's wait is
 * over and it is the owner's turn (nested loop; the owner's wait is committed on return).
 */
function schedule(owner: PyThread | null, stop: () => boolean): void {
  loopOwners.push(owner);
  try {
    for (;;) {
      if (stop()) return;
      const t = now();
      const next = pickNext(owner, t);
      if (next !== null) {
        if (next === owner) {
          if (commit(owner, t)) return;
          continue;
        }
        if (next.state === ST_PARKED && !commit(next, t)) continue;
        runSlice(next, t, false);
        continue;
      }
      const d = earliestDeadline(owner);
      if (d !== Infinity) {
        advanceTo(d);
        continue;
      }
      deadlock(owner);
    }
  } finally {
    loopOwners.pop();
  }
}

// ---- blocking ----------------------------------------------------------------------------------------

/** Can the current thread park (suspend at its next breaker point) instead of nesting a loop? */
export function canPark(): boolean {
  const r = currentThread();
  return r.inBase && r.ts!.runDepth === 1;
}

/** Ask the current thread's base loop to suspend at its next breaker point, waiting for `w`. */
export function requestPark(w: Wait): void {
  const r = currentThread();
  r.wait = w;
  r.parkReq = true;
  r.parkCalls = 0;
  r.parkResult = null;
  arm(1);
}

/**
 * `_thread._park_wait()`: null while the park is pending (the caller loops back, and the
 * backward jump suspends it); the wait's result once the thread was resumed.
 */
export function parkWait(): boolean | null {
  const r = currentThread();
  if (r.parkResult !== null) {
    const v = r.parkResult;
    r.parkResult = null;
    r.wait = null;
    return v;
  }
  if (r.parkReq) {
    if (r.parkCalls++ === 0) return null;
    // the breaker did not suspend us (not in a base loop after all): block here instead
    r.parkReq = false;
    const w = r.wait!;
    const ok = blockNested(w);
    return ok;
  }
  return false;
}

/**
 * Block the current thread until `w` is over, running other threads in a nested scheduling
 * loop. Returns the wait's result (false = timed out).
 */
export function blockNested(w: Wait): boolean {
  const r = currentThread();
  const t = now();
  r.wait = w;
  w.readyAt = NaN;
  gilDrop(r, t, 'voluntary');
  r.state = ST_BLOCKED;
  r.blockedSince = t;
  r.seq = ++seqCounter;
  gilStats.nested++;
  schedule(r, () => false);
  gilTake(r, now());
  setCurrent(r);
  r.state = ST_RUNNING;
  r.wait = null;
  return w.result;
}

/** Wait for `w` from any context: park when possible (returns null), else block nested. */
export function waitFor(w: Wait): boolean | null {
  if (canPark()) {
    requestPark(w);
    return null;
  }
  return blockNested(w);
}

/** time.sleep with threads: release the GIL for `s` seconds. null = parked (see parkWait). */
export function sleepFor(s: number, allowPark: boolean): boolean | null {
  ensureMain();
  if (!otherLive()) {
    plainSleep(s);
    return true;
  }
  const w = newWait(W_SLEEP, null, now() + s);
  if (allowPark && canPark()) {
    requestPark(w);
    return null;
  }
  const r = currentThread();
  if (r.locksHeld > 0 && r.heldSleep + s <= HELD_SLEEP_LIMIT) {
    // A sleep inside a nested call (a generator, `with`, a keyword call...) by a thread holding a
    // lock keeps the GIL: a thread resumed on top of it that blocked on that lock could never
    // continue (the sleeper can only go on once the loops above it returned). A thread that
    // sleeps on and on without releasing its lock (polling for another thread's work) releases
    // the GIL after HELD_SLEEP_LIMIT seconds.
    gilStats.heldSleeps++;
    r.heldSleep += s;
    advanceTo(w.deadline);
    return true;
  }
  return blockNested(w);
}

/** Seconds of GIL-keeping sleeps allowed between two lock releases (see sleepFor). */
export const HELD_SLEEP_LIMIT = 0.1;

export function lockTaken(r: PyThread): void {
  r.locksHeld++;
}

export function lockReleased(r: PyThread): void {
  r.locksHeld--;
  r.heldSleep = 0;
}



clock.sleepHook = (s: number) => {
  sleepFor(s, false);
};

// ---- starting threads ------------------------------------------------------------------------------

export interface StartOptions {
  target: number;
  args: number;
  kwargs: number;
  threadObj: number;
  doneHook: number;
  startHook?: number;
  name: string | null;
  daemon: boolean;
  raw: boolean;
  /** Recursion depth the thread starts at (CPython's bootstrap frames below its callable). */
  baseDepth?: number;
}

/** Create a thread (references in `o` are borrowed). It runs when it gets the GIL. */
export function startThread(o: StartOptions): PyThread {
  ensureMain();
  if (shuttingDownFrozen) throw raise(EXC.RuntimeError, "can't create new thread at interpreter shutdown");
  const idx = nextIdx++;
  const ident = MAIN_IDENT - 0x1000100 - (idx - 2) * IDENT_STEP;
  const r = new PyThread(idx, new ThreadState(idx), ident, process.pid + idx - 1, o.name ?? `Dummy-${idx - 1}`, o.daemon);
  for (const a of [o.target, o.args, o.kwargs, o.threadObj, o.doneHook]) if (a) incref(a);
  r.target = o.target;
  r.argsObj = o.args;
  r.kwObj = o.kwargs;
  r.threadObj = o.threadObj;
  r.doneHook = o.doneHook;
  if (o.startHook) {
    incref(o.startHook);
    r.startHook = o.startHook;
  }
  r.raw = o.raw;
  r.ts!.depth = o.baseDepth ?? 0;
  r.state = ST_NEW;
  r.readySince = now();
  r.seq = ++seqCounter;
  threads.push(r);
  gilStats.threadsStarted++;
  traceThreadName(r.idx, r.name);
  // a new waiter: let the holder's next check see it
  poke();
  return r;
}

export function renameThread(ident: number, name: string): void {
  for (const r of threads) {
    if (r.ident === ident) {
      r.name = name;
      r.stat.name = name;
      traceThreadName(r.idx, name);
    }
  }
}

export function threadByIdent(ident: number): PyThread | null {
  for (const r of threads) if (r.ident === ident) return r;
  return null;
}

// ---- the main thread and shutdown --------------------------------------------------------------------

let shuttingDownFrozen = false;

function runAsMain(ts: ThreadState, f: Frame): number {
  const m = ensureMain();
  if (m.ts !== ts) {
    m.ts = ts;
    vmState.ts = ts;
  }
  m.entryFrame = f;
  m.started = false;
  mainOutcome = null;
  setCurrent(m);
  m.state = ST_RUNNING;
  runSlice(m, now(), true);
  schedule(null, () => mainOutcome !== null);
  if (m.state !== ST_RUNNING) gilTake(m, now());
  setCurrent(m);
  m.state = ST_RUNNING;
  m.started = true;
  const o = mainOutcome!;
  mainOutcome = null;
  if (o.err !== null) throw o.err;
  return o.res;
}

export const scheduler = {
  /** Run the main module's frame as the main thread; returns its result (new reference). */
  runMainThread(ts: ThreadState, f: Frame): number {
    return runAsMain(ts, f);
  },
  /** Called after the main module finished (or raised): wait for non-daemon threads. */
  shutdown(): void {
    if (main === null) return;
    try {
      const th = interp.sysModules ? dictGetStr(interp.sysModules, 'threading') : 0;
      if (th !== 0 && threads.length > 1) {
        const fn = dictGetStr(moduleDict(th), '_shutdown');
        if (fn !== 0) {
          incref(fn);
          try {
            if (I32[(fn >> 2) + 1] === T_FUNCTION) {
              const f = makeFrame(main.ts!, fn, [], 0, 0, null, false);
              decref(runAsMain(main.ts!, f));
            } else decref(callObject(fn, [], null));
          } finally {
            decref(fn);
          }
        }
      }
    } finally {
      // daemon threads (and threads started with _thread) are frozen: they never run again
      shuttingDownFrozen = true;
      for (const r of threads) if (r !== main) r.frozen = true;
      closeTrace();
    }
  },
};


// ---- deadlock ------------------------------------------------------------------------------------------

export function lockRepr(l: LockState): string {
  const st = l.locked || (l.rlock && l.owner !== null) ? 'locked' : 'unlocked';
  if (l.rlock) return `<${st} _thread.RLock object owner=${l.owner ? l.owner.ident : 0} count=${l.count} at ${hexAddr(l.addr)}>`;
  return `<${st} _thread.lock object at ${hexAddr(l.addr)}>`;
}

function describeWait(r: PyThread): string {
  const w = r.wait;
  if (w === null) return STATE_NAMES[r.state];
  if (w.kind === W_SLEEP) return 'sleep';
  const l = w.lock!;
  if (l.joinOf !== null) return `join(${l.joinOf})`;
  if (l.desc !== null) return l.desc;
  const h = l.rlock ? l.owner : l.locked ? l.holder : null;
  return lockRepr(l) + (h !== null ? ` (held by ${h === r ? 'itself' : h.name})` : '');
}

function deadlock(owner: PyThread | null): never {
  const t = now();
  const parts: string[] = [];
  const order = threads.filter((r) => r !== main && !r.frozen);
  if (main !== null && !main.frozen && main.state !== ST_DONE) order.push(main);
  for (const r of order) {
    let s = `${r.name} waits for ${describeWait(r)}`;
    if (r.state === ST_BLOCKED && r !== owner && r.wait && resolved(r, t)) {
      s += ` (its wait is over, but it is blocked below ${owner ? owner.name : 'another thread'} on the interpreter's stack)`;
    }
    parts.push(s);
  }
  flushStdout();
  stderrWrite(`pyvm: deadlock: ${parts.join(', ')}\n`);
  if (flagsStats) stderrWrite(threadStats());
  closeTrace();
  process.exit(1);
}

// ---- observability ------------------------------------------------------------------------------------

let traceClosed = false;
function closeTrace(): void {
  if (!trace.enabled || traceClosed) return;
  traceClosed = true;
  const t = now();
  for (const r of threads) {
    if (r.frozen && r.state === ST_DONE) continue;
    switch (r.state) {
      case ST_RUNNING:
        traceSlice(r.idx, 'running', 'run', r.takenAt, t);
        break;
      case ST_READY:
      case ST_NEW:
        traceSlice(r.idx, 'waiting for GIL', 'gil', r.readySince, t);
        break;
      case ST_PARKED:
      case ST_BLOCKED:
        traceSlice(r.idx, 'blocked', 'wait', r.blockedSince, t, { on: describeWait(r) });
        break;
    }
  }
  traceWrite({ clock: clock.virtual ? 'virtual' : 'real', switchInterval: sysState.switchInterval });
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * p))];
}

function ms(s: number): string {
  return (s * 1000).toFixed(3) + 'ms';
}

function dist(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 'n=0';
  return `n=${s.length} median=${ms(pct(s, 0.5))} p99=${ms(pct(s, 0.99))} max=${ms(s[s.length - 1])}`;
}

/** The GIL part of --stats. */
export function threadStats(): string {
  ensureMain();
  const t = now();
  const g = gilStats;
  let out = `gil: clock=${clock.virtual ? 'virtual' : 'real'} switch_interval=${sysState.switchInterval}s threads_started=${g.threadsStarted} ` +
    `switches=${g.switches} drops: forced=${g.forced} voluntary=${g.voluntary} deferred=${g.deferred} parked=${g.parks} nested_blocks=${g.nested} gil_held_sleeps=${g.heldSleeps}\n`;
  out += `gil wait (time from wanting the GIL to getting it): ${dist(g.waits)}\n`;
  out += `gil forced drops: slice ${dist(g.forcedSlices)}; overshoot past the drop request ${dist(g.overshoots)}\n`;
  const all = [...threads.map((r) => {
    const s = { ...r.stat };
    if (r.state === ST_RUNNING) s.runTime += Math.max(0, t - r.takenAt);
    return s;
  }), ...finishedStats];
  const SHOW = 40;
  for (const s of all.slice(0, SHOW)) {
    out += `thread ${s.name}: run=${ms(s.runTime)} gil_wait=${ms(s.gilWait)} blocked=${ms(s.blocked)} slices=${s.slices} forced_out=${s.forcedOut}\n`;
  }
  if (all.length > SHOW) {
    const rest = all.slice(SHOW);
    const sum = (f: (s: ThreadStat) => number) => ms(rest.reduce((a, s) => a + f(s), 0));
    out += `(${rest.length} more threads: run=${sum((s) => s.runTime)} gil_wait=${sum((s) => s.gilWait)} blocked=${sum((s) => s.blocked)})\n`;
  }
  return out;
}

export interface ThreadFlags {
  stats: boolean;
  trace: string | null;
  clock: 'real' | 'virtual';
}

/** Wire the clock, --trace and --stats (call once, after configureRuntime). */
export function configureThreads(flags: ThreadFlags): void {
  clock.virtual = flags.clock === 'virtual';
  if (clock.virtual) clock.vnow = 0;
  flagsStats = flags.stats;
  if (flags.trace) {
    traceStart(flags.trace, clock.virtual ? 0 : now());
    ensureMain();
    traceThreadName(main!.idx, 'MainThread');
    const prev = collectHooks.onCollect;
    let gcEnd = -Infinity;
    collectHooks.onCollect = (gen, collected, uncollectable, msTaken) => {
      prev(gen, collected, uncollectable, msTaken);
      const end = now();
      let start = clock.virtual ? end : end - msTaken / 1000;
      if (start < gcEnd) start = gcEnd;
      const stop = clock.virtual ? start + msTaken / 1000 : Math.max(end, start);
      gcEnd = stop;
      traceSlice(GC_TID, `gc gen${gen}`, 'gc', start, stop, { generation: gen, collected, uncollectable, ms: msTaken, thread: current ? current.name : 'MainThread' });
    };
    const prevSi = sysState.onSwitchInterval;
    sysState.onSwitchInterval = (s) => {
      prevSi(s);
      traceInstant(current ? current.idx : 1, 'setswitchinterval', now(), { interval: s });
    };
    process.on('exit', () => closeTrace());
  }
}
