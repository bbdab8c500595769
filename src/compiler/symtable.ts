// Symbol tables: which names are local, global, cell or free in each scope.
//
// Pass 1 (`Builder`) walks the AST once and records, per scope, every name that is bound
// (assigned, a parameter, imported, a def/class name, a for/with/except target) or used, plus
// `global`/`nonlocal` declarations. Pass 2 (`analyze`) resolves each name from the outermost scope
// down, as CPython's symtable.c does:
//   - module scope: everything is global (*_NAME opcodes);
//   - class scope: bound names live in the class namespace (*_NAME); names that resolve to an
//     enclosing function's variable are free (LOAD_CLASSDEREF);
//   - function scope: bound names are local unless declared global/nonlocal; an unbound name is
//     free if some enclosing *function* scope binds it (that scope then gives it a cell), else an
//     implicit global (LOAD_GLOBAL). Class scopes are skipped when looking outwards.
// A method that uses `super` or `__class__` gets the implicit `__class__` cell of its class.

import { PySyntaxError } from './errors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

export const SCOPE_LOCAL = 1, SCOPE_GLOBAL_EXPLICIT = 2, SCOPE_GLOBAL_IMPLICIT = 3, SCOPE_FREE = 4, SCOPE_CELL = 5;

const DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16, DEF_ANNOT = 32, DEF_COMP_ITER = 64;

export type ScopeKind = 'module' | 'class' | 'function';

/** Private name mangling (_Py_Mangle): `__x` inside class C becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/** How CPython's symtable names each comprehension kind in its messages. */
const COMPREHENSION_NAMES: Record<string, string> = {
  '<listcomp>': 'list comprehension', '<setcomp>': 'set comprehension',
  '<dictcomp>': 'dict comprehension', '<genexpr>': 'generator expression',
};

export class Scope {
  kind: ScopeKind;
  name: string;
  node: N;
  parent: Scope | null;
  children: Scope[] = [];
  flags = new Map<string, number>();
  /** Resolved scope of each name (after analyze). */
  scopes = new Map<string, number>();
  params: string[] = [];
  isGenerator = false;
  isLambda = false;
  isComprehension = false;
  /** Visiting a comprehension's iterable expression (> 0) or its loop target (CPython's checks). */
  compIterExpr = 0;
  compIterTarget = false;
  needsClassCell = false;     // class scope: some method uses super/__class__
  /** Class scope: names bound in the class body that its methods take from an enclosing
   * function (CPython's DEF_FREE_CLASS): free variables of the class code, *_NAME in its body. */
  freeClass = new Set<string>();
  usesClassCell = false;      // function scope: uses super()/__class__
  /** The global/nonlocal statement that declared each name (error locations). */
  declNodes = new Map<string, N>();
  /** Names in definition order (for stable varnames / cellvars). */
  order: string[] = [];
  /** Qualified name prefix for nested definitions. */
  qualname: string;
  /** Enclosing class name used for private-name mangling (null outside classes). */
  privateName: string | null = null;

  constructor(kind: ScopeKind, name: string, node: N, parent: Scope | null, qualname: string) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.parent = parent;
    this.qualname = qualname;
  }

  add(name: string, flag: number): void {
    const old = this.flags.get(name);
    if (old === undefined) this.order.push(name);
    this.flags.set(name, (old ?? 0) | flag);
  }

  scopeOf(name: string): number {
    return this.scopes.get(name) ?? (this.kind === 'function' ? SCOPE_GLOBAL_IMPLICIT : SCOPE_LOCAL);
  }

  /** co_cellvars as CPython 3.11 orders them: parameters that are cells in parameter order (they
   * keep their varnames slot), then the other cells sorted by name (compile.c's dictbytype). */
  cellvars(): string[] {
    const out = this.params.filter((n) => this.scopes.get(n) === SCOPE_CELL);
    const rest: string[] = [];
    for (const n of this.order) if (this.scopes.get(n) === SCOPE_CELL && !out.includes(n)) rest.push(n);
    if (this.kind === 'class' && this.needsClassCell && !rest.includes('__class__')) rest.push('__class__');
    return out.concat(rest.sort(byName));
  }

  /** co_freevars: sorted by name, as dictbytype leaves them (so also the closure tuple's order). */
  freevars(): string[] {
    const out: string[] = [];
    for (const n of this.order) if (this.scopes.get(n) === SCOPE_FREE || this.freeClass.has(n)) out.push(n);
    return out.sort(byName);
  }
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class SymbolTable {
  /** Scope of each scope-creating AST node (Module, FunctionDef, Lambda, ClassDef, comprehensions). */
  byNode = new Map<N, Scope>();
  top!: Scope;
  filename: string;
  source: string[];

  constructor(filename: string, source: string[]) {
    this.filename = filename;
    this.source = source;
  }

  error(msg: string, node: N): never {
    const line = node?.lineno ?? 1;
    // the line as the file holds it, with its newline
    const text = (this.source[line - 1] ?? '') + (line < this.source.length ? '\n' : '');
    const e = new PySyntaxError('SyntaxError', msg, this.filename, line, (node?.col_offset ?? 0) + 1,
      text, node?.end_lineno ?? line, (node?.end_col_offset ?? 0) + 1);
    e.fromCompiler = true;
    throw e;
  }
}

export function buildSymbolTable(mod: N, filename: string, source: string[]): SymbolTable {
  const st = new SymbolTable(filename, source);
  const b = new Builder(st);
  st.top = new Scope('module', '<module>', mod, null, '');
  st.byNode.set(mod, st.top);
  b.cur = st.top;
  b.stmts(mod.body);
  analyze(st, st.top, new Set(), new Set());
  return st;
}

class Builder {
  st: SymbolTable;
  cur!: Scope;
  constructor(st: SymbolTable) {
    this.st = st;
  }

  enter(kind: ScopeKind, name: string, node: N): Scope {
    const parent = this.cur;
    let qual: string;
    // a def/class whose name the enclosing scope declared global is qualified by its name alone
    if (parent.kind === 'module' || ((parent.flags.get(mangle(parent.privateName, name)) ?? 0) & DEF_GLOBAL)) qual = name;
    // (a comprehension's scope adds no '.<locals>': CPython's compiler_set_qualname)
    else if (parent.kind === 'function' && !parent.isComprehension) qual = `${parent.qualname}.<locals>.${name}`;
    else qual = `${parent.qualname}.${name}`;
    const s = new Scope(kind, name, node, parent, qual);
    s.privateName = kind === 'class' ? name : parent.privateName;
    parent.children.push(s);
    this.st.byNode.set(node, s);
    this.cur = s;
    return s;
  }

  bind(name: string, node: N): void {
    if (name === '__debug__') this.st.error('cannot assign to __debug__', node); // forbidden_name
    name = mangle(this.cur.privateName, name);
    const f = this.cur.flags.get(name) ?? 0;
    if (this.cur.compIterTarget) {
      // an iteration variable of a comprehension: may not rebind a walrus target
      if (f & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.st.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, this.cur.declNodes.get(name) ?? node);
      }
      this.cur.add(name, DEF_COMP_ITER);
    }
    if (f & (DEF_GLOBAL | DEF_NONLOCAL)) {
      this.cur.add(name, DEF_LOCAL);
      return;
    }
    this.cur.add(name, DEF_LOCAL);
    void node;
  }

  use(name: string): void {
    name = mangle(this.cur.privateName, name);
    this.cur.add(name, USE);
    if ((name === 'super' || name === '__class__') && this.cur.kind === 'function') {
      this.cur.usesClassCell = true;
    }
  }

  stmts(list: N[]): void {
    for (const s of list) this.stmt(s);
  }

  stmt(s: N): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        for (const d of s.decorator_list) this.expr(d);
        this.argDefaults(s.args);
        this.annotations(s.args, s.returns);
        this.bind(s.name, s);
        const scope = this.enter('function', s.name, s);
        this.params(s.args, s);
        this.stmts(s.body);
        this.cur = scope.parent!;
        break;
      }
      case 'ClassDef': {
        for (const d of s.decorator_list) this.expr(d);
        for (const b of s.bases) this.expr(b);
        this.keywords(s.keywords, s);
        this.bind(s.name, s);
        const scope = this.enter('class', s.name, s);
        this.stmts(s.body);
        this.cur = scope.parent!;
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        for (const t of s.targets) this.target(t, false);
        break;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        break;
      case 'AugAssign':
        this.expr(s.value);
        // the target is a Store: bound, not "used" (CPython: `x += 1` then `global x` is an
        // assignment before the declaration)
        this.target(s.target);
        break;
      case 'AnnAssign':
        // (CPython places it at the target, or at the whole statement when nothing is assigned)
        if (s.target.kind === 'Name' && s.target.id === '__debug__') {
          this.st.error('cannot assign to __debug__', s.value ? s.target : s);
        }
        if (s.value) this.expr(s.value);
        if (this.cur.kind !== 'function') this.expr(s.annotation);
        if (s.target.kind === 'Name') {
          const f = this.cur.flags.get(mangle(this.cur.privateName, s.target.id)) ?? 0;
          if (f & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple && this.cur.kind !== 'module') {
            this.st.error(`annotated name '${s.target.id}' can't be ${f & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) {
            this.bind(s.target.id, s.target);
            this.cur.add(mangle(this.cur.privateName, s.target.id), DEF_ANNOT);
          } else if (s.value) this.bind(s.target.id, s.target);
        } else this.target(s.target);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.iter);
        this.target(s.target);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.target(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.bind(h.name, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') this.st.error('import * only allowed at module level', a);
            continue;
          }
          const bound = a.asname ?? (s.kind === 'Import' ? a.name.split('.')[0] : a.name);
          this.bind(bound, s);
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s.kind === 'Global';
        for (const rawName of s.names) {
          const name = mangle(this.cur.privateName, rawName);
          const f = this.cur.flags.get(name) ?? 0;
          const what = isGlobal ? 'global' : 'nonlocal';
          // CPython's order: parameter, use, annotation, assignment
          if (f & DEF_PARAM) this.st.error(`name '${name}' is parameter and ${what}`, s);
          if (f & USE) this.st.error(`name '${name}' is used prior to ${what} declaration`, s);
          if (f & DEF_ANNOT) this.st.error(`annotated name '${name}' can't be ${what}`, s);
          if (f & DEF_LOCAL) this.st.error(`name '${name}' is assigned to before ${what} declaration`, s);
          // reported at the name's first directive (error_at_directive)
          if (f & (isGlobal ? DEF_NONLOCAL : DEF_GLOBAL)) {
            this.st.error(`name '${name}' is nonlocal and global`, this.cur.declNodes.get(name) ?? s);
          }
          // checked after the use/assignment checks, as CPython's later analysis pass does
          if (!isGlobal && this.cur.kind === 'module') this.st.error('nonlocal declaration not allowed at module level', s);
          this.cur.add(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
          this.cur.declNodes.set(name, s);
        }
        break;
      }
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      default:
        this.st.error(`unsupported statement ${s.kind}`, s);
    }
  }

  /** A match pattern: captures bind names; values, classes and keys are expressions. */
  pattern(p: N): void {
    switch (p.kind) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const x of p.patterns) this.pattern(x);
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const x of p.patterns) this.pattern(x);
        if (p.rest) this.bind(p.rest, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        break;
      case 'MatchStar':
        if (p.name) this.bind(p.name, p);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.bind(p.name, p);
        break;
    }
  }

  argDefaults(a: N): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }

  annotations(a: N, returns: N): void {
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    for (const x of all) if (x.annotation) this.expr(x.annotation);
    if (returns) this.expr(returns);
  }

  params(a: N, owner: N): void {
    const args: N[] = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) args.push(a.vararg);
    if (a.kwarg) args.push(a.kwarg);
    const names: string[] = [];
    const seen = new Set<string>();
    for (const x of args) {
      if (x.arg === '__debug__') this.st.error('cannot assign to __debug__', owner);
      const n = mangle(this.cur.privateName, x.arg);
      // CPython points at the repeated parameter (its annotation included)
      if (seen.has(n)) this.st.error(`duplicate argument '${n}' in function definition`, x);
      seen.add(n);
      names.push(n);
      this.cur.add(n, DEF_PARAM | DEF_LOCAL);
    }
    this.cur.params = names;
  }

  /** A call's keyword arguments: `f(__debug__=1)` is an assignment to __debug__ (at the call). */
  keywords(kws: N[], call: N): void {
    for (const k of kws) {
      if (k.arg === '__debug__') this.st.error('cannot assign to __debug__', call);
      this.expr(k.value);
    }
  }

  /** An assignment (store) or `del` (store false) target. */
  target(t: N, store = true): void {
    switch (t.kind) {
      case 'Name':
        if (!store && t.id === '__debug__') this.st.error('cannot delete __debug__', t);
        this.bind(t.id, t);
        break;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, store);
        break;
      case 'Starred':
        this.target(t.value, store);
        break;
      case 'Attribute':
        if (store && t.attr === '__debug__') this.st.error('cannot assign to __debug__', t);
        this.expr(t.value);
        break;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        break;
      default:
        this.expr(t);
    }
  }

  comprehension(node: N, kindName: string, elts: N[]): void {
    const gens = node.generators;
    // The first iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.expr(gens[0].iter);
    this.cur.compIterExpr--;
    const scope = this.enter('function', kindName, node);
    scope.isComprehension = true;
    if (node.kind === 'GeneratorExp') scope.isGenerator = true;
    scope.add('.0', DEF_PARAM | DEF_LOCAL);
    scope.params = ['.0'];
    gens.forEach((g: N, i: number) => {
      if (i > 0) {
        scope.compIterExpr++;
        this.expr(g.iter);
        scope.compIterExpr--;
      }
      scope.compIterTarget = true;
      this.target(g.target);
      scope.compIterTarget = false;
      for (const c of g.ifs) this.expr(c);
    });
    for (const e of elts) this.expr(e);
    this.cur = scope.parent!;
  }

  expr(e: N): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'Load') this.use(e.id);
        else this.bind(e.id, e);
        break;
      case 'Constant':
        break;
      case 'BoolOp':
        for (const v of e.values) this.expr(v);
        break;
      case 'NamedExpr': {
        if (this.cur.compIterExpr > 0) this.st.error('assignment expression cannot be used in a comprehension iterable expression', e);
        // Walrus in a comprehension binds in the enclosing function/module scope.
        let s: Scope = this.cur;
        while (s.isComprehension) {
          if ((s.flags.get(e.target.id) ?? 0) & DEF_COMP_ITER) {
            this.st.error(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e.target);
          }
          s = s.parent!;
        }
        this.expr(e.value);
        if (s !== this.cur) {
          if (s.kind === 'class') this.st.error('assignment expression within a comprehension cannot be used in a class body', e);
          const saved = this.cur;
          this.cur = s;
          this.bind(e.target.id, e.target);
          this.cur = saved;
          // and in the comprehension it is a free variable (nonlocal)
          let c: Scope = this.cur;
          const tn = mangle(this.cur.privateName, e.target.id);
          while (c !== s) {
            if (s.kind === 'module') c.add(tn, DEF_GLOBAL);
            else c.add(tn, DEF_NONLOCAL);
            c.declNodes.set(tn, e.target);
            c = c.parent!;
          }
        } else this.bind(e.target.id, e.target);
        break;
      }
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda': {
        this.argDefaults(e.args);
        const scope = this.enter('function', '<lambda>', e);
        scope.isLambda = true;
        this.params(e.args, e);
        this.expr(e.body);
        this.cur = scope.parent!;
        break;
      }
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        for (const v of e.values) this.expr(v);
        break;
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const x of e.elts) this.expr(x);
        break;
      case 'ListComp':
        this.comprehension(e, '<listcomp>', [e.elt]);
        break;
      case 'SetComp':
        this.comprehension(e, '<setcomp>', [e.elt]);
        break;
      case 'DictComp':
        this.comprehension(e, '<dictcomp>', [e.key, e.value]);
        break;
      case 'GeneratorExp':
        this.comprehension(e, '<genexpr>', [e.elt]);
        break;
      case 'Await':
        this.expr(e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (this.cur.kind !== 'function') this.st.error(`'${e.kind === 'Yield' ? 'yield' : 'yield from'}' outside function`, e);
        if (this.cur.isComprehension) this.st.error(`'yield' inside ${COMPREHENSION_NAMES[this.cur.name]}`, e);
        this.cur.isGenerator = true;
        if (e.value) this.expr(e.value);
        break;
      case 'Compare':
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        break;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        this.keywords(e.keywords, e);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        for (const v of e.values) this.expr(v);
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      default:
        this.st.error(`unsupported expression ${e.kind}`, e);
    }
  }
}

/**
 * Resolve names top-down. `bound` = names bound as locals/cells in enclosing function scopes;
 * `globals` = names declared global in enclosing scopes (they shadow outer bindings).
 * Returns the set of names this scope needs from outside (free), so the parent can make cells.
 */
function analyze(st: SymbolTable, s: Scope, bound: Set<string>, globalsDecl: Set<string>): Set<string> {
  const local = new Set<string>();
  const newGlobals = new Set(globalsDecl);
  for (const [name, f] of s.flags) {
    if (f & DEF_GLOBAL) {
      s.scopes.set(name, SCOPE_GLOBAL_EXPLICIT);
      newGlobals.add(name);
    } else if (f & DEF_NONLOCAL) {
      if (!bound.has(name)) st.error(`no binding for nonlocal '${name}' found`, s.declNodes.get(name) ?? s.node);
      s.scopes.set(name, SCOPE_FREE);
    } else if (f & (DEF_LOCAL | DEF_PARAM)) {
      s.scopes.set(name, SCOPE_LOCAL);
      local.add(name);
      newGlobals.delete(name);
    }
  }
  // Names visible to nested function scopes.
  let childBound: Set<string>;
  if (s.kind === 'function') {
    childBound = new Set(bound);
    for (const n of local) childBound.add(n);
    for (const [n, sc] of s.scopes) if (sc === SCOPE_FREE) childBound.add(n);
    for (const n of newGlobals) if (!local.has(n)) childBound.delete(n);
    for (const [n, sc] of s.scopes) if (sc === SCOPE_GLOBAL_EXPLICIT) childBound.delete(n);
  } else if (s.kind === 'class') {
    childBound = new Set(bound);
    childBound.add('__class__');
  } else {
    childBound = new Set();
  }
  const childFree = new Set<string>();
  for (const c of s.children) {
    const free = analyze(st, c, childBound, s.kind === 'module' ? new Set() : newGlobals);
    for (const n of free) childFree.add(n);
    // CPython's drop_class_free: a method -- or a function nested in one -- needing __class__
    if (s.kind === 'class' && (c.usesClassCell || free.has('__class__'))) s.needsClassCell = true;
  }
  // Names that children need: cells if local here, else free here too (pass through).
  const myFree = new Set<string>();
  for (const n of childFree) {
    if (s.kind === 'class' && n === '__class__') continue;
    if (s.kind === 'function' && local.has(n)) {
      s.scopes.set(n, SCOPE_CELL);
    } else if (s.kind !== 'module') {
      if (s.scopes.get(n) === SCOPE_GLOBAL_EXPLICIT) continue;
      if (s.kind === 'class' && local.has(n)) {
        // class binds it too: the class body still passes the outer cell through
        s.freeClass.add(n);
        myFree.add(n);
        continue;
      }
      if (!s.scopes.has(n) || s.scopes.get(n) === SCOPE_FREE) {
        s.scopes.set(n, SCOPE_FREE);
        if (!s.order.includes(n)) s.order.push(n);
      }
      myFree.add(n);
    }
  }
  // Uses in a function scope that are not bound here: free if an enclosing function binds them.
  if (s.kind === 'function') {
    for (const [name, f] of s.flags) {
      if (s.scopes.has(name)) continue;
      if (f & USE) {
        if (bound.has(name) && !globalsDecl.has(name)) {
          s.scopes.set(name, SCOPE_FREE);
        } else {
          s.scopes.set(name, SCOPE_GLOBAL_IMPLICIT);
        }
      }
    }
    if (s.usesClassCell && bound.has('__class__')) {
      s.scopes.set('__class__', SCOPE_FREE);
      if (!s.order.includes('__class__')) s.order.push('__class__');
    }
  } else if (s.kind === 'class') {
    for (const [name, f] of s.flags) {
      if (s.scopes.has(name)) continue;
      if (f & USE && bound.has(name) && !globalsDecl.has(name) && name !== '__class__') {
        s.scopes.set(name, SCOPE_FREE);
      }
    }
  }
  for (const [n, sc] of s.scopes) if (sc === SCOPE_FREE) myFree.add(n);
  if (s.kind === 'class' && s.needsClassCell) myFree.delete('__class__');
  return myFree;
}
