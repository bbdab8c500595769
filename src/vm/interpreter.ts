// The interpreter: boot the runtime, compile and run the main module, import modules, and shut
// down as CPython does (flush, finalize __main__'s globals, report uncaught exceptions).

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { I32, TYPES, T_STR, T_INT, T_NONE, T_TUPLE, T_MODULE, T_WEAKREF, T_TRACEBACK, decref, xdecref, incref } from '../runtime/object.js';
import { initRuntime, newModule, moduleDict, loadCode, finalizerHooks, superHook, hexAddr } from '../runtime/types.js';
import { newDict, dictGetStr, dictSet, dictGet, dictKeys, dictPop, dictClear } from '../runtime/objects/dict.js';
import { newStr, strValue, internedStr } from '../runtime/objects/str.js';
import { tupleSize, tupleItem, tupleFromSteal } from '../runtime/objects/tuple.js';
import { codeOf, CELL_REF } from '../runtime/objects/function.js';
import { PyException, raise, EXC, isSubtype, EXC_VALUE, EXC_TB } from '../runtime/objects/exception.js';
import { intBig } from '../runtime/objects/int.js';
import * as A from '../runtime/abstract.js';
import { S } from '../runtime/abstract.js';
import { initBuiltins, builtinsVm, nextHook, bytesOrdHook } from '../runtime/builtins/builtins.js';
import { stderrWrite, flushStdout } from '../runtime/builtins/io.js';
import { parseModule } from '../compiler/parser.js';
import { compileModule } from '../compiler/codegen.js';
import { PySyntaxError, formatSyntaxError } from '../compiler/errors.js';
import type { CodeObject, ConstValue } from '../compiler/code.js';
import { Frame, vmState, dataStackPush } from './frame.js';
import { makeFrame, builtinsDictHook, callObject } from './call.js';
import { run, toPyException, setFastBuiltins } from './eval.js';
import { formatException, formatUnraisable, setBuiltinsDictForSuggestions, dirHook, tbOptions, addCurrentFrameTraceback } from './traceback.js';
import { rt } from './runtime-hooks.js';
import { genResume, genReturnedFlag, stopIteration } from './generator.js';
import { T_GENERATOR, T_BUILTIN, T_METHOD_DESCR, T_LIST, T_DICT } from '../runtime/object.js';
import { builtinOf, BUILTINS, MD_SLOT, type Builtin } from '../runtime/objects/function.js';
import { typeLookup } from '../runtime/objects/type.js';
import { dirNames } from '../runtime/types.js';
import { typeInits, moduleInits } from './registry.js';
import { weakrefPyHook } from '../runtime/modules/weakref.js';
import { timePyHook } from '../runtime/modules/time.js';
import { weakrefReport, supportsWeakrefs, newWeakref, WR_REFERENT } from '../runtime/gc/weakref.js';
import { collect } from '../runtime/gc/collect.js';
import { gcState, permanentRoots, promoteAllToOldest } from '../runtime/gc/generations.js';
import { sortList, listFromSteal } from '../runtime/objects/list.js';
import { primeSliceCache } from '../runtime/objects/slice.js';
import { newCallIter } from '../runtime/objects/iterators.js';
import { callIterHook } from '../runtime/builtins/builtins.js';
import { scheduler } from './scheduler.js';
import { cachedCompile } from './codecache.js';
import { initExecBuiltins, emitSyntaxWarnings } from './exec.js';
import { frameLocals, frameObject } from './frameobject.js';
import { sysState, sysPyHook, sysDictRef } from '../runtime/modules/sys.js';
import { syntaxErrorException as syntaxErrorObject } from '../runtime/objects/syntaxerror.js';
import { initBytesBuiltins, isBytesLike } from '../runtime/objects/bytes.js';
import { initMemoryviewBuiltins } from '../runtime/objects/memoryview.js';

export interface RunOptions {
  heapLimit?: number;
  argv: string[];
}

/** pyvm's standard library written in Python (collections, functools, itertools, ...). */
export const LIB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lib');

export const interp = {
  builtinsModule: 0,
  builtinsDict: 0,
  sysModules: 0,
  mainDir: '.',
  /** Builtin module factories by name (sys, math, gc, ...). */
  builtinModules: new Map<string, () => number>(),
};

export function boot(opts: RunOptions): void {
  initRuntime(opts.heapLimit, typeInits());
  const bd = newDict();
  initBuiltins(bd);
  initBytesBuiltins(bd);
  initMemoryviewBuiltins(bd);
  setFastBuiltins(bd);
  initExecBuiltins(bd);
  bytesOrdHook.isBytesLike = isBytesLike;
  interp.builtinsDict = bd;
  interp.builtinsModule = newModule('builtins', bd);
  setBuiltinsDictForSuggestions(bd);
  interp.sysModules = newDict();
  sysDictRef.d = 0;
  builtinsDictHook.get = (globals) => {
    const b = dictGetStr(globals, '__builtins__');
    if (b !== 0) return I32[(b >> 2) + 1] === T_MODULE ? moduleDict(b) : b;
    return bd;
  };
  builtinsDictHook.main = bd;
  registerModule('builtins', interp.builtinsModule);
  primeSliceCache(S.None);
  installHooks();
  for (const [name, make] of moduleInits(opts.argv)) interp.builtinModules.set(name, make);
  addSiteBuiltins(bd);
  markSpecializedBuiltins(bd);
}

/**
 * The builtins whose calls CPython 3.11 specializes once the calling code is warm, skipping the
 * recursion check of a generic call (PRECALL_NO_KW_LEN, _ISINSTANCE, _BUILTIN_FAST, _LIST_APPEND,
 * _METHOD_DESCRIPTOR_FAST, PRECALL_BUILTIN_FAST_WITH_KEYWORDS, ...): METH_FASTCALL functions and
 * methods. METH_O / METH_NOARGS / METH_VARARGS ones keep the check.
 */
function markSpecializedBuiltins(bd: number): void {
  const fast = ['len', 'isinstance', 'issubclass', 'divmod', 'format', 'setattr', 'delattr', 'hasattr', 'getattr',
    'next', 'iter', 'input', 'eval', 'anext'];
  const fastKw = ['print', 'sorted', 'sum', 'round', 'pow', 'compile', 'exec', '__import__', '__build_class__'];
  const mark = (f: number, how: number) => {
    if (f === 0) return;
    const t = I32[(f >> 2) + 1];
    if (t === T_BUILTIN) builtinOf(f).specialized = how;
    else if (t === T_METHOD_DESCR) (BUILTINS.items[I32[(f >> 2) + MD_SLOT]] as Builtin).specialized = how;
  };
  for (const n of fast) mark(dictGetStr(bd, n), 1);
  for (const n of fastKw) mark(dictGetStr(bd, n), 2);
  const methods: [number, string[]][] = [
    [T_LIST, ['append', 'pop', 'insert', 'index', 'sort']],
    [T_DICT, ['get', 'pop', 'setdefault']],
    [T_STR, ['split', 'rsplit', 'replace', 'strip', 'lstrip', 'rstrip', 'encode']],
  ];
  for (const [tid, names] of methods) for (const n of names) mark(typeLookup(TYPES[tid], n), 1);
  // PRECALL_NO_KW_LIST_APPEND needs a POP_TOP after the call; else list.append is a METH_O call
  mark(typeLookup(TYPES[T_LIST], 'append'), 3);
}

// What the site module adds to builtins for scripts: exit() and quit() (_sitebuiltins.Quitter).
const SITE_BUILTINS_PY = `
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        import sys
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)
Quitter.__module__ = '_sitebuiltins'
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
`;

function addSiteBuiltins(bd: number): void {
  const ns = newDict();
  const nameKey = internedStr('__name__');
  const nameVal = newStr('_sitebuiltins');
  dictSet(ns, nameKey, nameVal);
  decref(nameKey);
  decref(nameVal);
  try {
    weakrefPyHook.exec(SITE_BUILTINS_PY, '_sitebuiltins', ns);
    for (const n of ['exit', 'quit']) {
      const k = internedStr(n);
      dictSet(bd, k, dictGetStr(ns, n));
      decref(k);
    }
  } finally {
    decref(ns);
  }
}

export function registerModule(name: string, m: number): void {
  const k = internedStr(name);
  dictSet(interp.sysModules, k, m);
  decref(k);
}

function installHooks(): void {
  builtinsVm.runClassBody = (fn, ns) => {
    const ts = vmState.ts;
    const f = makeFrame(ts, fn, [], 0, 0, null, false);
    incref(ns);
    f.locals = ns;
    f.back = ts.frame; // a class body's f_back is the frame running the class statement
    return run(ts, f);
  };
  builtinsVm.currentGlobals = () => vmState.ts.frame ? vmState.ts.frame.globals : 0;
  builtinsVm.currentLocals = () => {
    const f = vmState.ts.frame;
    if (!f) return 0;
    return frameLocals(f);
  };
  builtinsVm.sortList = sortList;
  callIterHook.make = newCallIter;
  superHook.frameInfo = () => {
    const f = vmState.ts.frame;
    if (!f) throw raise(EXC.RuntimeError, 'super(): no current frame');
    const co = f.code.co;
    if (co.argcount === 0) throw raise(EXC.RuntimeError, 'super(): no arguments'); // *args does not count
    let self = f.regs[f.base];
    const ci = co.cellvars.indexOf(co.varnames[0]);
    if (ci >= 0) self = I32[(f.regs[f.base + co.varnames.length + ci] >> 2) + CELL_REF];
    if (self === 0) throw raise(EXC.RuntimeError, 'super(): arg[0] deleted');
    const fi = co.freevars.indexOf('__class__');
    if (fi < 0) throw raise(EXC.RuntimeError, 'super(): __class__ cell not found');
    const cell = f.regs[f.base + co.varnames.length + co.cellvars.length + fi];
    const cls = I32[(cell >> 2) + CELL_REF];
    if (cls === 0) throw raise(EXC.RuntimeError, 'super(): empty __class__ cell');
    return [cls, self];
  };
  finalizerHooks.unraisable = (pe, where, obj) => reportUnraisable(pe, where, obj);
  nextHook.next = (it) => {
    if (I32[(it >> 2) + 1] === T_GENERATOR) {
      const r = genResume(it, S.None, 0);
      if (genReturnedFlag) {
        lastGenReturn = r;
        return 0;
      }
      return r;
    }
    return A.iterNextRaw(it);
  };
  nextHook.stop = (it) => {
    if (I32[(it >> 2) + 1] === T_GENERATOR) {
      const v = lastGenReturn;
      lastGenReturn = 0;
      return stopIteration(v);
    }
    return raise(EXC.StopIteration, null);
  };
  dirHook.dir = (o) => dirNames(o);
  sysPyHook.exec = (src, name, d) => weakrefPyHook.exec(src, name, d);
  timePyHook.exec = (src, name, d) => weakrefPyHook.exec(src, name, d);
  weakrefPyHook.exec = (src, name, d) => {
    const k = internedStr('__builtins__');
    dictSet(d, k, interp.builtinsModule);
    decref(k);
    execModule(compileSource(src, `<frozen ${name}>`), d);
  };
  weakrefReport.unraisable = (pe, _where, cb) => {
    // PyErr_WriteUnraisable(callback): the callback's repr names it
    let where: string;
    try {
      where = A.reprJS(cb);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      decref(e.exc);
      where = `<${TYPES[I32[(cb >> 2) + 1]].name} object at ${hexAddr(cb)}>`;
    }
    reportUnraisable(pe, where, cb);
  };
  sysState.displayUnraisable = (args) => {
    // sys.unraisablehook's default (write_unraisable_exc): "<err_msg or Exception ignored in>:
    // <repr(object)>", then the traceback and "Type: message"
    const item = (i: number) => tupleItem(args, i);
    const excValue = item(1), errMsg = item(3), obj = item(4);
    flushStdout();
    let head = '';
    if (obj !== S.None) head = `${errMsg !== S.None ? A.strJS(errMsg) : 'Exception ignored in'}: ${A.reprJS(obj)}\n`;
    else if (errMsg !== S.None) head = `${A.strJS(errMsg)}:\n`;
    stderrWrite(head + (excValue !== S.None ? formatUnraisable(excValue) : ''));
  };
  rt.codeOfObj = codeOf;
  rt.internName = internedStr;
  rt.funcDesc = (fn) => {
    // _PyObject_FunctionStr: module-qualified unless the module is builtins
    const q = A.getAttrOrNull(fn, internedStrCached('__qualname__'));
    if (!q) return `${A.typeName(fn)} object`;
    const qs = A.strJS(q);
    decref(q);
    const m = A.getAttrOrNull(fn, internedStrCached('__module__'));
    const ms = m && I32[(m >> 2) + 1] === T_STR ? strValue(m) : null;
    xdecref(m);
    return ms && ms !== 'builtins' ? `${ms}.${qs}()` : `${qs}()`;
  };
  sysState.displayException = displayException;
  sysState.getFrame = (depth) => {
    let f = vmState.ts.frame;
    for (let i = 0; f !== null && i < depth; i++) f = f.back;
    if (f === null) throw raise(EXC.ValueError, 'call stack is not deep enough');
    return frameObject(f);
  };
  rt.setAnnotations = (fn, ann) => {
    const d = newDict();
    for (let i = 0; i + 1 < tupleSize(ann); i += 2) dictSet(d, tupleItem(ann, i), tupleItem(ann, i + 1));
    const k = internedStrCached('__annotations__');
    try {
      A.setAttr(fn, k, d);
    } finally {
      decref(d);
    }
  };
  rt.importName = importName;
  rt.importFrom = importFrom;
  rt.importStar = importStar;
}

let lastGenReturn = 0;
const strCache = new Map<string, number>();
function internedStrCached(s: string): number {
  let a = strCache.get(s);
  if (a === undefined) {
    a = internedStr(s);
    strCache.set(s, a);
  }
  return a;
}

// ---- compiling and running ------------------------------------------------------------------------

export function compileSource(source: string, filename: string): CodeObject {
  let co: CodeObject;
  try {
    co = cachedCompile(source, filename, () => compileModule(parseModule(source, filename), filename, source));
  } catch (e) {
    // the compiler walks the tree recursively: a JS stack overflow there is CPython's
    // "maximum recursion depth exceeded during compilation" (e.g. `1 + 1 + ... + 1` 20,000 times)
    if (e instanceof RangeError) throw raise(EXC.RecursionError, 'maximum recursion depth exceeded during compilation');
    throw e;
  }
  if (co.warnings) emitSyntaxWarnings(co, filename, co.source);
  return co;
}

/**
 * Source bytes to text as CPython's tokenizer decodes them: UTF-8 (a BOM is dropped) unless a
 * coding declaration on one of the first two lines names Latin-1. Undecodable bytes are the
 * SyntaxError CPython reports (returned as its message, for the caller to raise or print).
 */
export function decodeSource(buf: Uint8Array, filename: string): { text: string } | { error: string } {
  let start = 0;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  const head = Buffer.from(buf.subarray(start, Math.min(buf.length, start + 400))).toString('latin1').split('\n').slice(0, 2);
  for (const line of head) {
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
    if (m) {
      const enc = m[1].toLowerCase().replace(/_/g, '-');
      if (/^(latin-1|iso-8859-1|iso-latin-1|l1|latin1|iso8859-1)(-|$)/.test(enc)) return { text: Buffer.from(buf.subarray(start)).toString('latin1') };
      break;
    }
    if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) break; // the declaration must come before any code
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf.subarray(start)) };
  } catch {
    // the first byte that does not start a valid UTF-8 sequence, and its line
    const text = Buffer.from(buf.subarray(start)).toString('utf8');
    const good = Buffer.from(text.slice(0, text.indexOf('\ufffd')), 'utf8').length;
    const bad = buf[start + good];
    let line = 1;
    for (let i = start; i < start + good; i++) if (buf[i] === 10) line++;
    const hex = bad.toString(16).padStart(2, '0');
    return { error: `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details` };
  }
}

/** Execute a code object as module `name` (globals dict `g`). Returns nothing; throws PyException. */
export function execModule(co: CodeObject, g: number, asMainThread = false): void {
  const codeObj = loadCode(co);
  // CPython quirk, observable with sys.getrefcount: while a script runs as __main__, the
  // parser's AST arena still holds a reference to every literal constant it created.
  const arena = asMainThread ? arenaConstants(codeObj) : [];
  const ts = vmState.ts;
  const code = codeOf(codeObj);
  const size = code.nlocalsplus + co.stacksize;
  const base = dataStackPush(ts, size);
  if (base < 0) throw raise(EXC.RecursionError, 'maximum recursion depth exceeded');
  incref(g);
  incref(g);
  const f = new Frame(code, ts.stack, base, 0, g, builtinsDictHook.get(g), g, true);
  incref(f.builtins);
  code.entries++; // its RESUME warms the code up, as a function frame's does
  ts.stack.fill(0, base, base + size);
  // the frame does not own the code object through a function: keep it alive for the run
  try {
    const r = asMainThread ? scheduler.runMainThread(ts, f) : run(ts, f);
    decref(r);
  } finally {
    for (const c of arena) decref(c);
    decref(codeObj);
  }
}

/** The literal constants of a code object tree, increfed (see execModule). */
function arenaConstants(codeObj: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>(); // a constant merged across code objects was one AST literal's object
  const incref = (v: number) => {
    if (seen.has(v)) return;
    seen.add(v);
    I32[v >> 2]++;
  };
  const literal = (v: number, cv: ConstValue, inFolded = false) => {
    if (cv !== null && typeof cv === 'object') {
      if ((cv.kind === 'tuple' || cv.kind === 'frozenset') && (cv.ast || inFolded)) {
        // folded by the AST optimizer: the new tuple and the literals it was made of
        if (!seen.has(v)) incref(v), out.push(v);
        if (cv.kind === 'tuple') for (let j = 0; j < cv.items.length; j++) literal(tupleItem(v, j), cv.items[j], true);
      } else if (cv.kind === 'tuple' && cv.astItems) {
        // made by the compiler (constant defaults) from the parser's literals
        for (let j = 0; j < cv.items.length; j++) literal(tupleItem(v, j), cv.items[j], true);
      } else if ((cv.kind === 'bytes' || cv.kind === 'complex' || cv.kind === 'ellipsis') && !seen.has(v)) incref(v), out.push(v); // literals
      return;
    }
    if (cv === null || typeof cv === 'boolean') return;
    if (!seen.has(v)) out.push(v);
    incref(v);
  };
  const walk = (c: number) => {
    const code = codeOf(c);
    for (let i = 0; i < code.consts.length; i++) {
      const cv = code.co.consts[i];
      if (cv !== null && typeof cv === 'object' && cv.kind === 'code') walk(code.consts[i]);
      else literal(code.consts[i], cv);
    }
  };
  walk(codeObj);
  return out;
}

function moduleGlobals(name: string, file: string | null): [number, number] {
  const m = newModule(name);
  const g = moduleDict(m);
  const set = (k: string, v: number) => {
    const ks = internedStr(k);
    dictSet(g, ks, v);
    decref(ks);
  };
  set('__builtins__', interp.builtinsModule);
  set('__doc__', S.None);
  if (file) {
    const f = newStr(file);
    set('__file__', f);
    decref(f);
  }
  return [m, g];
}

// The __main__ module of a script has what CPython's has: __package__, __loader__ (a
// SourceFileLoader), __spec__, __annotations__, __builtins__, __file__, __cached__, in that order.
const MAIN_LOADER_PY = `
class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path
    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__
    def __hash__(self):
        return hash(self.name) ^ hash(self.path)
    def get_filename(self, name=None):
        return self.path
    def get_source(self, name=None):
        import linecache
        return ''.join(linecache.getlines(self.path))
    def is_package(self, fullname):
        return False
SourceFileLoader.__module__ = '_frozen_importlib_external'
`;

function mainGlobals(file: string): [number, number] {
  const m = newModule('__main__');
  const g = moduleDict(m);
  const set = (k: string, v: number) => {
    const ks = internedStr(k);
    dictSet(g, ks, v);
    decref(ks);
  };
  set('__doc__', S.None);
  set('__package__', S.None);
  const ns = newDict();
  const nameKey = internedStr('__name__');
  const nameVal = newStr('_frozen_importlib_external');
  dictSet(ns, nameKey, nameVal);
  decref(nameKey);
  decref(nameVal);
  const f = newStr(file);
  try {
    weakrefPyHook.exec(MAIN_LOADER_PY, 'importlib', ns);
    const mn = newStr('__main__');
    const loader = A.call(dictGetStr(ns, 'SourceFileLoader'), [mn, f]);
    decref(mn);
    set('__loader__', loader);
    decref(loader);
  } finally {
    decref(ns);
  }
  set('__spec__', S.None);
  const ann = newDict();
  set('__annotations__', ann);
  decref(ann);
  set('__builtins__', interp.builtinsModule);
  set('__file__', f);
  decref(f);
  set('__cached__', S.None);
  return [m, g];
}

// ---- imports -----------------------------------------------------------------------------------
//
// CPython's import system, cut down to what pyvm needs: a module is found as `name.py` or as a
// package `name/__init__.py`, first in the program's directory (sys.path[0]) and then in pyvm's
// lib/. A dotted name imports each prefix in turn; a submodule is looked up in its package's
// `__path__` and bound as an attribute of the package. Modules of lib/ that stand in for CPython
// packages without being packages (collections.abc, json.decoder) provide their submodules as
// attributes, so a dotted name whose parent is not a package resolves through attributes.

function isIntLevel(level: number): number {
  return I32[(level >> 2) + 1] === T_INT ? Number(A.strJS(level)) : 0;
}

function importName(name: string, fromlist: number, level: number, globals: number): number {
  const lvl = isIntLevel(level);
  const abs = lvl > 0 ? resolveRelative(name, lvl, globals) : name;
  const leaf = importDotted(abs);
  const hasFrom = fromlist !== 0 && fromlist !== S.None && A.isTrue(fromlist);
  if (!hasFrom) {
    if (lvl > 0 || !abs.includes('.')) return leaf;
    // `import a.b.c` binds `a`
    decref(leaf);
    return importModule(abs.slice(0, abs.indexOf('.')));
  }
  try {
    handleFromlist(leaf, abs, fromlist);
  } catch (e) {
    decref(leaf);
    throw e;
  }
  return leaf;
}

/** `from pkg import name`: import pkg.name when pkg is a package without that attribute yet. */
function handleFromlist(m: number, abs: string, fromlist: number): void {
  if (I32[(m >> 2) + 1] !== T_MODULE || !dictGetStr(moduleDict(m), '__path__')) return;
  for (const k of A.iterToArray(fromlist)) {
    try {
      if (I32[(k >> 2) + 1] !== T_STR || strValue(k) === '*') continue;
      const v = A.getAttrOrNull(m, k);
      if (v !== 0) {
        decref(v);
        continue;
      }
      const sub = `${abs}.${strValue(k)}`;
      if (findInPackage(m, strValue(k)) === null) continue; // IMPORT_FROM reports the error
      decref(importDotted(sub));
    } finally {
      decref(k);
    }
  }
}

/** The absolute name of a relative import (importlib._bootstrap._resolve_name). */
function resolveRelative(name: string, level: number, globals: number): string {
  let pkg = '';
  const p = dictGetStr(globals, '__package__');
  if (p !== 0 && I32[(p >> 2) + 1] === T_STR) pkg = strValue(p);
  else {
    const n = dictGetStr(globals, '__name__');
    const ns = n !== 0 && I32[(n >> 2) + 1] === T_STR ? strValue(n) : '';
    if (dictGetStr(globals, '__path__')) pkg = ns;
    else pkg = ns.includes('.') ? ns.slice(0, ns.lastIndexOf('.')) : '';
  }
  if (pkg === '') throw raise(EXC.ImportError, 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) throw raise(EXC.ImportError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** Import every prefix of a dotted name; returns the last module (new reference). */
function importDotted(abs: string): number {
  const parts = abs.split('.');
  let cur = importModule(parts[0]);
  for (let i = 1; i < parts.length; i++) {
    try {
      const next = importSubmodule(cur, parts.slice(0, i + 1).join('.'), parts[i]);
      decref(cur);
      cur = next;
    } catch (e) {
      decref(cur);
      throw e;
    }
  }
  return cur;
}

/** Modules of lib/ written as one file that are packages in CPython's library. */
const CPYTHON_PACKAGES = new Set(['collections', 'json', 're']);

/** `parent.part` as module `full` (new reference). */
function importSubmodule(parent: number, full: string, part: string): number {
  const k = internedStrCached(full);
  const cached = dictGet(interp.sysModules, k);
  if (cached) {
    incref(cached);
    return cached;
  }
  const found = I32[(parent >> 2) + 1] === T_MODULE && dictGetStr(moduleDict(parent), '__path__') ? findInPackage(parent, part) : null;
  if (found === null) {
    // a module that provides its "submodules" as attributes (collections.abc, json.decoder)
    const v = A.getAttrOrNull(parent, internedStrCached(part));
    if (v !== 0) return v;
    const pn = full.slice(0, full.lastIndexOf('.'));
    const isPkg = I32[(parent >> 2) + 1] === T_MODULE && dictGetStr(moduleDict(parent), '__path__');
    if (isPkg || CPYTHON_PACKAGES.has(pn)) throw moduleNotFound(full);
    throw moduleNotFound(full, `No module named '${full}'; '${pn}' is not a package`);
  }
  const m = loadModuleFile(full, found.file, found.pkgDir);
  // bind the submodule as an attribute of its package
  try {
    A.setAttr(parent, internedStrCached(part), m);
  } catch (e) {
    decref(m);
    throw e;
  }
  return m;
}

interface Found { file: string; pkgDir: string | null }

/** `name.py` or `name/__init__.py` in `dir`. */
function findIn(dir: string, name: string): Found | null {
  const pkg = join(dir, name);
  const init = join(pkg, '__init__.py');
  if (existsSync(init)) return { file: init, pkgDir: pkg };
  const file = join(dir, `${name}.py`);
  if (existsSync(file)) return { file, pkgDir: null };
  return null;
}

function findInPackage(pkg: number, part: string): Found | null {
  const path = dictGetStr(moduleDict(pkg), '__path__');
  if (path === 0) return null;
  for (const d of A.iterToArray(path)) {
    const dir = I32[(d >> 2) + 1] === T_STR ? strValue(d) : null;
    decref(d);
    if (dir === null) continue;
    const f = findIn(dir, part);
    if (f) return f;
  }
  return null;
}

function moduleNotFound(name: string, msg = `No module named '${name}'`): PyException {
  const e = raise(EXC.ModuleNotFoundError, msg);
  const n = newStr(name);
  I32[(e.exc >> 2) + EXC_VALUE] = n;
  return e;
}

export function importModule(name: string): number {
  const k = internedStrCached(name);
  const cached = dictGet(interp.sysModules, k);
  if (cached) {
    incref(cached);
    return cached;
  }
  const make = interp.builtinModules.get(name);
  if (make) {
    const m = preloaded(name, make);
    dictSet(interp.sysModules, k, m);
    return m;
  }
  // the program's directory first (as sys.path[0]), then pyvm's own pure-Python library (lib/)
  const inMain = findIn(interp.mainDir, name);
  const found = inMain ?? findIn(LIB_DIR, name);
  if (found === null) throw moduleNotFound(name);
  if (inMain) return loadModuleFile(name, found.file, found.pkgDir);
  return preloaded(name, () => loadModuleFile(name, found.file, found.pkgDir));
}

/**
 * The standard modules CPython 3.11 has imported before the program starts (site and io, and
 * what this machine's site-packages .pth files pull in). A program's `import` of one finds it in
 * sys.modules; pyvm loads it on demand, without the loading moving gc.get_count() or triggering
 * a collection, so the program's gc counts stay CPython's.
 */
const PRELOADED = new Set(['abc', 'atexit', 'binascii', 'bisect', 'codecs', 'collections', 'contextlib', 'copyreg', 'enum',
  'errno', 'fnmatch', 'functools', 'genericpath', 'importlib', 'io', 'itertools', 'keyword', 'marshal', 'math', 'ntpath',
  'operator', 'os', 'posix', 'posixpath', 'random', 're', 'reprlib', 'stat', 'struct', 'threading', 'time', 'types', 'typing',
  'warnings', 'weakref', '_collections_abc', '_thread', '_weakref', '_weakrefset', '_functools', '_operator', '_io', '_abc',
  '_codecs', '_collections', '_sre', '_stat', '_struct', '_warnings', '_random', '_bisect', '_signal', '_imp']);

function preloaded(name: string, load: () => number): number {
  if (!PRELOADED.has(name)) return load();
  const g0 = gcState.generations[0];
  const count = g0.count;
  gcState.inhibit++;
  try {
    return load();
  } finally {
    gcState.inhibit--;
    g0.count = count;
  }
}

/** Compile and run `file` as module `name` (a package when `pkgDir` is set). New reference. */
function loadModuleFile(name: string, file: string, pkgDir: string | null): number {
  const k = internedStrCached(name);
  const decoded = decodeSource(readFileSync(file), file);
  if ('error' in decoded) throw raise(EXC.SyntaxError, decoded.error);
  const source = decoded.text;
  let co: CodeObject;
  try {
    co = compileSource(source, file);
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorException(e);
    throw e;
  }
  const [m, g] = moduleGlobals(name, file);
  const setG = (key: string, v: number) => {
    const ks = internedStr(key);
    dictSet(g, ks, v);
    decref(ks);
    decref(v);
  };
  if (pkgDir !== null) {
    setG('__path__', listFromSteal([newStr(pkgDir)]));
    setG('__package__', newStr(name));
  } else {
    setG('__package__', newStr(name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : ''));
  }
  dictSet(interp.sysModules, k, m);
  try {
    execModule(co, g);
  } catch (e) {
    const old = dictPop(interp.sysModules, k);
    xdecref(old);
    decref(m);
    throw e;
  }
  // the module object in sys.modules may have been replaced by the module itself
  const r = dictGet(interp.sysModules, k) || m;
  incref(r);
  if (r !== m) decref(m);
  return r;
}

function syntaxErrorException(e: PySyntaxError): PyException {
  return syntaxErrorObject(e.pyType, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset);
}

function importFrom(m: number, name: number): number {
  const r = A.getAttrOrNull(m, name);
  if (r !== 0) return r;
  if (I32[(m >> 2) + 1] === T_MODULE) {
    // IMPORT_FROM is getattr(module, name): a module's __getattr__ (PEP 562) answers too
    const hook = dictGetStr(moduleDict(m), '__getattr__');
    if (hook) {
      try {
        return A.call(hook, [name]);
      } catch (e) {
        if (!(e instanceof PyException) || !isSubtype(TYPES[I32[(e.exc >> 2) + 1]], EXC.AttributeError)) throw e;
        decref(e.exc);
      }
    }
  }
  const mn = I32[(m >> 2) + 1] === T_MODULE ? A.moduleNameHook.get(m) : '?';
  const file = I32[(m >> 2) + 1] === T_MODULE ? dictGetStr(moduleDict(m), '__file__') : 0;
  const where = file ? strValue(file) : 'unknown location';
  const e = raise(EXC.ImportError, `cannot import name '${strValue(name)}' from '${mn}' (${where})`);
  return (() => { throw e; })();
}

function importStar(m: number, into: number): void {
  const d = moduleDict(m);
  const all = dictGetStr(d, '__all__');
  const names = all ? A.iterToArray(all) : dictKeys(d).filter((k) => I32[(k >> 2) + 1] === T_STR && !strValue(k).startsWith('_')).map((k) => (incref(k), k));
  try {
    for (const k of names) {
      const v = A.getAttr(m, k);
      dictSet(into, k, v);
      decref(v);
    }
  } finally {
    for (const k of names) decref(k);
  }
}

// ---- the main program ------------------------------------------------------------------------------

export const exitState = { code: 0 };

/** Run a program file (or `-c` source). Returns the process exit status. */
export function runMain(source: string, filename: string): number {
  sysState.finalizing = false;
  tbOptions.sourceLines = true;
  interp.mainDir = filename === '<string>' ? process.cwd() : dirname(resolve(filename));
  // __main__ exists before the program is compiled, made at start-up as CPython's
  const [m, g] = filename === '<string>' ? moduleGlobals('__main__', null) : mainGlobals(filename);
  registerModule('__main__', m);
  promoteAllToOldest();
  let co: CodeObject;
  try {
    co = compileSource(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      flushStdout();
      stderrWrite(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
  let status = 0;
  try {
    execModule(co, g, true);
  } catch (e) {
    const pe = toPyException(e);
    rememberLastException(pe.exc);
    status = handleUncaught(pe);
  }
  try {
    scheduler.shutdown();
  } catch (e) {
    const s2 = handleUncaught(e);
    if (status === 0) status = s2;
  }
  return shutdown(m, status);
}

/**
 * PyErr_Print keeps the uncaught exception in sys.last_type / last_value / last_traceback (the
 * traceback keeps the frames, so their locals, alive) until shutdown resets them, after the
 * atexit callbacks. pyvm creates sys lazily: the exception is held here as well.
 */
let lastUncaught = 0;

function rememberLastException(exc: number): void {
  const t = TYPES[I32[(exc >> 2) + 1]];
  if (isSubtype(t, EXC.SystemExit)) return;
  incref(exc);
  lastUncaught = exc;
  const sd = sysDictRef.d;
  if (sd === 0) return;
  const tb = I32[(exc >> 2) + EXC_TB];
  setStrItem(sd, 'last_type', t.addr);
  setStrItem(sd, 'last_value', exc);
  setStrItem(sd, 'last_traceback', tb !== 0 ? tb : S.None);
}

/** Set when the program ended with an uncaught KeyboardInterrupt (the CLI then dies by SIGINT). */
export const uncaughtKeyboardInterrupt = { seen: false };

/** Print an uncaught exception CPython's way (SystemExit: its code). Returns the exit status. */
export function handleUncaught(e: unknown): number {
  const pe = toPyException(e);
  const exc = pe.exc;
  const t = TYPES[I32[(exc >> 2) + 1]];
  try {
    if (isSubtype(t, EXC.SystemExit)) return systemExitStatus(exc);
    flushStdout();
    const hooked = callExceptHook(exc);
    if (hooked !== null) return hooked;
    // CPython re-delivers SIGINT to itself for an uncaught KeyboardInterrupt (after finalizing):
    // the CLI does the same when this flag is set; 130 = 128 + SIGINT for embedders
    if (isSubtype(t, EXC.KeyboardInterrupt)) {
      uncaughtKeyboardInterrupt.seen = true;
      return 130;
    }
    return 1;
  } finally {
    decref(exc);
  }
}

/** An exception nobody can catch (from __del__, a weakref callback): sys.unraisablehook's
 * report, or a call of the program's own hook with a sys.UnraisableHookArgs. Steals pe.exc. */
function reportUnraisable(pe: PyException, where: string, obj: number): void {
  const exc = pe.exc;
  // an exception without a traceback (raised by the runtime, e.g. "generator ignored
  // GeneratorExit") is shown at the running Python frame, as _PyErr_WriteUnraisableMsg does
  addCurrentFrameTraceback(exc, vmState.ts.frame);
  const sysd = sysDictRef.d;
  const hook = sysd !== 0 ? dictGetStr(sysd, 'unraisablehook') : 0;
  const argsType = sysState.unraisableArgsType;
  if (hook === 0 || hook === sysState.defaultUnraisableHook || argsType === 0 || obj === 0) {
    flushStdout();
    stderrWrite(`Exception ignored in: ${where}\n${formatUnraisable(exc)}`);
    decref(exc);
    return;
  }
  const tb = I32[(exc >> 2) + EXC_TB] || S.None;
  const fields = [TYPES[I32[(exc >> 2) + 1]].addr, exc, tb, S.None, obj];
  for (const f of fields) incref(f);
  const tuple = tupleFromSteal(fields);
  incref(hook);
  try {
    const hookArgs = A.call(argsType, [tuple]);
    try {
      decref(A.call(hook, [hookArgs]));
    } finally {
      decref(hookArgs);
    }
  } catch (e) {
    // a failing hook is reported by the default hook, as _PyErr_WriteUnraisableMsg does
    const pe2 = toPyException(e);
    flushStdout();
    stderrWrite(`Exception ignored in sys.unraisablehook: ${A.reprJS(hook)}\n${formatUnraisable(pe2.exc)}`);
    decref(pe2.exc);
  } finally {
    decref(hook);
    decref(tuple);
    decref(exc);
  }
}

/** sys.excepthook's default: the report of `value` (given `tb` when it has none yet). */
function displayException(_type: number, value: number, tb: number): void {
  flushStdout();
  if (!TYPES[I32[(value >> 2) + 1]].isException) {
    stderrWrite(`TypeError: print_exception(): Exception expected for value, ${A.typeName(value)} found\n`);
    return;
  }
  if (I32[(value >> 2) + EXC_TB] === 0 && tb !== 0 && I32[(tb >> 2) + 1] === T_TRACEBACK) {
    incref(tb);
    I32[(value >> 2) + EXC_TB] = tb;
  }
  stderrWrite(formatException(value));
}

/** Report an uncaught exception through sys.excepthook, as _PyErr_PrintEx: sys.last_type,
 * last_value and last_traceback are set first; a missing hook and a hook that raises are
 * reported with the original exception. */
function callExceptHook(exc: number): number | null {
  const tb = I32[(exc >> 2) + EXC_TB] || S.None;
  const type = TYPES[I32[(exc >> 2) + 1]].addr;
  const sysd = sysDictRef.d;
  if (sysd !== 0) {
    for (const [k, v] of [['last_type', type], ['last_value', exc], ['last_traceback', tb]] as const) {
      const key = internedStrCached(k);
      dictSet(sysd, key, v);
    }
  }
  const hook = sysd !== 0 ? dictGetStr(sysd, 'excepthook') : sysState.defaultExceptHook;
  if (hook === sysState.defaultExceptHook) {
    stderrWrite(formatException(exc));
    return null;
  }
  if (hook === 0 || hook === S.None) {
    stderrWrite('sys.excepthook is missing\n');
    stderrWrite(formatException(exc));
    return null;
  }
  incref(hook);
  try {
    decref(A.call(hook, [type, exc, tb]));
  } catch (e) {
    const pe2 = toPyException(e);
    // a SystemExit out of the hook ends the program with its status (handle_system_exit)
    if (isSubtype(TYPES[I32[(pe2.exc >> 2) + 1]], EXC.SystemExit)) {
      try {
        return systemExitStatus(pe2.exc);
      } finally {
        decref(pe2.exc);
      }
    }
    flushStdout();
    stderrWrite('Error in sys.excepthook:\n');
    stderrWrite(formatException(pe2.exc));
    decref(pe2.exc);
    stderrWrite('\nOriginal exception was:\n');
    stderrWrite(formatException(exc));
  } finally {
    decref(hook);
  }
  flushStdout();
  return null;
}

function systemExitStatus(exc: number): number {
  let code = I32[(exc >> 2) + EXC_VALUE];
  if (code === 0) {
    const args = I32[(exc >> 2) + 4];
    code = tupleSize(args) === 0 ? S.None : tupleSize(args) === 1 ? tupleItem(args, 0) : args;
  }
  if (code === S.None) return 0;
  // an int or an int subclass (sys.exit(True) exits with 1, silently), as PyLong_Check
  if (isSubtype(TYPES[I32[(code >> 2) + 1]], TYPES[T_INT])) return Number(BigInt.asIntN(32, intBig(code))) & 0xff;
  flushStdout();
  stderrWrite(A.strJS(code) + '\n');
  return 1;
}

/**
 * Interpreter shutdown, in the order of CPython 3.11's Py_FinalizeEx: the atexit callbacks, one
 * full collection (when the collector is enabled; gc.callbacks run), then finalizeModules. `m` is
 * the reference runMain holds to __main__ (released here, as _PyRun_SimpleFileObject does).
 */
function shutdown(m: number, status: number): number {
  try {
    runAtexitCallbacks();
  } catch (e) {
    handleUncaught(e);
  }
  sysState.finalizing = true;
  try {
    if (gcState.enabled) collect(2);
    decref(m);
    finalizeModules();
  } catch (e) {
    const s = handleUncaught(e);
    if (status === 0) status = s;
  }
  flushStdout();
  return status;
}

/**
 * CPython's finalize_modules: reset a few sys attributes, replace every sys.modules entry by None
 * (a module nothing else holds dies there, and its dict -- kept alive by the cycles through its
 * functions' __globals__ -- becomes garbage), empty sys.modules, then collect without callbacks:
 * the program's objects are finalized by that collection, in the collector's list order, while
 * every global is still bound. Modules that are still alive after it get their dicts cleared
 * (_PyModule_ClearDict), the ones imported last first; sys and builtins are left alone (their
 * clearing would only make later output vanish: CPython has set sys.stdout to None by then).
 */
function finalizeModules(): void {
  const sd = sysDictRef.d;
  if (sd !== 0) {
    for (const name of ['path', 'argv', 'ps1', 'ps2', 'last_type', 'last_value', 'last_traceback', 'path_hooks',
      'path_importer_cache', 'meta_path', '__interactivehook__']) {
      if (dictGetStr(sd, name) !== 0) setStrItem(sd, name, S.None);
    }
    for (const name of ['stdin', 'stdout', 'stderr']) {
      const orig = dictGetStr(sd, `__${name}__`);
      if (orig !== 0) setStrItem(sd, name, orig);
    }
  }
  if (lastUncaught !== 0) {
    const e = lastUncaught;
    lastUncaught = 0;
    decref(e);
  }
  tbOptions.sourceLines = false;
  const mods = interp.sysModules;
  // the interpreter itself keeps sys (and builtins) alive through shutdown: what the program
  // attached to sys outlives the collection below
  const sysMod = dictGetStr(mods, 'sys');
  if (sysMod !== 0 && !permanentRoots.includes(sysMod)) {
    incref(sysMod);
    permanentRoots.push(sysMod);
  }
  const alive: number[] = []; // weak references to the modules, in sys.modules order
  for (const k of dictKeys(mods).map((x) => (incref(x), x))) {
    const v = dictGet(mods, k);
    if (v !== 0 && supportsWeakrefs(v) && isSubtype(TYPES[I32[(v >> 2) + 1]], TYPES[T_MODULE])) {
      alive.push(newWeakref(TYPES[T_WEAKREF], v, 0));
    }
    if (v !== 0) {
      try {
        dictSet(mods, k, S.None);
      } catch (e) {
        handleUncaught(e);
      }
    }
    decref(k);
  }
  dictClear(mods);
  collect(2, false);
  for (let i = alive.length - 1; i >= 0; i--) {
    const mod = I32[(alive[i] >> 2) + WR_REFERENT];
    if (mod === 0 || mod === interp.builtinsModule) continue;
    const d = moduleDict(mod);
    if (d === 0 || d === sd || d === interp.builtinsDict) continue;
    incref(mod);
    try {
      clearModuleDict(d);
    } finally {
      decref(mod);
    }
  }
  for (const wr of alive) decref(wr);
  collect(2, false);
}

function setStrItem(d: number, name: string, v: number): void {
  const k = internedStr(name);
  try {
    dictSet(d, k, v);
  } finally {
    decref(k);
  }
}

/** The atexit module's callbacks (last registered first), as Py_FinalizeEx calls them. */
function runAtexitCallbacks(): void {
  const mod = dictGetStr(interp.sysModules, 'atexit');
  if (mod === 0 || I32[(mod >> 2) + 1] !== T_MODULE) return;
  const fn = dictGetStr(moduleDict(mod), '_run_exitfuncs');
  if (fn === 0) return;
  incref(fn);
  try {
    decref(callObject(fn, [], null));
  } finally {
    decref(fn);
  }
}

function clearModuleDict(g: number): void {
  const keys = dictKeys(g).map((k) => (incref(k), k));
  const setNone = (k: number) => {
    const v = dictGet(g, k);
    if (v !== 0 && v !== S.None) {
      try {
        dictSet(g, k, S.None);
      } catch (e) {
        handleUncaught(e);
      }
    }
  };
  for (const k of keys) {
    if (I32[(k >> 2) + 1] !== T_STR) continue;
    const s = strValue(k);
    if (s.startsWith('_') && !s.startsWith('__') || s === '_') setNone(k);
  }
  for (const k of keys) {
    if (I32[(k >> 2) + 1] !== T_STR) continue;
    const s = strValue(k);
    if (s !== '__builtins__') setNone(k);
  }
  for (const k of keys) decref(k);
}

export { hexAddr, callObject, T_NONE, T_TUPLE };
