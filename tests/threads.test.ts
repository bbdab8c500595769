// Green threads under the GIL (src/vm/scheduler.ts, src/runtime/modules/thread.ts): the thread_*
// conformance programs, the virtual clock's determinism, the convoy effect, deadlock reports,
// --stats and the --trace file format. Everything runs with `--clock virtual`, so every number
// asserted here is the same on every machine and run (no wall-clock timing assertions).
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CLI } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '..', '..', 'shared');
const corpus = join(shared, 'conformance');
const benchPrograms = join(shared, 'bench-programs');
/** PYVM_CLI points the suite at another build of the CLI. */
const cli = process.env.PYVM_CLI ?? CLI;

interface Result {
  stdout: string;
  stderr: string;
  code: number;
  timedOut: boolean;
}

function pyvm(args: string[], timeoutMs = 60_000): Promise<Result> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [cli, 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '', timedOut = false;
    p.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const t = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, timeoutMs);
    p.on('close', (code) => {
      clearTimeout(t);
      resolve({ stdout, stderr, code: code ?? -1, timedOut });
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'pyvm-threads-'));
let nfile = 0;
function prog(src: string): string {
  const f = join(tmp, `p${nfile++}.py`);
  writeFileSync(f, src);
  return f;
}

const V = ['--clock', 'virtual'];

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.concurrent('thread_* conformance programs (virtual clock)', () => {
  const programs = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.startsWith('thread_') && f.endsWith('.py')).sort() : [];
  it('finds them', () => {
    expect(programs.length).toBeGreaterThanOrEqual(9);
  });
  for (const p of programs) {
    it(p, async () => {
      const r = await pyvm([...V, join(corpus, p)]);
      expect(r.timedOut).toBe(false);
      expect(r.stdout).toBe(readFileSync(join(corpus, p.replace(/\.py$/, '.out')), 'utf8'));
      expect(r.code).toBe(0);
    });
  }
});

describe.concurrent('GIL experiments on the virtual clock', () => {
  it('gil_switch_interval.py prints the same numbers on every run, and the interval shapes the slices', async () => {
    const args = [...V, join(benchPrograms, 'gil_switch_interval.py'), '0.001', '0.005', 'duration=0.025'];
    const [a, b] = await Promise.all([pyvm(args), pyvm(args)]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const rows = [...a.stdout.matchAll(/interval=(\S+)\s+switches\/s=\s*(\S+) slice_ms median=\s*(\S+)/g)].map((m) => m.slice(1).map(Number));
    expect(rows.length).toBe(2);
    const [[iv1, sw1, med1], [iv2, sw2, med2]] = rows;
    expect(iv1).toBe(0.001);
    expect(iv2).toBe(0.005);
    // a holder keeps the GIL one interval (plus at most one breaker check of 50 us)
    expect(med1).toBeGreaterThanOrEqual(1.0);
    expect(med1).toBeLessThanOrEqual(1.1);
    expect(med2).toBeGreaterThanOrEqual(5.0);
    expect(med2).toBeLessThanOrEqual(5.1);
    expect(sw1).toBeGreaterThan(3 * sw2);
  });

  it('gil_io_latency.py: the I/O thread waits one switch interval after every sleep (convoy effect)', async () => {
    const med = async (iv: string) => {
      const r = await pyvm([...V, join(benchPrograms, 'gil_io_latency.py'), iv, '20']);
      expect(r.code).toBe(0);
      const base = /baseline\s+n=\d+ extra_ms: min=\S+ median=(\S+)/.exec(r.stdout);
      const cont = /contended n=\d+ extra_ms: min=\S+ median=(\S+)/.exec(r.stdout);
      expect(base && cont).toBeTruthy();
      return [Number(base![1]), Number(cont![1])];
    };
    const [[b1, c1], [b2, c2]] = await Promise.all([med('0.001'), med('0.02')]);
    expect(b1).toBe(0);
    expect(b2).toBe(0);
    expect(c1).toBeGreaterThanOrEqual(1.0);
    expect(c1).toBeLessThan(1.2);
    expect(c2).toBeGreaterThanOrEqual(20.0);
    expect(c2).toBeLessThan(20.2);
  });

  it('sys.setswitchinterval changes the observed slices (--stats)', async () => {
    const src = (iv: number) => prog(`import sys, threading
sys.setswitchinterval(${iv})
def spin(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=spin, args=(60000,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print('ok')
`);
    const [a, b] = await Promise.all([pyvm([...V, '--stats', src(0.0005)]), pyvm([...V, '--stats', src(0.002)])]);
    const forced = (s: string) => Number(/forced=(\d+)/.exec(s)![1]);
    const slice = (s: string) => Number(/gil forced drops: slice n=\d+ median=([\d.]+)ms/.exec(s)![1]);
    expect(a.stdout).toBe('ok\n');
    expect(slice(a.stderr)).toBeGreaterThanOrEqual(0.5);
    expect(slice(a.stderr)).toBeLessThanOrEqual(0.6);
    expect(slice(b.stderr)).toBeGreaterThanOrEqual(2.0);
    expect(slice(b.stderr)).toBeLessThanOrEqual(2.1);
    expect(forced(a.stderr)).toBeGreaterThan(3 * forced(b.stderr));
  });

  it('time.sleep jumps the virtual clock', async () => {
    const r = await pyvm([...V, '-c', `import time, threading
t0 = time.perf_counter()
def w():
    time.sleep(50)
t = threading.Thread(target=w); t.start()
time.sleep(100)
t.join()
print(round(time.perf_counter() - t0, 3))
`], 20_000);
    expect(r.timedOut).toBe(false);
    expect(r.stdout).toBe('100.0\n');
  });
});

describe.concurrent('threading semantics', () => {
  it('exceptions escaping a thread are printed like threading.excepthook and do not stop the others', async () => {
    const r = await pyvm([...V, prog(`import threading
def bad():
    raise ValueError("boom")
def good(out):
    out.append(1)
out = []
t1 = threading.Thread(target=bad); t2 = threading.Thread(target=good, args=(out,))
t1.start(); t2.start(); t1.join(); t2.join()
print(out, t1.is_alive())
`)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[1] False\n');
    expect(r.stderr).toMatch(/^Exception in thread Thread-1 \(bad\):\nTraceback \(most recent call last\):\n/);
    expect(r.stderr).toMatch(/ValueError: boom\n$/);
  });

  it('matches CPython on locks, events, barriers, timers, subclasses and _thread', async () => {
    const r = await pyvm([...V, prog(`import threading, time, _thread
class W(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        self.out = sum(range(self.n))
w = W(1000); w.start(); w.join(); print(w.out, w.name, 'stopped' in repr(w))
hits = []
tm = threading.Timer(0.01, hits.append, args=('t',)); tm.start(); tm.join()
tm2 = threading.Timer(10, hits.append, args=('x',)); tm2.start(); tm2.cancel(); tm2.join()
print(hits)
b = threading.Barrier(3); res = []
ts = [threading.Thread(target=lambda: res.append(b.wait())) for i in range(3)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(res))
l = threading.Lock()
print(repr(l).split(' at ')[0], l.acquire(False), repr(l).split(' at ')[0], l.acquire(False))
l.release()
try:
    l.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.Semaphore(0).acquire(timeout=0.01), threading.Event().wait(0.01))
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('broken', b2.broken)
done = []
lk = _thread.allocate_lock(); lk.acquire()
def raw(a, b=0):
    done.append(a + b)
    lk.release()
_thread.start_new_thread(raw, (1,), {'b': 2})
lk.acquire()
print(done, type(lk).__name__, threading.TIMEOUT_MAX)
ev = threading.Event()
def setter():
    time.sleep(0.02)
    ev.set()
st = threading.Thread(target=setter); st.start()
print(ev.wait(timeout=0.005), ev.wait(timeout=1.0))
st.join()
print(threading.active_count(), threading.Thread(target=print).name.endswith('(print)'))
`)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`499500 Thread-1 True
['t']
[0, 1, 2]
<unlocked _thread.lock object True <locked _thread.lock object False
RuntimeError: release unlocked lock
ValueError: can't specify a timeout for a non-blocking call
RuntimeError: cannot join current thread
False False
broken True
[3] lock 9223372036.0
False True
1 True
`);
  });

  it('hand-offs through Condition with several producers and consumers, waits inside with/generators', async () => {
    const r = await pyvm([...V, prog(`import threading, time
class Q:
    def __init__(self, cap):
        self.items = []
        self.cap = cap
        self.cond = threading.Condition()
    def put(self, x):
        with self.cond:
            while len(self.items) >= self.cap:
                self.cond.wait()
            self.items.append(x)
            self.cond.notify_all()
    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            x = self.items.pop(0)
            self.cond.notify_all()
            return x
q = Q(3)
got = []
def prod(base):
    for i in range(50):
        q.put(base + i)
    q.put(None)
def cons():
    while True:
        x = q.get()
        if x is None:
            break
        got.append(x)
ps = [threading.Thread(target=prod, args=(k * 1000,)) for k in range(3)]
cs = [threading.Thread(target=cons) for k in range(3)]
for t in ps + cs: t.start()
for t in ps + cs: t.join()
print(len(got), sum(got))
lock = threading.Lock()
def gen(n):
    for i in range(n):
        with lock:
            time.sleep(0.001)
        yield i
out = []
def gw(tag):
    out.append((tag, sum(gen(5))))
ts = [threading.Thread(target=gw, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
sem = threading.BoundedSemaphore(3)
cur = [0, 0]
def job():
    with sem:
        cur[0] += 1
        cur[1] = max(cur[1], cur[0])
        time.sleep(0.003)
        cur[0] -= 1
ts = [threading.Thread(target=job) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), cur)
`)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('150 153675\n[(0, 10), (1, 10), (2, 10)] [0, 3]\n');
  });

  it('threading.local keeps one namespace per thread', async () => {
    const r = await pyvm([...V, '-c', `import threading
loc = threading.local()
loc.x = 'main'
seen = []
def w(i):
    seen.append(hasattr(loc, 'x'))
    loc.x = i
    threading.Event().wait(0.001)
    seen.append(loc.x == i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(seen, loc.x)
`]);
    expect(r.stdout).toBe("[False, False, False, True, True, True] main\n");
  });
});

describe.concurrent('deadlocks', () => {
  it('two locks taken in opposite order end the program with a message naming each thread (status 1)', async () => {
    const r = await pyvm([...V, prog(`import threading, time
a = threading.Lock()
b = threading.Lock()
def worker():
    with b:
        time.sleep(0.01)
        with a:
            print('worker got both')
t = threading.Thread(target=worker)
with a:
    t.start()
    time.sleep(0.005)
    with b:
        print('main got both')
t.join()
`)], 20_000);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pyvm: deadlock: Thread-1 \(worker\) waits for <locked _thread\.lock object at 0x[0-9a-f]+> \(held by MainThread\), MainThread waits for <locked _thread\.lock object at 0x[0-9a-f]+> \(held by Thread-1 \(worker\)\)\n$/);
  });

  it('a join that can never finish names the join', async () => {
    const r = await pyvm([...V, '-c', `import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait, name='waiter')
t.start()
t.join()
`], 20_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^pyvm: deadlock: waiter waits for <threading\.Event object at 0x[0-9a-f]+>\.wait\(\), MainThread waits for join\(waiter\)\n$/);
  });

  it('one thread waiting for a lock it holds', async () => {
    const r = await pyvm(['-c', 'import threading\nl = threading.Lock()\nl.acquire()\nprint("once", flush=True)\nl.acquire()\n'], 20_000);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('once\n');
    expect(r.stderr).toMatch(/^pyvm: deadlock: MainThread waits for <locked _thread\.lock object at 0x[0-9a-f]+> \(held by itself\)\n$/);
  });
});

interface TraceEvent {
  name: unknown;
  ph: unknown;
  pid: unknown;
  tid: unknown;
  ts: unknown;
  dur?: unknown;
  args?: Record<string, unknown>;
}

/** Check a Chrome Trace Event "JSON Object Format" file; returns the problems found. */
function validateTrace(j: unknown): string[] {
  const problems: string[] = [];
  if (typeof j !== 'object' || j === null || !Array.isArray((j as { traceEvents?: unknown }).traceEvents)) return ['no traceEvents array'];
  const events = (j as { traceEvents: TraceEvent[] }).traceEvents;
  const named = new Set<number>();
  const tracks = new Map<number, TraceEvent[]>();
  for (const e of events) {
    if (typeof e.name !== 'string') problems.push(`name not a string: ${JSON.stringify(e)}`);
    if (typeof e.ph !== 'string' || !['X', 'M', 'i', 'B', 'E'].includes(e.ph)) problems.push(`bad ph: ${JSON.stringify(e)}`);
    if (typeof e.pid !== 'number' || typeof e.tid !== 'number') problems.push(`pid/tid not numbers: ${JSON.stringify(e)}`);
    if (typeof e.ts !== 'number' || !Number.isFinite(e.ts) || (e.ts as number) < 0) problems.push(`bad ts: ${JSON.stringify(e)}`);
    if (e.ph === 'M') {
      if (e.name === 'thread_name') {
        if (typeof e.args?.name !== 'string') problems.push(`thread_name without args.name: ${JSON.stringify(e)}`);
        named.add(e.tid as number);
      }
    } else if (e.ph === 'X') {
      if (typeof e.dur !== 'number' || !Number.isFinite(e.dur) || (e.dur as number) < 0) problems.push(`bad dur: ${JSON.stringify(e)}`);
      const l = tracks.get(e.tid as number) ?? [];
      l.push(e);
      tracks.set(e.tid as number, l);
    }
  }
  for (const [tid, l] of tracks) {
    if (!named.has(tid)) problems.push(`track ${tid} has no thread_name`);
    const s = [...l].sort((a, b) => (a.ts as number) - (b.ts as number));
    for (let i = 1; i < s.length; i++) {
      const prevEnd = (s[i - 1].ts as number) + (s[i - 1].dur as number);
      if ((s[i].ts as number) < prevEnd - 1e-6) problems.push(`overlap on track ${tid}: ${JSON.stringify(s[i - 1])} / ${JSON.stringify(s[i])}`);
    }
  }
  return problems;
}

describe('--trace', () => {
  it('writes Chrome Trace Event JSON: thread tracks with running/waiting/blocked slices, GC slices', async () => {
    const out = join(tmp, 'trace.json');
    const r = await pyvm([...V, '--trace', out, prog(`import threading, time, gc
def spin(n):
    while n > 0:
        n -= 1
def sleeper():
    for i in range(3):
        time.sleep(0.002)
    for i in range(10):
        l = []
        l.append(l)
    del l
    print(gc.collect())
ts = [threading.Thread(target=spin, args=(200000,)), threading.Thread(target=spin, args=(200000,)), threading.Thread(target=sleeper)]
for t in ts: t.start()
for t in ts: t.join()
print('done')
`)]);
    expect(r.stdout).toMatch(/^\d+\ndone\n$/);
    const collected = Number(r.stdout.split('\n')[0]);
    expect(collected).toBeGreaterThanOrEqual(10);
    const j = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateTrace(j)).toEqual([]);
    const ev = j.traceEvents as { name: string; ph: string; tid: number; args?: Record<string, unknown> }[];
    const names = new Map(ev.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [e.tid, e.args!.name as string]));
    expect([...names.values()]).toEqual(expect.arrayContaining(['MainThread', 'Thread-1 (spin)', 'Thread-2 (spin)', 'Thread-3 (sleeper)']));
    const kinds = (tid: number) => new Set(ev.filter((e) => e.ph === 'X' && e.tid === tid).map((e) => e.name));
    const tidOf = (n: string) => [...names].find(([, v]) => v === n)![0];
    expect(kinds(tidOf('Thread-1 (spin)'))).toEqual(new Set(['running', 'waiting for GIL']));
    expect(kinds(tidOf('Thread-3 (sleeper)'))).toEqual(new Set(['running', 'waiting for GIL', 'blocked']));
    expect(kinds(tidOf('MainThread'))).toContain('blocked');
    // the GIL: at most one thread runs at any time
    const running = (ev as unknown as { name: string; ph: string; ts: number; dur: number }[]).filter((e) => e.ph === 'X' && e.name === 'running').sort((a, b) => a.ts - b.ts);
    expect(running.length).toBeGreaterThan(4);
    for (let i = 1; i < running.length; i++) expect(running[i].ts).toBeGreaterThanOrEqual(running[i - 1].ts + running[i - 1].dur - 1e-6);
    const gcs = ev.filter((e) => e.ph === 'X' && e.name.startsWith('gc gen'));
    expect(gcs.length).toBeGreaterThan(0);
    expect(gcs.some((e) => e.args!.generation === 2 && e.args!.collected === collected)).toBe(true);
  });

  it('the validator rejects overlapping slices', () => {
    const bad = { traceEvents: [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'x' } },
      { name: 'a', ph: 'X', pid: 1, tid: 1, ts: 0, dur: 10 },
      { name: 'b', ph: 'X', pid: 1, tid: 1, ts: 5, dur: 10 },
    ] };
    expect(validateTrace(bad).length).toBe(1);
  });
});

