// The heap verifier for objects (`pyvm run --verify-heap`) and the stress mode of the collector
// (`pyvm run --stress-gc`). mem/verify.ts checks the allocators; this file checks what lives in
// them: every Python object, found through the object map (objmap.ts).
//
// verifyObjects() throws an Error stating the first broken invariant in words. Invariants:
//
//  allocator  mem/verify.ts:verifyHeap() holds (arenas, pools, free lists, large blocks, counters).
//  map        every object in the map sits in an allocated block that starts at the object (plain
//             objects) or 16 bytes before it (GC objects), and no two objects share a block.
//  header     every object has a valid type id whose TypeInfo agrees with the map about being a GC
//             object, whose type object is alive, and whose block is at least the type's basicsize;
//             its refcount is > 0 (a live object) or 0 (a dead object: on a free list or being
//             deallocated; see objmap.ts); never negative.
//  free lists every object on the float/tuple/list/dict free lists is a dead object of that exact
//             type (and tuple size); at exit (no deallocation in progress) the dead objects are
//             exactly the free-listed ones. Dead objects are never tracked.
//  gc lists   each generation list (0, 1, 2, permanent) is a well-formed circular list through its
//             head (prev/next agree, no cycle bypassing the head) holding only live GC objects; every
//             tracked object (gc_next != 0) is on exactly one list; untracked objects have
//             gc_next = gc_prev = 0; no object keeps a COLLECTING/UNREACHABLE flag outside a
//             collection.
//  references every reference found by traversing the live objects (the types' traverse) is to a
//             live object: not to a freed block, a raw block or a free-listed object.
//  refcounts  every object's refcount is >= the number of references to it found that way. (Not
//             equality: frames on the threads' data stacks, value stacks and JS-side tables hold
//             counted references that no traverse reports.)
//  raw blocks the item array of a list, the index and entry tables of a dict and the table of a set
//             are allocated blocks large enough for their capacity.
//
// Partial and full checks. After a collection the program is stopped at an arbitrary allocation:
// an untracked GC object may be half built (allocGCObject returns garbage fields, and the caller
// fills them in after the allocation that triggered the collection). So after a collection the
// contents of untracked GC objects (their traverse, raw blocks) are not examined, and dead objects
// of any type are allowed (a deallocation may be in progress). At exit everything is examined.
//
// Cost. A verification visits every object; under --stress-gc it would run at every allocation,
// so there it runs once every max(1, objects / STRESS_VERIFY_RATIO) collections (amortised: about
// the cost of a young collection). PYVM_VERIFY_EVERY=n forces a verification every n collections.
//
// Stress GC. `--stress-gc` collects generation 0 at every allocation of a GC object (not only when
// the threshold is passed), with the normal automatic collections still running as usual. A
// stress collection is invisible to the program's view of the collector: the counts, thresholds,
// gc.get_stats(), gc.callbacks, DEBUG_* output, generation membership (survivors stay in
// generation 0) and gc.is_tracked() (atomic tuples are not untracked) are as without it. What it
// changes is *when* unreachable cycles die: as soon as possible (so gc.collect() may find fewer),
// which is allowed -- a collection may happen at any allocation -- and is what exposes code that
// holds a borrowed reference across an allocation. It is skipped while the collector is disabled
// (gc.disable()), while it is collecting, while the VM inhibits collection, and while gc.set_debug()
// flags are set (a program that asks for DEBUG_* output observes each collection).

import {
  I32, TYPES, type TypeInfo, GC_NEXT, GC_PREV, GC_FLAGS, GC_HEAD_SIZE, GCF_COLLECTING, GCF_UNREACHABLE, GCF_MANAGED,
  T_TYPE, T_FLOAT, T_TUPLE, T_LIST, T_DICT, T_SET, T_FROZENSET, T_STR, gcHooks,
} from '../object.js';
import { heap, chunkKind, CHUNK_ARENA, CHUNK_LARGE, CHUNK_BITS } from '../mem/addressspace.js';
import { verifyHeap, forEachFreeSmallBlock, setPoisonFreed } from '../mem/verify.js';
import {
  pymalloc, blockSize, obmallocState, POOL_SIZE, POOL_OVERHEAD, POOL_REFCOUNT, POOL_SZIDX, POOL_NEXTOFFSET, INDEX2SIZE,
} from '../mem/obmalloc.js';
import { forEachLargeBlock, LARGE_HEADER } from '../mem/large.js';
import { objmap, forEachMappedObject, firstEntryInFreeChunk, MAP_GC, MAP_SHIFT } from './objmap.js';
import { gcState, listMerge } from './generations.js';
import { collect, collectHooks, gcStats } from './collect.js';
import { floatFreeListSize } from '../objects/float.js';
import { tupleFreeListSizes } from '../objects/tuple.js';
import { listFreeListSize, LIST_SIZE, LIST_ALLOC, LIST_ITEMS } from '../objects/list.js';
import { dictFreeListSize, D_MASK, D_INDICES, D_ENTRIES, D_USABLE, D_NENTRIES } from '../objects/dict.js';
import { SET_TABLE, SET_MASK, SET_SMALL } from '../objects/set.js';
import { STRS, STR_SLOT } from '../objects/str.js';

// ---- describing objects (no allocation: the verifier runs inside collections) --------------------

/** `id()` of an address, as hexAddr prints it. */
export function hexId(a: number): string {
  return '0x' + (0x7f0000000000 + a).toString(16);
}

/** "list object at 0x7f..." (with the text of a str, the name of a type); never allocates. */
export function describe(a: number): string {
  const tid = I32[(a >> 2) + 1]!;
  const t = tid >= 0 && tid < TYPES.length ? TYPES[tid] : undefined;
  if (!t) return `object at ${hexId(a)} (type id ${tid})`;
  let extra = '';
  try {
    if (isSubtypeId(t, T_STR)) {
      const s = STRS.items[I32[(a >> 2) + STR_SLOT]!];
      if (typeof s === 'string') extra = ` ${JSON.stringify(s.length > 40 ? s.slice(0, 40) + '...' : s)}`;
    } else if (isSubtypeId(t, T_TYPE)) {
      const ti = TYPES[I32[(a >> 2) + 2]!];
      if (ti && ti.addr === a) extra = ` <class '${ti.name}'>`;
    }
  } catch {
    extra = '';
  }
  return `${t.name} object at ${hexId(a)}${extra}`;
}

function isSubtypeId(t: TypeInfo, id: number): boolean {
  for (let b: TypeInfo | null = t; b; b = b.base) if (b.id === id) return true;
  return false;
}

function fail(invariant: string): never {
  throw new Error(`verifyObjects: ${invariant}`);
}

// ---- allocated blocks --------------------------------------------------------------------------
// A scratch byte per 16-byte granule, like the object map, holding bits: FREE_SMALL marks the start
// of a free pool block, USED_LARGE the payload of a used large block, ON_GEN a GC object found on a
// generation list. Every marked granule is recorded in `marked` and cleared when the walk ends.

const FREE_SMALL = 1, USED_LARGE = 2, ON_GEN = 4;
let scratch: Uint8Array | null = null;
const marked: number[] = [];

function mark(g: number, v: number): void {
  if (scratch![g] === 0) marked.push(g);
  scratch![g] = scratch![g]! | v;
}

function clearMarks(): void {
  const s = scratch!;
  for (const g of marked) s[g] = 0;
  marked.length = 0;
}

function markBlocks(): void {
  if (scratch === null) scratch = new Uint8Array(objmap.length);
  forEachFreeSmallBlock((b) => mark(b >>> MAP_SHIFT, FREE_SMALL));
  forEachLargeBlock((b, _size, free) => {
    if (!free) mark((b + LARGE_HEADER) >>> MAP_SHIFT, USED_LARGE);
  });
}

/** Is `b` the start of a block in use (a pool block handed out, or a used large block's payload)? */
function isAllocatedBlock(b: number): boolean {
  if (!(b > 0) || (b & 15) !== 0 || b >= heap.limit) return false;
  const kind = chunkKind[b >>> CHUNK_BITS];
  if (kind === CHUNK_ARENA) {
    const pool = b & ~(POOL_SIZE - 1);
    const pw = pool >> 2;
    if (I32[pw + (POOL_REFCOUNT >> 2)] === 0) return false;
    const size = INDEX2SIZE(I32[pw + (POOL_SZIDX >> 2)]!);
    const off = b - pool - POOL_OVERHEAD;
    if (off < 0 || off % size !== 0 || b - pool >= I32[pw + (POOL_NEXTOFFSET >> 2)]!) return false;
    return (scratch![b >>> MAP_SHIFT]! & FREE_SMALL) === 0;
  }
  if (kind === CHUNK_LARGE) return (scratch![b >>> MAP_SHIFT]! & USED_LARGE) !== 0;
  return false;
}

/**
 * Call `visit(block, size)` for every block in use: pool blocks handed out and used large blocks
 * (their payload address). Objects and raw blocks alike. `visit` must not allocate or free.
 */
export function forEachAllocatedBlock(visit: (b: number, size: number) => void): void {
  markBlocks();
  try {
    const s = obmallocState();
    for (let ar = 0; ar < s.maxarenas; ar++) {
      const base = s.arenaAddress[ar]!;
      if (base === 0) continue;
      for (let pool = base; pool < s.arenaPoolAddress[ar]!; pool += POOL_SIZE) {
        const pw = pool >> 2;
        if (I32[pw + (POOL_REFCOUNT >> 2)] === 0) continue;
        const size = INDEX2SIZE(I32[pw + (POOL_SZIDX >> 2)]!);
        const end = pool + I32[pw + (POOL_NEXTOFFSET >> 2)]!;
        for (let b = pool + POOL_OVERHEAD; b < end && b + size <= pool + POOL_SIZE; b += size) {
          if ((scratch![b >>> MAP_SHIFT]! & FREE_SMALL) === 0) visit(b, size);
        }
      }
    }
    forEachLargeBlock((b, size, free) => {
      if (!free) visit(b + LARGE_HEADER, size - LARGE_HEADER);
    });
  } finally {
    clearMarks();
  }
}

// ---- the verifier --------------------------------------------------------------------------------

export interface VerifyResult {
  /** Objects in the map with refcount > 0. */
  live: number;
  /** Objects in the map with refcount 0 (free-listed or being deallocated). */
  dead: number;
  /** Tracked GC objects on the generation lists. */
  tracked: number;
}

/**
 * Check every invariant listed at the head of this file; throw an Error naming the first broken one.
 * `full`: examine untracked GC objects too and require that the dead objects are exactly the
 * free-listed ones (only valid when no deallocation is in progress and no object is half built:
 * at exit). After a collection, use full = false.
 */
export function verifyObjects(full = true): VerifyResult {
  verifyHeap();
  markBlocks();
  try {
    return verifyMarked(full);
  } finally {
    clearMarks();
  }
}

/** Types that keep a few dead objects for reuse without exporting how many (slice.ts: CPython's
 * one-object slice_cache), with the most they keep. */
const ONE_OBJECT_CACHES = new Map<string, number>([['slice', 1]]);

function verifyMarked(full: boolean): VerifyResult {
  if (full) {
    const stale = firstEntryInFreeChunk();
    if (stale !== 0) fail(`the object map has an object at ${hexId(stale)}, in a chunk that is not in use`);
  }
  const objs: number[] = [];
  let dead = 0;
  const deadFloats = { n: 0 }, deadLists = { n: 0 }, deadDicts = { n: 0 };
  const deadTuples = new Int32Array(21);
  const deadOther = new Map<string, number>();
  let gcObjects = 0;

  // 1. The map against the allocator, and every object's header.
  forEachMappedObject((a, kind) => {
    const b = kind === MAP_GC ? a - GC_HEAD_SIZE : a;
    if (!isAllocatedBlock(b)) fail(misplacedObject(a, kind, b));
    if (kind === MAP_GC && objmap[b >>> MAP_SHIFT] !== 0) fail(`objects at ${hexId(b)} and ${hexId(a)} share one block`);
    const w = a >> 2;
    const rc = I32[w]!;
    const tid = I32[w + 1]!;
    const t = tid >= 0 && tid < TYPES.length ? TYPES[tid] : undefined;
    if (!t) fail(`object at ${hexId(a)} has type id ${tid}, which is no type (refcount ${rc})`);
    if (t.isGC !== (kind === MAP_GC)) {
      fail(`${describe(a)} was allocated as a ${kind === MAP_GC ? 'GC' : 'non-GC'} object but its type is ${t.isGC ? '' : 'not '}a GC type`);
    }
    if (t.addr === 0 || objmap[t.addr >>> MAP_SHIFT] !== MAP_GC || I32[t.addr >> 2]! <= 0) {
      fail(`${describe(a)} has type ${t.name}, whose type object is not alive`);
    }
    const room = blockSize(b) - (kind === MAP_GC ? GC_HEAD_SIZE : 0);
    if (room < Math.min(t.basicsize, 8)) fail(`${describe(a)} lies in a block of ${room} bytes, smaller than its header`);
    if (rc < 0) fail(`${describe(a)} has a negative refcount (${rc}): it was decref'd more times than incref'd`);
    if (kind === MAP_GC) gcObjects++;
    if (rc === 0) {
      dead++;
      if (kind === MAP_GC && I32[w + GC_NEXT] !== 0) {
        fail(`${describe(a)} has refcount 0 (freed or on a free list) but is still tracked by the GC`);
      }
      if (tid === T_FLOAT) deadFloats.n++;
      else if (tid === T_LIST) deadLists.n++;
      else if (tid === T_DICT) deadDicts.n++;
      else if (tid === T_TUPLE && I32[w + 2]! >= 1 && I32[w + 2]! <= 20) deadTuples[I32[w + 2]!]++;
      else deadOther.set(t.name, (deadOther.get(t.name) ?? 0) + 1);
      return;
    }
    objs.push(a);
  });

  // 2. Free lists.
  const checkFreeList = (what: string, listed: number, found: number): void => {
    if (found < listed) {
      fail(`the ${what} free list holds ${listed} objects but only ${found} such objects in the heap have refcount 0 ` +
        '(a free-listed object was revived without leaving the list, or freed twice)');
    }
    if (full && found !== listed) {
      fail(`${found - listed} ${what} objects have refcount 0 but are on no free list: they were never freed ` +
        '(a decref to 0 that did not reach the dealloc, or a refcount cleared by a stray write)');
    }
  };
  checkFreeList('float', floatFreeListSize(), deadFloats.n);
  checkFreeList('list', listFreeListSize(), deadLists.n);
  checkFreeList('dict', dictFreeListSize(), deadDicts.n);
  const tl = tupleFreeListSizes();
  for (let n = 1; n < tl.length && n <= 20; n++) checkFreeList(`${n}-tuple`, tl[n]!, deadTuples[n]!);
  if (full) {
    for (const [name, n] of deadOther) {
      if (n <= (ONE_OBJECT_CACHES.get(name) ?? 0)) continue;
      fail(`${n} ${name} object(s) have refcount 0 but were not freed (${name} has no free list): a dealloc was skipped`);
    }
  }

  // 3. Generation lists.
  let tracked = 0;
  const gens = gcState.generations;
  for (let g = 0; g < gens.length; g++) {
    const head = gens[g]!.head;
    if (objmap[head >>> MAP_SHIFT] !== 0) fail(`the head of generation ${g} is also an object`);
    let prev = head;
    let steps = 0;
    for (let x = I32[(head >> 2) + GC_NEXT]!; x !== head; x = I32[(x >> 2) + GC_NEXT]!) {
      if (!(x > 0) || (x & 15) !== 0 || x >= heap.limit || objmap[x >>> MAP_SHIFT] !== MAP_GC) {
        fail(`generation ${g}'s list links (after ${prev === head ? 'its head' : describe(prev)}) to ${hexId(x)}, which is not a GC object ` +
          '(a freed object still linked, or a damaged gc_next)');
      }
      if (I32[(x >> 2) + GC_PREV] !== prev) {
        fail(`generation ${g}'s list: gc_prev of ${describe(x)} is ${hexId(I32[(x >> 2) + GC_PREV]!)}, not the object before it ` +
          `(${prev === head ? 'the head' : describe(prev)})`);
      }
      if (I32[x >> 2]! <= 0) fail(`${describe(x)} is on generation ${g}'s list but its refcount is ${I32[x >> 2]}`);
      const s = scratch![x >>> MAP_SHIFT]!;
      if (s & ON_GEN) fail(`${describe(x)} is linked twice into the generation lists (again in generation ${g})`);
      mark(x >>> MAP_SHIFT, ON_GEN);
      if ((I32[(x >> 2) + GC_FLAGS]! & (GCF_COLLECTING | GCF_UNREACHABLE)) !== 0 && !gcState.collecting) {
        fail(`${describe(x)} keeps a COLLECTING/UNREACHABLE flag outside a collection`);
      }
      if (++steps > gcObjects) fail(`generation ${g}'s list has a cycle that does not pass through its head`);
      tracked++;
      prev = x;
    }
    if (I32[(head >> 2) + GC_PREV] !== prev) fail(`generation ${g}'s head: gc_prev is not the last object of the list`);
  }

  // 4. Every live object: tracked <=> on a list; references; refcounts; raw blocks.
  const found = new Map<number, number>();
  let current = 0;
  const visit = (c: number): void => {
    if (!(c > 0) || (c & 15) !== 0 || c >= heap.limit || objmap[c >>> MAP_SHIFT] === 0) {
      fail(`${describe(current)} references ${c > 0 ? hexId(c) : c}, which is not an object ` +
        '(a freed block, a raw block, or a stale pointer)');
    }
    if (I32[c >> 2]! === 0) {
      fail(`${describe(current)} references ${describe(c)}, whose refcount is 0 (it was freed onto a free list or is being ` +
        'deallocated while still referenced: a missing incref)');
    }
    found.set(c, (found.get(c) ?? 0) + 1);
  };
  for (const a of objs) {
    const w = a >> 2;
    const t = TYPES[I32[w + 1]!]!;
    let examine = true;
    if (t.isGC) {
      const next = I32[w + GC_NEXT]!;
      const onList = (scratch![a >>> MAP_SHIFT]! & ON_GEN) !== 0;
      if (next !== 0 && !onList) fail(`${describe(a)} is tracked (gc_next = ${hexId(next)}) but on no generation list`);
      if (next === 0) {
        if (I32[w + GC_PREV] !== 0 && !gcState.collecting) fail(`${describe(a)} is untracked but keeps a stale gc_prev`);
        examine = full;
      }
      // A managed instance dict's contents are visited by its owner's traverse (type.ts).
      if ((I32[w + GC_FLAGS]! & GCF_MANAGED) !== 0) {
        if (examine) checkRawBlocks(a, t);
        continue;
      }
    }
    if (!examine) continue;
    if (t.traverse) {
      current = a;
      t.traverse(a, visit);
    }
    checkRawBlocks(a, t);
  }
  for (const [c, n] of found) {
    const rc = I32[c >> 2]!;
    if (n > rc) {
      fail(`the refcount of ${describe(c)} is ${rc}, but ${n} references to it were found ` +
        `(from ${referrers(c, objs, full).join(', ')}): a missing incref or an extra decref`);
    }
  }
  return { live: objs.length, dead, tracked };
}

/** Why the object the map records at `a` (block `b`) is not in an allocated block, in words. */
function misplacedObject(a: number, kind: number, b: number): string {
  const what = `the object map has a ${kind === MAP_GC ? 'GC' : 'non-GC'} object at ${hexId(a)} (${describe(a)}, refcount ${I32[a >> 2]})`;
  if (chunkKind[b >>> CHUNK_BITS] === CHUNK_ARENA) {
    const pool = b & ~(POOL_SIZE - 1);
    const size = INDEX2SIZE(I32[(pool >> 2) + (POOL_SZIDX >> 2)]!);
    const start = pool + POOL_OVERHEAD + Math.floor((b - pool - POOL_OVERHEAD) / size) * size;
    if (start !== b && isAllocatedBlock(start)) {
      return `${what}, but its block ${hexId(b)} lies inside the ${size}-byte block at ${hexId(start)}: pymalloc handed out ` +
        'an address that is not a block start, so the pool\'s free list was corrupted -- a write into a freed block ' +
        '(typically an incref/decref of an object after it was freed: its first word is the free-list link)';
    }
  }
  return `${what}, but its block ${hexId(b)} is not an allocated block: it was freed without freeObject/freeGCObject`;
}

/** Up to 4 descriptions of the objects that reference `c` (for error messages). */
function referrers(c: number, objs: number[], full: boolean): string[] {
  const out: string[] = [];
  for (const a of objs) {
    const t = TYPES[I32[(a >> 2) + 1]!]!;
    if (!t.traverse) continue;
    if (t.isGC && !full && I32[(a >> 2) + GC_NEXT] === 0) continue;
    if (t.isGC && (I32[(a >> 2) + GC_FLAGS]! & GCF_MANAGED) !== 0) continue;
    let n = 0;
    t.traverse(a, (x) => {
      if (x === c) n++;
    });
    if (n > 0) out.push(n > 1 ? `${describe(a)} (${n} times)` : describe(a));
    if (out.length === 4) {
      out.push('...');
      break;
    }
  }
  return out;
}

function solidId(t: TypeInfo): number {
  let b: TypeInfo | null = t;
  while (b && b.isHeap) b = b.base;
  return b ? b.id : -1;
}

function checkRawBlocks(a: number, t: TypeInfo): void {
  const w = a >> 2;
  const base = solidId(t);
  const need = (addr: number, bytes: number, what: string): void => {
    if (!isAllocatedBlock(addr)) fail(`the ${what} of ${describe(a)} (${hexId(addr)}) is not an allocated block`);
    if (objmap[addr >>> MAP_SHIFT] !== 0 || objmap[(addr + GC_HEAD_SIZE) >>> MAP_SHIFT] === MAP_GC) {
      fail(`the ${what} of ${describe(a)} (${hexId(addr)}) is an object, not a raw block`);
    }
    if (blockSize(addr) < bytes) fail(`the ${what} of ${describe(a)} has ${blockSize(addr)} bytes, fewer than the ${bytes} it needs`);
  };
  if (base === T_LIST) {
    const size = I32[w + LIST_SIZE]!, alloc = I32[w + LIST_ALLOC]!, items = I32[w + LIST_ITEMS]!;
    if (alloc === -1 && size === 0 && items === 0) return; // list.sort() in progress (as CPython: allocated = -1)
    if (size < 0 || size > alloc) fail(`${describe(a)} has size ${size} but capacity ${alloc}`);
    if (alloc > 0) need(items, alloc * 4, 'item array');
    else if (items !== 0) fail(`${describe(a)} has capacity 0 but an item array`);
  } else if (base === T_DICT) {
    const size = I32[w + D_MASK]! + 1;
    need(I32[w + D_INDICES]!, size * 4 + I32[w + D_USABLE]! * 12, 'index and entry table');
    if (I32[w + D_ENTRIES]! !== I32[w + D_INDICES]! + size * 4) fail(`${describe(a)} has its entry table outside its index block`);
    if (I32[w + D_NENTRIES]! > I32[w + D_USABLE]!) fail(`${describe(a)} has more entries than its entry table holds`);
  } else if (base === T_SET || base === T_FROZENSET) {
    const table = I32[w + SET_TABLE]!;
    if (table !== a + SET_SMALL * 4) need(table, (I32[w + SET_MASK]! + 1) * 12, 'table');
  }
}

// ---- wiring: --verify-heap and --stress-gc ----------------------------------------------------------

/** With --stress-gc, verify after one collection in (live objects / this). */
export const STRESS_VERIFY_RATIO = 50;

export const debugModes = {
  verify: false,
  stress: false,
  /** Verify after every `verifyEvery`-th collection (1 without --stress-gc). */
  verifyEvery: 1,
  collectionsSinceVerify: 0,
  verifications: 0,
  stressCollections: 0,
  /** Test-only corruption (PYVM_TEST_CORRUPT); see applyTestCorruption. */
  corrupt: '',
};

/** Called when verification fails inside a run: report and stop (the heap cannot be trusted). */
export const verifyFailure = {
  report: (msg: string): void => {
    throw new Error(msg);
  },
};

/** Install --verify-heap / --stress-gc (setup.ts calls this once, after the collector is installed). */
export function installDebugModes(opts: { verify: boolean; stress: boolean }): void {
  debugModes.verify = opts.verify;
  // Freed blocks are filled with POISON_BYTE, so verifyHeap catches a write after free and a read
  // after free sees 0xDB garbage instead of the old contents.
  if (opts.verify) setPoisonFreed(true);
  debugModes.stress = opts.stress;
  debugModes.corrupt = process.env.PYVM_TEST_CORRUPT ?? '';
  const every = Number(process.env.PYVM_VERIFY_EVERY);
  debugModes.verifyEvery = every >= 1 ? Math.floor(every) : 1;
  if (opts.stress) {
    const normal = gcHooks.onAlloc;
    gcHooks.onAlloc = () => {
      normal();
      stressCollect();
    };
  }
}

/** After every collection (collectHooks.onCollect, through setup.ts). */
export function afterCollection(): void {
  if (debugModes.corrupt !== '') applyTestCorruption();
  if (!debugModes.verify) return;
  if (++debugModes.collectionsSinceVerify < debugModes.verifyEvery) return;
  debugModes.collectionsSinceVerify = 0;
  let r: VerifyResult;
  try {
    r = verifyObjects(false);
  } catch (e) {
    verifyFailure.report(`heap verification failed after a collection: ${(e as Error).message}`);
    return;
  }
  debugModes.verifications++;
  if (debugModes.stress && !(Number(process.env.PYVM_VERIFY_EVERY) >= 1)) {
    debugModes.verifyEvery = Math.max(1, Math.floor((r.live + r.dead) / STRESS_VERIFY_RATIO));
  }
}

let stressOld = 0;

/** One invisible collection of generation 0 (see the head of this file). */
function stressCollect(): void {
  if (!gcState.enabled || gcState.collecting || gcState.inhibit !== 0 || gcState.debug !== 0 || gcState.stressQuiet !== 0) return;
  const gens = gcState.generations;
  if (stressOld === 0) {
    const b = pymalloc(32);
    stressOld = b + 16;
  }
  I32[(stressOld >> 2) + GC_NEXT] = stressOld;
  I32[(stressOld >> 2) + GC_PREV] = stressOld;
  const counts = gens.map((g) => g.count);
  const pending = gcState.longLivedPending, total = gcState.longLivedTotal;
  const st = gcStats.map((s) => ({ ...s }));
  const callbacks = collectHooks.callbacks;
  const onCollect = collectHooks.onCollect;
  const untrackTuple = collectHooks.tupleMaybeUntrack;
  const realOld = gens[1]!.head;
  collectHooks.callbacks = () => {};
  collectHooks.onCollect = () => {};
  collectHooks.tupleMaybeUntrack = () => {}; // gc.is_tracked(t) changes only at real collections
  gens[1]!.head = stressOld;
  try {
    debugModes.stressCollections++;
    collect(0);
  } finally {
    gens[1]!.head = realOld;
    collectHooks.callbacks = callbacks;
    collectHooks.onCollect = onCollect;
    collectHooks.tupleMaybeUntrack = untrackTuple;
    // Survivors (and resurrected objects) go back to generation 0, before anything allocated since.
    listMerge(gens[0]!.head, stressOld);
    listMerge(stressOld, gens[0]!.head);
    gens.forEach((g, i) => (g.count = counts[i]!));
    gcState.longLivedPending = pending;
    gcState.longLivedTotal = total;
    st.forEach((s, i) => Object.assign(gcStats[i]!, s));
  }
  afterCollection();
}

// ---- test-only corruption (PYVM_TEST_CORRUPT; tests/verify.test.ts) ---------------------------------
// refcount  the first list whose first item is the str 'corrupt-me' gets a refcount one below the
//           number of references to it that traversal finds (a "missing incref").
// leak      the first instance of a class named 'Leaky' gets one extra reference (a "missing decref").
// Each is applied once, after a collection. Not reachable from Python.

function applyTestCorruption(): void {
  const mode = debugModes.corrupt;
  let target = 0;
  forEachMappedObject((a, kind) => {
    if (target !== 0 || I32[a >> 2]! <= 0) return;
    const t = TYPES[I32[(a >> 2) + 1]!];
    if (!t) return;
    if (mode === 'refcount' && kind === MAP_GC && t.id === T_LIST && I32[(a >> 2) + LIST_SIZE]! > 0) {
      const first = I32[I32[(a >> 2) + LIST_ITEMS]! >> 2]!;
      if (I32[(first >> 2) + 1] === T_STR && STRS.items[I32[(first >> 2) + STR_SLOT]!] === 'corrupt-me') target = a;
    } else if (mode === 'leak' && t.name === 'Leaky' && t.isHeap) {
      target = a;
    }
  });
  if (target === 0) return;
  debugModes.corrupt = '';
  if (mode === 'leak') {
    I32[target >> 2]++;
    return;
  }
  let refs = 0;
  forEachMappedObject((a) => {
    if (I32[a >> 2]! <= 0) return;
    const t = TYPES[I32[(a >> 2) + 1]!]!;
    if (t.traverse) t.traverse(a, (c) => {
      if (c === target) refs++;
    });
  });
  I32[target >> 2] = Math.max(1, refs - 1);
}
