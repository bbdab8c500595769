// SyntaxError, IndentationError and TabError as CPython raises them at compile time, and the
// text CPython 3.11 prints for one on stderr:
//
//     File "x.py", line 4
//       if x > 2
//               ^
//   SyntaxError: expected ':'
//
// The fields are CPython's SyntaxError attributes: lineno/offset/end_lineno/end_offset are
// 1-based, the offsets count characters (not bytes) in `text`, the source line including its
// newline. `formatSyntaxError` follows Python/pythonrun.c (print_exception, print_error_text):
// only an exact SyntaxError shows a ^^^ range (subclasses get one caret), the line is printed
// without its indentation, and no caret is drawn when it would point left of the text.
// Errors found later, by the symbol table or the code generator ('return' outside function, ...),
// are PySyntaxErrors too.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  readonly pyType: SyntaxErrorType;
  readonly msg: string;
  readonly filename: string;
  readonly lineno: number;
  /** 1-based column in characters; 0 or less means "no caret". */
  readonly offset: number;
  /** The source line (with its '\n' when it has one), or null when unknown. */
  readonly text: string | null;
  readonly end_lineno: number;
  readonly end_offset: number;
  /**
   * Raised by the symbol table or the code generator, after parsing: CPython reads the text of
   * such errors from the file (PyErr_ProgramTextObject), so source compiled from a string has none.
   */
  fromCompiler = false;

  constructor(
    pyType: SyntaxErrorType, msg: string, filename: string, lineno: number, offset: number,
    text: string | null, end_lineno: number = lineno, end_offset: number = -1,
  ) {
    super(msg);
    this.name = pyType;
    this.pyType = pyType;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
  }
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/** CPython 3.11's stderr text for an uncaught SyntaxError (ends with a newline). */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    let offset = e.offset;
    let endOffset = e.pyType === 'SyntaxError' ? e.end_offset : -1;
    const endLineno = e.pyType === 'SyntaxError' ? e.end_lineno : e.lineno;
    const lineSize = utf8Length(e.text);
    if (endLineno > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(offset, endOffset, e.text);
  }
  return `${out}${e.pyType}: ${e.msg}\n`;
}

/**
 * print_error_text(): the stripped line, then the caret line. Like the C code, it measures the
 * line in UTF-8 bytes while `offset` counts what the error recorded, so on lines with non-ASCII
 * characters the caret lands exactly where CPython's does.
 */
function errorText(offset: number, endOffset: number, text: string): string {
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let bytes = Buffer.from(text, 'utf8');
  offset--;
  let i = 0;
  while (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0c) {
    i++;
    offset--;
  }
  bytes = bytes.subarray(i);
  let len = bytes.length;
  if (len > 0 && bytes[len - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = bytes.indexOf(0x0a);
    if (nl < 0 || nl >= offset) break;
    bytes = bytes.subarray(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = `    ${bytes.toString('utf8')}`;
  if (bytes[len] !== 0x0a) out += '\n';
  if (offset < 0) return out;
  return `${out}    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
}
