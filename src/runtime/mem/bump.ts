// A trivial bump allocator with obmalloc's interface, for benchmarks: it shows what allocation costs
// when nothing is ever reused. Blocks are cut one after another from chunks of the address space (kind
// CHUNK_BUMP); pyfree only counts; bumpReset gives every chunk back at once. Swap it in by importing
// this module instead of obmalloc.ts.
//
// Block layout: a 16-byte header holding the usable size, then the block (16-byte aligned).
//   offset | field | type | note
//   -------+-------+------+---------------------------------
//     -16  | size  | u32  | usable bytes (a multiple of 16)
//     -12  | (pad) |      | keeps the block 16-byte aligned

import {
  heap, onAddressSpaceReset, allocChunks, freeChunks, ALIGNMENT, CHUNK_SIZE, CHUNK_BUMP, HEAP_LIMIT_MAX,
} from './addressspace.js';

export const BUMP_HEADER = 16;

export const bumpStats = { mallocs: 0, frees: 0, bytes: 0, chunks: 0 };

const i32: Int32Array = heap.i32;
let cursor = 0;
let end = 0;
/** Start address and chunk count of every run of chunks taken, to give them back on reset. */
let runs: number[] = [];

function resetBump(): void {
  cursor = 0;
  end = 0;
  runs = [];
  bumpStats.mallocs = 0;
  bumpStats.frees = 0;
  bumpStats.bytes = 0;
  bumpStats.chunks = 0;
}
onAddressSpaceReset(resetBump);

/** Allocate `nbytes` (0 allowed); 0 at the heap limit. */
export function pymalloc(nbytes: number): number {
  const usable = nbytes <= ALIGNMENT ? ALIGNMENT : (nbytes + ALIGNMENT - 1) & ~(ALIGNMENT - 1);
  const total = usable + BUMP_HEADER;
  if (cursor + total > end && !refill(total)) return 0;
  const b = cursor;
  cursor = b + total;
  i32[b >> 2] = usable;
  bumpStats.mallocs++;
  bumpStats.bytes += usable;
  return b + BUMP_HEADER;
}

/** Nothing is reused: a free only counts. */
export function pyfree(addr: number): void {
  if (addr !== 0) bumpStats.frees++;
}

export function blockSize(addr: number): number {
  return addr === 0 ? 0 : i32[(addr - BUMP_HEADER) >> 2]!;
}

export function pyrealloc(addr: number, nbytes: number): number {
  if (addr === 0) return pymalloc(nbytes);
  const size = blockSize(addr);
  if (nbytes <= size) return addr;
  const moved = pymalloc(nbytes);
  if (moved === 0) return 0;
  heap.u8.copyWithin(moved, addr, addr + size);
  pyfree(addr);
  return moved;
}

export function pycalloc(nbytes: number): number {
  const addr = pymalloc(nbytes);
  if (addr !== 0) heap.u8.fill(0, addr, addr + blockSize(addr));
  return addr;
}

/** Start a new run of chunks big enough for `total` bytes (the rest of the current chunk is lost). */
function refill(total: number): boolean {
  if (!(total <= HEAP_LIMIT_MAX)) return false;
  const count = Math.max(1, Math.ceil(total / CHUNK_SIZE));
  const start = allocChunks(count, CHUNK_BUMP);
  if (start === 0) return false;
  runs.push(start, count);
  bumpStats.chunks += count;
  cursor = start;
  end = start + count * CHUNK_SIZE;
  return true;
}

/** Give every chunk back; every block the bump allocator handed out becomes invalid. */
export function bumpReset(): void {
  for (let i = 0; i < runs.length; i += 2) freeChunks(runs[i]!, runs[i + 1]!);
  runs = [];
  cursor = 0;
  end = 0;
  bumpStats.chunks = 0;
  bumpStats.bytes = 0;
}
