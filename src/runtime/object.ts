// Objects: the header every Python object starts with, the type registry, and reference counting.
//
// Every Python value is the address of a block in the heap (runtime/mem). Layout of an object:
//
//   offset | field     | type | note
//   -------+-----------+------+-------------------------------------------------------------
//   -16    | gc_next   | i32  | GC objects only: next object in the generation list (0 = untracked)
//   -12    | gc_prev   | i32  | GC objects only: previous object in the generation list
//    -8    | gc_refs   | i32  | GC objects only: scratch copy of the refcount during a collection
//    -4    | gc_flags  | i32  | GC objects only: FINALIZED, COLLECTING, UNREACHABLE bits
//     0    | ob_refcnt | i32  | reference count
//     4    | ob_type   | i32  | type id: index into TYPES (the type object is TYPES[id].addr)
//     8    | ...       |      | per-type fields (objects/*.ts draw their own tables)
//
// Storing the type *id* rather than the type object's address lets the eval loop test
// `I32[(a >> 2) + 1] === T_INT` against a compile-time constant. Heap types (classes) still own a
// reference to their type object, taken at allocation and dropped at deallocation, as in CPython.
//
// Reference counting is explicit, as in CPython's C API: each function says whether it returns a
// new or a borrowed reference. `decref` to zero deallocates at once through the type's dealloc;
// deallocation nests at most TRASHCAN_DEPTH levels deep on the JS stack, deeper objects wait on a
// worklist (CPython's trashcan), so freeing a million-node chain never overflows the JS stack.

import { heap } from './mem/addressspace.js';
import { pymalloc, pyfree } from './mem/obmalloc.js';
import { objmap } from './gc/objmap.js';

// ---- header layout (word offsets from the object address) ----------------------------------
export const OB_REFCNT = 0;
export const OB_TYPE = 1;
export const GC_NEXT = -4, GC_PREV = -3, GC_REFS = -2, GC_FLAGS = -1;
export const GC_HEAD_SIZE = 16;
export const GCF_FINALIZED = 1, GCF_COLLECTING = 2, GCF_UNREACHABLE = 4, GCF_MANAGED = 8;

// Typed-array views over the one heap. The heap is reserved once, when runtime/mem loads, and
// never replaced (resetting the allocator keeps the buffer), so these are constants: V8 can keep
// them in registers in the hot loops instead of reloading a mutable module binding.
export const I32: Int32Array = heap.i32;
export const F64: Float64Array = heap.f64;
export const U8: Uint8Array = heap.u8;

// ---- fixed type ids (index into TYPES) ------------------------------------------------------
export const T_TYPE = 0, T_OBJECT = 1, T_NONE = 2, T_BOOL = 3, T_INT = 4, T_FLOAT = 5, T_STR = 6,
  T_TUPLE = 7, T_LIST = 8, T_DICT = 9, T_SET = 10, T_FROZENSET = 11, T_RANGE = 12, T_SLICE = 13,
  T_FUNCTION = 14, T_BUILTIN = 15, T_METHOD = 16, T_CELL = 17, T_CODE = 18, T_MODULE = 19,
  T_GENERATOR = 20, T_NOTIMPL = 21, T_ELLIPSIS = 22, T_PROPERTY = 23, T_STATICMETHOD = 24,
  T_CLASSMETHOD = 25, T_METHOD_DESCR = 26, T_LIST_ITER = 27, T_TUPLE_ITER = 28, T_RANGE_ITER = 29,
  T_STR_ITER = 30, T_DICT_KEYITER = 31, T_DICT_VALUEITER = 32, T_DICT_ITEMITER = 33, T_SET_ITER = 34,
  T_ENUMERATE = 35, T_ZIP = 36, T_MAP = 37, T_FILTER = 38, T_LIST_REVITER = 39, T_DICT_KEYS = 40,
  T_DICT_VALUES = 41, T_DICT_ITEMS = 42, T_SUPER = 43, T_BYTES = 44, T_FRAME = 45, T_TRACEBACK = 46,
  T_WEAKREF = 47, T_CALL_ITER = 48, T_SEQ_ITER = 49, T_BASE_EXCEPTION = 50, T_WEAKPROXY = 51,
  T_CLASSMETHOD_DESCR = 52, T_GETSET = 53, T_BYTES_ITER = 54, T_MAPPINGPROXY = 55, T_REVERSED = 56, T_MEMBER = 57, T_COMPLEX = 58,
  T_DICT_REVKEYITER = 59, T_DICT_REVVALUEITER = 60, T_DICT_REVITEMITER = 61,
  T_FIRST_DYNAMIC = 64;

/** Visit callback for traverse: called with each referenced object address. */
export type Visit = (child: number) => void;

/** The JS-side slot table of a type (CPython's PyTypeObject slots that JS code dispatches on). */
export interface TypeInfo {
  id: number;
  /** The type object in the heap (0 until created). */
  addr: number;
  name: string;
  /** Layout base (the "solid base" chain). */
  base: TypeInfo | null;
  /** JS mirror of __mro__, kept in sync with the heap tuple. */
  mro: TypeInfo[];
  isGC: boolean;
  /** Heap type (a class statement or type(...)): instances own a reference to the type. */
  isHeap: boolean;
  /** Can be subclassed. */
  baseType: boolean;
  /** Instance size in bytes, header included, GC head excluded. */
  basicsize: number;
  /** Word offset of the instance __dict__ slot, or 0. */
  dictOffset: number;
  /** Word offset of the instance weak-reference list slot, or 0. */
  weaklistOffset: number;
  /** __slots__ names -> word offsets (heap types with __slots__). */
  slotOffsets: Map<string, number> | null;
  dealloc: (a: number) => void;
  traverse: ((a: number, visit: Visit) => void) | null;
  clear: ((a: number) => void) | null;
  /** Free-form per-type fast paths (repr, hash, richcompare, iter, iternext, len, ...). */
  slots: TypeSlots;
  /** Bumped on every change to the type's (or a base's) dict: invalidates lookup caches. */
  version: number;
  /** Attribute lookup cache: name -> [found object or 0]; cleared when `version` changes. */
  cache: Map<string, number>;
  /** TYPE_EPOCH value the cache is valid for. */
  cacheEpoch: number;
  /** Attribute-kind memo of the inline caches (vm/inlinecache.ts fillAttr): name -> descriptor * 8 + kind,
   * valid for TYPE_EPOCH attrMemoEpoch. Makes an inline-cache miss at a polymorphic site one Map lookup. */
  attrMemo: Map<string, number>;
  attrMemoEpoch: number;
  /** Inline class-call cache (vm/inlinecache.ts inlineInitOf): __init__ to enter, valid for TYPE_EPOCH initEpoch. */
  initEpoch: number;
  /** objects/type.ts solidBase, once the class is complete (undefined until then). */
  solidMemo?: TypeInfo | null;
  /** When set, slots.getattr answers only these names itself and is generic otherwise (the
   * attribute caches may then treat other names as plain lookups). */
  getattrOnly?: ReadonlySet<string>;
  /** Attribute names a builtin type serves from its getattr slot that CPython keeps as
   * descriptors in the type's dict: what dir() lists besides the dict's keys. */
  dirExtra?: readonly string[];
  initFn: number;
  /** Exception types: the instance layout is the exception layout. */
  isException: boolean;
  /** `type` and its subclasses (metaclasses): their instances are type objects. */
  isMeta: boolean;
  subclasses: TypeInfo[];
  /** Python-level __del__ exists in the MRO (heap types). */
  hasFinalizer: boolean;
  /** A true __abstractmethods__ was assigned to this class (CPython's Py_TPFLAGS_IS_ABSTRACT, not inherited). */
  isAbstract: boolean;
  /** Instances keep their attributes in an ordinary (counted, trackable) dict, not a managed one:
   * threading.local, whose per-thread dicts are real dicts in CPython. */
  plainDict?: boolean;
  /** A class of lib/ standing for a C type: `name` is its C name ('datetime.date'), which messages
   * print, and __name__ is the part after the last dot (set by _typename.set_c_name). */
  cName?: boolean;
  /** A builtin type CPython 3.11 calls through tp_call, having no vectorcall (object, int, str, zip,
   * slice, the exceptions, ...): _PyObject_MakeTpCall counts the call against the recursion limit. */
  tpCall?: boolean;
}

export interface TypeSlots {
  repr?: (a: number) => number;
  str?: (a: number) => number;
  hash?: (a: number) => number;
  /** Rich comparison; returns a new reference, NotImplemented when it cannot compare. */
  richcompare?: (a: number, b: number, op: number) => number;
  iter?: (a: number) => number;
  /** Returns a new reference, or 0 when exhausted (no StopIteration is created). */
  iternext?: (a: number) => number;
  len?: (a: number) => number;
  getitem?: (a: number, k: number) => number;
  setitem?: (a: number, k: number, v: number) => void;
  delitem?: (a: number, k: number) => void;
  contains?: (a: number, k: number) => boolean;
  bool?: (a: number) => boolean;
  call?: (a: number, args: number[], kw: KwArgs | null) => number;
  /** Number protocol: a (op) b; may return NotImplemented. */
  number?: (a: number, b: number, nb: number) => number;
  /**
   * The operators `number` really implements, as Python sees them: NB_NAMES entries, 'r'-prefixed
   * for the reflected form (['add', 'mul', 'rmul'] for list). Slot wrappers (__add__, ...) are made
   * only for these; absent means every operator in both forms.
   */
  numberOps?: readonly string[];
  getattr?: (a: number, name: number) => number;
  setattr?: (a: number, name: number, v: number) => void;
  descrGet?: (descr: number, obj: number, type: number) => number;
  descrSet?: (descr: number, obj: number, v: number) => void;
  isDataDescr?: boolean;
  /** tp_new for builtin types: (type, args, kw) -> new instance. */
  new?: (type: TypeInfo, args: number[], kw: KwArgs | null) => number;
  init?: (self: number, args: number[], kw: KwArgs | null) => void;
}

/** Keyword arguments of a call: parallel arrays of names (JS strings) and values (borrowed). */
export interface KwArgs {
  names: string[];
  values: number[];
}

export const TYPES: TypeInfo[] = [];

/**
 * A slots record with every slot present (undefined when unset). All TypeSlots objects then share
 * one V8 hidden class, so `t.slots.x` stays a monomorphic load in the protocol code; assigning a
 * slot later never changes the shape. Copies must be spreads of such a record.
 */
export function newSlots(): TypeSlots {
  return {
    repr: undefined, str: undefined, hash: undefined, richcompare: undefined, iter: undefined, iternext: undefined,
    len: undefined, getitem: undefined, setitem: undefined, delitem: undefined, contains: undefined, bool: undefined,
    call: undefined, number: undefined, numberOps: undefined, getattr: undefined, setattr: undefined,
    descrGet: undefined, descrSet: undefined, isDataDescr: undefined, new: undefined, init: undefined,
  };
}

export function newTypeInfo(id: number, name: string, base: TypeInfo | null, basicsize: number, isGC: boolean): TypeInfo {
  const t: TypeInfo = {
    id, addr: 0, name, base, mro: [], isGC, isHeap: false, baseType: true, basicsize,
    dictOffset: 0, weaklistOffset: 0, slotOffsets: null,
    dealloc: base ? base.dealloc : freeObject,
    traverse: base ? base.traverse : null,
    clear: base ? base.clear : null,
    slots: newSlots(), version: 0, cache: new Map(), cacheEpoch: 0, attrMemo: new Map(), attrMemoEpoch: -1, initEpoch: -1, initFn: 0, isMeta: base ? base.isMeta : false, isException: base ? base.isException : false,
    subclasses: [], hasFinalizer: false, isAbstract: false, solidMemo: undefined, getattrOnly: undefined,
  };
  TYPES[id] = t;
  return t;
}

/** Is `a` a type object (an instance of `type` or of a metaclass)? */
export function isTypeObject(a: number): boolean {
  return TYPES[I32[(a >> 2) + OB_TYPE]].isMeta;
}

export function typeOf(a: number): TypeInfo {
  return TYPES[I32[(a >> 2) + OB_TYPE]];
}

export function typeId(a: number): number {
  return I32[(a >> 2) + OB_TYPE];
}

// ---- allocation ----------------------------------------------------------------------------

/** Raised (as a JS exception) when the heap limit is reached; the VM turns it into MemoryError. */
export class HeapExhausted {
  readonly heapExhausted = true;
}

/** Hooks filled by runtime/gc: GC allocation counting and collection triggering. */
export const gcHooks = {
  /** Called after each GC-object allocation (count[0] += 1, maybe collect). */
  onAlloc: (): void => {},
  /** Called when a GC object's memory is freed (count[0] -= 1 while > 0). */
  onFree: (): void => {},
  /** Untrack hook (unlink from its generation list). */
  untrack: (_a: number): void => {},
};

/** Allocate a non-GC object of `size` bytes (header included). New reference (refcnt 1). */
export function allocObject(tid: number, size: number): number {
  const a = pymalloc(size);
  if (a === 0) throw new HeapExhausted();
  const w = a >> 2;
  I32[w] = 1;
  I32[w + 1] = tid;
  objmap[a >> 4] = 1; // MAP_PLAIN (gc/objmap.ts)
  return a;
}

/** Allocate a GC-capable object (untracked). The GC head precedes the returned address. */
export function allocGCObject(tid: number, size: number): number {
  const a = allocGCObjectUncounted(tid, size);
  gcHooks.onAlloc();
  return a;
}

/** allocGCObject for a GC-capable object CPython does not allocate (an instance's managed dict):
 * no effect on the collector's allocation count, so it cannot trigger a collection either. */
export function allocGCObjectUncounted(tid: number, size: number): number {
  const b = pymalloc(size + GC_HEAD_SIZE);
  if (b === 0) throw new HeapExhausted();
  const a = b + GC_HEAD_SIZE;
  const w = a >> 2;
  I32[w - 4] = 0;
  I32[w - 3] = 0;
  I32[w - 2] = 0;
  I32[w - 1] = 0;
  I32[w] = 1;
  I32[w + 1] = tid;
  objmap[a >> 4] = 2; // MAP_GC (gc/objmap.ts)
  return a;
}

/** freeGCObject for an object made by allocGCObjectUncounted. */
export function freeGCObjectUncounted(a: number): void {
  if (I32[(a >> 2) + GC_NEXT] !== 0) gcHooks.untrack(a);
  objmap[a >> 4] = 0;
  pyfree(a - GC_HEAD_SIZE);
}


/** Free the memory of a non-GC object (no decrefs: the dealloc did those). */
export function freeObject(a: number): void {
  objmap[a >> 4] = 0;
  pyfree(a);
}

/** Free the memory of a GC object (untracks it first). */
export function freeGCObject(a: number): void {
  if (I32[(a >> 2) + GC_NEXT] !== 0) gcHooks.untrack(a);
  objmap[a >> 4] = 0;
  pyfree(a - GC_HEAD_SIZE);
  gcHooks.onFree();
}

// ---- reference counting --------------------------------------------------------------------

/** Counters for --stats (refcount operations are counted only in the slow paths, for speed). */
export const rcStats = { deallocs: 0, deferred: 0 };

export function incref(a: number): void {
  I32[a >> 2]++;
}

export function xincref(a: number): void {
  if (a !== 0) I32[a >> 2]++;
}

export function decref(a: number): void {
  if (--I32[a >> 2] === 0) dealloc(a);
}

export function xdecref(a: number): void {
  if (a !== 0 && --I32[a >> 2] === 0) dealloc(a);
}

export function refcnt(a: number): number {
  return I32[a >> 2];
}

/** Nesting limit for deallocation on the JS stack (CPython's _PyTrash_UNWIND_LEVEL). */
export const TRASHCAN_DEPTH = 50;
/** Dead exact floats kept for reuse (CPython's float free list; objects/float.ts owns it). */
export const FLOAT_MAXFREELIST = 100;
export const floatFreelist: number[] = [];
/** Word of an int object holding its BIGS slot (0 when the value is the float64 word's number). */
export const INT_BIGSLOT = 4;
let deallocDepth = 0;
const deferred: number[] = [];

/** Deallocate an object whose refcount just reached zero. */
export function dealloc(a: number): void {
  const tid = I32[(a >> 2) + OB_TYPE];
  if (tid === T_INT && I32[(a >> 2) + INT_BIGSLOT] === 0) {
    // the commonest death: an exact int held as a JS number (objects/int.ts intDealloc, inline)
    rcStats.deallocs++;
    freeObject(a);
    return;
  }
  if (tid === T_FLOAT && floatFreelist.length < FLOAT_MAXFREELIST) {
    // an exact float goes on the float free list (objects/float.ts floatDealloc, inline)
    rcStats.deallocs++;
    floatFreelist.push(a);
    return;
  }
  if (deallocDepth >= TRASHCAN_DEPTH) {
    deferred.push(a);
    rcStats.deferred++;
    return;
  }
  deallocDepth++;
  rcStats.deallocs++;
  TYPES[tid].dealloc(a);
  deallocDepth--;
  if (deallocDepth === 0 && deferred.length) drainDeferred();
}

function drainDeferred(): void {
  deallocDepth++;
  while (deferred.length) {
    const a = deferred.pop()!;
    rcStats.deallocs++;
    TYPES[I32[(a >> 2) + OB_TYPE]].dealloc(a);
  }
  deallocDepth--;
}

// ---- JS-side tables for what cannot live in the heap ------------------------------------------

/** A slot table with a free list: str text, big-int digits, code, frames. Slot 0 is never used. */
export class SideTable<T> {
  items: (T | undefined)[] = [undefined];
  free: number[] = [];
  add(v: T): number {
    const s = this.free.pop();
    if (s !== undefined) {
      this.items[s] = v;
      return s;
    }
    this.items.push(v);
    return this.items.length - 1;
  }
  get(s: number): T {
    return this.items[s] as T;
  }
  set(s: number, v: T): void {
    this.items[s] = v;
  }
  release(s: number): void {
    this.items[s] = undefined;
    this.free.push(s);
  }
  get size(): number {
    return this.items.length - 1 - this.free.length;
  }
}
