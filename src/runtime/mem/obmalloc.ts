// obmalloc: pymalloc, CPython's small-object allocator, over our address space.
//
// Requests of 1..512 bytes are rounded up to a multiple of 16 and served from pools that hold blocks of
// one size only; bigger requests (and 0) go to large.ts, as CPython sends them to the system malloc.
//
//   request (bytes)   block size   size class index
//        1 .. 16           16              0
//       17 .. 32           32              1
//       33 .. 48           48              2
//          ...            ...             ...
//      497 .. 512         512             31          index = (nbytes - 1) >> 4, size = (index + 1) << 4
//
// Arenas, pools, blocks. An arena is a 1 MiB chunk of the address space, aligned to 1 MiB, so it
// holds exactly 64 pools of 16 KiB (CPython's mmap'ed arenas usually lose the first partial pool; ours
// never do, and "bytes lost to arena alignment" is 0). A pool starts with a 48-byte header and is cut
// into blocks of its size class. Nothing is touched before it is needed: an arena hands out pools from
// its `pool_address` high-water mark, and a pool hands out never-used blocks from its `nextoffset`
// high-water mark, one at a time, only when its free list is empty.
//
// A pool is in one of three states:
//   used   some blocks allocated, some free: on the doubly linked list usedpools[class]. A used pool
//          always has a non-empty free list (when the last free block goes, the next never-used block
//          is carved into it, or the pool becomes full).
//   full   every block allocated: on no list. A free makes it used again, at the FRONT of
//          usedpools[class], so the next allocation of that class reuses the block just freed.
//   empty  no block allocated: on its arena's freepools list (LIFO), with no size class in use; it
//          keeps its old szidx so that a later request for the same class reuses header and free list.
// The free list of a pool is threaded through the first 4-byte word of each free block, LIFO.
//
// Arenas are arena objects (a struct of arrays on the JavaScript side, as CPython's arena_object vector
// lives outside the arenas). An arena object with no arena attached (address 0) is on the singly linked
// list unused_arena_objects. An arena with at least one free pool is on usable_arenas, a doubly linked
// list kept sorted by ascending nfreepools: new pools come from the head, the fullest arena, so that
// lightly used arenas get a chance to drain completely. nfp2lasta[n] is the last arena on the list with
// n free pools, which lets a freed pool move its arena to the right place in O(1) (bpo-37029). When
// every pool of an arena is free the arena is given back to the chunk allocator (its 1 MiB can become
// another arena or large-object space) -- unless it is the last arena on usable_arenas, which is kept
// so that a loop allocating and freeing one object does not take and give back an arena each time
// (bpo-37257).
//
// Pool header (POOL_OVERHEAD = 48 bytes at the start of every pool, in the heap; the fields are
// CPython's struct pool_header, each stored in one 32-bit word because our addresses fit an int32):
//
//   offset | field          | type | note
//   -------+----------------+------+------------------------------------------------------------------
//      0   | ref.count      | u32  | blocks of this pool currently allocated
//      4   | freeblock      | addr | head of the pool's free list (0 = none: the pool is full)
//      8   | nextpool       | addr | next pool in usedpools[szidx]; when empty, next in arena freepools
//     12   | prevpool       | addr | previous pool in usedpools[szidx] (0 = this pool is the head)
//     16   | arenaindex     | u32  | index of the owning arena object
//     20   | szidx          | u32  | size class index; DUMMY_SIZE_IDX for a pool never used
//     24   | nextoffset     | u32  | byte offset in the pool of the next never-used block
//     28   | maxnextoffset  | u32  | largest valid nextoffset: POOL_SIZE - block size
//     32   | (padding)      |      | up to POOL_OVERHEAD, so the numbers match CPython's 64-bit layout
//     48   | block 0, block 1, ... , block NUMBLOCKS-1 | quantization waste up to 16 KiB
//
// One difference from CPython's lists: usedpools[class] holds just the head pool (0 when the list is
// empty) and the list ends in 0 both ways, instead of CPython's circular list with a fake header.

import {
  heap, chunkKind, onAddressSpaceReset, allocChunks, freeChunks, chunkCount,
  POISON_FREED, POISON_BYTE, ALIGNMENT_SHIFT, CHUNK_ARENA, CHUNK_BITS, CHUNK_SIZE,
} from './addressspace.js';
import { largeMalloc, largeFree, largeRealloc, largeBlockSize } from './large.js';

// ---- Tunables (CPython's 64-bit values) and their invariants --------------------------------------
/** Largest request served from pools; 0 and anything bigger go to large.ts. */
export const SMALL_REQUEST_THRESHOLD = 512;
/** 32 classes of 16, 32, ..., 512 bytes. */
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD >> ALIGNMENT_SHIFT;
export const POOL_BITS = 14;
export const POOL_SIZE = 1 << POOL_BITS; // 16 KiB
export const POOL_SIZE_MASK = POOL_SIZE - 1;
/** An arena is one chunk of the address space: arena and chunk alignment are the same thing. */
export const ARENA_BITS = CHUNK_BITS;
export const ARENA_SIZE = CHUNK_SIZE; // 1 MiB
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE; // 64
/** szidx of a pool that has never had a size class. */
export const DUMMY_SIZE_IDX = 0xffff;

// ---- Pool header layout (byte offsets from the drawing above, each derived from the one before) ----
export const POOL_REFCOUNT = 0;
export const POOL_FREEBLOCK = POOL_REFCOUNT + 4;
export const POOL_NEXTPOOL = POOL_FREEBLOCK + 4;
export const POOL_PREVPOOL = POOL_NEXTPOOL + 4;
export const POOL_ARENAINDEX = POOL_PREVPOOL + 4;
export const POOL_SZIDX = POOL_ARENAINDEX + 4;
export const POOL_NEXTOFFSET = POOL_SZIDX + 4;
export const POOL_MAXNEXTOFFSET = POOL_NEXTOFFSET + 4;
/** Bytes the fields use; the header is padded to POOL_OVERHEAD. */
export const POOL_HEADER_FIELDS_END = POOL_MAXNEXTOFFSET + 4; // 32
export const POOL_OVERHEAD = 48;

// Word offsets (index into Int32Array from the pool's word address `pool >> 2`).
const W_REFCOUNT = POOL_REFCOUNT >> 2;
const W_FREEBLOCK = POOL_FREEBLOCK >> 2;
const W_NEXTPOOL = POOL_NEXTPOOL >> 2;
const W_PREVPOOL = POOL_PREVPOOL >> 2;
const W_ARENAINDEX = POOL_ARENAINDEX >> 2;
const W_SZIDX = POOL_SZIDX >> 2;
const W_NEXTOFFSET = POOL_NEXTOFFSET >> 2;
const W_MAXNEXTOFFSET = POOL_MAXNEXTOFFSET >> 2;

/** Block size of size class `i`. */
export function INDEX2SIZE(i: number): number {
  return (i + 1) << ALIGNMENT_SHIFT;
}
/** Blocks in one pool of size class `i`. */
export function NUMBLOCKS(i: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(i));
}

// ---- Statistics kept as we go (plain fields; stats.ts reports them, verify.ts recounts them) --------
export const obmallocStats = {
  /** Small blocks handed out / given back over the heap's life (blocks in use = mallocs - frees). */
  mallocs: 0,
  frees: 0,
  /** CPython's ntimes_arena_allocated, narenas_currently_allocated, narenas_highwater. */
  arenasAllocatedTotal: 0,
  arenasCurrent: 0,
  arenasHighwater: 0,
  arenasReclaimed: 0,
};
/** Pools in use (not empty) per size class; changed only on the slow paths. */
export const poolsInUse = new Int32Array(NB_SMALL_SIZE_CLASSES);

// ---- State -----------------------------------------------------------------------------------------
/** The heap's view, a module constant (the heap never moves or grows): V8 compiles accesses to it
 * without reloading the view. */
const i32: Int32Array = heap.i32;
/** The chunk kind table: CHUNK_ARENA means "this address is a pool block" (address_in_range). */
const kinds: Uint8Array = chunkKind;
/** Head pool of the used pools of each size class, 0 when none. */
const usedpools = new Int32Array(NB_SMALL_SIZE_CLASSES);

// Arena objects, struct of arrays. CPython grows its vector by doubling from 16 entries; we know the
// most arenas there can be (one per chunk, at most 2047), so the vector is allocated once at that size.
// The first `maxarenas` (one per chunk below the heap limit) are in use.
const ARENA_OBJECTS = chunkKind.length;
let maxarenas = 0;
const arenaAddress = new Int32Array(ARENA_OBJECTS); // 0: no arena attached (chunk 0 is never an arena)
const arenaPoolAddress = new Int32Array(ARENA_OBJECTS); // next never-carved pool
const arenaNfreepools = new Int32Array(ARENA_OBJECTS); // empty pools + never-carved pools
const arenaNtotalpools = new Int32Array(ARENA_OBJECTS);
const arenaFreepools = new Int32Array(ARENA_OBJECTS); // head of the empty pools (through nextpool), 0 = none
const arenaNextarena = new Int32Array(ARENA_OBJECTS); // -1 = none
const arenaPrevarena = new Int32Array(ARENA_OBJECTS); // -1 = none
/** Singly linked (through nextarena) list of arena objects with no arena; -1 = empty. */
let unusedArenaObjects = -1;
/** Head of the sorted doubly linked list of arenas with a free pool; -1 = empty. */
let usableArenas = -1;
/** nfp2lasta[n]: last arena in usable_arenas with n free pools, -1 = none. */
const nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1);

function resetObmalloc(): void {
  usedpools.fill(0);
  maxarenas = chunkCount();
  arenaAddress.fill(0);
  arenaPoolAddress.fill(0);
  arenaNfreepools.fill(0);
  arenaNtotalpools.fill(0);
  arenaFreepools.fill(0);
  arenaPrevarena.fill(-1);
  arenaNextarena.fill(-1);
  for (let a = 0; a + 1 < maxarenas; a++) arenaNextarena[a] = a + 1;
  unusedArenaObjects = maxarenas > 0 ? 0 : -1;
  usableArenas = -1;
  nfp2lasta.fill(-1);
  poolsInUse.fill(0);
  obmallocStats.mallocs = 0;
  obmallocStats.frees = 0;
  obmallocStats.arenasAllocatedTotal = 0;
  obmallocStats.arenasCurrent = 0;
  obmallocStats.arenasHighwater = 0;
  obmallocStats.arenasReclaimed = 0;
}
onAddressSpaceReset(resetObmalloc);

// ---- The fast paths --------------------------------------------------------------------------------
/** Allocate a block of at least `nbytes` bytes; its contents are garbage. Returns the address, or 0
 * when the heap limit is reached (the caller raises MemoryError). */
export function pymalloc(nbytes: number): number {
  if (nbytes > 0 && nbytes <= SMALL_REQUEST_THRESHOLD) {
    const size = (nbytes - 1) >> ALIGNMENT_SHIFT;
    const pool = usedpools[size]!;
    if (pool !== 0) {
      // Pop the head of the pool's free list (a used pool always has one).
      const pw = pool >> 2;
      const bp = i32[pw + W_FREEBLOCK]!;
      const next = i32[bp >> 2]!;
      i32[pw + W_FREEBLOCK] = next;
      i32[pw + W_REFCOUNT]++;
      obmallocStats.mallocs++;
      if (next === 0) extendPool(pool, size);
      return bp;
    }
    return allocateFromNewPool(size);
  }
  return largeMalloc(nbytes);
}

/** Free a block pymalloc returned (small or large). Freeing 0 does nothing. */
export function pyfree(addr: number): void {
  if (kinds[addr >>> CHUNK_BITS] === CHUNK_ARENA) {
    // Push the block on its pool's free list.
    const pool = addr & ~POOL_SIZE_MASK;
    const pw = pool >> 2;
    const lastfree = i32[pw + W_FREEBLOCK]!;
    i32[addr >> 2] = lastfree;
    i32[pw + W_FREEBLOCK] = addr;
    const count = i32[pw + W_REFCOUNT]! - 1;
    i32[pw + W_REFCOUNT] = count;
    obmallocStats.frees++;
    if (POISON_FREED) poisonBlock(addr, pool);
    if (lastfree === 0) insertToUsedpool(pool); // it was full: now used
    else if (count === 0) insertToFreepool(pool); // it is empty
    return;
  }
  if (addr !== 0) largeFree(addr);
}

/** Usable size of the block at `addr`: its size class, or the large block's size. */
export function blockSize(addr: number): number {
  if (kinds[addr >>> CHUNK_BITS] === CHUNK_ARENA) {
    return (i32[((addr & ~POOL_SIZE_MASK) >> 2) + W_SZIDX]! + 1) << ALIGNMENT_SHIFT;
  }
  return addr === 0 ? 0 : largeBlockSize(addr);
}

/** Resize a block. CPython's rule for pool blocks: keep the block if the new size fits and is more
 * than 3/4 of it, otherwise allocate, copy and free. Returns 0 (the old block stays valid) when the
 * heap limit is reached. `pyrealloc(0, n)` is `pymalloc(n)`. */
export function pyrealloc(addr: number, nbytes: number): number {
  if (addr === 0) return pymalloc(nbytes);
  if (kinds[addr >>> CHUNK_BITS] !== CHUNK_ARENA) return largeRealloc(addr, nbytes);
  const size = blockSize(addr);
  if (nbytes <= size && 4 * nbytes > 3 * size) return addr;
  const moved = pymalloc(nbytes);
  if (moved === 0) return 0;
  heap.u8.copyWithin(moved, addr, addr + Math.min(size, nbytes));
  pyfree(addr);
  return moved;
}

/** pymalloc, with the whole usable block zeroed. */
export function pycalloc(nbytes: number): number {
  const addr = pymalloc(nbytes);
  if (addr !== 0) heap.u8.fill(0, addr, addr + blockSize(addr));
  return addr;
}

// ---- Slow paths ------------------------------------------------------------------------------------
/** The pool's free list just ran dry: carve the next never-used block into it, or, if there is none,
 * the pool is full and leaves usedpools (it is the head: allocation only takes from the head). */
function extendPool(pool: number, size: number): void {
  const pw = pool >> 2;
  const offset = i32[pw + W_NEXTOFFSET]!;
  if (offset <= i32[pw + W_MAXNEXTOFFSET]!) {
    const bp = pool + offset;
    i32[pw + W_NEXTOFFSET] = offset + INDEX2SIZE(size);
    i32[bp >> 2] = 0;
    i32[pw + W_FREEBLOCK] = bp;
    if (POISON_FREED) poisonBlock(bp, pool);
    return;
  }
  const next = i32[pw + W_NEXTPOOL]!;
  usedpools[size] = next;
  if (next !== 0) i32[(next >> 2) + W_PREVPOOL] = 0;
}

/** usedpools[size] is empty: take an empty pool from the head of usable_arenas (making a new arena if
 * there is none), make it the one used pool of this class and hand out its first free block. */
function allocateFromNewPool(size: number): number {
  if (usableArenas < 0) {
    const fresh = newArena();
    if (fresh < 0) return 0;
    usableArenas = fresh;
    arenaNextarena[fresh] = -1;
    arenaPrevarena[fresh] = -1;
    nfp2lasta[arenaNfreepools[fresh]!] = fresh;
  }
  const arena = usableArenas;
  const pool = takePoolFromArena(arena);
  const pw = pool >> 2;
  i32[pw + W_NEXTPOOL] = 0;
  i32[pw + W_PREVPOOL] = 0;
  usedpools[size] = pool;
  i32[pw + W_REFCOUNT] = 1;
  poolsInUse[size]++;
  obmallocStats.mallocs++;
  if (i32[pw + W_SZIDX] === size) {
    // It last served this very class: its header and free list are still good.
    const bp = i32[pw + W_FREEBLOCK]!;
    const next = i32[bp >> 2]!;
    i32[pw + W_FREEBLOCK] = next;
    if (next === 0) extendPool(pool, size);
    return bp;
  }
  return initPool(pool, size);
}

/** Detach one empty pool from `arena`, the head of usable_arenas, keeping the list sorted: the head
 * has the fewest free pools, so after losing one it still does; it leaves the list when it has none. */
function takePoolFromArena(arena: number): number {
  const nf = arenaNfreepools[arena]!;
  if (nfp2lasta[nf] === arena) nfp2lasta[nf] = -1; // it was the only arena with nf free pools
  if (nf > 1) nfp2lasta[nf - 1] = arena; // and is now the only (so last) one with nf - 1
  let pool = arenaFreepools[arena]!;
  if (pool !== 0) {
    arenaFreepools[arena] = i32[(pool >> 2) + W_NEXTPOOL]!;
  } else {
    pool = arenaPoolAddress[arena]!;
    arenaPoolAddress[arena] = pool + POOL_SIZE;
    i32[(pool >> 2) + W_ARENAINDEX] = arena;
    i32[(pool >> 2) + W_SZIDX] = DUMMY_SIZE_IDX;
  }
  arenaNfreepools[arena] = nf - 1;
  if (nf - 1 === 0) {
    usableArenas = arenaNextarena[arena]!;
    if (usableArenas >= 0) arenaPrevarena[usableArenas] = -1;
    arenaNextarena[arena] = -1;
    arenaPrevarena[arena] = -1;
  }
  return pool;
}

/** Give `pool` the size class `size`: block 0 is handed out, block 1 becomes the free list, and the
 * rest of the pool stays never-used. Returns block 0. */
function initPool(pool: number, size: number): number {
  const pw = pool >> 2;
  const blockBytes = INDEX2SIZE(size);
  const bp = pool + POOL_OVERHEAD;
  const free = bp + blockBytes;
  i32[pw + W_SZIDX] = size;
  i32[pw + W_NEXTOFFSET] = POOL_OVERHEAD + 2 * blockBytes;
  i32[pw + W_MAXNEXTOFFSET] = POOL_SIZE - blockBytes;
  i32[free >> 2] = 0;
  i32[pw + W_FREEBLOCK] = free;
  if (POISON_FREED) poisonBlock(free, pool);
  return bp;
}

/** Attach a new 1 MiB arena to an unused arena object; returns its index, or -1 at the heap limit. */
function newArena(): number {
  if (unusedArenaObjects < 0) return -1; // one object per chunk: no object left means no chunk left
  const address = allocChunks(1, CHUNK_ARENA);
  if (address === 0) return -1;
  const arena = unusedArenaObjects;
  unusedArenaObjects = arenaNextarena[arena]!;
  arenaAddress[arena] = address;
  arenaPoolAddress[arena] = address; // 1 MiB-aligned: no partial pool to skip
  arenaNfreepools[arena] = MAX_POOLS_IN_ARENA;
  arenaNtotalpools[arena] = MAX_POOLS_IN_ARENA;
  arenaFreepools[arena] = 0;
  arenaNextarena[arena] = -1;
  arenaPrevarena[arena] = -1;
  const st = obmallocStats;
  st.arenasAllocatedTotal++;
  st.arenasCurrent++;
  if (st.arenasCurrent > st.arenasHighwater) st.arenasHighwater = st.arenasCurrent;
  return arena;
}

/** A block was freed in a full pool: the pool is used again, at the front of its usedpools list. */
function insertToUsedpool(pool: number): void {
  const pw = pool >> 2;
  const size = i32[pw + W_SZIDX]!;
  const head = usedpools[size]!;
  i32[pw + W_NEXTPOOL] = head;
  i32[pw + W_PREVPOOL] = 0;
  if (head !== 0) i32[(head >> 2) + W_PREVPOOL] = pool;
  usedpools[size] = pool;
}

/** The last block of `pool` was freed: unlink it from usedpools, push it on its arena's freepools and
 * move the arena to its place in usable_arenas -- or give the arena back if it is now wholly free. */
function insertToFreepool(pool: number): void {
  const pw = pool >> 2;
  const size = i32[pw + W_SZIDX]!;
  const next = i32[pw + W_NEXTPOOL]!;
  const prev = i32[pw + W_PREVPOOL]!;
  if (prev === 0) usedpools[size] = next;
  else i32[(prev >> 2) + W_NEXTPOOL] = next;
  if (next !== 0) i32[(next >> 2) + W_PREVPOOL] = prev;
  poolsInUse[size]--;

  const arena = i32[pw + W_ARENAINDEX]!;
  i32[pw + W_NEXTPOOL] = arenaFreepools[arena]!;
  arenaFreepools[arena] = pool;
  const oldnf = arenaNfreepools[arena]!;
  const lastWithOld = nfp2lasta[oldnf]!;
  if (lastWithOld === arena) {
    // The arena was the last with oldnf free pools; the one before it may now be.
    const p = arenaPrevarena[arena]!;
    nfp2lasta[oldnf] = p >= 0 && arenaNfreepools[p] === oldnf ? p : -1;
  }
  const nf = oldnf + 1;
  arenaNfreepools[arena] = nf;

  if (nf === arenaNtotalpools[arena] && arenaNextarena[arena]! >= 0) {
    releaseArena(arena); // case 1: wholly free and not the last usable arena
    return;
  }
  if (nf === 1) {
    // Case 2: the arena was full, so on no list; it has the fewest free pools: put it at the head.
    arenaNextarena[arena] = usableArenas;
    arenaPrevarena[arena] = -1;
    if (usableArenas >= 0) arenaPrevarena[usableArenas] = arena;
    usableArenas = arena;
    if (nfp2lasta[1] === -1) nfp2lasta[1] = arena;
    return;
  }
  if (nfp2lasta[nf] === -1) nfp2lasta[nf] = arena;
  if (lastWithOld === arena) return; // case 4: the next arena already has >= nf free pools
  // Case 3: arenas after this one still have oldnf free pools; move it to just after the last of them.
  moveArenaAfter(arena, lastWithOld);
}

/** Unlink `arena` from usable_arenas and insert it after `after` (which is further right). */
function moveArenaAfter(arena: number, after: number): void {
  const prev = arenaPrevarena[arena]!;
  const next = arenaNextarena[arena]!;
  if (prev >= 0) arenaNextarena[prev] = next;
  else usableArenas = next;
  arenaPrevarena[next] = prev; // next >= 0: `after` lies to the right
  const afterNext = arenaNextarena[after]!;
  arenaPrevarena[arena] = after;
  arenaNextarena[arena] = afterNext;
  if (afterNext >= 0) arenaPrevarena[afterNext] = arena;
  arenaNextarena[after] = arena;
}

/** Unlink a wholly free arena from usable_arenas and give its chunk back. */
function releaseArena(arena: number): void {
  const prev = arenaPrevarena[arena]!;
  const next = arenaNextarena[arena]!;
  if (prev >= 0) arenaNextarena[prev] = next;
  else usableArenas = next;
  if (next >= 0) arenaPrevarena[next] = prev;
  freeChunks(arenaAddress[arena]!, 1);
  arenaAddress[arena] = 0;
  arenaFreepools[arena] = 0;
  arenaPrevarena[arena] = -1;
  arenaNextarena[arena] = unusedArenaObjects;
  unusedArenaObjects = arena;
  obmallocStats.arenasCurrent--;
  obmallocStats.arenasReclaimed++;
}

/** POISON_FREED: fill a free block with POISON_BYTE, except its free-list word. */
function poisonBlock(bp: number, pool: number): void {
  const blockBytes = INDEX2SIZE(i32[(pool >> 2) + W_SZIDX]!);
  heap.u8.fill(POISON_BYTE, bp + 4, bp + blockBytes);
}

// ---- For stats.ts and verify.ts --------------------------------------------------------------------
export interface ObmallocState {
  usedpools: Int32Array;
  maxarenas: number;
  arenaAddress: Int32Array;
  arenaPoolAddress: Int32Array;
  arenaNfreepools: Int32Array;
  arenaNtotalpools: Int32Array;
  arenaFreepools: Int32Array;
  arenaNextarena: Int32Array;
  arenaPrevarena: Int32Array;
  unusedArenaObjects: number;
  usableArenas: number;
  nfp2lasta: Int32Array;
}

/** The allocator's internal state, read-only by agreement (for reporting and verification). */
export function obmallocState(): ObmallocState {
  return {
    usedpools, maxarenas, arenaAddress, arenaPoolAddress, arenaNfreepools, arenaNtotalpools,
    arenaFreepools, arenaNextarena, arenaPrevarena, unusedArenaObjects, usableArenas, nfp2lasta,
  };
}

/** Is `addr` inside an arena (so a pool block, if it was handed out)? CPython's address_in_range. */
export function addressInRange(addr: number): boolean {
  return kinds[addr >>> CHUNK_BITS] === CHUNK_ARENA;
}
