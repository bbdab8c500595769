// The address space: one plain ArrayBuffer, carved into 1 MiB chunks.
//
// Every Python object lives in this buffer. An address is a byte offset into it; 0 is NULL. The buffer
// is reserved once, when this module is loaded, at the largest heap limit we support (HEAP_RESERVE,
// just under 2 GiB): pages that are never touched cost no memory, so the reservation is free. The
// heap limit (HEAP_LIMIT_DEFAULT unless initAddressSpace sets another) is a logical bound inside it.
// Because the buffer and its views are never replaced, every module may keep them in module-scope
// `const`s, which V8 compiles to constants: measured on Node 20, pymalloc+pyfree took ~25% longer when
// the views were `let` bindings refreshed on reset. DESIGN.md §2 explains why it is a plain buffer:
// resizable and shared buffers make hot loops several times slower.
//
// The buffer is divided into CHUNK_SIZE (1 MiB) chunks. A chunk is one of:
//
//   chunk kind       | who owns it                     | how an address in it is freed
//   -----------------+---------------------------------+-------------------------------------
//   CHUNK_FREE       | nobody (the chunk allocator)    | -
//   CHUNK_ARENA      | obmalloc: one 1 MiB arena       | pool block: obmalloc's free list
//   CHUNK_LARGE      | large.ts: part of a region      | large block: boundary-tag coalescing
//   CHUNK_BUMP       | bump.ts (benchmarks only)       | never (bump allocator)
//   CHUNK_RESERVED   | chunk 0, the NULL chunk         | -
//
// `chunkKind[addr >>> CHUNK_BITS]` answers in O(1) "which allocator owns this address": it is our
// counterpart of CPython's `address_in_range` (which uses a radix tree over the 64-bit address space;
// ours is a flat byte table, since our address space is at most 2 GiB, i.e. 2048 chunks). Chunks at
// or beyond the heap limit stay CHUNK_FREE and are never handed out.
//
// Chunk 0 is never handed out, so no block is ever at or near address 0, and a stray write through
// a NULL address lands in memory that belongs to nobody instead of in a pool header.
//
// Arenas and large regions are aligned to CHUNK_SIZE, so (unlike CPython, whose arenas come from mmap
// and lose their first partial pool) every arena holds all 64 pools.
//
// initAddressSpace(limit) resets every allocator (through the hooks registered with
// onAddressSpaceReset), zeroes the chunks used since the last reset and sets the limit. (No allocator
// relies on fresh memory being zero -- reused memory is not -- and pycalloc zeroes what it hands out.) Memory of a released chunk cannot be given
// back to the operating system from JavaScript (there is no madvise); a released chunk is only made
// reusable for another arena or large region.

// ---- Debug knobs -----------------------------------------------------------------------------------
/** Fill freed blocks with POISON_BYTE (apart from the free-list word), so a use after free reads
 * 0xDB garbage and verifyHeap catches writes into free blocks. Off: it costs a fill per free. Set it
 * with verify.ts:setPoisonFreed, which also poisons the blocks that are already free. */
export let POISON_FREED = false;
/** The byte written by POISON_FREED (CPython's debug hooks use 0xDD for dead bytes; 0xDB here). */
export const POISON_BYTE = 0xdb;

/** Internal: flip the flag only. Use verify.ts:setPoisonFreed, which keeps the invariant that every
 * free block is poisoned while the flag is on. */
export function setPoisonFlag(on: boolean): void {
  POISON_FREED = on;
}

// ---- Constants -------------------------------------------------------------------------------------
/** Default heap limit: 1 GiB. Must stay < 2**31 so every address fits an int32. */
export const HEAP_LIMIT_DEFAULT = 1 << 30;
/** Largest heap limit we accept (2 GiB minus one chunk): addresses must fit an int32. */
export const HEAP_LIMIT_MAX = 0x80000000 - (1 << 20);
/** Every block address is a multiple of this. */
export const ALIGNMENT = 16;
export const ALIGNMENT_SHIFT = 4;
/** A chunk is the unit the address space is handed out in; an arena is exactly one chunk. */
export const CHUNK_BITS = 20;
export const CHUNK_SIZE = 1 << CHUNK_BITS; // 1 MiB
export const CHUNK_MASK = CHUNK_SIZE - 1;

export const CHUNK_FREE = 0;
export const CHUNK_ARENA = 1;
export const CHUNK_LARGE = 2;
export const CHUNK_BUMP = 3;
export const CHUNK_RESERVED = 4;
export const NUM_CHUNK_KINDS = 5;

// ---- The heap --------------------------------------------------------------------------------------
export interface Heap {
  buf: ArrayBuffer;
  i32: Int32Array;
  u32: Uint32Array;
  f64: Float64Array;
  u8: Uint8Array;
  u16: Uint16Array;
  /** The heap limit in bytes (a multiple of CHUNK_SIZE, at most buf.byteLength): no address reaches it. */
  limit: number;
}

/** Reserve the buffer: HEAP_LIMIT_MAX, or less on a machine that refuses that much address space. */
function reserve(): ArrayBuffer {
  for (let size = HEAP_LIMIT_MAX; ; size = Math.max(size >>> 1, 2 * CHUNK_SIZE) & ~CHUNK_MASK) {
    try {
      return new ArrayBuffer(size);
    } catch (e) {
      if (size <= 2 * CHUNK_SIZE) throw e;
    }
  }
}

function makeHeap(buf: ArrayBuffer): Heap {
  return {
    buf,
    i32: new Int32Array(buf),
    u32: new Uint32Array(buf),
    f64: new Float64Array(buf),
    u8: new Uint8Array(buf),
    u16: new Uint16Array(buf),
    limit: Math.min(HEAP_LIMIT_DEFAULT, buf.byteLength),
  };
}

/** The one heap. Its buffer and views never change; only `limit` does (initAddressSpace). */
export const heap: Heap = makeHeap(reserve());
/** Bytes reserved: the largest limit initAddressSpace accepts. */
export const HEAP_RESERVE = heap.buf.byteLength;
/** Kind of every chunk (CHUNK_*), indexed by `address >>> CHUNK_BITS`; covers the whole reservation. */
export const chunkKind = new Uint8Array(HEAP_RESERVE >>> CHUNK_BITS);
/** Number of chunks below the heap limit currently of each kind (index = kind). */
export const chunksOfKind = new Int32Array(NUM_CHUNK_KINDS);

/** Chunks ever handed out since the last reset (1 = touched): a reset zeroes just these. */
const chunkDirty = new Uint8Array(chunkKind.length);
/** The chunks that were dirty before the last reset, for reset hooks that clear per-chunk side tables. */
export const dirtyBeforeReset = new Uint8Array(chunkKind.length);
/** Chunks below the heap limit. */
let nchunks = 0;
/** Lowest chunk index that may be free (every chunk below it is in use). */
let firstFreeHint = 1;

const resetHooks: Array<() => void> = [];

/** Register a function to run whenever initAddressSpace resets the heap (it also runs once now).
 * Allocators use it to drop all their state. */
export function onAddressSpaceReset(hook: () => void): void {
  resetHooks.push(hook);
  hook();
}

function resetChunks(limitBytes: number): void {
  // Zero the memory handed out since the last reset, so each reset starts from the same state and
  // stale contents (an old free list, old poison) cannot hide a bug. Costs about 30 us per chunk.
  for (let i = 0; i < chunkDirty.length; i++) {
    if (chunkDirty[i]) heap.u8.fill(0, i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE);
  }
  dirtyBeforeReset.set(chunkDirty);
  chunkDirty.fill(0);
  nchunks = Math.floor(limitBytes / CHUNK_SIZE);
  heap.limit = nchunks * CHUNK_SIZE;
  chunkKind.fill(CHUNK_FREE);
  chunksOfKind.fill(0);
  chunkKind[0] = CHUNK_RESERVED;
  chunksOfKind[CHUNK_RESERVED] = 1;
  chunksOfKind[CHUNK_FREE] = nchunks - 1;
  firstFreeHint = 1;
}
resetChunks(heap.limit);

/** Reset the heap with a limit of `limitBytes` (rounded down to whole chunks; at least two: the NULL
 * chunk and one usable chunk; at most HEAP_RESERVE). Start-up calls it once; tests call it to reset
 * all allocator state. Every address handed out before becomes invalid. */
export function initAddressSpace(limitBytes: number = Math.min(HEAP_LIMIT_DEFAULT, HEAP_RESERVE)): void {
  if (!(limitBytes >= 2 * CHUNK_SIZE) || limitBytes > HEAP_RESERVE) {
    throw new RangeError(
      `heap limit must be between ${2 * CHUNK_SIZE} and ${HEAP_RESERVE} bytes, got ${limitBytes}`,
    );
  }
  resetChunks(limitBytes);
  for (const hook of resetHooks) hook();
}

/** Number of chunks below the heap limit (including the reserved NULL chunk). */
export function chunkCount(): number {
  return nchunks;
}

// ---- The chunk allocator ---------------------------------------------------------------------------
// First fit by address: the lowest run of `count` free chunks. There are at most 2048 chunks and a new
// chunk is needed at most once per 1 MiB allocated, so a byte scan is cheap enough.

/** Take `count` contiguous free chunks for `kind`; returns the address of the first, or 0 if there is
 * no such run (the heap limit is reached). */
export function allocChunks(count: number, kind: number): number {
  const kinds = chunkKind;
  const n = nchunks;
  let runStart = -1;
  let i = firstFreeHint;
  while (i < n && kinds[i] !== CHUNK_FREE) i++;
  firstFreeHint = i;
  for (; i < n; i++) {
    if (kinds[i] !== CHUNK_FREE) {
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    if (i - runStart + 1 === count) {
      kinds.fill(kind, runStart, runStart + count);
      chunkDirty.fill(1, runStart, runStart + count);
      chunksOfKind[CHUNK_FREE] -= count;
      chunksOfKind[kind] += count;
      if (runStart === firstFreeHint) firstFreeHint = runStart + count;
      return runStart * CHUNK_SIZE;
    }
  }
  return 0;
}

/** Give back `count` chunks starting at `addr` (which allocChunks returned). */
export function freeChunks(addr: number, count: number): void {
  const first = addr >>> CHUNK_BITS;
  const kind = chunkKind[first]!;
  if ((addr & CHUNK_MASK) !== 0 || kind === CHUNK_FREE || kind === CHUNK_RESERVED) {
    throw new Error(`freeChunks: ${addr} is not the start of an allocated chunk run`);
  }
  chunkKind.fill(CHUNK_FREE, first, first + count);
  chunksOfKind[kind] -= count;
  chunksOfKind[CHUNK_FREE] += count;
  if (first < firstFreeHint) firstFreeHint = first;
}
