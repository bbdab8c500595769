// Standard streams. Output is buffered in JS and written with one syscall per flush (CPython
// block-buffers stdout when it is not a terminal, too); stderr is written through.

import { writeSync } from 'node:fs';

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
