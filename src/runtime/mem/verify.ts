// verifyHeap: walk every arena, pool, free list, large region and counter, and throw an Error that
// states the broken invariant in words at the first one that does not hold. It is slow (it visits every
// free block) and meant for tests and debug runs, like Lua's lua_checkmemory.
//
// Invariants checked:
//  chunks   the chunk-kind counts equal a recount; every arena chunk belongs to exactly one arena;
//           every large chunk to exactly one region.
//  arenas   an attached arena is 1 MiB-aligned with 64 pools; unused arena objects have no arena;
//           nfreepools = pools on its freepools list + never-carved pools; freepools holds only
//           carved, empty pools of this arena, without cycles.
//  pools    every carved pool has a size class and its arena's index; its free list stays inside the
//           carved part of the pool, on block boundaries, without cycles or duplicates;
//           ref.count + free-list length + never-used blocks = blocks per pool; a pool with no free
//           block is full; an empty pool is on its arena's freepools.
//  lists    usedpools[c] holds exactly the used (partly allocated) pools of class c, doubly linked;
//           usable_arenas holds exactly the arenas with a free pool, doubly linked and sorted by
//           ascending nfreepools; nfp2lasta[n] is the last of them with n free pools.
//  large    regions are tiled exactly by blocks with correct boundary tags; no two free blocks touch;
//           every free block is on the one TLSF list its size maps to and nothing else is; the bitmaps
//           say which lists are non-empty; only the cached region may be wholly free.
//  counters every statistic equals a recount.
//  poison   while POISON_FREED is on, every free block still holds the poison pattern.

import {
  heap, chunkKind, chunksOfKind, chunkCount, setPoisonFlag, POISON_FREED, POISON_BYTE,
  CHUNK_FREE, CHUNK_ARENA, CHUNK_LARGE, CHUNK_BUMP, CHUNK_RESERVED, CHUNK_BITS, CHUNK_SIZE, CHUNK_MASK,
} from './addressspace.js';
import {
  obmallocState, obmallocStats, poolsInUse, INDEX2SIZE, NUMBLOCKS, NB_SMALL_SIZE_CLASSES, POOL_SIZE,
  POOL_OVERHEAD, ARENA_SIZE, MAX_POOLS_IN_ARENA, POOL_REFCOUNT, POOL_FREEBLOCK, POOL_NEXTPOOL, POOL_PREVPOOL,
  POOL_ARENAINDEX, POOL_SZIDX, POOL_NEXTOFFSET, POOL_MAXNEXTOFFSET, type ObmallocState,
} from './obmalloc.js';
import {
  largeState, largeStats, forEachLargeBlock, tlsfListIndex, REGION_HEADER, RG_NCHUNKS, RG_NEXT, RG_PREV,
  RG_MAGIC, RG_END, REGION_MAGIC, REGION_OVERHEAD, LB_PREVSIZE, LB_NEXTFREE, LB_PREVFREE, LB_MAGIC, LB_REQUEST, LARGE_MAGIC,
  LARGE_HEADER, MIN_LARGE_BLOCK, FL_COUNT, SL_COUNT, SIZE_MASK, FREE_BIT,
} from './large.js';

export { POISON_FREED } from './addressspace.js';

/** Turn POISON_FREED on or off. Turning it on poisons every block that is already free, so that
 * verifyHeap may insist that every free block holds the pattern. */
export function setPoisonFreed(on: boolean): void {
  if (on && !POISON_FREED) {
    forEachFreeSmallBlock((b, size) => heap.u8.fill(POISON_BYTE, b + 4, b + size));
    forEachLargeBlock((b, size, free) => {
      if (free) heap.u8.fill(POISON_BYTE, b + LARGE_HEADER, b + size);
    });
  }
  setPoisonFlag(on);
}

function fail(invariant: string): never {
  throw new Error(`verifyHeap: ${invariant}`);
}

function word(addr: number): number {
  return heap.i32[addr >> 2]!;
}

/** Check every invariant of the allocators (see the head of this file); throw on the first broken one. */
export function verifyHeap(): void {
  verifyChunks();
  const s = obmallocState();
  const census = verifyArenas(s);
  verifyUsedpools(s, census.usedPools);
  verifyUsableArenas(s);
  verifySmallCounters(s, census);
  verifyLarge();
}

// ---- Chunks ----------------------------------------------------------------------------------------
function verifyChunks(): void {
  const n = chunkCount();
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const k = chunkKind[i]!;
    if (k >= counts.length) fail(`chunk ${i} has unknown kind ${k}`);
    counts[k]!++;
  }
  for (let i = n; i < chunkKind.length; i++) {
    if (chunkKind[i] !== CHUNK_FREE) fail(`chunk ${i} lies beyond the heap limit but is in use`);
  }
  if (chunkKind[0] !== CHUNK_RESERVED) fail('chunk 0 (the NULL chunk) must stay reserved');
  for (const k of [CHUNK_FREE, CHUNK_ARENA, CHUNK_LARGE, CHUNK_BUMP, CHUNK_RESERVED]) {
    if (counts[k] !== chunksOfKind[k]) {
      fail(`the count of chunks of kind ${k} (${chunksOfKind[k]}) differs from a recount (${counts[k]})`);
    }
  }
  if (n * CHUNK_SIZE !== heap.limit) fail('the chunks below the limit must cover the heap exactly');
}

// ---- Arenas and pools ------------------------------------------------------------------------------
interface SmallCensus {
  arenas: number;
  pools: Int32Array;
  blocks: number;
  /** Pools that must be on usedpools[their class]. */
  usedPools: Set<number>;
}

function verifyArenas(s: ObmallocState): SmallCensus {
  const census: SmallCensus = { arenas: 0, pools: new Int32Array(NB_SMALL_SIZE_CLASSES), blocks: 0, usedPools: new Set() };
  const unused = new Uint8Array(s.maxarenas);
  let steps = 0;
  for (let a = s.unusedArenaObjects; a >= 0; a = s.arenaNextarena[a]!) {
    if (a >= s.maxarenas) fail(`unused_arena_objects links to arena object ${a}, out of range`);
    if (++steps > s.maxarenas) fail('unused_arena_objects has a cycle');
    if (s.arenaAddress[a] !== 0) fail(`arena object ${a} is on unused_arena_objects but has an arena attached`);
    unused[a] = 1;
  }
  const arenaOfChunk = new Int32Array(chunkKind.length).fill(-1);
  for (let a = 0; a < s.maxarenas; a++) {
    const base = s.arenaAddress[a]!;
    if (base === 0) {
      if (!unused[a]) fail(`arena object ${a} has no arena but is not on unused_arena_objects`);
      continue;
    }
    census.arenas++;
    if ((base & CHUNK_MASK) !== 0) fail(`arena ${a} at ${base} is not aligned to ARENA_SIZE`);
    if (chunkKind[base >>> CHUNK_BITS] !== CHUNK_ARENA) fail(`arena ${a} at ${base} lies in a chunk not marked as an arena`);
    if (arenaOfChunk[base >>> CHUNK_BITS] !== -1) fail(`arenas ${arenaOfChunk[base >>> CHUNK_BITS]} and ${a} share a chunk`);
    arenaOfChunk[base >>> CHUNK_BITS] = a;
    verifyArena(s, a, census);
  }
  for (let i = 0; i < chunkCount(); i++) {
    if (chunkKind[i] === CHUNK_ARENA && arenaOfChunk[i] === -1) fail(`chunk ${i} is marked as an arena but no arena owns it`);
  }
  return census;
}

function verifyArena(s: ObmallocState, a: number, census: SmallCensus): void {
  const base = s.arenaAddress[a]!;
  const carvedEnd = s.arenaPoolAddress[a]!;
  if (s.arenaNtotalpools[a] !== MAX_POOLS_IN_ARENA) fail(`arena ${a} must have ${MAX_POOLS_IN_ARENA} pools in total`);
  if (carvedEnd < base || carvedEnd > base + ARENA_SIZE || (carvedEnd - base) % POOL_SIZE !== 0) {
    fail(`arena ${a}: pool_address ${carvedEnd} is not a pool boundary inside the arena`);
  }
  const neverCarved = (base + ARENA_SIZE - carvedEnd) / POOL_SIZE;
  const onFreepools = new Set<number>();
  for (let pool = s.arenaFreepools[a]!; pool !== 0; pool = word(pool + POOL_NEXTPOOL)) {
    if (pool < base || pool >= carvedEnd || (pool - base) % POOL_SIZE !== 0) {
      fail(`arena ${a}: freepools links to ${pool}, which is not a carved pool of this arena`);
    }
    if (onFreepools.has(pool)) fail(`arena ${a}: freepools has a cycle at pool ${pool}`);
    if (word(pool + POOL_REFCOUNT) !== 0) fail(`arena ${a}: pool ${pool} is on freepools but has blocks in use`);
    onFreepools.add(pool);
  }
  if (s.arenaNfreepools[a] !== onFreepools.size + neverCarved) {
    fail(`arena ${a}: nfreepools is ${s.arenaNfreepools[a]} but ${onFreepools.size} pools are empty and ` +
      `${neverCarved} never carved`);
  }
  for (let pool = base; pool < carvedEnd; pool += POOL_SIZE) {
    if (word(pool + POOL_ARENAINDEX) !== a) fail(`pool ${pool}: arenaindex is ${word(pool + POOL_ARENAINDEX)}, not ${a}`);
    const count = word(pool + POOL_REFCOUNT);
    if (count === 0 && !onFreepools.has(pool)) fail(`pool ${pool} is empty but not on its arena's freepools`);
    verifyPool(pool);
    if (count === 0) continue;
    const szidx = word(pool + POOL_SZIDX);
    census.pools[szidx]!++;
    census.blocks += count;
    if (word(pool + POOL_FREEBLOCK) !== 0) census.usedPools.add(pool);
  }
}

/** Scratch marks for one pool's blocks (at most 1021). */
const seenBlock = new Uint8Array(NUMBLOCKS(0));

function verifyPool(pool: number): void {
  const szidx = word(pool + POOL_SZIDX);
  if (szidx < 0 || szidx >= NB_SMALL_SIZE_CLASSES) fail(`pool ${pool} has no valid size class (szidx ${szidx})`);
  const size = INDEX2SIZE(szidx);
  const nblocks = NUMBLOCKS(szidx);
  if (word(pool + POOL_MAXNEXTOFFSET) !== POOL_SIZE - size) fail(`pool ${pool}: maxnextoffset must be POOL_SIZE - ${size}`);
  const nextoffset = word(pool + POOL_NEXTOFFSET);
  if (nextoffset < POOL_OVERHEAD + size || nextoffset > POOL_SIZE || (nextoffset - POOL_OVERHEAD) % size !== 0) {
    fail(`pool ${pool}: nextoffset ${nextoffset} is not a block boundary of class ${szidx}`);
  }
  const carved = (nextoffset - POOL_OVERHEAD) / size;
  if (carved > nblocks) fail(`pool ${pool}: nextoffset ${nextoffset} lies beyond the last block`);
  seenBlock.fill(0, 0, carved);
  let freeLen = 0;
  for (let b = word(pool + POOL_FREEBLOCK); b !== 0; b = word(b)) {
    const off = b - pool - POOL_OVERHEAD;
    if (off < 0 || b >= pool + nextoffset) fail(`pool ${pool}: free list leaves the carved part of the pool (block ${b})`);
    if (off % size !== 0) fail(`pool ${pool}: free block ${b} is not aligned to the block size ${size}`);
    const index = off / size;
    if (seenBlock[index]) fail(`pool ${pool}: free list has a cycle or a duplicate at block ${b}`);
    seenBlock[index] = 1;
    freeLen++;
    if (POISON_FREED) checkPoison(b + 4, b + size, `free block ${b} of pool ${pool}`);
  }
  const count = word(pool + POOL_REFCOUNT);
  const neverUsed = nblocks - carved;
  if (count + freeLen + neverUsed !== nblocks) {
    fail(`pool ${pool}: ref.count ${count} + free-list length ${freeLen} + never-used blocks ${neverUsed} ` +
      `!= ${nblocks} blocks per pool`);
  }
  if (freeLen === 0 && neverUsed !== 0) fail(`pool ${pool} has no free block but never-used blocks remain`);
}

function checkPoison(from: number, to: number, what: string): void {
  const u8 = heap.u8;
  for (let i = from; i < to; i++) {
    if (u8[i] !== POISON_BYTE) fail(`${what} was written after it was freed (byte ${i} is ${u8[i]}, not the poison)`);
  }
}

function verifyUsedpools(s: ObmallocState, usedPools: Set<number>): void {
  let listed = 0;
  for (let c = 0; c < NB_SMALL_SIZE_CLASSES; c++) {
    let prev = 0;
    for (let pool = s.usedpools[c]!; pool !== 0; pool = word(pool + POOL_NEXTPOOL)) {
      if (!usedPools.has(pool)) fail(`usedpools[${c}] holds pool ${pool}, which is not a partly used pool`);
      if (word(pool + POOL_SZIDX) !== c) fail(`usedpools[${c}] holds pool ${pool} of class ${word(pool + POOL_SZIDX)}`);
      if (word(pool + POOL_PREVPOOL) !== prev) fail(`usedpools[${c}]: prevpool of ${pool} is not the pool before it`);
      if (++listed > usedPools.size) fail(`usedpools[${c}] has a cycle or holds a pool twice`);
      prev = pool;
    }
  }
  if (listed !== usedPools.size) fail(`${usedPools.size - listed} partly used pools are missing from usedpools`);
}

function verifyUsableArenas(s: ObmallocState): void {
  let expected = 0;
  for (let a = 0; a < s.maxarenas; a++) if (s.arenaAddress[a] !== 0 && s.arenaNfreepools[a]! > 0) expected++;
  const lastWith = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(-1);
  let prev = -1;
  let listed = 0;
  for (let a = s.usableArenas; a >= 0; a = s.arenaNextarena[a]!) {
    if (a >= s.maxarenas) fail(`usable_arenas links to arena object ${a}, out of range`);
    if (++listed > expected) fail('usable_arenas has a cycle or holds an arena with no free pool');
    if (s.arenaAddress[a] === 0) fail(`usable_arenas holds arena object ${a}, which has no arena`);
    if (s.arenaPrevarena[a] !== prev) fail(`usable_arenas: prevarena of ${a} is not the arena before it`);
    const nf = s.arenaNfreepools[a]!;
    if (nf === 0) fail(`usable_arenas holds arena ${a}, which has no free pool`);
    if (prev >= 0 && s.arenaNfreepools[prev]! > nf) fail('usable_arenas is not sorted by ascending nfreepools');
    lastWith[nf] = a;
    prev = a;
  }
  if (listed !== expected) fail(`${expected - listed} arenas with free pools are missing from usable_arenas`);
  for (let n = 0; n <= MAX_POOLS_IN_ARENA; n++) {
    if (s.nfp2lasta[n] !== lastWith[n]) {
      fail(`nfp2lasta[${n}] is ${s.nfp2lasta[n]}, but the last usable arena with ${n} free pools is ${lastWith[n]}`);
    }
  }
}

function verifySmallCounters(s: ObmallocState, census: SmallCensus): void {
  const st = obmallocStats;
  if (st.arenasCurrent !== census.arenas) fail(`arenas allocated current is ${st.arenasCurrent}, a recount gives ${census.arenas}`);
  if (st.arenasAllocatedTotal - st.arenasReclaimed !== st.arenasCurrent) {
    fail('arenas allocated total - arenas reclaimed must equal arenas allocated current');
  }
  if (st.arenasHighwater < st.arenasCurrent) fail('the arena highwater mark is below the current arena count');
  if (chunksOfKind[CHUNK_ARENA] !== census.arenas) fail('the number of arena chunks differs from the number of arenas');
  for (let c = 0; c < NB_SMALL_SIZE_CLASSES; c++) {
    if (poolsInUse[c] !== census.pools[c]) fail(`pools in use of class ${c} is ${poolsInUse[c]}, a recount gives ${census.pools[c]}`);
  }
  if (st.mallocs - st.frees !== census.blocks) {
    fail(`small blocks in use (mallocs - frees) is ${st.mallocs - st.frees}, the pools' ref.counts add up to ${census.blocks}`);
  }
  void s;
}

// ---- Large blocks ----------------------------------------------------------------------------------
function verifyLarge(): void {
  const ls = largeState();
  const i32 = heap.i32;
  // Regions: a doubly linked list, each over its own large chunks.
  const regionOfChunk = new Int32Array(chunkKind.length).fill(0);
  let regions = 0;
  let chunks = 0;
  let prev = 0;
  for (let r = ls.regionList; r !== 0; r = word(r + RG_NEXT)) {
    if ((r & CHUNK_MASK) !== 0 || r >= heap.limit) fail(`region list links to ${r}, not a chunk address`);
    if (word(r + RG_MAGIC) !== REGION_MAGIC) fail(`region ${r} has lost its magic number`);
    if (word(r + RG_PREV) !== prev) fail(`region list: prevregion of ${r} is not the region before it`);
    const n = word(r + RG_NCHUNKS);
    if (n < 1 || (r >>> CHUNK_BITS) + n > chunkCount()) fail(`region ${r} spans ${n} chunks, out of range`);
    for (let i = 0; i < n; i++) {
      const c = (r >>> CHUNK_BITS) + i;
      if (chunkKind[c] !== CHUNK_LARGE) fail(`chunk ${c} of region ${r} is not marked as large-object space`);
      if (regionOfChunk[c] !== 0) fail(`chunk ${c} belongs to two regions (a cycle in the region list?)`);
      regionOfChunk[c] = r;
    }
    regions++;
    chunks += n;
    prev = r;
  }
  if (chunks !== chunksOfKind[CHUNK_LARGE]) fail('some chunks marked as large-object space belong to no region');
  if (regions !== largeStats.regions || chunks !== largeStats.chunks) fail('the region and chunk counters differ from a recount');

  // Blocks: tile each region exactly; boundary tags agree; free blocks never touch.
  const freeBlocks = new Set<number>();
  let usedBlocks = 0;
  let usedBytes = 0;
  for (let r = ls.regionList; r !== 0; r = word(r + RG_NEXT)) {
    const nchunks = word(r + RG_NCHUNKS);
    const end = word(r + RG_END); // the end marker
    const chunkEnd = r + nchunks * CHUNK_SIZE;
    if (nchunks === 1 ? end !== chunkEnd - LARGE_HEADER : end < r + REGION_HEADER || end > chunkEnd - LARGE_HEADER) {
      fail(`region ${r}: its end marker address ${end} is not where a ${nchunks}-chunk region ends`);
    }
    if (nchunks > 1 && (end - r) + LARGE_HEADER <= (nchunks - 1) * CHUNK_SIZE) {
      fail(`dedicated region ${r} holds a chunk it does not need`);
    }
    let b = r + REGION_HEADER;
    let prevSize = 0;
    let prevFree = false;
    let blocksInRegion = 0;
    let freeInRegion = 0;
    while (b < end) {
      const flags = word(b);
      const size = flags & SIZE_MASK;
      const free = (flags & FREE_BIT) !== 0;
      if ((flags & ~SIZE_MASK & ~FREE_BIT) !== 0) fail(`large block ${b} has unknown flag bits`);
      if (size < MIN_LARGE_BLOCK || b + size > end) fail(`large block ${b} has size ${size}, which does not fit its region`);
      if (word(b + LB_PREVSIZE) !== prevSize) fail(`large block ${b}: prevsize ${word(b + LB_PREVSIZE)} is not the size of the block below (${prevSize})`);
      if (nchunks > 1 && (free || b !== r + REGION_HEADER)) fail(`dedicated region ${r} must hold exactly one used block`);
      if (free && prevFree) fail(`large blocks below ${b} and at ${b} are both free: they were not coalesced`);
      if (free) {
        freeBlocks.add(b);
        freeInRegion++;
        if (POISON_FREED) checkPoison(b + LARGE_HEADER, b + size, `free large block ${b}`);
      } else {
        if (word(b + LB_MAGIC) !== LARGE_MAGIC) fail(`used large block ${b} has lost its magic number`);
        if (word(b + LB_REQUEST) > size - LARGE_HEADER) fail(`large block ${b} is smaller than the request it holds`);
        usedBlocks++;
        usedBytes += size - LARGE_HEADER;
      }
      blocksInRegion++;
      prevSize = size;
      prevFree = free;
      b += size;
    }
    if (b !== end || word(end) !== 0 || word(end + LB_PREVSIZE) !== prevSize) fail(`region ${r}: the end marker is damaged`);
    if (blocksInRegion === 1 && freeInRegion === 1 && ls.cachedEmptyRegion !== r) {
      fail(`region ${r} is wholly free but was not given back (only one cached region may stay)`);
    }
  }
  if (ls.cachedEmptyRegion !== 0) {
    const r = ls.cachedEmptyRegion;
    if (regionOfChunk[r >>> CHUNK_BITS] !== r) fail('the cached empty region is not a region');
    const first = r + REGION_HEADER;
    if (!freeBlocks.has(first) || (word(first) & SIZE_MASK) !== CHUNK_SIZE - REGION_OVERHEAD || word(r + RG_NCHUNKS) !== 1) {
      fail('the cached empty region is not wholly free');
    }
  }
  if (usedBlocks !== largeStats.blocks) fail(`large blocks in use is ${largeStats.blocks}, a recount gives ${usedBlocks}`);
  if (usedBytes !== largeStats.bytes) fail(`bytes in large blocks is ${largeStats.bytes}, a recount gives ${usedBytes}`);

  // TLSF lists: exactly the free blocks, each on the list its size maps to; bitmaps match.
  let listed = 0;
  for (let fl = 0; fl < FL_COUNT; fl++) {
    for (let sl = 0; sl < SL_COUNT; sl++) {
      const index = fl * SL_COUNT + sl;
      const head = ls.freeHeads[index]!;
      const bit = (ls.slBitmap[fl]! >>> sl) & 1;
      if ((head !== 0) !== (bit === 1)) fail(`TLSF list (${fl}, ${sl}): its bitmap bit says ${bit} but the list is ${head ? 'not ' : ''}empty`);
      let prevB = 0;
      for (let b = head; b !== 0; b = i32[(b + LB_NEXTFREE) >> 2]!) {
        if (!freeBlocks.has(b)) fail(`TLSF list (${fl}, ${sl}) holds ${b}, which is not a free large block`);
        if (tlsfListIndex(word(b) & SIZE_MASK) !== index) fail(`free large block ${b} is on the wrong TLSF list for its size`);
        if (word(b + LB_PREVFREE) !== prevB) fail(`TLSF list (${fl}, ${sl}): prevfree of ${b} is not the block before it`);
        if (++listed > freeBlocks.size) fail('a TLSF list has a cycle or holds a block twice');
        prevB = b;
      }
    }
    const flBit = (ls.flBitmap >>> fl) & 1;
    if ((ls.slBitmap[fl] !== 0) !== (flBit === 1)) fail(`TLSF first-level bit ${fl} disagrees with its second-level bitmap`);
  }
  if (listed !== freeBlocks.size) fail(`${freeBlocks.size - listed} free large blocks are on no TLSF list`);
}

// ---- Walkers ---------------------------------------------------------------------------------------
/** Call `visit(block, blockSize)` for every block on a pool free list (pools in use and empty pools). */
export function forEachFreeSmallBlock(visit: (b: number, size: number) => void): void {
  const s = obmallocState();
  for (let a = 0; a < s.maxarenas; a++) {
    const base = s.arenaAddress[a]!;
    if (base === 0) continue;
    for (let pool = base; pool < s.arenaPoolAddress[a]!; pool += POOL_SIZE) {
      const size = INDEX2SIZE(word(pool + POOL_SZIDX));
      for (let b = word(pool + POOL_FREEBLOCK); b !== 0; b = word(b)) visit(b, size);
    }
  }
}
