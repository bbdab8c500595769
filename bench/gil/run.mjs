#!/usr/bin/env node
// GIL experiment runner: the three gil_*.py programs of ../shared/bench-programs across switch
// intervals, on the real and the virtual clock, written to
//   bench/results/gil.json   every parsed number (plus the command lines and machine load)
//   bench/results/gil.md     tables
//   bench/results/gil.svg    the chart: I/O wake-up latency, hand-offs/s and CPU throughput
//                            against the switch interval (the convoy effect in one picture)
//
// usage: node bench/gil/run.mjs [--quick] [--clock real|virtual|both] [--intervals "0.0005 0.001 ..."]
//                               [--cli dist/cli.js] [--reps N]
//        node bench/gil/run.mjs --render      (redo gil.md and gil.svg from bench/results/gil.json)
//
// Sizes are scaled for pyvm (an interpreter in JavaScript, much slower than CPython): the
// countdown is 1-4M iterations instead of 12M, and the I/O experiment takes fewer samples at long
// intervals. On the virtual clock one breaker point (a loop iteration) costs 50 ns of virtual time
// and GIL hand-offs cost nothing, so its numbers are exact and repeatable but say nothing about
// switching overhead; the real-clock numbers carry the machine's noise (see the load average).

import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const programs = resolve(root, '..', 'shared', 'bench-programs');
const outDir = join(root, 'bench', 'results');

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const quick = argv.includes('--quick');
let clocks = (opt('--clock', 'both') === 'both' ? ['real', 'virtual'] : [opt('--clock')]);
let intervals = opt('--intervals', '0.0005 0.001 0.005 0.02 0.1').split(/\s+/).filter(Boolean).map(Number);
const cli = resolve(opt('--cli', join(root, 'dist', 'cli.js')));
const reps = Number(opt('--reps', quick ? '1' : '3'));

/** CPython 3.11 anchor numbers (shared/bench-programs/README.md, quiet 2-CPU machine). */
const CPYTHON = {
  0.0005: { ratio2: 1.19, ratio4: 1.20, ioMedian: 0.88, ioP99: 6.5, switches: 1503, sliceMedian: 0.65 },
  0.001: { ratio2: 1.11, ratio4: 1.12, ioMedian: 1.31, ioP99: 2.3, switches: 856, sliceMedian: 1.15 },
  0.005: { ratio2: 1.12, ratio4: 1.12, ioMedian: 5.30, ioP99: 6.0, switches: 190, sliceMedian: 5.18 },
  0.02: { ratio2: 0.99, ratio4: 0.96, ioMedian: 20.35, ioP99: 21.2, switches: 48.5, sliceMedian: 20.2 },
  0.1: { ratio2: 1.05, ratio4: 1.18, ioMedian: 100.33, ioP99: 105.1, switches: 10.0, sliceMedian: 100.2 },
};

function load() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

function run(clock, prog, args) {
  const cmd = [cli, 'run', '--clock', clock, join(programs, prog), ...args.map(String)];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, cmd, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 900_000 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    process.stderr.write(`failed (${r.status}): node ${cmd.join(' ')}\n${r.stderr}\n`);
  }
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, wall, cmd: `node ${cmd.join(' ')}` };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

function cpuThreads(clock, iv) {
  const total = clock === 'virtual' ? (quick ? 1_000_000 : 4_000_000) : (quick ? 300_000 : 1_000_000);
  const res = {};
  for (const n of [1, 2, 4]) {
    const el = [], walls = [];
    for (let k = 0; k < (clock === 'virtual' ? 1 : reps); k++) {
      const r = run(clock, 'gil_cpu_threads.py', [n, total, iv]);
      const m = /elapsed=([\d.]+)s/.exec(r.stderr);
      if (!r.stdout.includes(`total_work=${Math.floor(total / n) * n}`)) process.stderr.write(`unexpected output: ${r.stdout}`);
      if (m) el.push(Number(m[1]));
      walls.push(r.wall);
    }
    res[n] = { elapsed: median(el), itersPerSec: total / median(el), wall: median(walls) };
  }
  return { total, byThreads: res, ratio2: res[2].elapsed / res[1].elapsed, ratio4: res[4].elapsed / res[1].elapsed };
}

function ioLatency(clock, iv) {
  const budget = clock === 'virtual' ? (quick ? 0.1 : 0.3) : (quick ? 0.5 : 2.0);
  const samples = Math.max(5, Math.min(quick ? 50 : 200, Math.round(budget / (iv + 0.001))));
  const r = run(clock, 'gil_io_latency.py', [iv, samples]);
  const parse = (name) => {
    const m = new RegExp(`${name}\\s+n=(\\d+) extra_ms: min=(\\S+) median=(\\S+) mean=(\\S+) p90=(\\S+) p99=(\\S+) max=(\\S+)`).exec(r.stdout);
    if (!m) return null;
    const [n, min, med, mean, p90, p99, max] = m.slice(1).map(Number);
    return { n, min, median: med, mean, p90, p99, max };
  };
  const cpu = /cpu_thread=([\d.]+)M iters\/s/.exec(r.stdout);
  return { samples, baseline: parse('baseline'), contended: parse('contended'), cpuMitersPerSec: cpu ? Number(cpu[1]) : null };
}

function switchInterval(clock) {
  const duration = clock === 'virtual' ? (quick ? 0.03 : 0.1) : (quick ? 0.2 : 0.5);
  const r = run(clock, 'gil_switch_interval.py', [...intervals, `duration=${duration}`]);
  const rows = {};
  for (const m of r.stdout.matchAll(/interval=(\S+)\s+switches\/s=\s*(\S+) slice_ms median=\s*(\S+) p90=\s*(\S+) max=\s*(\S+)\s+share0=(\S+)\s+trace_runs=(\d+) mean_run=(\S+) chunks\s+Miters\/s=(\S+) solo=(\S+) eff=(\S+)/g)) {
    const [iv, sw, med, p90, max, share0, runs, meanRun, miters, solo, eff] = m.slice(1).map(Number);
    rows[iv] = { switchesPerSec: sw, sliceMedian: med, sliceP90: p90, sliceMax: max, share0, traceRuns: runs, meanRun, mitersPerSec: miters, soloMiters: solo, eff };
  }
  return { duration, rows };
}

// ---- run ----------------------------------------------------------------------------------------

let results;
if (argv.includes('--render')) {
  results = JSON.parse(readFileSync(join(outDir, 'gil.json'), 'utf8'));
} else {
  if (!existsSync(cli)) {
    process.stderr.write(`no CLI at ${cli}: run npm run build first\n`);
    process.exit(2);
  }
  results = {
    date: new Date().toISOString(), cpus: cpus().length, loadBefore: load(), quick, intervals, clocks: {},
    sizes: 'see bench/gil/run.mjs', cpython: CPYTHON,
  };
  for (const clock of clocks) {
    process.stderr.write(`[${clock}] gil_switch_interval over ${intervals.join(' ')}\n`);
    const sw = switchInterval(clock);
    const per = {};
    for (const iv of intervals) {
      process.stderr.write(`[${clock}] interval ${iv}: gil_io_latency, gil_cpu_threads\n`);
      per[iv] = { io: ioLatency(clock, iv), cpu: cpuThreads(clock, iv), switching: sw.rows[iv] ?? null };
    }
    results.clocks[clock] = { switchDuration: sw.duration, byInterval: per };
  }
  results.loadAfter = load();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'gil.json'), JSON.stringify(results, null, 2) + '\n');
}
const quickRun = results.quick;
clocks = Object.keys(results.clocks);
intervals = results.intervals;

// ---- table --------------------------------------------------------------------------------------

const f = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '–' : Number(x).toFixed(d));
let md = `# GIL experiments (pyvm)\n\nGenerated by \`node bench/gil/run.mjs${quickRun ? ' --quick' : ''}\` on ${results.date} (${results.cpus} CPUs, load ${results.loadBefore} → ${results.loadAfter}).\n\n`;
md += 'Columns: **I/O extra latency** = how long a thread that sleeps 1 ms waits beyond 1 ms while one CPU-bound thread spins ' +
  '(gil_io_latency.py, contended phase; the baseline without the spinner is in brackets); **hand-offs/s** and **slice** from ' +
  'gil_switch_interval.py (two spinning threads); **N=2/N=1, N=4/N=1** = elapsed time of gil_cpu_threads.py with the same total ' +
  'countdown split over 2 and 4 threads, relative to one thread (1.00 = switching costs nothing); **eff** = two threads\' combined ' +
  'loop rate relative to one thread alone. CPython 3.11 columns are the anchor numbers of shared/bench-programs/README.md.\n\n';
for (const clock of clocks) {
  md += `## ${clock} clock\n\n`;
  md += '| interval | I/O extra latency median ms (baseline) | p99 ms | CPython median / p99 | hand-offs/s | CPython | slice median ms | N=2/N=1 | N=4/N=1 | CPython N=2 / N=4 | eff | CPU thread Miters/s while I/O runs |\n';
  md += '|---|---|---|---|---|---|---|---|---|---|---|---|\n';
  for (const iv of intervals) {
    const p = results.clocks[clock].byInterval[iv];
    const c = CPYTHON[iv] ?? {};
    const io = p.io.contended, b = p.io.baseline;
    md += `| ${iv} | ${f(io?.median, 3)} (${f(b?.median, 3)}) | ${f(io?.p99, 3)} | ${f(c.ioMedian)} / ${f(c.ioP99, 1)} | ${f(p.switching?.switchesPerSec, 1)} | ${f(c.switches, 1)} | ` +
      `${f(p.switching?.sliceMedian, 3)} | ${f(p.cpu.ratio2)} | ${f(p.cpu.ratio4)} | ${f(c.ratio2)} / ${f(c.ratio4)} | ${f(p.switching?.eff)} | ${f(p.io.cpuMitersPerSec)} |\n`;
  }
  md += '\n';
}
md += '![GIL experiments](gil.svg)\n';
writeFileSync(join(outDir, 'gil.md'), md);

// ---- chart --------------------------------------------------------------------------------------

const W = 1200, H = 480, PW = 300, PH = 250, TOP = 70, LEFT = 80, GAP = 90;
const colors = { real: '#d62728', virtual: '#1f77b4', cpython: '#555555', ref: '#bbbbbb' };
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">\n`;
svg += `<rect width="${W}" height="${H}" fill="white"/>\n`;
svg += `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">pyvm GIL experiments against the switch interval (sys.setswitchinterval)</text>\n`;
svg += `<text x="${W / 2}" y="40" text-anchor="middle" fill="#444">the convoy effect: after every 1 ms sleep the I/O thread waits about one interval for the GIL</text>\n`;
const log = Math.log10;
const xMin = log(Math.min(...intervals)) - 0.15, xMax = log(Math.max(...intervals)) + 0.15;

function panel(ix, title, yLabel, series, { yLog = true, yMinHint = null, yMaxHint = null, refLine = false } = {}) {
  const x0 = LEFT + ix * (PW + GAP), y0 = TOP;
  const ys = series.flatMap((s) => s.points.map((p) => p[1])).filter((v) => v !== null && Number.isFinite(v) && (!yLog || v > 0));
  if (yMinHint !== null) ys.push(yMinHint);
  if (yMaxHint !== null) ys.push(yMaxHint);
  let yLo = Math.min(...ys), yHi = Math.max(...ys);
  if (yLog) {
    yLo = Math.floor(log(yLo) * 2) / 2;
    yHi = Math.ceil(log(yHi) * 2) / 2;
    if (yHi === yLo) yHi += 0.5;
  } else {
    yLo = Math.floor(yLo * 10) / 10;
    yHi = Math.ceil(yHi * 10) / 10;
  }
  const X = (iv) => x0 + ((log(iv) - xMin) / (xMax - xMin)) * PW;
  const Y = (v) => y0 + PH - (((yLog ? log(v) : v) - yLo) / (yHi - yLo)) * PH;
  let g = `<g>\n<text x="${x0 + PW / 2}" y="${y0 - 10}" text-anchor="middle" font-weight="bold">${esc(title)}</text>\n`;
  g += `<rect x="${x0}" y="${y0}" width="${PW}" height="${PH}" fill="none" stroke="#333"/>\n`;
  for (const iv of intervals) {
    g += `<line x1="${X(iv)}" y1="${y0 + PH}" x2="${X(iv)}" y2="${y0 + PH + 4}" stroke="#333"/><text x="${X(iv)}" y="${y0 + PH + 16}" text-anchor="middle">${iv * 1000}</text>\n`;
  }
  g += `<text x="${x0 + PW / 2}" y="${y0 + PH + 32}" text-anchor="middle">switch interval (ms, log scale)</text>\n`;
  const ticks = [];
  if (yLog) for (let e = Math.ceil(yLo); e <= Math.floor(yHi); e++) ticks.push(10 ** e);
  else for (let v = Math.ceil(yLo * 10) / 10; v <= yHi + 1e-9; v += 0.1) ticks.push(Math.round(v * 10) / 10);
  for (const t of ticks) {
    g += `<line x1="${x0 - 4}" y1="${Y(t)}" x2="${x0 + PW}" y2="${Y(t)}" stroke="#eee"/><text x="${x0 - 6}" y="${Y(t) + 4}" text-anchor="end">${yLog ? t : t.toFixed(2)}</text>\n`;
  }
  g += `<text transform="translate(${x0 - 48},${y0 + PH / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>\n`;
  if (refLine) {
    const a = intervals[0], b = intervals[intervals.length - 1];
    g += `<line x1="${X(a)}" y1="${Y(a * 1000)}" x2="${X(b)}" y2="${Y(b * 1000)}" stroke="${colors.ref}" stroke-dasharray="5,4"/>\n`;
    g += `<text x="${X(b) - 4}" y="${Y(b * 1000) + 14}" text-anchor="end" fill="#999">= one interval</text>\n`;
  }
  series.forEach((s, si) => {
    const pts = s.points.filter(([, v]) => v !== null && Number.isFinite(v) && (!yLog || v > 0));
    if (pts.length) {
      g += `<polyline fill="none" stroke="${s.color}" stroke-width="2" ${s.dash ? `stroke-dasharray="${s.dash}"` : ''} points="${pts.map(([x, v]) => `${X(x).toFixed(1)},${Y(v).toFixed(1)}`).join(' ')}"/>\n`;
      for (const [x, v] of pts) g += `<circle cx="${X(x).toFixed(1)}" cy="${Y(v).toFixed(1)}" r="3" fill="${s.color}"><title>${esc(s.label)}: ${v}</title></circle>\n`;
    }
    const ly = y0 + PH + 50 + si * 15;
    g += `<line x1="${x0 + 8}" y1="${ly}" x2="${x0 + 30}" y2="${ly}" stroke="${s.color}" stroke-width="2" ${s.dash ? `stroke-dasharray="${s.dash}"` : ''}/><text x="${x0 + 36}" y="${ly + 4}">${esc(s.label)}</text>\n`;
  });
  return g + '</g>\n';
}

const pick = (clock, fn) => intervals.map((iv) => {
  const p = results.clocks[clock]?.byInterval[iv];
  let v = null;
  try {
    v = p ? fn(p) : null;
  } catch {
    v = null;
  }
  return [iv, v ?? null];
});
const have = (c) => clocks.includes(c);
const latency = [];
if (have('real')) latency.push({ label: 'pyvm, real clock', color: colors.real, points: pick('real', (p) => p.io.contended.median) });
if (have('virtual')) latency.push({ label: 'pyvm, virtual clock', color: colors.virtual, points: pick('virtual', (p) => p.io.contended.median) });
latency.push({ label: 'CPython 3.11', color: colors.cpython, dash: '3,3', points: intervals.map((iv) => [iv, CPYTHON[iv]?.ioMedian ?? null]) });
svg += panel(0, 'I/O wake-up latency (median, ms)', 'extra latency after a 1 ms sleep (ms)', latency, { refLine: true });

const handoffs = [];
if (have('real')) handoffs.push({ label: 'pyvm, real clock', color: colors.real, points: pick('real', (p) => p.switching.switchesPerSec) });
if (have('virtual')) handoffs.push({ label: 'pyvm, virtual clock', color: colors.virtual, points: pick('virtual', (p) => p.switching.switchesPerSec) });
handoffs.push({ label: 'CPython 3.11', color: colors.cpython, dash: '3,3', points: intervals.map((iv) => [iv, CPYTHON[iv]?.switches ?? null]) });
svg += panel(1, 'GIL hand-offs per second (2 CPU threads)', 'hand-offs / s', handoffs);

const thr = [];
if (have('real')) {
  thr.push({ label: 'pyvm real: 2 threads vs 1', color: colors.real, points: pick('real', (p) => 1 / p.cpu.ratio2) });
  thr.push({ label: 'pyvm real: 4 threads vs 1', color: colors.real, dash: '6,3', points: pick('real', (p) => 1 / p.cpu.ratio4) });
}
if (have('virtual')) thr.push({ label: 'pyvm virtual: 2 threads vs 1', color: colors.virtual, points: pick('virtual', (p) => 1 / p.cpu.ratio2) });
thr.push({ label: 'CPython 3.11: 2 threads vs 1', color: colors.cpython, dash: '3,3', points: intervals.map((iv) => [iv, CPYTHON[iv] ? 1 / CPYTHON[iv].ratio2 : null]) });
svg += panel(2, 'CPU throughput, same work split over threads', 'throughput relative to 1 thread', thr, { yLog: false, yMinHint: 0.6, yMaxHint: 1.1 });
svg += `<text x="${W / 2}" y="${H - 12}" text-anchor="middle" fill="#666">virtual clock: 50 ns per loop iteration, free hand-offs (deterministic); real clock: ${esc(results.cpus)} CPUs, load ${esc(results.loadBefore)}</text>\n`;
svg += '</svg>\n';
writeFileSync(join(outDir, 'gil.svg'), svg);
process.stderr.write(`wrote ${join(outDir, 'gil.json')}, gil.md, gil.svg\n`);
process.stdout.write(md);
