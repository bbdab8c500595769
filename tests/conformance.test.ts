// The conformance corpus (../shared/conformance): every program runs through `pyvm run` and must
// print exactly CPython 3.11's stdout, exit with its status, and end stderr with its last line.
// Programs that cannot pass yet are listed in tests/conformance-expected-failures.txt; a listed
// program that passes fails the suite (the list only shrinks), as does an unlisted one that fails.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPyvm } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', '..', 'shared', 'conformance');
const expectedFailures = new Set(
  readFileSync(join(here, 'conformance-expected-failures.txt'), 'utf8')
    .split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean),
);
// PYVM_STRESS=1 (`npm run test:stress`): collect at every GC allocation and verify the heap (after
// collections and at exit); PYVM_VERIFY=1: verify only; PYVM_CHECK_LEAKS=1: also require zero leaks.
const extraFlags = [
  ...(process.env.PYVM_STRESS === '1' ? ['--stress-gc', '--verify-heap'] : process.env.PYVM_VERIFY === '1' ? ['--verify-heap'] : []),
  ...(process.env.PYVM_CHECK_LEAKS === '1' ? ['--check-leaks'] : []),
];
const timeoutMs = extraFlags.length ? 120_000 : 20_000;

const programs = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort() : [];

async function check(name: string): Promise<string[]> {
  const file = join(corpus, `${name}.py`);
  const r = await runPyvm([...extraFlags, file], { timeoutMs });
  const problems: string[] = [];
  if (extraFlags.includes('--check-leaks')) {
    // the leak report is the last thing on stderr: judge it, then compare stderr without it
    const at = r.stderr.lastIndexOf('pyvm --check-leaks: ');
    const report = at < 0 ? '' : r.stderr.slice(at);
    if (!report.startsWith('pyvm --check-leaks: no leaks')) problems.push(`leak check: ${report.trim() || 'no report'}`);
    if (at >= 0) r.stderr = r.stderr.slice(0, at);
  }
  const want = readFileSync(join(corpus, `${name}.out`), 'utf8');
  if (r.timedOut) return ['timed out'];
  if (r.stdout !== want) {
    const a = r.stdout.split('\n'), b = want.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    problems.push(`stdout differs at line ${i + 1}: got ${JSON.stringify(a[i] ?? '<eof>')}, want ${JSON.stringify(b[i] ?? '<eof>')}`);
  }
  const codeFile = join(corpus, `${name}.code`);
  const wantCode = existsSync(codeFile) ? Number(readFileSync(codeFile, 'utf8').trim()) : 0;
  if (r.code !== wantCode) problems.push(`exit status ${r.code}, expected ${wantCode}`);
  const errFile = join(corpus, `${name}.err`);
  if (existsSync(errFile)) {
    const lines = r.stderr.replace(/\n$/, '').split('\n');
    const last = r.stderr === '' ? '' : lines[lines.length - 1];
    const wantErr = readFileSync(errFile, 'utf8').replace(/\n$/, '');
    if (last !== wantErr) problems.push(`last stderr line ${JSON.stringify(last)}, expected ${JSON.stringify(wantErr)}`);
  }
  if (/at .*\.js:\d+:\d+/.test(r.stderr)) problems.push('a JavaScript stack trace reached stderr');
  return problems;
}

describe.concurrent('conformance corpus', () => {
  it('finds the corpus', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const name of programs) {
    it(name, async () => {
      const problems = await check(name);
      if (expectedFailures.has(name)) {
        expect(problems, `${name} passes now: remove it from tests/conformance-expected-failures.txt`).not.toEqual([]);
      } else {
        expect(problems).toEqual([]);
      }
    });
  }
  it('lists only programs that exist', () => {
    for (const n of expectedFailures) expect(programs, `unknown program ${n} in expected failures`).toContain(n);
  });
});
