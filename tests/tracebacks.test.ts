// Tracebacks, differential: each tests/py/tracebacks/*.py ends with an uncaught exception; its
// whole stderr (entries, source lines, the ^^^ / ~~~^~~ lines of PEP 657, chains) must be what
// CPython 3.11 prints (object addresses aside), as well as stdout and the exit status. python3 is
// the oracle when installed (it writes the .expected file); else the committed .expected file.
// Paths are stored relative.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { runPyvm, hasPython3 } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'py', 'tracebacks');
const scripts = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const DIR = '<dir>';

interface Expected { out: string; err: string; code: number }

function expected(file: string): Expected {
  const exp = file.replace(/\.py$/, '.expected');
  if (hasPython3) {
    const r = spawnSync('python3', [file], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' } });
    const want = { out: r.stdout, err: r.stderr.split(dir).join(DIR), code: r.status ?? -1 };
    writeFileSync(exp, JSON.stringify(want));
    return want;
  }
  return JSON.parse(readFileSync(exp, 'utf8'));
}

describe.concurrent('tracebacks vs CPython 3.11', () => {
  for (const f of scripts) {
    it(f, async () => {
      const file = join(dir, f);
      const want = expected(file);
      const r = await runPyvm([file]);
      expect(r.stdout).toBe(want.out);
      // object addresses ("<generator object g at 0x...>") differ between interpreters
      const addr = (s: string) => s.replace(/ at 0x[0-9a-f]+>/g, ' at 0xADDR>');
      expect(addr(r.stderr.split(dir).join(DIR))).toBe(addr(want.err));
      expect(r.code).toBe(want.code);
    });
  }
});
