// SyntaxError's attributes (msg, filename, lineno, offset, text, end_lineno, end_offset,
// print_file_and_line) and its str(), as CPython 3.11's SyntaxError_init / SyntaxError_str:
//
//   SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
//   str(e) == "msg (basename-of-filename, line N)"
//
// The attributes live in the exception's instance dict (every exception has one); those never
// set read as None, as CPython's member descriptors do. IndentationError, TabError and user
// subclasses share the slots (exception types copy their base's slots).

import { I32, TYPES, T_STR, T_INT, T_BOOL, type KwArgs, decref, incref } from '../object.js';
import { EXC, EXC_ARGS, isSubtype, newExceptionObject, PyException, raise } from './exception.js';
import { tupleFromSteal, tupleSize, tupleItem } from './tuple.js';
import { newStr, strValue, internedStr } from './str.js';
import { newInt } from './int.js';
import { dictGet } from './dict.js';
import { instanceDict } from './type.js';
import * as A from '../abstract.js';
import { S } from '../abstract.js';

const FIELDS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];

function setField(e: number, name: string, v: number): void {
  const k = internedStr(name);
  try {
    A.genericSetAttr(e, k, v, TYPES[I32[(e >> 2) + 1]]);
  } finally {
    decref(k);
  }
}

/** Borrowed value of a SyntaxError field, or 0 when unset. */
export function syntaxErrorField(e: number, name: string): number {
  const d = instanceDict(e, false);
  if (d === 0) return 0;
  const k = internedStr(name);
  const v = dictGet(d, k);
  decref(k);
  return v;
}

function syntaxErrorInit(self: number, args: number[], kw: KwArgs | null, baseInit: (s: number, a: number[], k: KwArgs | null) => void): void {
  baseInit(self, args, kw);
  if (args.length >= 1) setField(self, 'msg', args[0]);
  if (args.length === 2) {
    const info = A.iterToArray(args[1]);
    try {
      // PyArg_ParseTuple(info, "OOOO|OO")
      if (info.length < 4) throw raise(EXC.TypeError, `function takes at least 4 arguments (${info.length} given)`);
      if (info.length > 6) throw raise(EXC.TypeError, `function takes at most 6 arguments (${info.length} given)`);
      const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
      for (let i = 0; i < info.length; i++) setField(self, names[i], info[i]);
    } finally {
      for (const v of info) decref(v);
    }
  }
}

function syntaxErrorStr(e: number): number {
  let msg = syntaxErrorField(e, 'msg');
  if (msg === 0) {
    const args = I32[(e >> 2) + EXC_ARGS];
    msg = tupleSize(args) >= 1 ? tupleItem(args, 0) : S.None;
  }
  const m = A.strJS(msg);
  const fn = syntaxErrorField(e, 'filename');
  const ln = syntaxErrorField(e, 'lineno');
  const file = fn !== 0 && I32[(fn >> 2) + 1] === T_STR ? strValue(fn).replace(/^.*\//, '') : null;
  const line = ln !== 0 && (I32[(ln >> 2) + 1] === T_INT || I32[(ln >> 2) + 1] === T_BOOL) ? A.strJS(ln) : null;
  if (file !== null && line !== null) return newStr(`${m} (${file}, line ${line})`);
  if (file !== null) return newStr(`${m} (${file})`);
  if (line !== null) return newStr(`${m} (line ${line})`);
  return newStr(m);
}

/** A SyntaxError (or IndentationError/TabError) exception object from the compiler's report. */
export function syntaxErrorException(pyType: string, msg: string, filename: string, lineno: number, offset: number,
  text: string | null, endLineno: number, endOffset: number): PyException {
  const t = EXC[pyType] ?? EXC.SyntaxError;
  const info = tupleFromSteal([newStr(filename), newInt(lineno), newInt(offset),
    text === null ? (incref(S.None), S.None) : newStr(text), newInt(endLineno),
    Number.isNaN(endOffset) ? (incref(S.None), S.None) : newInt(endOffset)]); // NaN: no end offset (None)
  const m = newStr(msg);
  const args = tupleFromSteal([m, info]);
  const e = newExceptionObject(t, args);
  try {
    t.slots.init!(e, [m, info], null);
  } catch (err) {
    decref(args);
    decref(e);
    throw err;
  }
  decref(args);
  return new PyException(e);
}

/** Install the slots on SyntaxError and its builtin subclasses. */
export function initSyntaxErrorType(): void {
  for (const t of TYPES) {
    if (!t || !t.isException || !isSubtype(t, EXC.SyntaxError)) continue;
    const baseInit = t.slots.init!;
    const baseGetattr = t.slots.getattr!;
    t.slots.init = (self, args, kw) => syntaxErrorInit(self, args, kw, baseInit);
    t.slots.str = syntaxErrorStr;
    t.slots.getattr = (e, name) => {
      const s = strValue(name);
      if (FIELDS.includes(s)) {
        const v = syntaxErrorField(e, s) || S.None;
        incref(v);
        return v;
      }
      return baseGetattr(e, name);
    };
  }
}
