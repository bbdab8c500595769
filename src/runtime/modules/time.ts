// The `time` module. Every reading goes through vm/clock.ts so that `--clock virtual` makes
// time.time(), perf_counter() and sleep() deterministic.

import { I32, TYPES, T_FLOAT, T_INT, decref } from '../object.js';
import { newFloat } from '../objects/float.js';
import { newIntBig, intNumber, intBig } from '../objects/int.js';
import { newStr, internSteal } from '../objects/str.js';
import { dictSet } from '../objects/dict.js';
import { raise, EXC, isSubtype } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction } from '../builtins/define.js';
import { newModule, moduleDict } from '../types.js';
import { clock } from '../../vm/clock.js';

/**
 * Seconds from a Python number, as CPython's _PyTime_FromSecondsObject: a float, else an integer
 * (anything else "cannot be interpreted as an integer"); NaN and out-of-range values raise.
 */
export function secondsArg(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (isSubtype(t, TYPES[T_FLOAT])) {
    const v = A.asFloat(o);
    if (Number.isNaN(v)) throw raise(EXC.ValueError, 'Invalid value NaN (not a number)');
    if (Math.abs(v) >= 9.2e18) throw raise(EXC.OverflowError, 'timestamp out of range for platform time_t');
    return v;
  }
  if (!isSubtype(t, TYPES[T_INT])) throw raise(EXC.TypeError, `'${A.typeName(o)}' object cannot be interpreted as an integer`);
  const b = intBig(o);
  if (b >= 9223372036854775808n / 1000000000n || -b >= 9223372036854775808n / 1000000000n) {
    throw raise(EXC.OverflowError, 'timestamp too large to convert to C _PyTime_t');
  }
  return Number(b);
}

/** time.sleep's argument: seconds, not negative. */
export function sleepArg(o: number): number {
  const secs = secondsArg(o);
  if (secs < 0) throw raise(EXC.ValueError, 'sleep length must be non-negative');
  return secs;
}

export function makeTimeModule(): number {
  const m = newModule('time');
  const d = moduleDict(m);
  defFunction(d, 'time', () => newFloat(clock.wallSeconds()), { nargs: 0 });
  defFunction(d, 'time_ns', () => newIntBig(BigInt(Math.round(clock.wallSeconds() * 1e9))), { nargs: 0 });
  defFunction(d, 'perf_counter', () => newFloat(clock.monotonicSeconds()), { nargs: 0 });
  defFunction(d, 'perf_counter_ns', () => newIntBig(BigInt(Math.round(clock.monotonicSeconds() * 1e9))), { nargs: 0 });
  defFunction(d, 'monotonic', () => newFloat(clock.monotonicSeconds()), { nargs: 0 });
  defFunction(d, 'monotonic_ns', () => newIntBig(BigInt(Math.round(clock.monotonicSeconds() * 1e9))), { nargs: 0 });
  defFunction(d, 'process_time', () => newFloat(clock.processSeconds()), { nargs: 0 });
  defFunction(d, 'thread_time', () => newFloat(clock.processSeconds()), { nargs: 0 });
  defFunction(d, 'sleep', (_s, args) => {
    clock.sleep(sleepArg(args[0]));
    return A.retNone();
  }, { nargs: 1 });
  const k = internSteal(newStr('timezone'));
  const z = newIntBig(0n);
  dictSet(d, k, z);
  decref(k);
  decref(z);
  void intNumber;
  return m;
}
