// `pyvm bench`: run the deterministic programs of ../shared/bench-programs under pyvm (and under
// python3 when it is installed), print the time ratio per program and the geometric mean, and
// write bench/results/interp.json.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

const DETERMINISTIC = ['richards', 'deltablue', 'nbody', 'fannkuch', 'spectral_norm', 'nqueens', 'raytrace', 'float',
  'unpack_sequence', 'generators', 'coroutines', 'json_like', 'text_proc', 'gc_collect', 'gc_traversal', 'alloc_small',
  'alloc_retain', 'dict_churn', 'str_churn'];
const QUICK: Record<string, string> = {
  richards: '2', deltablue: '10', nbody: '10000', fannkuch: '7', spectral_norm: '60', nqueens: '6', raytrace: '30',
  float: '20000', unpack_sequence: '20000', generators: '100000', coroutines: '2000', json_like: '400', text_proc: '20000',
  gc_collect: '200', gc_traversal: '6000', alloc_small: '40000', alloc_retain: '12', dict_churn: '20000', str_churn: '15000',
};

function timeRun(cmd: string[], file: string, args: string[]): { s: number; out: string; ok: boolean } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], [...cmd.slice(1), file, ...args], { encoding: 'utf8', timeout: 600_000 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return { s, out: r.stdout ?? '', ok: r.status === 0 };
}

export async function runInterpBench(opts: { quick: boolean; filter: string | null }): Promise<number> {
  const dir = resolve(root, '..', 'shared', 'bench-programs');
  if (!existsSync(dir)) {
    process.stderr.write(`pyvm bench: ${dir} not found\n`);
    return 2;
  }
  const have = new Set(readdirSync(dir));
  const py = spawnSync('python3', ['--version']).status === 0 ? 'python3' : null;
  const pyvm = [process.execPath, join(root, 'dist', 'cli.js'), 'run'];
  const rows: { name: string; pyvm: number; cpython: number | null; ratio: number | null; ok: boolean }[] = [];
  const progs = DETERMINISTIC.filter((p) => have.has(`${p}.py`) && (!opts.filter || new RegExp(opts.filter).test(p)));
  let i = 0;
  for (const p of progs) {
    i++;
    const bar = '#'.repeat(Math.round((i / progs.length) * 20)).padEnd(20, '.');
    process.stderr.write(`\r[${bar}] ${i}/${progs.length} ${p.padEnd(16)}`);
    const file = join(dir, `${p}.py`);
    const args = opts.quick ? [QUICK[p]] : [];
    const a = timeRun(pyvm, file, args);
    const b = py ? timeRun([py], file, args) : null;
    const ok = a.ok && (!b || a.out === b.out);
    rows.push({ name: p, pyvm: a.s, cpython: b ? b.s : null, ratio: b ? a.s / b.s : null, ok });
  }
  process.stderr.write('\n');
  let table = `| program | pyvm s | CPython s | ratio | status |\n|---|---|---|---|---|\n`;
  for (const r of rows) {
    table += `| ${r.name} | ${r.pyvm.toFixed(3)} | ${r.cpython?.toFixed(3) ?? '-'} | ${r.ratio?.toFixed(2) ?? '-'} | ${r.ok ? 'OK' : 'MISMATCH/FAIL'} |\n`;
  }
  const ok = rows.filter((r) => r.ok && r.ratio !== null);
  const geo = ok.length ? Math.exp(ok.reduce((s, r) => s + Math.log(r.ratio!), 0) / ok.length) : NaN;
  table += `\ngeometric mean pyvm/CPython over ${ok.length} OK programs: ${geo.toFixed(2)}\n`;
  process.stdout.write(table);
  const out = join(root, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, opts.quick ? 'interp-quick.json' : 'interp.json'), JSON.stringify({ date: new Date().toISOString(), quick: opts.quick, rows, geomean: geo }, null, 2));
  writeFileSync(join(out, opts.quick ? 'interp-quick.md' : 'interp.md'), table);
  return rows.every((r) => r.ok) ? 0 : 1;
}
