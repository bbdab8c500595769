// `posix`: the operating-system calls lib/os.py is built on (CPython's os imports them from the
// posix C module too): process ids, the environment, the working directory, directory listings,
// stat, random bytes. Functions that can fail return (errno, strerror) instead of raising, and
// os.py raises the OSError subclass CPython would (FileNotFoundError for errno 2, ...), with
// its argument checks and messages.

import { readdirSync, statSync, lstatSync, realpathSync, type Stats } from 'node:fs';
import { cpus } from 'node:os';
import { randomBytes } from 'node:crypto';
import { I32, T_STR, decref } from '../object.js';
import { newInt, indexAsNumber } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newStr, strValue, internSteal } from '../objects/str.js';
import { tupleFromSteal } from '../objects/tuple.js';
import { listFromSteal } from '../objects/list.js';
import { newDict, dictSet } from '../objects/dict.js';
import { newBytes } from '../objects/bytes.js';
import { raise, EXC } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction } from '../builtins/define.js';
import { flushStdout } from '../builtins/io.js';
import { newModule, moduleDict } from '../types.js';

/** strerror(3)'s text for the errors the calls here can meet (glibc's wording). */
const STRERROR: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 13: 'Permission denied', 17: 'File exists',
  20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument', 36: 'File name too long',
  39: 'Directory not empty', 40: 'Too many levels of symbolic links',
};

/** The variables the re-running cli loader (scripts/cli-loader.js) adds for itself. */
const LOADER_VARS = ['PYVM_NO_REEXEC', 'PYVM_REEXECED'];

function strArg(fn: string, o: number): string {
  if (I32[(o >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `${fn}() argument must be str, not ${A.typeName(o)}`);
  return strValue(o);
}

/** (errno, strerror) of a failed node fs call. */
function osError(e: unknown): number {
  const errno = e && typeof e === 'object' && 'errno' in e ? Math.abs(Number((e as { errno: number }).errno)) : 22;
  return tupleFromSteal([newInt(errno), newStr(STRERROR[errno] ?? `Unknown error ${errno}`)]);
}

function statTuple(s: Stats): number {
  return tupleFromSteal([
    newInt(s.mode), newInt(s.ino), newInt(s.dev), newInt(s.nlink), newInt(s.uid), newInt(s.gid), newInt(s.size),
    newFloat(s.atimeMs / 1000), newFloat(s.mtimeMs / 1000), newFloat(s.ctimeMs / 1000),
  ]);
}

function environDict(): number {
  const d = newDict();
  const hide = process.env.PYVM_REEXECED === '1';
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || (hide && LOADER_VARS.includes(k))) continue;
    const ko = internSteal(newStr(k));
    const vo = newStr(v);
    dictSet(d, ko, vo);
    decref(ko);
    decref(vo);
  }
  return d;
}

export function makePosixModule(): number {
  const m = newModule('posix');
  const d = moduleDict(m);
  const key = internSteal(newStr('environ'));
  const env = environDict();
  dictSet(d, key, env);
  decref(key);
  decref(env);
  defFunction(d, 'getpid', () => newInt(process.pid), { nargs: 0 });
  defFunction(d, 'getppid', () => newInt(process.ppid), { nargs: 0 });
  defFunction(d, 'getuid', () => newInt(process.getuid ? process.getuid() : 0), { nargs: 0 });
  defFunction(d, 'getgid', () => newInt(process.getgid ? process.getgid() : 0), { nargs: 0 });
  defFunction(d, 'getcwd', () => newStr(process.cwd()), { nargs: 0 });
  defFunction(d, 'cpu_count', () => newInt(cpus().length || 1), { nargs: 0 });
  // _exit(status): end the process at once, without the interpreter's shutdown (no atexit
  // callbacks, no finalizers); what was written to stdout is flushed first
  defFunction(d, '_exit', (_s, args) => {
    if (args.length !== 1) throw raise(EXC.TypeError, "_exit() missing required argument 'status' (pos 1)");
    const status = indexAsNumber(args[0]);
    flushStdout();
    process.exit(status & 0xff);
  }, { nargs: [0, 1] });
  defFunction(d, 'strerror', (_s, args) => {
    const n = indexAsNumber(args[0]);
    return newStr(STRERROR[n] ?? `Unknown error ${n}`);
  }, { nargs: 1 });
  // urandom(n) -> n random bytes (n checked by os.py)
  defFunction(d, 'urandom', (_s, args) => newBytes(randomBytes(indexAsNumber(args[0]))), { nargs: 1 });
  defFunction(d, 'putenv', (_s, args) => {
    process.env[strArg('putenv', args[0])] = strArg('putenv', args[1]);
    return A.retNone();
  }, { nargs: 2 });
  defFunction(d, 'unsetenv', (_s, args) => {
    delete process.env[strArg('unsetenv', args[0])];
    return A.retNone();
  }, { nargs: 1 });
  // the calls that can fail: a result, or (errno, strerror)
  defFunction(d, '_chdir', (_s, args) => {
    try {
      process.chdir(strArg('chdir', args[0]));
      return A.retNone();
    } catch (e) {
      return osError(e);
    }
  }, { nargs: 1 });
  defFunction(d, '_listdir', (_s, args) => {
    try {
      return listFromSteal(readdirSync(strArg('listdir', args[0])).map((n) => newStr(n)));
    } catch (e) {
      return osError(e);
    }
  }, { nargs: 1 });
  // _stat(path, follow_symlinks) -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
  defFunction(d, '_stat', (_s, args) => {
    try {
      const p = strArg('stat', args[0]);
      return statTuple(A.isTrue(args[1]) ? statSync(p) : lstatSync(p));
    } catch (e) {
      return osError(e);
    }
  }, { nargs: 2 });
  defFunction(d, '_realpath', (_s, args) => {
    try {
      return newStr(realpathSync(strArg('realpath', args[0])));
    } catch (e) {
      return osError(e);
    }
  }, { nargs: 1 });
  // _local_tz(t) -> (offset east of UTC in seconds, zone abbreviation) of the host's zone at
  // POSIX timestamp t (datetime's local time)
  defFunction(d, '_local_tz', (_s, args) => {
    const date = new Date(A.asFloat(args[0]) * 1000);
    const off = Number.isNaN(date.getTime()) ? 0 : -date.getTimezoneOffset() * 60;
    let name = 'UTC';
    try {
      const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName');
      if (part) name = part.value;
    } catch {
      /* no Intl data: keep UTC */
    }
    return tupleFromSteal([newInt(off), newStr(name)]);
  }, { nargs: 1 });
  return m;
}
