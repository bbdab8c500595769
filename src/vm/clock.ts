// Two clocks (DESIGN.md §8): the real clock reads the machine's; the virtual clock advances a
// fixed cost per eval-breaker point and jumps over sleeps, so GIL experiments repeat exactly.
//
// `clock.sleep(s)` is what the native time.sleep calls. With one thread it blocks for real (real
// clock) or advances the virtual time; once threads exist the scheduler (vm/scheduler.ts)
// replaces `sleepHook` with a GIL release (and `import _thread` swaps time.sleep for a version
// that can park the calling thread instead of nesting a scheduling loop).
//
// Virtual time: `vnow` is folded forward at every breaker check (VIRTUAL_NS_PER_TICK per
// CHECK_INTERVAL points); readings in between add the points executed since the last check, so
// time.perf_counter() advances smoothly and identically on every run.

import { performance } from 'node:perf_hooks';
import { CHECK_INTERVAL, pointsSince } from './gil.js';

/** Virtual nanoseconds charged per eval-breaker tick (one tick = CHECK_INTERVAL breaker points). */
export const VIRTUAL_NS_PER_TICK = 50_000;
/** Virtual seconds charged per breaker point (50 ns: CPython's speed on a simple loop iteration). */
export const VIRTUAL_S_PER_POINT = VIRTUAL_NS_PER_TICK / CHECK_INTERVAL / 1e9;

const sab = new Int32Array(new SharedArrayBuffer(4));

export const clock = {
  virtual: false,
  /** Virtual time in seconds since start (virtual clock only), as of the last fold. */
  vnow: 0,
  startWall: Date.now() / 1000,
  wallSeconds(): number {
    return clock.virtual ? clock.startWall + clock.virtualNow() : Date.now() / 1000;
  },
  monotonicSeconds(): number {
    return clock.virtual ? clock.virtualNow() : performance.now() / 1000;
  },
  processSeconds(): number {
    if (clock.virtual) return clock.virtualNow();
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  },
  virtualNow(): number {
    return clock.vnow + pointsSince() * VIRTUAL_S_PER_POINT;
  },
  /** Block the calling thread for `s` seconds without burning CPU. */
  sleep(s: number): void {
    clock.sleepHook(s);
  },
  sleepHook: (s: number): void => {
    plainSleep(s);
  },
};

/** Sleep with no other thread to run: jump the virtual clock, or wait for real. */
export function plainSleep(s: number): void {
  if (clock.virtual) {
    clock.vnow += s;
    return;
  }
  blockFor(s);
}

/** Synchronous real wait: Atomics.wait on a private SharedArrayBuffer (no busy loop). */
export function blockFor(s: number): void {
  if (!(s > 0)) return;
  Atomics.wait(sab, 0, 0, Math.min(s, 1e7) * 1000);
}
