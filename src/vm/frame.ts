// Frames and thread state.
//
// A frame's fast locals ("localsplus": varnames, then cells, then free variables) and its value
// stack live in one Int32Array window: regs[base .. base + nlocalsplus) are the locals and the
// value stack grows from base + nlocalsplus. Ordinary calls take their window from the thread's
// data stack (CPython 3.11's per-thread datastack), so a call allocates no typed array; a
// generator owns a private window so it can be suspended. Every slot holds an owned reference
// (0 = empty / unbound).
//
// Block stack entries (for try/except/finally/with) are kept as quadruples in `blocks`
// (allocated on the first SETUP_*): [kind, handler pc, stack level, saved exception], where an
// EXCEPT_HANDLER block's saved exception is the one that was being handled before it (restored
// when the block is popped; -1 for none). `nblk` counts the blocks.

import type { Code } from '../runtime/objects/function.js';

export const BLOCK_SETUP_FINALLY = 1, BLOCK_EXCEPT_HANDLER = 2;

/** Data stack size per thread in slots (4 MiB). Deep recursion hits RecursionError long before. */
export const DATASTACK_SLOTS = 1 << 20;

export class Frame {
  code: Code;
  regs: Int32Array;
  base: number;
  sp: number;
  pc = 0;
  /** Owned references. */
  func: number;
  globals: number;
  builtins: number;
  /** Locals dict for module and class bodies (owned), 0 in function frames. */
  locals: number;
  back: Frame | null = null;
  blocks: number[] | null = null;
  nblk = 0;
  /** Generator object owning this frame (borrowed), 0 for ordinary frames. */
  gen = 0;
  /** A suspended generator's own handled exception (CPython's gi_exc_state; owned), 0 if none:
   * it becomes ts.excInfo while the generator runs and is put back here when it yields. */
  genExc = 0;
  /** While a generator frame runs: its resumer's ts.excInfo and ts.outerExc, put back
   * when it yields or finishes (generator.ts enterGenExcState / restoreResumerExc). */
  resumerExc = 0;
  resumerOuterExc = 0;
  /** True while the frame's window lives on the thread data stack. */
  onDataStack: boolean;
  /** Heap frame object created for tracebacks/f_locals (owned), 0 if none. */
  frameObj = 0;
  /** For an `__init__` frame entered inline by a class call: the new instance (owned), which
   * RETURN_VALUE pushes in place of __init__'s None. 0 otherwise. */
  initObj = 0;
  /** An object the frame keeps alive until it is released (owned), 0 if none: for an inline
   * `__init__`, a tuple standing for CPython's tp_call argument tuple (its only effect is on the GC
   * counts, see types.ts tpCallArgsBegin); for an inline `__enter__`, the reference CPython's bound
   * __enter__ method holds to the context manager (seen by sys.getrefcount). */
  heldRef = 0;
  /** heldRef is an inline `__init__`'s argument tuple whose items carry one more reference each:
   * the one the caller's stack keeps in CPython until the class call returns. */
  heldArgs = false;

  constructor(code: Code, regs: Int32Array, base: number, func: number, globals: number, builtins: number, locals: number, onDataStack: boolean) {
    this.code = code;
    this.regs = regs;
    this.base = base;
    this.sp = base + code.nlocalsplus;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.onDataStack = onDataStack;
  }

  /** Line of the instruction at pc (or the one just executed when `afterFetch`). */
  /** Reuse a pooled frame for a new call on the data stack. */
  reinit(code: Code, regs: Int32Array, base: number, func: number, globals: number): void {
    this.code = code;
    this.regs = regs;
    this.base = base;
    this.sp = base + code.nlocalsplus;
    this.pc = 0;
    this.func = func;
    this.globals = globals;
    this.builtins = 0;
    this.locals = 0;
    this.back = null;
    this.nblk = 0;
    this.gen = 0;
    this.genExc = 0;
    this.onDataStack = true;
    this.frameObj = 0;
    this.initObj = 0;
    this.heldRef = 0;
    this.heldArgs = false;
  }

  pushBlock(kind: number, handler: number, level: number, saved: number): void {
    if (this.blocks === null) this.blocks = [];
    const b = this.nblk++ * 4;
    this.blocks[b] = kind;
    this.blocks[b + 1] = handler;
    this.blocks[b + 2] = level;
    this.blocks[b + 3] = saved;
  }

  lineAt(pc: number): number {
    const i = pc >> 1;
    const lines = this.code.co.lines;
    if (i < 0) return this.code.co.firstlineno;
    return lines[Math.min(i, lines.length - 1)];
  }
}

export class ThreadState {
  stack = new Int32Array(DATASTACK_SLOTS);
  /** First free slot of the data stack. */
  top = 0;
  frame: Frame | null = null;
  /** The exception being handled by the running frame (owned; restored from the handler block
   * when it is popped). Inside a generator, only the generator's own: see outerExc. */
  excInfo = 0;
  /** The exception being handled by the callers of the running generators (borrowed: their
   * excInfo, kept alive by genResume), 0 if none. What sys.exc_info() and a bare `raise` see when
   * the generator handles none itself (CPython's _PyErr_GetTopmostException). */
  outerExc = 0;
  depth = 0;
  /** Set by the eval loop when a generator frame finished with `return` (vs. yield). */
  genReturned = false;
  /** Nesting of eval loops on the JS stack for this thread (1 = the base loop: suspendable). */
  runDepth = 0;
  /** The thread's entry frame (its base loop's), for resuming after a suspension. */
  entry: Frame | null = null;
  id: number;
  constructor(id: number) {
    this.id = id;
  }
}

/** The exception being handled as sys.exc_info() sees it (borrowed), 0 if none. */
export function topmostExc(ts: ThreadState): number {
  return ts.excInfo !== 0 ? ts.excInfo : ts.outerExc;
}

export const vmState = {
  recursionLimit: 1000,
  ts: new ThreadState(1),
};
