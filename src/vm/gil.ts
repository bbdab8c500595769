// The eval breaker and the GIL's switch policy.
//
// The eval loop decrements `breaker.countdown` at every backward jump and every Python call; when
// it reaches zero it calls `breaker.check()`, which looks at the clock and at pending work (a GIL
// drop request from a waiting thread, a scheduled collection). Keeping the hot path to one
// decrement and compare is what CPython's eval_breaker does with its single atomic flag.
//
// CHECK_INTERVAL is how many breaker points pass between looks at the clock: with ~5-50 ns per
// instruction, 1000 points is well under the default 5 ms switch interval.

export const CHECK_INTERVAL = 1000;

import type { ThreadState } from './frame.js';

export const breaker = {
  countdown: CHECK_INTERVAL,
  /**
   * Called when the countdown runs out. Returns true when the running thread should give up the
   * GIL now (the eval loop then suspends it if it is in its base loop, else the switch is
   * deferred). Replaced by the scheduler when threads exist.
   */
  check(_ts: ThreadState): boolean {
    breaker.countdown = CHECK_INTERVAL;
    return false;
  },
};
