// `npm run bench`: every benchmark suite; results under bench/results/ (JSON + a markdown page).
//   allocator  bench/allocator.bench.ts (benny; pymalloc vs bump vs bare free list vs V8 objects)
//   refcount   bench/py/refcount.py under pyvm and python3
//   gc         bench/py/gc.py under pyvm and python3
//   interp     ../shared/bench-programs through `pyvm bench` (ratio to CPython, geometric mean)
//   gil        bench/gil/run.mjs (switch intervals on both clocks)
// `npm run bench -- quick` uses small sizes; `npm run bench -- SUITE...` runs only those suites.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'bench', 'results');
mkdirSync(results, { recursive: true });
const argv = process.argv.slice(2);
const quick = argv.includes('quick');
const wanted = argv.filter((a) => a !== 'quick');
const want = (s) => wanted.length === 0 || wanted.includes(s);
const pyvm = [process.execPath, join(root, 'dist', 'cli.js'), 'run'];
const hasPython = spawnSync('python3', ['--version']).status === 0;
const page = [`# pyvm benchmarks (${new Date().toISOString()}, load ${readLoad()})`, '', `Command: \`npm run bench${argv.length ? ' -- ' + argv.join(' ') : ''}\``, ''];

function readLoad() {
  try {
    return spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim();
  } catch {
    return '?';
  }
}

function runLines(cmd, args) {
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return { error: (r.stderr || '').split('\n').slice(-3).join(' ') };
  return { rows: r.stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)) };
}

function pySuite(name, file, args) {
  const a = runLines(pyvm, [join(root, 'bench', 'py', file), ...args]);
  const b = hasPython ? runLines(['python3'], [join(root, 'bench', 'py', file), ...args]) : null;
  const out = { suite: name, pyvm: a, cpython: b };
  writeFileSync(join(results, `${name}.json`), JSON.stringify(out, null, 2));
  page.push(`## ${name}`, '', '| case | pyvm ns/op | CPython ns/op | ratio |', '|---|---|---|---|');
  for (const [i, row] of (a.rows ?? []).entries()) {
    const c = b?.rows?.[i];
    const ns = (r) => (r.seconds / r.ops * 1e9).toFixed(1);
    page.push(`| ${row.case} | ${ns(row)} | ${c ? ns(c) : '-'} | ${c ? (row.seconds / c.seconds).toFixed(2) : '-'} |`);
  }
  if (a.error) page.push('', `pyvm failed: ${a.error}`);
  page.push('');
}

if (want('allocator')) {
  const out = join(root, 'dist-bench');
  const tsc = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['--ignoreConfig', '--outDir', out, '--rootDir', root, '--module', 'nodenext',
    '--target', 'es2022', '--lib', 'es2023', '--skipLibCheck', '--types', 'node', ...['addressspace', 'obmalloc', 'large', 'stats', 'bump'].map((f) => join(root, 'src', 'runtime', 'mem', `${f}.ts`)),
    join(root, 'bench', 'allocator.bench.ts')], { stdio: 'inherit' });
  if (tsc.status === 0) {
    writeFileSync(join(out, 'package.json'), '{"type":"module"}');
    const r = spawnSync(process.execPath, [join(out, 'bench', 'allocator.bench.js'), '--benny'], { cwd: root, encoding: 'utf8' });
    writeFileSync(join(results, 'allocator.txt'), r.stdout);
    page.push('## allocator', '', '```', r.stdout.trim(), '```', '', 'benny chart: `bench/results/allocator.chart.html`', '');
  }
}
if (want('refcount')) pySuite('refcount', 'refcount.py', quick ? ['100000'] : []);
if (want('gc')) pySuite('gc', 'gc.py', quick ? ['10000', '100000'] : []);
if (want('interp')) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'bench', ...(quick ? ['-q'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  page.push('## interp (../shared/bench-programs)', '', r.stdout.trim(), '');
}
if (want('gil') && existsSync(join(root, 'bench', 'gil', 'run.mjs'))) {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'gil', 'run.mjs'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  page.push('## gil', '', r.stdout.trim(), '');
}
writeFileSync(join(results, 'README.md'), page.join('\n') + '\n');
console.log(page.join('\n'));
