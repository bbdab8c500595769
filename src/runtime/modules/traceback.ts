// `_traceback`: what lib/traceback.py needs from the VM to print exactly what the interpreter prints
// for an uncaught exception (vm/traceback.ts): an instruction's source span (CPython's
// co_positions), the operator / bracket anchors of the ~~~^^^ line (the same parser-based search
// the interpreter's own report uses) and a source file's lines for lib/linecache.py.

import { readFileSync } from 'node:fs';
import { I32, T_CODE, T_INT, T_BOOL, T_STR, decref } from '../object.js';
import { newInt, intNumber } from '../objects/int.js';
import { newStr, strValue } from '../objects/str.js';
import { tupleFromSteal } from '../objects/tuple.js';
import { newList, listAppend } from '../objects/list.js';
import { codeOf } from '../objects/function.js';
import { raise, EXC } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction } from '../builtins/define.js';
import { newModule, moduleDict } from '../types.js';
import { extractAnchors } from '../../vm/traceback.js';
import { displayWidth } from '../../vm/displaywidth.js';
import type { CodeObject } from '../../compiler/code.js';

function codeArg(fn: string, o: number): CodeObject {
  if (I32[(o >> 2) + 1] !== T_CODE) throw raise(EXC.TypeError, `${fn}() argument 1 must be code, not ${A.typeName(o)}`);
  return codeOf(o).co;
}

function intArg(fn: string, o: number): number {
  const t = I32[(o >> 2) + 1];
  if (t !== T_INT && t !== T_BOOL) throw raise(EXC.TypeError, `${fn}() argument 2 must be int, not ${A.typeName(o)}`);
  return intNumber(o);
}

const intOrNone = (v: number | undefined): number => (v === undefined || v < 0 ? A.retNone() : newInt(v));

export function makeTracebackHelperModule(): number {
  const m = newModule('_traceback');
  const d = moduleDict(m);
  // positions(code, lasti) -> (lineno, end_lineno, col_offset, end_col_offset): the span of the
  // instruction at byte offset lasti (tb_lasti), columns in UTF-8 bytes; None where unknown
  defFunction(d, 'positions', (_s, args) => {
    const co = codeArg('positions', args[0]);
    const lasti = intArg('positions', args[1]);
    const idx = lasti >> 1;
    if (lasti < 0 || idx >= co.lines.length) return tupleFromSteal([A.retNone(), A.retNone(), A.retNone(), A.retNone()]);
    const line = co.lines[idx];
    return tupleFromSteal([
      intOrNone(line > 0 ? line : -1),
      intOrNone(co.endLines ? co.endLines[idx] : -1),
      intOrNone(co.cols ? co.cols[idx] : -1),
      intOrNone(co.endCols ? co.endCols[idx] : -1),
    ]);
  }, { nargs: 2 });
  // anchors(segment) -> (left, right): character offsets of the operator of a binary operation or
  // the brackets of a subscript in the expression `segment`, or None
  defFunction(d, 'anchors', (_s, args) => {
    if (I32[(args[0] >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `anchors() argument must be str, not ${A.typeName(args[0])}`);
    const a = extractAnchors(strValue(args[0]));
    return a ? tupleFromSteal([newInt(a.left), newInt(a.right)]) : A.retNone();
  }, { nargs: 1 });
  // display_width(line, offset) -> the columns line[:offset] takes on a terminal (wide characters
  // count two): traceback._display_width
  defFunction(d, 'display_width', (_s, args) => {
    if (I32[(args[0] >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `display_width() argument 1 must be str, not ${A.typeName(args[0])}`);
    const text = strValue(args[0]);
    let cps = intArg('display_width', args[1]), end = 0;
    while (cps-- > 0 && end < text.length) end += (text.codePointAt(end)! > 0xffff ? 2 : 1);
    return newInt(displayWidth(text, end));
  }, { nargs: 2 });
  // read_lines(filename) -> the file's lines as readlines() in text mode gives them (universal
  // newlines, UTF-8), or None when it cannot be read
  defFunction(d, 'read_lines', (_s, args) => {
    if (I32[(args[0] >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `read_lines() argument must be str, not ${A.typeName(args[0])}`);
    let text: string;
    try {
      text = readFileSync(strValue(args[0]), 'utf8');
    } catch {
      return A.retNone();
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const l = newList();
    for (const line of text.replace(/\r\n?/g, '\n').match(/[^\n]*\n|[^\n]+$/g) ?? []) {
      const s = newStr(line);
      listAppend(l, s);
      decref(s);
    }
    return l;
  }, { nargs: 1 });
  return m;
}
