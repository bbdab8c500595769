// `_fileio`: the file-descriptor layer under lib/io.py's FileIO (what CPython's _io.FileIO gets
// from the C library). Thin and synchronous over node:fs; positions are kept by the caller and
// passed to every read and write, as pread/pwrite (node has no lseek). Failures are returned as
// a negative errno for the Python side to raise as OSError(errno, strerror, filename), which
// picks the subclass (FileNotFoundError, IsADirectoryError, ...) as CPython does.

import { openSync, closeSync, readSync, writeSync, fstatSync, ftruncateSync, unlinkSync } from 'node:fs';
import { constants } from 'node:os';
import { isatty } from 'node:tty';
import { newIntFromNumber } from '../objects/int.js';
import { newStr, strValue } from '../objects/str.js';
import { newBytes, bytesView } from '../objects/bytes.js';
import { raise, EXC } from '../objects/exception.js';
import { defFunction } from '../builtins/define.js';
import { newModule, moduleDict } from '../types.js';
import * as A from '../abstract.js';

/** The positive errno of a node:fs error (EIO when it has none). */
function errnoOf(e: unknown): number {
  const code = (e as { code?: string }).code;
  const n = code !== undefined ? (constants.errno as Record<string, number>)[code] : undefined;
  return n ?? 5;
}

function fd(a: number): number {
  return A.indexValue(a);
}

export function makeFileioModule(): number {
  const m = newModule('_fileio');
  const d = moduleDict(m);
  // open(path, flags, perm) -> fd, or -errno. flags: node's 'r', 'r+', 'w', 'w+', 'wx', 'wx+', 'a', 'a+'.
  defFunction(d, 'open', (_s, args) => {
    const path = strValue(args[0]);
    const flags = strValue(args[1]);
    let f: number;
    try {
      f = openSync(path, flags, A.indexValue(args[2]));
    } catch (e) {
      return newIntFromNumber(-errnoOf(e));
    }
    // open(2) lets a directory be opened for reading; CPython's FileIO refuses it with EISDIR
    if (fstatSync(f).isDirectory()) {
      closeSync(f);
      return newIntFromNumber(-(constants.errno.EISDIR ?? 21));
    }
    return newIntFromNumber(f);
  }, { nargs: 3 });
  // read(fd, n, pos) -> bytes (n < 0: to the end of the file)
  defFunction(d, 'read', (_s, args) => {
    const f = fd(args[0]);
    let n = A.indexValue(args[1]);
    const pos = A.indexValue(args[2]);
    if (n < 0) n = Math.max(0, fstatSync(f).size - pos);
    const buf = Buffer.alloc(n);
    let got = 0;
    try {
      while (got < n) {
        const k = readSync(f, buf, got, n - got, pos + got);
        if (k === 0) break;
        got += k;
      }
    } catch (e) {
      throw raise(EXC.OSError, `[Errno ${errnoOf(e)}] ${(e as Error).message}`);
    }
    return newBytes(buf.subarray(0, got));
  }, { nargs: 3 });
  // write(fd, data, pos) -> bytes written (pos < 0: append at the end)
  defFunction(d, 'write', (_s, args) => {
    const f = fd(args[0]);
    const data = bytesView(args[1]);
    const pos = A.indexValue(args[2]);
    let done = 0;
    try {
      while (done < data.length) done += writeSync(f, data, done, data.length - done, pos < 0 ? null : pos + done);
    } catch (e) {
      throw raise(EXC.OSError, `[Errno ${errnoOf(e)}] ${(e as Error).message}`);
    }
    return newIntFromNumber(done);
  }, { nargs: 3 });
  defFunction(d, 'size', (_s, args) => newIntFromNumber(fstatSync(fd(args[0])).size), { nargs: 1 });
  defFunction(d, 'truncate', (_s, args) => {
    ftruncateSync(fd(args[0]), A.indexValue(args[1]));
    return A.retNone();
  }, { nargs: 2 });
  defFunction(d, 'close', (_s, args) => {
    try {
      closeSync(fd(args[0]));
    } catch {
      // already closed: CPython's close() of a closed FileIO is a no-op as well
    }
    return A.retNone();
  }, { nargs: 1 });
  defFunction(d, 'isatty', (_s, args) => A.newBool(isatty(fd(args[0]))), { nargs: 1 });
  // unlink(path) -> 0 or -errno
  defFunction(d, 'unlink', (_s, args) => {
    try {
      unlinkSync(strValue(args[0]));
    } catch (e) {
      return newIntFromNumber(-errnoOf(e));
    }
    return newIntFromNumber(0);
  }, { nargs: 1 });
  // strerror(errno) -> the C library's text for the common codes
  defFunction(d, 'strerror', (_s, args) => newStr(STRERROR[A.indexValue(args[0])] ?? `Unknown error ${A.indexValue(args[0])}`), { nargs: 1 });
  return m;
}

/** glibc's strerror texts for the errors file operations meet. */
const STRERROR: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 5: 'Input/output error', 9: 'Bad file descriptor',
  12: 'Cannot allocate memory', 13: 'Permission denied', 17: 'File exists', 20: 'Not a directory', 21: 'Is a directory',
  22: 'Invalid argument', 24: 'Too many open files', 27: 'File too large', 28: 'No space left on device',
  30: 'Read-only file system', 36: 'File name too long', 39: 'Directory not empty', 40: 'Too many levels of symbolic links',
};
