// The `threading` module, written in Python on top of `_thread` as CPython's Lib/threading.py
// is (a trimmed port of 3.11's). Differences that matter for the green-thread scheduler:
//   - Thread.start() hands the target (or the overridden run method) straight to
//     `_thread._start_thread`, which makes it the base frame of the new thread, so its code runs
//     in the thread's base eval loop and can be preempted and parked (a Python-level bootstrap
//     calling `self._target(*args, **kwargs)` would run it in a nested loop);
//   - waits call methods positionally (a keyword call runs in a nested loop, which cannot park);
//   - Condition.notify wakes waiters in the order `_thread._pick_waiters` gives (parked waiters
//     in FIFO order first), and waiter locks carry a description for deadlock messages.

export const THREADING_SOURCE = String.raw`"""Thread module emulating a subset of Java's threading model."""

import _thread
from time import monotonic as _time


def _deprecated(message):
    # the DeprecationWarning CPython's threading gives for its camelCase aliases
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_thread = _thread._start_thread


def _state_repr(obj, state):
    # the "<module.Class at 0x...: state>" form of the synchronization objects' reprs
    cls = type(obj)
    return '<%s.%s at %#x: %s>' % (cls.__module__, cls.__qualname__, id(obj), state)
_allocate_lock = _thread.allocate_lock
_set_desc = _thread._set_desc
_pick_waiters = _thread._pick_waiters
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_CRLock = _thread.RLock
Lock = _allocate_lock

_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def RLock(*args, **kwargs):
    return _CRLock(*args, **kwargs)


class Condition:

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # the lock's own methods stand in for the condition's (as in CPython, the condition's
        # attributes are the lock's bound methods)
        self.acquire = lock.acquire
        self.release = lock.release
        self._rlock = hasattr(lock, '_release_save')
        if self._rlock:
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def acquire(self, blocking=True, timeout=-1):
        return self._lock.acquire(blocking, timeout)

    def release(self):
        self._lock.release()

    def _release_save(self):
        if self._rlock:
            return self._lock._release_save()
        self._lock.release()

    def _acquire_restore(self, x):
        if self._rlock:
            self._lock._acquire_restore(x)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if self._rlock:
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        return self._wait(timeout, self, 'wait()')

    def _wait(self, timeout, owner, verb):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        _set_desc(waiter, owner, verb)
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self._wait(waittime, self, 'wait_for()')
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        if not waiters or n <= 0:
            return
        for waiter in _pick_waiters(waiters):
            if n <= 0:
                break
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


class Semaphore:

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return _state_repr(self, 'value=%s' % self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond._wait(timeout, self, 'acquire()')
            if self._value != 0:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            i = 0
            while i < n:
                self._cond.notify()
                i += 1

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return _state_repr(self, 'value=%s/%s' % (self._value, self._initial_value))

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            i = 0
            while i < n:
                self._cond.notify()
                i += 1


class Event:

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return _state_repr(self, 'set' if self._flag else 'unset')

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond._wait(timeout, self, 'wait()')
            return signaled


class Barrier:

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        if self.broken:
            return _state_repr(self, 'broken')
        return _state_repr(self, 'waiters=%s/%s' % (self.n_waiting, self.parties))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond._wait(None, self, 'wait()')
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        cond = self._cond
        endtime = None
        waittime = timeout
        while self._state == 0:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            cond._wait(waittime, self, 'wait()')
        if self._state == 0:
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class BrokenBarrierError(RuntimeError):
    pass


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


_active = {}

# Weak references to the Thread objects made (CPython keeps them in a WeakSet, _dangling):
# a reference's callback drops it when its thread object dies. (_weakref_ref, the weakref
# type, is put in this module's namespace before this source runs.)
_dangling = set()


class Thread:

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += " (%s)" % target_name
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._invoke_excepthook = _make_invoke_excepthook()
        _dangling.add(_weakref_ref(self, _dangling.discard))

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        # CPython runs the callable below _bootstrap, _bootstrap_inner (and Thread.run for a
        # target): frames that count against the recursion limit in the new thread
        if type(self).run is Thread.run:
            func = self._target
            args = self._args
            kwargs = self._kwargs
            depth = 3
        else:
            func = self.run
            args = ()
            kwargs = None
            depth = 2
        ident, native_id, lock = _start_thread(self, func, args, kwargs, _thread_done,
                                               self._name, self._daemonic, _thread_started, depth)
        self._ident = ident
        self._native_id = native_id
        self._tstate_lock = lock
        _active[ident] = self
        # as CPython: wait until the new thread runs (it sets _started before its target)
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock(True, -1)
        else:
            self._wait_for_tstate_lock(True, max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)
        if self._ident is not None:
            _thread._set_name(self._ident, self._name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


ExceptHookArgs = _thread._ExceptHookArgs
excepthook = _thread._excepthook
__excepthook__ = excepthook


def _thread_started(thread):
    # called by the scheduler in the new thread, before its target
    thread._started.set()


def _make_invoke_excepthook():
    # Each Thread gets its own reporter, made when the thread object is: a closure over the
    # hooks and helpers of that moment, so a thread failing late in shutdown can still report
    # (CPython's threads carry the same closure, which shows in gc counts of dropped threads).
    import sys as local_sys
    old_excepthook = excepthook
    old_sys_excepthook = local_sys.excepthook
    local_print = print
    local_exc_info = local_sys.exc_info

    def invoke_excepthook(thread, exc):
        hook = excepthook if excepthook is not None else old_excepthook
        try:
            hook(ExceptHookArgs(type(exc), exc, exc.__traceback__, thread))
        except Exception as e:
            # a failing hook is reported through sys.excepthook
            e.__suppress_context__ = True
            local_print('Exception in threading.excepthook:', file=local_sys.stderr, flush=True)
            report = local_sys.excepthook if local_sys.excepthook is not None else old_sys_excepthook
            report(*local_exc_info())

    return invoke_excepthook


def _thread_done(thread, exc):
    # called by the scheduler when a threading.Thread's target returned or raised
    try:
        if exc is not None:
            thread._invoke_excepthook(thread, exc)
    finally:
        if type(thread).run is Thread.run:
            try:
                del thread._target, thread._args, thread._kwargs
            except AttributeError:
                pass
        _active.pop(thread._ident, None)


class Timer(Thread):

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._tstate_lock = _thread._main_sentinel()
        _active[self._ident] = self


class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    return len(_active)


def activeCount():
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return len(_active)


def enumerate():
    return list(_active.values())


def main_thread():
    return _main_thread


local = _thread._local

_main_thread = _MainThread()


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    # CPython's: called (last registered first) when the main thread finishes, before the
    # non-daemon threads are joined (concurrent.futures uses it to stop its workers)
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    # called by the interpreter after the main module finished: join non-daemon threads
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _main_thread._is_stopped = True
    _SHUTTING_DOWN = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    while True:
        pending = []
        for t in list(_active.values()):
            if t is not _main_thread and not t._daemonic and t.is_alive():
                pending.append(t)
        if not pending:
            break
        for t in pending:
            t.join()
`;
