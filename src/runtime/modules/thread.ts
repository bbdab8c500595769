// The low-level `_thread` module and the `threading` module (Python source in threading_py.ts),
// on top of the green-thread scheduler (vm/scheduler.ts).
//
// Lock objects are instances of small Python classes (`_thread.lock`, `_thread.RLock`) whose
// state lives beside the heap object in `lockStates` (removed when the object is deallocated);
// their methods are native (method descriptors added to the classes), except `acquire`, which is
// a three-line Python loop around a native call:
//
//     r = _lock_acquire(self, blocking, timeout)    # True/False, or None: "parked"
//     while r is None:
//         r = _park_wait()
//
// When the lock is taken and the caller runs in its thread's base eval loop, the native arms
// the eval breaker and returns None; the loop's backward jump then suspends the thread (its
// state stays in its frames) until the scheduler resumes it with the lock taken or the timeout
// over, and `_park_wait()` returns the result. Elsewhere (inside `with`, a keyword call, a
// builtin calling back into Python) the native blocks in a nested scheduling loop instead.
// `time.sleep` is swapped for the same kind of loop once `_thread` is imported.

import { I32, TYPES, T_TUPLE, T_DICT, T_FUNCTION, T_STR, T_LIST, T_TYPE, T_METHOD, T_BUILTIN, T_FLOAT, T_INT, T_WEAKREF, decref, incref, type KwArgs } from '../object.js';
import { newInt } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newStr, strValue, internedStr } from '../objects/str.js';
import { dictSet, dictGetStr, newDict } from '../objects/dict.js';
import { tupleFromSteal, tupleItem, tupleSize } from '../objects/tuple.js';
import { listItems, listFromSteal } from '../objects/list.js';
import { raise, EXC, isSubtype } from '../objects/exception.js';
import { sleepArg } from './time.js';
import { permanentRoots } from '../gc/generations.js';
import { typeInfoOfTypeObject, typeLookup } from '../objects/type.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';
import { defFunction, defMethod } from '../builtins/define.js';
import { newModule, moduleDict, hexAddr, moduleOfType, qualnameOfType } from '../types.js';
import { clock } from '../../vm/clock.js';
import {
  type LockState, W_LOCK, W_RLOCK, newWait, waitFor, blockNested, parkWait, sleepFor, poke, startThread, currentThread,
  liveThreads, mainThread, renameThread, registerLocal, setLocalInit, pendingLocalInit, schedHooks, printThreadException, lockRepr, waiterRank, lockTaken, lockReleased,
} from '../../vm/scheduler.js';
import { THREADING_SOURCE } from './threading_py.js';
import { interp, compileSource, execModule } from '../../vm/interpreter.js';

/** threading.TIMEOUT_MAX as CPython 3.11 reports it on 64-bit Linux. */
export const TIMEOUT_MAX = 9223372036.0;

const lockStates = new Map<number, LockState>();
let lockClass = 0;
let rlockClass = 0;

function lockOf(o: number, rlock: boolean): LockState {
  let st = lockStates.get(o);
  if (st === undefined) {
    const t = TYPES[I32[(o >> 2) + 1]];
    const want = rlock ? rlockClass : lockClass;
    if (want !== 0 && t.addr !== want && !t.mro.some((b) => b.addr === want)) {
      throw raise(EXC.TypeError, `descriptor requires a '_thread.${rlock ? 'RLock' : 'lock'}' object but received a '${t.name}'`);
    }
    st = { rlock, locked: false, owner: null, count: 0, addr: o, joinOf: null, desc: null, holder: null };
    lockStates.set(o, st);
  }
  return st;
}

function boolArg(o: number | undefined, dflt: boolean): boolean {
  return o === undefined || o === 0 ? dflt : A.isTrue(o);
}

function timeoutArg(o: number | undefined, blocking: boolean): number {
  if (o === undefined || o === 0) return -1;
  const ty = I32[(o >> 2) + 1];
  // as _PyTime_FromSecondsObject: a float, or else an integer
  if (ty !== T_FLOAT && !isSubtype(TYPES[ty], TYPES[T_FLOAT]) && !isSubtype(TYPES[ty], TYPES[T_INT])) {
    throw raise(EXC.TypeError, `'${A.typeName(o)}' object cannot be interpreted as an integer`);
  }
  const t = A.asFloat(o);
  if (Number.isNaN(t)) throw raise(EXC.ValueError, 'Invalid value NaN (not a number)');
  if (Math.abs(t) >= 9.2e18) throw raise(EXC.OverflowError, 'timestamp out of range for platform time_t');
  if (!blocking && t !== -1) throw raise(EXC.ValueError, "can't specify a timeout for a non-blocking call");
  if (t < 0 && t !== -1) throw raise(EXC.ValueError, 'timeout value must be positive');
  if (t > TIMEOUT_MAX) throw raise(EXC.OverflowError, 'timeout value is too large');
  return t;
}

/** Result of a wait for Python: True / False, or None when the thread parks. */
function waitResult(r: boolean | null): number {
  if (r === null) return A.retNone();
  return A.newBool(r);
}

function deadlineOf(timeout: number): number {
  return timeout < 0 ? Infinity : clock.monotonicSeconds() + timeout;
}

function lockAcquire(self: number, blocking: boolean, timeout: number, allowPark: boolean): boolean | null {
  const st = lockOf(self, false);
  if (!st.locked) {
    const me = currentThread();
    st.locked = true;
    st.holder = me;
    lockTaken(me);
    return true;
  }
  if (!blocking || timeout === 0) return false;
  const w = newWait(W_LOCK, st, deadlineOf(timeout));
  return allowPark ? waitFor(w) : blockNested(w);
}

function lockRelease(self: number): void {
  const st = lockOf(self, false);
  if (!st.locked) throw raise(EXC.RuntimeError, 'release unlocked lock');
  st.locked = false;
  if (st.holder !== null) {
    lockReleased(st.holder);
    st.holder = null;
  }
  poke();
}

function rlockAcquire(self: number, blocking: boolean, timeout: number, count: number, allowPark: boolean): boolean | null {
  const st = lockOf(self, true);
  const me = currentThread();
  if (st.owner === me) {
    st.count += count;
    return true;
  }
  if (st.owner === null) {
    st.owner = me;
    st.count = count;
    lockTaken(me);
    return true;
  }
  if (!blocking || timeout === 0) return false;
  const w = newWait(W_RLOCK, st, deadlineOf(timeout));
  w.count = count;
  return allowPark ? waitFor(w) : blockNested(w);
}

function rlockRelease(self: number): void {
  const st = lockOf(self, true);
  if (st.owner !== currentThread() || st.count === 0) throw raise(EXC.RuntimeError, 'cannot release un-acquired lock');
  if (--st.count === 0) {
    lockReleased(st.owner);
    st.owner = null;
    poke();
  }
}

const THREAD_PY = `
def _call(f, args, kwargs):
    f(*args, **kwargs)

class lock:
    __slots__ = ('__weakref__',)

    def __sizeof__(self):
        return 40   # CPython's lockobject (getsizeof adds the GC header)

    def acquire(self, blocking=True, timeout=-1):
        r = _lock_acquire(self, blocking, timeout)
        while r is None:
            r = _park_wait()
        return r

    acquire_lock = acquire

LockType = lock

class RLock:
    __slots__ = ('__weakref__',)

    def __sizeof__(self):
        return 48   # CPython's rlockobject

    def acquire(self, blocking=True, timeout=-1):
        r = _rlock_acquire(self, blocking, timeout)
        while r is None:
            r = _park_wait()
        return r

    def _acquire_restore(self, state):
        r = _rlock_acquire_restore(self, state)
        while r is None:
            r = _park_wait()

class _local:
    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        _local_register(self)
        if cls.__init__ is not object.__init__:
            _local_set_init(self, args, kw)
        return self

    # a subclass's __init__ runs again, with the same arguments, on a thread's first access
    def __getattribute__(self, name):
        p = _local_pending_init(self)
        if p is not None:
            type(self).__init__(self, *p[0], **p[1])
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        p = _local_pending_init(self)
        if p is not None:
            type(self).__init__(self, *p[0], **p[1])
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        p = _local_pending_init(self)
        if p is not None:
            type(self).__init__(self, *p[0], **p[1])
        object.__delattr__(self, name)

class _ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % (
            self.exc_type, self.exc_value, self.exc_traceback, self.thread)

def _excepthook(args):
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    _print_exception(str(name), args.exc_value)

def _time_sleep(*args, **kw):
    if kw:
        raise TypeError('time.sleep() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('time.sleep() takes exactly one argument (%d given)' % len(args))
    r = _sleep_begin(args[0])
    while r is None:
        r = _park_wait()
`;

function setStrAttr(d: number, name: string, v: number): void {
  const k = internedStr(name);
  dictSet(d, k, v);
  decref(k);
}

function isCallable(o: number): boolean {
  const t = TYPES[I32[(o >> 2) + 1]];
  const id = t.id;
  return !!t.slots.call || typeLookup(t, '__call__') !== 0 || id === T_FUNCTION || id === T_TYPE || id === T_BUILTIN || id === T_METHOD;
}

let timeSleepFn = 0;

function patchTimeModule(m: number): void {
  if (timeSleepFn === 0 || m === 0) return;
  setStrAttr(moduleDict(m), 'sleep', timeSleepFn);
}

function newLockObject(cls: number): number {
  return A.call(cls, []);
}

function descOf(obj: number, verb: string): string {
  const t = TYPES[I32[(obj >> 2) + 1]];
  const mod = t.isHeap ? moduleOfType(t) : 'builtins';
  const qual = t.isHeap ? qualnameOfType(t) : t.name;
  return `<${mod === 'builtins' ? qual : `${mod}.${qual}`} object at ${hexAddr(obj)}>.${verb}`;
}

export function makeThreadModule(): number {
  const m = newModule('_thread');
  const d = moduleDict(m);
  // natives used by the Python part
  defFunction(d, '_lock_acquire', (_s, args) => {
    const blocking = boolArg(args[1], true);
    return waitResult(lockAcquire(args[0], blocking, timeoutArg(args[2], blocking), true));
  }, { nargs: 3 });
  defFunction(d, '_rlock_acquire', (_s, args) => {
    const blocking = boolArg(args[1], true);
    return waitResult(rlockAcquire(args[0], blocking, timeoutArg(args[2], blocking), 1, true));
  }, { nargs: 3 });
  defFunction(d, '_rlock_acquire_restore', (_s, args) => {
    const state = args[1];
    let count = 1;
    if (I32[(state >> 2) + 1] === T_TUPLE && tupleSize(state) >= 1) count = Math.max(1, Number(A.indexValue(tupleItem(state, 0))));
    const r = rlockAcquire(args[0], true, -1, count, true);
    return r === null ? A.retNone() : A.retNone();
  }, { nargs: 2 });
  defFunction(d, '_park_wait', () => waitResult(parkWait()), { nargs: 0 });
  defFunction(d, '_sleep_begin', (_s, args) => {
    return waitResult(sleepFor(sleepArg(args[0]), true));
  }, { nargs: 1 });
  defFunction(d, '_local_set_init', (_s, args) => {
    setLocalInit(args[0], args[1], args[2]);
    return A.retNone();
  }, { nargs: 3 });
  defFunction(d, '_local_pending_init', (_s, args) => {
    const p = pendingLocalInit(args[0]);
    if (p === null) return A.retNone();
    incref(p[0]);
    if (p[1]) incref(p[1]);
    return tupleFromSteal([p[0], p[1] || newDict()]);
  }, { nargs: 1 });
  defFunction(d, '_local_register', (_s, args) => {
    registerLocal(args[0]);
    return A.retNone();
  }, { nargs: 1 });
  defFunction(d, '_print_exception', (_s, args) => {
    printThreadException(A.strJS(args[0]), args[1], 0);
    return A.retNone();
  }, { nargs: 2 });

  // the public API
  defFunction(d, 'get_ident', () => newInt(currentThread().ident), { nargs: 0 });
  defFunction(d, 'get_native_id', () => newInt(currentThread().nativeId), { nargs: 0 });
  defFunction(d, '_count', () => newInt(liveThreads().filter((r) => r !== mainThread() && !r.frozen).length), { nargs: 0 });
  defFunction(d, 'daemon_threads_allowed', () => A.newBool(true), { nargs: 0 });
  defFunction(d, 'stack_size', (_s, args) => {
    if (args.length) {
      const n = Number(A.indexValue(args[0]));
      if (n !== 0 && n < 32768) throw raise(EXC.ValueError, 'size not valid: ' + n + ' bytes');
    }
    return newInt(0);
  }, { nargs: [0, 1] });
  defFunction(d, 'exit', () => {
    throw raise(EXC.SystemExit, null);
  }, { nargs: 0 });
  defFunction(d, 'exit_thread', () => {
    throw raise(EXC.SystemExit, null);
  }, { nargs: 0 });
  defFunction(d, 'allocate_lock', () => newLockObject(lockClass), { nargs: 0 });
  defFunction(d, 'allocate', () => newLockObject(lockClass), { nargs: 0 });
  defFunction(d, 'start_new_thread', (_s, args) => {
    const [fn, targs, kwargs] = args;
    if (!isCallable(fn)) throw raise(EXC.TypeError, 'first arg must be callable');
    if (I32[(targs >> 2) + 1] !== T_TUPLE) throw raise(EXC.TypeError, '2nd arg must be a tuple');
    if (kwargs !== undefined && I32[(kwargs >> 2) + 1] !== T_DICT) throw raise(EXC.TypeError, 'optional 3rd arg must be a dictionary');
    const r = startThread({ target: fn, args: targs, kwargs: kwargs ?? 0, threadObj: 0, doneHook: 0, name: null, daemon: true, raw: true });
    return newInt(r.ident);
  }, { nargs: [2, 3] });
  defFunction(d, 'start_new', (_s, args) => {
    const r = startThread({ target: args[0], args: args[1], kwargs: args[2] ?? 0, threadObj: 0, doneHook: 0, name: null, daemon: true, raw: true });
    return newInt(r.ident);
  }, { nargs: [2, 3] });
  // threading.Thread.start: (thread, func, args, kwargs, done_hook, name, daemon, started_hook,
  //   base_depth) -> (ident, native_id, tstate_lock); base_depth: the recursion depth the thread
  //   starts at (CPython's bootstrap frames below the callable)
  defFunction(d, '_start_thread', (_s, args) => {
    const [tobj, fn, targs, kwargs, hook, name, daemon, startHook, baseDepth] = args;
    const nm = A.strJS(name);
    const r = startThread({
      target: fn === S.None ? 0 : fn, args: targs === S.None ? 0 : targs, kwargs: kwargs === S.None ? 0 : kwargs,
      threadObj: tobj, doneHook: hook === S.None ? 0 : hook, name: nm, daemon: A.isTrue(daemon), raw: false,
      startHook: startHook === undefined || startHook === S.None ? 0 : startHook,
      baseDepth: baseDepth === undefined ? 0 : Number(A.indexValue(baseDepth)),
    });
    const lk = newLockObject(lockClass);
    const st = lockOf(lk, false);
    st.locked = true;
    st.joinOf = nm;
    r.sentinel = st;
    return tupleFromSteal([newInt(r.ident), newInt(r.nativeId), lk]);
  }, { nargs: [7, 9] });
  defFunction(d, '_main_sentinel', () => {
    const lk = newLockObject(lockClass);
    const st = lockOf(lk, false);
    st.locked = true;
    st.joinOf = 'MainThread';
    mainThread().sentinel = st;
    return lk;
  }, { nargs: 0 });
  defFunction(d, '_set_name', (_s, args) => {
    const ident = Number(A.indexValue(args[0]));
    const name = A.strJS(args[1]);
    renameThread(ident, name);
    for (const r of liveThreads()) if (r.ident === ident && r.sentinel) r.sentinel.joinOf = name;
    return A.retNone();
  }, { nargs: 2 });
  // Condition.wait: describe what the waiter lock stands for (deadlock messages)
  defFunction(d, '_set_desc', (_s, args) => {
    const st = lockOf(args[0], false);
    st.desc = descOf(args[1], A.strJS(args[2]));
    return A.retNone();
  }, { nargs: 3 });
  // Condition.notify: the waiter locks in the order to wake them (see waiterRank)
  defFunction(d, '_pick_waiters', (_s, args) => {
    const items = I32[(args[0] >> 2) + 1] === T_LIST ? listItems(args[0]) : A.iterToArray(args[0]);
    const owned = I32[(args[0] >> 2) + 1] !== T_LIST;
    const ranked = items.map((o, i) => ({ o, i, r: lockStates.has(o) ? waiterRank(lockStates.get(o)!) : 0 }));
    ranked.sort((a, b) => a.r - b.r || a.i - b.i);
    const out = ranked.map((x) => (incref(x.o), x.o));
    if (owned) for (const o of items) decref(o);
    return listFromSteal(out);
  }, { nargs: 1 });

  const put = (name: string, v: number) => {
    setStrAttr(d, name, v);
    decref(v);
  };
  put('TIMEOUT_MAX', newFloat(TIMEOUT_MAX));
  setStrAttr(d, 'error', EXC.RuntimeError.addr);
  const doc = newStr('This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.');
  put('__doc__', doc);

  execFrozen(THREAD_PY, '_thread', d);

  // the lock classes: native methods, state cleanup on deallocation
  lockClass = dictGetStr(d, 'lock');
  rlockClass = dictGetStr(d, 'RLock');
  incref(lockClass);
  incref(rlockClass);
  permanentRoots.push(lockClass, rlockClass);
  const lt = typeInfoOfTypeObject(lockClass);
  const rt = typeInfoOfTypeObject(rlockClass);
  for (const t of [lt, rt]) {
    const orig = t.dealloc;
    t.dealloc = (a: number) => {
      const st = lockStates.get(a);
      if (st !== undefined) {
        lockStates.delete(a);
        if (st.locked && st.holder !== null) lockReleased(st.holder);
        if (st.owner !== null) lockReleased(st.owner);
      }
      orig(a);
    };
  }
  lt.baseType = false;
  // C types in CPython: messages name them module-qualified ('_thread.lock' object has no attribute ...)
  for (const [t, cname] of [[lt, '_thread.lock'], [rt, '_thread.RLock'], [typeInfoOfTypeObject(dictGetStr(d, '_local')), '_thread._local']] as const) {
    t.name = cname;
    t.cName = true;
  }
  defMethod(lt.id, 'release', (self) => (lockRelease(self), A.retNone()), { nargs: 0 });
  defMethod(lt.id, 'release_lock', (self) => (lockRelease(self), A.retNone()), { nargs: 0 });
  defMethod(lt.id, 'locked', (self) => A.newBool(lockOf(self, false).locked), { nargs: 0 });
  defMethod(lt.id, 'locked_lock', (self) => A.newBool(lockOf(self, false).locked), { nargs: 0 });
  defMethod(lt.id, '__enter__', (self) => A.newBool(lockAcquire(self, true, -1, false) === true), { nargs: 0 });
  defMethod(lt.id, '__exit__', (self) => (lockRelease(self), A.retNone()), { nargs: [0, 3] });
  lt.slots.repr = (self) => newStr(lockRepr(lockOf(self, false)));
  defMethod(lt.id, '__repr__', (self) => newStr(lockRepr(lockOf(self, false))), { nargs: 0 });
  defMethod(lt.id, '_at_fork_reinit', (self) => {
    const st = lockOf(self, false);
    if (st.locked && st.holder !== null) lockReleased(st.holder);
    st.locked = false;
    st.holder = null;
    return A.retNone();
  }, { nargs: 0 });

  defMethod(rt.id, 'release', (self) => (rlockRelease(self), A.retNone()), { nargs: 0 });
  defMethod(rt.id, '__enter__', (self) => A.newBool(rlockAcquire(self, true, -1, 1, false) === true), { nargs: 0 });
  defMethod(rt.id, '__exit__', (self) => (rlockRelease(self), A.retNone()), { nargs: [0, 3] });
  rt.slots.repr = (self) => newStr(lockRepr(lockOf(self, true)));
  defMethod(rt.id, '__repr__', (self) => newStr(lockRepr(lockOf(self, true))), { nargs: 0 });
  defMethod(rt.id, '_is_owned', (self) => A.newBool(lockOf(self, true).owner === currentThread()), { nargs: 0 });
  defMethod(rt.id, '_recursion_count', (self) => {
    const st = lockOf(self, true);
    return newInt(st.owner === currentThread() ? st.count : 0);
  }, { nargs: 0 });
  defMethod(rt.id, '_release_save', (self) => {
    const st = lockOf(self, true);
    if (st.count === 0 || st.owner === null) throw raise(EXC.RuntimeError, 'cannot release un-acquired lock');
    const saved = tupleFromSteal([newInt(st.count), newInt(st.owner.ident)]);
    lockReleased(st.owner);
    st.owner = null;
    st.count = 0;
    poke();
    return saved;
  }, { nargs: 0 });
  defMethod(rt.id, '_at_fork_reinit', (self) => {
    const st = lockOf(self, true);
    if (st.owner !== null) lockReleased(st.owner);
    st.owner = null;
    st.count = 0;
    return A.retNone();
  }, { nargs: 0 });

  schedHooks.trampoline = dictGetStr(d, '_call');
  incref(schedHooks.trampoline);
  permanentRoots.push(schedHooks.trampoline);

  // time.sleep -> the parking version (the module object now, and every later import)
  const ts = dictGetStr(d, '_time_sleep');
  if (ts !== 0 && timeSleepFn === 0) {
    timeSleepFn = ts;
    incref(ts);
    permanentRoots.push(ts);
    const nm = newStr('sleep');
    A.setAttr(ts, internedStr('__name__'), nm);
    A.setAttr(ts, internedStr('__qualname__'), nm);
    decref(nm);
    const mn = newStr('time');
    A.setAttr(ts, internedStr('__module__'), mn);
    decref(mn);
    const sd = newStr('sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision.');
    A.setAttr(ts, internedStr('__doc__'), sd);
    decref(sd);
    const mods = interp.sysModules;
    if (mods) patchTimeModule(dictGetStr(mods, 'time'));
    const factories = interp.builtinModules;
    const mk = factories.get('time');
    if (mk) {
      factories.set('time', () => {
        const tm = mk();
        patchTimeModule(tm);
        return tm;
      });
    }
  }
  void T_STR;
  return m;
}

export function makeThreadingModule(): number {
  const m = newModule('threading');
  const d = moduleDict(m);
  const f = newStr('<frozen threading>');
  setStrAttr(d, '__file__', f);
  decref(f);
  setStrAttr(d, '_weakref_ref', TYPES[T_WEAKREF].addr);
  execFrozen(THREADING_SOURCE, 'threading', d);
  return m;
}

/** Run Python source `src` as the body of module dict `d` (a frozen module). */
function execFrozen(src: string, name: string, d: number): void {
  setStrAttr(d, '__builtins__', interp.builtinsModule);
  execModule(compileSource(src, `<frozen ${name}>`), d);
}

/** The registry entries for `_thread` and `threading`. */
export function threadModuleInits(): [string, () => number][] {
  return [['_thread', makeThreadModule], ['threading', makeThreadingModule]];
}

export type { KwArgs };
