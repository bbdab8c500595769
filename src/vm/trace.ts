// --trace FILE: a Chrome Trace Event JSON timeline (the "JSON Object Format" that Perfetto and
// chrome://tracing open): `{"traceEvents": [...]}` with
//   - `ph: "M"` metadata events naming the process and each thread track (`thread_name`,
//     `thread_sort_index`),
//   - `ph: "X"` complete events, one per slice: `name`, `cat`, `ts` and `dur` in microseconds,
//     `pid` 1, `tid` = the track, optional `args`.
// Python threads are tracks (tid = thread number, MainThread = 1) with "running",
// "waiting for GIL" and "blocked" slices laid end to end (never overlapping); the cyclic GC has
// its own track (tid GC_TID) with one slice per collection. Times come from vm/clock.ts, so a
// virtual-clock trace is the same on every run.

import { writeFileSync } from 'node:fs';

export const GC_TID = 1000;

export interface TraceEvent {
  name: string;
  ph: 'X' | 'M' | 'i';
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  cat?: string;
  s?: string;
  args?: Record<string, unknown>;
}

const MAX_EVENTS = 2_000_000;

export const trace = {
  enabled: false,
  file: '',
  /** Clock reading (seconds) that maps to ts = 0. */
  origin: 0,
  events: [] as TraceEvent[],
  dropped: 0,
  /** End (ns since origin) of the last slice on each track, to keep slices from overlapping. */
  trackEnd: new Map<number, number>(),
  named: new Set<number>(),
  written: false,
};

function ns(s: number): number {
  return Math.round((s - trace.origin) * 1e9);
}

function push(e: TraceEvent): void {
  if (trace.events.length >= MAX_EVENTS) {
    trace.dropped++;
    return;
  }
  trace.events.push(e);
}

export function traceStart(file: string, origin: number): void {
  trace.enabled = true;
  trace.file = file;
  trace.origin = origin;
  push({ name: 'process_name', ph: 'M', pid: 1, tid: 0, ts: 0, args: { name: 'pyvm' } });
  traceThreadName(GC_TID, 'gc (cyclic collector)', 10000);
}

/** Name a track (once; later calls rename it). */
export function traceThreadName(tid: number, name: string, sortIndex = tid): void {
  if (!trace.enabled) return;
  push({ name: 'thread_name', ph: 'M', pid: 1, tid, ts: 0, args: { name } });
  if (!trace.named.has(tid)) {
    trace.named.add(tid);
    push({ name: 'thread_sort_index', ph: 'M', pid: 1, tid, ts: 0, args: { sort_index: sortIndex } });
  }
}

/** A slice [start, end] (clock seconds) on track `tid`; clamped so a track never overlaps. */
export function traceSlice(tid: number, name: string, cat: string, start: number, end: number, args?: Record<string, unknown>): void {
  if (!trace.enabled) return;
  let a = ns(start);
  let b = ns(end);
  const last = trace.trackEnd.get(tid) ?? 0;
  if (a < last) a = last;
  if (b < a) b = a;
  trace.trackEnd.set(tid, b);
  const e: TraceEvent = { name, cat, ph: 'X', pid: 1, tid, ts: a / 1000, dur: (b - a) / 1000 };
  if (args) e.args = args;
  push(e);
}

/** A zero-length marker on a track (e.g. a switch-interval change). */
export function traceInstant(tid: number, name: string, at: number, args?: Record<string, unknown>): void {
  if (!trace.enabled) return;
  const e: TraceEvent = { name, ph: 'i', s: 't', pid: 1, tid, ts: Math.max(0, ns(at)) / 1000 };
  if (args) e.args = args;
  push(e);
}

/** Write the file (once). */
export function traceWrite(extra: Record<string, unknown> = {}): void {
  if (!trace.enabled || trace.written) return;
  trace.written = true;
  const out = { traceEvents: trace.events, displayTimeUnit: 'ms', otherData: { generator: 'pyvm', droppedEvents: trace.dropped, ...extra } };
  try {
    writeFileSync(trace.file, JSON.stringify(out));
  } catch (e) {
    process.stderr.write(`pyvm: cannot write trace file '${trace.file}': ${(e as Error).message}\n`);
  }
}
