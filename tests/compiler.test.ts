// The compiler on its own: every corpus and benchmark program compiles; `pyvm dis` output is
// stable (golden files, regenerate with UPDATE_GOLDEN=1); symbol-table errors are SyntaxErrors
// in CPython's words; every opcode has a name.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModule } from '../src/compiler/parser.js';
import { compileModule } from '../src/compiler/codegen.js';
import { disassemble } from '../src/compiler/dis.js';
import { PySyntaxError } from '../src/compiler/errors.js';
import * as op from '../src/compiler/opcodes.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '..', '..', 'shared');

function compile(src: string, file = 'x.py') {
  return compileModule(parseModule(src, file), file, src);
}

describe('compiler', () => {
  it('names every opcode', () => {
    expect(op.OPNAMES.length).toBe(op.OPCODE_COUNT);
    expect(new Set(op.OPNAMES).size).toBe(op.OPCODE_COUNT);
  });

  for (const dir of ['conformance', 'bench-programs']) {
    const d = join(shared, dir);
    const files = existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.py')) : [];
    it(`compiles every program in ${dir} (${files.length})`, () => {
      const failures: string[] = [];
      for (const f of files) {
        const src = readFileSync(join(d, f), 'utf8');
        try {
          compile(src, f);
        } catch (e) {
          // programs whose point is a SyntaxError must raise one
          if (!(e instanceof PySyntaxError && /err_syntax|err_indentation/.test(f))) failures.push(`${f}: ${(e as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  const golden = ['func_closures', 'core_comprehensions', 'exc_finally_return'];
  for (const name of ['func_nonlocal', 'core_comprehensions', 'exc_finally_return', 'func_generators']) {
    it(`dis golden: ${name}`, () => {
      const file = join(shared, 'conformance', `${name}.py`);
      if (!existsSync(file)) return;
      const out = disassemble(compile(readFileSync(file, 'utf8'), `${name}.py`));
      const g = join(here, 'golden', 'dis', `${name}.txt`);
      if (process.env.UPDATE_GOLDEN || !existsSync(g)) writeFileSync(g, out);
      expect(out).toBe(readFileSync(g, 'utf8'));
    });
  }
  void golden;

  const symErrors: [string, string][] = [
    ['return 1\n', "'return' outside function"],
    ['break\n', "'break' outside loop"],
    ['continue\n', "'continue' not properly in loop"],
    ['nonlocal x\n', 'nonlocal declaration not allowed at module level'],
    ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration"],
    ['def f():\n    print(x)\n    global x\n', "name 'x' is used prior to global declaration"],
    ['def f(a, a):\n    pass\n', "duplicate argument 'a' in function definition"],
    ['def f():\n    nonlocal y\n', "no binding for nonlocal 'y' found"],
    ['yield 1\n', "'yield' outside function"],
  ];
  for (const [src, msg] of symErrors) {
    it(`SyntaxError: ${msg}`, () => {
      expect(() => compile(src)).toThrowError(msg);
    });
  }
});
