// Frame objects: the Python-visible face of a frame, created on demand (for tracebacks and
// sys._getframe) as in CPython 3.11. While its frame runs, the object borrows the frame's
// locals; when the frame finishes, the object takes the locals over — which is why an exception
// kept in a variable keeps the raising function's locals alive until it is released.
//
// frame object (GC):
//    8  slot     index into LIVE_FRAMES while the frame runs, 0 once detached
//   12  code     owned code object
//   16  globals  owned dict
//   20  lineno   line at detach time
//   24  locals   address of an owned array of nlocals references (after detach), or 0
//   28  nlocals
//   32  back     owned frame object of the caller (linked when the frame finishes: take_ownership)
//   36  ldict    owned f_locals dict of a function frame (PyFrame_FastToLocals' dict), or 0
//   size 40 (+16) -> 64

import { I32, T_FRAME, SideTable, allocGCObject, freeGCObject, decref, xdecref, incref, type Visit, TYPES } from '../runtime/object.js';
import { gcTrack, gcUntrack } from '../runtime/gc/generations.js';
import { pymalloc, pyfree } from '../runtime/mem/obmalloc.js';
import { newInt } from '../runtime/objects/int.js';
import { newDict, dictSet, dictPop } from '../runtime/objects/dict.js';
import { internedStr, strValue, newStr } from '../runtime/objects/str.js';
import { CELL_REF, codeOf } from '../runtime/objects/function.js';
import * as A from '../runtime/abstract.js';
import { S } from '../runtime/abstract.js';
import { HeapExhausted } from '../runtime/object.js';
import type { Frame } from './frame.js';
import { frameObjHook } from './call.js';

export const FO_SLOT = 2, FO_CODE = 3, FO_GLOBALS = 4, FO_LINENO = 5, FO_LOCALS = 6, FO_NLOCALS = 7, FO_BACK = 8, FO_LDICT = 9;
const FO_SIZE = 40;
const LIVE_FRAMES = new SideTable<Frame>();

/** New reference to the frame object of `f` (created on first use; the frame keeps one ref). */
export function frameObject(f: Frame): number {
  if (f.frameObj !== 0) {
    incref(f.frameObj);
    return f.frameObj;
  }
  const o = allocGCObject(T_FRAME, FO_SIZE);
  const w = o >> 2;
  I32[w + FO_SLOT] = LIVE_FRAMES.add(f);
  const code = f.code.addr;
  incref(code);
  I32[w + FO_CODE] = code;
  incref(f.globals);
  I32[w + FO_GLOBALS] = f.globals;
  I32[w + FO_LINENO] = 0;
  I32[w + FO_LOCALS] = 0;
  I32[w + FO_NLOCALS] = 0;
  I32[w + FO_BACK] = 0;
  I32[w + FO_LDICT] = 0;
  gcTrack(o);
  f.frameObj = o;
  incref(o);
  return o;
}

/** The frame is finishing: the object takes over its locals. */
function detach(f: Frame): void {
  const o = f.frameObj;
  f.frameObj = 0;
  const w = o >> 2;
  const n = f.code.nlocalsplus;
  I32[w + FO_LINENO] = f.lineAt(f.pc - 2);
  if (n > 0) {
    const arr = pymalloc(n * 4);
    if (arr === 0) throw new HeapExhausted();
    for (let i = 0; i < n; i++) {
      I32[(arr >> 2) + i] = f.regs[f.base + i];
      f.regs[f.base + i] = 0;
    }
    I32[w + FO_LOCALS] = arr;
    I32[w + FO_NLOCALS] = n;
  }
  LIVE_FRAMES.release(I32[w + FO_SLOT]);
  I32[w + FO_SLOT] = 0;
  // like CPython's take_ownership: the caller gets a frame object too, linked as f_back
  if (f.back !== null && f.back.func !== 0 || (f.back !== null && f.back.locals !== 0)) I32[w + FO_BACK] = frameObject(f.back!);
  decref(o);
}

export function frameObjectDealloc(o: number): void {
  gcUntrack(o);
  frameObjectClear(o);
  const w = o >> 2;
  if (I32[w + FO_SLOT] !== 0) {
    const f = LIVE_FRAMES.get(I32[w + FO_SLOT]);
    if (f && f.frameObj === o) f.frameObj = 0;
    LIVE_FRAMES.release(I32[w + FO_SLOT]);
  }
  const c = I32[w + FO_CODE], g = I32[w + FO_GLOBALS];
  I32[w + FO_CODE] = I32[w + FO_GLOBALS] = 0;
  xdecref(c);
  xdecref(g);
  freeGCObject(o);
}

export function frameObjectTraverse(o: number, visit: Visit): void {
  const w = o >> 2;
  if (I32[w + FO_CODE]) visit(I32[w + FO_CODE]);
  if (I32[w + FO_GLOBALS]) visit(I32[w + FO_GLOBALS]);
  if (I32[w + FO_BACK]) visit(I32[w + FO_BACK]);
  if (I32[w + FO_LDICT]) visit(I32[w + FO_LDICT]);
  const arr = I32[w + FO_LOCALS];
  if (arr) for (let i = 0; i < I32[w + FO_NLOCALS]; i++) if (I32[(arr >> 2) + i]) visit(I32[(arr >> 2) + i]);
}

/** tp_clear: drop the locals (breaks exception -> traceback -> frame -> locals cycles). */
export function frameObjectClear(o: number): void {
  const w = o >> 2;
  const back = I32[w + FO_BACK];
  I32[w + FO_BACK] = 0;
  xdecref(back);
  const ld = I32[w + FO_LDICT];
  I32[w + FO_LDICT] = 0;
  xdecref(ld);
  const arr = I32[w + FO_LOCALS];
  if (arr) {
    const n = I32[w + FO_NLOCALS];
    I32[w + FO_LOCALS] = 0;
    I32[w + FO_NLOCALS] = 0;
    const vals: number[] = [];
    for (let i = 0; i < n; i++) vals.push(I32[(arr >> 2) + i]);
    pyfree(arr);
    for (const v of vals) xdecref(v);
  }
}

/**
 * f_locals (new reference): a module or class frame's locals mapping, else the frame object's
 * dict refreshed from the fast locals (PyFrame_FastToLocals: one dict per frame, so names that
 * exec() stored in it stay visible to later locals() calls).
 */
function localsDict(o: number): number {
  const w = o >> 2;
  const code = codeOf(I32[w + FO_CODE]);
  const co = code.co;
  const names = [...co.varnames, ...co.cellvars, ...co.freevars];
  const live = I32[w + FO_SLOT] ? LIVE_FRAMES.get(I32[w + FO_SLOT]) : null;
  if (live && live.locals) {
    incref(live.locals);
    return live.locals;
  }
  if (I32[w + FO_LDICT] === 0) I32[w + FO_LDICT] = newDict();
  const d = I32[w + FO_LDICT];
  for (let i = 0; i < names.length; i++) {
    let v = live ? live.regs[live.base + i] : I32[w + FO_LOCALS] ? I32[(I32[w + FO_LOCALS] >> 2) + i] : 0;
    if (v !== 0 && i >= co.varnames.length) v = I32[(v >> 2) + CELL_REF];
    const k = internedStr(names[i]);
    if (v !== 0) dictSet(d, k, v);
    else xdecref(dictPop(d, k));
    decref(k);
  }
  incref(d);
  return d;
}

/** locals() of a running frame: borrowed (the frame, or its frame object, owns it). */
export function frameLocals(f: Frame): number {
  if (f.locals) return f.locals;
  const o = frameObject(f);
  const d = localsDict(o);
  decref(d);
  decref(o); // the frame keeps its own reference to the frame object
  return d;
}

export function initFrameObjectType(): void {
  const t = TYPES[T_FRAME];
  t.dealloc = frameObjectDealloc;
  t.traverse = frameObjectTraverse;
  t.clear = frameObjectClear;
  t.slots.repr = (o) => {
    const code = codeOf(I32[(o >> 2) + FO_CODE]).co;
    return newStr(`<frame at 0x${(0x7f0000000000 + o).toString(16)}, file '${code.filename}', line ${lineOf(o)}, code ${code.name}>`);
  };
  t.slots.getattr = (o, name) => {
    const w = o >> 2;
    switch (strValue(name)) {
      case 'f_code': return incref(I32[w + FO_CODE]), I32[w + FO_CODE];
      case 'f_globals': return incref(I32[w + FO_GLOBALS]), I32[w + FO_GLOBALS];
      case 'f_locals': return localsDict(o);
      case 'f_lineno': return newInt(lineOf(o));
      case 'f_back': {
        const live = I32[w + FO_SLOT] ? LIVE_FRAMES.get(I32[w + FO_SLOT]) : null;
        if (live && live.back) return frameObject(live.back);
        if (I32[w + FO_BACK]) return incref(I32[w + FO_BACK]), I32[w + FO_BACK];
        return A.retNone();
      }
    }
    return A.genericGetAttr(o, name, t);
  };
  frameObjHook.detach = detach;
  void S;
}

function lineOf(o: number): number {
  const w = o >> 2;
  const live = I32[w + FO_SLOT] ? LIVE_FRAMES.get(I32[w + FO_SLOT]) : null;
  return live ? live.lineAt(live.pc - 2) : I32[w + FO_LINENO];
}
