// Tracebacks: traceback objects and CPython's printed format, including chained exceptions and
// the "Did you mean" suggestions of 3.11's NameError / AttributeError.
//
// traceback object (GC):
//   8  next     older traceback object towards the raise point (tb_next), or 0
//  12  code     code object of the frame
//  16  lineno   i32
//  20  frame    the frame object (keeps the frame's locals alive; NameError suggestions)
//  24  lasti    index of the instruction that raised (its source span: the ^^^ line)
//  size 28 (+16) -> 48

import { I32, TYPES, T_TRACEBACK, T_STR, T_INT, T_LIST, T_TUPLE, allocGCObject, freeGCObject, xdecref, decref, type Visit } from '../runtime/object.js';
import { gcTrack, gcUntrack } from '../runtime/gc/generations.js';
import { codeOf, type Code } from '../runtime/objects/function.js';
import { EXC_TB, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS, EXC_VALUE, EXC_OBJ, EXC_ARGS, isSubtype, EXC } from '../runtime/objects/exception.js';
import { dictKeys } from '../runtime/objects/dict.js';
import { strValue, internedStr } from '../runtime/objects/str.js';
import { tupleSize, tupleItem } from '../runtime/objects/tuple.js';
import * as A from '../runtime/abstract.js';
import { sysAttr } from '../runtime/modules/sys.js';
import { intBig } from '../runtime/objects/int.js';
import { displayWidth } from './displaywidth.js';
import { typeDict, TY_QUALNAME } from '../runtime/objects/type.js';
import type { Frame } from './frame.js';
import { frameObject, FO_GLOBALS } from './frameobject.js';
import { syntaxErrorField } from '../runtime/objects/syntaxerror.js';
import { PySyntaxError, formatSyntaxError } from '../compiler/errors.js';
import { parseModule } from '../compiler/parser.js';
import type { Module } from '../compiler/ast.js';
import type { CodeObject } from '../compiler/code.js';
import { CO_PYVM_NATIVE } from '../compiler/opcodes.js';

export const TB_NEXT = 2, TB_CODE = 3, TB_LINENO = 4, TB_FRAME = 5, TB_LASTI = 6;

export function addTraceback(exc: number, f: Frame, pc: number): void {
  // code standing for a C function of CPython leaves no entry: lib/ code marked native
  // (op.CO_PYVM_NATIVE) and the frozen modules of HIDDEN_FILES
  if ((f.code.co.flags & CO_PYVM_NATIVE) !== 0 || HIDDEN_FILES.has(f.code.co.filename)) return;
  const tb = allocGCObject(T_TRACEBACK, 28);
  const w = tb >> 2;
  const old = I32[(exc >> 2) + EXC_TB];
  I32[w + TB_NEXT] = old; // steals the exception's reference to the old head
  const code = f.code.addr;
  I32[code >> 2]++;
  I32[w + TB_CODE] = code;
  I32[w + TB_LINENO] = f.lineAt(pc);
  I32[w + TB_LASTI] = pc >> 1;
  I32[w + TB_FRAME] = frameObject(f);
  I32[(exc >> 2) + EXC_TB] = tb;
  gcTrack(tb);
}

/**
 * PyErr_WriteUnraisable's traceback for an exception that has none (raised by a builtin called
 * from a dealloc, a weakref callback such as `len`): one entry, for the innermost Python frame.
 */
export function addCurrentFrameTraceback(exc: number, top: Frame | null): void {
  if (I32[(exc >> 2) + EXC_TB] !== 0) return;
  let f = top;
  while (f !== null && ((f.code.co.flags & CO_PYVM_NATIVE) !== 0 || HIDDEN_FILES.has(f.code.co.filename))) f = f.back;
  if (f !== null) addTraceback(exc, f, f.pc - 2);
}

export function tracebackDealloc(tb: number): void {
  gcUntrack(tb);
  const w = tb >> 2;
  const n = I32[w + TB_NEXT], c = I32[w + TB_CODE], g = I32[w + TB_FRAME];
  I32[w + TB_NEXT] = I32[w + TB_CODE] = I32[w + TB_FRAME] = 0;
  xdecref(n);
  xdecref(c);
  xdecref(g);
  freeGCObject(tb);
}

export function tracebackTraverse(tb: number, visit: Visit): void {
  const w = tb >> 2;
  for (const off of [TB_NEXT, TB_CODE, TB_FRAME]) if (I32[w + off]) visit(I32[w + off]);
}

/** The name an exception type prints as (module-qualified unless builtins or __main__). */
export function excTypeName(exc: number): string {
  const t = TYPES[I32[(exc >> 2) + 1]];
  if (!t.isHeap) return t.name;
  const d = typeDict(t);
  const m = A.dictGetStr(d, '__module__');
  // a __module__ that is missing or not a str prints as <unknown> (print_exception)
  const mod = m && I32[(m >> 2) + 1] === T_STR ? strValue(m) : '<unknown>';
  // the type's __qualname__ (kept in the type object, not its dict: M.Inner for a nested class)
  const q = I32[(t.addr >> 2) + TY_QUALNAME];
  const qual = q && I32[(q >> 2) + 1] === T_STR ? strValue(q) : t.name;
  return mod === '__main__' || mod === 'builtins' ? qual : `${mod}.${qual}`;
}

/** The "Type: message" line. */
export function formatExceptionOnly(exc: number): string {
  const name = excTypeName(exc);
  let msg: string;
  try {
    msg = A.strJS(exc);
  } catch (e) {
    msg = '<exception str() failed>';
    void e;
  }
  const t = TYPES[I32[(exc >> 2) + 1]];
  if (isSubtype(t, EXC.SyntaxError)) return formatSyntaxErrorObject(exc, name);
  const sugg = suggestion(exc);
  if (sugg) msg += sugg;
  return msg === '' ? name : `${name}: ${msg}`;
}

function formatSyntaxErrorObject(exc: number, name: string): string {
  const args = I32[(exc >> 2) + EXC_ARGS];
  const msgObj = syntaxErrorField(exc, 'msg') || (tupleSize(args) ? tupleItem(args, 0) : 0);
  const msg = msgObj ? A.strJS(msgObj) : '';
  // pythonrun.c's print_exception: with an int lineno, "File ..., line N", the text and a caret
  const intField = (f: string): number | null => {
    const v = syntaxErrorField(exc, f);
    return v !== 0 && I32[(v >> 2) + 1] === T_INT ? Number(A.strJS(v)) : null;
  };
  const lineno = intField('lineno');
  if (lineno !== null) {
    const fn = syntaxErrorField(exc, 'filename');
    const text = syntaxErrorField(exc, 'text');
    const exact = TYPES[I32[(exc >> 2) + 1]] === EXC.SyntaxError;
    const pe = new PySyntaxError(exact ? 'SyntaxError' : 'IndentationError', msg,
      fn !== 0 && I32[(fn >> 2) + 1] === T_STR ? strValue(fn) : '<string>', lineno, intField('offset') ?? -1,
      text !== 0 && I32[(text >> 2) + 1] === T_STR ? strValue(text) : null, intField('end_lineno') ?? lineno, intField('end_offset') ?? -1);
    const full = formatSyntaxError(pe);
    const head = full.slice(0, full.lastIndexOf('\n', full.length - 2) + 1);
    return `${head}${name}: ${msg}`;
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

const HIDDEN_FILES = new Set(['<frozen _thread>', '<frozen sys>', '<frozen time>']);

/** Once interpreter shutdown has removed the modules, CPython can no longer read source lines
 * (it imports io for that): tracebacks printed then show only the File/line entries. */
export const tbOptions = { sourceLines: true };

/** PyTraceBack_Print shows the innermost 1000 entries unless sys.tracebacklimit says otherwise. */
const TRACEBACK_LIMIT = 1000;

/** sys.tracebacklimit when it is set to an int, else PyTraceBack_Print's default limit. */
function tracebackLimit(): number | null {
  const v = sysAttr('tracebacklimit', 0);
  if (v === 0 || !isSubtype(TYPES[I32[(v >> 2) + 1]], TYPES[T_INT])) return TRACEBACK_LIMIT;
  const n = intBig(v);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(n);
}

/** The traceback entries from the exception's head to the raise point, the innermost `limit` of
 * them when sys.tracebacklimit sets one (PyTraceBack_Print). Frames of code standing for C
 * functions never got an entry (addTraceback). */
function tbEntries(exc: number, limit: number | null = tracebackLimit()): string {
  let out = '';
  const all: number[] = [];
  for (let tb = I32[(exc >> 2) + EXC_TB]; tb !== 0; tb = I32[(tb >> 2) + TB_NEXT]) all.push(tb);
  const heads = limit !== null && limit < all.length ? all.slice(all.length - limit) : all;
  // tb_next runs from the outermost frame towards the raise point: print in that order,
  // collapsing long runs of identical lines as CPython does ("[Previous line repeated N more times]").
  let last = '';
  let repeat = 0;
  const flush = () => {
    if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  };
  const entryOf = (w: number, code: Code, line: number): string => {
    let entry = `  File "${code.co.filename}", line ${line}, in ${code.co.name}\n`;
    const src = tbOptions.sourceLines ? code.co.source[line - 1] : undefined;
    if (src !== undefined && src.trim() !== '') {
      // the line without its indentation (trailing spaces stay, as CPython prints them)
      entry += `    ${src.replace(/^[ \t\f]+/, '')}\n`;
      entry += caretLine(code.co, I32[w + TB_LASTI], line, src);
    }
    return entry;
  };
  for (const tb of heads) {
    const w = tb >> 2;
    const code = codeOf(I32[w + TB_CODE]);
    const line = I32[w + TB_LINENO];
    // CPython compares file, line and function name only (not the caret columns)
    const key = `${code.co.filename}\0${line}\0${code.co.name}`;
    if (key === last) {
      repeat++;
      if (repeat <= 3) out += entryOf(w, code, line);
      continue;
    }
    flush();
    repeat = 1;
    last = key;
    out += entryOf(w, code, line);
  }
  flush();
  return out;
}

// ---- the ^^^ line under the failing expression (PEP 657; Python/traceback.c, 3.11) ----------------

const isWs = (c: string | undefined) => c === ' ' || c === '\t' || c === '\f';

/** A UTF-8 byte offset in `text` (the compiler's columns) as a character offset. */
function byteToCharOffset(text: string, byteOff: number): number {
  const bytes = Buffer.from(text, 'utf8');
  if (byteOff >= bytes.length) return text.length + (byteOff - bytes.length);
  return bytes.subarray(0, byteOff).toString('utf8').length;
}

/** CPython's extract_anchors_from_line: in a binary operation the operator, in a subscript the
 * brackets are marked apart (`~~~^~~`, `~~~^^^^`). Offsets are characters of the segment. */
export function extractAnchors(segment: string): { left: number; right: number } | null {
  let mod: Module;
  try {
    mod = parseModule(segment, '<traceback>');
  } catch {
    return null;
  }
  if (mod.body.length !== 1 || mod.body[0].kind !== 'Expr') return null;
  const e = (mod.body[0] as { value: { kind: string; [k: string]: any } }).value;
  const seg = Buffer.from(segment, 'utf8');
  const ch = (i: number) => String.fromCharCode(seg[i]);
  let left = -1, right = -1;
  if (e.kind === 'BinOp') {
    for (let i = e.left.end_col_offset; i < e.right.col_offset; i++) {
      if (isWs(ch(i))) continue;
      left = i;
      right = i + 1;
      if (i + 1 < e.right.col_offset && !isWs(ch(i + 1))) right++; // a two-character operator (//, **, ...)
      break;
    }
  } else if (e.kind === 'Subscript') {
    // from the '[' to the ']' (spaces around the brackets are not marked)
    left = e.value.end_col_offset;
    right = e.slice.end_col_offset + 1;
    while (left < seg.length && ch(left) !== '[') left++;
    while (right < seg.length && ch(right) !== ']') right++;
    if (right < seg.length) right++;
  }
  if (left < 0) return null;
  return { left: byteToCharOffset(segment, left), right: byteToCharOffset(segment, right) };
}

/** The caret line under the source line `src` (line `line`) for instruction `idx`, or ''. */
function caretLine(co: CodeObject, idx: number, line: number, src: string): string {
  if (!co.endLines || idx < 0 || idx >= co.cols.length || co.lines[idx] !== line) return '';
  const startLine = co.lines[idx], endLine = co.endLines[idx];
  if (co.cols[idx] < 0 || co.endCols[idx] < 0 || endLine < 0) return '';
  let start = byteToCharOffset(src, co.cols[idx]);
  let end = byteToCharOffset(src, co.endCols[idx]);
  let anchors: { left: number; right: number } | null = null;
  if (startLine === endLine) {
    anchors = extractAnchors(src.slice(start, end));
    if (anchors) {
      anchors.left += start;
      anchors.right += start;
    }
  } else {
    // a multi-line expression: highlight to the last non-whitespace character of this line
    let i = src.length;
    while (--i >= 0 && isWs(src[i]));
    end = i + 1;
  }
  let lead = 0;
  while (isWs(src[lead])) lead++;
  // no carets when they would underline the whole line
  if (end - start === src.length - lead && !anchors) return '';
  if (start < lead) start = lead;
  // columns as displayed: wide characters take two (traceback._display_width)
  const dpStart = displayWidth(src, start), dpEnd = displayWidth(src, end);
  const out = ' '.repeat(4 + dpStart - lead);
  if (!anchors) return out + '^'.repeat(dpEnd - dpStart) + '\n';
  const dpLeft = displayWidth(src, anchors.left) - dpStart, dpRight = displayWidth(src, anchors.right) - dpStart;
  return out + '~'.repeat(dpLeft) + '^'.repeat(dpRight - dpLeft) + '~'.repeat(dpEnd - dpStart - dpRight) + '\n';
}

/** The ^^^ line (with its newline) under a traceback entry's source line, or ''. */
export function caretLineFor(codeObj: number, instr: number, line: number): string {
  const co = codeOf(codeObj).co;
  const src = co.source[line - 1];
  if (src === undefined || src.trim() === '' || instr < 0) return '';
  return caretLine(co, instr, line, src);
}

/** Full CPython-style report of an uncaught exception, with __cause__ / __context__ chains and
 * exception groups drawn in nested boxes (pythonrun.c's print_exception_recursive, 3.11). */
export function formatException(exc: number, seen: Set<number> = new Set()): string {
  return formatRecursive(exc, seen, { depth: 0, needClose: false });
}

/** What sys.unraisablehook's default prints after "Exception ignored in: ..." (errors.c,
 * write_unraisable_exc_file): the traceback and "Type: str" only, no chain, group or notes. */
export function formatUnraisable(exc: number): string {
  let out = '';
  if (I32[(exc >> 2) + EXC_TB] !== 0) out += 'Traceback (most recent call last):\n' + tbEntries(exc);
  let msg: string;
  try {
    msg = A.strJS(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  return out + `${excTypeName(exc)}: ${msg}\n`;
}

interface GroupCtx {
  depth: number;
  needClose: boolean;
}
const MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

/** Every line of `text` behind the margin of the current group depth. */
function withMargin(text: string, ctx: GroupCtx): string {
  if (ctx.depth === 0) return text;
  const pre = ' '.repeat(2 * ctx.depth) + '| ';
  return text.split('\n').map((l, i, all) => (i === all.length - 1 && l === '' ? '' : pre + l)).join('\n');
}

function isGroup(exc: number): boolean {
  return EXC.BaseExceptionGroup !== undefined && isSubtype(TYPES[I32[(exc >> 2) + 1]], EXC.BaseExceptionGroup);
}

function formatRecursive(exc: number, seen: Set<number>, ctx: GroupCtx): string {
  seen.add(exc);
  let out = '';
  const cause = I32[(exc >> 2) + EXC_CAUSE];
  const context = I32[(exc >> 2) + EXC_CONTEXT];
  if (cause !== 0 && !seen.has(cause)) {
    out += formatRecursive(cause, seen, ctx);
    out += withMargin('\nThe above exception was the direct cause of the following exception:\n\n', ctx);
  } else if (context !== 0 && I32[(exc >> 2) + EXC_SUPPRESS] === 0 && !seen.has(context)) {
    out += formatRecursive(context, seen, ctx);
    out += withMargin('\nDuring handling of the above exception, another exception occurred:\n\n', ctx);
  }
  if (!isGroup(exc)) return out + formatOne(exc, ctx);
  if (ctx.depth > MAX_GROUP_DEPTH) return out + withMargin(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`, ctx);
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  out += formatOne(exc, ctx);
  const excs = I32[(exc >> 2) + EXC_OBJ];
  const num = excs === 0 ? 0 : tupleSize(excs);
  const n = num > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : num;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true; // a nested group may draw the closing line itself
    const truncated = i >= MAX_GROUP_WIDTH;
    out += ' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += formatRecursive(tupleItem(excs, i), seen, ctx);
    else {
      const rem = num - MAX_GROUP_WIDTH;
      out += withMargin(`and ${rem} more exception${rem > 1 ? 's' : ''}\n`, ctx);
    }
    if (last && ctx.needClose) {
      out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth--;
  return out;
}

/** One exception's traceback, "Type: message" line and notes, behind the group margin. */
function formatOne(exc: number, ctx: GroupCtx): string {
  let out = '';
  const limit = tracebackLimit();
  let entries = '';
  // sys.tracebacklimit <= 0: no traceback at all, not even its header
  if (I32[(exc >> 2) + EXC_TB] !== 0 && (limit === null || limit > 0)) entries = tbEntries(exc, limit);
  if (entries !== '') {
    const group = isGroup(exc);
    const header = group ? 'Exception Group Traceback (most recent call last):\n' : 'Traceback (most recent call last):\n';
    if (group && ctx.depth === 1) out += '  + ' + header;
    else out += withMargin(header, ctx);
    out += withMargin(entries, ctx);
  }
  out += withMargin(formatExceptionOnly(exc) + '\n', ctx);
  out += withMargin(formatNotes(exc), ctx);
  return out;
}

/** PEP 678's notes (__notes__), printed after the message, as print_exception_notes. */
function formatNotes(exc: number): string {
  let notes: number;
  const name = internedStr('__notes__');
  try {
    notes = A.getAttrOrNull(exc, name);
  } catch {
    return '';
  } finally {
    decref(name);
  }
  if (notes === 0) return '';
  let out = '';
  try {
    const t = I32[(notes >> 2) + 1];
    if (t !== T_LIST && t !== T_TUPLE && !A.lookupSpecial(notes, '__getitem__')) {
      try {
        out += A.reprJS(notes) + '\n';
      } catch {
        out += '<__notes__ repr() failed>\n';
      }
      return out;
    }
    for (const note of A.iterToArray(notes)) {
      try {
        out += A.strJS(note) + '\n';
      } catch {
        out += '<note str() failed>\n';
      } finally {
        decref(note);
      }
    }
  } catch {
    /* a broken __notes__ is left out */
  } finally {
    decref(notes);
  }
  return out;
}

// ---- "Did you mean" (3.11's suggestions.c) -------------------------------------------------------

const MOVE_COST = 2, CASE_COST = 1, MAX_CANDIDATES = 750;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let suf = 0;
  while (suf < a.length && suf < b.length && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  a = a.slice(0, a.length - suf);
  b = b.slice(0, b.length - suf);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (Math.abs(a.length - b.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = new Array<number>(a.length + 1);
  for (let i = 0; i <= a.length; i++) row[i] = i * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const sub = distance + substitutionCost(a[ai], b[bi]);
      distance = row[ai + 1];
      const ins = distance + MOVE_COST;
      const del = result + MOVE_COST;
      result = Math.min(sub, ins, del);
      row[ai + 1] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function bestMatch(name: string, candidates: string[]): string | null {
  if (candidates.length > MAX_CANDIDATES) return null;
  let best: string | null = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    let maxDist = Math.floor(((name.length + c.length + 3) * MOVE_COST) / 6);
    maxDist = Math.min(maxDist, bestDist - 1);
    const d = levenshtein(name, c, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return best;
}

function suggestion(exc: number): string {
  const t = TYPES[I32[(exc >> 2) + 1]];
  const nameObj = I32[(exc >> 2) + EXC_VALUE];
  if (nameObj === 0 || I32[(nameObj >> 2) + 1] !== T_STR) return '';
  const name = strValue(nameObj);
  if (isSubtype(t, EXC.NameError)) {
    const tb = innermostTb(exc);
    if (tb === 0) return '';
    const code = codeOf(I32[(tb >> 2) + TB_CODE]);
    const cands: string[] = [...code.co.varnames, ...code.co.cellvars, ...code.co.freevars];
    const g = I32[(I32[(tb >> 2) + TB_FRAME] >> 2) + FO_GLOBALS];
    for (const k of dictKeys(g)) if (I32[(k >> 2) + 1] === T_STR) cands.push(strValue(k));
    const b = A.dictGetStr(g, '__builtins__');
    const bd = builtinsDictForSuggestions();
    void b;
    if (bd) for (const k of dictKeys(bd)) if (I32[(k >> 2) + 1] === T_STR) cands.push(strValue(k));
    const m = bestMatch(name, cands);
    return m ? `. Did you mean: '${m}'?` : '';
  }
  if (isSubtype(t, EXC.AttributeError)) {
    const obj = I32[(exc >> 2) + EXC_OBJ];
    if (obj === 0) return '';
    let names: string[];
    try {
      names = dirHook.dir(obj);
    } catch (e) {
      if (e && typeof e === 'object' && 'exc' in e) decref((e as { exc: number }).exc);
      return '';
    }
    const m = bestMatch(name, names);
    return m ? `. Did you mean: '${m}'?` : '';
  }
  return '';
}

function innermostTb(exc: number): number {
  let tb = I32[(exc >> 2) + EXC_TB];
  if (tb === 0) return 0;
  while (I32[(tb >> 2) + TB_NEXT] !== 0) tb = I32[(tb >> 2) + TB_NEXT];
  return tb;
}

export const dirHook = { dir: (_o: number): string[] => [] };
let builtinsDict = 0;
export function setBuiltinsDictForSuggestions(d: number): void {
  builtinsDict = d;
}
function builtinsDictForSuggestions(): number {
  return builtinsDict;
}
