// _pyvm_traceback: the VM's exception report (the text an uncaught exception prints) for
// lib/traceback.py, which builds format_exc / print_exc / format_exception on it.

import { newModule, moduleDict } from '../runtime/types.js';
import { defFunction } from '../runtime/builtins/define.js';
import { newStr } from '../runtime/objects/str.js';
import { I32, TYPES } from '../runtime/object.js';
import { raise, EXC } from '../runtime/objects/exception.js';
import * as A from '../runtime/abstract.js';
import { formatException, formatUnraisable, formatExceptionOnly, tbEntriesFrom, tbSummaries, codeSourceLine } from './traceback.js';
import { T_TRACEBACK, T_CODE, T_INT } from '../runtime/object.js';
import { newInt, intNumber } from '../runtime/objects/int.js';
import { tupleFromSteal } from '../runtime/objects/tuple.js';
import { listFromSteal } from '../runtime/objects/list.js';

function exceptionArg(o: number): number {
  if (!TYPES[I32[(o >> 2) + 1]].isException) throw raise(EXC.TypeError, `expected an exception, not ${A.typeName(o)}`);
  return o;
}

export function makeTracebackHelpersModule(): number {
  const m = newModule('_pyvm_traceback');
  const d = moduleDict(m);
  // format_exception(exc, chain): "Traceback (most recent call last):" ... "Type: message", with
  // the __cause__/__context__ chain when chain is true
  defFunction(d, 'format_exception', (_s, args) => {
    const exc = exceptionArg(args[0]);
    return newStr(A.isTrue(args[1]) ? formatException(exc) : formatUnraisable(exc));
  }, { nargs: 2 });
  defFunction(d, 'format_exception_only', (_s, args) => newStr(formatExceptionOnly(exceptionArg(args[0])) + '\n'), { nargs: 1 });
  defFunction(d, 'format_tb', (_s, args) => newStr(tbEntriesFrom(tracebackArg(args[0]))), { nargs: 1 });
  defFunction(d, 'extract_tb', (_s, args) => listFromSteal(tbSummaries(tracebackArg(args[0])).map(([f, l, n, src]) =>
    tupleFromSteal([newStr(f), newInt(l), newStr(n), newStr(src)]))), { nargs: 1 });
  defFunction(d, 'source_line', (_s, args) => {
    if (I32[(args[0] >> 2) + 1] !== T_CODE || I32[(args[1] >> 2) + 1] !== T_INT) throw raise(EXC.TypeError, 'source_line(code, lineno)');
    return newStr(codeSourceLine(args[0], intNumber(args[1])));
  }, { nargs: 2 });
  return m;
}

/** A traceback object, or 0 for None. */
function tracebackArg(o: number): number {
  if (o === A.S.None) return 0;
  if (I32[(o >> 2) + 1] !== T_TRACEBACK) throw raise(EXC.AttributeError, `'${A.typeName(o)}' object has no attribute 'tb_frame'`);
  return o;
}
