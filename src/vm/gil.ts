// The eval breaker and the GIL's switch policy.
//
// The eval loop decrements `breaker.countdown` at every backward jump and every Python call; when
// it reaches zero it calls `breaker.check()`, which looks at the clock and at pending work (a GIL
// drop request from a waiting thread, a parked thread's suspension). Keeping the hot path to one
// decrement and compare is what CPython's eval_breaker does with its single atomic flag.
//
// CHECK_INTERVAL is how many breaker points pass between looks at the clock: with ~5-50 ns per
// instruction, 1000 points is well under the default 5 ms switch interval.
//
// The scheduler (vm/scheduler.ts) replaces `breaker.check` with the GIL policy and sometimes
// arms the countdown shorter (to suspend a thread that asked to park at its very next breaker
// point, or to re-check soon after a lock release). `arm` keeps count of the breaker points
// really executed so the virtual clock (vm/clock.ts) can charge a fixed cost per point whatever
// the countdown was armed with.

export const CHECK_INTERVAL = 1000;

import type { ThreadState } from './frame.js';

/** The countdown value last armed, and points executed before that arming but not yet folded. */
let armed = CHECK_INTERVAL;
let banked = 0;

/** Breaker points executed since the last `foldPoints()`. */
export function pointsSince(): number {
  return banked + armed - breaker.countdown;
}

/** Return the breaker points executed since the last call and start counting afresh. */
export function foldPoints(): number {
  const p = banked + armed - breaker.countdown;
  banked = 0;
  armed = breaker.countdown;
  return p;
}

/** Set the countdown to `n` points, keeping the executed-points count exact. */
export function arm(n: number): void {
  banked += armed - breaker.countdown;
  armed = n;
  breaker.countdown = n;
}

export const breaker = {
  countdown: CHECK_INTERVAL,
  /**
   * Called when the countdown runs out. Returns true when the running thread should give up the
   * GIL now (the eval loop then suspends it if it is in its base loop, else the switch is
   * deferred). Replaced by the scheduler.
   */
  check(_ts: ThreadState): boolean {
    foldPoints();
    arm(CHECK_INTERVAL);
    return false;
  },
};
