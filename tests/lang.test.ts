// Language semantics, differential: each tests/py/lang/*.py runs under pyvm and must print what
// CPython 3.11 prints (python3 is the oracle when installed; else the committed .expected file).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { runPyvm, hasPython3 } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'py', 'lang');
const scripts = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

function expected(file: string): { out: string; code: number } {
  const exp = file.replace(/\.py$/, '.expected');
  if (hasPython3) {
    const r = spawnSync('python3', [file], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    // a death by signal (an uncaught KeyboardInterrupt: SIGINT) is -1, as runPyvm reports it
    const code = r.status ?? -1;
    writeFileSync(exp, JSON.stringify({ out: r.stdout, code }));
    return { out: r.stdout, code };
  }
  return JSON.parse(readFileSync(exp, 'utf8'));
}

describe.concurrent('language semantics vs CPython 3.11', () => {
  for (const f of scripts) {
    it(f, async () => {
      const file = join(dir, f);
      const want = expected(file);
      const r = await runPyvm([file]);
      expect(r.stdout).toBe(want.out);
      expect(r.code).toBe(want.code);
    });
  }
});
