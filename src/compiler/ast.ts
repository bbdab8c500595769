// The abstract syntax tree: CPython 3.11's `ast` module as plain objects.
//
// Every node is `{ kind: '<ClassName>', ...fields }` with CPython's class and field names
// (Parser/Python.asdl), so `ast.dump` output and CPython's compiler are the reference for what a
// field holds. Nodes that have positions in CPython carry them too:
//
//   lineno          1-based line of the first token
//   col_offset      0-based UTF-8 *byte* offset of the first token in its line (as CPython)
//   end_lineno      line of the last token
//   end_col_offset  byte offset just past the last token
//
// Conventions: operators and expression contexts are strings ('Add', 'Load'); optional fields
// missing from the source are null; sequences are arrays. Constant values: null is None,
// booleans, bigint for int, number for float, string for str, { bytes } for bytes,
// { complex } for an imaginary literal, and ELLIPSIS for `...`.

export const ELLIPSIS: unique symbol = Symbol('Ellipsis');

export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | { bytes: Uint8Array }
  | { complex: number }
  | typeof ELLIPSIS;

export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOperator = 'And' | 'Or';
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ------------------------------------------------------------------ module

export interface Module {
  kind: 'Module';
  body: Stmt[];
  type_ignores: [];
}

// ------------------------------------------------------------------ statements

export interface FunctionDef extends Position {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: null;
}

export interface ClassDef extends Position {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Position { kind: 'Return'; value: Expr | null }
export interface Delete extends Position { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Position { kind: 'Assign'; targets: Expr[]; value: Expr; type_comment: null }
export interface AugAssign extends Position { kind: 'AugAssign'; target: Expr; op: Operator; value: Expr }
export interface AnnAssign extends Position {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a plain name without parentheses. */
  simple: number;
}
export interface For extends Position {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: null;
}
export interface While extends Position { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Position { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Position { kind: 'With'; items: WithItem[]; body: Stmt[]; type_comment: null }
/** `reraise`: only in the desugaring of except* (parser.ts): raise `exc` as RERAISE does. */
export interface Raise extends Position { kind: 'Raise'; exc: Expr | null; cause: Expr | null; reraise?: boolean }
export interface Try extends Position {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Position { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Position { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Position { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Position { kind: 'Global'; names: string[] }
export interface Nonlocal extends Position { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Position { kind: 'Expr'; value: Expr }
export interface Pass extends Position { kind: 'Pass' }
export interface Break extends Position { kind: 'Break' }
export interface Continue extends Position { kind: 'Continue' }

export interface Match extends Position { kind: 'Match'; subject: Expr; cases: MatchCase[] }
export interface MatchCase { kind: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue | Match;

// ------------------------------------------------------------------ patterns (match statement)

export interface MatchValue extends Position { kind: 'MatchValue'; value: Expr }
export interface MatchSingleton extends Position { kind: 'MatchSingleton'; value: boolean | null }
export interface MatchSequence extends Position { kind: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Position { kind: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Position {
  kind: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Position { kind: 'MatchStar'; name: string | null }
export interface MatchAs extends Position { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Position { kind: 'MatchOr'; patterns: Pattern[] }

export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

// ------------------------------------------------------------------ expressions

export interface BoolOp extends Position { kind: 'BoolOp'; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Position { kind: 'NamedExpr'; target: Expr; value: Expr }
export interface BinOp extends Position { kind: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Position { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Position { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Position { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** A null key stands for a `**mapping` entry. */
export interface Dict extends Position { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Position { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Position { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Position { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Position { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Position { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Position { kind: 'Await'; value: Expr }
export interface Yield extends Position { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Position { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Position { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Position { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface FormattedValue extends Position {
  kind: 'FormattedValue';
  value: Expr;
  /** -1 none, 115 !s, 114 !r, 97 !a */
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Position { kind: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Position {
  kind: 'Constant';
  value: ConstantValue;
  /** CPython's Constant.kind: 'u' for a u'...' literal, else null (`kind` is the node tag here). */
  str_kind: 'u' | null;
}
export interface Attribute extends Position { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Position { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Position { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Position { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Position { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Position { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Position { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom
  | Compare | Call | FormattedValue | JoinedStr | Constant
  | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ------------------------------------------------------------------ helper nodes

export interface Comprehension {
  kind: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

export interface ExceptHandler extends Position {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null when it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional parameters (posonlyargs + args). */
  defaults: Expr[];
}

export interface Arg extends Position {
  kind: 'arg';
  arg: string;
  annotation: Expr | null;
  type_comment: null;
}

export interface Keyword extends Position {
  kind: 'keyword';
  /** null for `**mapping` */
  arg: string | null;
  value: Expr;
}

export interface Alias extends Position {
  kind: 'alias';
  name: string;
  asname: string | null;
}

export interface WithItem {
  kind: 'withitem';
  context_expr: Expr;
  optional_vars: Expr | null;
}

export type Node = Module | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem;
