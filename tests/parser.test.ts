// Parser tests, with CPython 3.11 as the oracle.
//
//  1. Every program of the conformance corpus and the benchmark programs, and the snippets in
//     tests/parser/valid, must give the same `ast.dump(..., include_attributes=True)` as python3
//     (positions included). Without python3 on PATH only "it parses" is checked.
//  2. Every file in tests/parser/errors must fail with exactly the stderr text python3 prints
//     (kept in tests/parser/errors/expected.json, re-checked against python3 when available).
//  3. Robustness (no hangs, no JavaScript errors on garbage) and a 1,000-line parse timing.

import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseModule } from '../src/compiler/parser.js';
import { dumpAst, floatRepr, strRepr } from '../src/compiler/astdump.js';
import { PySyntaxError, formatSyntaxError } from '../src/compiler/errors.js';
import { tokenize, NEWLINE_MARK, INDENT_MARK, DEDENT_MARK } from '../src/compiler/indent.js';
import { ELLIPSIS, type Module } from '../src/compiler/ast.js';

const here = dirname(fileURLToPath(import.meta.url));
const validDir = join(here, 'parser', 'valid');
const errorsDir = join(here, 'parser', 'errors');
const corpusDirs = ['/work/shared/conformance', '/work/shared/bench-programs'];

/** python3's own executable (not a pyenv shim: 10x faster to start), when it is CPython 3.11. */
const pythonExe = ((): string | null => {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11), sys.executable)'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const [ok, exe] = r.stdout.trim().split(' ');
  return ok === 'True' && exe ? exe : null;
})();
const python = pythonExe !== null;

const DUMP_SCRIPT = `
import ast, json, sys
out = {}
for path in sys.argv[1:]:
    try:
        with open(path, encoding='utf-8') as f:
            out[path] = ast.dump(ast.parse(f.read()), include_attributes=True)
    except SyntaxError:
        out[path] = None
print(json.dumps(out))
`;

/** ast.dump of each file by python3, in one process; null when python3 cannot parse it. */
function pythonDumps(paths: string[]): Record<string, string | null> {
  const r = spawnSync(pythonExe!, ['-c', DUMP_SCRIPT, ...paths], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function pyFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir, f));
}

function parseError(source: string, filename = 'test.py'): PySyntaxError {
  try {
    parseModule(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`expected a SyntaxError for ${JSON.stringify(source)}`);
}

// ---------------------------------------------------------------------------------- 1. oracle

describe('AST matches python3 ast.dump', () => {
  const corpus = corpusDirs.flatMap(pyFiles);
  const snippets = pyFiles(validDir);
  let dumps: Record<string, string | null> = {};

  beforeAll(() => {
    if (python) dumps = pythonDumps([...corpus, ...snippets]);
  });

  for (const path of [...corpus, ...snippets]) {
    it(path.replace(/^.*\/(work|tests)\//, ''), () => {
      const source = readFileSync(path, 'utf8');
      if (python && dumps[path] === null) {
        // python3 rejects it (the corpus has three err_syntax programs): so must we.
        expect(() => parseModule(source, path)).toThrow(PySyntaxError);
        return;
      }
      if (!python && /err_(syntax|indentation)/.test(path)) return;
      const tree = parseModule(source, path);
      if (python) expect(dumpAst(tree)).toBe(dumps[path]);
    });
  }
});

describe('tricky inputs match python3', () => {
  const cases: Record<string, string> = {
    'empty file': '',
    'only blank lines': '\n\n   \n\t\n',
    'no trailing newline': 'x = 1\nif x:\n    y = 2',
    'comment at EOF without newline': 'x = 1  # done',
    'trailing spaces at EOF': 'x = 1\n    ',
    'CRLF line endings': 'x = 1\r\nif x:\r\n    y = (1,\r\n         2)\r\n',
    'form feed in indentation': 'if x:\n\f    y = 1\n',
    'tab indentation': 'if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n',
    'tabs equal to 8 spaces in a nested block': 'if x:\n\tif y:\n\t\tz = 2\n\tw = 3\n',
    'precedence': 'x = -2**2 + 2**-1 * ~a ** b - (not c) + (a if b else c)\ny = a or b and not c == d < e | f ^ g & h << i + j * k\n',
    'power binds tighter than unary on its left': 'a = -x**-y**z\nb = await_ ** 2\n',
    'comparison chains': 'a < b <= c == d != e > f >= g is h is not i in j not in k\n',
    'lambdas with defaults': 'f = lambda a, b=1, /, c=2, *d, e, f=3, **g: (a, b)\ng = lambda *, k: k\nh = lambda: (yield)\n',
    'nested brackets over many lines': 'x = [\n  (1,\n   {2: [3,\n        4]}),\n  # comment\n\n  5,\n]\n',
    'backslash continuation': 'x = 1 + \\\n    2\nassert x, \\\n  "msg"\n',
    'semicolons': 'a = 1; b = 2;\nif a: b = 3; c = 4\n',
    'decorators': '@a.b(c)\n@d\nclass E(F, metaclass=G):\n    @property\n    def h(self) -> int: return 1\n',
    'global and nonlocal': 'def f():\n    global a, b\n    def g():\n        nonlocal c\n',
    'imports': 'import a, b.c as d\nfrom .e import (f as g, h,)\nfrom ... import i\nfrom j import *\n',
    'f-string forms': "x = f'{a!r:>{w}.{p}f}' f\"{b=}\" f'{c = !s}' f'{{}}' rf'\\d{d}'\n",
    'f-string spanning lines': "x = f'''a\n{b +\n c}'''\n",
    'numbers': 'x = (0, 00, 1_0, 0x_1F, 0O17, 0b1_0, 1., .5, 1e-3, 1_0.0_1e+1_0, 2j, 3.5J, 10**100)\n',
    'big integer': `x = ${'9'.repeat(60)}\n`,
    'unicode identifiers and columns': 'é = "ü"; ñ = é + "日本"\n',
    'walrus and comprehensions': 'if (n := len(a)) > 10: print([y for x in a if x for y in x], {k: v for k, v in d}, {s for s in t})\n',
    'starred and unpacking': 'a, *b, (c, d) = e\n[*f] = g\nh = *i, *j\nk = {**l, **m}\nn(*o, p=1, **q)\n',
    'subscripts and slices': 'a[1:2, ::3, ...][b:][:c][::][d, *e]\n',
    'generator argument': 'sum(x for x in y)\nf(a)(b for b in c)\n',
    'yield forms': 'def f():\n    yield\n    yield 1, 2\n    x = yield from g()\n    await_ = (yield)\n',
    'keywords as parts of names': 'iffy = 1; not_ = iffy; import_ = forx = 2; inx = 3; x = 1if y else 2\n',
    'with statements': 'with a as b, c as (d, e):\n    pass\nwith (f as g,\n      h):\n    pass\nwith (i, j):\n    pass\n',
    'try statements': 'try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nexcept D:\n    raise\nelse:\n    pass\nfinally:\n    pass\n',
    'annotations': 'x: int\ny: list[int] = []\n(z): int = 1\na.b: str\nc[0]: float = 1.0\ndef f(a: int = 1, *b: str, c: "x" = 2, **d: dict) -> None: pass\n',
    'strings and escapes': "a = 'x\\ty\\n\\x41\\u00e9\\U0001F600\\101\\N{BULLET}\\q' \"\"\"tri\nple\"\"\" r'\\n' u'k'\nb = b'\\x00\\xff' rb'\\q'\n",
  };
  let dumps: Record<string, string | null> = {};
  let dir = '';
  const names = Object.keys(cases);

  beforeAll(() => {
    if (!python) return;
    dir = mkdtempSync(join(tmpdir(), 'pyvm-parser-'));
    const paths = names.map((_, i) => join(dir, `case${i}.py`));
    names.forEach((n, i) => writeFileSync(paths[i]!, cases[n]!));
    const byPath = pythonDumps(paths);
    names.forEach((n, i) => {
      dumps[n] = byPath[paths[i]!] ?? null;
    });
    rmSync(dir, { recursive: true, force: true });
  });

  for (const name of names) {
    it(name, () => {
      const tree = parseModule(cases[name]!, 'case.py');
      if (python) expect(dumpAst(tree)).toBe(dumps[name]);
    });
  }
});

describe('AST shape', () => {
  it('uses the contract value types', () => {
    const m: Module = parseModule("x = (1, 1.5, 2j, 'a', b'b', None, True, ..., 10**30)\n", 'v.py');
    const assign = m.body[0]!;
    expect(assign.kind).toBe('Assign');
    if (assign.kind !== 'Assign' || assign.value.kind !== 'Tuple') throw new Error('shape');
    const values = assign.value.elts.map((e) => (e.kind === 'Constant' ? e.value : e.kind));
    expect(values[0]).toBe(1n);
    expect(values[1]).toBe(1.5);
    expect(values[2]).toEqual({ complex: 2 });
    expect(values[3]).toBe('a');
    expect(values[4]).toEqual({ bytes: new Uint8Array([98]) });
    expect(values[5]).toBe(null);
    expect(values[6]).toBe(true);
    expect(values[7]).toBe(ELLIPSIS);
    expect(values[8]).toBe('BinOp');
  });

  it('builds FunctionDef/arguments with nulls for missing parts', () => {
    const m = parseModule('def f(a, b=1, *, c, d=2, **e): pass\n', 'v.py');
    const f = m.body[0]!;
    if (f.kind !== 'FunctionDef') throw new Error('shape');
    expect(f.returns).toBe(null);
    expect(f.type_comment).toBe(null);
    expect(f.args.vararg).toBe(null);
    expect(f.args.kw_defaults.map((d) => (d === null ? null : d.kind))).toEqual([null, 'Constant']);
    expect(f.args.kwarg?.arg).toBe('e');
  });

  it('formats reprs like Python', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(123456789012345.6)).toBe('123456789012345.6');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(0.00001)).toBe('1e-05');
    expect(floatRepr(2)).toBe('2.0');
    expect(strRepr("it's")).toBe('"it\'s"');
    expect(strRepr('a\u00a0\x7f\n')).toBe("'a\\xa0\\x7f\\n'");
  });
});

// ---------------------------------------------------------------------------------- 2. errors

describe('syntax errors match python3 stderr', () => {
  const expected: Record<string, string> = existsSync(join(errorsDir, 'expected.json'))
    ? JSON.parse(readFileSync(join(errorsDir, 'expected.json'), 'utf8'))
    : {};
  const files = pyFiles(errorsDir);

  it('every error fixture has an expected output', () => {
    for (const f of files) expect(expected[f.slice(errorsDir.length + 1)], f).toBeDefined();
  });

  for (const path of files) {
    const name = path.slice(errorsDir.length + 1);
    it(name, () => {
      const source = readFileSync(path, 'utf8');
      let want = (expected[name] ?? '').split('{FILE}').join(path);
      if (python) {
        const r = spawnSync(pythonExe!, ['-I', '-S', path], { encoding: 'utf8' });
        const live = r.stderr.replace(/^.*Warning.*\n.*\n/gm, '');
        expect(live, 'expected.json is stale').toBe(want);
        want = live;
      }
      expect(formatSyntaxError(parseError(source, path))).toBe(want);
    });
  }

  it('the corpus programs that must fail, fail like python3', () => {
    const want: Record<string, string> = {
      'err_syntax_invalid.py': "    x = = 1\n        ^\nSyntaxError: invalid syntax\n",
      'err_syntax_missing_colon.py': "    if x > 2\n            ^\nSyntaxError: expected ':'\n",
      'err_indentation.py': "    return 1\n    ^\nIndentationError: expected an indented block after 'if' statement on line 4\n",
    };
    for (const [name, tail] of Object.entries(want)) {
      const path = join(errorsDir, name);
      const text = formatSyntaxError(parseError(readFileSync(path, 'utf8'), path));
      expect(text.endsWith(tail), text).toBe(true);
    }
  });

  it('carries CPython attributes', () => {
    const e = parseError('x = [1 2]\n', 'a.py');
    expect([e.pyType, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text])
      .toEqual(['SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', 'a.py', 1, 6, 1, 9, 'x = [1 2]\n']);
    const t = parseError('if x:\n\ty\n        z\n');
    expect(t.pyType).toBe('TabError');
    const i = parseError('if x:\n        y\n    z\n');
    expect([i.pyType, i.msg]).toEqual(['IndentationError', 'unindent does not match any outer indentation level']);
  });

  it('formats errors raised by later compiler stages', () => {
    const e = new PySyntaxError('SyntaxError', "'return' outside function", 'r.py', 1, 1, 'return\n', 1, 7);
    expect(formatSyntaxError(e)).toBe('  File "r.py", line 1\n    return\n    ^^^^^^\nSyntaxError: \'return\' outside function\n');
    const noText = new PySyntaxError('SyntaxError', 'x', 'r.py', 3, 1, null);
    expect(formatSyntaxError(noText)).toBe('  File "r.py", line 3\nSyntaxError: x\n');
  });
});

// ---------------------------------------------------------------------------------- 3. robustness

describe('robustness', () => {
  it('marks NEWLINE, INDENT and DEDENT without moving anything else', () => {
    const ms = tokenize('if x:  # c\n    y = (1,\n  2)\nz\n');
    expect(ms.text).toBe(`if x:  ${NEWLINE_MARK}   \n    ${INDENT_MARK}y = (1,\n  2)${NEWLINE_MARK}\n${DEDENT_MARK}z${NEWLINE_MARK}\n`);
    expect(ms.chunks.length).toBe(2);
  });

  it('never hangs on inconsistent dedents', () => {
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) {
      const e = parseError(`def f():\n${'    '.repeat(3)}x = 1\n  y = 2\n`.repeat(1 + (i % 3)));
      expect(e.pyType).toBe('IndentationError');
    }
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('turns every malformed input into a PySyntaxError', () => {
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['(', ')', '[', ']', '{', '}', ':', ',', '=', "'", '"', '"""', '\n', '\t', '    ', '#', '\\', '*', '**',
      '.', 'x', '1', '1.5e', '0x', 'if ', 'else', 'lambda ', 'def ', 'class ', 'f"{', '}', '@', ';', '\u00e9', '\u20ac', '\0'];
    for (let i = 0; i < 300; i++) {
      let src = '';
      const n = 1 + rnd(25);
      for (let k = 0; k < n; k++) src += pieces[rnd(pieces.length)];
      try {
        parseModule(src, 'fuzz.py');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw new Error(`${JSON.stringify(src)}: ${String(e)}`);
        expect(typeof formatSyntaxError(e)).toBe('string');
      }
    }
  });

  it('parses deeply nested expressions, and reports too deep a nesting as a SyntaxError', () => {
    const m = parseModule(`x = ${'('.repeat(30)}1${')'.repeat(30)}\ny = ${'['.repeat(40)}${']'.repeat(40)}\nz = ${'-'.repeat(200)}1\n`, 'deep.py');
    expect(m.body.length).toBe(3);
    const e = parseError(`x = 1\ny = ${'('.repeat(190)}1${')'.repeat(190)}\n`);
    expect([e.msg, e.lineno]).toEqual(['too many nested parentheses', 2]);
  });
});

describe('speed', () => {
  it('parses a generated 1,000-line program', () => {
    const lines: string[] = ['import sys', ''];
    for (let i = 1; lines.length < 1000; i++) {
      const block = [
        `class Shape${i}(object):`,
        `    """A shape."""`,
        `    def __init__(self, w, h=${i}, *args, **kw):`,
        `        self.w, self.h = w, h`,
        `        self.items = [x * 2 for x in range(w) if x % 3 != 0]`,
        `    def area(self):`,
        `        if self.w > 0 and self.h > 0:`,
        `            return self.w * self.h + sum(self.items) // (1 + len(self.items))`,
        `        elif self.w == 0:`,
        `            return 0`,
        `        else:`,
        `            raise ValueError(f"bad width {self.w!r} for {type(self).__name__}")`,
        '',
        `def use${i}(n):`,
        `    total = 0`,
        `    for k in range(n):`,
        `        try:`,
        `            total += Shape${i}(k, k + 1).area()`,
        `        except ValueError as e:`,
        `            print("error:", e, file=sys.stderr)`,
        `    d = {"a": total, "b": [1, 2, 3], 'c': (lambda q: q ** 2)(total)}`,
        `    return d`,
        '',
      ];
      lines.push(...block.slice(0, Math.max(0, 1000 - lines.length) >= block.length ? block.length : 0));
      if (lines.length + block.length > 1000) {
        while (lines.length < 1000) lines.push(`x${lines.length} = ${lines.length} * 2`);
      }
    }
    const source = `${lines.join('\n')}\n`;
    const t0 = performance.now();
    const m = parseModule(source, 'gen.py');
    const ms = performance.now() - t0;
    expect(m.body.length).toBeGreaterThan(80);
    // eslint-disable-next-line no-console
    console.log(`parser: 1000 lines in ${ms.toFixed(0)} ms (${Math.round(1000 / (ms / 1000))} lines/s)`);
  });
});
