// The debug modes of the memory model: the heap verifier (--verify-heap), stress GC (--stress-gc)
// and the leak check (--check-leaks). Random object graphs run under the verifier; deliberate
// corruption (a test-only hook, PYVM_TEST_CORRUPT, not reachable from Python) must be reported with
// a clear message; a sample of the conformance corpus runs under --stress-gc --verify-heap (the whole
// corpus runs so in `npm run test:stress`). PYVM_CLI overrides the CLI to test.
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, type RunResult } from './helpers.js';

const cli = process.env.PYVM_CLI ?? CLI;
const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', '..', 'shared', 'conformance');

function pyvm(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const e: Record<string, string | undefined> = { ...process.env, PYTHONHASHSEED: '0', ...env };
    // the debug modes under test are chosen per test, not inherited from `npm run test:stress`
    if (!('PYVM_STRESS' in env)) delete e.PYVM_STRESS;
    if (!('PYVM_VERIFY' in env)) delete e.PYVM_VERIFY;
    const p = spawn(process.execPath, [cli, 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: e });
    let stdout = '', stderr = '', timedOut = false;
    p.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const t = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, 60_000);
    p.on('close', (code) => {
      clearTimeout(t);
      resolve({ stdout, stderr, code: code ?? -1, timedOut });
    });
  });
}

// ---- random object graphs ------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so every generated program can be reproduced from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'none' | 'list' | 'dict' | 'node' | 'tuple' | 'set';

/** A program that builds, links, cycles and drops lists, dicts, instances, tuples and sets. */
export function randomGraphProgram(seed: number, steps: number): string {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const N = 8;
  const kinds: Kind[] = new Array(N).fill('none');
  const lines = [
    `# random object graph, seed ${seed}`,
    'import gc, weakref',
    'class Node:',
    '    def __init__(self, tag):',
    '        self.tag = tag',
    '        self.kids = []',
    'class Fin(Node):',
    '    def __del__(self):',
    '        self.kids.append(self.tag)',
    ...Array.from({ length: N }, (_, i) => `v${i} = None`),
    'refs = []',
  ];
  const some = (...want: Kind[]): number[] => kinds.map((k, i) => (want.includes(k) ? i : -1)).filter((i) => i >= 0);
  for (let s = 0; s < steps; s++) {
    const k = Math.floor(rnd() * N);
    const j = Math.floor(rnd() * N);
    const r = rnd();
    if (r < 0.1) {
      lines.push(`v${k} = [v${j}, ${s}, 'x${s}']`);
      kinds[k] = 'list';
    } else if (r < 0.2) {
      lines.push(`v${k} = {'a': v${j}, ${s}: [${s}]}`);
      kinds[k] = 'dict';
    } else if (r < 0.3) {
      lines.push(`v${k} = ${rnd() < 0.3 ? 'Fin' : 'Node'}(${s})`);
      kinds[k] = 'node';
    } else if (r < 0.36) {
      lines.push(`v${k} = (v${j}, ${s}, ${s}.5)`);
      kinds[k] = 'tuple';
    } else if (r < 0.4) {
      lines.push(`v${k} = {${s}, 'y${s}', (${s}, ${s})}`);
      kinds[k] = 'set';
    } else if (r < 0.55 && some('list').length) {
      lines.push(`v${pick(some('list'))}.append(v${j})`);
    } else if (r < 0.65 && some('dict').length) {
      lines.push(`v${pick(some('dict'))}[${s % 5}] = v${j}`);
    } else if (r < 0.75 && some('node').length) {
      const n = pick(some('node'));
      lines.push(rnd() < 0.5 ? `v${n}.kids.append(v${j})` : `v${n}.other = v${j}`);
    } else if (r < 0.8 && some('node').length) {
      lines.push(`refs.append(weakref.ref(v${pick(some('node'))}, lambda r: None))`);
    } else if (r < 0.85 && some('list', 'dict').length) {
      const c = pick(some('list', 'dict'));
      lines.push(kinds[c] === 'list' ? `v${c}.append(v${c})` : `v${c}['me'] = v${c}`);
    } else if (r < 0.93) {
      lines.push(rnd() < 0.5 ? `del v${k}\nv${k} = None` : `v${k} = None`);
      kinds[k] = 'none';
    } else if (r < 0.97) {
      lines.push(`gc.collect(${Math.floor(rnd() * 3)})`);
    } else {
      lines.push(`refs = [w for w in refs if w() is not None]`);
    }
  }
  lines.push('alive = sum(1 for w in refs if w() is not None)', 'gc.collect()', "print('done')");
  return lines.join('\n') + '\n';
}

describe.concurrent('--verify-heap on random object graphs', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seed ${seed}`, async () => {
      const prog = randomGraphProgram(seed, 250);
      const r = await pyvm(['--verify-heap', '-c', prog]);
      expect(r.stderr, prog).toBe('');
      expect(r.stdout).toBe('done\n');
      expect(r.code).toBe(0);
    });
  }
  for (const seed of [7, 8]) {
    it(`seed ${seed} under --stress-gc`, async () => {
      const prog = randomGraphProgram(seed, 150);
      const r = await pyvm(['--stress-gc', '--verify-heap', '-c', prog], { PYVM_VERIFY_EVERY: '7' });
      expect(r.stderr, prog).toBe('');
      expect(r.stdout).toBe('done\n');
      expect(r.code).toBe(0);
    });
  }
});

// ---- detection ------------------------------------------------------------------------------------

describe.concurrent('the verifier reports corruption', () => {
  it('a refcount below the references found (a missing incref)', async () => {
    const prog = [
      'import gc',
      "victim = ['corrupt-me']",
      'holder1 = [victim]',
      'holder2 = (victim, 1)',
      'gc.collect()',
      "print('not reached')",
    ].join('\n');
    const r = await pyvm(['--verify-heap', '-c', prog], { PYVM_TEST_CORRUPT: 'refcount' });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    // three references: the module's globals dict, holder1, holder2; the hook sets the refcount to 2
    expect(r.stderr).toMatch(
      /^pyvm: heap verification failed after a collection: verifyObjects: the refcount of list object at 0x[0-9a-f]+ is 2, but 3 references to it were found \(from (dict|list|tuple) object at 0x[0-9a-f]+, (dict|list|tuple) object at 0x[0-9a-f]+, (dict|list|tuple) object at 0x[0-9a-f]+\): a missing incref or an extra decref\n$/,
    );
  });

  it('the hook does nothing without a victim, and nothing without the env var', async () => {
    const prog = "import gc\nx = ['corrupt-me']\ny = [x, x]\ngc.collect()\nprint('ok')";
    const plain = await pyvm(['--verify-heap', '-c', prog]);
    expect([plain.code, plain.stdout, plain.stderr]).toEqual([0, 'ok\n', '']);
    const other = await pyvm(['--verify-heap', '-c', "import gc\ngc.collect()\nprint('ok')"], { PYVM_TEST_CORRUPT: 'refcount' });
    expect([other.code, other.stdout, other.stderr]).toEqual([0, 'ok\n', '']);
  });
});

// ---- stress GC is invisible to the program's view of the collector ----------------------------------

describe.concurrent('--stress-gc', () => {
  it('keeps thresholds, counts, stats, callbacks and generations as without it', async () => {
    const prog = String.raw`import gc
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info['generation'])))
print(gc.get_threshold())
gc.collect()
print(gc.get_count())
keep = []
for i in range(50):
    keep.append([i])
print(gc.get_count())
print(len(gc.get_objects(0)) >= 50, len(gc.get_objects(1)), gc.get_stats()[0]['collections'] >= 1)
print(gc.collect())
print(events)
gc.set_threshold(5)
for i in range(20):
    keep.append((i, [i]))
print(gc.get_count(), events[-2:])
`;
    const [normal, stressed] = await Promise.all([pyvm(['-c', prog]), pyvm(['--stress-gc', '--verify-heap', '-c', prog])]);
    expect(normal.code).toBe(0);
    expect(stressed.stderr).toBe('');
    expect(stressed.stdout).toBe(normal.stdout);
  });

  it('never sees the stale stack slots of a running generator (generators over slices)', async () => {
    // a running generator's f.sp is written back only at named points: the collector must not
    // visit the slots above the true top (a slice consumed by BINARY_SUBSCR, say)
    const r = await pyvm(['--stress-gc', '--verify-heap', join(here, 'py', 'lang', 'genslices.py')], { PYVM_VERIFY_EVERY: '1' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('collects unreachable cycles at the next allocation, and not while gc is disabled', async () => {
    const prog = String.raw`import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
gc.disable()
a = D('a'); a.me = a; del a
x = [[] for i in range(10)]
print('disabled: still alive')
gc.enable()
x = [[] for i in range(10)]
print('enabled')
print(gc.collect())
`;
    const r = await pyvm(['--stress-gc', '-c', prog]);
    expect(r.stdout).toBe('disabled: still alive\ndel a\nenabled\n0\n');
  });
});

// ---- the leak check ---------------------------------------------------------------------------------

const CLEAN_PROGRAMS: [string, string][] = [
  ['classes, instances and cycles', String.raw`import gc
class A:
    def __init__(self): self.peer = None
class B(A):
    pass
a, b = A(), B()
a.peer, b.peer = b, a
objs = [A() for i in range(100)]
del a, b
print(gc.collect() >= 2)`],
  ['closures, generators, comprehensions', String.raw`def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c()
def gen(k):
    for i in range(k):
        yield {i: [i] * i}
print(sum(len(d) for d in gen(10)), {k: v for k, v in zip('abc', range(3))}, sorted({x % 7 for x in range(50)}))`],
  ['exceptions and tracebacks', String.raw`class E(Exception):
    pass
def f(n):
    if n == 0:
        raise E('deep')
    return f(n - 1)
for i in range(5):
    try:
        f(10)
    except E as e:
        saved = e
print(type(saved).__name__, saved)`],
  ['weak references, finalizers, resurrection', String.raw`import gc, weakref
class N:
    def __del__(self):
        global back
        back = self
n = N(); n.me = n
r = weakref.ref(n, lambda w: print('callback'))
del n
gc.collect()
print(back is not None, r() is back)
back = None
gc.collect()`],
  ['builtins whose comparison or truth test raises (min, max, any, all)', String.raw`class B:
    def __bool__(self):
        raise ValueError('bool')
for f in [lambda: max(1j, 2j), lambda: min([object(), object()]), lambda: max([1, 2], key=lambda x: 1 / (x - 2)),
          lambda: any(B() for _ in [1]), lambda: all([B()])]:
    try:
        f()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__)`],
];

describe.concurrent('--check-leaks', () => {
  for (const [name, prog] of CLEAN_PROGRAMS) {
    it(`reports no leak: ${name}`, async () => {
      const r = await pyvm(['--check-leaks', '-c', prog]);
      expect(r.stderr).toMatch(/^pyvm --check-leaks: no leaks: \d+ blocks in use, all accounted for \(\d+ objects reachable from the roots, \d+ on free lists\)\n$/);
      expect(r.code).toBe(0);
    });
  }

  it('reports a leaked object by type, with its origin, and exits non-zero', async () => {
    const prog = String.raw`import gc
class Leaky:
    pass
x = Leaky()
x.payload = [1, 2, 3]
gc.collect()
del x
print('bye')`;
    const r = await pyvm(['--check-leaks', '-c', prog], { PYVM_TEST_CORRUPT: 'leak' });
    expect(r.stdout).toBe('bye\n');
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^pyvm --check-leaks: \d+ objects leaked \(\d+ blocks in use\)\n  leaked objects by type:\n/);
    expect(r.stderr).toMatch(/\n {4}Leaky +1 +\d+ bytes\n/);
    expect(r.stderr).toMatch(/\n {4}list +1 +\d+ bytes\n/);
    expect(r.stderr).toMatch(/\n {4}type +1 +\d+ bytes\n/);
    expect(r.stderr).toMatch(/held by references never released \(the rest is reachable from these\):\n {4}Leaky object at 0x[0-9a-f]+: refcount 1, 0 references found in the heap\n$/);
  });
});

// ---- a sample of the corpus under --stress-gc --verify-heap ----------------------------------------

const SAMPLE = [
  'class_mro_diamond', 'class_super', 'core_comprehensions', 'core_dict_methods', 'core_set_ops', 'err_custom_exception',
  'exc_with_statement', 'func_generators', 'func_nonlocal', 'mem_del_resurrect', 'mem_gc_count', 'mem_gc_instance_cycle',
  'mem_weakref_cycle', 'prog_bintree', 'prog_linked_list_gc', 'prog_word_freq', 'thread_condition',
];

describe.concurrent('corpus sample under --stress-gc --verify-heap', () => {
  for (const name of SAMPLE) {
    it.skipIf(!existsSync(join(corpus, `${name}.py`)))(name, async () => {
      const r = await pyvm(['--stress-gc', '--verify-heap', join(corpus, `${name}.py`)]);
      expect(r.stderr).not.toMatch(/verification failed/);
      expect(r.stdout).toBe(readFileSync(join(corpus, `${name}.out`), 'utf8'));
      const codeFile = join(corpus, `${name}.code`);
      expect(r.code).toBe(existsSync(codeFile) ? Number(readFileSync(codeFile, 'utf8').trim()) : 0);
    });
  }
});
