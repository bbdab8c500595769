// The indentation pass: CPython's tokenizer rules, run before the Ohm grammar.
//
// Ohm matches characters, not tokens, and its syntactic rules treat '\n' as space, so the
// layout of a Python file has to be made visible first. This pass walks the source the way
// CPython 3.11's Parser/tokenizer.c does and produces the *marked text* the grammar reads:
//
//   source                       marked text (· = space, ⏎ = '\n')
//   if x:  # test⏎               if x:··␤······⏎          ␤ = NEWLINE marker, placed where
//       y = (1,⏎                 ····▶y = (1,⏎              CPython's NEWLINE token starts
//            2)⏎                 ·········2)␤⏎            ▶ = INDENT, ◀ = DEDENT, inserted
//   z⏎                           ◀z␤⏎                       before the line's first token
//
// Comments and line-continuation backslashes become spaces, so nothing else moves; the only
// insertions are the markers, whose positions are kept in `markers`, so any offset in the
// marked text maps back to the source (origOffset) and errors point at the right line and column.
//
// The pass keeps CPython's indentation stack (tabs to multiples of 8, plus the tab-size-1
// "alt" stack that detects inconsistent tabs), ignores blank and comment-only lines, tracks the
// bracket level (no NEWLINE inside brackets) and backslash continuations, and skips string
// literals of every quote form and prefix. It raises CPython's tokenizer errors: unterminated
// strings, malformed numbers, unmatched or mismatched brackets, bad indentation, stray characters.
// An error stops the pass; the text up to it is still returned, because CPython reports a parser
// error that comes earlier in the file instead (parser.ts decides).
//
// It also cuts the file into top-level statements (`chunks`), so the parser can match one
// statement at a time: a chunk starts at each logical line with no indentation, unless that line
// continues a compound statement (else/elif/except/finally) or follows a decorator.

export const NEWLINE_MARK = '\uE000';
export const INDENT_MARK = '\uE001';
export const DEDENT_MARK = '\uE002';

export type TokenKind = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER';

export interface Token {
  kind: TokenKind;
  /**
   * Offsets in the source, end exclusive. A NEWLINE token starts at its '\n' (or at the '#' of a
   * trailing comment) and its `end` is the '\n' itself, as CPython's token end column.
   * INDENT/DEDENT/ENDMARKER have no extent (CPython gives them column -1).
   */
  start: number;
  end: number;
  /** Offset of the token in the marked text. */
  tpos: number;
  /** Bracket depth after this token, as CPython's tok->level. */
  level: number;
}

export type PyErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface TokenizerError {
  pyType: PyErrorType;
  msg: string;
  lineno: number;
  /** 1-based character offsets, as CPython stores them on the SyntaxError. */
  offset: number;
  endLineno: number;
  endOffset: number;
  /**
   * Offsets of 'direct' errors count characters; the others are reported through the parser and,
   * as CPython 3.11 does when running a file, count UTF-8 bytes.
   *
   * 'direct': raised by the tokenizer itself (syntaxerror() in tokenizer.c); CPython lets these
   * replace a parser error found earlier in the file. 'eofParen': end of file inside brackets;
   * it replaces an earlier parser error only when the bracket opened on an earlier line.
   * 'other': indentation and continuation errors, reported only when the parser reaches them.
   */
  kind: 'direct' | 'eofParen' | 'other';
  /** Where the parser meets the error, in marked-text offsets. */
  tpos: number;
  /**
   * For an 'other' error inside brackets: the innermost open bracket. CPython then reports
   * "'(' was never closed" instead when the bracket opened before the line of a parser error.
   */
  openBracket?: { ch: string; lineno: number; offset: number };
  /** The line as CPython quotes it, when it is not simply the source line. */
  text?: string;
}

export interface MarkedSource {
  source: string;
  text: string;
  /** Marked-text offsets of the inserted markers, ascending. */
  markers: number[];
  tokens: Token[];
  /** Marked-text offsets where top-level statements start; chunks[0] is 0. */
  chunks: number[];
  lineStarts: number[];
  error: TokenizerError | null;
}

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

class TokError extends Error {
  constructor(readonly info: TokenizerError) {
    super(info.msg);
  }
}

interface Paren {
  ch: string;
  lineno: number;
  col: number;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHexDigit = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
const isIdentStart = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c.charCodeAt(0) >= 128);
const isIdentChar = (c: string | undefined): boolean => isIdentStart(c) || isDigit(c);

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

const OPS3 = new Set(['**=', '...', '//=', '<<=', '>>=']);
const OPS2 = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=',
]);
const CLOSER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const CONTINUATION_KEYWORDS = new Set(['else', 'elif', 'except', 'finally']);

export function tokenize(source: string): MarkedSource {
  return new Tokenizer(source).run();
}

/** Map a marked-text offset back to the source offset. */
export function origOffset(markers: readonly number[], tpos: number): number {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid]! < tpos) lo = mid + 1;
    else hi = mid;
  }
  return tpos - lo;
}

/** 0-based index of the line holding source offset `pos`. */
export function lineIndexOf(lineStarts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text of 1-based line `lineno`, with its '\n' if it has one (CPython's SyntaxError.text). */
export function sourceLine(source: string, lineStarts: readonly number[], lineno: number): string | null {
  if (lineno < 1 || lineno > lineStarts.length) return null;
  const start = lineStarts[lineno - 1]!;
  if (start >= source.length && lineno > 1) return null;
  const nl = source.indexOf('\n', start);
  return nl < 0 ? source.slice(start) : source.slice(start, nl + 1);
}

export function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

class Tokenizer {
  private readonly src: string;
  private readonly n: number;
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private readonly indstack = [0];
  private readonly altindstack = [0];
  private readonly parens: Paren[] = [];
  private atbol = true;
  private contLine = false;
  private pendin = 0;
  private lineHasTokens = false;
  private sawStatement = false;
  private lastTopLevelWasDecorator = false;
  private readonly inserts: { at: number; ch: string }[] = [];
  private readonly blanks: [number, number][] = [];
  private readonly tokens: Token[] = [];
  private readonly chunks: number[] = [0];
  private readonly lineStarts: number[];

  constructor(source: string) {
    this.src = source;
    this.n = source.length;
    this.lineStarts = computeLineStarts(source);
  }

  run(): MarkedSource {
    let error: TokenizerError | null = null;
    try {
      this.scan();
    } catch (e) {
      if (!(e instanceof TokError)) throw e;
      error = e.info;
    }
    return this.finish(error);
  }

  // ------------------------------------------------------------------ output

  private finish(error: TokenizerError | null): MarkedSource {
    const parts: string[] = [];
    const markers: number[] = [];
    let p = 0;
    let bi = 0;
    let ii = 0;
    const { inserts, blanks, src } = this;
    while (bi < blanks.length || ii < inserts.length) {
      if (ii < inserts.length && (bi >= blanks.length || inserts[ii]!.at <= blanks[bi]![0])) {
        const ins = inserts[ii]!;
        parts.push(src.slice(p, ins.at), ins.ch);
        markers.push(ins.at + ii);
        p = ins.at;
        ii++;
      } else {
        const [s, e] = blanks[bi]!;
        parts.push(src.slice(p, s), ' '.repeat(e - s));
        p = e;
        bi++;
      }
    }
    parts.push(src.slice(p));
    const text = parts.join('');
    if (error) {
      // The marked text ends where the parser would meet the error.
      return { source: src, text: text.slice(0, error.tpos), markers, tokens: this.tokens, chunks: this.chunks, lineStarts: this.lineStarts, error };
    }
    return { source: src, text, markers, tokens: this.tokens, chunks: this.chunks, lineStarts: this.lineStarts, error: null };
  }

  private tposOf(pos: number): number {
    return pos + this.inserts.length;
  }

  private push(kind: TokenKind, start: number, end: number): void {
    this.tokens.push({ kind, start, end, tpos: this.tposOf(start), level: this.parens.length });
    if (kind !== 'NEWLINE') this.lineHasTokens = true;
  }

  private pushMarker(kind: 'INDENT' | 'DEDENT', at: number, ch: string): void {
    const tpos = at + this.inserts.length;
    this.inserts.push({ at, ch });
    this.tokens.push({ kind, start: at, end: at, tpos, level: this.parens.length });
  }

  // ------------------------------------------------------------------ errors

  /** CPython's syntaxerror(): the offset is the number of characters before the cursor `cur`. */
  private fail(msg: string, cur: number, at: number): never {
    const col = charCount(this.src, this.lineStart, cur);
    throw new TokError({
      pyType: 'SyntaxError', msg, lineno: this.lineno, offset: col, endLineno: this.lineno, endOffset: col,
      kind: 'direct', tpos: this.tposOf(at),
    });
  }

  private failAt(info: Omit<TokenizerError, 'tpos'>, at: number): never {
    const p = this.parens[this.parens.length - 1];
    const openBracket = p && info.kind === 'other' ? { ch: p.ch, lineno: p.lineno, offset: p.col + 1 } : undefined;
    throw new TokError({ ...info, tpos: this.tposOf(at), ...(openBracket ? { openBracket } : {}) });
  }

  // ------------------------------------------------------------------ the scanner

  /** CPython refuses a line holding a NUL character when it reads that line. */
  private checkNul(upTo: number): void {
    const nul = this.src.indexOf('\0', this.lineStart);
    if (nul < 0 || nul > upTo) return;
    const li = lineIndexOf(this.lineStarts, nul);
    const ls = this.lineStarts[li]!;
    throw new TokError({
      pyType: 'SyntaxError', msg: 'source code cannot contain null bytes', lineno: li + 1, offset: 0,
      endLineno: li + 1, endOffset: 0, kind: 'direct', tpos: this.tposOf(Math.max(this.pos, ls)), text: this.src.slice(ls, nul),
    });
  }

  private scan(): void {
    const src = this.src;
    for (;;) {
      let blankline = false;
      if (this.atbol) {
        const nl = src.indexOf('\n', this.pos);
        this.checkNul(nl < 0 ? this.n : nl);
        this.atbol = false;
        blankline = this.indentation();
      }
      // Skip spaces.
      let c = src[this.pos];
      while (c === ' ' || c === '\t' || c === '\f') c = src[++this.pos];
      // Pending INDENT/DEDENT tokens come before the line's first token.
      if (this.pendin !== 0) this.emitPending();
      const start = this.pos;

      if (c === '#') {
        let e = this.pos;
        while (e < this.n && src[e] !== '\n') e++;
        this.blanks.push([this.pos, e]);
        this.pos = e;
        c = src[e];
      }

      if (c === undefined) {
        this.endOfFile();
        return;
      }

      if (c === '\n') {
        this.pos++;
        this.newLine();
        if (blankline || this.parens.length > 0) continue;
        if (!this.lineHasTokens) continue; // e.g. a lone continuation backslash
        const tpos = this.tposOf(start);
        this.inserts.push({ at: start, ch: NEWLINE_MARK });
        this.tokens.push({ kind: 'NEWLINE', start, end: this.pos - 1, tpos, level: 0 });
        this.lineHasTokens = false;
        this.contLine = false;
        continue;
      }

      this.maybeStartChunk(start);

      if (isIdentStart(c)) {
        this.identifierOrString();
        continue;
      }
      if (c === '.') {
        if (isDigit(src[this.pos + 1])) {
          this.number();
        } else if (src[this.pos + 1] === '.' && src[this.pos + 2] === '.') {
          this.pos += 3;
          this.push('OP', start, this.pos);
        } else {
          this.pos++;
          this.push('OP', start, this.pos);
        }
        continue;
      }
      if (isDigit(c)) {
        this.number();
        continue;
      }
      if (c === "'" || c === '"') {
        this.string(start, this.pos);
        continue;
      }
      if (c === '\\') {
        this.continuation();
        continue;
      }
      this.operator(start);
    }
  }

  /** Reads the indentation of a new line; returns whether the line is blank. */
  private indentation(): boolean {
    const src = this.src;
    let col = 0;
    let altcol = 0;
    let p = this.pos;
    for (;;) {
      const c = src[p];
      if (c === ' ') {
        col++;
        altcol++;
      } else if (c === '\t') {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol++;
      } else if (c === '\f') {
        col = altcol = 0;
      } else break;
      p++;
    }
    const c = src[p];
    // CPython appends a newline to a last line that lacks one, so trailing blanks are a blank line.
    const blank = c === '#' || c === '\n' || (c === undefined && p > this.pos);
    this.pos = p;
    if (blank || this.parens.length > 0 || c === undefined) return blank;
    const top = this.indstack.length - 1;
    if (col === this.indstack[top]) {
      if (altcol !== this.altindstack[top]) this.tabError();
    } else if (col > this.indstack[top]!) {
      if (this.indstack.length >= MAXINDENT) {
        this.failAt({ pyType: 'IndentationError', msg: 'too many levels of indentation', lineno: this.lineno, offset: 1, endLineno: this.lineno, endOffset: 0, kind: 'other' }, this.pos);
      }
      if (altcol <= this.altindstack[top]!) this.tabError();
      this.pendin++;
      this.indstack.push(col);
      this.altindstack.push(altcol);
    } else {
      while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]!) {
        this.pendin--;
        this.indstack.pop();
        this.altindstack.pop();
      }
      if (col !== this.indstack[this.indstack.length - 1]) {
        this.failAt({
          pyType: 'IndentationError', msg: 'unindent does not match any outer indentation level',
          lineno: this.lineno, offset: this.lineLength(), endLineno: this.lineno, endOffset: -1, kind: 'other',
        }, this.pos);
      }
      if (altcol !== this.altindstack[this.altindstack.length - 1]) this.tabError();
    }
    return false;
  }

  /** Length of the current line including its newline (CPython's cursor at the end of the line). */
  private lineLength(): number {
    const nl = this.src.indexOf('\n', this.lineStart);
    return byteCount(this.src, this.lineStart, nl < 0 ? this.n : nl + 1);
  }

  private tabError(): never {
    this.failAt({
      pyType: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation',
      lineno: this.lineno, offset: 1, endLineno: this.lineno, endOffset: 0, kind: 'other',
    }, this.pos);
  }

  private emitPending(): void {
    while (this.pendin < 0) {
      this.pendin++;
      this.pushMarker('DEDENT', this.pos, DEDENT_MARK);
    }
    while (this.pendin > 0) {
      this.pendin--;
      this.pushMarker('INDENT', this.pos, INDENT_MARK);
    }
  }

  private newLine(): void {
    this.atbol = true;
    this.lineno++;
    this.lineStart = this.pos;
  }

  /** A logical line with no indentation starts a new top-level statement (a chunk). */
  private maybeStartChunk(start: number): void {
    if (this.lineHasTokens || this.parens.length > 0 || this.indstack.length > 1) return;
    const src = this.src;
    let e = start;
    while (e < this.n && isIdentChar(src[e])) e++;
    const word = src.slice(start, e);
    if (this.sawStatement && !this.lastTopLevelWasDecorator && !CONTINUATION_KEYWORDS.has(word)) {
      this.chunks.push(this.tposOf(start));
    }
    this.sawStatement = true;
    this.lastTopLevelWasDecorator = src[start] === '@';
  }

  private endOfFile(): void {
    const n = this.n;
    if (this.parens.length > 0) {
      const p = this.parens[this.parens.length - 1]!;
      this.failAt({
        pyType: 'SyntaxError', msg: `'${p.ch}' was never closed`,
        lineno: p.lineno, offset: p.col + 1, endLineno: p.lineno, endOffset: 0, kind: 'eofParen',
      }, n);
    }
    if (this.lineHasTokens) {
      const tpos = this.tposOf(n);
      this.inserts.push({ at: n, ch: NEWLINE_MARK });
      this.tokens.push({ kind: 'NEWLINE', start: n, end: n, tpos, level: 0 });
      this.lineHasTokens = false;
    }
    while (this.indstack.length > 1) {
      this.indstack.pop();
      this.pushMarker('DEDENT', n, DEDENT_MARK);
    }
    this.tokens.push({ kind: 'ENDMARKER', start: n, end: n, tpos: this.tposOf(n), level: 0 });
  }

  private continuation(): void {
    const src = this.src;
    const bs = this.pos;
    const next = src[bs + 1];
    if (next !== '\n' && next !== undefined) {
      // CPython reads the character after the backslash; the cursor is past it.
      this.failAt({
        pyType: 'SyntaxError', msg: 'unexpected character after line continuation character',
        lineno: this.lineno, offset: byteCount(src, this.lineStart, bs + 2), endLineno: this.lineno, endOffset: 0, kind: 'other',
      }, bs);
    }
    const lineLen = byteCount(src, this.lineStart, next === undefined ? this.n : bs + 1);
    this.blanks.push([bs, bs + 1]);
    this.pos = next === undefined ? this.n : bs + 2;
    if (this.pos >= this.n) {
      if (this.parens.length > 0) this.endOfFile(); // "'(' was never closed"
      this.failAt({
        pyType: 'SyntaxError', msg: 'unexpected EOF while parsing',
        lineno: this.lineno, offset: lineLen + 1, endLineno: this.lineno, endOffset: -1, kind: 'other',
      }, this.n);
    }
    this.lineno++;
    this.lineStart = this.pos;
    this.contLine = true;
  }

  private operator(start: number): void {
    const src = this.src;
    const c = src[start]!;
    if (c === '(' || c === '[' || c === '{') {
      if (this.parens.length >= MAXLEVEL) this.fail('too many nested parentheses', start + 1, start);
      this.parens.push({ ch: c, lineno: this.lineno, col: byteCount(src, this.lineStart, start) });
      this.pos = start + 1;
      this.push('OP', start, this.pos);
      return;
    }
    if (c === ')' || c === ']' || c === '}') {
      if (this.parens.length === 0) this.fail(`unmatched '${c}'`, start + 1, start);
      const open = this.parens.pop()!;
      if (open.ch !== CLOSER_OF[c]) {
        const where = open.lineno !== this.lineno ? ` on line ${open.lineno}` : '';
        this.parens.push(open);
        this.fail(`closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'${where}`, start + 1, start);
      }
      this.pos = start + 1;
      this.push('OP', start, this.pos);
      return;
    }
    const code = c.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) {
      if (code === 0) this.checkNul(start);
      this.fail(`invalid non-printable character U+${hex4(code)}`, start + 1, start);
    }
    const three = src.slice(start, start + 3);
    const two = src.slice(start, start + 2);
    let len = 1;
    if (OPS3.has(three)) len = 3;
    else if (OPS2.has(two)) len = 2;
    this.pos = start + len;
    this.push('OP', start, this.pos);
  }

  // ------------------------------------------------------------------ names and strings

  private identifierOrString(): void {
    const src = this.src;
    const start = this.pos;
    let p = start;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      const c = src[p];
      if (!(sawB || sawU || sawF) && (c === 'b' || c === 'B')) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 'u' || c === 'U')) sawU = true;
      else if (!(sawR || sawU) && (c === 'r' || c === 'R')) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 'f' || c === 'F')) sawF = true;
      else break;
      p++;
      if (src[p] === '"' || src[p] === "'") {
        this.string(start, p);
        return;
      }
    }
    let nonAscii = false;
    while (p < this.n && isIdentChar(src[p])) {
      if (src.charCodeAt(p) >= 128) nonAscii = true;
      p++;
    }
    if (nonAscii) this.verifyIdentifier(start, p);
    this.pos = p;
    this.push('NAME', start, p);
  }

  /** CPython's verify_identifier: every character must be XID_Start / XID_Continue. */
  private verifyIdentifier(start: number, end: number): void {
    const ident = this.src.slice(start, end);
    let i = 0;
    let first = true;
    for (const ch of ident) {
      const ok = first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        const cp = ch.codePointAt(0)!;
        const cur = start + i + ch.length;
        const msg = NON_PRINTABLE.test(ch)
          ? `invalid non-printable character U+${hex4(cp)}`
          : `invalid character '${ch}' (U+${hex4(cp)})`;
        this.fail(msg, cur, start);
      }
      first = false;
      i += ch.length;
    }
  }

  private string(start: number, quotePos: number): void {
    const src = this.src;
    const quote = src[quotePos]!;
    const firstLine = this.lineno;
    let p = quotePos + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (src[p] === quote) {
      if (src[p + 1] === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        endQuoteSize = 1;
        p++;
      }
    }
    let line = this.lineno;
    let lineStart = this.lineStart;
    while (endQuoteSize !== quoteSize) {
      const c = src[p];
      if (c === undefined || (quoteSize === 1 && c === '\n')) {
        // At the end of the file CPython's line counter has not moved past the last newline.
        if (c === undefined && p > 0 && src[p - 1] === '\n') line--;
        const kind = quoteSize === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        const col = charCount(src, this.lineStarts[firstLine - 1]!, start);
        throw new TokError({
          pyType: 'SyntaxError', msg: `${kind} (detected at line ${line})`, lineno: firstLine,
          offset: col + 1, endLineno: firstLine, endOffset: col + 1, kind: 'direct', tpos: this.tposOf(start),
        });
      }
      p++;
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === '\0') {
          this.lineStart = lineStart;
          this.checkNul(p);
        }
        if (c === '\n') {
          line++;
          lineStart = p;
        } else if (c === '\\') {
          const e = src[p];
          if (e !== undefined) p++;
          if (e === '\n') {
            line++;
            lineStart = p;
          }
        }
      }
    }
    this.pos = p;
    this.lineno = line;
    this.lineStart = lineStart;
    this.push('STRING', start, p);
  }

  // ------------------------------------------------------------------ numbers

  private number(): void {
    const src = this.src;
    const start = this.pos;
    let p = start;
    const decimalTail = (): void => {
      for (;;) {
        while (isDigit(src[p])) p++;
        if (src[p] !== '_') break;
        p++;
        if (!isDigit(src[p])) this.fail('invalid decimal literal', p, start);
      }
    };
    const endOfNumber = (kind: string): void => this.verifyEndOfNumber(p, kind, start);
    const fractionAndRest = (): void => {
      // p is just past the '.'
      if (isDigit(src[p])) decimalTail();
      exponentAndRest();
    };
    const exponentAndRest = (): void => {
      const c = src[p];
      if (c === 'e' || c === 'E') {
        const ePos = p;
        p++;
        if (src[p] === '+' || src[p] === '-') {
          p++;
          if (!isDigit(src[p])) this.fail('invalid decimal literal', p, start);
        } else if (!isDigit(src[p])) {
          // "1e" followed by something else: the number ends before the 'e'.
          this.verifyEndOfNumber(ePos, 'decimal', start);
          p = ePos;
          this.pos = p;
          this.push('NUMBER', start, p);
          return;
        }
        decimalTail();
      }
      imaginaryOrEnd();
    };
    const imaginaryOrEnd = (): void => {
      if (src[p] === 'j' || src[p] === 'J') {
        p++;
        endOfNumber('imaginary');
      } else {
        endOfNumber('decimal');
      }
      this.pos = p;
      this.push('NUMBER', start, p);
    };

    if (src[p] === '.') {
      p++;
      fractionAndRest();
      return;
    }
    if (src[p] === '0') {
      p++;
      const c = src[p];
      if (c === 'x' || c === 'X') {
        p++;
        do {
          if (src[p] === '_') p++;
          if (!isHexDigit(src[p])) this.fail('invalid hexadecimal literal', p, start);
          while (isHexDigit(src[p])) p++;
        } while (src[p] === '_');
        endOfNumber('hexadecimal');
      } else if (c === 'o' || c === 'O') {
        p++;
        do {
          if (src[p] === '_') p++;
          const d = src[p];
          if (d === undefined || d < '0' || d >= '8') {
            if (isDigit(d)) this.fail(`invalid digit '${d}' in octal literal`, p + 1, start);
            this.fail('invalid octal literal', p, start);
          }
          while (src[p] !== undefined && src[p]! >= '0' && src[p]! < '8') p++;
        } while (src[p] === '_');
        if (isDigit(src[p])) this.fail(`invalid digit '${src[p]}' in octal literal`, p + 1, start);
        endOfNumber('octal');
      } else if (c === 'b' || c === 'B') {
        p++;
        do {
          if (src[p] === '_') p++;
          const d = src[p];
          if (d !== '0' && d !== '1') {
            if (isDigit(d)) this.fail(`invalid digit '${d}' in binary literal`, p + 1, start);
            this.fail('invalid binary literal', p, start);
          }
          while (src[p] === '0' || src[p] === '1') p++;
        } while (src[p] === '_');
        if (isDigit(src[p])) this.fail(`invalid digit '${src[p]}' in binary literal`, p + 1, start);
        endOfNumber('binary');
      } else {
        let nonzero = false;
        for (;;) {
          if (src[p] === '_') {
            p++;
            if (!isDigit(src[p])) this.fail('invalid decimal literal', p, start);
          }
          if (src[p] !== '0') break;
          p++;
        }
        const zerosEnd = p;
        if (isDigit(src[p])) {
          nonzero = true;
          decimalTail();
        }
        const d = src[p];
        if (d === '.') {
          p++;
          fractionAndRest();
          return;
        }
        if (d === 'e' || d === 'E') {
          exponentAndRest();
          return;
        }
        if (d === 'j' || d === 'J') {
          imaginaryOrEnd();
          return;
        }
        if (nonzero) {
          const lineno = this.lineno;
          throw new TokError({
            pyType: 'SyntaxError',
            msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            lineno, offset: byteCount(src, this.lineStart, start) + 1, endLineno: lineno, endOffset: byteCount(src, this.lineStart, zerosEnd + 1),
            kind: 'direct', tpos: this.tposOf(start),
          });
        }
        endOfNumber('decimal');
      }
      this.pos = p;
      this.push('NUMBER', start, p);
      return;
    }
    decimalTail();
    if (src[p] === '.') {
      p++;
      fractionAndRest();
      return;
    }
    exponentAndRest();
  }

  /** CPython's verify_end_of_number: a number may not run into a name (keywords are tolerated). */
  private verifyEndOfNumber(p: number, kind: string, start: number): void {
    const src = this.src;
    const c = src[p];
    // tokenizer.c's lookahead(): the rest of the keyword, not followed by a name character.
    const rest = (word: string): boolean => src.startsWith(word, p + 1) && !isIdentChar(src[p + 1 + word.length]);
    let keywordFollows = false;
    if (c === 'a') keywordFollows = rest('nd');
    else if (c === 'e') keywordFollows = rest('lse');
    else if (c === 'f') keywordFollows = rest('or');
    else if (c === 'i') keywordFollows = src[p + 1] === 'f' || src[p + 1] === 'n' || src[p + 1] === 's';
    else if (c === 'o') keywordFollows = rest('r');
    else if (c === 'n') keywordFollows = rest('ot');
    if (keywordFollows) return;
    if (isIdentChar(c) && c!.charCodeAt(0) < 128) this.fail(`invalid ${kind} literal`, p, start); // 3.11.4+: ASCII only
  }
}

/** Number of code points in source[from, to): CPython's columns count characters. */
export function charCount(source: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from) n--;
  }
  return n;
}

/** Number of UTF-8 bytes in source[from, to): CPython's parser errors count bytes. */
export function byteCount(source: string, from: number, to: number): number {
  // eslint-disable-next-line no-control-regex
  const s = source.slice(from, to);
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : Buffer.byteLength(s, 'utf8');
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}
