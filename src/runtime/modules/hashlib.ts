// `_hashlib`: message digests from node's crypto (OpenSSL, as CPython's _hashlib) for
// lib/hashlib.py: a digest in progress is a handle; lib/hashlib.py's HASH objects own one each.

import { createHash, pbkdf2Sync, type Hash } from 'node:crypto';
import { I32, T_STR, T_INT, T_BOOL } from '../object.js';
import { newInt, intNumber } from '../objects/int.js';
import { strValue } from '../objects/str.js';
import { newBytes, isBytesLike, bytesView } from '../objects/bytes.js';
import { raise, EXC } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction } from '../builtins/define.js';
import { newModule, moduleDict } from '../types.js';

/** hashlib's names -> OpenSSL's. */
const ALGORITHMS: Record<string, string> = {
  md5: 'md5', sha1: 'sha1', sha224: 'sha224', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512',
  sha512_224: 'sha512-224', sha512_256: 'sha512-256', sha3_224: 'sha3-224', sha3_256: 'sha3-256',
  sha3_384: 'sha3-384', sha3_512: 'sha3-512', shake_128: 'shake128', shake_256: 'shake256',
  blake2b: 'blake2b512', blake2s: 'blake2s256', ripemd160: 'ripemd160', sm3: 'sm3', md5_sha1: 'md5-sha1',
};

const handles = new Map<number, Hash>();
let nextHandle = 1;

function handleArg(o: number): Hash {
  const h = handles.get(intNumber(o));
  if (!h) throw raise(EXC.ValueError, 'invalid hash handle');
  return h;
}

function dataArg(o: number): Uint8Array {
  if (I32[(o >> 2) + 1] === T_STR) throw raise(EXC.TypeError, 'Strings must be encoded before hashing');
  if (!isBytesLike(o)) throw raise(EXC.TypeError, 'object supporting the buffer API required');
  return bytesView(o);
}

function intArg(o: number): number {
  const t = I32[(o >> 2) + 1];
  if (t !== T_INT && t !== T_BOOL) throw raise(EXC.TypeError, `'${A.typeName(o)}' object cannot be interpreted as an integer`);
  return intNumber(o);
}

export function makeHashlibModule(): number {
  const m = newModule('_hashlib');
  const d = moduleDict(m);
  // open(name) -> handle, or None for a name OpenSSL does not know
  defFunction(d, 'open', (_s, args) => {
    const algo = ALGORITHMS[strValue(args[0])];
    if (algo === undefined) return A.retNone();
    handles.set(nextHandle, createHash(algo));
    return newInt(nextHandle++);
  }, { nargs: 1 });
  defFunction(d, 'update', (_s, args) => {
    handleArg(args[0]).update(dataArg(args[1]));
    return A.retNone();
  }, { nargs: 2 });
  // digest(handle[, length]): the digest so far (the handle stays usable); length for shake
  defFunction(d, 'digest', (_s, args) => {
    const h = handleArg(args[0]);
    const out = args.length > 1 ? h.copy({ outputLength: intArg(args[1]) }).digest() : h.copy().digest();
    return newBytes(out);
  }, { nargs: [1, 2] });
  defFunction(d, 'copy', (_s, args) => {
    handles.set(nextHandle, handleArg(args[0]).copy());
    return newInt(nextHandle++);
  }, { nargs: 1 });
  defFunction(d, 'free', (_s, args) => {
    handles.delete(intNumber(args[0]));
    return A.retNone();
  }, { nargs: 1 });
  // pbkdf2(name, password, salt, iterations, dklen) -> bytes
  defFunction(d, 'pbkdf2', (_s, args) => {
    const algo = ALGORITHMS[strValue(args[0])];
    if (algo === undefined) throw raise(EXC.ValueError, `unsupported hash type ${strValue(args[0])}`);
    return newBytes(pbkdf2Sync(dataArg(args[1]), dataArg(args[2]), intArg(args[3]), intArg(args[4]), algo));
  }, { nargs: 5 });
  return m;
}
