// pyvm's standard library in Python (lib/*.py), differential: each tests/py/stdlib/*.py imports
// library modules, runs under pyvm and must print what CPython 3.11 prints with its own standard
// library (python3 is the oracle when installed; else the committed .expected file).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { runPyvm, hasPython3 } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'py', 'stdlib');
const scripts = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

function expected(file: string): { out: string; code: number } {
  const exp = file.replace(/\.py$/, '.expected');
  if (hasPython3) {
    const r = spawnSync('python3', [file], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    writeFileSync(exp, JSON.stringify({ out: r.stdout, code: r.status }));
    return { out: r.stdout, code: r.status ?? 0 };
  }
  return JSON.parse(readFileSync(exp, 'utf8'));
}

describe.concurrent('standard library (lib/) vs CPython 3.11', () => {
  for (const f of scripts) {
    it(f, async () => {
      const file = join(dir, f);
      const want = expected(file);
      const r = await runPyvm([file], { timeoutMs: 30_000 });
      expect(r.timedOut).toBe(false);
      expect(r.stdout).toBe(want.out);
      expect(r.code).toBe(want.code);
    });
  }
});
