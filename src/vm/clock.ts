// Two clocks (DESIGN.md §8): the real clock reads the machine's; the virtual clock advances a
// fixed cost per eval-breaker tick and jumps over sleeps, so GIL experiments repeat exactly.
//
// `clock.sleep(s)` is what time.sleep calls. With one thread it blocks for real (real clock) or
// advances the virtual time; with several threads the scheduler (vm/scheduler.ts) replaces it
// with a GIL release.

import { performance } from 'node:perf_hooks';

/** Virtual nanoseconds charged per eval-breaker tick (one tick = CHECK_INTERVAL breaker points). */
export const VIRTUAL_NS_PER_TICK = 50_000;

const sab = new Int32Array(new SharedArrayBuffer(4));

export const clock = {
  virtual: false,
  /** Virtual time in seconds since start (virtual clock only). */
  vnow: 0,
  startWall: Date.now() / 1000,
  wallSeconds(): number {
    return clock.virtual ? clock.startWall + clock.vnow : Date.now() / 1000;
  },
  monotonicSeconds(): number {
    return clock.virtual ? clock.vnow : performance.now() / 1000;
  },
  processSeconds(): number {
    if (clock.virtual) return clock.vnow;
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  },
  /** Block the (only) thread for `s` seconds without burning CPU. */
  sleep(s: number): void {
    clock.sleepHook(s);
  },
  sleepHook: (s: number): void => {
    if (clock.virtual) {
      clock.vnow += s;
      return;
    }
    blockFor(s);
  },
};

/** Synchronous real wait: Atomics.wait on a private SharedArrayBuffer (no busy loop). */
export function blockFor(s: number): void {
  if (s <= 0) return;
  Atomics.wait(sab, 0, 0, s * 1000);
}
