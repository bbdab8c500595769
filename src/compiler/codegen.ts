// Code generation: AST (CPython's `ast` shapes, see ast.ts) + symbol table -> CodeObject.
//
// One `Unit` per code object being built. Emission goes through `emit` / `emitJump` with Labels
// that are patched in `assemble`. Control flow that must run cleanup on `return`/`break`/
// `continue` keeps a stack of frame blocks (`fblocks`), unwound exactly like CPython's
// compiler_unwind_fblock. The stack size is computed by a flow analysis over the final code.

import * as op from './opcodes.js';
import { type CodeObject, type ConstValue } from './code.js';
import { PySyntaxError } from './errors.js';
import { buildSymbolTable, mangle, SymbolTable, Scope, SCOPE_LOCAL, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT, SCOPE_FREE, SCOPE_CELL } from './symtable.js';
import { ELLIPSIS } from './ast.js';
import { unparseExpr } from './unparse.js';
import { PyErr } from '../runtime/objects/pyerr.js';
import { intFloorDiv, intMod, intPow, intTrueDiv, floatFloorDiv, floatMod, floatPow, intToFloat } from '../runtime/objects/numfmt.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

/** CPython's STACK_USE_GUIDELINE: displays with more items are built incrementally. */
const STACK_USE_GUIDELINE = 30;

class Label {
  pos = -1;
}

// FB_POP_VALUE: a return value under a finally body run by `return` (a `break`/`continue` there
// drops it)
const FB_WHILE = 1, FB_FOR = 2, FB_TRY_EXCEPT = 3, FB_FINALLY_TRY = 4, FB_FINALLY_END = 5, FB_WITH = 6,
  FB_HANDLER = 7, FB_POP_VALUE = 8;

interface FBlock {
  type: number;
  start?: Label;      // loops: where `continue` goes
  exit?: Label;       // loops: where `break` goes
  body?: N[];         // FINALLY_TRY: the finally body
  name?: string | null; // HANDLER: the `as` name
}

class Unit {
  scope: Scope;
  ops: number[] = [];
  lines: number[] = [];
  cols: number[] = [];
  endLines: number[] = [];
  endCols: number[] = [];
  consts: ConstValue[] = [];
  constKeys = new Map<string, number>();
  names: string[] = [];
  nameIdx = new Map<string, number>();
  varnames: string[] = [];
  cellvars: string[];
  freevars: string[];
  fblocks: FBlock[] = [];
  jumps: { at: number; label: Label }[] = [];
  line = 1;
  col = -1;
  /** Source span of the instructions being emitted (CPython's co_positions): line/col to endLine/endCol. */
  endLine = 1;
  endCol = -1;
  name: string;
  qualname: string;
  argcount = 0;
  posonly = 0;
  kwonly = 0;
  flags = 0;
  firstlineno: number;
  /** Frames of this code are hidden from tracebacks (op.CO_PYVM_NATIVE). */
  native = false;
  /** A folded defaults tuple whose LOAD_CONST gets its index once the function's code object is a
   * constant (CPython folds it after code generation, so it follows the code in co_consts). */
  pendingDefaults: { at: number; value: ConstValue } | null = null;

  constructor(scope: Scope, name: string, firstlineno: number) {
    this.scope = scope;
    this.name = name;
    this.qualname = scope.qualname || name;
    this.firstlineno = firstlineno;
    this.cellvars = scope.cellvars();
    this.freevars = scope.freevars();
  }
}

function constKey(v: ConstValue): string {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'boolean': return v ? 'T' : 'F';
    case 'bigint': return 'i' + v.toString();
    case 'number': return 'f' + (Object.is(v, -0) ? '-0' : String(v));
    case 'string': return 's' + v;
  }
  switch (v.kind) {
    case 'tuple': return 't(' + v.items.map(constKey).join(',') + ')';
    case 'frozenset': return 'z(' + v.items.map(constKey).join(',') + ')';
    case 'ellipsis': return 'E';
    case 'bytes': return 'b' + Array.from(v.value).join(',');
    case 'complex': return 'c' + v.imag;
    case 'code': return 'code' + Math.random();
  }
}

export function compileModule(mod: N, filename: string, sourceText: string): CodeObject {
  const source = sourceText.split(/\r?\n/);
  const futureLine = checkFutureImports(mod.body, filename, source);
  const st = buildSymbolTable(mod, filename, source);
  const c = new Compiler(st, filename, source);
  c.futureAnnotations = hasFutureAnnotations(mod.body);
  c.nativeModule = source.slice(0, 12).some((l) => /^#\s*pyvm:\s*native\s*$/.test(l));
  c.futureLine = futureLine;
  return c.compileModule(mod);
}

/** The `# pyvm: native` comment (see op.CO_PYVM_NATIVE). */
const NATIVE_MARK = /#\s*pyvm:\s*native\s*$/;

const FUTURE_FEATURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);

/**
 * The leading `from __future__ import ...` statements (CPython's future.c, run before the symbol
 * table): unknown features are errors, and so is a future import after another statement on the
 * same line. Returns the line of the last leading future import (-1 if none); the compiler
 * rejects future imports on later lines.
 */
function checkFutureImports(body: N[], filename: string, source: string[]): number {
  const fail = (msg: string, s: N): never => {
    const text = (source[s.lineno - 1] ?? '') + (s.lineno < source.length ? '\n' : '');
    // PyErr_SyntaxLocationObject: no end column, so the exception's end_offset is None (NaN here)
    const e = new PySyntaxError('SyntaxError', msg, filename, s.lineno, Math.max(1, s.col_offset), text, s.lineno, NaN);
    e.fromCompiler = true;
    throw e;
  };
  let done = false;
  let prevLine = 0;
  let futureLine = -1;
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s.kind === 'ImportFrom' && s.module === '__future__' && !s.level) {
      if (done) fail('from __future__ imports must occur at the beginning of the file', s);
      for (const a of s.names) {
        if (FUTURE_FEATURES.has(a.name)) continue;
        fail(a.name === 'braces' ? 'not a chance' : `future feature ${a.name} is not defined`, s);
      }
      futureLine = s.lineno;
    } else if (!(i === 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string')) {
      done = true;
    }
  }
  return futureLine;
}

/** `from __future__ import annotations` among the module's leading statements (PEP 563). */
function hasFutureAnnotations(body: N[]): boolean {
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    if (i === 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string') continue;
    if (s.kind !== 'ImportFrom' || s.module !== '__future__') return false;
    if (s.names.some((a: N) => a.name === 'annotations')) return true;
  }
  return false;
}

/**
 * compile(..., 'eval'): `mod` is a module whose body is one expression statement; the code
 * returns the expression's value (CPython's Expression node).
 */
export function compileExpression(mod: N, filename: string, sourceText: string): CodeObject {
  const source = sourceText.split(/\r?\n/);
  const st = buildSymbolTable(mod, filename, source);
  const c = new Compiler(st, filename, source);
  return c.compileExpressionBody(mod.body[0].value);
}

class Compiler {
  st: SymbolTable;
  /** PEP 563: annotations are compiled to the strings of their source. */
  futureAnnotations = false;
  /** `# pyvm: native` at the top of the module: every code object of it is native. */
  nativeModule = false;
  /** Line of the last leading `from __future__` import (-1: none); later ones are errors. */
  futureLine = -1;
  /** SyntaxWarnings found while compiling (line, message), as CPython's compiler_warn. */
  warnings: [number, string][] = [];
  filename: string;
  source: string[];
  u!: Unit;
  stack: Unit[] = [];

  constructor(st: SymbolTable, filename: string, source: string[]) {
    this.st = st;
    this.filename = filename;
    this.source = source;
  }

  error(msg: string, node: N): never {
    const line = node?.lineno ?? this.u.line;
    // the line as the file holds it, with its newline
    const text = (this.source[line - 1] ?? '') + (line < this.source.length ? '\n' : '');
    const e = new PySyntaxError('SyntaxError', msg, this.filename, line, (node?.col_offset ?? 0) + 1,
      text, node?.end_lineno ?? line, (node?.end_col_offset ?? 0) + 1);
    e.fromCompiler = true;
    throw e;
  }

  // ---- emission -------------------------------------------------------------------------

  emit(opcode: number, arg = 0): number {
    const u = this.u;
    const at = u.ops.length;
    u.ops.push(opcode, arg);
    u.lines.push(u.line);
    u.cols.push(u.col);
    u.endLines.push(u.endLine);
    u.endCols.push(u.endCol);
    return at;
  }

  /** Locate the next instructions at node `n` (CPython's SET_LOC). */
  setLoc(n: N): void {
    const u = this.u;
    u.line = n.lineno;
    u.col = n.col_offset ?? -1;
    u.endLine = n.end_lineno ?? n.lineno;
    u.endCol = n.end_col_offset ?? -1;
  }

  /** A line without a column span. */
  setLine(line: number): void {
    const u = this.u;
    u.line = line;
    u.col = -1;
    u.endLine = line;
    u.endCol = -1;
  }

  /** An attribute access `e` (or a method call's callee): its span, or when it spans lines, from
   * the `.attr` on its last line (3.11's update_location_to_match_attr). */
  setAttrLoc(e: N, attr: N = e): void {
    this.setLoc(e);
    if (attr.lineno !== attr.end_lineno && attr.end_lineno !== undefined) {
      this.u.line = attr.end_lineno;
      this.u.col = attr.end_col_offset - attr.attr.length;
    }
  }

  emitJump(opcode: number, label: Label): void {
    const at = this.emit(opcode, 0);
    this.u.jumps.push({ at, label });
  }

  bind(label: Label): void {
    label.pos = this.u.ops.length;
  }

  constIndex(v: ConstValue): number {
    const u = this.u;
    const k = constKey(v);
    const i = u.constKeys.get(k);
    if (i !== undefined) return i;
    u.consts.push(v);
    u.constKeys.set(k, u.consts.length - 1);
    return u.consts.length - 1;
  }

  loadConst(v: ConstValue): void {
    this.emit(op.LOAD_CONST, this.constIndex(v));
  }

  nameIndex(name: string): number {
    const u = this.u;
    let i = u.nameIdx.get(name);
    if (i === undefined) {
      i = u.names.length;
      u.names.push(name);
      u.nameIdx.set(name, i);
    }
    return i;
  }

  /** Index of an attribute name, mangled inside classes (`self.__x`). */
  attrIndex(name: string): number {
    return this.nameIndex(mangle(this.u.scope.privateName, name));
  }

  varIndex(name: string): number {
    const u = this.u;
    let i = u.varnames.indexOf(name);
    if (i < 0) {
      i = u.varnames.length;
      u.varnames.push(name);
    }
    return i;
  }

  /** Localsplus index of a cell or free variable (cells follow varnames, free vars follow cells). */
  derefIndex(name: string): number {
    const u = this.u;
    const ci = u.cellvars.indexOf(name);
    if (ci >= 0) return -1 - ci; // resolved in assemble (varnames may still grow)
    const fi = u.freevars.indexOf(name);
    if (fi < 0) throw new Error(`internal: no cell for ${name} in ${u.name}`);
    return -1 - (u.cellvars.length + fi);
  }

  // ---- units --------------------------------------------------------------------------------

  enterUnit(scope: Scope, name: string, firstlineno: number, defLine = firstlineno): void {
    const parentNative = this.u ? this.u.native : this.nativeModule;
    if (this.u) this.stack.push(this.u);
    this.u = new Unit(scope, name, firstlineno);
    this.u.native = parentNative || NATIVE_MARK.test(this.source[defLine - 1] ?? '');
    this.setLine(firstlineno);
  }

  exitUnit(): CodeObject {
    const code = this.assemble(this.u);
    this.u = this.stack.pop()!;
    return code;
  }

  assemble(u: Unit): CodeObject {
    const nvars = u.varnames.length;
    const ops = Int32Array.from(u.ops);
    for (const j of u.jumps) {
      if (j.label.pos < 0) throw new Error('internal: unbound label');
      ops[j.at + 1] = j.label.pos;
    }
    // Deref indexes were recorded as -1 - (index among cells+frees); shift past the varnames.
    for (let pc = 0; pc < ops.length; pc += 2) {
      const o = ops[pc];
      if (o === op.LOAD_DEREF || o === op.STORE_DEREF || o === op.DELETE_DEREF || o === op.LOAD_CLOSURE || o === op.LOAD_CLASSDEREF) {
        if (ops[pc + 1] < 0) ops[pc + 1] = nvars + (-1 - ops[pc + 1]);
      }
    }
    const stacksize = stackDepth(ops);
    peephole(ops);
    superinstructions(ops);
    const cell2arg = u.cellvars.map((n) => (u.scope.params.includes(n) ? u.varnames.indexOf(n) : -1));
    let flags = u.flags; // (CPython 3.11 no longer sets CO_NOFREE)
    if (u.native) flags |= op.CO_PYVM_NATIVE;
    return {
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount: u.argcount,
      posonlyargcount: u.posonly,
      kwonlyargcount: u.kwonly,
      flags,
      varnames: u.varnames,
      cellvars: u.cellvars,
      freevars: u.freevars,
      cell2arg,
      names: u.names,
      consts: u.consts,
      ops,
      lines: Int32Array.from(u.lines),
      cols: Int32Array.from(u.cols),
      endLines: Int32Array.from(u.endLines),
      endCols: Int32Array.from(u.endCols),
      stacksize,
      source: this.source,
    };
  }

  // ---- module / function / class ------------------------------------------------------------

  compileModule(mod: N): CodeObject {
    const scope = this.st.top;
    this.enterUnit(scope, '<module>', 1);
    const body: N[] = mod.body;
    let start = 0;
    if (hasAnnotations(body)) this.emit(op.SETUP_ANNOTATIONS);
    const doc = docstring(body);
    if (doc !== null) {
      this.setLoc(body[0]);
      this.loadConst(doc);
      this.storeName('__doc__');
      start = 1;
    }
    for (let i = start; i < body.length; i++) this.stmt(body[i]);
    this.loadConst(null);
    this.emit(op.RETURN_VALUE);
    const code = this.assemble(this.u);
    if (this.warnings.length) code.warnings = this.warnings;
    return code;
  }

  compileExpressionBody(e: N): CodeObject {
    this.enterUnit(this.st.top, '<module>', 1);
    if (e.lineno !== undefined) this.setLoc(e);
    else this.setLine(1);
    this.expr(e);
    this.emit(op.RETURN_VALUE);
    const code = this.assemble(this.u);
    if (this.warnings.length) code.warnings = this.warnings;
    return code;
  }

  functionCode(node: N, name: string, body: N[] | null, expr: N | null): CodeObject {
    const scope = this.st.byNode.get(node)!;
    const firstline = node.decorator_list?.length ? node.decorator_list[0].lineno : node.lineno;
    this.enterUnit(scope, name, firstline, node.lineno);
    const u = this.u;
    const a = node.args;
    const m = (n: string) => mangle(scope.privateName, n);
    for (const x of a.posonlyargs) this.varIndex(m(x.arg));
    for (const x of a.args) this.varIndex(m(x.arg));
    for (const x of a.kwonlyargs) this.varIndex(m(x.arg));
    if (a.vararg) this.varIndex(m(a.vararg.arg));
    if (a.kwarg) this.varIndex(m(a.kwarg.arg));
    u.argcount = a.posonlyargs.length + a.args.length;
    u.posonly = a.posonlyargs.length;
    u.kwonly = a.kwonlyargs.length;
    u.flags = op.CO_OPTIMIZED | op.CO_NEWLOCALS;
    if (a.vararg) u.flags |= op.CO_VARARGS;
    if (a.kwarg) u.flags |= op.CO_VARKEYWORDS;
    if (scope.isGenerator) u.flags |= op.CO_GENERATOR;
    if (scope.parent && scope.parent.kind !== 'module') u.flags |= op.CO_NESTED;
    for (const n of scope.order) if (scope.scopes.get(n) === SCOPE_LOCAL) this.varIndex(n);
    if (body) {
      const doc = docstring(body);
      // CPython: the docstring is co_consts[0]; without one, co_consts[0] is None.
      this.constIndex(doc);
      const start = doc !== null ? 1 : 0;
      for (let i = start; i < body.length; i++) this.stmt(body[i]);
      if (!endsWithReturn(body)) {
        this.setLine(lastLine(body));
        this.loadConst(null);
        this.emit(op.RETURN_VALUE);
      }
    } else {
      // a lambda: None is co_consts[0] too, so that it can never have a docstring (as CPython)
      this.constIndex(null);
      this.setLoc(expr);
      this.expr(expr);
      this.emit(op.RETURN_VALUE);
    }
    return this.exitUnit();
  }

  /** Push closure tuple (if needed) and the code constant, then MAKE_FUNCTION. */
  makeFunction(code: CodeObject, flags: number): void {
    if (code.freevars.length) {
      for (const name of code.freevars) {
        const idx = this.closureIndex(name);
        this.emit(op.LOAD_CLOSURE, idx);
      }
      this.emit(op.BUILD_TUPLE, code.freevars.length);
      flags |= op.MF_CLOSURE;
    }
    this.loadConst({ kind: 'code', code });
    const pending = this.u.pendingDefaults;
    if (pending !== null) {
      this.u.ops[pending.at + 1] = this.constIndex(pending.value);
      this.u.pendingDefaults = null;
    }
    this.emit(op.MAKE_FUNCTION, flags);
  }

  /** Where the enclosing unit keeps the cell for `name` (class scopes keep __class__ as a cell). */
  closureIndex(name: string): number {
    const u = this.u;
    if (u.cellvars.includes(name) || u.freevars.includes(name)) return this.derefIndex(name);
    throw new Error(`internal: closure variable ${name} not found in ${u.name}`);
  }

  argDefaults(a: N): number {
    let flags = 0;
    if (a.defaults.length) {
      // constant defaults make a constant tuple (CPython's fold_tuple_on_constants); its items are
      // the parser's literals, which stay in co_consts too
      const c = constTuple({ kind: 'Tuple', ctx: 'Load', elts: a.defaults });
      if (c) {
        c.items.forEach((x, i) => {
          const folded = a.defaults[i].kind === 'Tuple' && x !== null && typeof x === 'object' && x.kind === 'tuple';
          this.constIndex(folded ? { ...x, ast: true } : x);
        });
        this.u.pendingDefaults = { at: this.emit(op.LOAD_CONST, 0), value: { ...c, astItems: true } };
      } else {
        for (const d of a.defaults) this.expr(d);
        this.emit(op.BUILD_TUPLE, a.defaults.length);
      }
      flags |= op.MF_DEFAULTS;
    }
    const kw: [string, N][] = [];
    a.kwonlyargs.forEach((x: N, i: number) => {
      if (a.kw_defaults[i]) kw.push([mangle(this.u.scope.privateName, x.arg), a.kw_defaults[i]]);
    });
    if (kw.length) {
      for (const [n, d] of kw) {
        this.loadConst(n);
        this.expr(d);
      }
      this.emit(op.BUILD_MAP, kw.length);
      flags |= op.MF_KWDEFAULTS;
    }
    return flags;
  }

  /**
   * Push the annotations tuple (name, value, name, value, ...) of a def, in CPython 3.11's order:
   * args, posonlyargs, *args, kwonlyargs, **kwargs, return. Returns MF_ANNOTATIONS or 0.
   */
  annotations(a: N, returns: N | null): number {
    const pairs: [string, N][] = [];
    const m = (n: string) => mangle(this.u.scope.privateName, n);
    for (const x of [...a.args, ...a.posonlyargs]) if (x.annotation) pairs.push([m(x.arg), x.annotation]);
    if (a.vararg?.annotation) pairs.push([m(a.vararg.arg), a.vararg.annotation]);
    for (const x of a.kwonlyargs) if (x.annotation) pairs.push([m(x.arg), x.annotation]);
    if (a.kwarg?.annotation) pairs.push([m(a.kwarg.arg), a.kwarg.annotation]);
    if (returns) pairs.push(['return', returns]);
    if (pairs.length === 0) return 0;
    for (const [n, e] of pairs) {
      this.loadConst(n);
      this.annotation(e);
    }
    this.emit(op.BUILD_TUPLE, pairs.length * 2);
    return op.MF_ANNOTATIONS;
  }

  /** Push an annotation's value: the expression, or its text under PEP 563. */
  annotation(e: N): void {
    if (this.futureAnnotations) this.loadConst(unparseExpr(e));
    else this.expr(e);
  }

  functionDef(s: N): void {
    for (const d of s.decorator_list) this.expr(d);
    this.setLoc(s);
    let flags = this.argDefaults(s.args);
    flags |= this.annotations(s.args, s.returns ?? null);
    const code = this.functionCode(s, s.name, s.body, null);
    this.setLoc(s);
    this.makeFunction(code, flags);
    this.applyDecorators(s);
    this.storeName(s.name);
  }

  classDef(s: N): void {
    for (const d of s.decorator_list) this.expr(d);
    this.setLoc(s);
    const scope = this.st.byNode.get(s)!;
    this.enterUnit(scope, s.name, s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno, s.lineno);
    this.setLoc(s);
    this.emit(op.LOAD_NAME, this.nameIndex('__name__'));
    this.emit(op.STORE_NAME, this.nameIndex('__module__'));
    this.loadConst(scope.qualname);
    this.emit(op.STORE_NAME, this.nameIndex('__qualname__'));
    const body: N[] = s.body;
    const doc = docstring(body);
    let start = 0;
    if (doc !== null) {
      this.loadConst(doc);
      this.emit(op.STORE_NAME, this.nameIndex('__doc__'));
      start = 1;
    }
    if (hasAnnotations(body)) this.emit(op.SETUP_ANNOTATIONS);
    for (let i = start; i < body.length; i++) this.stmt(body[i]);
    if (scope.needsClassCell) {
      this.emit(op.LOAD_CLOSURE, this.derefIndex('__class__'));
      this.emit(op.COPY, 1);
      this.emit(op.STORE_NAME, this.nameIndex('__classcell__'));
    } else {
      this.loadConst(null);
    }
    this.emit(op.RETURN_VALUE);
    const code = this.exitUnit();
    this.setLoc(s);
    this.emit(op.LOAD_BUILD_CLASS);
    this.makeFunction(code, 0);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s);
    this.storeName(s.name);
  }

  /** Enter a block (loop, try, handler, with): CPython allows 20 nested in one code object. */
  pushBlock(s: N, b: FBlock): void {
    if (this.u.fblocks.length >= 20) this.error('too many statically nested blocks', s);
    this.u.fblocks.push(b);
  }

  /** Call the decorators, innermost first, each call located at its decorator (as CPython). */
  applyDecorators(s: N): void {
    const decos: N[] = s.decorator_list;
    if (!decos.length) return;
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]);
      this.emit(op.CALL, 1);
    }
    this.setLoc(s);
  }

  // ---- names --------------------------------------------------------------------------------

  nameOp(rawName: string, ctx: 'Load' | 'Store' | 'Del'): void {
    const u = this.u;
    const scope = u.scope;
    const name = mangle(scope.privateName, rawName);
    const sc = scope.scopeOf(name);
    const pick = (l: number, s: number, d: number) => (ctx === 'Load' ? l : ctx === 'Store' ? s : d);
    if (sc === SCOPE_FREE || sc === SCOPE_CELL) {
      if (scope.kind === 'class' && ctx === 'Load') {
        this.emit(op.LOAD_CLASSDEREF, this.derefIndex(name));
        return;
      }
      this.emit(pick(op.LOAD_DEREF, op.STORE_DEREF, op.DELETE_DEREF), this.derefIndex(name));
      return;
    }
    if (scope.kind === 'function') {
      if (sc === SCOPE_LOCAL) {
        this.emit(pick(op.LOAD_FAST, op.STORE_FAST, op.DELETE_FAST), this.varIndex(name));
        return;
      }
      this.emit(pick(op.LOAD_GLOBAL, op.STORE_GLOBAL, op.DELETE_GLOBAL), this.nameIndex(name));
      return;
    }
    if (sc === SCOPE_GLOBAL_EXPLICIT || (sc === SCOPE_GLOBAL_IMPLICIT && scope.kind !== 'module' && false)) {
      this.emit(pick(op.LOAD_GLOBAL, op.STORE_GLOBAL, op.DELETE_GLOBAL), this.nameIndex(name));
      return;
    }
    this.emit(pick(op.LOAD_NAME, op.STORE_NAME, op.DELETE_NAME), this.nameIndex(name));
  }

  storeName(name: string): void {
    this.nameOp(name, 'Store');
  }

  // ---- statements ---------------------------------------------------------------------------

  stmts(list: N[]): void {
    for (const s of list) this.stmt(s);
  }

  stmt(s: N): void {
    this.setLoc(s);
    switch (s.kind) {
      case 'FunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Return': {
        if (this.u.scope.kind !== 'function') this.error("'return' outside function", s);
        if (s.value) {
          if (this.u.scope.isGenerator) {
            this.expr(s.value);
          } else this.expr(s.value);
        } else this.loadConst(null);
        this.setLoc(s);
        this.unwindAll(true);
        this.emit(op.RETURN_VALUE);
        return;
      }
      case 'Delete':
        for (const t of s.targets) this.delTarget(t);
        return;
      case 'Assign': {
        this.expr(s.value);
        const ts: N[] = s.targets;
        for (let i = 0; i < ts.length; i++) {
          if (i < ts.length - 1) this.emit(op.COPY, 1);
          this.assignTarget(ts[i]);
        }
        return;
      }
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        if (s.value) {
          this.expr(s.value);
          this.assignTarget(s.target);
        }
        // module and class bodies record simple annotations in __annotations__
        if (s.simple && s.target.kind === 'Name' && this.u.scope.kind !== 'function') {
          this.annotation(s.annotation);
          this.emit(op.LOAD_NAME, this.nameIndex('__annotations__'));
          this.loadConst(mangle(this.u.scope.privateName, s.target.id));
          this.emit(op.STORE_SUBSCR);
        } else if (this.u.scope.kind !== 'function' && s.target.kind !== 'Name' && !this.futureAnnotations) {
          this.expr(s.annotation);
          this.emit(op.POP_TOP);
        }
        return;
      case 'For':
        return this.forStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'Match':
        return this.matchStmt(s);
      case 'If': {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(s.test, false, orelse);
        this.stmts(s.body);
        if (s.orelse.length) {
          this.emitJump(op.JUMP_FORWARD, end);
          this.bind(orelse);
          this.stmts(s.orelse);
          this.bind(end);
        } else {
          this.bind(orelse);
        }
        return;
      }
      case 'With':
        return this.withStmt(s, 0);
      case 'Raise': {
        if (s.reraise) {
          this.expr(s.exc);
          this.setLoc(s);
          this.emit(op.RERAISE);
          return;
        }
        let n = 0;
        if (s.exc) {
          this.expr(s.exc);
          n = 1;
          if (s.cause) {
            this.expr(s.cause);
            n = 2;
          }
        }
        this.setLoc(s);
        this.emit(op.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
        if (s.finalbody.length) return this.tryFinally(s);
        return this.tryExcept(s);
      case 'Assert': {
        if (s.test.kind === 'Tuple' && s.test.elts.length > 0) this.warnings.push([s.lineno, 'assertion is always true, perhaps remove parentheses?']);
        const end = new Label();
        this.jumpIf(s.test, true, end); // leaves the location of its last comparison (CPython 3.11)
        this.emit(op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          this.emit(op.CALL, 1);
        }
        this.emit(op.RAISE_VARARGS, 1);
        this.bind(end);
        return;
      }
      case 'Import':
        for (const a of s.names) {
          this.loadConst(0n);
          this.loadConst(null);
          this.emit(op.IMPORT_NAME, this.nameIndex(a.name));
          if (a.asname) {
            const parts = a.name.split('.');
            for (let i = 1; i < parts.length; i++) {
              this.emit(op.IMPORT_FROM, this.nameIndex(parts[i]));
              this.emit(op.SWAP, 2);
              this.emit(op.POP_TOP);
            }
            this.storeName(a.asname);
          } else {
            this.storeName(a.name.split('.')[0]);
          }
        }
        return;
      case 'ImportFrom': {
        if (s.module === '__future__' && !s.level && s.lineno > this.futureLine) {
          this.error('from __future__ imports must occur at the beginning of the file', s);
        }
        this.loadConst(BigInt(s.level ?? 0));
        const names: string[] = s.names.map((a: N) => a.name);
        this.loadConst({ kind: 'tuple', items: names });
        this.emit(op.IMPORT_NAME, this.nameIndex(s.module ?? ''));
        if (names.length === 1 && names[0] === '*') {
          this.emit(op.IMPORT_STAR);
          return;
        }
        for (const a of s.names) {
          this.emit(op.IMPORT_FROM, this.nameIndex(a.name));
          this.storeName(a.asname ?? a.name);
        }
        this.emit(op.POP_TOP);
        return;
      }
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
      case 'Expr': {
        const v = s.value;
        if (v.kind === 'Constant') return; // no-op expression statement
        this.expr(v);
        this.emit(op.POP_TOP);
        return;
      }
      case 'Break':
        return this.breakContinue(s, true);
      case 'Continue':
        return this.breakContinue(s, false);
      default:
        this.error(`'${s.kind}' is not supported by pyvm`, s);
    }
  }

  augAssign(s: N): void {
    // CPython's locations: the target's loads and stores at the target, the operation at the statement
    const t = s.target;
    const nb = binopCode(s.op) + op.NB_INPLACE;
    switch (t.kind) {
      case 'Name':
        this.setLoc(t);
        this.nameOp(t.id, 'Load');
        this.setLoc(s);
        this.expr(s.value);
        this.emit(op.BINARY_OP, nb);
        this.setLoc(t);
        this.nameOp(t.id, 'Store');
        return;
      case 'Attribute':
        this.setLoc(t);
        this.expr(t.value);
        this.emit(op.COPY, 1);
        this.emit(op.LOAD_ATTR, this.attrIndex(t.attr));
        this.setLoc(s);
        this.expr(s.value);
        this.emit(op.BINARY_OP, nb);
        this.setLoc(t);
        this.emit(op.SWAP, 2);
        this.emit(op.STORE_ATTR, this.attrIndex(t.attr));
        return;
      case 'Subscript':
        this.setLoc(t);
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(op.COPY, 2);
        this.emit(op.COPY, 2);
        this.emit(op.BINARY_SUBSCR);
        this.setLoc(s);
        this.expr(s.value);
        this.emit(op.BINARY_OP, nb);
        this.setLoc(t);
        this.emit(op.SWAP, 3);
        this.emit(op.SWAP, 2);
        this.emit(op.STORE_SUBSCR);
        return;
      default:
        this.error("'" + describe(t) + "' is an illegal expression for augmented assignment", t);
    }
  }

  assignTarget(t: N): void {
    this.setLoc(t);
    switch (t.kind) {
      case 'Name':
        this.nameOp(t.id, 'Store');
        return;
      case 'Attribute':
        this.expr(t.value);
        this.emit(op.STORE_ATTR, this.attrIndex(t.attr));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(op.STORE_SUBSCR);
        return;
      case 'Tuple':
      case 'List': {
        const elts: N[] = t.elts;
        const star = elts.findIndex((e) => e.kind === 'Starred');
        if (star >= 0) {
          if (elts.findIndex((e, i) => i > star && e.kind === 'Starred') >= 0) this.error('multiple starred expressions in assignment', t);
          this.emit(op.UNPACK_EX, star | ((elts.length - star - 1) << 8));
        } else {
          this.emit(op.UNPACK_SEQUENCE, elts.length);
        }
        for (const e of elts) this.assignTarget(e.kind === 'Starred' ? e.value : e);
        return;
      }
      case 'Starred':
        this.error('starred assignment target must be in a list or tuple', t);
      default:
        this.error(`cannot assign to ${describe(t)}`, t);
    }
  }

  delTarget(t: N): void {
    this.setLoc(t);
    switch (t.kind) {
      case 'Name':
        this.nameOp(t.id, 'Del');
        return;
      case 'Attribute':
        this.expr(t.value);
        this.emit(op.DELETE_ATTR, this.attrIndex(t.attr));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(op.DELETE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.delTarget(e);
        return;
      default:
        this.error(`cannot delete ${describe(t)}`, t);
    }
  }

  forStmt(s: N): void {
    const start = new Label(), cleanup = new Label(), end = new Label();
    this.expr(foldIter(s.iter));
    this.setLoc(s);
    this.emit(op.GET_ITER);
    this.bind(start);
    this.setLoc(s);
    this.emitJump(op.FOR_ITER, cleanup);
    this.pushBlock(s, { type: FB_FOR, start, exit: end });
    this.assignTarget(s.target);
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.setLoc(s);
    this.emitJump(op.JUMP_BACKWARD, start);
    this.bind(cleanup);
    this.stmts(s.orelse);
    this.bind(end);
  }

  // ---- match statement: CPython 3.11's compiler_match and compiler_pattern_* ----------------------
  //
  // Each case works on a copy of the subject (but the last). A pattern consumes its subject;
  // captured values stay on the stack, below whatever the pattern still works on (pc.onTop items),
  // and are stored only once the whole pattern matched. A failure jumps to pc.failPop[n], which
  // pops the n items then on the stack and falls through to the next case.

  matchStmt(s: N): void {
    this.expr(s.subject);
    const end = new Label();
    const cases: N[] = s.cases;
    const n = cases.length;
    const hasDefault = isWildcard(cases[n - 1].pattern) && n > 1;
    for (let i = 0; i < n - (hasDefault ? 1 : 0); i++) {
      const m = cases[i];
      this.setLoc(m.pattern);
      const last = i === n - (hasDefault ? 1 : 0) - 1;
      if (!last) this.emit(op.COPY, 1);
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === n - 1, failPop: [], onTop: 0 };
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.nameOp(name, 'Store');
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(m.guard, false, pc.failPop[0]);
      }
      if (!last) this.emit(op.POP_TOP);
      this.stmts(m.body);
      this.emitJump(op.JUMP_FORWARD, end);
      this.setLoc(m.pattern);
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      const m = cases[n - 1];
      this.setLoc(m.pattern);
      if (n === 1) this.emit(op.POP_TOP);
      else this.emit(op.NOP);
      if (m.guard) this.jumpIf(m.guard, false, end);
      this.stmts(m.body);
    }
    this.bind(end);
  }

  ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length <= n) pc.failPop.push(new Label());
  }

  jumpToFailPop(pc: PatternContext, opcode: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.emitJump(opcode, pc.failPop[pops]);
  }

  emitAndResetFailPop(pc: PatternContext): void {
    if (!pc.failPop.length) return;
    for (let i = pc.failPop.length - 1; i > 0; i--) {
      this.bind(pc.failPop[i]);
      this.emit(op.POP_TOP);
    }
    this.bind(pc.failPop[0]);
    pc.failPop = [];
  }

  rotate(count: number): void {
    while (count > 1) this.emit(op.SWAP, count--);
  }

  patternStoreName(name: string | null, pc: PatternContext, node: N): void {
    if (name === null) {
      this.emit(op.POP_TOP);
      return;
    }
    if (name === '__debug__') this.error('cannot assign to __debug__', node);
    if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`, node);
    // rotate the captured value below the items still to be matched and the earlier captures
    this.rotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  /** compiler_pattern_subpattern: irrefutable sub-patterns are fine. */
  subpattern(p: N, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  pattern(p: N, pc: PatternContext): void {
    this.setLoc(p);
    switch (p.kind) {
      case 'MatchValue': {
        const v = p.value;
        if (!(v.kind === 'Constant' || v.kind === 'Attribute' || (v.kind === 'UnaryOp' && v.operand.kind === 'Constant') ||
            (v.kind === 'BinOp' && v.left.kind !== 'JoinedStr'))) {
          this.error('patterns may only match literals and attribute lookups', v);
        }
        this.expr(v);
        this.compareOp('Eq');
        this.jumpToFailPop(pc, op.POP_JUMP_IF_FALSE);
        return;
      }
      case 'MatchSingleton':
        this.loadConst(p.value);
        this.emit(op.IS_OP, 0);
        this.jumpToFailPop(pc, op.POP_JUMP_IF_FALSE);
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name) this.error(`name capture '${p.name}' makes remaining patterns unreachable`, p);
            this.error('wildcard makes remaining patterns unreachable', p);
          }
          this.patternStoreName(p.name, pc, p);
          return;
        }
        pc.onTop++;
        this.emit(op.COPY, 1);
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.setLoc(p);
        this.patternStoreName(p.name, pc, p);
        return;
      case 'MatchStar':
        this.patternStoreName(p.name, pc, p);
        return;
      case 'MatchSequence':
        return this.patternSequence(p, pc);
      case 'MatchMapping':
        return this.patternMapping(p, pc);
      case 'MatchClass':
        return this.patternClass(p, pc);
      case 'MatchOr':
        return this.patternOr(p, pc);
    }
    throw new Error(`internal: pattern ${p.kind}`);
  }

  patternSequence(p: N, pc: PatternContext): void {
    const patterns: N[] = p.patterns;
    const size = patterns.length;
    let star = -1, onlyWildcard = true, starWildcard = false;
    for (let i = 0; i < size; i++) {
      const q = patterns[i];
      if (q.kind === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern', p);
        starWildcard = q.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(q);
    }
    // the subject stays on top during the sequence and length checks
    pc.onTop++;
    this.emit(op.MATCH_SEQUENCE);
    this.jumpToFailPop(pc, op.POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.emit(op.GET_LEN);
      this.loadConst(BigInt(size));
      this.compareOp('Eq');
      this.jumpToFailPop(pc, op.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      this.emit(op.GET_LEN);
      this.loadConst(BigInt(size - 1));
      this.compareOp('GtE');
      this.jumpToFailPop(pc, op.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) {
      this.emit(op.POP_TOP);
    } else if (starWildcard) {
      // pattern_helper_sequence_subscr: index the items (no unpacking of the starred middle)
      pc.onTop++;
      for (let i = 0; i < size; i++) {
        const q = patterns[i];
        if (isWildcard(q) || i === star) continue;
        this.emit(op.COPY, 1);
        if (i < star) this.loadConst(BigInt(i));
        else {
          this.emit(op.GET_LEN);
          this.loadConst(BigInt(size - i));
          this.emit(op.BINARY_OP, op.NB_SUBTRACT);
        }
        this.emit(op.BINARY_SUBSCR);
        this.subpattern(q, pc);
      }
      pc.onTop--;
      this.emit(op.POP_TOP);
    } else {
      // pattern_helper_sequence_unpack
      if (star < 0) this.emit(op.UNPACK_SEQUENCE, size);
      else this.emit(op.UNPACK_EX, star | ((size - star - 1) << 8));
      pc.onTop += size;
      for (let i = 0; i < size; i++) {
        pc.onTop--;
        this.subpattern(patterns[i], pc);
      }
    }
  }

  patternMapping(p: N, pc: PatternContext): void {
    const keys: N[] = p.keys;
    const patterns: N[] = p.patterns;
    const size = keys.length;
    const star: string | null = p.rest;
    pc.onTop++;
    this.emit(op.MATCH_MAPPING);
    this.jumpToFailPop(pc, op.POP_JUMP_IF_FALSE);
    if (!size && !star) {
      pc.onTop--;
      this.emit(op.POP_TOP);
      return;
    }
    if (size) {
      this.emit(op.GET_LEN);
      this.loadConst(BigInt(size));
      this.compareOp('GtE');
      this.jumpToFailPop(pc, op.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (const k of keys) {
      if (k.kind === 'Constant' || k.kind === 'UnaryOp' || k.kind === 'BinOp') {
        const c = k.kind === 'Constant' ? constKeyOfLiteral(k.value) : null;
        if (c !== null) {
          if (seen.has(c)) this.error(`mapping pattern checks duplicate key (${literalRepr(k.value)})`, p);
          seen.add(c);
        }
      } else if (k.kind !== 'Attribute') {
        this.error('mapping pattern keys may only match literals and attribute lookups', k);
      }
      this.expr(k);
    }
    this.emit(op.BUILD_TUPLE, size);
    this.emit(op.MATCH_KEYS);
    // stack: subject keys values-or-None
    pc.onTop += 2;
    this.emit(op.COPY, 1);
    this.loadConst(null);
    this.emit(op.IS_OP, 1);
    this.jumpToFailPop(pc, op.POP_JUMP_IF_FALSE);
    this.emit(op.UNPACK_SEQUENCE, size);
    pc.onTop--;
    pc.onTop += size;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.subpattern(patterns[i], pc);
    }
    // a match: the keys become the **rest dict (or go), then the subject goes
    pc.onTop--;
    if (star) {
      this.emit(op.COPY_DICT_WITHOUT_KEYS);
      this.patternStoreName(star, pc, p); // below the subject and the captures
    } else {
      this.emit(op.POP_TOP);
    }
    pc.onTop--;
    this.emit(op.POP_TOP);
  }

  patternClass(p: N, pc: PatternContext): void {
    const patterns: N[] = p.patterns;
    const kwdAttrs: string[] = p.kwd_attrs;
    const kwdPatterns: N[] = p.kwd_patterns;
    const nargs = patterns.length, nattrs = kwdAttrs.length;
    for (let i = 0; i < nattrs; i++) {
      if (kwdAttrs[i] === '__debug__') this.error('cannot assign to __debug__', kwdPatterns[i]);
      if (kwdAttrs.indexOf(kwdAttrs[i]) !== i) this.error(`attribute name repeated in class pattern: ${kwdAttrs[i]}`, kwdPatterns[i]);
    }
    this.expr(p.cls);
    this.loadConst({ kind: 'tuple', items: kwdAttrs });
    this.emit(op.MATCH_CLASS, nargs);
    this.emit(op.COPY, 1);
    this.loadConst(null);
    this.emit(op.IS_OP, 1);
    // a tuple of nargs + nattrs attributes, or None
    pc.onTop++;
    this.jumpToFailPop(pc, op.POP_JUMP_IF_FALSE);
    this.emit(op.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const q = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
      if (isWildcard(q)) {
        this.emit(op.POP_TOP);
        continue;
      }
      this.subpattern(q, pc);
    }
  }

  patternOr(p: N, pc: PatternContext): void {
    const end = new Label();
    const alts: N[] = p.patterns;
    const old = { ...pc };
    let control: string[] | null = null;
    for (let i = 0; i < alts.length; i++) {
      const alt = alts[i];
      this.setLoc(alt);
      pc.stores = [];
      pc.allowIrrefutable = i === alts.length - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.emit(op.COPY, 1);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (control === null) control = pc.stores;
      else if (nstores !== control.length) this.error('alternative patterns bind different names', alt);
      else if (nstores) {
        // the names were bound in another order: rotate them on the stack as in control
        for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
          const name = control[icontrol];
          const istores = pc.stores.indexOf(name);
          if (istores < 0) this.error('alternative patterns bind different names', alt);
          if (icontrol !== istores) {
            const rotations = istores + 1;
            const rotated = pc.stores.slice(0, rotations);
            pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            for (let r = 0; r < rotations; r++) this.rotate(icontrol + 1);
          }
        }
      }
      this.emitJump(op.JUMP_FORWARD, end);
      this.emitAndResetFailPop(pc);
    }
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    // no alternative matched: pop the copy of the subject and fail
    this.emit(op.POP_TOP);
    this.jumpToFailPop(pc, op.JUMP_FORWARD);
    this.bind(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.rotate(nrots);
      const name = control![i];
      if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`, p);
      pc.stores.push(name);
    }
    this.emit(op.POP_TOP);
  }

  whileStmt(s: N): void {
    const start = new Label(), orelse = new Label(), end = new Label();
    if (isConstTrue(s.test)) {
      this.bind(start);
    } else {
      this.bind(start);
      this.jumpIf(s.test, false, orelse);
    }
    this.pushBlock(s, { type: FB_WHILE, start, exit: end });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.setLoc(s);
    this.emitJump(op.JUMP_BACKWARD, start);
    this.bind(orelse);
    this.stmts(s.orelse);
    this.bind(end);
  }

  breakContinue(s: N, isBreak: boolean): void {
    const fbs = this.u.fblocks;
    let i = fbs.length - 1;
    while (i >= 0 && fbs[i].type !== FB_WHILE && fbs[i].type !== FB_FOR) i--;
    if (i < 0) this.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
    const loop = fbs[i];
    for (let j = fbs.length - 1; j > i; j--) this.unwind(fbs, j, false);
    if (isBreak) {
      if (loop.type === FB_FOR) this.emit(op.POP_TOP);
      this.emitJump(op.JUMP_FORWARD, loop.exit!);
    } else {
      this.emitJump(op.JUMP_BACKWARD, loop.start!);
    }
  }

  /** Unwind every frame block (for `return`); `preserve`: the return value is on top. */
  unwindAll(preserve: boolean): void {
    const fbs = this.u.fblocks;
    for (let j = fbs.length - 1; j >= 0; j--) this.unwind(fbs, j, preserve);
  }

  unwind(fbs: FBlock[], j: number, preserve: boolean): void {
    const fb = fbs[j];
    switch (fb.type) {
      case FB_WHILE:
        return;
      case FB_FOR:
        if (preserve) this.emit(op.SWAP, 2);
        this.emit(op.POP_TOP);
        return;
      case FB_TRY_EXCEPT:
        this.emit(op.POP_BLOCK);
        return;
      case FB_FINALLY_TRY: {
        this.emit(op.POP_BLOCK);
        // Run the finally body with this block (and everything inside it) removed.
        const saved = fbs.splice(j);
        if (preserve) fbs.push({ type: FB_POP_VALUE });
        this.stmts(fb.body!);
        if (preserve) fbs.pop();
        fbs.push(...saved);
        return;
      }
      case FB_POP_VALUE:
        if (preserve) this.emit(op.SWAP, 2);
        this.emit(op.POP_TOP);
        return;
      case FB_FINALLY_END:
        if (preserve) this.emit(op.SWAP, 2);
        this.emit(op.POP_TOP);
        this.emit(op.POP_EXCEPT);
        return;
      case FB_WITH:
        this.emit(op.POP_BLOCK);
        if (preserve) this.emit(op.SWAP, 2);
        this.loadConst(null);
        this.loadConst(null);
        this.loadConst(null);
        this.emit(op.CALL, 3);
        this.emit(op.POP_TOP);
        return;
      case FB_HANDLER:
        if (fb.name) this.emit(op.POP_BLOCK);
        this.emit(op.POP_EXCEPT);
        if (fb.name) {
          this.loadConst(null);
          this.nameOp(fb.name, 'Store');
          this.nameOp(fb.name, 'Del');
        }
        return;
    }
  }

  tryExcept(s: N): void {
    const handler = new Label(), orelse = new Label(), end = new Label();
    this.emitJump(op.SETUP_FINALLY, handler);
    this.pushBlock(s, { type: FB_TRY_EXCEPT });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.emit(op.POP_BLOCK);
    this.emitJump(op.JUMP_FORWARD, orelse);
    this.bind(handler);
    // stack: exc   (an EXCEPT_HANDLER block is active)
    const handlers: N[] = s.handlers;
    handlers.forEach((h, i) => {
      this.setLoc(h);
      const next = new Label();
      if (!h.type && i < handlers.length - 1) this.error("default 'except:' must be last", h);
      if (h.type) {
        this.expr(h.type);
        this.emit(op.CHECK_EXC_MATCH);
        this.emitJump(op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        this.nameOp(h.name, 'Store');
        const cleanup = new Label();
        this.emitJump(op.SETUP_FINALLY, cleanup);
        this.pushBlock(s, { type: FB_HANDLER, name: h.name });
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.emit(op.POP_BLOCK);
        this.emit(op.POP_EXCEPT);
        this.loadConst(null);
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        this.emitJump(op.JUMP_FORWARD, end);
        // an exception inside the handler body: clear the name, re-raise
        this.bind(cleanup);
        this.loadConst(null);
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        this.emit(op.RERAISE);
      } else {
        this.emit(op.POP_TOP);
        this.pushBlock(s, { type: FB_HANDLER, name: null });
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.emit(op.POP_EXCEPT);
        this.emitJump(op.JUMP_FORWARD, end);
      }
      this.bind(next);
    });
    this.emit(op.RERAISE);
    this.bind(orelse);
    this.stmts(s.orelse);
    this.bind(end);
  }

  tryFinally(s: N): void {
    const handler = new Label(), end = new Label();
    this.emitJump(op.SETUP_FINALLY, handler);
    this.pushBlock(s, { type: FB_FINALLY_TRY, body: s.finalbody });
    if (s.handlers.length) this.tryExcept(s);
    else this.stmts(s.body);
    this.u.fblocks.pop();
    this.emit(op.POP_BLOCK);
    this.stmts(s.finalbody);
    this.emitJump(op.JUMP_FORWARD, end);
    this.bind(handler);
    this.pushBlock(s, { type: FB_FINALLY_END });
    this.stmts(s.finalbody);
    this.u.fblocks.pop();
    this.emit(op.RERAISE);
    this.bind(end);
  }

  withStmt(s: N, k: number): void {
    const item = s.items[k];
    const handler = new Label(), suppress = new Label(), end = new Label();
    this.expr(item.context_expr);
    this.setLoc(s);
    this.emit(op.BEFORE_WITH);
    this.emitJump(op.SETUP_WITH, handler);
    this.pushBlock(s, { type: FB_WITH });
    if (item.optional_vars) this.assignTarget(item.optional_vars);
    else this.emit(op.POP_TOP);
    if (k + 1 < s.items.length) this.withStmt(s, k + 1);
    else this.stmts(s.body);
    this.u.fblocks.pop();
    this.setLoc(s);
    this.emit(op.POP_BLOCK);
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    // __exit__(None, None, None) as CPython 3.11 lays it out (PRECALL 2 / CALL 2: the bound
    // __exit__ sits in the method slot, the first None in self's), so the method object stays
    // alive during the call
    this.emit(op.CALL_METHOD, 2);
    this.emit(op.POP_TOP);
    this.emitJump(op.JUMP_FORWARD, end);
    this.bind(handler);
    // stack: exit exc
    this.emit(op.WITH_EXCEPT_START);
    this.emitJump(op.POP_JUMP_IF_TRUE, suppress);
    this.emit(op.RERAISE);
    this.bind(suppress);
    this.emit(op.POP_TOP);
    this.emit(op.POP_EXCEPT);
    this.emit(op.POP_TOP);
    this.bind(end);
  }

  // ---- expressions ------------------------------------------------------------------------

  /** Evaluate `e` and jump to `label` when its truth equals `cond`. */
  jumpIf(e: N, cond: boolean, label: Label): void {
    if (e.kind === 'UnaryOp' && e.op === 'Not') return this.jumpIf(e.operand, !cond, label);
    if (e.kind === 'BoolOp') {
      const isAnd = e.op === 'And';
      const vals: N[] = e.values;
      if (isAnd !== cond) {
        // `a and b` jumping when false / `a or b` jumping when true: every operand may jump
        for (const v of vals) this.jumpIf(v, cond, label);
      } else {
        const skip = new Label();
        for (let i = 0; i < vals.length - 1; i++) this.jumpIf(vals[i], !cond, skip);
        this.jumpIf(vals[vals.length - 1], cond, label);
        this.bind(skip);
      }
      return;
    }
    if (e.kind === 'IfExp') {
      const orelse = new Label(), end = new Label();
      this.jumpIf(e.test, false, orelse);
      this.jumpIf(e.body, cond, label);
      this.emitJump(op.JUMP_FORWARD, end);
      this.bind(orelse);
      this.jumpIf(e.orelse, cond, label);
      this.bind(end);
      return;
    }
    // a comparison's location stays the current one after it (CPython 3.11's compiler_jump_if
    // sets it and nothing restores it): a failing assert or a comprehension's append is located
    // at the last comparison its test went through
    if (e.kind === 'Compare') this.setLoc(e);
    if (e.kind === 'Compare' && e.ops.length === 1 && (e.ops[0] === 'Is' || e.ops[0] === 'IsNot') &&
        e.comparators[0].kind === 'Constant' && e.comparators[0].value === null) {
      this.expr(e.left);
      const isNone = (e.ops[0] === 'Is') === cond;
      this.emitJump(isNone ? op.POP_JUMP_IF_NONE : op.POP_JUMP_IF_NOT_NONE, label);
      return;
    }
    this.expr(e);
    this.emitJump(cond ? op.POP_JUMP_IF_TRUE : op.POP_JUMP_IF_FALSE, label);
  }

  expr(e: N): void {
    const u = this.u;
    const savedLine = u.line, savedCol = u.col, savedEndLine = u.endLine, savedEndCol = u.endCol;
    if (e.lineno !== undefined) this.setLoc(e);
    this.exprInner(e);
    u.line = savedLine;
    u.col = savedCol;
    u.endLine = savedEndLine;
    u.endCol = savedEndCol;
  }

  exprInner(e: N): void {
    switch (e.kind) {
      case 'Constant':
        this.loadConst(e.value === CONST_MARK ? e.folded : constValue(e.value));
        return;
      case 'Name':
        this.nameOp(e.id, 'Load');
        return;
      case 'BinOp': {
        const folded = foldConst(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.expr(e.left);
        this.expr(e.right);
        this.setLoc(e);
        this.emit(op.BINARY_OP, binopCode(e.op));
        return;
      }
      case 'UnaryOp': {
        const folded = foldConst(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.expr(e.operand);
        this.setLoc(e);
        this.emit(e.op === 'USub' ? op.UNARY_NEGATIVE : e.op === 'UAdd' ? op.UNARY_POSITIVE : e.op === 'Not' ? op.UNARY_NOT : op.UNARY_INVERT);
        return;
      }
      case 'BoolOp': {
        const end = new Label();
        const vals: N[] = e.values;
        for (let i = 0; i < vals.length - 1; i++) {
          this.expr(vals[i]);
          this.emitJump(e.op === 'And' ? op.JUMP_IF_FALSE_OR_POP : op.JUMP_IF_TRUE_OR_POP, end);
        }
        this.expr(vals[vals.length - 1]);
        this.bind(end);
        return;
      }
      case 'Compare':
        return this.compare(e);
      case 'IfExp': {
        const orelse = new Label(), end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        this.emitJump(op.JUMP_FORWARD, end);
        this.bind(orelse);
        this.expr(e.orelse);
        this.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(op.COPY, 1);
        this.assignTarget(e.target);
        return;
      case 'Attribute':
        this.expr(e.value);
        this.setAttrLoc(e);
        this.emit(op.LOAD_ATTR, this.attrIndex(e.attr));
        return;
      case 'Subscript': {
        const folded = foldSubscript(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.checkSubscript(e);
        this.expr(e.value);
        this.expr(e.slice);
        this.setLoc(e);
        this.emit(op.BINARY_SUBSCR);
        return;
      }
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        else this.loadConst(null);
        if (e.upper) this.expr(e.upper);
        else this.loadConst(null);
        if (e.step) {
          this.expr(e.step);
          this.emit(op.BUILD_SLICE, 3);
        } else this.emit(op.BUILD_SLICE, 2);
        return;
      case 'Call':
        return this.call(e);
      case 'Tuple': {
        const c = constTuple(e);
        if (c) {
          this.loadConst({ ...c, ast: true }); // folded in the AST (CPython's arena owns a reference)
          return;
        }
        if (this.starredSeq(e.elts, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND)) {
          this.emit(op.LIST_TO_TUPLE);
          return;
        }
        for (const x of e.elts) this.expr(x);
        this.emit(op.BUILD_TUPLE, e.elts.length);
        return;
      }
      case 'List': {
        // [c1, c2, c3, ...] of constants: BUILD_LIST 0; LOAD_CONST (tuple); LIST_EXTEND 1 (as CPython)
        const c = e.elts.length > 2 ? constTuple({ ...e, kind: 'Tuple', ctx: 'Load' }) : null;
        if (c) {
          this.emit(op.BUILD_LIST, 0);
          this.loadConst(c);
          this.emit(op.LIST_EXTEND, 1);
          return;
        }
        if (this.starredSeq(e.elts, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND)) return;
        for (const x of e.elts) this.expr(x);
        this.emit(op.BUILD_LIST, e.elts.length);
        return;
      }
      case 'Set': {
        const c = e.elts.length > 2 ? constTuple({ ...e, kind: 'Tuple', ctx: 'Load' }) : null;
        if (c && c.kind === 'tuple') {
          this.emit(op.BUILD_SET, 0);
          this.loadConst({ kind: 'frozenset', items: c.items });
          this.emit(op.SET_UPDATE, 1);
          return;
        }
        if (this.starredSeq(e.elts, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE)) return;
        for (const x of e.elts) this.expr(x);
        this.emit(op.BUILD_SET, e.elts.length);
        return;
      }
      case 'Dict':
        return this.dict(e);
      case 'ListComp':
        return this.comprehension(e, '<listcomp>');
      case 'SetComp':
        return this.comprehension(e, '<setcomp>');
      case 'DictComp':
        return this.comprehension(e, '<dictcomp>');
      case 'GeneratorExp':
        return this.comprehension(e, '<genexpr>');
      case 'Lambda': {
        const flags = this.argDefaults(e.args);
        const code = this.functionCode(e, '<lambda>', null, e.body);
        this.makeFunction(code, flags);
        return;
      }
      case 'Yield':
        if (e.value) this.expr(e.value);
        else this.loadConst(null);
        this.emit(op.YIELD_VALUE);
        return;
      case 'YieldFrom': {
        this.expr(e.value);
        this.emit(op.GET_YIELD_FROM_ITER);
        this.loadConst(null);
        const start = new Label(), exit = new Label();
        this.bind(start);
        this.emitJump(op.SEND, exit);
        this.emit(op.YIELD_VALUE);
        this.emitJump(op.JUMP_BACKWARD, start);
        this.bind(exit);
        return;
      }
      case 'JoinedStr': {
        const vals: N[] = e.values;
        if (vals.length === 0) {
          this.loadConst('');
          return;
        }
        for (const v of vals) this.expr(v);
        if (vals.length > 1) this.emit(op.BUILD_STRING, vals.length);
        else if (vals[0].kind === 'Constant') {
          /* a lone constant is already a str */
        }
        return;
      }
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = e.conversion === 115 ? op.FV_STR : e.conversion === 114 ? op.FV_REPR : e.conversion === 97 ? op.FV_ASCII : op.FV_NONE;
        if (e.format_spec) {
          this.expr(e.format_spec);
          flags |= op.FV_HAVE_SPEC;
        }
        this.emit(op.FORMAT_VALUE, flags);
        return;
      }
      case 'Starred':
        this.error("can't use starred expression here", e);
      case 'Await':
        // no async functions in pyvm: an await is outside one wherever it stands
        this.error(this.u.scope.kind === 'function' ? "'await' outside async function" : "'await' outside function", e);
      default:
        this.error(`unsupported expression ${e.kind}`, e);
    }
  }

  /** Displays with `*x` items: build incrementally. Returns false when there is no starred item. */
  /**
   * CPython's starunpack_helper: a display with a starred item, or with more items than
   * STACK_USE_GUIDELINE (30), is built from the items before the first star (or empty when big),
   * then grown item by item (add) and iterable by iterable (extend) -- which shows in the list's
   * capacity. Returns false for an ordinary display (the caller emits BUILD_* n).
   */
  starredSeq(elts: N[], build: number, add: number, extend: number): boolean {
    const big = elts.length > STACK_USE_GUIDELINE;
    if (!big && !elts.some((x) => x.kind === 'Starred')) return false;
    let built = false;
    if (big) {
      this.emit(build, 0);
      built = true;
    }
    elts.forEach((x, i) => {
      if (x.kind === 'Starred') {
        if (!built) {
          this.emit(build, i);
          built = true;
        }
        this.expr(x.value);
        this.emit(extend, 1);
      } else {
        this.expr(x);
        if (built) this.emit(add, 1);
      }
    });
    return true;
  }

  dict(e: N): void {
    const keys: N[] = e.keys, vals: N[] = e.values;
    if (keys.some((k) => k === null)) {
      this.emit(op.BUILD_MAP, 0);
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] === null) {
          this.expr(vals[i]);
          this.emit(op.DICT_UPDATE, 1);
        } else {
          this.expr(keys[i]);
          this.expr(vals[i]);
          this.emit(op.MAP_ADD, 1);
        }
      }
      return;
    }
    for (let i = 0; i < keys.length; i++) {
      this.expr(keys[i]);
      this.expr(vals[i]);
    }
    this.emit(op.BUILD_MAP, keys.length);
  }

  /** CPython's check_compare: `is` / `is not` with a literal operand. */
  checkCompare(e: N): void {
    // after CPython's AST folding: a constant other than None, True, False and ... is a literal
    const isArg = (x: N) => {
      const v = x.kind === 'Constant' ? x.value : x.kind === 'UnaryOp' || x.kind === 'BinOp' ? foldConst(x)
        : x.kind === 'Tuple' ? constTuple(x) ?? undefined : undefined;
      return v === undefined || v === null || v === ELLIPSIS || typeof v === 'boolean' || (typeof v === 'object' && v.kind === 'ellipsis');
    };
    let left = isArg(e.left);
    e.ops.forEach((o: string, i: number) => {
      const right = isArg(e.comparators[i]);
      if ((o === 'Is' || o === 'IsNot') && (!left || !right)) {
        this.warnings.push([e.lineno, o === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?']);
      }
      left = right;
    });
  }

  compare(e: N): void {
    this.checkCompare(e);
    const ops: string[] = e.ops;
    const comps: N[] = e.comparators.slice();
    const last = comps.length - 1;
    if (ops[last] === 'In' || ops[last] === 'NotIn') comps[last] = foldIter(comps[last]);
    this.expr(e.left);
    if (ops.length === 1) {
      this.expr(comps[0]);
      this.setLoc(e);
      this.compareOp(ops[0]);
      return;
    }
    const cleanup = new Label(), end = new Label();
    for (let i = 0; i < ops.length - 1; i++) {
      this.expr(comps[i]);
      this.emit(op.SWAP, 2);
      this.emit(op.COPY, 2);
      this.setLoc(e);
      this.compareOp(ops[i]);
      this.emitJump(op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(comps[comps.length - 1]);
    this.compareOp(ops[ops.length - 1]);
    this.emitJump(op.JUMP_FORWARD, end);
    this.bind(cleanup);
    this.emit(op.SWAP, 2);
    this.emit(op.POP_TOP);
    this.bind(end);
  }

  compareOp(o: string): void {
    switch (o) {
      case 'Eq': this.emit(op.COMPARE_OP, op.CMP_EQ); return;
      case 'NotEq': this.emit(op.COMPARE_OP, op.CMP_NE); return;
      case 'Lt': this.emit(op.COMPARE_OP, op.CMP_LT); return;
      case 'LtE': this.emit(op.COMPARE_OP, op.CMP_LE); return;
      case 'Gt': this.emit(op.COMPARE_OP, op.CMP_GT); return;
      case 'GtE': this.emit(op.COMPARE_OP, op.CMP_GE); return;
      case 'Is': this.emit(op.IS_OP, 0); return;
      case 'IsNot': this.emit(op.IS_OP, 1); return;
      case 'In': this.emit(op.CONTAINS_OP, 0); return;
      case 'NotIn': this.emit(op.CONTAINS_OP, 1); return;
    }
  }

  /** CPython's check_caller: calling a literal display ("perhaps you missed a comma?"). */
  checkCaller(e: N): void {
    const t = inferType(e.func);
    if (t !== undefined && (CALL_WARN_KINDS.has(e.func.kind) || e.func.kind === 'Constant' || e.func.kind === 'UnaryOp' || e.func.kind === 'BinOp')) {
      this.warnings.push([e.lineno, `'${t}' object is not callable; perhaps you missed a comma?`]);
    }
  }

  /** CPython's check_subscripter and check_index, for a subscript that is loaded. */
  checkSubscript(e: N): void {
    const v: N = e.value;
    const vt = inferType(v);
    if (SUBSCR_WARN_KINDS.has(v.kind) || (vt !== undefined && NOT_SUBSCRIPTABLE.has(vt) && v.kind !== 'Tuple')) {
      this.warnings.push([e.lineno, `'${vt}' object is not subscriptable; perhaps you missed a comma?`]);
      return;
    }
    const it = inferType(e.slice);
    if (it === undefined || it === 'int' || it === 'bool' || it === 'slice') return;
    if (INDEX_WARN_KINDS.has(v.kind) || vt === 'str' || vt === 'bytes' || vt === 'tuple') {
      this.warnings.push([e.lineno, `${vt} indices must be integers or slices, not ${it}; perhaps you missed a comma?`]);
    }
  }

  call(e: N): void {
    this.checkCaller(e);
    const args: N[] = e.args, kws: N[] = e.keywords;
    const simple = !args.some((a) => a.kind === 'Starred') && !kws.some((k) => k.arg === null);
    if (e.func.kind === 'Attribute' && simple && kws.length === 0) {
      this.expr(e.func.value);
      this.setAttrLoc(e.func);
      this.emit(op.LOAD_METHOD, this.attrIndex(e.func.attr));
      for (const a of args) this.expr(a);
      this.setAttrLoc(e, e.func);
      this.emit(op.CALL_METHOD, args.length);
      return;
    }
    this.expr(e.func);
    this.callHelper(0, args, kws, e);
  }

  /** The callable (and `n` extra positional args) are already on the stack. */
  callHelper(n: number, args: N[], kws: N[], node?: N): void {
    const simple = !args.some((a) => a.kind === 'Starred') && !kws.some((k) => k.arg === null);
    if (simple) {
      for (const a of args) this.expr(a);
      if (kws.length) {
        const names: string[] = [];
        for (const k of kws) {
          if (names.includes(k.arg)) this.error(`keyword argument repeated: ${k.arg}`, k);
          names.push(k.arg);
          this.expr(k.value);
        }
        this.loadConst({ kind: 'tuple', items: names });
        if (node) this.setLoc(node);
        this.emit(op.CALL_KW, n + args.length + kws.length);
      } else {
        if (node) this.setLoc(node);
        this.emit(op.CALL, n + args.length);
      }
      return;
    }
    // General form: build a tuple of positionals and a dict of keywords.
    if (n === 0 && args.length === 1 && args[0].kind === 'Starred') {
      // f(*x): x goes to CALL_FUNCTION_EX as is (as CPython), which reports a non-iterable x
      this.expr(args[0].value);
    } else {
    this.emit(op.BUILD_LIST, n);
    for (const a of args) {
      if (a.kind === 'Starred') {
        this.expr(a.value);
        this.emit(op.LIST_EXTEND, 1);
      } else {
        this.expr(a);
        this.emit(op.LIST_APPEND, 1);
      }
    }
    this.emit(op.LIST_TO_TUPLE);
    }
    let flags = 0;
    if (kws.length) {
      // named keywords are collected in groups, each merged with a duplicate check (as CPython)
      this.emit(op.BUILD_MAP, 0);
      let group = 0;
      const flush = () => {
        if (group) {
          this.emit(op.BUILD_MAP, group);
          this.emit(op.DICT_MERGE, 1);
          group = 0;
        }
      };
      for (const k of kws) {
        if (k.arg === null) {
          flush();
          this.expr(k.value);
          this.emit(op.DICT_MERGE, 1);
        } else {
          this.loadConst(k.arg);
          this.expr(k.value);
          group++;
        }
      }
      flush();
      flags = 1;
    }
    if (node) this.setLoc(node);
    this.emit(op.CALL_FUNCTION_EX, flags);
  }

  comprehension(e: N, name: string): void {
    const scope = this.st.byNode.get(e)!;
    this.enterUnit(scope, name, e.lineno);
    const u = this.u;
    this.setLoc(e);
    u.argcount = 1;
    u.flags = op.CO_OPTIMIZED | op.CO_NEWLOCALS | op.CO_NESTED;
    if (e.kind === 'GeneratorExp') u.flags |= op.CO_GENERATOR;
    this.varIndex('.0');
    for (const n of scope.order) if (scope.scopes.get(n) === SCOPE_LOCAL) this.varIndex(n);
    const kind = e.kind;
    if (kind === 'ListComp') this.emit(op.BUILD_LIST, 0);
    else if (kind === 'SetComp') this.emit(op.BUILD_SET, 0);
    else if (kind === 'DictComp') this.emit(op.BUILD_MAP, 0);
    this.compGenerator(e, 0, kind);
    if (kind === 'GeneratorExp') this.loadConst(null);
    this.emit(op.RETURN_VALUE);
    const code = this.exitUnit();
    this.makeFunction(code, 0);
    this.expr(foldIter(e.generators[0].iter));
    this.emit(op.GET_ITER);
    this.emit(op.CALL, 1);
  }

  compGenerator(e: N, k: number, kind: string): void {
    const gen = e.generators[k];
    const start = new Label(), cleanup = new Label(), next = new Label();
    if (k === 0) this.emit(op.LOAD_FAST, this.varIndex('.0'));
    else {
      this.expr(foldIter(gen.iter));
      this.emit(op.GET_ITER);
    }
    this.bind(start);
    this.emitJump(op.FOR_ITER, cleanup);
    // the target's location is not kept: the append is located at the comprehension (or at its
    // last `if` comparison)
    const u = this.u;
    const line = u.line, col = u.col, endLine = u.endLine, endCol = u.endCol;
    this.assignTarget(gen.target);
    u.line = line;
    u.col = col;
    u.endLine = endLine;
    u.endCol = endCol;
    for (const cond of gen.ifs) this.jumpIf(cond, false, next);
    if (k + 1 < e.generators.length) {
      this.compGenerator(e, k + 1, kind);
    } else {
      const depth = e.generators.length + 1;
      if (kind === 'ListComp') {
        this.expr(e.elt);
        this.emit(op.LIST_APPEND, depth);
      } else if (kind === 'SetComp') {
        this.expr(e.elt);
        this.emit(op.SET_ADD, depth);
      } else if (kind === 'DictComp') {
        this.expr(e.key);
        this.expr(e.value);
        this.emit(op.MAP_ADD, depth);
      } else {
        this.expr(e.elt);
        this.emit(op.YIELD_VALUE);
        this.emit(op.POP_TOP);
      }
    }
    this.bind(next);
    this.emitJump(op.JUMP_BACKWARD, start);
    this.bind(cleanup);
  }
}

// ---- helpers -------------------------------------------------------------------------------

function docstring(body: N[]): string | null {
  if (body.length && body[0].kind === 'Expr' && body[0].value.kind === 'Constant' && typeof body[0].value.value === 'string') {
    return body[0].value.value;
  }
  return null;
}

interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack. */
  stores: string[];
  allowIrrefutable: boolean;
  /** failPop[n]: pop n items, then go on with the next case. */
  failPop: Label[];
  /** Items on the stack above the captures that the pattern still works on. */
  onTop: number;
}

/** `_` (a capture-less MatchAs). */
function isWildcard(p: N): boolean {
  return p.kind === 'MatchAs' && p.pattern === null && p.name === null;
}

function constKeyOfLiteral(v: unknown): string | null {
  if (v === null) return 'N';
  if (typeof v === 'boolean') return v ? 'i1' : 'i0';
  if (typeof v === 'bigint') return 'i' + v;
  if (typeof v === 'number') return Number.isInteger(v) ? 'i' + BigInt(v) : 'f' + v;
  if (typeof v === 'string') return 's' + v;
  return null;
}

function literalRepr(v: unknown): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return `'${v}'`;
  return String(v);
}

/** Does a module/class body contain an annotated assignment (outside nested functions/classes)? */
function hasAnnotations(body: N[]): boolean {
  for (const st of body) {
    switch (st.kind) {
      case 'AnnAssign':
        return true;
      case 'If': case 'While': case 'For':
        if (hasAnnotations(st.body) || hasAnnotations(st.orelse)) return true;
        break;
      case 'With':
        if (hasAnnotations(st.body)) return true;
        break;
      case 'Match':
        for (const c of st.cases) if (hasAnnotations(c.body)) return true;
        break;
      case 'Try':
        if (hasAnnotations(st.body) || hasAnnotations(st.orelse) || hasAnnotations(st.finalbody)) return true;
        for (const h of st.handlers) if (hasAnnotations(h.body)) return true;
        break;
    }
  }
  return false;
}

function endsWithReturn(body: N[]): boolean {
  const last = body[body.length - 1];
  return !!last && (last.kind === 'Return' || last.kind === 'Raise');
}

function lastLine(body: N[]): number {
  const last = body[body.length - 1];
  return last?.end_lineno ?? last?.lineno ?? 1;
}

function isConstTrue(e: N): boolean {
  return e.kind === 'Constant' && (e.value === true || (typeof e.value === 'bigint' && e.value !== 0n));
}

function binopCode(o: string): number {
  switch (o) {
    case 'Add': return op.NB_ADD;
    case 'Sub': return op.NB_SUBTRACT;
    case 'Mult': return op.NB_MULTIPLY;
    case 'MatMult': return op.NB_MATRIX_MULTIPLY;
    case 'Div': return op.NB_TRUE_DIVIDE;
    case 'Mod': return op.NB_REMAINDER;
    case 'Pow': return op.NB_POWER;
    case 'LShift': return op.NB_LSHIFT;
    case 'RShift': return op.NB_RSHIFT;
    case 'BitOr': return op.NB_OR;
    case 'BitXor': return op.NB_XOR;
    case 'BitAnd': return op.NB_AND;
    case 'FloorDiv': return op.NB_FLOOR_DIVIDE;
  }
  throw new Error('unknown operator ' + o);
}

function constValue(v: unknown): ConstValue {
  if (v === ELLIPSIS) return { kind: 'ellipsis' };
  if (v !== null && typeof v === 'object') {
    const o = v as { bytes?: Uint8Array; complex?: number };
    if (o.bytes) return { kind: 'bytes', value: o.bytes };
    if (o.complex !== undefined) return { kind: 'complex', imag: o.complex };
  }
  return v as ConstValue;
}

/** Expression kinds whose value is never callable, subscriptable or indexable by a non-int
 * (CPython's check_caller / check_subscripter / check_index; constants are judged by their type). */
const CALL_WARN_KINDS = new Set(['Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp',
  'GeneratorExp', 'JoinedStr', 'FormattedValue']);
const SUBSCR_WARN_KINDS = new Set(['Set', 'SetComp', 'GeneratorExp', 'Lambda']);
const NOT_SUBSCRIPTABLE = new Set(['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex', 'frozenset']);
const INDEX_WARN_KINDS = new Set(['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue']);

/** CPython's infer_type: the type name an expression is known to have at compile time
 * (after constant folding), or undefined. */
function inferType(e: N): string | undefined {
  switch (e.kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return e.value === CONST_MARK ? undefined : constTypeName(constValue(e.value));
    case 'UnaryOp': case 'BinOp': {
      const v = foldConst(e);
      if (v !== undefined) return constTypeName(v);
      return complexArith(e) === 'complex' ? 'complex' : undefined;
    }
    default: return undefined;
  }
}

/** foldConst leaves complex arithmetic (`1+2j`, `-1j`) to run time; CPython folds it to a complex. */
function complexArith(e: N): 'complex' | 'real' | null {
  if (e.kind === 'Constant') {
    const v = constValue(e.value);
    if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return 'real';
    return v !== null && typeof v === 'object' && v.kind === 'complex' ? 'complex' : null;
  }
  if (e.kind === 'UnaryOp') return e.op === 'USub' || e.op === 'UAdd' ? complexArith(e.operand) : null;
  if (e.kind !== 'BinOp' || !['Add', 'Sub', 'Mult'].includes(e.op)) return null;
  const a = complexArith(e.left), b = complexArith(e.right);
  if (a === null || b === null) return null;
  return a === 'complex' || b === 'complex' ? 'complex' : 'real';
}

function constTypeName(v: ConstValue): string | undefined {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
  }
  return v.kind === 'code' ? undefined : v.kind;
}

/** CPython's fold_iter / fold_compare: a constant list becomes a tuple, a constant set a frozenset. */
function foldIter(e: N): N {
  if (e.kind !== 'List' && e.kind !== 'Set') return e;
  const c = constTuple({ ...e, kind: 'Tuple', ctx: 'Load' });
  if (!c || c.kind !== 'tuple') {
    // a list display without a starred item is built as a tuple all the same
    if (e.kind === 'List' && !e.elts.some((x: N) => x.kind === 'Starred')) return { ...e, kind: 'Tuple' };
    return e;
  }
  if (e.kind === 'List') return { ...e, kind: 'Constant', value: CONST_MARK, folded: { ...c, ast: true } };
  return { ...e, kind: 'Constant', value: CONST_MARK, folded: { kind: 'frozenset', items: c.items, ast: true } };
}
const CONST_MARK = Symbol('folded');

function constTuple(e: N): { kind: 'tuple'; items: ConstValue[] } | null {
  if (e.kind !== 'Tuple' || e.ctx !== 'Load') return null;
  const items: ConstValue[] = [];
  for (const x of e.elts) {
    if (x.kind === 'Constant') items.push(constValue(x.value));
    else if (x.kind === 'Tuple') {
      const t = constTuple(x);
      if (!t) return null;
      items.push(t);
    } else {
      const f = foldConst(x);
      if (f === undefined) return null;
      items.push(f);
    }
  }
  return { kind: 'tuple', items };
}

/** Constant folding of numeric unary/binary operations (as CPython's AST optimizer), size-limited. */
function foldConst(e: N): ConstValue | undefined {
  const val = (x: N): ConstValue | undefined => {
    if (x.kind === 'Constant') return constValue(x.value);
    if (x.kind === 'UnaryOp' || x.kind === 'BinOp') return foldConst(x);
    if (x.kind === 'Tuple') return constTuple(x) ?? undefined;
    return undefined;
  };
  if (e.kind === 'UnaryOp') {
    let v = val(e.operand);
    if (typeof v === 'boolean' && e.op !== 'Not') v = v ? 1n : 0n;
    if (e.op === 'USub') {
      if (typeof v === 'bigint') return -v;
      if (typeof v === 'number') return -v;
    }
    if (e.op === 'UAdd' && (typeof v === 'bigint' || typeof v === 'number')) return v;
    if (e.op === 'Invert' && typeof v === 'bigint') return ~v;
    return undefined;
  }
  if (e.kind !== 'BinOp') return undefined;
  const a = val(e.left), b = val(e.right);
  if (a === undefined || b === undefined) return undefined;
  try {
    return foldBinOp(e.op, a, b);
  } catch (err) {
    if (err instanceof PyErr) return undefined; // e.g. 1 / 0: raised at run time
    throw err;
  }
}

/** CPython's fold_subscr: a constant str, bytes or tuple indexed by a constant int (in range). */
function foldSubscript(e: N): ConstValue | undefined {
  const val = (x: N): ConstValue | undefined => {
    if (x.kind === 'Constant') return constValue(x.value);
    if (x.kind === 'UnaryOp' || x.kind === 'BinOp') return foldConst(x);
    if (x.kind === 'Tuple') return constTuple(x) ?? undefined;
    return undefined;
  };
  const v = val(e.value);
  let i = val(e.slice);
  if (typeof i === 'boolean') i = i ? 1n : 0n;
  if (v === undefined || typeof i !== 'bigint') return undefined;
  let items: ConstValue[];
  if (typeof v === 'string') items = Array.from(v);
  else if (v !== null && typeof v === 'object' && v.kind === 'tuple') items = v.items;
  else if (v !== null && typeof v === 'object' && v.kind === 'bytes') items = Array.from(v.value, (b) => BigInt(b));
  else return undefined;
  const n = BigInt(items.length);
  const k = i < 0n ? i + n : i;
  if (k < 0n || k >= n) return undefined; // IndexError at run time
  return items[Number(k)];
}

const MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096;

/** CPython 3.11's fold_binop (ast_opt.c) on two constants, with its size limits (safe_multiply,
 * safe_power, safe_lshift, safe_mod). undefined: not folded. */
function foldBinOp(o: string, a0: ConstValue, b0: ConstValue): ConstValue | undefined {
  const num = (x: ConstValue): bigint | number | undefined =>
    typeof x === 'boolean' ? (x ? 1n : 0n) : typeof x === 'bigint' || typeof x === 'number' ? x : undefined;
  const a = num(a0), b = num(b0);
  if (a !== undefined && b !== undefined) {
    if (typeof a === 'bigint' && typeof b === 'bigint') {
      if ((typeof a0 === 'boolean' || typeof b0 === 'boolean') && (o === 'BitAnd' || o === 'BitOr' || o === 'BitXor')) return undefined;
      switch (o) {
        case 'Add': return a + b;
        case 'Sub': return a - b;
        case 'Mult':
          if (a !== 0n && b !== 0n && bitlen(a) + bitlen(b) > MAX_INT_SIZE) return undefined;
          return a * b;
        case 'Div': return intTrueDiv(a, b);
        case 'FloorDiv': return intFloorDiv(a, b);
        case 'Mod': return intMod(a, b);
        case 'Pow':
          if (a !== 0n && b > 0n && (b > BigInt(MAX_INT_SIZE) || bitlen(a) > Math.floor(MAX_INT_SIZE / Number(b)))) return undefined;
          return intPow(a, b);
        case 'LShift':
          if (b < 0n) return undefined;
          if (a !== 0n && b !== 0n && (bitlen(a) > MAX_INT_SIZE || b > BigInt(MAX_INT_SIZE - bitlen(a)))) return undefined;
          return a << b;
        case 'RShift': return b >= 0n ? a >> b : undefined;
        case 'BitAnd': return a & b;
        case 'BitOr': return a | b;
        case 'BitXor': return a ^ b;
      }
      return undefined;
    }
    const x = intToFloat(a), y = intToFloat(b);
    switch (o) {
      case 'Add': return x + y;
      case 'Sub': return x - y;
      case 'Mult': return x * y;
      case 'Div':
        if (y === 0) return undefined;
        return x / y;
      case 'FloorDiv': return floatFloorDiv(x, y);
      case 'Mod': return floatMod(x, y);
      case 'Pow':
        if (x === 0 && y < 0) return undefined;
        return floatPow(x, y);
    }
    return undefined;
  }
  type Seq = { kind: 'str'; v: string } | { kind: 'bytes'; v: Uint8Array } | { kind: 'tuple'; v: ConstValue[] };
  const seq = (x: ConstValue): Seq | undefined => {
    if (typeof x === 'string') return { kind: 'str', v: x };
    if (x !== null && typeof x === 'object' && x.kind === 'bytes') return { kind: 'bytes', v: x.value };
    if (x !== null && typeof x === 'object' && x.kind === 'tuple') return { kind: 'tuple', v: x.items };
    return undefined;
  };
  const mk = (k: Seq['kind'], parts: (string | Uint8Array | ConstValue[])[]): ConstValue => {
    if (k === 'str') return (parts as string[]).join('');
    if (k === 'bytes') {
      const out = new Uint8Array((parts as Uint8Array[]).reduce((n, p) => n + p.length, 0));
      let i = 0;
      for (const p of parts as Uint8Array[]) out.set(p, (i += p.length) - p.length);
      return { kind: 'bytes', value: out };
    }
    return { kind: 'tuple', items: (parts as ConstValue[][]).flat(), ast: true };
  };
  const sa = seq(a0), sb = seq(b0);
  if (o === 'Add' && sa && sb && sa.kind === sb.kind) return mk(sa.kind, [sa.v, sb.v]);
  if (o === 'Mult') {
    const [sq, n] = sa && b !== undefined ? [sa, b] : sb && a !== undefined ? [sb, a] : [undefined, undefined];
    if (!sq || typeof n !== 'bigint') return undefined;
    const size = sq.v.length;
    if (size) {
      const limit = sq.kind === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
      if (n < 0n || n > BigInt(Math.floor(limit / size))) return undefined;
    }
    const k = n < 0n ? 0 : Number(n);
    return mk(sq.kind, new Array(k).fill(sq.v));
  }
  return undefined;
}

function bitlen(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

function describe(t: N): string {
  switch (t.kind) {
    case 'Constant': return 'literal';
    case 'Call': return 'function call';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'BoolOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'ListComp': return 'list comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'SetComp': return 'set comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'JoinedStr': return 'f-string expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Starred': return 'starred';
    default: return 'expression';
  }
}

// ---- peephole and stack depth --------------------------------------------------------------

/** Small, safe rewrites: jumps to unconditional jumps are threaded. */
function peephole(ops: Int32Array): void {
  for (let pc = 0; pc < ops.length; pc += 2) {
    const o = ops[pc];
    if (o === op.JUMP_FORWARD || o === op.POP_JUMP_IF_FALSE || o === op.POP_JUMP_IF_TRUE) {
      let t = ops[pc + 1];
      let guard = 0;
      while (t < ops.length && ops[t] === op.JUMP_FORWARD && guard++ < 10) t = ops[t + 1];
      ops[pc + 1] = t;
    }
  }
}

/**
 * Superinstructions (after CPython 3.11's LOAD_FAST__LOAD_FAST and friends): a pair of
 * instructions is replaced by one fused instruction in the first slot pair; the second pair stays
 * in place (for `dis` and for jumps' sake) and the fused instruction skips it. A pair is fused
 * only when no jump lands on its second instruction. Run after the stack depth is computed.
 */
function superinstructions(ops: Int32Array): void {
  const targets = new Set<number>();
  for (let pc = 0; pc < ops.length; pc += 2) if (op.JUMP_OPS.has(ops[pc])) targets.add(ops[pc + 1]);
  for (let pc = 0; pc + 2 < ops.length; pc += 2) {
    const a = ops[pc], b = ops[pc + 2];
    if (targets.has(pc + 2)) continue;
    const x = ops[pc + 1], y = ops[pc + 3];
    if (a === op.BUILD_TUPLE && b === op.UNPACK_SEQUENCE && x === y && x >= 1 && x <= 3) {
      // `a, b = b, a`: CPython's peephole turns the tuple round trip into a SWAP (or nothing)
      ops[pc] = x === 1 ? op.NOP : op.SWAP;
      ops[pc + 1] = x === 1 ? 0 : x;
      ops[pc + 2] = op.NOP;
      ops[pc + 3] = 0;
      pc += 2;
      continue;
    }
    if (a === op.COMPARE_OP && (b === op.POP_JUMP_IF_FALSE || b === op.POP_JUMP_IF_TRUE)) {
      ops[pc] = op.COMPARE_JUMP;
      ops[pc + 1] = x | ((b === op.POP_JUMP_IF_TRUE ? 1 : 0) << 4);
      pc += 2;
    } else if (x < 0x10000 && y < 0x10000) {
      if (a === op.LOAD_FAST && b === op.LOAD_FAST) {
        ops[pc] = op.LOAD_FAST_LOAD_FAST;
        ops[pc + 1] = x | (y << 16);
        pc += 2;
      } else if (a === op.LOAD_FAST && b === op.LOAD_CONST) {
        ops[pc] = op.LOAD_FAST_LOAD_CONST;
        ops[pc + 1] = x | (y << 16);
        pc += 2;
      } else if (a === op.STORE_FAST && b === op.LOAD_FAST) {
        ops[pc] = op.STORE_FAST_LOAD_FAST;
        ops[pc + 1] = x | (y << 16);
        pc += 2;
      } else if (a === op.LOAD_FAST && (b === op.LOAD_ATTR || b === op.LOAD_METHOD || b === op.STORE_ATTR)) {
        // the attribute instruction stays in place (skipped): its inline-cache entry is the one used
        ops[pc] = b === op.LOAD_ATTR ? op.LOAD_FAST_LOAD_ATTR : b === op.LOAD_METHOD ? op.LOAD_FAST_LOAD_METHOD : op.LOAD_FAST_STORE_ATTR;
        ops[pc + 1] = x | (y << 16);
        pc += 2;
      }
    }
  }
}

/** Stack effect of an instruction; `jump` selects the branch-taken effect. */
export function stackEffect(o: number, arg: number, jump: boolean): number {
  switch (o) {
    case op.NOP: case op.SWAP: case op.UNARY_NEGATIVE: case op.UNARY_POSITIVE: case op.UNARY_NOT:
    case op.UNARY_INVERT: case op.GET_ITER: case op.LIST_TO_TUPLE: case op.GET_YIELD_FROM_ITER:
    case op.POP_BLOCK: case op.POP_EXCEPT: case op.JUMP_FORWARD: case op.JUMP_BACKWARD:
    case op.LOAD_ATTR: case op.YIELD_VALUE: case op.DELETE_FAST: case op.DELETE_DEREF:
    case op.DELETE_GLOBAL: case op.DELETE_NAME: case op.SETUP_ANNOTATIONS: case op.GEN_START:
    case op.DELETE_LOCAL_EXC:
      return 0;
    case op.POP_TOP: case op.STORE_FAST: case op.STORE_DEREF: case op.STORE_GLOBAL: case op.STORE_NAME:
    case op.DELETE_ATTR: case op.BINARY_SUBSCR: case op.BINARY_OP: case op.COMPARE_OP: case op.IS_OP:
    case op.CONTAINS_OP: case op.POP_JUMP_IF_FALSE: case op.POP_JUMP_IF_TRUE: case op.POP_JUMP_IF_NONE:
    case op.POP_JUMP_IF_NOT_NONE: case op.LIST_APPEND: case op.SET_ADD: case op.LIST_EXTEND:
    case op.SET_UPDATE: case op.DICT_UPDATE: case op.DICT_MERGE: case op.RERAISE: case op.IMPORT_NAME:
    case op.IMPORT_STAR: case op.RETURN_VALUE:
      return -1;
    case op.COPY: case op.LOAD_CONST: case op.LOAD_FAST: case op.LOAD_DEREF: case op.LOAD_CLOSURE:
    case op.LOAD_CLASSDEREF: case op.LOAD_GLOBAL: case op.LOAD_NAME: case op.LOAD_ASSERTION_ERROR:
    case op.LOAD_BUILD_CLASS: case op.IMPORT_FROM: case op.LOAD_LOCALS: case op.PUSH_NULL:
    case op.LOAD_METHOD: case op.BEFORE_WITH: case op.WITH_EXCEPT_START:
      return 1;
    case op.LOAD_FAST_LOAD_FAST:
      return 2;
    case op.STORE_FAST_LOAD_FAST:
      return 0;
    case op.STORE_ATTR: case op.DELETE_SUBSCR: case op.MAP_ADD:
      return -2;
    case op.STORE_SUBSCR:
      return -3;
    case op.CALL_METHOD:
      return -arg - 1;
    case op.CALL:
      return -arg;
    case op.CALL_KW:
      return -arg - 1;
    case op.CALL_FUNCTION_EX:
      return -1 - (arg & 1);
    case op.MAKE_FUNCTION: {
      let n = 0;
      if (arg & op.MF_DEFAULTS) n++;
      if (arg & op.MF_KWDEFAULTS) n++;
      if (arg & op.MF_ANNOTATIONS) n++;
      if (arg & op.MF_CLOSURE) n++;
      return -n;
    }
    case op.BUILD_TUPLE: case op.BUILD_LIST: case op.BUILD_SET: case op.BUILD_STRING:
      return 1 - arg;
    case op.BUILD_MAP:
      return 1 - 2 * arg;
    case op.BUILD_CONST_KEY_MAP:
      return -arg;
    case op.BUILD_SLICE:
      return 1 - arg;
    case op.UNPACK_SEQUENCE:
      return arg - 1;
    case op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case op.FOR_ITER:
      return jump ? -1 : 1;
    case op.SEND:
      return jump ? -1 : 0;
    case op.SETUP_FINALLY:
      return jump ? 1 : 0;
    case op.SETUP_WITH:
      return 0;
    case op.JUMP_IF_FALSE_OR_POP: case op.JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case op.RAISE_VARARGS:
      return -arg;
    case op.CHECK_EXC_MATCH:
      return 0;
    case op.FORMAT_VALUE:
      return arg & op.FV_HAVE_SPEC ? -1 : 0;
    case op.COMPARE_JUMP:
      return -2;
    case op.MATCH_CLASS:
      return -2;
    case op.MATCH_MAPPING: case op.MATCH_SEQUENCE: case op.MATCH_KEYS: case op.GET_LEN:
      return 1;
    case op.COPY_DICT_WITHOUT_KEYS:
      return 0;
  }
  throw new Error(`internal: no stack effect for opcode ${o}`);
}

function stackDepth(ops: Int32Array): number {
  const n = ops.length;
  const depth = new Int32Array(n / 2).fill(-1);
  const work: number[] = [0];
  depth[0] = 0;
  let max = 0;
  while (work.length) {
    let pc = work.pop()!;
    let d = depth[pc >> 1];
    for (;;) {
      const o = ops[pc], a = ops[pc + 1];
      if (op.JUMP_OPS.has(o)) {
        const jd = d + stackEffect(o, a, true);
        if (jd > max) max = jd;
        if (depth[a >> 1] < 0) {
          depth[a >> 1] = jd;
          work.push(a);
        }
      }
      d += stackEffect(o, a, false);
      if (d > max) max = d;
      if (o === op.JUMP_FORWARD || o === op.JUMP_BACKWARD || o === op.RETURN_VALUE || o === op.RERAISE || o === op.RAISE_VARARGS) break;
      pc += 2;
      if (pc >= n) break;
      if (depth[pc >> 1] >= 0) break;
      depth[pc >> 1] = d;
    }
  }
  return max + 2;
}
