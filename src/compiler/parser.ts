// The parser: source text -> AST (ast.ts), or a PySyntaxError saying what CPython 3.11 says.
//
//   source ──► indent.ts (tokenizer rules, markers) ──► chunks, one per top-level statement
//          ──► Ohm grammar `Python` (python.ohm, loaded from the prebuilt bundle) per chunk
//          ──► semantic operation `ast` builds nodes with CPython's positions
//
// One chunk at a time: Ohm keeps a memo table of ~57 KB per line while a match result lives, so
// a whole-file match would hold tens of megabytes for a large program; each chunk's result is
// dropped as soon as its statements are built.
//
// When a chunk does not match, parser.ts reproduces CPython's error reporting (see "Syntax
// errors" below): CPython parses twice, the second time with its invalid_* rules switched on,
// and the first invalid rule that succeeds raises its specific message; otherwise it reports
// "invalid syntax" at the furthest token the first pass looked at. Tokenizer errors found by
// indent.ts compete with parser errors by CPython's rules.
//
// String literals are decoded here (escapes, bytes, implicit concatenation, f-strings with
// nested replacement fields and the `=` debug form), with f-string expressions parsed by the
// same grammar from the `Fstring` start rule and moved to their place in the file, as CPython's
// string_parser.c does.

import type { Grammar, FailedMatchResult, Semantics } from 'ohm-js';
import * as ohm from 'ohm-js';
import loadGrammars from './python.ohm-bundle.js';
import {
  tokenize, origOffset, lineIndexOf, sourceLine, byteCount,
  type MarkedSource, type Token, type TokenizerError,
} from './indent.js';
import { PySyntaxError, type SyntaxErrorType } from './errors.js';
import {
  ELLIPSIS,
  type Module, type Stmt, type Expr, type Position, type Arguments, type Arg, type Keyword,
  type Alias, type Comprehension, type ExprContext, type Constant, type FormattedValue,
  type JoinedStr, type ConstantValue, type CmpOperator, type Operator,
} from './ast.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type W = any; // an Ohm semantic wrapper (Ohm's typings do not know our operations)

// Loaded by the first parse (see ensureGrammars): runs served by the code cache skip Ohm entirely.
let pythonGrammar: Grammar = null as unknown as Grammar;
let diagGrammar: Grammar = null as unknown as Grammar;

function ensureGrammars(): void {
  if (pythonGrammar !== null) return;
  const g = loadGrammars();
  pythonGrammar = g.Python;
  diagGrammar = g.PythonDiag;
  installFastSpaceSkipping();
}

/**
 * Ohm skips the implicit spaces of syntactic rules by applying its `spaces` rule before nearly
 * every expression, with a memo entry each time: about 40% of all rule applications while
 * parsing Python. Our grammars keep Ohm's default `space` (any character up to ' '), so for them
 * MatchState#skipSpaces is replaced by a plain loop with the same effect. (Ohm is pinned to
 * 17.5.0 in package.json; MatchState is reached through the first match.)
 */
function installFastSpaceSkipping(): void {
  const apply = (ohm.pexprs.Apply as unknown as { prototype: { eval(state: unknown): boolean } }).prototype;
  const original = apply.eval;
  const found: { proto: { skipSpaces(): number } | null } = { proto: null };
  apply.eval = function (this: unknown, state: unknown) {
    found.proto ??= Object.getPrototypeOf(state);
    return original.call(this, state);
  };
  try {
    pythonGrammar.match(' ', 'File');
  } finally {
    apply.eval = original;
  }
  const stateProto = found.proto;
  if (!stateProto || typeof stateProto.skipSpaces !== 'function') return;
  const slow = stateProto.skipSpaces;
  stateProto.skipSpaces = function (this: { grammar: Grammar; inputStream: { source: string; pos: number } }) {
    if (this.grammar !== pythonGrammar && this.grammar !== diagGrammar) return slow.call(this);
    const input = this.inputStream;
    const src = input.source;
    let p = input.pos;
    while (p < src.length && src.charCodeAt(p) <= 0x20) p++;
    input.pos = p;
    return p;
  };
}

// ====================================================================== positions

/**
 * Where the nodes being built come from: a chunk of a file's marked text (or of an f-string
 * expression), and how to turn marked-text offsets into CPython line/column numbers.
 */
interface Frame {
  ms: MarkedSource;
  /** Offset of the matched text in ms.text. */
  base: number;
  /** For f-string expressions: shift applied to positions (see fstringExpr). */
  lineShift: number;
  firstLineColShift: number;
  filename: string;
  /** Per-line cache: does the line start with ASCII only up to where we look? */
  asciiLines: (boolean | undefined)[];
}

let frame: Frame | null = null;

function curFrame(): Frame {
  if (!frame) throw new Error('pyvm parser: no frame');
  return frame;
}

const isSpaceOrMarker = (c: number): boolean => c <= 0x20 || (c >= 0xe000 && c <= 0xe002);

/** Line and UTF-8 byte column of a source offset. */
function lineCol(f: Frame, orig: number): [number, number] {
  const { lineStarts, source } = f.ms;
  const li = lineIndexOf(lineStarts, orig);
  const ls = lineStarts[li]!;
  let ascii = f.asciiLines[li];
  if (ascii === undefined) {
    const nl = source.indexOf('\n', ls);
    // eslint-disable-next-line no-control-regex
    ascii = f.asciiLines[li] = !/[^\x00-\x7f]/.test(source.slice(ls, nl < 0 ? source.length : nl));
  }
  const col = ascii ? orig - ls : Buffer.byteLength(source.slice(ls, orig), 'utf8');
  const lineno = li + 1;
  if (lineno === 1) return [lineno + f.lineShift, col + f.firstLineColShift];
  return [lineno + f.lineShift, col];
}

/** CPython's EXTRA: from the first token of the rule to the end of its last real token. */
// `try: ... except* T as e: ...` (PEP 654) is rewritten to a plain try statement that drives a
// StarState of lib/_exceptiongroup.py (match does CPython's CHECK_EG_MATCH, result its
// PREP_RERAISE_STAR). The `$`-names cannot clash with the program's, and are deleted on every
// path (as `except ... as` names are). For N = a fresh number:
//   try: BODY
//   except BaseException as $egN:
//       $egN = __import__('_exceptiongroup').StarState($egN)
//       if $egN.match(T):                              # per handler
//           try:
//               try: <RERAISE $egN.m>                  # m becomes the handled exception
//               except BaseException: e = $egN.m; HANDLER
//           except BaseException as $xN: $egN.raised($xN)
//           e = None; del e
//       if $egN.result(): <RERAISE $egN.exc>           (no new traceback entry, as CPython)
let tryStarCount = 0;

/** compile.c refuses to leave an except* block by break, continue or return. */
function checkExceptStarBody(stmts: any[], loops: number): void {
  for (const st of stmts) {
    if (st.kind === 'Return' || ((st.kind === 'Break' || st.kind === 'Continue') && loops === 0)) {
      const f = curFrame();
      // compiler_return has moved its location to a constant return value on the same line
      const v = st.kind === 'Return' && st.value && st.value.kind === 'Constant' && st.value.lineno === st.lineno ? st.value : st;
      const text = sourceLine(f.ms.source, f.ms.lineStarts, v.lineno);
      throw new PySyntaxError('SyntaxError', "'break', 'continue' and 'return' cannot appear in an except* block", f.filename,
        v.lineno, v.col_offset + 1, text, v.end_lineno, v.end_col_offset + 1);
    }
    if (st.kind === 'FunctionDef' || st.kind === 'AsyncFunctionDef' || st.kind === 'ClassDef') continue;
    const inner = st.kind === 'For' || st.kind === 'While' ? loops + 1 : loops;
    for (const k of ['body', 'orelse', 'finalbody']) if (Array.isArray(st[k])) checkExceptStarBody(st[k], k === 'body' ? inner : loops);
    if (Array.isArray(st.handlers)) for (const h of st.handlers) checkExceptStarBody(h.body, loops);
    if (Array.isArray(st.cases)) for (const c of st.cases) checkExceptStarBody(c.body, loops);
  }
}

function desugarTryStar(body: any[], handlers: any[], orelse: any[], finalbody: any[], p: Position): any {
  for (const h of handlers) checkExceptStarBody(h.body, 0);
  const n = ++tryStarCount;
  const nm = (id: string, ctx: 'Load' | 'Store' | 'Del' = 'Load') => ({ kind: 'Name', id: `$${id}${n}`, ctx, ...p });
  const named = (id: string, ctx: 'Load' | 'Store' | 'Del') => ({ kind: 'Name', id, ctx, ...p });
  const call = (f: any, args: any[]) => ({ kind: 'Call', func: f, args, keywords: [], ...p });
  const attr = (v: any, a: string) => ({ kind: 'Attribute', value: v, attr: a, ctx: 'Load', ...p });
  const assign = (t: any, v: any) => ({ kind: 'Assign', targets: [t], value: v, type_comment: null, ...p });
  const none = { kind: 'Constant', value: null, str_kind: null, ...p };
  const mod = call(named('__import__', 'Load'), [{ kind: 'Constant', value: '_exceptiongroup', str_kind: null, ...p }]);
  const hbody: any[] = [assign(nm('eg', 'Store'), call(attr(mod, 'StarState'), [nm('eg')]))];
  for (const h of handlers) {
    const inner: any[] = [];
    if (h.name) inner.push(assign(named(h.name, 'Store'), attr(nm('eg'), 'm')));
    inner.push(...h.body);
    // the handler runs while the matched part is the handled exception (sys.exception(), a
    // bare `raise`), as in CPython: it is re-raised (no traceback entry, no context) and caught
    const handling = {
      kind: 'Try', orelse: [], finalbody: [], ...p,
      body: [{ kind: 'Raise', exc: attr(nm('eg'), 'm'), cause: null, reraise: true, ...p }],
      handlers: [{ kind: 'ExceptHandler', type: named('BaseException', 'Load'), name: null, body: inner, ...p }],
    };
    const itry = {
      kind: 'Try', body: [handling], orelse: [], finalbody: [], ...p,
      handlers: [{ kind: 'ExceptHandler', type: named('BaseException', 'Load'), name: `$x${n}`, ...p,
        body: [{ kind: 'Expr', value: call(attr(nm('eg'), 'raised'), [nm('x')]), ...p }] }],
    };
    const ifBody: any[] = [itry];
    if (h.name) ifBody.push(assign(named(h.name, 'Store'), none), { kind: 'Delete', targets: [named(h.name, 'Del')], ...p });
    // the match (CPython's CHECK_EG_MATCH) is located at the handler: its errors ("catching
    // ExceptionGroup with except* is not allowed") point at the `except*` line
    const hp = { lineno: h.lineno, col_offset: h.col_offset, end_lineno: h.end_lineno, end_col_offset: h.end_col_offset };
    const matchFn = { ...attr(nm('eg'), 'match'), lineno: h.lineno, col_offset: h.col_offset, end_lineno: h.lineno, end_col_offset: h.col_offset };
    hbody.push({ kind: 'If', test: { ...call(matchFn, [h.type]), ...hp }, body: ifBody, orelse: [], ...p });
  }
  hbody.push({ kind: 'If', test: call(attr(nm('eg'), 'result'), []), orelse: [], ...p,
    body: [{ kind: 'Raise', exc: attr(nm('eg'), 'exc'), cause: null, reraise: true, ...p }] });
  return {
    kind: 'Try', body, orelse, finalbody, ...p,
    handlers: [{ kind: 'ExceptHandler', type: named('BaseException', 'Load'), name: `$eg${n}`, body: hbody, ...p }],
  };
}

function loc(w: W): Position {
  const f = curFrame();
  const text = f.ms.text;
  const start = f.base + w.source.startIdx;
  let end = f.base + w.source.endIdx;
  while (end > start && isSpaceOrMarker(text.charCodeAt(end - 1))) end--;
  const [lineno, col_offset] = lineCol(f, origOffset(f.ms.markers, start));
  const [end_lineno, end_col_offset] = lineCol(f, origOffset(f.ms.markers, end));
  return { lineno, col_offset, end_lineno, end_col_offset };
}

/** CPython's EXTRA for a rule that matched from the start of wrapper `a` to the end of `b`. */
function locSpan(a: W, b: W): Position {
  const f = curFrame();
  const text = f.ms.text;
  const start = f.base + a.source.startIdx;
  let end = f.base + b.source.endIdx;
  while (end > start && isSpaceOrMarker(text.charCodeAt(end - 1))) end--;
  const [lineno, col_offset] = lineCol(f, origOffset(f.ms.markers, start));
  const [end_lineno, end_col_offset] = lineCol(f, origOffset(f.ms.markers, end));
  return { lineno, col_offset, end_lineno, end_col_offset };
}

// ====================================================================== node helpers

const opt = (w: W): W | null => (w.children.length > 0 ? w.children[0] : null);
const optAst = <T>(w: W): T | null => (w.children.length > 0 ? w.children[0].ast() : null);
const list = <T>(w: W): T[] => w.children.map((c: W) => c.ast());
const listOf = <T>(w: W): T[] => w.asIteration().children.map((c: W) => c.ast());

function identifier(w: W): string {
  const s: string = w.sourceString;
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(s) ? s.normalize('NFKC') : s;
}

function nameNode(w: W, ctx: ExprContext): Expr {
  return { kind: 'Name', id: identifier(w), ctx, ...loc(w) };
}

/** _PyPegen_set_expr_context: the same target with another context, recursively. */
function setContext(e: Expr, ctx: ExprContext): Expr {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return { ...e, ctx };
    case 'Starred':
      return { ...e, value: setContext(e.value, ctx), ctx };
    case 'List':
    case 'Tuple':
      return { ...e, elts: e.elts.map((x) => setContext(x, ctx)), ctx };
    default:
      return e;
  }
}

/** _PyPegen_ensure_real / _PyPegen_ensure_imaginary for the parts of a complex literal pattern. */
function complexPartError(w: W, msg: string): PySyntaxError {
  const f = curFrame();
  const p = loc(w);
  const text = sourceLine(f.ms.source, f.ms.lineStarts, p.lineno);
  return new PySyntaxError('SyntaxError', msg, f.filename, p.lineno, p.col_offset + 1, text, p.end_lineno, p.end_col_offset + 1);
}
function realPart(w: W): Expr {
  const num = w.children[w.children.length - 1];
  const v = parseNumber(num.sourceString);
  if (v !== null && typeof v === 'object' && 'complex' in v) throw complexPartError(num, 'real number required in complex literal');
  return w.ast();
}
function imaginaryPart(w: W): Expr {
  const v = parseNumber(w.sourceString);
  if (!(v !== null && typeof v === 'object' && 'complex' in v)) throw complexPartError(w, 'imaginary number required in complex literal');
  return constant(v, w);
}

/** `a.b.c` of a pattern (name_or_attr / attr): nested Attribute nodes, each spanning from `a`. */
function dottedAttrs(first: W, names: W[]): Expr {
  let e: Expr = nameNode(first, 'Load');
  for (const n of names) e = { kind: 'Attribute', value: e, attr: identifier(n), ctx: 'Load', ...locSpan(first, n) } as Expr;
  return e;
}

function emptyArguments(): Arguments {
  return { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

interface NameDefault { arg: Arg; value: Expr | null }
interface SlashWithDefault { plain: Arg[]; withDefaults: NameDefault[] }
interface StarEtc { vararg: Arg | null; kwonly: NameDefault[]; kwarg: Arg | null }

/** _PyPegen_make_arguments. */
function makeArguments(
  slashNoDefault: Arg[] | null, slashWithDefault: SlashWithDefault | null,
  plain: Arg[] | null, withDefault: NameDefault[] | null, starEtc: StarEtc | null,
): Arguments {
  const posonlyargs = slashNoDefault ?? (slashWithDefault ? [...slashWithDefault.plain, ...slashWithDefault.withDefaults.map((p) => p.arg)] : []);
  const args = [...(plain ?? []), ...(withDefault ?? []).map((p) => p.arg)];
  const defaults = [
    ...(slashWithDefault ? slashWithDefault.withDefaults.map((p) => p.value!) : []),
    ...(withDefault ?? []).map((p) => p.value!),
  ];
  return {
    kind: 'arguments',
    posonlyargs,
    args,
    vararg: starEtc?.vararg ?? null,
    kwonlyargs: starEtc ? starEtc.kwonly.map((p) => p.arg) : [],
    kw_defaults: starEtc ? starEtc.kwonly.map((p) => p.value) : [],
    kwarg: starEtc?.kwarg ?? null,
    defaults,
  };
}

type KeywordOrStarred = { keyword: Keyword } | { starred: Expr };

/** _PyPegen_collect_call_seqs: starred entries among keywords become positional arguments. */
function collectCallArgs(positional: Expr[], kw: KeywordOrStarred[]): { args: Expr[]; keywords: Keyword[] } {
  const args = [...positional];
  const keywords: Keyword[] = [];
  for (const k of kw) {
    if ('starred' in k) args.push(k.starred);
    else keywords.push(k.keyword);
  }
  return { args, keywords };
}

/**
 * A chain `a + b - c` matched as an iteration: left-associative BinOps, each spanning from the
 * start of the first operand to the end of its right operand (CPython's EXTRA for `sum`).
 */
function foldBinOps(this: W, first: W, _la: W, tails: W): Expr {
  let acc: Expr = first.ast();
  for (const t of tails.children) {
    const [op, rhs] = t.ast() as [Operator, W];
    acc = { kind: 'BinOp', left: acc, op, right: rhs.ast(), ...locSpan(first, t) };
  }
  return acc;
}

type Suffix = { attr: string } | { slice: Expr } | { args: Expr[]; keywords: Keyword[] };

/** primary '.' NAME | primary genexp | primary '(' args ')' | primary '[' slices ']', iterated. */
function foldSuffixes(atom: W, suffixes: W[], lastCtx: ExprContext): Expr {
  let acc: Expr = atom.ast();
  for (const w of suffixes) {
    const s = w.ast() as Suffix;
    const p = locSpan(atom, w);
    if ('attr' in s) acc = { kind: 'Attribute', value: acc, attr: s.attr, ctx: lastCtx, ...p };
    else if ('slice' in s) acc = { kind: 'Subscript', value: acc, slice: s.slice, ctx: lastCtx, ...p };
    else acc = { kind: 'Call', func: acc, args: s.args, keywords: s.keywords, ...p };
  }
  return acc;
}

function unaryOp(op: 'UAdd' | 'USub' | 'Invert') {
  return function (this: W, _op: W, e: W) {
    return { kind: 'UnaryOp', op, operand: e.ast(), ...loc(this) };
  };
}

// ====================================================================== semantic actions

const OPERATORS: Operator[] = [
  'Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv',
];

function parametersActions(prefix: '' | 'Lambda'): Record<string, (this: W, ...a: W[]) => unknown> {
  const P = `${prefix}Parameters`;
  const sep = prefix === '' ? 'paren' : 'colon';
  return {
    [`${P}_slashNoDefault`]: (a: W, b: W, c: W, d: W) => makeArguments(a.ast(), null, list(b), list(c), optAst(d)),
    [`${P}_slashWithDefault`]: (a: W, b: W, c: W) => makeArguments(null, a.ast(), null, list(b), optAst(c)),
    [`${P}_noDefault`]: (a: W, b: W, c: W) => makeArguments(null, null, list(a), list(b), optAst(c)),
    [`${P}_withDefault`]: (a: W, b: W) => makeArguments(null, null, null, list(a), optAst(b)),
    [`${P}_starEtc`]: (a: W) => makeArguments(null, null, null, null, a.ast()),
    [`${prefix}SlashNoDefault_comma`]: (a: W, _s: W, _c: W) => list(a),
    [`${prefix}SlashNoDefault_${sep}`]: (a: W, _s: W, _la: W) => list(a),
    [`${prefix}SlashWithDefault_comma`]: (a: W, b: W, _s: W, _c: W) => ({ plain: list(a), withDefaults: list(b) }),
    [`${prefix}SlashWithDefault_${sep}`]: (a: W, b: W, _s: W, _la: W) => ({ plain: list(a), withDefaults: list(b) }),
    [`${prefix}StarEtc_vararg`]: (_s: W, a: W, b: W, c: W) => ({ vararg: a.ast(), kwonly: list(b), kwarg: optAst(c) }),
    [`${prefix}StarEtc_bare`]: (_s: W, _c: W, b: W, c: W) => ({ vararg: null, kwonly: list(b), kwarg: optAst(c) }),
    [`${prefix}StarEtc_kwds`]: (a: W) => ({ vararg: null, kwonly: [], kwarg: a.ast() }),
    [`${prefix}Kwds_kwarg`]: (_ds: W, p: W) => p.ast(),
    [`${prefix}ParamNoDefault_comma`]: (p: W, _c: W) => p.ast(),
    [`${prefix}ParamNoDefault_${sep}`]: (p: W, _la: W) => p.ast(),
    [`${prefix}ParamWithDefault_comma`]: (p: W, d: W, _c: W) => ({ arg: p.ast(), value: d.ast() }),
    [`${prefix}ParamWithDefault_${sep}`]: (p: W, d: W, _la: W) => ({ arg: p.ast(), value: d.ast() }),
    [`${prefix}ParamMaybeDefault_comma`]: (p: W, d: W, _c: W) => ({ arg: p.ast(), value: optAst(d) }),
    [`${prefix}ParamMaybeDefault_${sep}`]: (p: W, d: W, _la: W) => ({ arg: p.ast(), value: optAst(d) }),
  };
}

const actions: Record<string, (this: W, ...a: W[]) => unknown> = {
  // ------------------------------------------------------------ starting rules, statements
  File(stmts: W, _end: W) {
    return stmts.children.length ? stmts.children[0].ast() : [];
  },
  Fstring(e: W, _nl: W, _end: W) {
    return e.ast();
  },
  Statements(stmts: W) {
    return stmts.children.flatMap((s: W) => s.ast());
  },
  Statement(s: W) {
    const r = s.ast();
    return Array.isArray(r) ? r : [r];
  },
  SimpleStmts_one(s: W, _nl: W) {
    return [s.ast()];
  },
  SimpleStmts_many(l: W, _semi: W, _nl: W) {
    return listOf(l);
  },
  SimpleStmt_expr(e: W) {
    return { kind: 'Expr', value: e.ast(), ...loc(this) };
  },
  SimpleStmt_pass(_k: W) {
    return { kind: 'Pass', ...loc(this) };
  },
  SimpleStmt_break(_k: W) {
    return { kind: 'Break', ...loc(this) };
  },
  SimpleStmt_continue(_k: W) {
    return { kind: 'Continue', ...loc(this) };
  },

  // ------------------------------------------------------------ simple statements
  Assignment_annName(n: W, _c: W, ann: W, rhs: W) {
    return { kind: 'AnnAssign', target: nameNode(n, 'Store'), annotation: ann.ast(), value: optAst(rhs), simple: 1, ...loc(this) };
  },
  Assignment_annTarget(t: W, _c: W, ann: W, rhs: W) {
    return { kind: 'AnnAssign', target: t.ast(), annotation: ann.ast(), value: optAst(rhs), simple: 0, ...loc(this) };
  },
  Assignment_assign(targets: W, value: W) {
    return { kind: 'Assign', targets: list(targets), value: value.ast(), type_comment: null, ...loc(this) };
  },
  Assignment_aug(t: W, op: W, v: W) {
    return { kind: 'AugAssign', target: t.ast(), op: op.ast(), value: v.ast(), ...loc(this) };
  },
  AnnRhs(_eq: W, v: W) {
    return v.ast();
  },
  AnnTarget_paren(_l: W, t: W, _r: W) {
    return t.ast();
  },
  AssignTargetEq(t: W, _eq: W) {
    return t.ast();
  },
  ...Object.fromEntries(OPERATORS.map((op) => [`Augassign_${op}`, (_t: W) => op])),

  ReturnStmt(_k: W, v: W) {
    return { kind: 'Return', value: optAst(v), ...loc(this) };
  },
  RaiseStmt_exc(_k: W, e: W, cause: W) {
    return { kind: 'Raise', exc: e.ast(), cause: optAst(cause), ...loc(this) };
  },
  RaiseStmt_bare(_k: W) {
    return { kind: 'Raise', exc: null, cause: null, ...loc(this) };
  },
  RaiseFrom(_k: W, e: W) {
    return e.ast();
  },
  GlobalStmt(_k: W, names: W) {
    return { kind: 'Global', names: names.asIteration().children.map(identifier), ...loc(this) };
  },
  NonlocalStmt(_k: W, names: W) {
    return { kind: 'Nonlocal', names: names.asIteration().children.map(identifier), ...loc(this) };
  },
  DelStmt_del(_k: W, targets: W, _la: W) {
    return { kind: 'Delete', targets: targets.ast(), ...loc(this) };
  },
  YieldStmt(y: W) {
    return { kind: 'Expr', value: y.ast(), ...loc(this) };
  },
  AssertStmt(_k: W, test: W, msg: W) {
    return { kind: 'Assert', test: test.ast(), msg: optAst(msg), ...loc(this) };
  },
  AssertMsg(_c: W, e: W) {
    return e.ast();
  },
  ImportName(_k: W, names: W) {
    return { kind: 'Import', names: names.ast(), ...loc(this) };
  },
  ImportFrom_module(_f: W, dots: W, mod: W, _i: W, targets: W) {
    const level = dots.children.reduce((n: number, d: W) => n + d.sourceString.length, 0);
    return { kind: 'ImportFrom', module: mod.ast(), names: targets.ast(), level, ...loc(this) };
  },
  ImportFrom_relative(_f: W, dots: W, _i: W, targets: W) {
    const level = dots.children.reduce((n: number, d: W) => n + d.sourceString.length, 0);
    return { kind: 'ImportFrom', module: null, names: targets.ast(), level, ...loc(this) };
  },
  ImportFromTargets_paren(_l: W, names: W, _c: W, _r: W) {
    return names.ast();
  },
  ImportFromTargets_star(s: W) {
    return [{ kind: 'alias', name: '*', asname: null, ...loc(s) }];
  },
  ImportFromAsNames(l: W) {
    return listOf(l);
  },
  ImportFromAsName(n: W, as: W) {
    return { kind: 'alias', name: identifier(n), asname: optAst(as), ...loc(this) };
  },
  AsName(_as: W, n: W) {
    return identifier(n);
  },
  DottedAsNames(l: W) {
    return listOf(l);
  },
  DottedAsName(n: W, as: W) {
    return { kind: 'alias', name: n.ast(), asname: optAst(as), ...loc(this) };
  },
  DottedName(first: W, rest: W) {
    return [identifier(first), ...rest.children.map((t: W) => identifier(t.children[1]))].join('.');
  },
  name(_a: W, _b: W) {
    return identifier(this);
  },

  // ------------------------------------------------------------ compound statements
  Block_indented(_nl: W, _in: W, stmts: W, _de: W) {
    return stmts.ast();
  },
  Decorators(ds: W) {
    return list(ds);
  },
  Decorator(_at: W, e: W, _nl: W) {
    return e.ast();
  },
  ClassDef_decorated(decs: W, c: W) {
    return { ...c.ast(), decorator_list: decs.ast() };
  },
  ClassDefRaw_def(_k: W, n: W, args: W, _c: W, body: W) {
    const a = optAst<{ args: Expr[]; keywords: Keyword[] } | null>(args);
    return {
      kind: 'ClassDef', name: identifier(n), bases: a?.args ?? [], keywords: a?.keywords ?? [],
      body: body.ast(), decorator_list: [], ...loc(this),
    };
  },
  ClassArgs(_l: W, a: W, _r: W) {
    return optAst(a) ?? { args: [], keywords: [] };
  },
  FunctionDef_decorated(decs: W, f: W) {
    return { ...f.ast(), decorator_list: decs.ast() };
  },
  FunctionDefRaw_def(_k: W, n: W, _l: W, params: W, _r: W, ret: W, _c: W, body: W) {
    return {
      kind: 'FunctionDef', name: identifier(n), args: optAst(params) ?? emptyArguments(), body: body.ast(),
      decorator_list: [], returns: optAst(ret), type_comment: null, ...loc(this),
    };
  },
  Returns(_a: W, e: W) {
    return e.ast();
  },
  ...parametersActions(''),
  ...parametersActions('Lambda'),
  StarEtc_varargStar(_s: W, a: W, b: W, c: W) {
    return { vararg: a.ast(), kwonly: list(b), kwarg: optAst(c) };
  },
  ParamNoDefaultStarAnnotation_comma(p: W, _c: W) {
    return p.ast();
  },
  ParamNoDefaultStarAnnotation_paren(p: W, _la: W) {
    return p.ast();
  },
  Param(n: W, ann: W) {
    return { kind: 'arg', arg: identifier(n), annotation: optAst(ann), type_comment: null, ...loc(this) };
  },
  ParamStarAnnotation(n: W, ann: W) {
    return { kind: 'arg', arg: identifier(n), annotation: ann.ast(), type_comment: null, ...loc(this) };
  },
  LambdaParam(n: W) {
    return { kind: 'arg', arg: identifier(n), annotation: null, type_comment: null, ...loc(this) };
  },
  Annotation(_c: W, e: W) {
    return e.ast();
  },
  StarAnnotation(_c: W, e: W) {
    return e.ast();
  },
  Default_value(_eq: W, e: W) {
    return e.ast();
  },

  IfStmt_elif(_k: W, test: W, _c: W, body: W, elif: W) {
    return { kind: 'If', test: test.ast(), body: body.ast(), orelse: [elif.ast()], ...loc(this) };
  },
  IfStmt_else(_k: W, test: W, _c: W, body: W, els: W) {
    return { kind: 'If', test: test.ast(), body: body.ast(), orelse: optAst(els) ?? [], ...loc(this) };
  },
  ElifStmt_elif(_k: W, test: W, _c: W, body: W, elif: W) {
    return { kind: 'If', test: test.ast(), body: body.ast(), orelse: [elif.ast()], ...loc(this) };
  },
  ElifStmt_else(_k: W, test: W, _c: W, body: W, els: W) {
    return { kind: 'If', test: test.ast(), body: body.ast(), orelse: optAst(els) ?? [], ...loc(this) };
  },
  ElseBlock_else(_k: W, _c: W, body: W) {
    return body.ast();
  },
  WhileStmt_while(_k: W, test: W, _c: W, body: W, els: W) {
    return { kind: 'While', test: test.ast(), body: body.ast(), orelse: optAst(els) ?? [], ...loc(this) };
  },
  ForStmt_for(_k: W, t: W, _in: W, it: W, _c: W, body: W, els: W) {
    return {
      kind: 'For', target: t.ast(), iter: it.ast(), body: body.ast(), orelse: optAst(els) ?? [],
      type_comment: null, ...loc(this),
    };
  },
  WithStmt_paren(_k: W, _l: W, items: W, _comma: W, _r: W, _c: W, body: W) {
    return { kind: 'With', items: listOf(items), body: body.ast(), type_comment: null, ...loc(this) };
  },
  WithStmt_plain(_k: W, items: W, _c: W, body: W) {
    return { kind: 'With', items: listOf(items), body: body.ast(), type_comment: null, ...loc(this) };
  },
  WithItem_as(e: W, _as: W, t: W, _la: W) {
    return { kind: 'withitem', context_expr: e.ast(), optional_vars: t.ast() };
  },
  WithItem_plain(e: W) {
    return { kind: 'withitem', context_expr: e.ast(), optional_vars: null };
  },
  TryStmt_finally(_k: W, _c: W, body: W, fin: W) {
    return { kind: 'Try', body: body.ast(), handlers: [], orelse: [], finalbody: fin.ast(), ...loc(this) };
  },
  TryStmt_except(_k: W, _c: W, body: W, handlers: W, els: W, fin: W) {
    return {
      kind: 'Try', body: body.ast(), handlers: list(handlers), orelse: optAst(els) ?? [],
      finalbody: optAst(fin) ?? [], ...loc(this),
    };
  },
  TryStmt_star(_k: W, _c: W, body: W, handlers: W, els: W, fin: W) {
    return desugarTryStar(body.ast(), list(handlers), optAst(els) ?? [], optAst(fin) ?? [], loc(this));
  },
  TryStmt_mixed(_k: W, _c: W, _b: W, _la1: W, _la2: W, handlers: W) {
    // the first handler whose kind differs from the first handler's, as CPython's parser reports
    const hs = handlers.children.map((c: W) => c.children[0]);
    const kind = (h: W) => h.ctorName;
    const bad = hs.find((h: W) => kind(h) !== kind(hs[0])) ?? hs[0];
    const p = loc(bad);
    const f = curFrame();
    const text = sourceLine(f.ms.source, f.ms.lineStarts, p.lineno);
    throw new PySyntaxError('SyntaxError', "cannot have both 'except' and 'except*' on the same 'try'", f.filename,
      p.lineno, p.col_offset + 1, text, p.lineno, p.col_offset + (String(kind(bad)).includes('Star') ? 8 : 7));
  },
  ExceptStarBlock_typed(_k: W, _s: W, e: W, as: W, _c: W, body: W) {
    return { kind: 'ExceptHandler', type: e.ast(), name: optAst(as), body: body.ast(), ...loc(this) };
  },
  ExceptBlock_typed(_k: W, e: W, as: W, _c: W, body: W) {
    return { kind: 'ExceptHandler', type: e.ast(), name: optAst(as), body: body.ast(), ...loc(this) };
  },
  ExceptBlock_bare(_k: W, _c: W, body: W) {
    return { kind: 'ExceptHandler', type: null, name: null, body: body.ast(), ...loc(this) };
  },
  FinallyBlock_finally(_k: W, _c: W, body: W) {
    return body.ast();
  },

  // ------------------------------------------------------------ match statement
  MatchStmt_match(_m: W, subject: W, _c: W, _nl: W, _in: W, cases: W, _de: W) {
    return { kind: 'Match', subject: subject.ast(), cases: list(cases), ...loc(this) };
  },
  SubjectExpr_tuple(first: W, _c: W, rest: W) {
    return { kind: 'Tuple', elts: [first.ast(), ...(optAst<Expr[]>(rest) ?? [])], ctx: 'Load', ...loc(this) };
  },
  SubjectExpr_expr(e: W) {
    return e.ast();
  },
  CaseBlock_case(_c: W, pattern: W, guard: W, _colon: W, body: W) {
    return { kind: 'match_case', pattern: pattern.ast(), guard: optAst(guard), body: body.ast() };
  },
  Guard(_if: W, e: W) {
    return e.ast();
  },
  Patterns_seq(ps: W) {
    return { kind: 'MatchSequence', patterns: ps.ast(), ...loc(this) };
  },
  Pattern_as(p: W, _as: W, target: W) {
    return { kind: 'MatchAs', pattern: p.ast(), name: target.ast(), ...loc(this) };
  },
  OrPattern(l: W) {
    const ps: unknown[] = listOf(l);
    return ps.length === 1 ? ps[0] : { kind: 'MatchOr', patterns: ps, ...loc(this) };
  },
  LiteralPattern_number(n: W) {
    return { kind: 'MatchValue', value: n.ast(), ...loc(this) };
  },
  LiteralPattern_complex(n: W) {
    return { kind: 'MatchValue', value: n.ast(), ...loc(this) };
  },
  LiteralPattern_strings(s: W) {
    return { kind: 'MatchValue', value: s.ast(), ...loc(this) };
  },
  LiteralPattern_none(_k: W) {
    return { kind: 'MatchSingleton', value: null, ...loc(this) };
  },
  LiteralPattern_true(_k: W) {
    return { kind: 'MatchSingleton', value: true, ...loc(this) };
  },
  LiteralPattern_false(_k: W) {
    return { kind: 'MatchSingleton', value: false, ...loc(this) };
  },
  LiteralExpr_number(n: W) {
    return n.ast();
  },
  LiteralExpr_complex(n: W) {
    return n.ast();
  },
  LiteralExpr_none(_k: W) {
    return constant(null, this);
  },
  LiteralExpr_true(_k: W) {
    return constant(true, this);
  },
  LiteralExpr_false(_k: W) {
    return constant(false, this);
  },
  ComplexNumber_add(real: W, _op: W, imag: W) {
    return { kind: 'BinOp', left: realPart(real), op: 'Add', right: imaginaryPart(imag), ...loc(this) };
  },
  ComplexNumber_sub(real: W, _op: W, imag: W) {
    return { kind: 'BinOp', left: realPart(real), op: 'Sub', right: imaginaryPart(imag), ...loc(this) };
  },
  SignedNumber_plain(n: W) {
    return constant(parseNumber(n.sourceString), this);
  },
  SignedNumber_neg(_m: W, n: W) {
    return { kind: 'UnaryOp', op: 'USub', operand: constant(parseNumber(n.sourceString), n), ...loc(this) };
  },
  CapturePattern(t: W) {
    return { kind: 'MatchAs', pattern: null, name: t.ast(), ...loc(this) };
  },
  PatternCaptureTarget(n: W) {
    return identifier(n);
  },
  WildcardPattern(_w: W) {
    return { kind: 'MatchAs', pattern: null, name: null, ...loc(this) };
  },
  ValuePattern(a: W) {
    return { kind: 'MatchValue', value: a.ast(), ...loc(this) };
  },
  AttrExpr(first: W, _dots: W, names: W) {
    return dottedAttrs(first, names.children);
  },
  NameOrAttr(first: W, _dots: W, names: W) {
    return dottedAttrs(first, names.children);
  },
  GroupPattern(_l: W, p: W, _r: W) {
    return p.ast();
  },
  SequencePattern_list(_l: W, ps: W, _r: W) {
    return { kind: 'MatchSequence', patterns: optAst(ps) ?? [], ...loc(this) };
  },
  SequencePattern_tuple(_l: W, ps: W, _r: W) {
    return { kind: 'MatchSequence', patterns: optAst(ps) ?? [], ...loc(this) };
  },
  OpenSequencePattern(first: W, _c: W, rest: W) {
    return [first.ast(), ...(optAst<unknown[]>(rest) ?? [])];
  },
  MaybeSequencePattern(l: W, _c: W) {
    return listOf(l);
  },
  StarPattern_capture(_s: W, t: W) {
    return { kind: 'MatchStar', name: t.ast(), ...loc(this) };
  },
  StarPattern_wildcard(_s: W, _w: W) {
    return { kind: 'MatchStar', name: null, ...loc(this) };
  },
  MappingPattern_empty(_l: W, _r: W) {
    return { kind: 'MatchMapping', keys: [], patterns: [], rest: null, ...loc(this) };
  },
  MappingPattern_rest(_l: W, rest: W, _c: W, _r: W) {
    return { kind: 'MatchMapping', keys: [], patterns: [], rest: rest.ast(), ...loc(this) };
  },
  MappingPattern_itemsRest(_l: W, items: W, _c: W, rest: W, _c2: W, _r: W) {
    const kv: { key: Expr; pattern: unknown }[] = items.ast();
    return { kind: 'MatchMapping', keys: kv.map((x) => x.key), patterns: kv.map((x) => x.pattern), rest: rest.ast(), ...loc(this) };
  },
  MappingPattern_items(_l: W, items: W, _c: W, _r: W) {
    const kv: { key: Expr; pattern: unknown }[] = items.ast();
    return { kind: 'MatchMapping', keys: kv.map((x) => x.key), patterns: kv.map((x) => x.pattern), rest: null, ...loc(this) };
  },
  ItemsPattern(l: W) {
    return listOf(l);
  },
  KeyValuePattern(k: W, _c: W, p: W) {
    return { key: k.ast(), pattern: p.ast() };
  },
  DoubleStarPattern(_d: W, t: W) {
    return t.ast();
  },
  ClassPattern_empty(cls: W, _l: W, _r: W) {
    return { kind: 'MatchClass', cls: cls.ast(), patterns: [], kwd_attrs: [], kwd_patterns: [], ...loc(this) };
  },
  ClassPattern_pos(cls: W, _l: W, ps: W, _c: W, _r: W) {
    return { kind: 'MatchClass', cls: cls.ast(), patterns: ps.ast(), kwd_attrs: [], kwd_patterns: [], ...loc(this) };
  },
  ClassPattern_kw(cls: W, _l: W, kws: W, _c: W, _r: W) {
    const kw: { arg: string; pattern: unknown }[] = kws.ast();
    return { kind: 'MatchClass', cls: cls.ast(), patterns: [], kwd_attrs: kw.map((x) => x.arg), kwd_patterns: kw.map((x) => x.pattern), ...loc(this) };
  },
  ClassPattern_both(cls: W, _l: W, ps: W, _c: W, kws: W, _c2: W, _r: W) {
    const kw: { arg: string; pattern: unknown }[] = kws.ast();
    return { kind: 'MatchClass', cls: cls.ast(), patterns: ps.ast(), kwd_attrs: kw.map((x) => x.arg), kwd_patterns: kw.map((x) => x.pattern), ...loc(this) };
  },
  PositionalPatterns(l: W) {
    return listOf(l);
  },
  KeywordPatterns(l: W) {
    return listOf(l);
  },
  KeywordPattern(n: W, _eq: W, p: W) {
    return { arg: identifier(n), pattern: p.ast() };
  },

  // ------------------------------------------------------------ expressions
  Expressions(first: W, rest: W, comma: W) {
    if (rest.children.length === 0 && comma.children.length === 0) return first.ast();
    return { kind: 'Tuple', elts: [first.ast(), ...list(rest)], ctx: 'Load', ...loc(this) };
  },
  ExprCommaExpr(_c: W, e: W) {
    return e.ast();
  },
  Expression_disjunction(body: W, ifElse: W) {
    if (ifElse.children.length === 0) return body.ast();
    const { test, orelse } = ifElse.children[0].ast() as { test: Expr; orelse: Expr };
    return { kind: 'IfExp', test, body: body.ast(), orelse, ...loc(this) };
  },
  IfElse(_if: W, test: W, _else: W, orelse: W) {
    return { test: test.ast(), orelse: orelse.ast() };
  },
  YieldExpr_from(_y: W, _f: W, e: W) {
    return { kind: 'YieldFrom', value: e.ast(), ...loc(this) };
  },
  YieldExpr_yield(_y: W, e: W) {
    return { kind: 'Yield', value: optAst(e), ...loc(this) };
  },
  StarExpressions(first: W, rest: W, comma: W) {
    if (rest.children.length === 0 && comma.children.length === 0) return first.ast();
    return { kind: 'Tuple', elts: [first.ast(), ...list(rest)], ctx: 'Load', ...loc(this) };
  },
  StarCommaExpr(_c: W, e: W) {
    return e.ast();
  },
  StarExpression_star(_la: W, _s: W, e: W) {
    return { kind: 'Starred', value: e.ast(), ctx: 'Load', ...loc(this) };
  },
  StarNamedExpressions(l: W, _c: W) {
    return listOf(l);
  },
  StarNamedExpression_star(_la: W, _s: W, e: W) {
    return { kind: 'Starred', value: e.ast(), ctx: 'Load', ...loc(this) };
  },
  AssignmentExpression(n: W, _op: W, e: W) {
    return { kind: 'NamedExpr', target: nameNode(n, 'Store'), value: e.ast(), ...loc(this) };
  },
  Disjunction(first: W, _la: W, rest: W) {
    if (rest.children.length === 0) return first.ast();
    return { kind: 'BoolOp', op: 'Or', values: [first.ast(), ...list(rest)], ...loc(this) };
  },
  DisjunctionTail(_k: W, e: W) {
    return e.ast();
  },
  Conjunction(first: W, _la: W, rest: W) {
    if (rest.children.length === 0) return first.ast();
    return { kind: 'BoolOp', op: 'And', values: [first.ast(), ...list(rest)], ...loc(this) };
  },
  ConjunctionTail(_k: W, e: W) {
    return e.ast();
  },
  InversionNot(_k: W, e: W) {
    return { kind: 'UnaryOp', op: 'Not', operand: e.ast(), ...loc(this) };
  },
  Comparison(left: W, _la: W, pairs: W) {
    if (pairs.children.length === 0) return left.ast();
    const ps: [CmpOperator, Expr][] = list(pairs);
    return { kind: 'Compare', left: left.ast(), ops: ps.map((p) => p[0]), comparators: ps.map((p) => p[1]), ...loc(this) };
  },
  CompareOpBitwiseOrPair_Eq: (_o: W, e: W) => ['Eq', e.ast()],
  CompareOpBitwiseOrPair_NotEq: (_o: W, e: W) => ['NotEq', e.ast()],
  CompareOpBitwiseOrPair_LtE: (_o: W, e: W) => ['LtE', e.ast()],
  CompareOpBitwiseOrPair_Lt: (_o: W, e: W) => ['Lt', e.ast()],
  CompareOpBitwiseOrPair_GtE: (_o: W, e: W) => ['GtE', e.ast()],
  CompareOpBitwiseOrPair_Gt: (_o: W, e: W) => ['Gt', e.ast()],
  CompareOpBitwiseOrPair_NotIn: (_n: W, _i: W, e: W) => ['NotIn', e.ast()],
  CompareOpBitwiseOrPair_In: (_o: W, e: W) => ['In', e.ast()],
  CompareOpBitwiseOrPair_IsNot: (_i: W, _n: W, e: W) => ['IsNot', e.ast()],
  CompareOpBitwiseOrPair_Is: (_o: W, e: W) => ['Is', e.ast()],
  BitwiseOr: foldBinOps,
  BitwiseXor: foldBinOps,
  BitwiseAnd: foldBinOps,
  ShiftExpr: foldBinOps,
  Sum: foldBinOps,
  Term: foldBinOps,
  BitwiseOrTail_BitOr: (_o: W, e: W) => ['BitOr', e],
  BitwiseXorTail_BitXor: (_o: W, e: W) => ['BitXor', e],
  BitwiseAndTail_BitAnd: (_o: W, e: W) => ['BitAnd', e],
  ShiftExprTail_LShift: (_o: W, e: W) => ['LShift', e],
  ShiftExprTail_RShift: (_o: W, e: W) => ['RShift', e],
  SumTail_Add: (_o: W, e: W) => ['Add', e],
  SumTail_Sub: (_o: W, e: W) => ['Sub', e],
  TermTail_Mult: (_o: W, e: W) => ['Mult', e],
  TermTail_Div: (_o: W, e: W) => ['Div', e],
  TermTail_FloorDiv: (_o: W, e: W) => ['FloorDiv', e],
  TermTail_Mod: (_o: W, e: W) => ['Mod', e],
  TermTail_MatMult: (_o: W, e: W) => ['MatMult', e],
  FactorOp_UAdd: unaryOp('UAdd'),
  FactorOp_USub: unaryOp('USub'),
  FactorOp_Invert: unaryOp('Invert'),
  Power(l: W, _la: W, rhs: W) {
    if (rhs.children.length === 0) return l.ast();
    return { kind: 'BinOp', left: l.ast(), op: 'Pow', right: rhs.children[0].ast(), ...loc(this) };
  },
  PowerRhs: (_op: W, f: W) => f.ast(),
  AwaitExpr(_k: W, e: W) {
    return { kind: 'Await', value: e.ast(), ...loc(this) };
  },
  Primary(atom: W, _la: W, suffixes: W) {
    return foldSuffixes(atom, suffixes.children, 'Load');
  },
  PrimarySuffix_attr: (_d: W, n: W) => ({ attr: identifier(n) }),
  PrimarySuffix_genexp: (g: W) => ({ args: [g.ast()], keywords: [] }),
  PrimarySuffix_call: (_l: W, a: W, _r: W) => optAst(a) ?? { args: [], keywords: [] },
  PrimarySuffix_subscript: (_l: W, s: W, _r: W) => ({ slice: s.ast() }),
  Slices_one(s: W) {
    return s.ast();
  },
  Slices_tuple(l: W, _c: W) {
    return { kind: 'Tuple', elts: listOf(l), ctx: 'Load', ...loc(this) };
  },
  Slice_slice(lower: W, _c: W, upper: W, step: W) {
    const st = opt(step);
    return { kind: 'Slice', lower: optAst(lower), upper: optAst(upper), step: st ? st.ast() : null, ...loc(this) };
  },
  SliceStep(_c: W, e: W) {
    return optAst(e);
  },
  Atom_name(n: W) {
    return nameNode(n, 'Load');
  },
  Atom_true(_k: W) {
    return constant(true, this);
  },
  Atom_false(_k: W) {
    return constant(false, this);
  },
  Atom_none(_k: W) {
    return constant(null, this);
  },
  Atom_number(n: W) {
    return constant(parseNumber(n.sourceString), this);
  },
  Atom_ellipsis(_e: W) {
    return constant(ELLIPSIS, this);
  },
  Strings(strs: W) {
    return concatenateStrings(strs.children, loc(this));
  },
  Group_group(_l: W, e: W, _r: W) {
    return e.ast();
  },
  Lambdef(_k: W, params: W, _c: W, body: W) {
    return { kind: 'Lambda', args: optAst(params) ?? emptyArguments(), body: body.ast(), ...loc(this) };
  },
  List_list(_l: W, elts: W, _r: W) {
    return { kind: 'List', elts: optAst(elts) ?? [], ctx: 'Load', ...loc(this) };
  },
  Tuple_tuple(_l: W, body: W, _r: W) {
    return { kind: 'Tuple', elts: optAst(body) ?? [], ctx: 'Load', ...loc(this) };
  },
  TupleBody(first: W, _c: W, rest: W) {
    return [first.ast(), ...(optAst<Expr[]>(rest) ?? [])];
  },
  Set_set(_l: W, elts: W, _r: W) {
    return { kind: 'Set', elts: elts.ast(), ...loc(this) };
  },
  Dict_dict(_l: W, pairs: W, _r: W) {
    const ps: { key: Expr | null; value: Expr }[] = optAst(pairs) ?? [];
    return { kind: 'Dict', keys: ps.map((p) => p.key), values: ps.map((p) => p.value), ...loc(this) };
  },
  DoubleStarredKvpairs(l: W, _c: W) {
    return listOf(l);
  },
  DoubleStarredKvpair_unpack(_ds: W, e: W) {
    return { key: null, value: e.ast() };
  },
  Kvpair(k: W, _c: W, v: W) {
    return { key: k.ast(), value: v.ast() };
  },
  ForIfClauses(cs: W) {
    return list(cs);
  },
  ForIfClause_for(_f: W, t: W, _in: W, it: W, conds: W) {
    return { kind: 'comprehension', target: t.ast(), iter: it.ast(), ifs: list(conds), is_async: 0 };
  },
  ForIfCond(_if: W, e: W) {
    return e.ast();
  },
  Listcomp_comp(_l: W, elt: W, gens: W, _r: W) {
    return { kind: 'ListComp', elt: elt.ast(), generators: gens.ast(), ...loc(this) };
  },
  Setcomp_comp(_l: W, elt: W, gens: W, _r: W) {
    return { kind: 'SetComp', elt: elt.ast(), generators: gens.ast(), ...loc(this) };
  },
  Genexp_comp(_l: W, elt: W, gens: W, _r: W) {
    return { kind: 'GeneratorExp', elt: elt.ast(), generators: gens.ast(), ...loc(this) };
  },
  Dictcomp_comp(_l: W, kv: W, gens: W, _r: W) {
    const p = kv.ast();
    return { kind: 'DictComp', key: p.key, value: p.value, generators: gens.ast(), ...loc(this) };
  },

  // ------------------------------------------------------------ call arguments
  Arguments_args(a: W, _c: W, _la: W) {
    return a.ast();
  },
  Args_positional(l: W, kw: W) {
    return collectCallArgs(listOf(l), optAst(kw) ?? []);
  },
  Args_keywords(kw: W) {
    return collectCallArgs([], kw.ast());
  },
  ArgsKwargs(_c: W, kw: W) {
    return kw.ast();
  },
  Kwargs_both(a: W, _c: W, b: W) {
    return [...listOf(a), ...listOf(b)];
  },
  Kwargs_starred(a: W) {
    return listOf(a);
  },
  Kwargs_doubleStarred(b: W) {
    return listOf(b);
  },
  StarredExpression(_s: W, e: W) {
    return { kind: 'Starred', value: e.ast(), ctx: 'Load', ...loc(this) };
  },
  KwargOrStarred_kwarg(n: W, _eq: W, e: W) {
    return { keyword: { kind: 'keyword', arg: identifier(n), value: e.ast(), ...loc(this) } };
  },
  KwargOrStarred_starred(s: W) {
    return { starred: s.ast() };
  },
  KwargOrDoubleStarred_kwarg(n: W, _eq: W, e: W) {
    return { keyword: { kind: 'keyword', arg: identifier(n), value: e.ast(), ...loc(this) } };
  },
  KwargOrDoubleStarred_doubleStarred(_ds: W, e: W) {
    return { keyword: { kind: 'keyword', arg: null, value: e.ast(), ...loc(this) } };
  },

  // ------------------------------------------------------------ targets
  StarTargets_one(t: W) {
    return t.ast();
  },
  StarTargets_tuple(first: W, rest: W, _c: W) {
    return { kind: 'Tuple', elts: [first.ast(), ...list(rest)], ctx: 'Store', ...loc(this) };
  },
  StarCommaTarget(_c: W, t: W) {
    return t.ast();
  },
  StarTargetsListSeq(l: W, _c: W) {
    return listOf(l);
  },
  StarTargetsTupleSeq_many(first: W, rest: W, _c: W) {
    return [first.ast(), ...list(rest)];
  },
  StarTargetsTupleSeq_one(t: W, _c: W) {
    return [t.ast()];
  },
  StarTarget_star(_s: W, t: W) {
    return { kind: 'Starred', value: setContext(t.ast(), 'Store'), ctx: 'Store', ...loc(this) };
  },
  TargetWithStarAtom_attr(v: W, _d: W, n: W) {
    return { kind: 'Attribute', value: v.ast(), attr: identifier(n), ctx: 'Store', ...loc(this) };
  },
  TargetWithStarAtom_subscript(v: W, _l: W, s: W, _r: W) {
    return { kind: 'Subscript', value: v.ast(), slice: s.ast(), ctx: 'Store', ...loc(this) };
  },
  StarAtom_name(n: W) {
    return nameNode(n, 'Store');
  },
  StarAtom_paren(_l: W, t: W, _r: W) {
    return setContext(t.ast(), 'Store');
  },
  StarAtom_tuple(_l: W, seq: W, _r: W) {
    return { kind: 'Tuple', elts: optAst(seq) ?? [], ctx: 'Store', ...loc(this) };
  },
  StarAtom_list(_l: W, seq: W, _r: W) {
    return { kind: 'List', elts: optAst(seq) ?? [], ctx: 'Store', ...loc(this) };
  },
  SingleTarget_name(n: W) {
    return nameNode(n, 'Store');
  },
  SingleTarget_paren(_l: W, t: W, _r: W) {
    return t.ast();
  },
  SingleSubscriptAttributeTarget_attr(v: W, _d: W, n: W) {
    return { kind: 'Attribute', value: v.ast(), attr: identifier(n), ctx: 'Store', ...loc(this) };
  },
  SingleSubscriptAttributeTarget_subscript(v: W, _l: W, s: W, _r: W) {
    return { kind: 'Subscript', value: v.ast(), slice: s.ast(), ctx: 'Store', ...loc(this) };
  },
  TPrimary(atom: W, _la: W, steps: W) {
    return foldSuffixes(atom, steps.children.map((st: W) => st.children[0]), 'Load');
  },
  TPrimarySuffix_attr: (_d: W, n: W) => ({ attr: identifier(n) }),
  TPrimarySuffix_subscript: (_l: W, s: W, _r: W) => ({ slice: s.ast() }),
  TPrimarySuffix_genexp: (g: W) => ({ args: [g.ast()], keywords: [] }),
  TPrimarySuffix_call: (_l: W, a: W, _r: W) => optAst(a) ?? { args: [], keywords: [] },
  DelTargets(l: W, _c: W) {
    return listOf(l);
  },
  DelTarget_attr(v: W, _d: W, n: W) {
    return { kind: 'Attribute', value: v.ast(), attr: identifier(n), ctx: 'Del', ...loc(this) };
  },
  DelTarget_subscript(v: W, _l: W, s: W, _r: W) {
    return { kind: 'Subscript', value: v.ast(), slice: s.ast(), ctx: 'Del', ...loc(this) };
  },
  DelTAtom_name(n: W) {
    return nameNode(n, 'Del');
  },
  DelTAtom_paren(_l: W, t: W, _r: W) {
    return setContext(t.ast(), 'Del');
  },
  DelTAtom_tuple(_l: W, seq: W, _r: W) {
    return { kind: 'Tuple', elts: optAst(seq) ?? [], ctx: 'Del', ...loc(this) };
  },
  DelTAtom_list(_l: W, seq: W, _r: W) {
    return { kind: 'List', elts: optAst(seq) ?? [], ctx: 'Del', ...loc(this) };
  },
};

function constant(value: ConstantValue, w: W): Constant {
  return { kind: 'Constant', value, str_kind: null, ...loc(w) };
}

let semantics: Semantics | null = null;

function getSemantics(): Semantics {
  if (!semantics) {
    const s = pythonGrammar.createSemantics();
    s.addOperation('ast', { ...actions, DictInvalid: dictInvalidAst });
    s.addOperation('diag', Object.fromEntries(Object.entries(diagActions).filter(([k]) => FIRST_PASS_INVALID_RULES.has(k.split('_')[0]!))));
    semantics = s;
  }
  return semantics;
}

// ====================================================================== numbers

function parseNumber(text: string): ConstantValue {
  const t = text.replace(/_/g, '');
  const last = t[t.length - 1];
  if (last === 'j' || last === 'J') return { complex: Number(t.slice(0, -1)) };
  if (t.length > 1 && t[0] === '0' && /[xXoObB]/.test(t[1]!)) return BigInt(t);
  if (/[.eE]/.test(t)) return Number(t);
  return BigInt(t);
}

// ====================================================================== strings

interface StringToken {
  /** The token's text, e.g. `rb'\x00'`. */
  text: string;
  /** The token's position (CPython's STRING token). */
  pos: Position;
  /** Source offset of the token start (for f-string expression positions). */
  start: number;
}

/**
 * A syntax error inside a string literal. CPython reports most at the token after the strings;
 * `token` is set when it points at one of the string tokens instead.
 */
class LiteralError extends Error {
  constructor(msg: string, readonly token: number = -1) {
    super(msg);
  }
}

function stringTokens(children: W[]): StringToken[] {
  const f = curFrame();
  return children.map((c: W) => ({
    text: c.sourceString,
    pos: loc(c),
    start: origOffset(f.ms.markers, f.base + c.source.startIdx),
  }));
}

interface SplitToken {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  u: boolean;
  body: string;
  /** Offset of the body within the token text. */
  bodyStart: number;
}

function splitToken(text: string): SplitToken {
  let i = 0;
  let bytes = false;
  let raw = false;
  let fstring = false;
  while (text[i] !== "'" && text[i] !== '"') {
    const c = text[i]!.toLowerCase();
    if (c === 'b') bytes = true;
    else if (c === 'r') raw = true;
    else if (c === 'f') fstring = true;
    i++;
  }
  const q = text[i]!;
  const qlen = text.startsWith(q + q + q, i) && text.length - i >= 6 ? 3 : 1;
  return { bytes, raw, fstring, u: text[0] === 'u', body: text.slice(i + qlen, text.length - qlen), bodyStart: i + qlen };
}

/** The `strings` rule: the tokens of an implicit concatenation, as wrappers. */
function concatenateStrings(children: W[], pos: Position): Expr {
  const f = curFrame();
  const last = children[children.length - 1];
  return concatenateTokens(stringTokens(children), pos, f.base + last.source.endIdx);
}

/**
 * _PyPegen_concatenate_strings: implicit concatenation, bytes, f-strings. `after` is the
 * marked-text offset just past the last string, where most literal errors are reported.
 */
function concatenateTokens(toks: StringToken[], pos: Position, after: number): Expr {
  const parts = toks.map((t) => splitToken(t.text));
  const bytesmode = parts[0]!.bytes;
  try {
    if (parts.some((p) => p.bytes !== bytesmode)) throw new LiteralError('cannot mix bytes and nonbytes literals');
    if (bytesmode) {
      const chunks = parts.map((p, i) => {
        try {
          return decodeBytes(p.body, p.raw);
        } catch (e) {
          throw e instanceof LiteralError && e.token === 0 ? new LiteralError(e.message, i) : e;
        }
      });
      const total = chunks.reduce((n, c) => n + c.length, 0);
      const out = new Uint8Array(total);
      let o = 0;
      for (const c of chunks) {
        out.set(c, o);
        o += c.length;
      }
      return { kind: 'Constant', value: { bytes: out }, str_kind: null, ...pos };
    }
    const strKind = parts[0]!.u ? 'u' : null;
    if (!parts.some((p) => p.fstring)) {
      const value = parts.map((p) => (p.raw ? p.body : decodeStr(p.body))).join('');
      return { kind: 'Constant', value, str_kind: strKind, ...pos };
    }
    const b = new FstringBuilder(pos);
    parts.forEach((p, i) => {
      if (p.fstring) parseFstring(b, p, toks[i]!, 0);
      else b.literal(p.raw ? p.body : decodeStr(p.body));
    });
    return b.finish(strKind);
  } catch (e) {
    if (!(e instanceof LiteralError)) throw e;
    const f = curFrame();
    if (e.token >= 0) {
      const p = toks[e.token]!.pos;
      const text = sourceLine(f.ms.source, f.ms.lineStarts, p.lineno);
      throw new PySyntaxError('SyntaxError', e.message, f.filename, p.lineno, p.col_offset + 1, text, p.end_lineno, p.end_col_offset + 1);
    }
    // Raised by the action of CPython's `strings` rule, when the parser has just fetched the token
    // after the last string: the error points at that token.
    const l = tokenLocation(f.ms, f.ms.tokens[tokenIndexAt(f.ms, after)]!);
    throw new PySyntaxError('SyntaxError', e.message, f.filename, l.lineno + f.lineShift, l.offset, l.text, l.endLineno + f.lineShift, l.endOffset);
  }
}

/**
 * CPython decodes string literals while parsing, so an error in a literal that the first pass
 * read is raised even when the statement fails to parse further on. Returns that error for the
 * first bad group of strings among tokens [from, to).
 */
function literalErrorBefore(ms: MarkedSource, filename: string, from: number, to: number): PySyntaxError | null {
  const saved = frame;
  frame = { ms, base: 0, lineShift: 0, firstLineColShift: 0, filename, asciiLines: [] };
  try {
    for (let i = from; i < to; i++) {
      if (ms.tokens[i]!.kind !== 'STRING') continue;
      let j = i;
      while (j < ms.tokens.length && ms.tokens[j]!.kind === 'STRING') j++;
      if (j >= to) break; // the parser never fetched the token after these strings
      const f = curFrame();
      const toks = ms.tokens.slice(i, j).map((t) => {
        const [lineno, col_offset] = lineCol(f, t.start);
        const [end_lineno, end_col_offset] = lineCol(f, t.end);
        return { text: ms.source.slice(t.start, t.end), pos: { lineno, col_offset, end_lineno, end_col_offset }, start: t.start };
      });
      const last = toks[toks.length - 1]!.pos;
      const pos = { ...toks[0]!.pos, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
      const lastTok = ms.tokens[j - 1]!;
      try {
        concatenateTokens(toks, pos, lastTok.tpos + (lastTok.end - lastTok.start));
      } catch (e) {
        if (e instanceof PySyntaxError) return e;
        throw e;
      }
      i = j - 1;
    }
    return null;
  } finally {
    frame = saved;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}

/** Decodes the escapes of a str literal body (CPython's decode_unicode_with_escapes). */
function decodeStr(body: string): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) {
      out += '\\';
      i++;
      continue;
    }
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
      continue;
    }
    if (isOctal(e)) {
      let j = i + 1;
      let v = 0;
      while (j < i + 4 && isOctal(body[j])) v = v * 8 + Number(body[j++]);
      out += String.fromCodePoint(v);
      i = j;
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length < len) {
        const p = utf8Pos(body, i);
        const endp = utf8Pos(body, Math.min(n, i + 2 + hex.replace(/[^0-9a-fA-F].*$/, '').length)) - 1;
        const kind = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${p}-${endp}: truncated ${kind} escape`);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) {
        const p = utf8Pos(body, i);
        throw new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${p}-${p + 9}: illegal Unicode character`);
      }
      out += String.fromCodePoint(cp);
      i += 2 + len;
      continue;
    }
    if (e === 'N') {
      const close = body[i + 2] === '{' ? body.indexOf('}', i + 3) : -1;
      const name = close > 0 ? body.slice(i + 3, close) : null;
      const ch = name !== null ? unicodeByName(name) : null;
      if (ch === null) {
        const p = utf8Pos(body, i);
        const endp = close > 0 ? utf8Pos(body, close) : p + 1;
        const why = close > 0 ? 'unknown Unicode character name' : 'malformed \\N character escape';
        throw new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${p}-${endp}: ${why}`);
      }
      out += ch;
      i = close + 1;
      continue;
    }
    // An unknown escape keeps its backslash (CPython warns about it).
    out += '\\';
    i++;
  }
  return out;
}

function utf8Pos(s: string, i: number): number {
  return Buffer.byteLength(s.slice(0, i), 'utf8');
}

/** Decodes a bytes literal body. */
function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  for (let i = 0; i < n; i++) {
    if (body.charCodeAt(i) >= 128) throw new LiteralError('bytes can only contain ASCII literal characters', 0);
  }
  let i = 0;
  while (i < n) {
    const c = body[i]!;
    if (c !== '\\' || raw) {
      out.push(c.charCodeAt(0));
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) {
      out.push(92);
      i++;
      continue;
    }
    if (e in SIMPLE_ESCAPES) {
      const s = SIMPLE_ESCAPES[e]!;
      if (s) out.push(s.charCodeAt(0));
      i += 2;
      continue;
    }
    if (isOctal(e)) {
      let j = i + 1;
      let v = 0;
      while (j < i + 4 && isOctal(body[j])) v = v * 8 + Number(body[j++]);
      out.push(v & 0xff);
      i = j;
      continue;
    }
    if (e === 'x') {
      const hex = body.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new LiteralError(`(value error) invalid \\x escape at position ${i}`);
      out.push(parseInt(hex, 16));
      i += 4;
      continue;
    }
    out.push(92);
    i++;
  }
  return Uint8Array.from(out);
}

/** \N{...}: the names programs commonly use (Node has no Unicode name table). */
const UNICODE_NAMES: Record<string, number> = {
  'BULLET': 0x2022, 'EM DASH': 0x2014, 'EN DASH': 0x2013, 'HORIZONTAL ELLIPSIS': 0x2026,
  'NO-BREAK SPACE': 0xa0, 'DEGREE SIGN': 0xb0, 'MICRO SIGN': 0xb5, 'MULTIPLICATION SIGN': 0xd7,
  'DIVISION SIGN': 0xf7, 'COPYRIGHT SIGN': 0xa9, 'REGISTERED SIGN': 0xae, 'SECTION SIGN': 0xa7,
  'PILCROW SIGN': 0xb6, 'EURO SIGN': 0x20ac, 'POUND SIGN': 0xa3, 'YEN SIGN': 0xa5, 'CENT SIGN': 0xa2,
  'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK': 0xab, 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK': 0xbb,
  'LEFT SINGLE QUOTATION MARK': 0x2018, 'RIGHT SINGLE QUOTATION MARK': 0x2019,
  'LEFT DOUBLE QUOTATION MARK': 0x201c, 'RIGHT DOUBLE QUOTATION MARK': 0x201d,
  'RIGHTWARDS ARROW': 0x2192, 'LEFTWARDS ARROW': 0x2190, 'UPWARDS ARROW': 0x2191, 'DOWNWARDS ARROW': 0x2193,
  'CHECK MARK': 0x2713, 'BALLOT X': 0x2717, 'BLACK STAR': 0x2605, 'WHITE STAR': 0x2606,
  'INFINITY': 0x221e, 'PLUS-MINUS SIGN': 0xb1, 'NOT EQUAL TO': 0x2260, 'LESS-THAN OR EQUAL TO': 0x2264,
  'GREATER-THAN OR EQUAL TO': 0x2265, 'ALMOST EQUAL TO': 0x2248, 'SQUARE ROOT': 0x221a, 'N-ARY SUMMATION': 0x2211,
  'GREEK SMALL LETTER ALPHA': 0x3b1, 'GREEK SMALL LETTER BETA': 0x3b2, 'GREEK SMALL LETTER GAMMA': 0x3b3,
  'GREEK SMALL LETTER DELTA': 0x3b4, 'GREEK SMALL LETTER EPSILON': 0x3b5, 'GREEK SMALL LETTER LAMDA': 0x3bb,
  'GREEK SMALL LETTER MU': 0x3bc, 'GREEK SMALL LETTER PI': 0x3c0, 'GREEK SMALL LETTER SIGMA': 0x3c3,
  'GREEK SMALL LETTER OMEGA': 0x3c9, 'GREEK CAPITAL LETTER DELTA': 0x394, 'GREEK CAPITAL LETTER SIGMA': 0x3a3,
  'GREEK CAPITAL LETTER OMEGA': 0x3a9, 'LATIN SMALL LETTER E WITH ACUTE': 0xe9, 'LATIN SMALL LETTER A WITH GRAVE': 0xe0,
  'LATIN SMALL LETTER U WITH DIAERESIS': 0xfc, 'LATIN SMALL LETTER O WITH DIAERESIS': 0xf6,
  'LATIN SMALL LETTER A WITH DIAERESIS': 0xe4, 'LATIN SMALL LETTER SHARP S': 0xdf, 'LATIN SMALL LETTER N WITH TILDE': 0xf1,
  'LATIN SMALL LETTER C WITH CEDILLA': 0xe7, 'SNOWMAN': 0x2603, 'BLACK HEART SUIT': 0x2665, 'WHITE SMILING FACE': 0x263a,
  'SPACE': 0x20, 'LINE FEED': 0x0a, 'CARRIAGE RETURN': 0x0d, 'CHARACTER TABULATION': 0x09, 'NULL': 0,
  'ESCAPE': 0x1b, 'DELETE': 0x7f, 'ZERO WIDTH SPACE': 0x200b, 'BOX DRAWINGS LIGHT HORIZONTAL': 0x2500,
  'BOX DRAWINGS LIGHT VERTICAL': 0x2502, 'FULL BLOCK': 0x2588, 'LIGHT SHADE': 0x2591, 'MEDIUM SHADE': 0x2592,
  'DARK SHADE': 0x2593, 'BLACK SQUARE': 0x25a0, 'WHITE SQUARE': 0x25a1, 'BLACK CIRCLE': 0x25cf, 'WHITE CIRCLE': 0x25cb,
  'SNAKE': 0x1f40d, 'GRINNING FACE': 0x1f600, 'THUMBS UP SIGN': 0x1f44d, 'HEAVY BLACK HEART': 0x2764,
};

function unicodeByName(name: string): string | null {
  const key = name.toUpperCase();
  const cp = UNICODE_NAMES[key];
  if (cp !== undefined) return String.fromCodePoint(cp);
  const m = /^(?:CJK UNIFIED IDEOGRAPH|U)[-+]([0-9A-F]{4,6})$/.exec(key);
  if (m) return String.fromCodePoint(parseInt(m[1]!, 16));
  if (key.startsWith('LATIN CAPITAL LETTER ') && key.length === 22) return key[21]!;
  if (key.startsWith('LATIN SMALL LETTER ') && key.length === 20) return key[19]!.toLowerCase();
  if (key.startsWith('DIGIT ')) {
    const d = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'].indexOf(key.slice(6));
    if (d >= 0) return String(d);
  }
  return null;
}

// ------------------------------------------------------------------ f-strings

/** CPython's FstringParser: accumulates literal text and replacement fields. */
class FstringBuilder {
  private lastStr = '';
  readonly values: (Constant | FormattedValue)[] = [];
  fmode = false;

  constructor(readonly pos: Position) {}

  literal(s: string): void {
    this.lastStr += s;
  }

  field(v: FormattedValue): void {
    this.flush();
    this.values.push(v);
  }

  private flush(pos: Position = this.pos): void {
    if (this.lastStr) {
      this.values.push({ kind: 'Constant', value: this.lastStr, str_kind: null, ...pos });
      this.lastStr = '';
    }
  }

  finish(strKind: 'u' | null): Expr {
    if (!this.fmode) {
      return { kind: 'Constant', value: this.lastStr, str_kind: strKind, ...this.pos };
    }
    this.flush();
    return { kind: 'JoinedStr', values: this.values, ...this.pos };
  }

  /** A format spec ends with the position of its own token, as fstring_parse() does. */
  finishSpec(tokenPos: Position): JoinedStr {
    this.flush(tokenPos);
    return { kind: 'JoinedStr', values: this.values, ...tokenPos };
  }
}

const FSTRING_MAX_RECURSION = 2;

/** Parses the body of one f-string token into `b` (fstring_parse / ConcatFstring). */
function parseFstring(b: FstringBuilder, p: SplitToken, tok: StringToken, level: number): void {
  b.fmode = true;
  const state = { i: 0 };
  parseFstringPart(b, p, tok, state, p.body.length, level);
  if (state.i < p.body.length) throw new LiteralError('f-string: unexpected end of string');
}

function parseFstringPart(
  b: FstringBuilder, p: SplitToken, tok: StringToken, state: { i: number }, end: number, level: number,
): void {
  const s = p.body;
  for (;;) {
    // The literal part.
    let i = state.i;
    const litStart = i;
    let doubled = false;
    while (i < end) {
      let ch = s[i++]!;
      if (!p.raw && ch === '\\' && i < end) {
        ch = s[i++]!;
        if (ch === 'N') {
          if (i < end && s[i++] === '{') {
            while (i < end && s[i++] !== '}') { /* skip the name */ }
          }
          continue;
        }
      }
      if (ch === '{' || ch === '}') {
        if (level === 0) {
          if (i < end && s[i] === ch) {
            doubled = true;
            break;
          }
          if (ch === '}') throw new LiteralError("f-string: single '}' is not allowed");
        }
        i--;
        break;
      }
    }
    const litEnd = i;
    if (litEnd > litStart) {
      const lit = s.slice(litStart, litEnd);
      b.literal(p.raw ? lit : decodeStr(lit));
    }
    if (doubled) {
      state.i = i + 1;
      continue;
    }
    state.i = i;
    if (i >= end || s[i] === '}') return;
    // s[i] === '{': a replacement field.
    parseField(b, p, tok, state, end, level);
  }
}

function parseField(b: FstringBuilder, p: SplitToken, tok: StringToken, state: { i: number }, end: number, level: number): void {
  const s = p.body;
  if (level >= FSTRING_MAX_RECURSION) throw new LiteralError('f-string: expressions nested too deeply');
  const exprStart = state.i + 1;
  let i = exprStart;
  let quote = '';
  let quoteLen = 0;
  const parens: string[] = [];
  let ch = '';
  for (; i < end; i++) {
    ch = s[i]!;
    if (ch === '\\') throw new LiteralError('f-string expression part cannot include a backslash');
    if (quote) {
      if (ch === quote && (quoteLen === 1 || s.startsWith(quote.repeat(3), i))) {
        i += quoteLen - 1;
        quote = '';
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      quoteLen = s.startsWith(ch.repeat(3), i) ? 3 : 1;
      i += quoteLen - 1;
      continue;
    }
    if (ch === '[' || ch === '(' || ch === '{') {
      if (parens.length >= 200) throw new LiteralError('f-string: too many nested parenthesis');
      parens.push(ch);
      continue;
    }
    if (ch === '#') throw new LiteralError("f-string expression part cannot include '#'");
    if (parens.length === 0 && '!:}=<>'.includes(ch)) {
      const next = s[i + 1];
      if (next !== undefined && ((ch === '!' && next === '=') || (ch === '=' && next === '=') || (ch === '<' && next === '=') || (ch === '>' && next === '='))) {
        i++;
        continue;
      }
      if (ch === '<' || ch === '>') continue;
      break;
    }
    if (ch === ']' || ch === ')' || ch === '}') {
      if (parens.length === 0) throw new LiteralError(`f-string: unmatched '${ch}'`);
      const open = parens.pop()!;
      const want = open === '(' ? ')' : open === '[' ? ']' : '}';
      if (ch !== want) throw new LiteralError(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
    }
  }
  const exprEnd = i;
  if (quote) throw new LiteralError('f-string: unterminated string');
  if (parens.length > 0) throw new LiteralError(`f-string: unmatched '${parens[parens.length - 1]}'`);
  if (i >= end) throw new LiteralError("f-string: expecting '}'");
  const exprText = s.slice(exprStart, exprEnd);
  if (/^[ \t\f\n\r\v]*$/.test(exprText)) throw new LiteralError('f-string: empty expression not allowed');
  const value = fstringExpr(exprText, p, tok, exprStart);
  let debugText: string | null = null;
  if (s[i] === '=') {
    i++;
    while (i < end && /[ \t\n\r\f\v]/.test(s[i]!)) i++;
    if (i >= end) throw new LiteralError("f-string: expecting '}'");
    debugText = s.slice(exprStart, i);
  }
  let conversion = -1;
  if (s[i] === '!') {
    i++;
    if (i >= end) throw new LiteralError("f-string: expecting '}'");
    const c = s[i++]!;
    if (c !== 's' && c !== 'r' && c !== 'a') {
      throw new LiteralError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = c.charCodeAt(0);
  }
  let formatSpec: JoinedStr | null = null;
  if (i < end && s[i] === ':') {
    i++;
    if (i >= end) throw new LiteralError("f-string: expecting '}'");
    const spec = new FstringBuilder(b.pos);
    spec.fmode = true;
    const st = { i };
    parseFstringPart(spec, p, tok, st, end, level + 1);
    i = st.i;
    if (i >= end || s[i] !== '}') throw new LiteralError("f-string: expecting '}'");
    formatSpec = spec.finishSpec(tok.pos);
  }
  if (i >= end || s[i] !== '}') throw new LiteralError("f-string: expecting '}'");
  i++;
  if (debugText !== null) {
    b.literal(debugText);
    if (formatSpec === null && conversion === -1) conversion = 114;
  }
  b.field({ kind: 'FormattedValue', value, conversion, format_spec: formatSpec, ...b.pos });
  state.i = i;
}

/**
 * Parses the expression of a replacement field the way string_parser.c does: as the text
 * "(expr)" with the `Fstring` start rule, then moved to where the expression sits in the file.
 * Tokens on the expression's first line are shifted right by the token's column plus the
 * characters before the '{' on its line; later lines keep their own columns.
 */
function fstringExpr(exprText: string, p: SplitToken, tok: StringToken, exprStartInBody: number): Expr {
  const outer = curFrame();
  const exprStartInTok = p.bodyStart + exprStartInBody - 1; // the '{'
  const before = tok.text.slice(0, exprStartInTok);
  let lines = 0;
  for (let k = before.indexOf('\n'); k >= 0; k = before.indexOf('\n', k + 1)) lines++;
  let newlineAfterBrace = true;
  for (let k = exprStartInTok + 1; k < tok.text.length; k++) {
    const c = tok.text[k]!;
    if (c === '}' || c === '\n') break;
    if (c !== ' ' && c !== '\t' && c !== '\f') {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    const nl = before.lastIndexOf('\n');
    cols = Buffer.byteLength(nl >= 0 ? before.slice(nl + 1) : before, 'utf8');
  }
  const src = `(${exprText})`;
  const lineShift = tok.pos.lineno + lines - 1;
  const ms = tokenize(src);
  const inner: Frame = {
    ms, base: 0, lineShift, firstLineColShift: lines > 0 ? cols : tok.pos.col_offset + cols,
    filename: outer.filename, asciiLines: [],
  };
  const saved = frame;
  try {
    if (ms.error) throw fstringError(fromTokenizerError(ms, outer.filename, ms.error), lineShift);
    const m = pythonGrammar.match(ms.text, 'Fstring');
    if (m.failed()) throw fstringError(syntaxErrorFor(ms, outer.filename, 0, m, 'Fstring'), lineShift);
    frame = inner;
    return getSemantics()(m).ast();
  } finally {
    frame = saved;
  }
}

/**
 * A syntax error in an f-string expression: CPython reports it against the text "(expr)" it
 * parsed, with lines counted in the file and the message prefixed with "f-string: ".
 */
function fstringError(e: PySyntaxError, lineShift: number): PySyntaxError {
  return new PySyntaxError(e.pyType, `f-string: ${e.msg}`, e.filename, e.lineno + lineShift, e.offset, e.text,
    e.end_lineno + lineShift, e.end_offset);
}

// ====================================================================== the driver

/**
 * Parses a module. Throws PySyntaxError (SyntaxError, IndentationError or TabError) with
 * CPython 3.11's message and position for malformed input.
 */
export function parseModule(source: string, filename: string): Module {
  ensureGrammars();
  source = source.replace(/\r\n?/g, '\n');
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const ms = tokenize(source);
  const body: Stmt[] = [];
  const chunks = ms.chunks;
  const saved = frame;
  try {
    for (let i = 0; i < chunks.length; i++) {
      const start = chunks[i]!;
      const end = i + 1 < chunks.length ? chunks[i + 1]! : ms.text.length;
      try {
        const m = pythonGrammar.match(ms.text.slice(start, end), 'File');
        if (m.failed()) throw syntaxErrorFor(ms, filename, i, m);
        frame = { ms, base: start, lineShift: 0, firstLineColShift: 0, filename, asciiLines: [] };
        let stmts: Stmt[];
        try {
          stmts = getSemantics()(m).ast();
        } catch (e) {
          // An error in a string literal (raised in CPython's first pass).
          if (e instanceof PySyntaxError) throw tokenizerErrorFirst(ms, filename, e, e.lineno);
          throw e;
        }
        for (const s of stmts) body.push(s);
      } catch (e) {
        if (e instanceof RangeError) throw nestingError(ms, filename, start, end);
        throw e;
      }
    }
  } finally {
    frame = saved;
  }
  if (ms.error) throw fromTokenizerError(ms, filename, ms.error);
  return { kind: 'Module', body, type_ignores: [] };
}

/**
 * Ohm matches recursively, about 25 rule applications per nesting level of brackets, so on
 * Node's default stack a statement nested more than ~45 brackets deep overflows (CPython's
 * limit is 200). Report it the way CPython reports too deep a nesting, at the deepest bracket.
 */
function nestingError(ms: MarkedSource, filename: string, start: number, end: number): PySyntaxError {
  let deepest: Token | null = null;
  for (const t of ms.tokens) {
    if (t.tpos < start || t.tpos >= end) continue;
    if (t.kind === 'OP' && '([{'.includes(ms.source[t.start]!) && (!deepest || t.level > deepest.level)) deepest = t;
  }
  const tok = deepest ?? ms.tokens[tokenIndexAt(ms, start)]!;
  const li = lineIndexOf(ms.lineStarts, tok.start);
  let text = sourceLine(ms.source, ms.lineStarts, li + 1);
  if (text !== null && text.endsWith('\n')) text = text.slice(0, -1);
  const col = tok.start - ms.lineStarts[li]! + 1;
  return new PySyntaxError('SyntaxError', 'too many nested parentheses', filename, li + 1, col, text, li + 1, col);
}

// ====================================================================== syntax errors
//
// CPython 3.11 (Parser/pegen.c, pegen_errors.c) reports a syntax error like this:
//   1. First pass: the grammar without invalid_* rules. A "forced" token (&&':' in the grammar:
//      the '(' and ':' of def, the ':' of else/try/finally) that is missing raises
//      "expected ':'" at once. A tokenizer error met on the way is the error.
//   2. Otherwise, a second pass with the invalid_* rules: the first one to succeed runs its action,
//      which raises a specific message (or returns NULL, making the rule fail).
//   3. Otherwise "invalid syntax" at the furthest token the first pass fetched, or IndentationError
//      "unexpected indent"/"unexpected unindent" when that token is an INDENT/DEDENT.
//   4. Then it tokenizes the rest of the file: a tokenizer error there (unterminated string, bad
//      number, unmatched bracket...) replaces the parser error, and so does a bracket left open at
//      the end of the file if it was opened on an earlier line.
//
// Steps 1 and 2 run Ohm with a hook on rule application (pexprs.Apply#eval) that plays the part
// of those actions: it raises for forced tokens and invalid rules, and fails invalid rules whose
// CPython action returns NULL. The hook is installed only while diagnosing, so parsing valid
// programs costs nothing extra. The diagnosis matches the failing top-level statement plus the
// next one, since CPython's messages can point at the token after the statement.

interface DiagRun {
  mode: 'forced' | 'full';
  ms: MarkedSource;
  filename: string;
  /** Offset of the matched text in ms.text. */
  base: number;
  /** The matched text (ms.text from base). */
  text: string;
  /** Marked-text offset of the furthest token the first pass reached. */
  pass1Furthest: number;
  /** Depth of *_without_invalid rules being matched: invalid rules are off inside them. */
  suppress: number;
  busy: boolean;
  grammar: Grammar;
}

/** Thrown out of the Ohm match when an error is found. */
class DiagFound {
  /**
   * @param furthest index of the furthest token fetched
   * @param reachedEnd whether the match looked at the end of the marked text, where a tokenizer
   *   error (if any) stopped it: CPython would have raised that error instead
   */
  constructor(readonly error: PySyntaxError, readonly furthest: number, readonly reachedEnd = false) {}
}

// Ohm's internal match state, as far as the hook needs it.
interface OhmState {
  grammar: Grammar;
  inputStream: { pos: number };
  rightmostFailurePosition: number;
  _rightmostFailurePositionStack: number[];
  _bindings: unknown[];
  _bindingOffsets: number[];
}
interface OhmApply {
  ruleName: string;
  eval(state: OhmState): boolean;
}

const applyProto = (ohm.pexprs.Apply as unknown as { prototype: OhmApply }).prototype;
const originalApplyEval = applyProto.eval;
let diagRun: DiagRun | null = null;

const FORCED_TOKENS: Record<string, string> = { ForcedLpar: "expected '('", ForcedColon: "expected ':'" };

function hookedApplyEval(this: OhmApply, state: OhmState): boolean {
  const d = diagRun;
  if (d === null || d.busy || state.grammar !== d.grammar) return originalApplyEval.call(this, state);
  const name = this.ruleName;
  const forced = FORCED_TOKENS[name];
  const invalid = d.mode === 'full' ? name in INVALID_RULES : FIRST_PASS_INVALID_RULES.has(name);
  if (forced !== undefined) {
    const pos = state.inputStream.pos;
    if (originalApplyEval.call(this, state)) return true;
    const tok = d.ms.tokens[tokenIndexAt(d.ms, d.base + pos)]!;
    const l = tokenLocation(d.ms, tok);
    const err = new PySyntaxError('SyntaxError', forced, d.filename, l.lineno, l.offset, l.text, l.endLineno, l.endOffset);
    throw new DiagFound(err, furthestIndex(d, state), reachedEnd(d, state));
  }
  if (!invalid && d.mode !== 'full') return originalApplyEval.call(this, state);
  if (name === 'ExpressionWithoutInvalid') {
    d.suppress++;
    try {
      return originalApplyEval.call(this, state);
    } finally {
      d.suppress--;
    }
  }
  if (!invalid) return originalApplyEval.call(this, state);
  if (d.suppress > 0 && !FIRST_PASS_INVALID_RULES.has(name)) return false;
  const pos = state.inputStream.pos;
  if (!originalApplyEval.call(this, state)) return false;
  const node = state._bindings[state._bindings.length - 1] as { grammar?: Grammar };
  const result = runInvalidAction(d, state, node, pos);
  if (result === null) {
    // CPython's action returned NULL: the rule fails.
    state.inputStream.pos = pos;
    state._bindings.pop();
    state._bindingOffsets.pop();
    return false;
  }
  return true;
}

// The invalid rules whose actions CPython runs (helpers such as InvalidAnnAssignTarget are not here).
const INVALID_RULES: Record<string, true> = Object.fromEntries([
  'InvalidArguments', 'InvalidKwarg', 'InvalidLegacyExpression', 'InvalidExpression', 'InvalidNamedExpression',
  'InvalidAssignment', 'InvalidDelStmt', 'InvalidBlock', 'InvalidComprehension', 'InvalidDictComprehension',
  'InvalidParameters', 'InvalidDefault', 'InvalidStarEtc', 'InvalidKwds', 'InvalidLambdaParameters',
  'InvalidLambdaStarEtc', 'InvalidLambdaKwds', 'InvalidWithItem', 'InvalidForTarget', 'InvalidGroup',
  'InvalidImportFromTargets', 'InvalidWithStmt', 'InvalidWithStmtIndent', 'InvalidTryStmt', 'InvalidExceptStmt',
  'InvalidFinallyStmt', 'InvalidExceptStmtIndent', 'InvalidIfStmt', 'InvalidElifStmt', 'InvalidElseStmt',
  'InvalidWhileStmt', 'InvalidForStmt', 'InvalidDefRaw', 'InvalidClassDefRaw', 'InvalidDoubleStarredKvpairs',
  'InvalidKvpair', 'InvalidMatchStmt', 'InvalidCaseBlock', 'InvalidClassPattern',
].map((n) => [n, true]));

/** Invalid rules that CPython runs in its first pass too (see Dict in python.ohm). */
const FIRST_PASS_INVALID_RULES = new Set(['InvalidDoubleStarredKvpairs', 'InvalidKvpair']);

let matchResultClass: (new (...a: unknown[]) => unknown) | null = null;

/** Runs the action of a matched invalid rule: throws DiagFound, or returns null (fail) / true. */
function runInvalidAction(d: DiagRun, state: OhmState, node: { grammar?: Grammar }, pos: number): true | null {
  if (!matchResultClass) matchResultClass = (pythonGrammar.match('') as unknown as { constructor: new (...a: unknown[]) => unknown }).constructor;
  node.grammar = d.grammar;
  const mr = new matchResultClass(null, d.text, null, node, pos, -1);
  const saved = frame;
  d.busy = true;
  frame = { ms: d.ms, base: d.base, lineShift: 0, firstLineColShift: 0, filename: d.filename, asciiLines: [] };
  try {
    const ctx: ActionContext = { d, furthest: () => furthestIndex(d, state) };
    actionContext = ctx;
    let r: PySyntaxError | null | 'ok';
    try {
      r = (d.grammar === diagGrammar ? getDiagSemantics() : getSemantics())(mr as never).diag();
    } catch (e) {
      // A string literal in the matched text is malformed: CPython raises that while parsing.
      if (e instanceof PySyntaxError) throw new DiagFound(e, ctx.furthest(), reachedEnd(d, state));
      throw e;
    }
    if (r === null) return null;
    if (r === 'ok') return true;
    throw new DiagFound(r, ctx.furthest(), reachedEnd(d, state));
  } finally {
    frame = saved;
    d.busy = false;
    actionContext = null;
  }
}

/** Index of the furthest token fetched so far (CPython's p->tokens[p->fill - 1]). */
function furthestIndex(d: DiagRun, state: OhmState): number {
  let rf = state.rightmostFailurePosition;
  for (const p of state._rightmostFailurePositionStack) rf = Math.max(rf, p);
  let idx = tokenIndexAt(d.ms, d.pass1Furthest);
  if (rf >= 0) idx = Math.max(idx, tokenIndexAt(d.ms, d.base + rf));
  const pos = state.inputStream.pos;
  if (pos > 0) idx = Math.max(idx, tokenIndexAt(d.ms, d.base + pos - 1));
  return idx;
}

/** Has the match looked at the end of the marked text (where a tokenizer error cut it)? */
function reachedEnd(d: DiagRun, state: OhmState): boolean {
  let rf = Math.max(state.rightmostFailurePosition, state.inputStream.pos);
  for (const p of state._rightmostFailurePositionStack) rf = Math.max(rf, p);
  return d.base + rf >= d.ms.text.length;
}

interface ActionContext {
  d: DiagRun;
  furthest(): number;
}
let actionContext: ActionContext | null = null;

function runDiag(
  grammar: Grammar, mode: 'forced' | 'full', ms: MarkedSource, filename: string, base: number, end: number,
  pass1Furthest: number, startRule: string,
): DiagFound | number {
  const saved = diagRun;
  const text = ms.text.slice(base, end);
  diagRun = { mode, ms, filename, base, text, pass1Furthest, suppress: 0, busy: false, grammar };
  applyProto.eval = hookedApplyEval;
  try {
    // No error found: report how far the match looked (CPython's p->fill keeps growing in pass 2).
    const m = grammar.match(text, startRule);
    return m.failed() ? base + m.getRightmostFailurePosition() : end;
  } catch (e) {
    if (e instanceof DiagFound) return e;
    throw e;
  } finally {
    applyProto.eval = originalApplyEval;
    diagRun = saved;
  }
}

function syntaxErrorFor(
  ms: MarkedSource, filename: string, chunkIndex: number, m: FailedMatchResult, startRule = 'File',
): PySyntaxError {
  const base = ms.chunks[chunkIndex]!;
  const pass1Furthest = base + m.getRightmostFailurePosition();
  // The first pass ran into the tokenizer error: that is the error.
  if (ms.error && pass1Furthest >= ms.text.length) return fromTokenizerError(ms, filename, ms.error);
  const literal = literalErrorBefore(ms, filename, tokenIndexAt(ms, base), tokenIndexAt(ms, pass1Furthest) + 1);
  if (literal) return tokenizerErrorFirst(ms, filename, literal, literal.lineno);
  const end = chunkIndex + 2 < ms.chunks.length ? ms.chunks[chunkIndex + 2]! : ms.text.length;
  let found = runDiag(pythonGrammar, 'forced', ms, filename, base, end, pass1Furthest, startRule);
  if (!(found instanceof DiagFound)) found = runDiag(diagGrammar, 'full', ms, filename, base, end, pass1Furthest, startRule);
  let error: PySyntaxError;
  let furthest: Token;
  if (found instanceof DiagFound) {
    furthest = ms.tokens[found.furthest]!;
    // The second pass ran into the tokenizer error before the action raised.
    if (ms.error && found.reachedEnd) return fromTokenizerError(ms, filename, ms.error);
    error = found.error;
  } else {
    // The second pass ran into the tokenizer error (CPython raises it then).
    if (ms.error && found >= ms.text.length) return fromTokenizerError(ms, filename, ms.error);
    let at = ms.tokens[tokenIndexAt(ms, pass1Furthest)]!;
    // 'async' starting a statement (not in this grammar): CPython's parser takes it as the start
    // of a compound statement and fails at the token after it when no def/with/for follows
    const ai = tokenIndexAt(ms, pass1Furthest);
    const prev = ai > 0 ? ms.tokens[ai - 1]!.kind : 'NEWLINE';
    if (at.kind === 'NAME' && ms.source.slice(at.start, at.end) === 'async' && (prev === 'NEWLINE' || prev === 'INDENT' || prev === 'DEDENT')) {
      const next = ms.tokens[ai + 1];
      if (next && !(next.kind === 'NAME' && ['def', 'with', 'for'].includes(ms.source.slice(next.start, next.end)))) at = next;
    }
    // Stopped at a '{' after an expression: CPython's second pass goes on to read the braces as
    // a display (with the invalid rules on), which can raise inside it or run into the end of
    // the file. Probe the display the same way.
    if (at.kind === 'OP' && ms.source[at.start] === '{' && at.tpos > base) {
      const probe = runDiag(diagGrammar, 'full', ms, filename, at.tpos, ms.text.length, pass1Furthest, 'Atom');
      if (probe instanceof DiagFound) {
        if (ms.error && probe.reachedEnd) return fromTokenizerError(ms, filename, ms.error);
        return tokenizerErrorFirst(ms, filename, probe.error, tokenLocation(ms, ms.tokens[probe.furthest]!).lineno);
      }
      if (ms.error && probe >= ms.text.length) return fromTokenizerError(ms, filename, ms.error);
    }
    error = genericError(ms, filename, at);
    // "unexpected indent/unindent" is final: CPython does not look further in the file.
    if (at.kind === 'INDENT' || at.kind === 'DEDENT') return error;
    furthest = ms.tokens[tokenIndexAt(ms, Math.max(pass1Furthest, found))]!;
  }
  return tokenizerErrorFirst(ms, filename, error, tokenLocation(ms, furthest).lineno);
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, CPython tokenizes the
 * rest of the file; a tokenizer error found there wins, and so does a bracket left open at the
 * end of the file if it was opened before the line of the error.
 */
function tokenizerErrorFirst(ms: MarkedSource, filename: string, error: PySyntaxError, errLine: number): PySyntaxError {
  const e = ms.error;
  if (!e) return error;
  if (e.kind === 'direct') return fromTokenizerError(ms, filename, e);
  if (e.kind === 'eofParen' && e.lineno < errLine) return fromTokenizerError(ms, filename, e);
  const b = e.openBracket;
  if (b && b.lineno < errLine) {
    const text = sourceLine(ms.source, ms.lineStarts, b.lineno);
    return new PySyntaxError('SyntaxError', `'${b.ch}' was never closed`, filename, b.lineno, b.offset,
      text !== null && text.endsWith('\n') ? text.slice(0, -1) : text, b.lineno, 0);
  }
  return error;
}

function fromTokenizerError(ms: MarkedSource, filename: string, e: TokenizerError): PySyntaxError {
  let text = e.text ?? sourceLine(ms.source, ms.lineStarts, e.lineno);
  // The tokenizer quotes its line without the newline.
  if (text !== null && e.kind === 'direct' && text.endsWith('\n')) text = text.slice(0, -1);
  // A bracket left open at the end: CPython quotes the tokenizer's current line (with its
  // newline) when the bracket is on the last line, else the line alone from the source buffer.
  if (text !== null && e.kind === 'eofParen' && text.endsWith('\n')
    && ms.lineStarts[e.lineno - 1]! + text.length < ms.source.length) text = text.slice(0, -1);
  return new PySyntaxError(e.pyType, e.msg, filename, e.lineno, e.offset, text, e.endLineno, e.endOffset);
}

/** Length of a token in the marked text (markers are one character). */
function markedLength(t: Token): number {
  if (t.kind === 'NEWLINE' || t.kind === 'INDENT' || t.kind === 'DEDENT') return 1;
  return t.end - t.start;
}

/** Index of the token the parser looks at when it stands at marked-text offset `tpos`. */
function tokenIndexAt(ms: MarkedSource, tpos: number): number {
  const toks = ms.tokens;
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid]!;
    if (t.tpos + markedLength(t) <= tpos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function genericError(ms: MarkedSource, filename: string, tok: Token): PySyntaxError {
  const loc = tokenLocation(ms, tok);
  if (tok.kind === 'INDENT' || tok.kind === 'DEDENT') {
    const msg = tok.kind === 'INDENT' ? 'unexpected indent' : 'unexpected unindent';
    return new PySyntaxError('IndentationError', msg, filename, loc.lineno, loc.offset, loc.text, loc.lineno, -1);
  }
  return new PySyntaxError('SyntaxError', 'invalid syntax', filename, loc.lineno, loc.offset, loc.text, loc.endLineno, loc.endOffset);
}

interface TokenLocation {
  lineno: number;
  offset: number;
  endLineno: number;
  endOffset: number;
  text: string | null;
}

/**
 * Where _PyPegen_raise_error puts an error reported at token `tok`: 1-based offsets that, as in
 * CPython 3.11 running a file, count UTF-8 bytes.
 */
function tokenLocation(ms: MarkedSource, tok: Token): TokenLocation {
  const { source, lineStarts } = ms;
  const atEof = tok.start >= source.length && tok.kind !== 'NEWLINE';
  const li = atEof ? lineIndexOf(lineStarts, Math.max(0, source.length - 1)) : lineIndexOf(lineStarts, tok.start);
  const lineno = li + 1;
  const text = sourceLine(source, lineStarts, lineno);
  if (tok.kind === 'INDENT' || tok.kind === 'DEDENT' || tok.kind === 'ENDMARKER') {
    // CPython gives these tokens column -1 and reports the tokenizer's cursor instead: after the
    // indentation, or 0 at the end of the file.
    const offset = atEof ? 0 : byteCount(source, lineStarts[li]!, tok.start);
    return { lineno, offset, endLineno: lineno, endOffset: -1, text };
  }
  const col = byteCount(source, lineStarts[li]!, tok.start);
  const eli = lineIndexOf(lineStarts, tok.end);
  const endCol = byteCount(source, lineStarts[eli]!, tok.end);
  return { lineno, offset: col + 1, endLineno: eli + 1, endOffset: endCol + 1, text };
}

// ------------------------------------------------------------------ the invalid rules' actions

type TargetsType = 'star' | 'del' | 'for';

/** _PyPegen_get_invalid_target */
function invalidTarget(e: Expr, type: TargetsType): Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const t = invalidTarget(x, type);
        if (t) return t;
      }
      return null;
    case 'Starred':
      return type === 'del' ? e : invalidTarget(e.value, type);
    case 'Compare':
      if (type === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** _PyPegen_get_expr_name */
function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === false) return 'False';
      if (e.value === true) return 'True';
      if (e.value === ELLIPSIS) return 'ellipsis';
      return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

function actx(): ActionContext {
  if (!actionContext) throw new Error('pyvm parser: no diagnosis');
  return actionContext;
}

/** RAISE_ERROR_KNOWN_LOCATION: from the start of `a` to the end of `b` (byte columns, 1-based). */
function errorKnown(msg: string, a: Position, b: Position = a, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
  const { ms, filename } = actx().d;
  const text = sourceLine(ms.source, ms.lineStarts, a.lineno);
  return new PySyntaxError(type, msg, filename, a.lineno, a.col_offset + 1, text, b.end_lineno, b.end_col_offset + 1);
}

function errorKnownExpr(msg: (e: Expr) => string, w: W): PySyntaxError {
  const e: Expr = w.ast();
  return errorKnown(msg(e), e);
}

/** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the furthest token fetched. */
function errorAtLastToken(msg: string, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
  const c = actx();
  const l = tokenLocation(c.d.ms, c.d.ms.tokens[c.furthest()]!);
  return new PySyntaxError(type, msg, c.d.filename, l.lineno, l.offset, l.text, l.endLineno, l.endOffset);
}

/** RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to the tokenizer's cursor. */
function errorStartingFrom(msg: string, a: Position): PySyntaxError {
  const c = actx();
  const { ms } = c.d;
  const tok = ms.tokens[c.furthest()]!;
  const e = errorKnown(msg, a);
  const li = lineIndexOf(ms.lineStarts, tok.end);
  return new PySyntaxError('SyntaxError', msg, e.filename, e.lineno, e.offset, e.text, li + 1, byteCount(ms.source, ms.lineStarts[li]!, tok.end));
}

function invalidTargetError(e: Expr, type: TargetsType): PySyntaxError | null {
  const t = invalidTarget(e, type);
  if (!t) return null;
  return errorKnown(`cannot ${type === 'del' ? 'delete' : 'assign to'} ${exprName(t)}`, t);
}

/** _PyPegen_get_last_comprehension_item */
function lastComprehensionItem(c: Comprehension): Expr {
  return c.ifs.length > 0 ? c.ifs[c.ifs.length - 1]! : c.iter;
}

const pos = (w: W): Position => loc(w);
const MAYBE_EQ = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
const GENEXP_PAREN = 'Generator expression must be parenthesized';

function isLegacyName(e: Expr): boolean {
  return e.kind === 'Name' && (e.id === 'print' || e.id === 'exec');
}

function indentError(what: string, line: number): PySyntaxError {
  return errorAtLastToken(`expected an indented block after ${what} on line ${line}`, 'IndentationError');
}

type DiagResult = PySyntaxError | null | 'ok';

const diagActions: Record<string, (this: W, ...a: W[]) => DiagResult> = {
  InvalidArguments_unpackAfterKwUnpack: (_a, _c, _s) => errorAtLastToken('iterable argument unpacking follows keyword argument unpacking'),
  InvalidArguments_genexpFirst: (a, b, _c, _t) => {
    const gens: Comprehension[] = b.ast();
    return errorKnown(GENEXP_PAREN, a.ast(), lastComprehensionItem(gens[gens.length - 1]!));
  },
  InvalidArguments_eqGenexp: (a, b, _e, _f) => errorKnown(MAYBE_EQ, pos(a), pos(b)),
  InvalidArguments_argsGenexp: (a, b) => {
    const args: { args: Expr[] } = a.ast();
    if (args.args.length <= 1) return null;
    const gens: Comprehension[] = b.ast();
    return errorKnown(GENEXP_PAREN, args.args[args.args.length - 1]!, lastComprehensionItem(gens[gens.length - 1]!));
  },
  InvalidArguments_genexpAfterArgs: (_a, _c, a, b) => {
    const gens: Comprehension[] = b.ast();
    return errorKnown(GENEXP_PAREN, a.ast(), lastComprehensionItem(gens[gens.length - 1]!));
  },
  InvalidArguments_positionalAfterKeyword: (a, _c, _b) => {
    const args: { keywords: Keyword[] } = a.ast();
    const unpacking = args.keywords.some((k) => k.arg === null);
    return errorAtLastToken(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
  },
  InvalidKwarg_constant: (a, b) => errorKnown(`cannot assign to ${a.sourceString}`, pos(a), pos(b)),
  InvalidKwarg_genexp: (a, b, _e, _f) => errorKnown(MAYBE_EQ, pos(a), pos(b)),
  InvalidKwarg_expression: (a, b) => errorKnown('expression cannot contain assignment, perhaps you meant "=="?', a.ast(), pos(b)),
  InvalidLegacyExpression: (a, b) => {
    const n: string = a.sourceString;
    if (n !== 'print' && n !== 'exec') return null;
    return errorKnown(`Missing parentheses in call to '${n}'. Did you mean ${n}(...)?`, pos(a), b.ast());
  },
  InvalidExpression_comma(a, b) {
    const ea: Expr = a.ast();
    if (isLegacyName(ea)) return null;
    const { ms, base } = actx().d;
    const end = base + b.source.endIdx;
    const last = ms.tokens[tokenIndexAt(ms, end - 1)]!;
    if (last.level === 0) return null;
    return errorKnown('invalid syntax. Perhaps you forgot a comma?', ea, b.ast());
  },
  InvalidExpression_noElse: (a, _if, b) => errorKnown("expected 'else' after 'if' expression", a.ast(), b.ast()),
  InvalidNamedExpression_walrusTarget: (a, _op, _b) => errorKnownExpr((e) => `cannot use assignment expressions with ${exprName(e)}`, a),
  InvalidNamedExpression_nameEq: (a, _eq, b) => errorKnown(MAYBE_EQ, pos(a), b.ast()),
  InvalidNamedExpression_exprEq: (a, _eq, _b) =>
    errorKnownExpr((e) => `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, a),
  InvalidAssignment_annTarget: (a, _c, _e) => errorKnownExpr((e) => `only single target (not ${exprName(e)}) can be annotated`, a),
  InvalidAssignment_annTuple: (a, _c, _r, _col, _e) => errorKnown('only single target (not tuple) can be annotated', a.ast()),
  InvalidAssignment_annIllegal: (a, _c, _e) => errorKnown('illegal target for annotation', a.ast()),
  InvalidAssignment_target: (_t, a, _eq) => invalidTargetError(a.ast(), 'star'),
  InvalidAssignment_yield: (_t, a, _eq) => errorKnown('assignment to yield expression not possible', a.ast()),
  InvalidAssignment_aug: (a, _op, _v) => errorKnownExpr((e) => `'${exprName(e)}' is an illegal expression for augmented assignment`, a),
  InvalidDelStmt: (_k, a) => invalidTargetError(a.ast(), 'del'),
  InvalidBlock: (_nl) => errorAtLastToken('expected an indented block', 'IndentationError'),
  InvalidComprehension_starred: (_o, a, _f) => errorKnown('iterable unpacking cannot be used in comprehension', a.ast()),
  InvalidComprehension_tuple: (_o, a, _c, b, _f) => {
    const elts: Expr[] = b.ast();
    return errorKnown('did you forget parentheses around the comprehension target?', a.ast(), elts[elts.length - 1]!);
  },
  InvalidComprehension_trailingComma: (_o, a, b, _f) => errorKnown('did you forget parentheses around the comprehension target?', a.ast(), pos(b)),
  InvalidDictComprehension: (_o, a, _e, _f, _c) => errorKnown('dict unpacking cannot be used in dict comprehension', pos(a)),
  InvalidParameters_nonDefaultAfterDefault: (_a, _h, a) => errorKnown('non-default argument follows default argument', a.ast()),
  InvalidParameters_parenthesized: (_a, a, _p, _c, b) => errorKnown('Function parameters cannot be parenthesized', pos(a), pos(b)),
  InvalidParameters_slashFirst: (a, _c) => errorKnown('at least one argument must precede /', pos(a)),
  InvalidParameters_slashTwice: (_s, _p, a) => errorKnown('/ may appear only once', pos(a)),
  InvalidParameters_slashAfterStar: (_s, _p, _star, _f, _p2, a) => errorKnown('/ must be ahead of *', pos(a)),
  InvalidParameters_slashStar: (_p, _s, a) => errorKnown('expected comma between / and *', pos(a)),
  InvalidDefault: (a, _la) => errorKnown('expected default value expression', pos(a)),
  InvalidStarEtc_bareStar: (a, _t) => errorKnown('named arguments must follow bare *', pos(a)),
  InvalidStarEtc_varargDefault: (_s, _p, a) => errorKnown('var-positional argument cannot have default value', pos(a)),
  InvalidStarEtc_twice: (_s, _f, _p, a, _f2) => errorKnown('* argument may appear only once', pos(a)),
  InvalidKwds_default: (_d, _p, a) => errorKnown('var-keyword argument cannot have default value', pos(a)),
  InvalidKwds_paramAfter: (_d, _p, _c, a) => errorKnown('arguments cannot follow var-keyword argument', pos(a)),
  InvalidKwds_starAfter: (_d, _p, _c, a) => errorKnown('arguments cannot follow var-keyword argument', pos(a)),
  InvalidLambdaParameters_nonDefaultAfterDefault: (_a, _h, a) => errorKnown('non-default argument follows default argument', a.ast()),
  InvalidLambdaParameters_parenthesized: (_a, a, _p, _c, b) => errorKnown('Lambda expression parameters cannot be parenthesized', pos(a), pos(b)),
  InvalidLambdaParameters_slashFirst: (a, _c) => errorKnown('at least one argument must precede /', pos(a)),
  InvalidLambdaParameters_slashTwice: (_s, _p, a) => errorKnown('/ may appear only once', pos(a)),
  InvalidLambdaParameters_slashAfterStar: (_s, _p, _star, _f, _p2, a) => errorKnown('/ must be ahead of *', pos(a)),
  InvalidLambdaParameters_slashStar: (_p, _s, a) => errorKnown('expected comma between / and *', pos(a)),
  InvalidLambdaStarEtc_bareStar: (_a, _t) => errorAtLastToken('named arguments must follow bare *'),
  InvalidLambdaStarEtc_varargDefault: (_s, _p, a) => errorKnown('var-positional argument cannot have default value', pos(a)),
  InvalidLambdaStarEtc_twice: (_s, _f, _p, a, _f2) => errorKnown('* argument may appear only once', pos(a)),
  InvalidLambdaKwds_default: (_d, _p, a) => errorKnown('var-keyword argument cannot have default value', pos(a)),
  InvalidLambdaKwds_paramAfter: (_d, _p, _c, a) => errorKnown('arguments cannot follow var-keyword argument', pos(a)),
  InvalidLambdaKwds_starAfter: (_d, _p, _c, a) => errorKnown('arguments cannot follow var-keyword argument', pos(a)),
  InvalidWithItem: (_e, _as, a, _la) => invalidTargetError(a.ast(), 'star'),
  InvalidForTarget: (_f, a) => invalidTargetError(a.ast(), 'for'),
  InvalidGroup_starred: (_l, a, _r) => errorKnown('cannot use starred expression here', a.ast()),
  InvalidGroup_doubleStarred: (_l, a, _e, _r) => errorKnown('cannot use double starred expression here', pos(a)),
  InvalidImportFromTargets: (_n, _c, _nl) => errorAtLastToken('trailing comma not allowed without surrounding parentheses'),
  InvalidMatchStmt_noColon: (_k, _s, _nl) => errorAtLastToken("expected ':'"),
  InvalidMatchStmt_indent: (a, _s, _c, _nl) => indentError("'match' statement", pos(a).lineno),
  InvalidCaseBlock_noColon: (_k, _p, _g, _nl) => errorAtLastToken("expected ':'"),
  InvalidCaseBlock_indent: (a, _p, _g, _c, _nl) => indentError("'case' statement", pos(a).lineno),
  InvalidClassPattern: (_c, _l, a) => {
    const ps = a.children[4].ast() as Position[];
    return errorKnown('positional patterns follow keyword patterns', ps[0], ps[ps.length - 1]);
  },
  InvalidWithStmt_plain: (_k, _i, _nl) => errorAtLastToken("expected ':'"),
  InvalidWithStmt_paren: (_k, _l, _i, _c, _r, _nl) => errorAtLastToken("expected ':'"),
  InvalidWithStmtIndent_plain: (a, _i, _c, _nl) => indentError("'with' statement", pos(a).lineno),
  InvalidWithStmtIndent_paren: (a, _l, _i, _c, _r, _col, _nl) => indentError("'with' statement", pos(a).lineno),
  InvalidTryStmt_indent: (a, _c, _nl) => indentError("'try' statement", pos(a).lineno),
  InvalidTryStmt_noHandlers: (_k, _c, _b) => errorAtLastToken("expected 'except' or 'finally' block"),
  InvalidExceptStmt_multiple: (_k, _s, a, _c, _e, _as, _col) => errorStartingFrom('multiple exception types must be parenthesized', a.ast()),
  InvalidExceptStmt_noColon: (_k, _s, _e, _as, _nl) => errorAtLastToken("expected ':'"),
  InvalidExceptStmt_bareNoColon: (_k, _nl) => errorAtLastToken("expected ':'"),
  InvalidExceptStmt_starNoType: (_k, _s, _t) => errorAtLastToken('expected one or more exception types'),
  InvalidFinallyStmt: (a, _c, _nl) => indentError("'finally' statement", pos(a).lineno),
  InvalidExceptStmtIndent_typed: (a, _e, _as, _c, _nl) => indentError("'except' statement", pos(a).lineno),
  InvalidExceptStmtIndent_bare: (a, _c, _nl) => indentError("'except' statement", pos(a).lineno),
  InvalidIfStmt_noColon: (_k, _e, _nl) => errorAtLastToken("expected ':'"),
  // CPython names both the keyword and the condition `a`; the condition's line wins.
  InvalidIfStmt_indent: (_k, a, _c, _nl) => indentError("'if' statement", (a.ast() as Expr).lineno),
  InvalidElifStmt_noColon: (_k, _e, _nl) => errorAtLastToken("expected ':'"),
  InvalidElifStmt_indent: (a, _e, _c, _nl) => indentError("'elif' statement", pos(a).lineno),
  InvalidElseStmt: (a, _c, _nl) => indentError("'else' statement", pos(a).lineno),
  InvalidWhileStmt_noColon: (_k, _e, _nl) => errorAtLastToken("expected ':'"),
  InvalidWhileStmt_indent: (a, _e, _c, _nl) => indentError("'while' statement", pos(a).lineno),
  InvalidForStmt_noColon: (_k, _t, _in, _e, _nl) => errorAtLastToken("expected ':'"),
  InvalidForStmt_indent: (a, _t, _in, _e, _c, _nl) => indentError("'for' statement", pos(a).lineno),
  InvalidDefRaw: (a, _n, _l, _p, _r, _ret, _c, _nl) => indentError('function definition', pos(a).lineno),
  InvalidClassDefRaw_noColon: (_k, _n, _a, _nl) => errorAtLastToken("expected ':'"),
  InvalidClassDefRaw_indent: (a, _n, _a, _c, _nl) => indentError('class definition', pos(a).lineno),
  // When matching, InvalidKvpair has raised already; when building the AST, it raises now.
  InvalidDoubleStarredKvpairs_list: (_l, _c, k) => k.diag(),
  InvalidDoubleStarredKvpairs_starredValue: (_e, _c, a, _b) => errorStartingFrom('cannot use a starred expression in a dictionary value', pos(a)),
  InvalidDoubleStarredKvpairs_missingValue: (_e, a, _la) => errorKnown("expression expected after dictionary key and ':'", pos(a)),
  InvalidKvpair_noColon: (a) => {
    const { ms, filename } = actx().d;
    const p: Position = a.ast();
    const text = sourceLine(ms.source, ms.lineStarts, p.lineno);
    return new PySyntaxError('SyntaxError', "':' expected after dictionary key", filename, p.lineno, p.end_col_offset, text, p.end_lineno, 0);
  },
  InvalidKvpair_starredValue: (_e, _c, a, _b) => errorStartingFrom('cannot use a starred expression in a dictionary value', pos(a)),
  InvalidKvpair_missingValue: (_e, a, _la) => errorKnown("expression expected after dictionary key and ':'", pos(a)),
};

/** `ast` actions for rules that only the diagnosis grammar has. */
const diagAstActions: Record<string, (this: W, ...a: W[]) => unknown> = {
  ExpressionWithoutInvalid_ifexp(body: W, _if: W, test: W, _else: W, orelse: W) {
    return { kind: 'IfExp', test: test.ast(), body: body.ast(), orelse: orelse.ast(), ...loc(this) };
  },
  InvalidAnnAssignTarget_paren(_l: W, t: W, _r: W) {
    return t.ast();
  },
};

/**
 * A braces display that is neither a dict nor a set matched the first-pass invalid rules
 * (`DictInvalid`): run their action, which raises, as CPython does while parsing.
 */
function dictInvalidAst(this: W, _l: W, inner: W, _r: W): Expr {
  const f = curFrame();
  if (actionContext) return { kind: 'Dict', keys: [], values: [], ...loc(this) };
  const d: DiagRun = {
    mode: 'forced', ms: f.ms, filename: f.filename, base: f.base, text: '', pass1Furthest: f.base + inner.source.endIdx,
    suppress: 0, busy: true, grammar: pythonGrammar,
  };
  // The parser has looked at the token after the invalid pairs.
  actionContext = { d, furthest: () => tokenIndexAt(f.ms, f.base + inner.source.endIdx) };
  try {
    const r = inner.diag();
    if (r instanceof PySyntaxError) throw r;
  } finally {
    actionContext = null;
  }
  return { kind: 'Dict', keys: [], values: [], ...loc(this) };
}

let diagSemantics: Semantics | null = null;

function getDiagSemantics(): Semantics {
  if (!diagSemantics) {
    const s = diagGrammar.extendSemantics(getSemantics());
    s.extendOperation('ast', diagAstActions);
    s.extendOperation('diag', Object.fromEntries(Object.entries(diagActions).filter(([k]) => !FIRST_PASS_INVALID_RULES.has(k.split('_')[0]!))));
    diagSemantics = s;
  }
  return diagSemantics;
}
