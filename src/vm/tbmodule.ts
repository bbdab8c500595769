// _pyvm_traceback: what lib/traceback.py and lib/linecache.py need from the VM — the
// interpreter's own exception report (so traceback.format_exc() prints what an uncaught exception
// prints), the ^^^ line under a traceback entry, and the source of the files
// compiled so far (pyvm programs read no files, so linecache serves these).

import { I32, T_TRACEBACK } from '../runtime/object.js';
import { newModule, moduleDict } from '../runtime/types.js';
import { newStr, strValue } from '../runtime/objects/str.js';
import { intNumber } from '../runtime/objects/int.js';
import { raise, EXC, isSubtype } from '../runtime/objects/exception.js';
import { TYPES } from '../runtime/object.js';
import * as A from '../runtime/abstract.js';
import { S } from '../runtime/abstract.js';
import { defFunction } from '../runtime/builtins/define.js';
import { formatExceptionForModule, caretLineFor, compiledSources, formatExceptionOnly, TB_CODE, TB_LINENO, TB_LASTI } from './traceback.js';

export function makeTracebackSupportModule(): number {
  const m = newModule('_pyvm_traceback');
  const d = moduleDict(m);
  const checkExc = (v: number) => {
    if (!isSubtype(TYPES[I32[(v >> 2) + 1]], EXC.BaseException)) {
      throw raise(EXC.TypeError, `print_exception(): Exception expected for value, ${A.typeName(v)} found`);
    }
  };
  // format_exception(exc, chain, limit): the whole report as one str
  defFunction(d, 'format_exception', (_s, args) => {
    checkExc(args[0]);
    const lim = args[2] === S.None ? null : intNumber(args[2]);
    return newStr(formatExceptionForModule(args[0], A.isTrue(args[1]), lim));
  }, { nargs: 3 });
  // format_exception_only(exc): "Type: message" (SyntaxError: its source lines), no newline
  defFunction(d, 'format_exception_only', (_s, args) => {
    checkExc(args[0]);
    return newStr(formatExceptionOnly(args[0]));
  }, { nargs: 1 });
  // caret(tb): the ^^^ line under that traceback entry's source line, or ''
  defFunction(d, 'caret', (_s, args) => {
    const o = args[0];
    const w = o >> 2;
    if (I32[w + 1] !== T_TRACEBACK) throw raise(EXC.TypeError, `expected a traceback, not ${A.typeName(o)}`);
    return newStr(caretLineFor(I32[w + TB_CODE], I32[w + TB_LASTI], I32[w + TB_LINENO]));
  }, { nargs: 1 });
  // getlines(filename): the source text of a compiled file, or None
  defFunction(d, 'source', (_s, args) => {
    const src = compiledSources.get(strValue(args[0]));
    return src === undefined ? A.retNone() : newStr(src);
  }, { nargs: 1 });
  return m;
}
