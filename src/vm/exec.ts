// exec(), eval(), compile() and __import__(): running source text and code objects given at run
// time, as CPython's builtin_exec_impl / builtin_eval_impl / builtin_compile_impl.
//
// A string is compiled as a module ('exec') or as one expression ('eval': the code returns its
// value) under the file name '<string>'; compiled code is kept in a small in-memory table, keyed
// by mode, file name and text, because Ohm parsing is slow and programs often eval the same
// string in a loop. The code then runs in a frame of its own whose globals and locals are the
// dicts given (by default the caller's): module-level code reads names with LOAD_NAME through
// the locals mapping, so `exec(src, g, l)` stores into `l` and functions it defines see `g`.

import { I32, TYPES, T_DICT, T_STR, T_CODE, type KwArgs, decref, incref } from '../runtime/object.js';
import { dictGetStr, dictSet } from '../runtime/objects/dict.js';
import { internedStr, strValue } from '../runtime/objects/str.js';
import { newInt } from '../runtime/objects/int.js';
import { codeOf } from '../runtime/objects/function.js';
import { raise, EXC } from '../runtime/objects/exception.js';
import { isBytesLike, bytesView } from '../runtime/objects/bytes.js';
import { syntaxErrorException } from '../runtime/objects/syntaxerror.js';
import * as A from '../runtime/abstract.js';
import { S } from '../runtime/abstract.js';
import { defFunction, parseArgs } from '../runtime/builtins/define.js';
import { builtinsVm } from '../runtime/builtins/builtins.js';
import { loadCode } from '../runtime/types.js';
import { parseModule } from '../compiler/parser.js';
import type { Module } from '../compiler/ast.js';
import { compileModule, compileExpression } from '../compiler/codegen.js';
import { PySyntaxError } from '../compiler/errors.js';
import type { CodeObject } from '../compiler/code.js';
import { Frame, vmState, dataStackPush } from './frame.js';
import { builtinsDictHook } from './call.js';
import { run } from './eval.js';
import { stderrWrite, flushStdout } from '../runtime/builtins/io.js';

/**
 * Print a module's compile-time SyntaxWarnings as the warnings module does
 * ("file:line: SyntaxWarning: message" and the stripped source line, when there is one).
 */
export function emitSyntaxWarnings(co: CodeObject, filename: string, lines: string[]): void {
  if (!co.warnings) return;
  flushStdout();
  for (const [line, msg] of co.warnings) {
    const text = (lines[line - 1] ?? '').trim();
    stderrWrite(`${filename}:${line}: SyntaxWarning: ${msg}\n${text ? `  ${text}\n` : ''}`);
  }
}
import { rt } from './runtime-hooks.js';

export type CompileMode = 'exec' | 'eval' | 'single';

const CACHE_MAX = 512;
const compiled = new Map<string, CodeObject>();

/** The 1-based character column of 1-based UTF-8 byte column `off` in `text`. */
function charColumn(text: string, off: number): number {
  const bytes = Buffer.from(text, 'utf8');
  if (off - 1 >= bytes.length) return text.length + (off - 1 - bytes.length) + 1;
  return bytes.subarray(0, off - 1).toString('utf8').length + 1;
}

/** Compile source text; a syntax error becomes a Python SyntaxError with its attributes set. */
export function compileString(source: string, filename: string, mode: CompileMode): CodeObject {
  const key = `${mode}\0${filename}\0${source}`;
  const hit = compiled.get(key);
  if (hit !== undefined) {
    emitSyntaxWarnings(hit, filename, []);
    return hit;
  }
  let co: CodeObject;
  try {
    // string input in 'exec'/'single' mode ends with a newline (CPython's tokenizer adds it)
    let mod: Module;
    try {
      mod = parseModule(mode !== 'eval' && source !== '' && !source.endsWith('\n') ? source + '\n' : source, filename);
    } catch (e) {
      throw mode === 'eval' && e instanceof PySyntaxError && !e.fromCompiler ? evalParseError(e, source, filename) : e;
    }
    if (mode === 'eval') {
      const bad = evalInputError(mod.body as N[], source, filename);
      if (bad) throw bad;
      co = compileExpression(mod, filename, source);
    } else {
      co = compileModule(mod, filename, source);
    }
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // a string has no file to read the line of a compiler error from; the error's columns
      // are UTF-8 byte offsets, which CPython turns into characters of the line
      // (_PyPegen_byte_offset_to_character_offset)
      const chars = (off: number) => (e.text === null || !(off > 0) ? off : charColumn(e.text, off));
      throw syntaxErrorException(e.pyType, e.msg, e.filename, e.lineno, chars(e.offset), e.fromCompiler ? null : e.text,
        e.end_lineno, e.end_lineno === e.lineno ? chars(e.end_offset) : e.end_offset);
    }
    throw e;
  }
  // no source lines for tracebacks: CPython's linecache finds no file named "<string>"
  forgetSource(co);
  emitSyntaxWarnings(co, filename, []);
  if (compiled.size >= CACHE_MAX) compiled.delete(compiled.keys().next().value as string);
  compiled.set(key, co);
  return co;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

/**
 * 'eval' input parsed as a module: anything but one expression is an "invalid syntax" error at
 * the token where CPython's expression grammar stops (the '=' of an assignment, the keyword
 * starting a statement, a ';', a top-level '*'), or null when the input is one expression.
 */
function evalInputError(body: N[], source: string, filename: string): PySyntaxError | null {
  const lines = source.split('\n');
  const lineText = (n: number) => (n < lines.length ? lines[n - 1] + '\n' : lines[n - 1] ?? '');
  const at = (line: number, col: number, len: number) => {
    return new PySyntaxError('SyntaxError', 'invalid syntax', filename, line, col + 1, lineText(line), line, col + 1 + len);
  };
  /** The first token after column `col` of line `line` (skipping spaces), as [line, col]. */
  const after = (line: number, col: number): [number, number] => {
    for (;;) {
      const text = lines[line - 1] ?? '';
      while (col < text.length && (text[col] === ' ' || text[col] === '\t')) col++;
      if (col < text.length || line >= lines.length) return [line, col];
      line++;
      col = 0;
    }
  };
  const opLen = (line: number, col: number) => {
    const m = /^(\*\*=|\/\/=|>>=|<<=|[-+*/%@&|^]=|:=|[=:;,])/.exec((lines[line - 1] ?? '').slice(col));
    return m ? m[0].length : 1;
  };
  if (body.length === 0) {
    const nl = (source.match(/\n/g) ?? []).length;
    const line = Math.max(nl, source === '' ? 0 : 1);
    return new PySyntaxError('SyntaxError', 'invalid syntax', filename, line, 0, line === 0 ? '' : lineText(line), line, 0);
  }
  const s = body[0];
  if (s.kind === 'Expr') {
    const v = s.value;
    if (v.kind === 'Starred') return at(v.lineno, v.col_offset, 1);
    if (v.kind === 'Tuple') {
      const star = v.elts.find((e: N) => e.kind === 'Starred');
      if (star) return at(star.lineno, star.col_offset, 1);
    }
    if (v.kind === 'Yield' || v.kind === 'YieldFrom') return at(v.lineno, v.col_offset, 5);
    // a ';' or a second statement after the expression
    const [l, c] = after(s.end_lineno, s.end_col_offset);
    if (body.length === 1 && (lines[l - 1] ?? '')[c] !== ';') return null;
    return at(l, c, opLen(l, c));
  }
  if (s.kind === 'Assign' || s.kind === 'AugAssign' || s.kind === 'AnnAssign') {
    const t = s.kind === 'Assign' ? s.targets[0] : s.target;
    const [l, c] = after(t.end_lineno, t.end_col_offset);
    return at(l, c, opLen(l, c));
  }
  // a statement keyword
  const word = /^[A-Za-z_]\w*/.exec((lines[s.lineno - 1] ?? '').slice(s.col_offset));
  return at(s.lineno, s.col_offset, word ? word[0].length : 1);
}

const STATEMENT_KEYWORDS = new Set(['if', 'def', 'class', 'for', 'while', 'with', 'try', 'return', 'import', 'from',
  'del', 'pass', 'break', 'continue', 'raise', 'global', 'nonlocal', 'assert', 'async', 'elif', 'else', 'except',
  'finally', 'in', 'is', 'and', 'or', 'as']);

/**
 * A parse error of 'eval' input, where CPython's expression grammar fails: at a statement keyword
 * starting the input, else at the first top-level
 * '=', augmented assignment or ';' before the error the module grammar found; an "invalid syntax"
 * at the end of input (no newline after it) has no column.
 */
function evalParseError(e: PySyntaxError, source: string, filename: string): PySyntaxError {
  const lines = source.split('\n');
  const kw = /^([a-z]+)\b/.exec(lines[0]);
  if (kw && STATEMENT_KEYWORDS.has(kw[1])) {
    return new PySyntaxError('SyntaxError', 'invalid syntax', filename, 1, 1, lines.length > 1 ? lines[0] + '\n' : lines[0], 1, 1 + kw[1].length);
  }
  const stop = firstStatementToken(source);
  if (stop !== null && (stop.line < e.lineno || (stop.line === e.lineno && stop.col + 1 < e.offset))) {
    const text = stop.line < lines.length ? lines[stop.line - 1] + '\n' : lines[stop.line - 1];
    return new PySyntaxError('SyntaxError', 'invalid syntax', filename, stop.line, stop.col + 1, text, stop.line, stop.col + 1 + stop.len);
  }
  const last = lines[lines.length - 1];
  if (e.msg === 'invalid syntax' && e.lineno === lines.length && e.offset > last.trimEnd().length) {
    return new PySyntaxError('SyntaxError', 'invalid syntax', filename, e.lineno, 0, e.text, e.end_lineno, 0);
  }
  return e;
}

/** The first '=', augmented assignment operator or ';' outside brackets, strings and comments. */
function firstStatementToken(source: string): { line: number; col: number; len: number } | null {
  let depth = 0, line = 1, col = 0, inLambda = false;
  for (let i = 0; i < source.length; i++, col++) {
    const c = source[i];
    if (c === '\n') {
      line++;
      col = -1;
    } else if (c === '#') {
      while (i + 1 < source.length && source[i + 1] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const q = source.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < source.length && !source.startsWith(q, j)) j += source[j] === '\\' ? 2 : 1;
      for (const ch of source.slice(i + 1, j + q.length)) {
        col++;
        if (ch === '\n') {
          line++;
          col = 0;
        }
      }
      i = j + q.length - 1;
      col--;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && c === ';') return { line, col, len: 1 };
    else if (depth === 0 && c === ':') inLambda = false;
    else if (depth === 0 && c === 'l' && /^lambda\b/.test(source.slice(i)) && !/\w/.test(source[i - 1] ?? '')) inLambda = true;
    else if (depth === 0 && !inLambda && c === '=' && source[i + 1] !== '=') {
      // not ==, !=, <=, >=, := (nor a lambda's default)
      const op = /(\*\*|\/\/|>>|<<|[-+*/%@&|^])$/.exec(source.slice(Math.max(0, i - 2), i));
      if (op) return { line, col: col - op[0].length, len: op[0].length + 1 };
      if (!'=!<>:'.includes(source[i - 1] ?? '')) return { line, col, len: 1 };
    }
  }
  return null;
}

function forgetSource(co: CodeObject): void {
  co.source = [];
  for (const c of co.consts) if (c !== null && typeof c === 'object' && c.kind === 'code') forgetSource(c.code);
}

/**
 * Run a code object with globals `g` and locals `l` (both borrowed). Returns the code's result
 * (new reference): the expression's value for 'eval' code, None for module code.
 */
export function runCode(codeObj: number, g: number, l: number): number {
  const code = codeOf(codeObj);
  if (code.co.freevars.length > 0) throw raise(EXC.TypeError, 'code object passed to exec() may not contain free variables');
  const ts = vmState.ts;
  const size = code.nlocalsplus + code.co.stacksize;
  const base = dataStackPush(ts, size);
  if (base < 0) throw raise(EXC.RecursionError, 'maximum recursion depth exceeded');
  incref(g);
  incref(l);
  const f = new Frame(code, ts.stack, base, 0, g, builtinsDictHook.get(g), l, true);
  incref(f.builtins);
  code.entries++; // its RESUME warms the code up, as a function frame's does
  ts.stack.fill(0, base, base + size);
  // the frame does not own its code object (no function does): keep it alive for the run
  incref(codeObj);
  f.back = ts.frame; // f_back of the exec'd code's frame is the caller's
  try {
    return run(ts, f);
  } finally {
    decref(codeObj);
  }
}

function sourceText(fname: string, src: number, what: string): string {
  if (I32[(src >> 2) + 1] === T_STR) return strValue(src);
  if (isBytesLike(src)) return Buffer.from(bytesView(src)).toString('utf8');
  throw raise(EXC.TypeError, `${fname}() arg 1 must be ${what}`);
}

/** The code object to run for exec/eval's first argument (new reference). */
function codeFor(fname: 'exec' | 'eval', src: number): number {
  if (I32[(src >> 2) + 1] === T_CODE) return incref(src), src;
  let text = sourceText(fname, src, 'a string, bytes or code object');
  if (fname === 'eval') text = text.replace(/^[ \t]+/, '');
  if (text.includes('\0')) throw raise(EXC.SyntaxError, 'source code string cannot contain null bytes');
  return loadCode(compileString(text, '<string>', fname));
}

/** Resolve exec/eval's globals and locals (borrowed), inserting __builtins__ as CPython does. */
function namespaces(fname: string, globals: number, locals: number): [number, number] {
  if (globals !== 0 && globals === S.None) globals = 0;
  if (locals !== 0 && locals === S.None) locals = 0;
  if (globals !== 0 && I32[(globals >> 2) + 1] !== T_DICT && !TYPES[I32[(globals >> 2) + 1]].mro.some((t) => t.id === T_DICT)) {
    throw raise(EXC.TypeError, fname === 'exec' ? `exec() globals must be a dict, not ${A.typeName(globals)}`
      : 'globals must be a dict');
  }
  if (locals !== 0 && A.lookupSpecial(locals, '__getitem__') === 0 && !TYPES[I32[(locals >> 2) + 1]].slots.getitem) {
    throw raise(EXC.TypeError, fname === 'exec' ? `locals must be a mapping or None, not ${A.typeName(locals)}`
      : 'locals must be a mapping');
  }
  if (globals === 0) {
    globals = builtinsVm.currentGlobals();
    if (locals === 0) locals = builtinsVm.currentLocals() || globals;
  } else if (locals === 0) {
    locals = globals;
  }
  if (dictGetStr(globals, '__builtins__') === 0) {
    const k = internedStr('__builtins__');
    const cur = builtinsVm.currentGlobals();
    dictSet(globals, k, cur ? builtinsDictHook.get(cur) : builtinsDictHook.get(globals));
    decref(k);
  }
  return [globals, locals];
}

function execFn(_s: number, args: number[], kw: KwArgs | null): number {
  // exec's argument clinic (it takes `closure` by keyword) words these unlike eval's
  if (args.length > 3) throw raise(EXC.TypeError, `exec() takes at most 3 positional arguments (${args.length} given)`);
  if (args.length < 1) throw raise(EXC.TypeError, 'exec() takes at least 1 positional argument (0 given)');
  let closure = 0;
  if (kw) {
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] === 'closure') closure = kw.values[i];
      else throw raise(EXC.TypeError, `'${kw.names[i]}' is an invalid keyword argument for exec()`);
    }
  }
  void closure;
  const [g, l] = namespaces('exec', args[1] ?? 0, args[2] ?? 0);
  const c = codeFor('exec', args[0]);
  try {
    decref(runCode(c, g, l));
  } finally {
    decref(c);
  }
  return A.retNone();
}

function evalFn(_s: number, args: number[], kw: KwArgs | null): number {
  // builtin_eval's arguments are positional-only (_PyArg_CheckPositional, no keywords)
  if (kw && kw.names.length) throw raise(EXC.TypeError, 'eval() takes no keyword arguments');
  if (args.length < 1 || args.length > 3) {
    throw raise(EXC.TypeError, `eval expected ${args.length < 1 ? 'at least 1 argument' : 'at most 3 arguments'}, got ${args.length}`);
  }
  const [src, globals, locals] = [args[0], args[1] ?? 0, args[2] ?? 0];
  if (I32[(src >> 2) + 1] !== T_STR && I32[(src >> 2) + 1] !== T_CODE && !isBytesLike(src)) {
    throw raise(EXC.TypeError, 'eval() arg 1 must be a string, bytes or code object');
  }
  const [g, l] = namespaces('eval', globals, locals);
  const c = codeFor('eval', src);
  try {
    return runCode(c, g, l);
  } finally {
    decref(c);
  }
}

function compileFn(_s: number, args: number[], kw: KwArgs | null): number {
  const [src, filename, mode] = parseArgs('compile', args, kw,
    ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], 3);
  const fn = I32[(filename >> 2) + 1] === T_STR ? strValue(filename)
    : isBytesLike(filename) ? Buffer.from(bytesView(filename)).toString('utf8')
      : (() => { throw raise(EXC.TypeError, `expected str, bytes or os.PathLike object, not ${A.typeName(filename)}`); })();
  const m = I32[(mode >> 2) + 1] === T_STR ? strValue(mode) : '';
  if (I32[(mode >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `compile() argument 'mode' must be str, not ${A.argTypeName(mode)}`);
  if (m !== 'exec' && m !== 'eval' && m !== 'single') throw raise(EXC.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  const text = sourceText('compile', src, 'a string, bytes or AST object');
  if (text.includes('\0')) throw raise(EXC.SyntaxError, 'source code string cannot contain null bytes');
  return loadCode(compileString(text, fn, m));
}

function importFn(_s: number, args: number[], kw: KwArgs | null): number {
  const [name, globals, , fromlist, level] = parseArgs('__import__', args, kw, ['name', 'globals', 'locals', 'fromlist', 'level'], 1);
  if (I32[(name >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `__import__() argument 1 must be str, not ${A.argTypeName(name)}`);
  const g = globals !== 0 && globals !== S.None && I32[(globals >> 2) + 1] === T_DICT ? globals : builtinsVm.currentGlobals();
  const lv = level !== 0 ? (incref(level), level) : newInt(0);
  try {
    if (strValue(name) === '' && A.isTrue(lv) === false) throw raise(EXC.ValueError, 'Empty module name');
    return rt.importName(strValue(name), fromlist || S.None, lv, g);
  } finally {
    decref(lv);
  }
}

/** Add exec, eval, compile and __import__ to the builtins dict. */
export function initExecBuiltins(bd: number): void {
  defFunction(bd, 'exec', execFn, { kw: true });
  defFunction(bd, 'eval', evalFn, { kw: true });
  defFunction(bd, 'compile', compileFn, { kw: true });
  defFunction(bd, '__import__', importFn, { kw: true });
}
