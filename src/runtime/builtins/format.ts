// The format protocol: format(value, spec), f-string fields ({x:spec}), and str.format /
// str.format_map (CPython's Objects/stringlib/unicode_format.h).
//
// formatObject(o, spec) is PyObject_Format: exact str/int/float/bool go straight to numfmt's
// format-spec mini-language (formatStr/formatInt/formatFloat); everything else calls the type's
// __format__ (object.__format__ accepts only an empty spec and returns str(o)).
//
// formatString(fmt, args, kw, mapping) follows unicode_format.h step by step:
//   MarkupIterator_next  -> literal text up to '{' or '}' ('{{' and '}}' are escapes), then
//   parse_field          -> field name up to ':' or '!' (brackets skipped), conversion, spec
//                           (braces counted, so '{:{w}}' nests),
//   field_name_split     -> first part (auto number '', index '0', or keyword 'name'), then
//   FieldNameIterator    -> '.attr' and '[key]' accessors,
//   render_field         -> conversion (!r !s !a), nested spec expanded with one less recursion
//                           level (2 levels, "Max string recursion exceeded"), then format.

import { I32, F64, T_STR, T_INT, T_FLOAT, T_BOOL, T_FUNCTION, type KwArgs, type TypeInfo, decref } from '../object.js';
import { newMethod } from '../objects/function.js';
import { raise, EXC, newExceptionObject, PyException } from '../objects/exception.js';
import { tupleFromSteal } from '../objects/tuple.js';
import { newStr, strValue, isStrLike, EMPTY_STR } from '../objects/str.js';
import { intValue, newInt, intRepr } from '../objects/int.js';
import { lookupSpecial, callUnbound, call, typeName, repr, str as pyStr, getAttr, getItem, recursion } from '../abstract.js';
import { formatInt, formatFloat, formatStr, floatRepr } from '../objects/numfmt.js';
import { asciiEscape, decimalValue } from '../objects/strlib.js';
import { rt } from '../../vm/runtime-hooks.js';

// ---- format(value, spec) ---------------------------------------------------------------------------

/** format(o, spec) with spec a str object or 0 (empty). New reference to a str. */
export function formatObject(o: number, spec: number): number {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_STR || tid === T_INT || tid === T_FLOAT || tid === T_BOOL) {
    const sp = spec === 0 ? '' : strValue(spec);
    if (sp === '') {
      if (tid === T_STR) {
        I32[o >> 2]++;
        return o;
      }
      if (tid === T_INT) {
        // PyObject_Format's fast path for an exact int is PyObject_Str: its recursion check
        recursion.enter(' while getting the str of an object').depth--;
        return intRepr(o);
      }
    }
    // otherwise CPython calls the bound __format__ (a METH_O call: its recursion check); with an
    // empty spec, float's and bool's __format__ return PyObject_Str(o) (a second check, nested)
    const ts = recursion.enter(' while calling a Python object');
    try {
      if (sp === '') recursion.enter(' while getting the str of an object').depth--;
      return newStr(formatBuiltin(o, tid, sp));
    } finally {
      ts.depth--;
    }
  }
  return callFormat(o, spec === 0 ? EMPTY_STR : spec);
}

/** format(o, spec) as JS text, for str.format fields. */
export function formatObjectJS(o: number, spec: string): string {
  const tid = I32[(o >> 2) + 1];
  if (tid === T_STR || tid === T_INT || tid === T_FLOAT || tid === T_BOOL) return formatBuiltin(o, tid, spec);
  const sp = newStr(spec);
  let r: number;
  try {
    r = callFormat(o, sp);
  } finally {
    decref(sp);
  }
  const s = strValue(r);
  decref(r);
  return s;
}

function formatBuiltin(o: number, tid: number, sp: string): string {
  switch (tid) {
    case T_STR:
      return formatStr(strValue(o), sp);
    case T_INT:
      return formatInt(intValue(o), sp);
    case T_FLOAT:
      return sp === '' ? floatRepr(F64[(o >> 3) + 1]) : formatFloat(F64[(o >> 3) + 1], sp);
    default: // bool: str(True) for an empty spec, else formatted as the int
      if (sp === '') return F64[(o >> 3) + 1] !== 0 ? 'True' : 'False';
      return formatInt(F64[(o >> 3) + 1], sp, 'bool');
  }
}

/** Call type(o).__format__(o, spec); the result must be a str. */
function callFormat(o: number, spec: number): number {
  const m = lookupSpecial(o, '__format__');
  if (m === 0) {
    if (strValue(spec) !== '') throw raise(EXC.TypeError, `unsupported format string passed to ${typeName(o)}.__format__`);
    return pyStr(o);
  }
  let r: number;
  if (I32[(m >> 2) + 1] === T_FUNCTION) {
    // _PyObject_LookupSpecial gives CPython a bound method: it holds o during the call
    const bound = newMethod(m, o);
    try {
      r = call(bound, [spec], null);
    } finally {
      decref(bound);
    }
  } else r = callUnbound(m, o, [spec]);
  if (!isStrLike(r)) {
    const n = typeName(r);
    decref(r);
    throw raise(EXC.TypeError, `__format__ must return a str, not ${n}`);
  }
  return r;
}

/** ascii(o): repr(o) with non-ASCII characters escaped. */
export function asciiObject(o: number): number {
  const r = repr(o);
  const s = strValue(r);
  const e = asciiEscape(s);
  if (e === s) return r;
  decref(r);
  return newStr(e);
}

// ---- str.format -------------------------------------------------------------------------------------

const ANS_INIT = 0, ANS_AUTO = 1, ANS_MANUAL = 2;

/** Automatic field numbering state, shared with nested format specs. */
interface AutoNumber {
  state: number;
  next: number;
}

/** Where field values come from: positional args (null for format_map) and keywords or a mapping. */
interface FieldSource {
  args: number[] | null;
  kw: KwArgs | null;
  mapping: number;
}

function valueError(msg: string): never {
  throw raise(EXC.ValueError, msg);
}

/**
 * str.format(*args, **kw) (mapping = 0) or str.format_map(mapping) (args = kw = null): the
 * formatted text.
 */
export function formatString(fmt: string, args: number[] | null, kw: KwArgs | null, mapping: number): string {
  return buildString(fmt, { args, kw, mapping }, 2, { state: ANS_INIT, next: 0 });
}

function buildString(fmt: string, src: FieldSource, depth: number, auto: AutoNumber): string {
  if (depth <= 0) valueError('Max string recursion exceeded');
  const out: string[] = [];
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    // literal text up to the next '{' or '}'
    const start = pos;
    let c = 0;
    let markup = false;
    while (pos < n) {
      c = fmt.charCodeAt(pos++);
      if (c === 123 || c === 125) {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (c === 125 && markup && (atEnd || fmt.charCodeAt(pos) !== 125)) valueError("Single '}' encountered in format string");
    if (atEnd && c === 123 && markup) valueError("Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (fmt.charCodeAt(pos) === c) {
        // '{{' or '}}': the brace is literal text
        pos++;
        markup = false;
      } else len--;
    }
    if (len > 0) out.push(fmt.slice(start, start + len));
    if (!markup) continue;
    // parse_field
    const nameStart = pos;
    c = 0;
    while (pos < n) {
      c = fmt.charCodeAt(pos++);
      if (c === 123) valueError("unexpected '{' in field name");
      if (c === 91) {
        while (pos < n && fmt.charCodeAt(pos) !== 93) pos++;
        c = 0;
        continue;
      }
      if (c === 125 || c === 58 || c === 33) break;
    }
    const nameEnd = pos - 1;
    let conversion = 0;
    let spec = '';
    let specNeedsExpanding = false;
    if (c === 33 || c === 58) {
      if (c === 33) {
        if (pos >= n) valueError('end of string while looking for conversion specifier');
        conversion = fmt.codePointAt(pos)!;
        pos += conversion > 0xffff ? 2 : 1;
        if (pos < n) {
          const d = fmt.charCodeAt(pos++);
          if (d === 125) {
            out.push(renderField(fmt.slice(nameStart, nameEnd), conversion, '', false, src, depth, auto));
            continue;
          }
          if (d !== 58) valueError("expected ':' after conversion specifier");
        }
      }
      const specStart = pos;
      let count = 1;
      let closed = false;
      while (pos < n) {
        const d = fmt.charCodeAt(pos++);
        if (d === 123) {
          specNeedsExpanding = true;
          count++;
        } else if (d === 125) {
          if (--count === 0) {
            spec = fmt.slice(specStart, pos - 1);
            closed = true;
            break;
          }
        }
      }
      if (!closed) valueError("unmatched '{' in format spec");
    } else if (c !== 125) valueError("expected '}' before end of string");
    out.push(renderField(fmt.slice(nameStart, nameEnd), conversion, spec, specNeedsExpanding, src, depth, auto));
  }
  return out.join('');
}

function renderField(name: string, conversion: number, spec: string, expand: boolean, src: FieldSource, depth: number, auto: AutoNumber): string {
  let obj = getFieldObject(name, src, auto);
  try {
    if (conversion !== 0) {
      let conv: number;
      switch (conversion) {
        case 114: conv = repr(obj); break;
        case 115: conv = pyStr(obj); break;
        case 97: conv = asciiObject(obj); break;
        default:
          if (conversion > 32 && conversion < 127) valueError(`Unknown conversion specifier ${String.fromCharCode(conversion)}`);
          valueError(`Unknown conversion specifier \\x${conversion.toString(16)}`);
      }
      decref(obj);
      obj = conv;
    }
    if (expand) spec = buildString(spec, src, depth - 1, auto);
    if (spec === '' && I32[(obj >> 2) + 1] === T_STR) return strValue(obj);
    return formatObjectJS(obj, spec);
  } finally {
    decref(obj);
  }
}

/** get_integer: the decimal value of s, or -1 when s is empty or not all digits. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    if (acc > (9223372036854775807 - d) / 10) valueError('Too many decimal digits in format string');
    acc = acc * 10 + d;
  }
  return acc;
}

/** The object a field name refers to (new reference). */
function getFieldObject(name: string, src: FieldSource, auto: AutoNumber): number {
  // field_name_split: the first part runs to the first '.' or '['
  let i = 0;
  const n = name.length;
  while (i < n) {
    const c = name.charCodeAt(i);
    if (c === 46 || c === 91) break;
    i++;
  }
  const first = name.slice(0, i);
  let index = getInteger(first);
  const empty = first.length === 0;
  if (empty || index !== -1) {
    if (auto.state === ANS_INIT) auto.state = empty ? ANS_AUTO : ANS_MANUAL;
    if (auto.state === ANS_MANUAL && empty) valueError('cannot switch from manual field specification to automatic field numbering');
    if (auto.state === ANS_AUTO && !empty) valueError('cannot switch from automatic field numbering to manual field specification');
    if (empty) index = auto.next++;
  }
  let obj: number;
  if (index === -1) obj = keywordValue(first, src);
  else {
    if (src.args === null) valueError('Format string contains positional fields');
    if (index >= src.args.length) throw raise(EXC.IndexError, `Replacement index ${index} out of range for positional args tuple`);
    obj = src.args[index];
    I32[obj >> 2]++;
  }
  // the rest: .attr and [key] accessors
  try {
    while (i < n) {
      const c = name.charCodeAt(i++);
      let part: string;
      if (c === 46) {
        const s = i;
        while (i < n && name.charCodeAt(i) !== 46 && name.charCodeAt(i) !== 91) i++;
        part = name.slice(s, i);
        if (part.length === 0) valueError('Empty attribute in format string');
        const k = newStr(part);
        let v: number;
        try {
          v = getAttr(obj, k);
        } finally {
          decref(k);
        }
        decref(obj);
        obj = v;
      } else if (c === 91) {
        const s = i;
        while (i < n && name.charCodeAt(i) !== 93) i++;
        if (i >= n) valueError("Missing ']' in format string");
        part = name.slice(s, i);
        i++;
        if (part.length === 0) valueError('Empty attribute in format string');
        const idx = getInteger(part);
        const k = idx === -1 ? newStr(part) : newInt(idx);
        let v: number;
        try {
          v = getItem(obj, k);
        } finally {
          decref(k);
        }
        decref(obj);
        obj = v;
      } else valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

function keywordValue(key: string, src: FieldSource): number {
  if (src.mapping !== 0) {
    const k = newStr(key);
    try {
      return getItem(src.mapping, k);
    } finally {
      decref(k);
    }
  }
  const kw = src.kw;
  if (kw !== null) {
    for (let j = kw.names.length - 1; j >= 0; j--) {
      if (kw.names[j] === key) {
        const v = kw.values[j];
        I32[v >> 2]++;
        return v;
      }
    }
  }
  const k = newStr(key);
  try {
    throw raiseWithArg(EXC.KeyError, k);
  } finally {
    decref(k);
  }
}

/** An exception of type t whose single argument is the object `v` (borrowed). */
function raiseWithArg(t: TypeInfo, v: number): PyException {
  I32[v >> 2]++;
  const args = tupleFromSteal([v]);
  const e = newExceptionObject(t, args);
  decref(args);
  return new PyException(e);
}

export function initFormat(): void {
  rt.format = formatObject;
  rt.ascii = asciiObject;
}
