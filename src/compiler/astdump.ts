// dumpAst: the text of CPython's `ast.dump(tree, include_attributes=True)` for our AST, so the
// parser can be checked against `python3` node for node, position for position.
//
// Field order is Parser/Python.asdl's. As in ast.dump, an optional field (`expr?`) holding None
// is left out, None inside a list is printed, operators and contexts print as `Add()` / `Load()`,
// and values print with Python's repr (quotes, escapes, float and complex formatting).

import { ELLIPSIS } from './ast.js';

/** Fields of each node class, in ASDL order; a trailing '?' marks an optional field. */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind?'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
  Match: ['subject', 'cases'],
  match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'],
  MatchSingleton: ['value'],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'],
  MatchAs: ['pattern?', 'name?'],
  MatchOr: ['patterns'],
};

/** Node classes without position attributes. */
const NO_ATTRIBUTES = new Set(['Module', 'comprehension', 'arguments', 'withitem', 'match_case']);

/** Fields holding a plain int (JS number), not a float constant. */
const INT_FIELDS = new Set(['simple', 'level', 'conversion', 'is_async']);

/** Fields holding an operator or context name, printed as a call: `Add()`. */
const SINGLETON_FIELDS = new Set(['op', 'ctx']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyNode = any;

export function dumpAst(node: AnyNode): string {
  return fmt(node, '');
}

function fmt(v: AnyNode, field: string): string {
  if (Array.isArray(v)) {
    if (field === 'ops') return `[${v.map((o: string) => `${o}()`).join(', ')}]`;
    return `[${v.map((x) => fmt(x, '')).join(', ')}]`;
  }
  if (v !== null && typeof v === 'object' && typeof v.kind === 'string' && v.kind in FIELDS) return fmtNode(v);
  if (SINGLETON_FIELDS.has(field) && typeof v === 'string') return `${v}()`;
  if (INT_FIELDS.has(field) && typeof v === 'number') return String(v);
  return pyRepr(v);
}

function fmtNode(n: AnyNode): string {
  const args: string[] = [];
  for (const spec of FIELDS[n.kind]!) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    const value = n.kind === 'Constant' && name === 'kind' ? n.str_kind : n[name];
    if ((value === null || value === undefined) && optional) continue;
    args.push(`${name}=${fmt(value ?? null, name)}`);
  }
  if (!NO_ATTRIBUTES.has(n.kind)) {
    for (const a of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) {
      if (n[a] !== undefined && n[a] !== null) args.push(`${a}=${n[a]}`);
    }
  }
  return `${n.kind}(${args.join(', ')})`;
}

/** Python's repr() of a constant value. */
export function pyRepr(v: AnyNode): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === ELLIPSIS) return 'Ellipsis';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (typeof v === 'object' && 'bytes' in v) return bytesRepr(v.bytes);
  if (typeof v === 'object' && 'complex' in v) return complexRepr(v.complex);
  return String(v);
}

/** repr(float): shortest round-trip digits, exponent form below 1e-4 and from 1e16 on. */
export function floatRepr(x: number): string {
  const s = shortestRepr(x);
  if (/^-?\d+$/.test(s)) return `${s}.0`;
  return s;
}

function shortestRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mant, expStr] = x.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (exp < 0) {
    out = `0.${'0'.repeat(-exp - 1)}${digits}`;
  } else if (digits.length <= exp + 1) {
    out = digits + '0'.repeat(exp + 1 - digits.length);
  } else {
    out = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  return neg ? `-${out}` : out;
}

function complexRepr(imag: number): string {
  return `${shortestRepr(imag)}j`;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** repr(str). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f || ch === ' ') out += ch;
    else if (NON_PRINTABLE.test(ch)) {
      out += cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
    } else out += ch;
  }
  return out + quote;
}

/** repr(bytes). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${hex(c, 2)}`;
    else out += ch;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}
