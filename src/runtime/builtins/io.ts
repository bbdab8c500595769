// Standard streams. Output is buffered in JS and written with one syscall per flush (CPython
// block-buffers stdout when it is not a terminal, too); stderr is written through.

import { writeSync, readSync } from 'node:fs';

let outBuf = '';
const FLUSH_AT = 1 << 16;

export function stdoutWrite(s: string): void {
  outBuf += s;
  if (outBuf.length > FLUSH_AT) flushStdout();
}

export function flushStdout(): void {
  if (outBuf.length === 0) return;
  const b = Buffer.from(outBuf, 'utf8');
  outBuf = '';
  writeAll(1, b);
}

export function stderrWrite(s: string): void {
  flushStdout();
  writeAll(2, Buffer.from(s, 'utf8'));
}

function writeAll(fd: number, b: Buffer): void {
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off, b.length - off);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EAGAIN') continue;
      if (err.code === 'EPIPE') return;
      throw e;
    }
  }
}

/** Captured output for tests (when set, writes go here instead of the file descriptors). */
export const capture: { out: string[] | null; err: string[] | null } = { out: null, err: null };

// ---- standard input ---------------------------------------------------------------------------
//
// One buffer of raw bytes read from fd 0 in chunks, shared by sys.stdin and input(): a line is
// split at a '\n' byte and decoded as UTF-8 whole, so a character never straddles two reads.

let inBuf: Buffer = Buffer.alloc(0);
let inEof = false;
const IN_CHUNK = 1 << 16;

/** Read one more chunk into the buffer; false at end of input. */
function fillStdin(): boolean {
  if (inEof) return false;
  const chunk = Buffer.alloc(IN_CHUNK);
  for (;;) {
    let n = 0;
    try {
      n = readSync(0, chunk, 0, IN_CHUNK, null);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EAGAIN') {
        // a non-blocking terminal: wait a little and retry
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (err.code === 'EOF') n = 0;
      else {
        inEof = true;
        return false;
      }
    }
    if (n === 0) {
      inEof = true;
      return false;
    }
    inBuf = inBuf.length ? Buffer.concat([inBuf, chunk.subarray(0, n)]) : Buffer.from(chunk.subarray(0, n));
    return true;
  }
}

/** The next line of stdin with its '\n' ('' at end of input); at most `limit` characters if >= 0. */
export function stdinReadLine(limit = -1): string {
  for (;;) {
    const nl = inBuf.indexOf(0x0a);
    if (nl >= 0 || !fillStdin()) {
      const end = nl >= 0 ? nl + 1 : inBuf.length;
      let s = inBuf.subarray(0, end).toString('utf8');
      if (limit >= 0 && [...s].length > limit) s = [...s].slice(0, limit).join('');
      inBuf = inBuf.subarray(Buffer.byteLength(s, 'utf8'));
      return s;
    }
  }
}

/** Read `n` characters of stdin (all of it when n < 0). */
export function stdinRead(n = -1): string {
  if (n < 0) {
    while (fillStdin());
    const s = inBuf.toString('utf8');
    inBuf = Buffer.alloc(0);
    return s;
  }
  let s = '';
  while ([...s].length < n) {
    const line = stdinReadLine(n - [...s].length);
    if (line === '') break;
    s += line;
  }
  return s;
}
