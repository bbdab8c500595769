// Large blocks: requests pymalloc declines (0 bytes, or more than 512 bytes).
//
// CPython hands these to the system malloc. We have no system malloc inside our address space, so this
// file is one: a TLSF allocator ("two-level segregated fit", Masmano et al. 2004) over regions of whole
// chunks, with boundary tags so that a freed block merges with its free neighbours at once.
//
// A region is a run of contiguous 1 MiB chunks taken from the chunk allocator (addressspace.ts).
//  - A shared region is one chunk. Blocks up to about 1 MiB are carved from shared regions; a request
//    that fits no free block opens a new one, and what it leaves over is free for other requests.
//  - A huge request (one that does not fit one chunk) gets a dedicated region of just enough chunks,
//    holding that one block and nothing else -- like glibc's malloc, which mmaps big requests -- so
//    that freeing it gives all its chunks back at once instead of a small neighbour pinning them.
//    The slack after the block, up to the end of its last chunk, is left unused (it is never touched,
//    so it costs no memory), lets a realloc grow in place, and is given back chunk by chunk when a
//    realloc shrinks the block.
// When every block of a region is free again the region is given back to the chunk allocator, so the
// memory can become an arena or another region -- except for one shared region, which is kept as a
// cache so that a loop allocating and freeing one big list does not take and give back a chunk per
// iteration (the same reasoning as CPython's bpo-37257 for arenas).
//
// Region layout (R is chunk-aligned; end marker at `end`; the region's chunks stop at R + nchunks MiB):
//
//   R        R+32                                                            end     end+16
//   +--------+------------+---------+------------+---------+-----+------------+--------+---------+
//   | region | blk header | payload | blk header | payload | ... | blk header | end    | (slack, |
//   | header |            |         |            |         |     | + payload  | marker | huge    |
//   +--------+------------+---------+------------+---------+-----+------------+--------+ only)   |
//
// Region header (REGION_HEADER = 32 bytes, so payloads stay 16-byte aligned):
//   offset | field      | type | note
//   -------+------------+------+--------------------------------------------------------------
//      0   | nchunks    | u32  | chunks in this region (1 for a shared region)
//      4   | nextregion | addr | next region in the list of all regions (0 = none)
//      8   | prevregion | addr | previous region (0 = this is the head)
//     12   | magic      | u32  | REGION_MAGIC, to catch stray addresses
//     16   | end        | addr | address of the end marker (R + 1 MiB - 16 for a shared region)
//     20   | (padding)  |      | up to 32 bytes
//
// Block header (LARGE_HEADER = 16 bytes, just below the address handed out):
//   offset | field      | type | note
//   -------+------------+------+--------------------------------------------------------------
//      0   | sizeflags  | u32  | whole block size in bytes, header included (a multiple of 16),
//          |            |      | plus FREE_BIT when free. Size 0 marks the region's end marker.
//      4   | prevsize   | u32  | whole size of the block just below, 0 for a region's first block
//      8   | nextfree   | addr | free: next block in its TLSF list (0 = none); used: LARGE_MAGIC
//     12   | prevfree   | addr | free: previous block in its TLSF list; used: bytes requested
//
// Invariants (verify.ts checks them): the blocks of a region tile it exactly from R+32 to its end
// marker; each block's prevsize is the size of the block below; no two free blocks are adjacent
// (freeing coalesces at once); every free block is on exactly the TLSF list its size maps to, and a
// list's bit is set in the bitmaps exactly when the list is non-empty; a dedicated region holds one
// used block; only the cached shared region may be wholly free.
//
// TLSF: free blocks are kept in FL_COUNT x SL_COUNT lists. Sizes below 256 bytes have one list per
// 16 bytes (first level 0); above, first level f >= 1 covers [2^(f+7), 2^(f+8)) split into 16 equal
// second-level ranges. A search rounds the size up to the next range boundary, so the first block of
// any non-empty list at or above the rounded class is big enough: O(1) good fit with two bitmaps.

import {
  heap, chunkKind, onAddressSpaceReset, allocChunks, freeChunks, POISON_FREED, POISON_BYTE,
  ALIGNMENT, ALIGNMENT_SHIFT, CHUNK_BITS, CHUNK_SIZE, CHUNK_LARGE,
} from './addressspace.js';

// ---- Layouts (byte offsets from the drawings above, then word offsets) ----------------------------
export const RG_NCHUNKS = 0;
export const RG_NEXT = RG_NCHUNKS + 4;
export const RG_PREV = RG_NEXT + 4;
export const RG_MAGIC = RG_PREV + 4;
export const RG_END = RG_MAGIC + 4;
export const REGION_HEADER = 32; // RG_END + 4, padded to keep payloads 16-byte aligned

export const LB_SIZEFLAGS = 0;
export const LB_PREVSIZE = LB_SIZEFLAGS + 4;
export const LB_NEXTFREE = LB_PREVSIZE + 4;
export const LB_PREVFREE = LB_NEXTFREE + 4;
export const LARGE_HEADER = LB_PREVFREE + 4; // 16
/** In a used block the nextfree/prevfree words hold these instead. */
export const LB_MAGIC = LB_NEXTFREE;
export const LB_REQUEST = LB_PREVFREE;

const W_SIZEFLAGS = LB_SIZEFLAGS >> 2;
const W_PREVSIZE = LB_PREVSIZE >> 2;
const W_NEXTFREE = LB_NEXTFREE >> 2;
const W_PREVFREE = LB_PREVFREE >> 2;
const W_MAGIC = LB_MAGIC >> 2;
const W_REQUEST = LB_REQUEST >> 2;

/** What a region spends on itself: its header and the end marker (a block header of size 0). The
 * block headers count in their blocks' sizes. */
export const REGION_OVERHEAD = REGION_HEADER + LARGE_HEADER;
export const FREE_BIT = 1;
export const SIZE_MASK = ~(ALIGNMENT - 1);
/** Smallest block: a header and one 16-byte payload. A split never leaves less. */
export const MIN_LARGE_BLOCK = LARGE_HEADER + ALIGNMENT;
/** Odd, so it can never be mistaken for a free-list link (links are 16-aligned addresses). */
export const LARGE_MAGIC = 0x1a46e5b7;
export const REGION_MAGIC = 0x52e6c0d5;

// ---- TLSF index ------------------------------------------------------------------------------------
export const SL_BITS = 4;
export const SL_COUNT = 1 << SL_BITS;
/** Sizes below this have exact lists (first level 0, one list per ALIGNMENT bytes). */
export const TLSF_LINEAR_LIMIT = 1 << (SL_BITS + ALIGNMENT_SHIFT); // 256
const FL_SHIFT = SL_BITS + ALIGNMENT_SHIFT - 1; // a size with top bit b maps to first level b - 7
/** Block sizes are below 2^31, so the top bit is at most 30: first levels 0..23. */
export const FL_COUNT = 31 - FL_SHIFT;

// ---- Statistics (plain number fields; stats.ts reports them) ---------------------------------------
export const largeStats = {
  /** Large blocks handed out and not yet freed. */
  blocks: 0,
  /** Usable bytes of those blocks (what blockSize reports, summed). */
  bytes: 0,
  /** Regions and the chunks they span. */
  regions: 0,
  chunks: 0,
  /** Regions given back to the chunk allocator over the heap's life. */
  regionsReleased: 0,
  mallocs: 0,
  frees: 0,
};

// ---- State -----------------------------------------------------------------------------------------
const i32: Int32Array = heap.i32; // the heap never moves: a constant view
let flBitmap = 0;
const slBitmap = new Int32Array(FL_COUNT);
const freeHeads = new Int32Array(FL_COUNT * SL_COUNT);
/** Head of the doubly linked list of all regions. */
let regionList = 0;
/** The one wholly free single-chunk region kept as a cache, or 0. */
let cachedEmptyRegion = 0;

function resetLarge(): void {
  flBitmap = 0;
  slBitmap.fill(0);
  freeHeads.fill(0);
  regionList = 0;
  cachedEmptyRegion = 0;
  largeStats.blocks = 0;
  largeStats.bytes = 0;
  largeStats.regions = 0;
  largeStats.chunks = 0;
  largeStats.regionsReleased = 0;
  largeStats.mallocs = 0;
  largeStats.frees = 0;
}
onAddressSpaceReset(resetLarge);

/** Read-only view of the internal state, for stats.ts and verify.ts. */
export function largeState(): {
  flBitmap: number; slBitmap: Int32Array; freeHeads: Int32Array; regionList: number; cachedEmptyRegion: number;
} {
  return { flBitmap, slBitmap, freeHeads, regionList, cachedEmptyRegion };
}

// ---- TLSF lists ------------------------------------------------------------------------------------
/** Index of the list a free block of `size` bytes belongs on. */
export function tlsfListIndex(size: number): number {
  if (size < TLSF_LINEAR_LIMIT) return size >>> ALIGNMENT_SHIFT;
  const top = 31 - Math.clz32(size);
  return (top - FL_SHIFT) * SL_COUNT + ((size >>> (top - SL_BITS)) & (SL_COUNT - 1));
}

function lowestBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

function insertFree(b: number, size: number): void {
  const index = tlsfListIndex(size);
  const head = freeHeads[index]!;
  const bw = b >> 2;
  i32[bw + W_NEXTFREE] = head;
  i32[bw + W_PREVFREE] = 0;
  if (head !== 0) i32[(head >> 2) + W_PREVFREE] = b;
  freeHeads[index] = b;
  const fl = index >>> SL_BITS;
  flBitmap |= 1 << fl;
  slBitmap[fl]! |= 1 << (index & (SL_COUNT - 1));
}

function removeFree(b: number, size: number): void {
  const bw = b >> 2;
  const next = i32[bw + W_NEXTFREE]!;
  const prev = i32[bw + W_PREVFREE]!;
  if (next !== 0) i32[(next >> 2) + W_PREVFREE] = prev;
  if (prev !== 0) {
    i32[(prev >> 2) + W_NEXTFREE] = next;
    return;
  }
  const index = tlsfListIndex(size);
  freeHeads[index] = next;
  if (next === 0) {
    const fl = index >>> SL_BITS;
    const sl = (slBitmap[fl]! &= ~(1 << (index & (SL_COUNT - 1))));
    if (sl === 0) flBitmap &= ~(1 << fl);
  }
}

/** A free block of at least `size` bytes (not removed from its list), or 0. */
function findFree(size: number): number {
  if (size >= TLSF_LINEAR_LIMIT) size += (1 << (31 - Math.clz32(size) - SL_BITS)) - 1;
  const index = tlsfListIndex(size);
  let fl = index >>> SL_BITS;
  let slMap = slBitmap[fl]! & (-1 << (index & (SL_COUNT - 1)));
  if (slMap === 0) {
    const flMap = fl + 1 < FL_COUNT ? flBitmap & (-1 << (fl + 1)) : 0;
    if (flMap === 0) return 0;
    fl = lowestBit(flMap);
    slMap = slBitmap[fl]!;
  }
  return freeHeads[fl * SL_COUNT + lowestBit(slMap)]!;
}

// ---- Blocks ----------------------------------------------------------------------------------------
function poison(from: number, to: number): void {
  heap.u8.fill(POISON_BYTE, from, to);
}

/** Whole block size (header included) for a request of `nbytes`. */
function blockBytesFor(nbytes: number): number {
  return nbytes <= ALIGNMENT ? LARGE_HEADER + ALIGNMENT : LARGE_HEADER + ((nbytes + ALIGNMENT - 1) & SIZE_MASK);
}

/** Write a free block's header, tell the block above its size, and put it on its list. Its payload
 * must already be poisoned if POISON_FREED is on. */
function makeFree(b: number, size: number): void {
  i32[(b >> 2) + W_SIZEFLAGS] = size | FREE_BIT;
  i32[((b + size) >> 2) + W_PREVSIZE] = size;
  insertFree(b, size);
}

/** Turn free block `b` (already off its list) of `size` bytes into a used block of `want` bytes,
 * splitting off the rest as a free block when it is big enough to be one. */
function carve(b: number, size: number, want: number, nbytes: number): void {
  const bw = b >> 2;
  if (size - want >= MIN_LARGE_BLOCK) {
    makeFree(b + want, size - want);
    i32[((b + want) >> 2) + W_PREVSIZE] = want;
    size = want;
  } else {
    i32[((b + size) >> 2) + W_PREVSIZE] = size;
  }
  i32[bw + W_SIZEFLAGS] = size;
  i32[bw + W_MAGIC] = LARGE_MAGIC;
  i32[bw + W_REQUEST] = nbytes;
  largeStats.blocks++;
  largeStats.bytes += size - LARGE_HEADER;
}

/** Open a region for one block of `want` bytes: a shared one-chunk region whose single free block
 * spans it, or, if `want` does not fit one chunk, a dedicated region whose block is exactly `want`.
 * Returns that block, free and on no list, or 0 when the heap limit is reached. */
function newRegion(want: number): number {
  const nchunks = Math.ceil((want + REGION_OVERHEAD) / CHUNK_SIZE);
  const r = allocChunks(nchunks, CHUNK_LARGE);
  if (r === 0) return 0;
  const rw = r >> 2;
  const b = r + REGION_HEADER;
  const size = nchunks === 1 ? CHUNK_SIZE - REGION_OVERHEAD : want;
  const end = b + size;
  i32[rw + (RG_NCHUNKS >> 2)] = nchunks;
  i32[rw + (RG_NEXT >> 2)] = regionList;
  i32[rw + (RG_PREV >> 2)] = 0;
  i32[rw + (RG_MAGIC >> 2)] = REGION_MAGIC;
  i32[rw + (RG_END >> 2)] = end;
  if (regionList !== 0) i32[(regionList >> 2) + (RG_PREV >> 2)] = r;
  regionList = r;
  i32[(b >> 2) + W_SIZEFLAGS] = size | FREE_BIT;
  i32[(b >> 2) + W_PREVSIZE] = 0;
  setEndMarker(end, size);
  if (POISON_FREED) poison(b + LARGE_HEADER, end);
  largeStats.regions++;
  largeStats.chunks += nchunks;
  return b;
}

function setEndMarker(end: number, lastSize: number): void {
  i32[(end >> 2) + W_SIZEFLAGS] = 0;
  i32[(end >> 2) + W_PREVSIZE] = lastSize;
}

function releaseRegion(r: number): void {
  const rw = r >> 2;
  const nchunks = i32[rw + (RG_NCHUNKS >> 2)]!;
  const next = i32[rw + (RG_NEXT >> 2)]!;
  const prev = i32[rw + (RG_PREV >> 2)]!;
  if (next !== 0) i32[(next >> 2) + (RG_PREV >> 2)] = prev;
  if (prev !== 0) i32[(prev >> 2) + (RG_NEXT >> 2)] = next;
  else regionList = next;
  i32[rw + (RG_MAGIC >> 2)] = 0;
  freeChunks(r, nchunks);
  largeStats.regions--;
  largeStats.chunks -= nchunks;
  largeStats.regionsReleased++;
}

/** The region's only block is free again: keep the region as the cache or give it back. */
function regionEmptied(b: number, size: number): void {
  const r = b - REGION_HEADER;
  if (cachedEmptyRegion === 0 && i32[(r >> 2) + (RG_NCHUNKS >> 2)] === 1) { // shared: keep as the cache
    cachedEmptyRegion = r;
    makeFree(b, size);
  } else {
    releaseRegion(r);
  }
}

/** Is `addr` the address of a live large block? (Cheap checks: owner chunk, alignment, magic, flag.) */
function isLiveLargeBlock(addr: number): boolean {
  if ((addr & (ALIGNMENT - 1)) !== 0 || addr < REGION_OVERHEAD || addr >= heap.limit) return false;
  if (chunkKind[addr >>> CHUNK_BITS] !== CHUNK_LARGE) return false;
  const bw = (addr - LARGE_HEADER) >> 2;
  return i32[bw + W_MAGIC] === LARGE_MAGIC && (i32[bw + W_SIZEFLAGS]! & FREE_BIT) === 0;
}

function badAddress(addr: number, what: string): Error {
  return new Error(`${what}: ${addr} is not the address of a live block (double free or stray pointer)`);
}

/** Largest request that could ever fit: the whole heap less the NULL chunk and a region's overhead.
 * Bounding requests by it also keeps every size computation below 2^31. */
function maxRequest(): number {
  return heap.limit - CHUNK_SIZE - REGION_OVERHEAD - 2 * LARGE_HEADER;
}

// ---- The interface obmalloc.ts calls ---------------------------------------------------------------
/** Allocate a large block of at least `nbytes` bytes (0 allowed); 0 when the heap limit is reached. */
export function largeMalloc(nbytes: number): number {
  if (!(nbytes >= 0) || nbytes > maxRequest()) return 0;
  const want = blockBytesFor(nbytes);
  let b = findFree(want);
  let size: number;
  if (b !== 0) {
    size = i32[(b >> 2) + W_SIZEFLAGS]! & SIZE_MASK;
    removeFree(b, size);
    if (b === cachedEmptyRegion + REGION_HEADER) cachedEmptyRegion = 0;
  } else {
    b = newRegion(want);
    if (b === 0) return 0;
    size = i32[(b >> 2) + W_SIZEFLAGS]! & SIZE_MASK;
  }
  carve(b, size, want, nbytes);
  largeStats.mallocs++;
  return b + LARGE_HEADER;
}

/** Free a block largeMalloc returned. Throws on an address that is not a live large block. */
export function largeFree(addr: number): void {
  if (!isLiveLargeBlock(addr)) throw badAddress(addr, 'pyfree');
  let b = addr - LARGE_HEADER;
  const bw = b >> 2;
  let size = i32[bw + W_SIZEFLAGS]!;
  largeStats.blocks--;
  largeStats.bytes -= size - LARGE_HEADER;
  largeStats.frees++;
  const poisoning = POISON_FREED;
  if (poisoning) poison(addr, b + size);
  // Merge with the block above if it is free.
  const above = b + size;
  const aboveFlags = i32[(above >> 2) + W_SIZEFLAGS]!;
  if ((aboveFlags & FREE_BIT) !== 0) {
    const aboveSize = aboveFlags & SIZE_MASK;
    removeFree(above, aboveSize);
    if (poisoning) poison(above, above + LARGE_HEADER);
    size += aboveSize;
  }
  // Merge with the block below if it is free.
  const belowSize = i32[bw + W_PREVSIZE]!;
  if (belowSize !== 0) {
    const below = b - belowSize;
    if ((i32[(below >> 2) + W_SIZEFLAGS]! & FREE_BIT) !== 0) {
      removeFree(below, belowSize);
      if (poisoning) poison(b, b + LARGE_HEADER);
      b = below;
      size += belowSize;
    }
  }
  if (i32[(b >> 2) + W_PREVSIZE] === 0 && i32[((b + size) >> 2) + W_SIZEFLAGS] === 0) {
    i32[(b >> 2) + W_SIZEFLAGS] = size | FREE_BIT;
    regionEmptied(b, size);
  } else {
    makeFree(b, size);
  }
}

/** Usable size of a large block. */
export function largeBlockSize(addr: number): number {
  return (i32[((addr - LARGE_HEADER) >> 2) + W_SIZEFLAGS]! & SIZE_MASK) - LARGE_HEADER;
}

/** Resize a large block: in place when it shrinks or the block above is free and big enough,
 * otherwise allocate, copy and free. The block stays in large space even if it becomes small (as
 * CPython's realloc of a block that came from the system malloc). Returns 0, leaving the old block
 * intact, when the heap limit is reached. */
export function largeRealloc(addr: number, nbytes: number): number {
  if (!isLiveLargeBlock(addr)) throw badAddress(addr, 'pyrealloc');
  const b = addr - LARGE_HEADER;
  const bw = b >> 2;
  if (!(nbytes >= 0) || nbytes > maxRequest()) return 0;
  const want = blockBytesFor(nbytes);
  const size = i32[bw + W_SIZEFLAGS]!;
  const huge = dedicatedRegionOf(b);
  if (huge !== 0) return reallocHuge(huge, b, size, want, nbytes);
  if (want <= size) {
    shrinkInPlace(b, size, want);
    i32[bw + W_REQUEST] = nbytes;
    return addr;
  }
  const above = b + size;
  const aboveFlags = i32[(above >> 2) + W_SIZEFLAGS]!;
  if ((aboveFlags & FREE_BIT) !== 0 && size + (aboveFlags & SIZE_MASK) >= want) {
    const aboveSize = aboveFlags & SIZE_MASK;
    removeFree(above, aboveSize);
    largeStats.blocks--;
    largeStats.bytes -= size - LARGE_HEADER;
    carve(b, size + aboveSize, want, nbytes);
    return addr;
  }
  return moveBlock(addr, size, nbytes);
}

/** realloc by allocate, copy, free; 0 (old block intact) at the heap limit. */
function moveBlock(addr: number, size: number, nbytes: number): number {
  const moved = largeMalloc(nbytes);
  if (moved === 0) return 0;
  heap.u8.copyWithin(moved, addr, addr + Math.min(size - LARGE_HEADER, nbytes));
  largeFree(addr);
  return moved;
}

/** The dedicated region block `b` is the only block of, or 0 if it lives in a shared region. */
function dedicatedRegionOf(b: number): number {
  if (i32[(b >> 2) + W_PREVSIZE] !== 0) return 0;
  const r = b - REGION_HEADER;
  return i32[(r >> 2) + (RG_NCHUNKS >> 2)]! > 1 ? r : 0;
}

/** realloc of a huge block: in place while its region's chunks hold it (moving the end marker and
 * giving back chunks it no longer needs); moved to a shared region once it fits one chunk. */
function reallocHuge(r: number, b: number, size: number, want: number, nbytes: number): number {
  const addr = b + LARGE_HEADER;
  const nchunks = i32[(r >> 2) + (RG_NCHUNKS >> 2)]!;
  const needed = Math.ceil((want + REGION_OVERHEAD) / CHUNK_SIZE);
  if (needed === 1) {
    const moved = moveBlock(addr, size, nbytes);
    if (moved !== 0) return moved;
    i32[(b >> 2) + W_REQUEST] = nbytes; // no room elsewhere: keep the block as it is
    return addr;
  }
  if (needed > nchunks) return moveBlock(addr, size, nbytes);
  i32[(b >> 2) + W_SIZEFLAGS] = want;
  i32[(b >> 2) + W_REQUEST] = nbytes;
  i32[(r >> 2) + (RG_END >> 2)] = b + want;
  setEndMarker(b + want, want);
  largeStats.bytes += want - size;
  if (needed < nchunks) {
    freeChunks(r + needed * CHUNK_SIZE, nchunks - needed);
    i32[(r >> 2) + (RG_NCHUNKS >> 2)] = needed;
    largeStats.chunks -= nchunks - needed;
  }
  return addr;
}

/** Give the tail of used block `b` (now `size` bytes) beyond `want` bytes back, if it can be a block. */
function shrinkInPlace(b: number, size: number, want: number): void {
  let rest = size - want;
  if (rest < MIN_LARGE_BLOCK) return;
  const tail = b + want;
  i32[(b >> 2) + W_SIZEFLAGS] = want;
  largeStats.bytes -= rest;
  if (POISON_FREED) poison(tail, b + size);
  const above = b + size;
  const aboveFlags = i32[(above >> 2) + W_SIZEFLAGS]!;
  if ((aboveFlags & FREE_BIT) !== 0) {
    removeFree(above, aboveFlags & SIZE_MASK);
    if (POISON_FREED) poison(above, above + LARGE_HEADER);
    rest += aboveFlags & SIZE_MASK;
  }
  i32[(tail >> 2) + W_PREVSIZE] = want;
  makeFree(tail, rest);
}

/** Call `visit(block, size, free)` for every block of every region, in address order per region. */
export function forEachLargeBlock(visit: (b: number, size: number, free: boolean, region: number) => void): void {
  for (let r = regionList; r !== 0; r = i32[(r >> 2) + (RG_NEXT >> 2)]!) {
    let b = r + REGION_HEADER;
    const end = i32[(r >> 2) + (RG_END >> 2)]!;
    while (b < end) {
      const flags = i32[(b >> 2) + W_SIZEFLAGS]!;
      const size = flags & SIZE_MASK;
      if (size === 0) break; // damaged; verifyHeap reports it
      visit(b, size, (flags & FREE_BIT) !== 0, r);
      b += size;
    }
  }
}
