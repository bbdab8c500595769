// The compiled-code cache (pyvm's __pycache__): parsing with Ohm costs ~1 ms per line, so a
// program's (or a library module's) second run loads its code objects from a JSON file keyed by
// a hash of the source text, the file name and pyvm's version.
//
// Cache directory: $PYVM_CACHE_DIR, else .pyvm-cache/ in pyvm's package root. Set
// PYVM_NO_CACHE=1 to disable. Any read or write problem silently falls back to compiling.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeObject, ConstValue } from '../compiler/code.js';

const FORMAT = 'pyvm-code-1';
const here = dirname(fileURLToPath(import.meta.url));
const CACHE_DIR = process.env.PYVM_CACHE_DIR ?? join(here, '..', '..', '.pyvm-cache');
const ENABLED = process.env.PYVM_NO_CACHE !== '1';
let version = '0';
try {
  version = JSON.parse(readFileSync(join(here, '..', '..', 'package.json'), 'utf8')).version ?? '0';
} catch {
  /* keep the default */
}
// the compiler itself is part of the key: a rebuilt pyvm must not load stale bytecode
let buildStamp = '';
try {
  const h = createHash('sha1');
  for (const f of ['codegen.js', 'symtable.js', 'parser.js', 'opcodes.js']) h.update(readFileSync(join(here, '..', 'compiler', f)));
  buildStamp = h.digest('hex');
} catch {
  /* running from sources: no stamp */
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function encodeConst(c: ConstValue): Json {
  if (c === null || typeof c === 'boolean' || typeof c === 'string') return c;
  if (typeof c === 'bigint') return { i: c.toString() };
  if (typeof c === 'number') return { f: Object.is(c, -0) ? '-0' : String(c) };
  switch (c.kind) {
    case 'tuple': return c.ast || c.astItems ? { t: c.items.map(encodeConst), a: c.ast ? 1 : 2 } : { t: c.items.map(encodeConst) };
    case 'frozenset': return c.ast ? { z: c.items.map(encodeConst), a: 1 } : { z: c.items.map(encodeConst) };
    case 'ellipsis': return { e: 1 };
    case 'bytes': return { b: Array.from(c.value) };
    case 'complex': return { c: String(c.imag) };
    case 'code': return { code: encodeCode(c.code) };
  }
}

function decodeConst(j: Json, source: string[]): ConstValue {
  if (j === null || typeof j === 'boolean' || typeof j === 'string') return j;
  const o = j as { [k: string]: Json };
  if ('i' in o) return BigInt(o.i as string);
  if ('f' in o) return o.f === '-0' ? -0 : Number(o.f);
  if ('t' in o) {
    return { kind: 'tuple', items: (o.t as Json[]).map((x) => decodeConst(x, source)), ...(o.a === 1 ? { ast: true } : o.a === 2 ? { astItems: true } : {}) };
  }
  if ('z' in o) return { kind: 'frozenset', items: (o.z as Json[]).map((x) => decodeConst(x, source)), ...(o.a ? { ast: true } : {}) };
  if ('e' in o) return { kind: 'ellipsis' };
  if ('b' in o) return { kind: 'bytes', value: Uint8Array.from(o.b as number[]) };
  if ('c' in o) return { kind: 'complex', imag: Number(o.c) };
  return { kind: 'code', code: decodeCode(o.code as { [k: string]: Json }, source) };
}

function encodeCode(co: CodeObject): Json {
  return {
    name: co.name, qualname: co.qualname, filename: co.filename, firstlineno: co.firstlineno,
    argcount: co.argcount, posonlyargcount: co.posonlyargcount, kwonlyargcount: co.kwonlyargcount, flags: co.flags,
    varnames: co.varnames, cellvars: co.cellvars, freevars: co.freevars, cell2arg: co.cell2arg, names: co.names,
    consts: co.consts.map(encodeConst), ops: Array.from(co.ops), lines: Array.from(co.lines), cols: Array.from(co.cols),
    endLines: Array.from(co.endLines), endCols: Array.from(co.endCols),
    stacksize: co.stacksize,
    ...(co.warnings ? { warnings: co.warnings } : {}),
  };
}

function decodeCode(o: { [k: string]: Json }, source: string[]): CodeObject {
  return {
    name: o.name as string, qualname: o.qualname as string, filename: o.filename as string, firstlineno: o.firstlineno as number,
    argcount: o.argcount as number, posonlyargcount: o.posonlyargcount as number, kwonlyargcount: o.kwonlyargcount as number,
    flags: o.flags as number, varnames: o.varnames as string[], cellvars: o.cellvars as string[], freevars: o.freevars as string[],
    cell2arg: o.cell2arg as number[], names: o.names as string[],
    consts: (o.consts as Json[]).map((c) => decodeConst(c, source)),
    ops: Int32Array.from(o.ops as number[]), lines: Int32Array.from(o.lines as number[]), cols: Int32Array.from(o.cols as number[]),
    endLines: Int32Array.from((o.endLines ?? []) as number[]), endCols: Int32Array.from((o.endCols ?? []) as number[]),
    stacksize: o.stacksize as number, source,
    ...(o.warnings ? { warnings: o.warnings as [number, string][] } : {}),
  };
}

function keyOf(source: string, filename: string): string {
  return createHash('sha1').update(FORMAT).update(version).update(buildStamp).update(filename).update('\0').update(source).digest('hex');
}

/** Compile through the cache: `compile` runs only on a miss. */
export function cachedCompile(source: string, filename: string, compile: () => CodeObject): CodeObject {
  if (!ENABLED) return compile();
  const key = keyOf(source, filename);
  const file = join(CACHE_DIR, key.slice(0, 2), `${key}.json`);
  if (existsSync(file)) {
    try {
      const j = JSON.parse(readFileSync(file, 'utf8'));
      if (j.format === FORMAT) return decodeCode(j.code, source.split(/\r?\n/));
    } catch {
      /* fall through and recompile */
    }
  }
  const co = compile();
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ format: FORMAT, code: encodeCode(co) }));
    renameSync(tmp, file);
  } catch {
    /* a read-only install: no cache */
  }
  return co;
}
