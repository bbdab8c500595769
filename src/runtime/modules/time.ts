// The `time` module. Every reading goes through vm/clock.ts so that `--clock virtual` makes
// time.time(), perf_counter() and sleep() deterministic.

import { decref } from '../object.js';
import { newFloat } from '../objects/float.js';
import { newIntBig, intNumber } from '../objects/int.js';
import { newStr, internSteal } from '../objects/str.js';
import { dictSet } from '../objects/dict.js';
import { raise, EXC } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction } from '../builtins/define.js';
import { newModule, moduleDict } from '../types.js';
import { clock } from '../../vm/clock.js';
import { sysPyHook } from './sys.js';

// The calendar functions live in lib/_pytime.py, loaded on the first use of one of their names
// (module __getattr__, PEP 562), so that `import time` stays cheap.
const TIME_PY = `
_CALENDAR = ('struct_time', 'gmtime', 'localtime', 'mktime', 'asctime', 'ctime', 'strftime', 'strptime')
def __getattr__(name):
    if name in _CALENDAR:
        import _pytime
        g = globals()
        for n in _CALENDAR:
            g[n] = getattr(_pytime, n)
        return g[name]
    raise AttributeError(f"module 'time' has no attribute '{name}'")
`;

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
    const secs = A.asFloat(args[0]);
    if (secs < 0) throw raise(EXC.ValueError, 'sleep length must be non-negative');
    if (Number.isNaN(secs)) throw raise(EXC.ValueError, 'Invalid value NaN (not a number)');
    clock.sleep(secs);
    return A.retNone();
  }, { nargs: 1 });
  const k = internSteal(newStr('timezone'));
  const z = newIntBig(0n);
  dictSet(d, k, z);
  decref(k);
  decref(z);
  void intNumber;
  sysPyHook.exec(TIME_PY, 'time', d);
  return m;
}
