// `pyvm dis`: a disassembly in the spirit of `python3 -m dis` (line numbers, offsets, opcode
// names, arguments and their meaning), recursing into nested code objects.

import { type CodeObject, type ConstValue } from './code.js';
import * as op from './opcodes.js';

function constRepr(c: ConstValue): string {
  if (c === null) return 'None';
  switch (typeof c) {
    case 'boolean': return c ? 'True' : 'False';
    case 'bigint': return c.toString();
    case 'number': return Number.isInteger(c) && Math.abs(c) < 1e16 ? c.toFixed(1) : String(c);
    case 'string': return `'${c.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  }
  switch (c.kind) {
    case 'tuple': return c.items.length === 1 ? `(${constRepr(c.items[0])},)` : `(${c.items.map(constRepr).join(', ')})`;
    case 'frozenset': return `frozenset({${c.items.map(constRepr).join(', ')}})`;
    case 'ellipsis': return 'Ellipsis';
    case 'bytes': return `b'...'`;
    case 'complex': return `${c.imag}j`;
    case 'code': return `<code object ${c.code.name}, file "${c.code.filename}", line ${c.code.firstlineno}>`;
  }
}

function argInfo(co: CodeObject, o: number, a: number): string {
  const local = (i: number) => [...co.varnames, ...co.cellvars, ...co.freevars][i] ?? '?';
  switch (o) {
    case op.LOAD_CONST: return constRepr(co.consts[a]);
    case op.LOAD_FAST: case op.STORE_FAST: case op.DELETE_FAST:
    case op.LOAD_DEREF: case op.STORE_DEREF: case op.DELETE_DEREF: case op.LOAD_CLOSURE: case op.LOAD_CLASSDEREF:
      return local(a);
    case op.LOAD_GLOBAL: case op.STORE_GLOBAL: case op.DELETE_GLOBAL: case op.LOAD_NAME: case op.STORE_NAME:
    case op.DELETE_NAME: case op.LOAD_ATTR: case op.STORE_ATTR: case op.DELETE_ATTR: case op.LOAD_METHOD:
    case op.IMPORT_NAME: case op.IMPORT_FROM:
      return co.names[a];
    case op.BINARY_OP:
      return a >= op.NB_INPLACE ? op.NB_SYMBOLS[a - op.NB_INPLACE] + '=' : op.NB_SYMBOLS[a];
    case op.COMPARE_OP: return op.CMP_SYMBOLS[a];
    case op.COMPARE_JUMP: return `${op.CMP_SYMBOLS[a & 15]}, jump if ${a >> 4 ? 'true' : 'false'}`;
    case op.LOAD_FAST_LOAD_FAST: return `${local(a & 0xffff)}, ${local(a >> 16)}`;
    case op.STORE_FAST_LOAD_FAST: return `${local(a & 0xffff)}, ${local(a >> 16)}`;
    case op.LOAD_FAST_LOAD_CONST: return `${local(a & 0xffff)}, ${constRepr(co.consts[a >> 16])}`;
    case op.LOAD_FAST_LOAD_ATTR: case op.LOAD_FAST_LOAD_METHOD: case op.LOAD_FAST_STORE_ATTR:
      return `${local(a & 0xffff)}, ${co.names[a >> 16]}`;
    case op.IS_OP: return a ? 'is not' : 'is';
    case op.CONTAINS_OP: return a ? 'not in' : 'in';
    case op.FORMAT_VALUE: return ['', 'str', 'repr', 'ascii'][a & op.FV_MASK] + (a & op.FV_HAVE_SPEC ? ', with format' : '');
  }
  if (op.JUMP_OPS.has(o)) return `to ${a}`;
  return '';
}

export function disassemble(co: CodeObject): string {
  let out = '';
  const nested: CodeObject[] = [];
  if (co.name !== '<module>') out += `Disassembly of <code object ${co.name} at 0x0, file "${co.filename}", line ${co.firstlineno}>:\n`;
  const targets = new Set<number>();
  for (let pc = 0; pc < co.ops.length; pc += 2) if (op.JUMP_OPS.has(co.ops[pc])) targets.add(co.ops[pc + 1]);
  let lastLine = -1;
  for (let pc = 0; pc < co.ops.length; pc += 2) {
    const o = co.ops[pc], a = co.ops[pc + 1];
    const line = co.lines[pc >> 1];
    if (line !== lastLine) {
      if (lastLine !== -1) out += '\n';
      out += String(line).padStart(3) + ' ';
      lastLine = line;
    } else out += '    ';
    out += (targets.has(pc) ? '>>' : '  ') + String(pc).padStart(4) + ' ' + (op.OPNAMES[o] ?? `<${o}>`).padEnd(21);
    const hasArg = !(o === op.POP_TOP || o === op.RETURN_VALUE || o === op.NOP || o === op.BINARY_SUBSCR);
    if (hasArg) {
      out += String(a).padStart(3);
      const info = argInfo(co, o, a);
      if (info) out += ` (${info})`;
    }
    out = out.trimEnd() + '\n';
  }
  for (const c of co.consts) if (c !== null && typeof c === 'object' && c.kind === 'code') nested.push(c.code);
  for (const n of nested) out += '\n' + disassemble(n);
  return out;
}
