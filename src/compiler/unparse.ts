// Expression AST back to source text, as CPython's Python/ast_unparse.c does for
// `from __future__ import annotations` (PEP 563): annotations are stored as the string of their
// expression. Precedences and spacing follow ast_unparse.c, so `Dict[str,int]` becomes
// 'Dict[str, int]' and `"X"` becomes "'X'".

import { pyRepr } from './astdump.js';
import { ELLIPSIS } from './ast.js';

// ast_unparse.c's precedence levels, lowest first
const PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_BOR = 6, PR_BXOR = 7,
  PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

const BINOPS: Record<string, [string, number]> = {
  Add: ['+', PR_ARITH], Sub: ['-', PR_ARITH], Mult: ['*', PR_TERM], MatMult: ['@', PR_TERM], Div: ['/', PR_TERM],
  Mod: ['%', PR_TERM], FloorDiv: ['//', PR_TERM], Pow: ['**', PR_POWER], LShift: ['<<', PR_SHIFT],
  RShift: ['>>', PR_SHIFT], BitOr: ['|', PR_BOR], BitXor: ['^', PR_BXOR], BitAnd: ['&', PR_BAND],
};
const UNARY: Record<string, [string, number]> = { Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR] };
const CMPOPS: Record<string, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

/** The source text of an expression (ast_unparse.c's expr_as_unicode at PR_TEST). */
export function unparseExpr(e: N): string {
  return expr(e, PR_TEST);
}

function paren(s: string, cond: boolean): string {
  return cond ? `(${s})` : s;
}

function seq(items: N[]): string {
  return items.map((x) => expr(x, PR_TEST)).join(', ');
}

function expr(e: N, level: number): string {
  switch (e.kind) {
    case 'Name': return e.id;
    case 'Constant':
      if (e.value === ELLIPSIS) return '...';
      // ast_unparse.c writes infinities as 1e309 (repr would give 'inf')
      if (typeof e.value === 'number' && !Number.isFinite(e.value)) return e.value > 0 ? '1e309' : '-1e309';
      return pyRepr(e.value);
    case 'Attribute': {
      let v = expr(e.value, PR_ATOM);
      // 1.real needs a space: "1 .real"
      if (e.value.kind === 'Constant' && typeof e.value.value === 'bigint') v += ' ';
      return `${v}.${e.attr}`;
    }
    case 'Subscript': return `${expr(e.value, PR_ATOM)}[${slice(e.slice)}]`;
    case 'Starred': return `*${expr(e.value, PR_BOR)}`;
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(e.elts.length === 1 ? `${expr(e.elts[0], PR_TEST)},` : seq(e.elts), level > PR_TUPLE);
    case 'List': return `[${seq(e.elts)}]`;
    case 'Set': return e.elts.length ? `{${seq(e.elts)}}` : '{*()}';
    case 'Dict':
      return `{${e.keys.map((k: N, i: number) => (k === null ? `**${expr(e.values[i], PR_BOR)}` : `${expr(k, PR_TEST)}: ${expr(e.values[i], PR_TEST)}`)).join(', ')}}`;
    case 'BinOp': {
      const [sym, pr] = BINOPS[e.op];
      const rightAssoc = e.op === 'Pow';
      return paren(`${expr(e.left, rightAssoc ? pr + 1 : pr)} ${sym} ${expr(e.right, rightAssoc ? pr : pr + 1)}`, level > pr);
    }
    case 'UnaryOp': {
      const [sym, pr] = UNARY[e.op];
      return paren(`${sym}${expr(e.operand, pr)}`, level > pr);
    }
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      return paren(e.values.map((v: N) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '), level > pr);
    }
    case 'Compare': {
      let s = expr(e.left, PR_CMP + 1);
      e.ops.forEach((o: string, i: number) => {
        s += ` ${CMPOPS[o]} ${expr(e.comparators[i], PR_CMP + 1)}`;
      });
      return paren(s, level > PR_CMP);
    }
    case 'IfExp':
      return paren(`${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`, level > PR_TEST);
    case 'Call': {
      const parts: string[] = e.args.map((a: N) => expr(a, PR_TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? `**${expr(k.value, PR_TEST)}` : `${k.arg}=${expr(k.value, PR_TEST)}`);
      return `${expr(e.func, PR_ATOM)}(${parts.join(', ')})`;
    }
    case 'Await': return paren(`await ${expr(e.value, PR_ATOM)}`, level > PR_AWAIT);
    case 'Slice': return slice(e);
    default:
      return `<${e.kind}>`;
  }
}

function slice(e: N): string {
  if (e.kind === 'Slice') {
    let s = e.lower ? expr(e.lower, PR_TEST) : '';
    s += ':';
    if (e.upper) s += expr(e.upper, PR_TEST);
    if (e.step) s += `:${expr(e.step, PR_TEST)}`;
    return s;
  }
  if (e.kind === 'Tuple' && e.elts.length > 0) {
    return e.elts.length === 1 ? `${slice(e.elts[0])},` : e.elts.map((x: N) => (x.kind === 'Slice' ? slice(x) : expr(x, PR_TEST))).join(', ');
  }
  return expr(e, PR_TUPLE);
}
