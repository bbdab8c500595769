// What the compiler hands the VM: a CodeObject with plain constant descriptions. The compiler
// imports nothing from the runtime; the VM turns `consts` into heap objects once, when the code
// is loaded (`runtime/objects/code.ts`).

/** A compile-time constant. bigint = int, number = float, ConstTuple/ConstCode are containers. */
export type ConstValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | { kind: 'ellipsis' }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'tuple'; items: ConstValue[]; ast?: boolean; astItems?: boolean }
  | { kind: 'frozenset'; items: ConstValue[]; ast?: boolean }
  | { kind: 'code'; code: CodeObject }
  | { kind: 'complex'; imag: number };

export interface CodeObject {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;          // positional parameters, including positional-only
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;             // CO_* from opcodes.ts
  /** Local variable names: parameters first (positional, keyword-only, *args, **kwargs), then the rest. */
  varnames: string[];
  /** Names of locals captured by inner scopes (each gets a cell). */
  cellvars: string[];
  /** Names of variables from enclosing scopes (cells passed in the closure). */
  freevars: string[];
  /**
   * For each cellvar, the index in varnames when it is also a parameter (its cell starts with the
   * argument's value), else -1.
   */
  cell2arg: number[];
  /** Global / attribute / import names used by *_NAME, *_GLOBAL, *_ATTR, IMPORT_* opcodes. */
  names: string[];
  consts: ConstValue[];
  /** [opcode, oparg] pairs. */
  ops: Int32Array;
  /** Source line of each instruction (index = pc >> 1). */
  lines: Int32Array;
  /** Column (0-based) of each instruction's expression start, or -1. */
  cols: Int32Array;
  /** End line and end column (exclusive) of each instruction's source span, or -1 (co_positions). */
  endLines: Int32Array;
  endCols: Int32Array;
  stacksize: number;
  /** The source text, for tracebacks (shared between the code objects of one file). */
  source: string[];
  /** A module's compile-time SyntaxWarnings (line, message), issued when it is loaded. */
  warnings?: [number, string][];
}

/** Slot layout of a frame's fast locals: varnames, then cellvars, then freevars. */
export function nlocalsplus(code: CodeObject): number {
  return code.varnames.length + code.cellvars.length + code.freevars.length;
}
