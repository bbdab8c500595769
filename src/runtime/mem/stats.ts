// Allocator statistics: what CPython's sys._debugmallocstats() and sys.getallocatedblocks() report.
//
// The counters are kept as the allocators go, in plain number fields: obmalloc.ts counts small mallocs
// and frees (the fast paths' only bookkeeping besides the pool's ref.count), pools in use per size
// class and the arena counts on its slow paths; large.ts counts its blocks, bytes and regions. What
// CPython itself computes by walking the arenas when asked -- blocks in use and free blocks per class --
// we compute the same way here (a walk over at most 64 pools per arena), so the hot paths stay short.
// verify.ts checks that every counter equals a recount.
//
// debugMallocStats() prints the layout of CPython 3.11's _PyObject_DebugMallocStats:
//
//   Small block threshold = 512, in 32 size classes.
//   <blank>
//   class   size   num pools   blocks in use  avail blocks        (one row per class with a pool in
//   -----   ----   ---------   -------------  ------------         use, "%5u %6u %11zu %15zu %13zu")
//   <blank>
//   # arenas allocated total / reclaimed / highwater mark / allocated current
//   N arenas * 1048576 bytes/arena     =   N * ARENA_SIZE
//   <blank>
//   # bytes in allocated blocks, in available blocks, N unused pools * 16384 bytes,
//   # bytes lost to pool headers, to quantization, to arena alignment (always 0 for us),
//   Total                              =   N * ARENA_SIZE  (the lines above add up to it)
//
// Each "label = value" line is CPython's printone: the label padded to 35 columns, '=', the value right-
// aligned in 21 columns with thousands separators. CPython then prints its radix-tree "arena map"
// section; we have no radix tree (a flat chunk-kind table answers address_in_range), so that section
// is left out, and in its place we print our large-object space, which CPython leaves to the system
// malloc and so does not report. Free-list lines of the object types come last (`extraLines`), after
// a blank line, as CPython's sys._debugmallocstats prints them after the allocator's report.

import { heap, chunkCount, chunksOfKind, CHUNK_FREE, CHUNK_ARENA, CHUNK_LARGE, CHUNK_BUMP, CHUNK_RESERVED } from './addressspace.js';
import {
  obmallocState, obmallocStats, poolsInUse, INDEX2SIZE, NUMBLOCKS, NB_SMALL_SIZE_CLASSES,
  SMALL_REQUEST_THRESHOLD, POOL_SIZE, POOL_OVERHEAD, ARENA_SIZE, POOL_REFCOUNT, POOL_SZIDX,
} from './obmalloc.js';
import { largeStats } from './large.js';

/** Per size class, from a walk over every carved pool (CPython's way). */
export interface PoolCensus {
  /** Pools in use (ref.count > 0) per class. */
  pools: Int32Array;
  /** Blocks in use per class. */
  blocks: Int32Array;
  /** Blocks of the pools in use not handed out (free list + never used) per class. */
  availBlocks: Int32Array;
  /** Arenas attached, and pools free in them (empty or never carved). */
  narenas: number;
  freePools: number;
}

/** Walk every arena and every carved pool, as CPython's _PyObject_DebugMallocStats does. */
export function censusPools(): PoolCensus {
  const s = obmallocState();
  const i32 = heap.i32;
  const pools = new Int32Array(NB_SMALL_SIZE_CLASSES);
  const blocks = new Int32Array(NB_SMALL_SIZE_CLASSES);
  const availBlocks = new Int32Array(NB_SMALL_SIZE_CLASSES);
  let narenas = 0;
  let freePools = 0;
  for (let a = 0; a < s.maxarenas; a++) {
    const base = s.arenaAddress[a]!;
    if (base === 0) continue;
    narenas++;
    freePools += s.arenaNfreepools[a]!;
    for (let pool = base; pool < s.arenaPoolAddress[a]!; pool += POOL_SIZE) {
      const count = i32[(pool + POOL_REFCOUNT) >> 2]!;
      if (count === 0) continue; // an empty pool: counted in the arena's free pools
      const szidx = i32[(pool + POOL_SZIDX) >> 2]!;
      pools[szidx]++;
      blocks[szidx] += count;
      availBlocks[szidx] += NUMBLOCKS(szidx) - count;
    }
  }
  return { pools, blocks, availBlocks, narenas, freePools };
}

/** sys.getallocatedblocks(): blocks in use, small and large. */
export function getAllocatedBlocks(): number {
  return obmallocStats.mallocs - obmallocStats.frees + largeStats.blocks;
}

// ---- Formatting ------------------------------------------------------------------------------------
const LABEL_WIDTH = 35;
const VALUE_WIDTH = 21;

/** Digits with a comma every three, as CPython's printone writes them. */
export function withThousands(value: number): string {
  const digits = String(Math.trunc(value));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** CPython's printone: label padded to 35 columns, '=', value right-aligned in 21 columns, newline. */
export function formatStatLine(label: string, value: number): string {
  return label.padEnd(LABEL_WIDTH) + '=' + withThousands(value).padStart(VALUE_WIDTH) + '\n';
}

/** A free-list line as CPython's _PyDebugAllocatorStats prints it (without the trailing newline, ready
 * for debugMallocStats' extraLines): "%d free %ss * %zd bytes each" right-aligned in 48 columns, then
 * " =" and the total. Example: `formatFreeListLine("PyFloatObject", 4, 24)`. */
export function formatFreeListLine(typeName: string, numFree: number, sizeofBlock: number): string {
  const label = `${numFree} free ${typeName}s * ${sizeofBlock} bytes each`.padStart(48) + ' ';
  return formatStatLine(label, numFree * sizeofBlock).slice(0, -1);
}

function u(value: number, width: number): string {
  return String(value).padStart(width);
}

/** The text of sys._debugmallocstats() (see the head of this file), computed from the live state. */
export function debugMallocStats(extraLines?: string[]): string {
  const census = censusPools();
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n`;
  out += '\n';
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  let allocatedBytes = 0;
  let availableBytes = 0;
  let poolHeaderBytes = 0;
  let quantization = 0;
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    const p = census.pools[i]!;
    if (p === 0) continue;
    const b = census.blocks[i]!;
    const f = census.availBlocks[i]!;
    const size = INDEX2SIZE(i);
    out += `${u(i, 5)} ${u(size, 6)} ${u(p, 11)} ${u(b, 15)} ${u(f, 13)}\n`;
    allocatedBytes += b * size;
    availableBytes += f * size;
    poolHeaderBytes += p * POOL_OVERHEAD;
    quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
  }
  out += '\n';
  const st = obmallocStats;
  const narenas = census.narenas;
  out += formatStatLine('# arenas allocated total', st.arenasAllocatedTotal);
  out += formatStatLine('# arenas reclaimed', st.arenasAllocatedTotal - narenas);
  out += formatStatLine('# arenas highwater mark', st.arenasHighwater);
  out += formatStatLine('# arenas allocated current', narenas);
  out += formatStatLine(`${narenas} arenas * ${ARENA_SIZE} bytes/arena`, narenas * ARENA_SIZE);
  out += '\n';
  const unusedPoolBytes = census.freePools * POOL_SIZE;
  const arenaAlignment = 0; // arenas are 1 MiB-aligned in our address space: all 64 pools are usable
  const total = allocatedBytes + availableBytes + unusedPoolBytes + poolHeaderBytes + quantization + arenaAlignment;
  out += formatStatLine('# bytes in allocated blocks', allocatedBytes);
  out += formatStatLine('# bytes in available blocks', availableBytes);
  out += formatStatLine(`${census.freePools} unused pools * ${POOL_SIZE} bytes`, unusedPoolBytes);
  out += formatStatLine('# bytes lost to pool headers', poolHeaderBytes);
  out += formatStatLine('# bytes lost to quantization', quantization);
  out += formatStatLine('# bytes lost to arena alignment', arenaAlignment);
  out += formatStatLine('Total', total);
  // (CPython's "arena map counts" section would come here; see the head of the file.)
  out += '\nlarge blocks (> 512 bytes; CPython leaves these to the system malloc)\n';
  out += formatStatLine('# large blocks in use', largeStats.blocks);
  out += formatStatLine('# bytes in large blocks', largeStats.bytes);
  out += formatStatLine('# large regions', largeStats.regions);
  out += formatStatLine(`${largeStats.chunks} chunks * ${ARENA_SIZE} bytes/chunk`, largeStats.chunks * ARENA_SIZE);
  out += '\n';
  if (extraLines) for (const line of extraLines) out += line + '\n';
  return out;
}

// ---- Snapshot for --stats and benchmarks -----------------------------------------------------------
export interface SizeClassStats {
  index: number;
  size: number;
  pools: number;
  blocksInUse: number;
  availBlocks: number;
}

export interface StatsSnapshot {
  heapLimit: number;
  chunks: { total: number; free: number; arena: number; large: number; bump: number; reserved: number };
  /** All pymalloc calls that returned a block / all pyfree calls of a block, small and large. */
  mallocs: number;
  frees: number;
  /** sys.getallocatedblocks() */
  allocatedBlocks: number;
  small: {
    mallocs: number;
    frees: number;
    blocksInUse: number;
    bytesInUse: number;
    poolsInUse: number;
    arenasAllocatedTotal: number;
    arenasReclaimed: number;
    arenasHighwater: number;
    arenasCurrent: number;
    classes: SizeClassStats[];
  };
  large: { blocks: number; bytes: number; regions: number; chunks: number; regionsReleased: number; mallocs: number; frees: number };
}

/** Every statistic as one plain object (safe to JSON.stringify). */
export function statsSnapshot(): StatsSnapshot {
  const census = censusPools();
  const classes: SizeClassStats[] = [];
  let blocksInUse = 0;
  let bytesInUse = 0;
  let pools = 0;
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    blocksInUse += census.blocks[i]!;
    bytesInUse += census.blocks[i]! * INDEX2SIZE(i);
    pools += poolsInUse[i]!;
    if (census.pools[i] === 0) continue;
    classes.push({
      index: i, size: INDEX2SIZE(i), pools: census.pools[i]!, blocksInUse: census.blocks[i]!,
      availBlocks: census.availBlocks[i]!,
    });
  }
  const st = obmallocStats;
  const ls = largeStats;
  return {
    heapLimit: heap.limit,
    chunks: {
      total: chunkCount(), free: chunksOfKind[CHUNK_FREE]!, arena: chunksOfKind[CHUNK_ARENA]!,
      large: chunksOfKind[CHUNK_LARGE]!, bump: chunksOfKind[CHUNK_BUMP]!, reserved: chunksOfKind[CHUNK_RESERVED]!,
    },
    mallocs: st.mallocs + ls.mallocs,
    frees: st.frees + ls.frees,
    allocatedBlocks: getAllocatedBlocks(),
    small: {
      mallocs: st.mallocs, frees: st.frees, blocksInUse, bytesInUse, poolsInUse: pools,
      arenasAllocatedTotal: st.arenasAllocatedTotal, arenasReclaimed: st.arenasReclaimed,
      arenasHighwater: st.arenasHighwater, arenasCurrent: st.arenasCurrent, classes,
    },
    large: {
      blocks: ls.blocks, bytes: ls.bytes, regions: ls.regions, chunks: ls.chunks,
      regionsReleased: ls.regionsReleased, mallocs: ls.mallocs, frees: ls.frees,
    },
  };
}
