// The object map: which heap addresses hold a Python object, so that the heap verifier
// (gc/verify.ts) and the leak check (gc/leaks.ts) can enumerate every object in the heap.
//
// One byte per 16-byte granule of the address space (every block is 16-byte aligned, and so is every
// object address: a block for a plain object, block + 16 for a GC object), indexed by `addr >> 4`:
//
//   value       | meaning
//   ------------+------------------------------------------------------------------------------
//   MAP_NONE 0  | no object starts here: free memory, a pool header, a raw block (list item
//               | array, dict/set table, frame locals), a GC list head, or the middle of an object
//   MAP_PLAIN 1 | a non-GC object starts here; its block starts at the same address
//   MAP_GC 2    | a GC object starts here; its block (with the GC head) starts 16 bytes before
//
// object.ts sets the byte in allocObject / allocGCObject and clears it in freeObject /
// freeGCObject: one byte store on each of those paths, nothing else on any hot path.
//
// Free lists. A float, tuple, list or dict put on its type's free list (objects/{float,tuple,list,
// dict}.ts) keeps its block and so its map entry, but it is not a live object. No marker is needed
// to tell it apart: a free-listed object is one whose deallocation ran, i.e. whose refcount reached
// 0, and it stays 0 until the free list hands the object out again (which stores refcount 1). A live
// object never has refcount 0 (decref to 0 deallocates at once), so in the map
//
//   refcount > 0   a live object
//   refcount = 0   a dead object: on a free list, or being deallocated right now (a dealloc in
//                  progress, or waiting on the trashcan's worklist)
//
// The verifier checks the other direction with the free lists' exported sizes: at a quiescent point
// (exit) the dead objects are exactly the free-listed ones, per type (and per tuple size).
//
// The map is a Uint8Array of HEAP_RESERVE / 16 bytes (128 MiB for the 2 GiB reservation). Like the
// heap itself, its pages cost memory only once touched, i.e. only for the part of the address space
// that holds objects.

import { heap, onAddressSpaceReset, chunkKind, CHUNK_BITS, CHUNK_SIZE, dirtyBeforeReset } from '../mem/addressspace.js';

export const MAP_NONE = 0, MAP_PLAIN = 1, MAP_GC = 2;
/** log2 of the granule size: the map index of address `a` is `a >> MAP_SHIFT`. */
export const MAP_SHIFT = 4;

/** The object map (see the head of this file). object.ts writes it directly. */
export const objmap = new Uint8Array(heap.buf.byteLength >>> MAP_SHIFT);
/** The same bytes as 32-bit words: scanning skips four empty granules at a time. */
const objmap32 = new Uint32Array(objmap.buffer, 0, objmap.length >>> 2);

const GRANULES_PER_CHUNK = CHUNK_SIZE >>> MAP_SHIFT;
const WORDS_PER_CHUNK = GRANULES_PER_CHUNK >>> 2;

/** Highest heap limit seen: a reset clears the map up to it. */
let limitSeen = 0;

function resetObjmap(): void {
  // Only chunks handed out since the previous reset can hold map entries: clear just those
  // (scanning the whole map would cost ~90 ms at every start-up).
  const perChunk = CHUNK_SIZE >>> MAP_SHIFT;
  for (let c = 0; c < dirtyBeforeReset.length; c++) {
    if (dirtyBeforeReset[c]) objmap.fill(0, c * perChunk, (c + 1) * perChunk);
  }
  limitSeen = heap.limit;
}
onAddressSpaceReset(resetObjmap);

/** Is there a (live or free-listed) object at `a`? */
export function isObjectAddress(a: number): boolean {
  return a > 0 && (a & 15) === 0 && a < heap.limit && objmap[a >>> MAP_SHIFT] !== MAP_NONE;
}

/** The map entry at `a` (MAP_NONE for an address that is not a multiple of 16 or out of range). */
export function mapKind(a: number): number {
  if (!(a > 0) || (a & 15) !== 0 || a >= heap.limit) return MAP_NONE;
  return objmap[a >>> MAP_SHIFT]!;
}

/**
 * Call `visit(a, kind)` for every object in the map, live or free-listed, in address order. Only
 * chunks that are in use (arenas and large regions) are scanned. `visit` must not allocate or free.
 */
export function forEachMappedObject(visit: (a: number, kind: number) => void): void {
  const nchunks = heap.limit >>> CHUNK_BITS;
  for (let c = 1; c < nchunks; c++) {
    if (chunkKind[c] === 0) continue; // CHUNK_FREE: nothing can live there
    const w0 = c * WORDS_PER_CHUNK;
    const w1 = w0 + WORDS_PER_CHUNK;
    for (let w = w0; w < w1; w++) {
      if (objmap32[w] === 0) continue;
      const g0 = w << 2;
      for (let g = g0; g < g0 + 4; g++) {
        const k = objmap[g]!;
        if (k !== MAP_NONE) visit(g << MAP_SHIFT, k);
      }
    }
  }
}

/** Map entries inside chunks that are free (stale entries: an object freed without clearing its
 * entry, or a chunk given back with objects in it). Returns the first such address, or 0. */
export function firstEntryInFreeChunk(): number {
  const nchunks = heap.limit >>> CHUNK_BITS;
  for (let c = 1; c < nchunks; c++) {
    if (chunkKind[c] !== 0) continue;
    const w0 = c * WORDS_PER_CHUNK;
    for (let w = w0; w < w0 + WORDS_PER_CHUNK; w++) {
      if (objmap32[w] !== 0) {
        for (let g = w << 2; g < (w << 2) + 4; g++) if (objmap[g] !== MAP_NONE) return g << MAP_SHIFT;
      }
    }
  }
  return 0;
}
