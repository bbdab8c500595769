// The scheduler of green threads (one JS thread, many Python threads, one GIL).
// Minimal single-thread version: the threading work replaces it with the real scheduler.

import { type Frame, type ThreadState } from './frame.js';
import { runThread, resumeThread } from './eval.js';

export const scheduler = {
  /** Run the main module's frame as the main thread; returns its result (new reference). */
  runMainThread(ts: ThreadState, f: Frame): number {
    let r = runThread(ts, f);
    while (r === 0) r = resumeThread(ts);
    return r;
  },
  /** Called after the main module finished (or raised): wait for non-daemon threads. */
  shutdown(): void {},
};
