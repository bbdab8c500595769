// Tests of the memory allocator (src/runtime/mem): random operation sequences checked against a
// model, CPython's policies (cpython-facts.md §1), out-of-memory, the verifier itself, and the
// layout of sys._debugmallocstats().
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fc from 'fast-check';
import {
  initAddressSpace, heap, chunksOfKind, chunkCount, CHUNK_SIZE, CHUNK_ARENA, CHUNK_LARGE, CHUNK_BUMP, CHUNK_FREE,
  HEAP_LIMIT_DEFAULT, POISON_BYTE,
} from '../src/runtime/mem/addressspace.js';
import {
  pymalloc, pyfree, pyrealloc, pycalloc, blockSize, addressInRange, obmallocStats, obmallocState,
  NUMBLOCKS, INDEX2SIZE, NB_SMALL_SIZE_CLASSES, POOL_SIZE, POOL_OVERHEAD, MAX_POOLS_IN_ARENA, ARENA_SIZE,
  POOL_REFCOUNT, POOL_FREEBLOCK, POOL_NEXTPOOL, POOL_PREVPOOL, POOL_ARENAINDEX, POOL_SZIDX, POOL_NEXTOFFSET,
  POOL_MAXNEXTOFFSET, POOL_HEADER_FIELDS_END,
} from '../src/runtime/mem/obmalloc.js';
import {
  largeStats, LB_SIZEFLAGS, LB_PREVSIZE, LB_NEXTFREE, LB_PREVFREE, LARGE_HEADER, RG_NCHUNKS, RG_NEXT, RG_PREV,
  RG_MAGIC, RG_END, REGION_HEADER,
} from '../src/runtime/mem/large.js';
import {
  debugMallocStats, getAllocatedBlocks, statsSnapshot, formatStatLine, formatFreeListLine,
} from '../src/runtime/mem/stats.js';
import { verifyHeap, setPoisonFreed, POISON_FREED } from '../src/runtime/mem/verify.js';
import * as bump from '../src/runtime/mem/bump.js';

const MiB = 1 << 20;

// ---- A model of the live blocks, with a byte pattern written into each -------------------------------
interface Live { size: number; tag: number }

function fill(addr: number, size: number, tag: number): void {
  heap.u8.fill(tag, addr, addr + size);
}

/** The block still holds its pattern (every byte of small blocks; a stride through big ones). */
function holds(addr: number, size: number, tag: number): boolean {
  const u8 = heap.u8;
  const step = size <= 4096 ? 1 : 61;
  for (let i = 0; i < size; i += step) if (u8[addr + i] !== tag) return false;
  return size === 0 || u8[addr + size - 1] === tag;
}

function checkModel(live: Map<number, Live>): void {
  const addrs = [...live.keys()].sort((a, b) => a - b);
  for (let i = 0; i < addrs.length; i++) {
    const a = addrs[i]!;
    const { size, tag } = live.get(a)!;
    expect(a % 16, `block ${a} is 16-byte aligned`).toBe(0);
    expect(blockSize(a), `blockSize(${a}) >= requested ${size}`).toBeGreaterThanOrEqual(size);
    if (i + 1 < addrs.length) expect(a + blockSize(a), `block ${a} overlaps the next`).toBeLessThanOrEqual(addrs[i + 1]!);
    expect(holds(a, size, tag), `block ${a} kept its pattern`).toBe(true);
  }
  expect(getAllocatedBlocks()).toBe(live.size);
  const snap = statsSnapshot();
  const large = addrs.filter((a) => !addressInRange(a));
  expect(snap.large.blocks).toBe(large.length);
  expect(snap.large.bytes).toBe(large.reduce((n, a) => n + blockSize(a), 0));
  expect(snap.small.blocksInUse).toBe(live.size - large.length);
  expect(snap.small.bytesInUse).toBe(addrs.filter(addressInRange).reduce((n, a) => n + blockSize(a), 0));
}

function freeAllAndCheckReturned(live: Map<number, Live>): void {
  for (const [a, { size, tag }] of live) {
    expect(holds(a, size, tag)).toBe(true);
    pyfree(a);
  }
  live.clear();
  verifyHeap();
  expect(getAllocatedBlocks()).toBe(0);
  // Every arena but the last usable one is given back; every large region but one cached chunk.
  expect(obmallocStats.arenasCurrent).toBeLessThanOrEqual(1);
  expect(chunksOfKind[CHUNK_ARENA]).toBe(obmallocStats.arenasCurrent);
  expect(largeStats.chunks).toBeLessThanOrEqual(1);
  expect(chunksOfKind[CHUNK_LARGE]).toBe(largeStats.chunks);
}

type Op =
  | { kind: 'alloc'; size: number; zero: boolean }
  | { kind: 'free'; pick: number }
  | { kind: 'realloc'; pick: number; size: number };

const sizeArb = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 512 }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 513, max: 8192 }) },
  { weight: 1, arbitrary: fc.integer({ min: 8193, max: 300_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: MiB - 64, max: 3 * MiB }) },
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('alloc' as const), size: sizeArb, zero: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('realloc' as const), pick: fc.nat(), size: sizeArb }) },
);

function runOps(ops: Op[], live: Map<number, Live>, order: number[]): void {
  let tag = 1;
  const nextTag = () => (tag = (tag % 250) + 1);
  for (const op of ops) {
    if (op.kind === 'alloc') {
      const a = op.zero ? pycalloc(op.size) : pymalloc(op.size);
      if (a === 0) continue; // heap limit reached: allowed, and must not throw
      expect(live.has(a), 'a live block is handed out twice').toBe(false);
      if (op.zero) expect(holds(a, op.size, 0)).toBe(true);
      const t = nextTag();
      fill(a, op.size, t);
      live.set(a, { size: op.size, tag: t });
      order.push(a);
    } else if (order.length > 0) {
      const i = op.pick % order.length;
      const a = order[i]!;
      const { size, tag: t } = live.get(a)!;
      expect(holds(a, size, t), 'pattern intact before free/realloc').toBe(true);
      if (op.kind === 'free') {
        pyfree(a);
        live.delete(a);
        order.splice(i, 1);
      } else {
        const b = pyrealloc(a, op.size);
        if (b === 0) {
          expect(holds(a, size, t), 'a failed realloc leaves the block intact').toBe(true);
          continue;
        }
        expect(holds(b, Math.min(size, op.size), t), 'realloc keeps the contents').toBe(true);
        live.delete(a);
        const nt = nextTag();
        fill(b, op.size, nt);
        live.set(b, { size: op.size, tag: nt });
        order[i] = b;
      }
    }
  }
}

// ---- Tests -------------------------------------------------------------------------------------------
beforeEach(() => initAddressSpace(256 * MiB));
afterEach(() => {
  if (POISON_FREED) setPoisonFreed(false);
});

describe('layouts', () => {
  it('pool header fields are contiguous words that fit POOL_OVERHEAD', () => {
    const fields = [POOL_REFCOUNT, POOL_FREEBLOCK, POOL_NEXTPOOL, POOL_PREVPOOL, POOL_ARENAINDEX, POOL_SZIDX,
      POOL_NEXTOFFSET, POOL_MAXNEXTOFFSET];
    fields.forEach((off, i) => expect(off).toBe(4 * i));
    expect(POOL_HEADER_FIELDS_END).toBe(4 * fields.length);
    expect(POOL_HEADER_FIELDS_END).toBeLessThanOrEqual(POOL_OVERHEAD);
    expect(POOL_OVERHEAD % 16).toBe(0);
    expect(POOL_OVERHEAD).toBe(48);
    expect(MAX_POOLS_IN_ARENA).toBe(64);
    expect(ARENA_SIZE).toBe(CHUNK_SIZE);
  });

  it('large block and region headers are contiguous words that keep payloads 16-byte aligned', () => {
    [LB_SIZEFLAGS, LB_PREVSIZE, LB_NEXTFREE, LB_PREVFREE].forEach((off, i) => expect(off).toBe(4 * i));
    expect(LARGE_HEADER).toBe(16);
    [RG_NCHUNKS, RG_NEXT, RG_PREV, RG_MAGIC, RG_END].forEach((off, i) => expect(off).toBe(4 * i));
    expect(RG_END + 4).toBeLessThanOrEqual(REGION_HEADER);
    expect(REGION_HEADER % 16).toBe(0);
  });

  it('size classes and blocks per pool are CPython\'s (cpython-facts.md §1.1)', () => {
    expect(NB_SMALL_SIZE_CLASSES).toBe(32);
    const expected = [1021, 510, 340, 255, 204, 170, 145, 127, 113, 102, 92, 85, 78, 72, 68, 63, 60, 56, 53, 51,
      48, 46, 44, 42, 40, 39, 37, 36, 35, 34, 32, 31];
    expect(Array.from({ length: 32 }, (_, i) => NUMBLOCKS(i))).toEqual(expected);
    for (let n = 1; n <= 512; n++) {
      const a = pymalloc(n);
      expect(blockSize(a)).toBe(INDEX2SIZE((n - 1) >> 4));
      pyfree(a);
    }
  });
});

describe('random operation sequences', () => {
  it('keep blocks disjoint, aligned, big enough and intact; the heap verifies; stats equal a recount', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 250 }), (ops) => {
        initAddressSpace(96 * MiB);
        const live = new Map<number, Live>();
        runOps(ops, live, []);
        verifyHeap();
        checkModel(live);
        freeAllAndCheckReturned(live);
      }),
      { numRuns: 120 },
    );
  });

  it('survive a long seeded run of small and large blocks, verified as it goes', () => {
    initAddressSpace(256 * MiB);
    let seed = 0x2545f491;
    const rand = (n: number) => {
      seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const ops: Op[] = [];
    for (let i = 0; i < 60_000; i++) {
      const r = rand(100);
      const size = r < 2 ? 513 + rand(20_000) : 1 + rand(512);
      if (r < 55) ops.push({ kind: 'alloc', size, zero: false });
      else if (r < 90) ops.push({ kind: 'free', pick: rand(1 << 30) });
      else ops.push({ kind: 'realloc', pick: rand(1 << 30), size });
    }
    const live = new Map<number, Live>();
    const order: number[] = [];
    for (let i = 0; i < ops.length; i += 10_000) {
      runOps(ops.slice(i, i + 10_000), live, order);
      verifyHeap();
    }
    checkModel(live);
    freeAllAndCheckReturned(live);
  });

  it('pass the verifier with POISON_FREED on, which also sees every free block still poisoned', () => {
    setPoisonFreed(true);
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 120 }), (ops) => {
        initAddressSpace(96 * MiB);
        const live = new Map<number, Live>();
        runOps(ops, live, []);
        verifyHeap();
        freeAllAndCheckReturned(live);
      }),
      { numRuns: 40 },
    );
  });
});

describe('CPython policies', () => {
  it('reuses the last freed block first (LIFO free list)', () => {
    const a = pymalloc(100);
    const b = pymalloc(100);
    pyfree(a);
    pyfree(b);
    expect(pymalloc(100)).toBe(b);
    expect(pymalloc(100)).toBe(a);
  });

  it('carves blocks lazily: block 0 at offset 48, the next one right after', () => {
    const a = pymalloc(64);
    const b = pymalloc(64);
    expect(a % POOL_SIZE).toBe(POOL_OVERHEAD);
    expect(b).toBe(a + 64);
  });

  it('puts a full pool that gets a free at the front of usedpools, so it is used first', () => {
    const per = NUMBLOCKS(2); // 48-byte blocks
    const first = Array.from({ length: per }, () => pymalloc(48));
    const pool1 = first[0]! & ~(POOL_SIZE - 1);
    expect(first.every((a) => (a & ~(POOL_SIZE - 1)) === pool1)).toBe(true);
    const other = pymalloc(48); // pool 1 is full: a second pool
    const pool2 = other & ~(POOL_SIZE - 1);
    expect(pool2).not.toBe(pool1);
    const x = first[137]!;
    pyfree(x);
    expect(obmallocState().usedpools[2]).toBe(pool1);
    expect(pymalloc(48)).toBe(x);
    expect(pymalloc(48) & ~(POOL_SIZE - 1)).toBe(pool2); // pool 1 is full again
    verifyHeap();
  });

  it('counts 1000 allocations as 1000 allocated blocks (sys.getallocatedblocks)', () => {
    pymalloc(24);
    const before = getAllocatedBlocks();
    const blocks = Array.from({ length: 1000 }, (_, i) => pymalloc(16 + (i % 3) * 8));
    expect(getAllocatedBlocks() - before).toBe(1000);
    const list = pymalloc(8 * 1000); // a list's item array is a large block: one more
    expect(getAllocatedBlocks() - before).toBe(1001);
    blocks.forEach(pyfree);
    pyfree(list);
    expect(getAllocatedBlocks()).toBe(before);
  });

  it('gives back all arenas but one after 500k 16-byte blocks are freed (§1.5)', () => {
    const blocks = new Int32Array(500_000);
    for (let i = 0; i < blocks.length; i++) blocks[i] = pymalloc(16);
    // 64 pools x 1021 blocks per arena (no pool lost to alignment): 500k blocks need 8 arenas.
    expect(obmallocStats.arenasAllocatedTotal).toBe(Math.ceil(500_000 / (64 * 1021)));
    expect(obmallocStats.arenasCurrent).toBe(8);
    verifyHeap();
    for (let i = 0; i < blocks.length; i++) pyfree(blocks[i]!);
    verifyHeap();
    expect(obmallocStats.arenasReclaimed).toBe(7);
    expect(obmallocStats.arenasCurrent).toBe(1);
    expect(obmallocStats.arenasHighwater).toBe(8);
    expect(chunksOfKind[CHUNK_ARENA]).toBe(1);
  });

  it('takes new pools from the arena with the fewest free pools (usable_arenas order)', () => {
    const per = 64 * 1021;
    const blocks = Array.from({ length: 3 * per }, () => pymalloc(16));
    const arenaOf = (a: number) => a - (a % ARENA_SIZE);
    const [A, B, C] = [arenaOf(blocks[0]!), arenaOf(blocks[per]!), arenaOf(blocks[2 * per]!)];
    expect(new Set([A, B, C]).size).toBe(3);
    const freePools = (arena: number, pools: number) => {
      for (const a of blocks) if (arenaOf(a) === arena && (a - arena) / POOL_SIZE < pools) pyfree(a);
    };
    freePools(A, 10); // A: 10 free pools
    freePools(C, 5); // C: 5 free pools
    freePools(B, 2); // B: 2 free pools -- the fullest, so it goes first
    verifyHeap();
    const s = obmallocState();
    const order: number[] = [];
    for (let a = s.usableArenas; a >= 0; a = s.arenaNextarena[a]!) order.push(s.arenaAddress[a]!);
    expect(order).toEqual([B, C, A]);
    expect(arenaOf(pymalloc(32))).toBe(B); // a new 32-byte pool comes from B
    expect(arenaOf(pymalloc(48))).toBe(B);
    verifyHeap();
  });

  it('moves an arena right past the arenas it now has more free pools than (nfp2lasta, case 3)', () => {
    const per = 64 * 1021;
    const blocks = Array.from({ length: 4 * per }, () => pymalloc(16));
    const arenaOf = (a: number) => a - (a % ARENA_SIZE);
    const arenas = [0, 1, 2, 3].map((i) => arenaOf(blocks[i * per]!));
    const freePool = (arena: number, pool: number) => {
      for (const a of blocks) if (arenaOf(a) === arena && Math.floor((a - arena) / POOL_SIZE) === pool) pyfree(a);
    };
    const usable = () => {
      const s = obmallocState();
      const out: Array<[number, number]> = [];
      for (let a = s.usableArenas; a >= 0; a = s.arenaNextarena[a]!) out.push([s.arenaAddress[a]!, s.arenaNfreepools[a]!]);
      return out;
    };
    const [A, B, C, D] = arenas as [number, number, number, number];
    freePool(D, 0);
    freePool(C, 0);
    freePool(B, 0);
    freePool(A, 0); // each new one-free-pool arena goes to the head
    expect(usable()).toEqual([[A, 1], [B, 1], [C, 1], [D, 1]]);
    freePool(B, 1); // B now has 2: it moves past D, the last arena with 1
    expect(usable()).toEqual([[A, 1], [C, 1], [D, 1], [B, 2]]);
    verifyHeap();
    freePool(D, 1); // D has 2: moves past nothing but stays before B (ties keep their place)
    expect(usable()).toEqual([[A, 1], [C, 1], [D, 2], [B, 2]]);
    freePool(A, 1);
    freePool(A, 2); // A: 3 free pools, the emptiest: last
    expect(usable()).toEqual([[C, 1], [D, 2], [B, 2], [A, 3]]);
    verifyHeap();
    expect(arenaOf(pymalloc(32))).toBe(C);
    expect(usable()).toEqual([[D, 2], [B, 2], [A, 3]]);
    verifyHeap();
  });

  it('keeps every list and counter sound through heavy churn over many arenas', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    const live: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 150_000; i++) live.push(pymalloc(1 + (rand(8) === 0 ? rand(512) : rand(64))));
      for (let i = live.length - 1; i > 0; i--) { const j = rand(i + 1); [live[i], live[j]] = [live[j]!, live[i]!]; }
      const keep = Math.floor(live.length * (round === 3 ? 0 : 0.3));
      for (const a of live.splice(keep)) pyfree(a);
      verifyHeap();
    }
    expect(getAllocatedBlocks()).toBe(0);
    expect(obmallocStats.arenasCurrent).toBe(1);
    expect(obmallocStats.arenasReclaimed).toBe(obmallocStats.arenasAllocatedTotal - 1);
  });

  it('keeps the last wholly free arena, so a malloc/free loop does not churn arenas (bpo-37257)', () => {
    for (let i = 0; i < 1000; i++) pyfree(pymalloc(200));
    expect(obmallocStats.arenasAllocatedTotal).toBe(1);
    expect(obmallocStats.arenasCurrent).toBe(1);
  });

  it('reallocs in place when the new size fits and is more than 3/4 of the block', () => {
    const a = pymalloc(64);
    fill(a, 64, 7);
    expect(pyrealloc(a, 49)).toBe(a); // 4 * 49 > 3 * 64
    expect(pyrealloc(a, 64)).toBe(a);
    const b = pyrealloc(a, 48); // 4 * 48 == 3 * 64: shrink by a quarter moves
    expect(b).not.toBe(a);
    expect(blockSize(b)).toBe(48);
    expect(holds(b, 48, 7)).toBe(true);
    const c = pyrealloc(b, 2000); // grows into a large block
    expect(addressInRange(c)).toBe(false);
    expect(holds(c, 48, 7)).toBe(true);
    verifyHeap();
  });
});

describe('large blocks', () => {
  it('coalesce with free neighbours; a wholly free region stays as the one cached chunk', () => {
    const [a, b, c] = [pymalloc(2000), pymalloc(2000), pymalloc(2000)];
    expect(b).toBe(a + blockSize(a) + LARGE_HEADER);
    expect(c).toBe(b + blockSize(b) + LARGE_HEADER);
    pyfree(b);
    verifyHeap();
    pyfree(a);
    verifyHeap();
    pyfree(c);
    verifyHeap();
    expect(largeStats.regions).toBe(1);
    expect(chunksOfKind[CHUNK_LARGE]).toBe(1);
    expect(pymalloc(2000)).toBe(a);
  });

  it('grow in place into a free neighbour and shrink in place', () => {
    const a = pymalloc(1000);
    fill(a, 1000, 9);
    expect(pyrealloc(a, 5000)).toBe(a);
    expect(blockSize(a)).toBeGreaterThanOrEqual(5000);
    expect(holds(a, 1000, 9)).toBe(true);
    expect(pyrealloc(a, 600)).toBe(a);
    expect(blockSize(a)).toBe(608);
    expect(pyrealloc(a, 100)).toBe(a); // a large block stays large, as CPython's raw realloc
    verifyHeap();
  });

  it('huge blocks get dedicated chunks, grow and shrink in place, and give all chunks back on free', () => {
    const h = pymalloc(3 * MiB);
    expect(blockSize(h)).toBeGreaterThanOrEqual(3 * MiB);
    expect(largeStats.chunks).toBe(4); // 3 MiB + headers need a fourth chunk
    fill(h, 3 * MiB, 5);
    const small = pymalloc(5000); // does not land in the huge block's region
    expect(Math.floor(small / CHUNK_SIZE) - Math.floor(h / CHUNK_SIZE)).not.toBeLessThan(0);
    expect(pyrealloc(h, 3.5 * MiB)).toBe(h);
    expect(pyrealloc(h, 1.5 * MiB)).toBe(h);
    expect(largeStats.chunks).toBe(2 + 1);
    expect(holds(h, 1.5 * MiB, 5)).toBe(true);
    verifyHeap();
    const moved = pyrealloc(h, 100_000); // fits one chunk now: moves to a shared region
    expect(moved).not.toBe(h);
    expect(holds(moved, 100_000, 5)).toBe(true);
    expect(largeStats.chunks).toBe(1);
    verifyHeap();
    const h2 = pymalloc(5 * MiB);
    pyfree(h2);
    expect(largeStats.chunks).toBe(1);
    verifyHeap();
  });

  it('refuse a double free or a stray address with an Error', () => {
    const a = pymalloc(1000);
    pyfree(a);
    expect(() => pyfree(a)).toThrow(/not the address of a live block/);
    expect(() => pyfree(a + 16)).toThrow(/not the address of a live block/);
    pyfree(0); // free(NULL) does nothing
  });
});

describe('out of memory', () => {
  it('returns 0 and never throws when the heap limit is reached', () => {
    initAddressSpace(4 * MiB); // the NULL chunk + 3 usable chunks
    expect(chunkCount()).toBe(4);
    let n = 0;
    let last = 0;
    for (;;) {
      const a = pymalloc(16);
      if (a === 0) break;
      last = a;
      n++;
    }
    expect(n).toBe(3 * 64 * 1021);
    expect(pymalloc(1)).toBe(0);
    expect(pymalloc(1000)).toBe(0);
    expect(pymalloc(0)).toBe(0);
    expect(pycalloc(100)).toBe(0);
    fill(last, 16, 3);
    expect(pyrealloc(last, 32)).toBe(0);
    expect(holds(last, 16, 3)).toBe(true);
    verifyHeap();
    pyfree(last);
    expect(pymalloc(16)).toBe(last);
    verifyHeap();
  });

  it('returns 0 for requests no heap could hold, and for nonsense sizes', () => {
    expect(pymalloc(2 ** 31)).toBe(0);
    expect(pymalloc(2 ** 32 + 1)).toBe(0);
    expect(pymalloc(HEAP_LIMIT_DEFAULT)).toBe(0);
    expect(pymalloc(-1)).toBe(0);
    expect(pymalloc(Number.NaN)).toBe(0);
    const a = pymalloc(1000);
    expect(pyrealloc(a, 2 ** 40)).toBe(0);
    initAddressSpace(8 * MiB);
    const big: number[] = [];
    for (let a = pymalloc(MiB); a !== 0; a = pymalloc(MiB)) big.push(a);
    expect(big.length).toBe(3); // each takes two chunks: 1 MiB plus headers
    verifyHeap();
  });

  it('rejects a heap limit outside the reservation with a RangeError', () => {
    expect(() => initAddressSpace(MiB)).toThrow(RangeError);
    expect(() => initAddressSpace(2 ** 31)).toThrow(RangeError);
  });
});

describe('verifyHeap', () => {
  it('names the broken invariant: a cycle in a pool free list', () => {
    const [a, b, c] = [pymalloc(32), pymalloc(32), pymalloc(32)];
    pyfree(a);
    pyfree(b);
    heap.i32[a >> 2] = b; // b -> a -> b
    expect(() => verifyHeap()).toThrow(/free list has a cycle or a duplicate/);
    void c;
  });

  it('names the broken invariant: a free-list link outside the pool', () => {
    const a = pymalloc(32);
    pymalloc(32);
    pyfree(a);
    heap.i32[a >> 2] = a + POOL_SIZE;
    expect(() => verifyHeap()).toThrow(/free list leaves the carved part of the pool/);
  });

  it('names the broken invariant: a misaligned free block', () => {
    const a = pymalloc(48);
    pymalloc(48);
    pyfree(a);
    heap.i32[(a & ~(POOL_SIZE - 1)) + POOL_FREEBLOCK >> 2] = a + 16;
    expect(() => verifyHeap()).toThrow(/not aligned to the block size/);
  });

  it('names the broken invariant: ref.count disagrees with the free list', () => {
    const a = pymalloc(32);
    heap.i32[((a & ~(POOL_SIZE - 1)) + POOL_REFCOUNT) >> 2] = 5;
    expect(() => verifyHeap()).toThrow(/ref.count 5 \+ free-list length/);
  });

  it('names the broken invariant: a counter differs from a recount', () => {
    pymalloc(32);
    obmallocStats.mallocs++;
    expect(() => verifyHeap()).toThrow(/mallocs - frees/);
  });

  it('names the broken invariant: a damaged large block header', () => {
    const a = pymalloc(2000);
    pymalloc(2000);
    heap.i32[(a - LARGE_HEADER + LB_PREVSIZE) >> 2] = 32;
    expect(() => verifyHeap()).toThrow(/prevsize/);
  });

  it('names the broken invariant: a write into a poisoned free block', () => {
    setPoisonFreed(true);
    const a = pymalloc(64);
    pymalloc(64);
    pyfree(a);
    for (let i = 4; i < 64; i++) expect(heap.u8[a + i]).toBe(POISON_BYTE);
    verifyHeap();
    heap.u8[a + 10] = 1;
    expect(() => verifyHeap()).toThrow(/written after it was freed/);
  });
});

describe('debugMallocStats', () => {
  it('formats lines as CPython 3.11 does (cpython-facts.md §1.6 sample)', () => {
    expect(formatStatLine('# arenas allocated total', 4)).toBe('# arenas allocated total           =                    4\n');
    expect(formatStatLine('# bytes in allocated blocks', 3_494_400)).toBe('# bytes in allocated blocks        =            3,494,400\n');
    expect(formatStatLine('4 arenas * 1048576 bytes/arena', 4_194_304)).toBe('4 arenas * 1048576 bytes/arena     =            4,194,304\n');
    expect(formatStatLine('17 unused pools * 16384 bytes', 278_528)).toBe('17 unused pools * 16384 bytes      =              278,528\n');
    expect(formatFreeListLine('PyFloatObject', 4, 24)).toBe('           4 free PyFloatObjects * 24 bytes each =                   96');
    expect(formatFreeListLine('PyListObject', 40, 40)).toBe('           40 free PyListObjects * 40 bytes each =                1,600');
  });

  it('prints the real allocator state in CPython\'s layout (golden)', () => {
    initAddressSpace(64 * MiB);
    const tiny = Array.from({ length: 100 }, () => pymalloc(16));
    for (let i = 0; i < 1100; i++) pymalloc(32); // 3 pools of 510
    for (let i = 0; i < 50; i++) pymalloc(512); // 2 pools of 31
    for (let i = 0; i < 5; i++) pymalloc(1000); // large: 5 x 1008 usable bytes
    tiny.forEach((a, i) => { if (i % 2 === 0) pyfree(a); });
    const text = debugMallocStats([formatFreeListLine('PyFloatObject', 4, 24)]);
    expect(text).toBe(
      'Small block threshold = 512, in 32 size classes.\n' +
      '\n' +
      'class   size   num pools   blocks in use  avail blocks\n' +
      '-----   ----   ---------   -------------  ------------\n' +
      '    0     16           1              50           971\n' +
      '    1     32           3            1100           430\n' +
      '   31    512           2              50            12\n' +
      '\n' +
      '# arenas allocated total           =                    1\n' +
      '# arenas reclaimed                 =                    0\n' +
      '# arenas highwater mark            =                    1\n' +
      '# arenas allocated current         =                    1\n' +
      '1 arenas * 1048576 bytes/arena     =            1,048,576\n' +
      '\n' +
      '# bytes in allocated blocks        =               61,600\n' + // 50*16 + 1100*32 + 50*512
      '# bytes in available blocks        =               35,440\n' + // 971*16 + 430*32 + 12*512
      '58 unused pools * 16384 bytes      =              950,272\n' +
      '# bytes lost to pool headers       =                  288\n' + // 6 pools * 48
      '# bytes lost to quantization       =                  976\n' + // 3*(16336%32) + 2*(16336%512)
      '# bytes lost to arena alignment    =                    0\n' +
      'Total                              =            1,048,576\n' +
      '\n' +
      'large blocks (> 512 bytes; CPython leaves these to the system malloc)\n' +
      '# large blocks in use              =                    5\n' +
      '# bytes in large blocks            =                5,040\n' +
      '# large regions                    =                    1\n' +
      '1 chunks * 1048576 bytes/chunk     =            1,048,576\n' +
      '\n' +
      '           4 free PyFloatObjects * 24 bytes each =                   96\n',
    );
  });

  it('adds up to narenas * ARENA_SIZE after churn that reclaims arenas', () => {
    const blocks = Array.from({ length: 200_000 }, (_, i) => pymalloc(1 + (i % 512)));
    blocks.forEach((a, i) => { if (i % 7 !== 0) pyfree(a); });
    const text = debugMallocStats();
    const num = (label: string) => Number(text.split('\n').find((l) => l.startsWith(label))!.split('=')[1]!.replace(/,/g, ''));
    const arenas = num('# arenas allocated current');
    expect(num('Total')).toBe(arenas * ARENA_SIZE);
    expect(num('# arenas reclaimed')).toBe(num('# arenas allocated total') - arenas);
    expect(statsSnapshot().small.arenasCurrent).toBe(arenas);
    verifyHeap();
  });
});

describe('bump allocator', () => {
  it('hands out aligned blocks from its own chunks and gives them back on reset', () => {
    const a = bump.pymalloc(10);
    const b = bump.pymalloc(100);
    expect(a % 16).toBe(0);
    expect(b % 16).toBe(0);
    expect(bump.blockSize(a)).toBe(16);
    expect(b).toBeGreaterThanOrEqual(a + 16);
    const big = bump.pymalloc(3 * MiB);
    expect(bump.blockSize(big)).toBeGreaterThanOrEqual(3 * MiB);
    fill(b, 100, 4);
    const c = bump.pyrealloc(b, 1000);
    expect(holds(c, 100, 4)).toBe(true);
    expect(chunksOfKind[CHUNK_BUMP]).toBeGreaterThan(0);
    bump.bumpReset();
    expect(chunksOfKind[CHUNK_BUMP]).toBe(0);
    expect(chunksOfKind[CHUNK_FREE]).toBe(chunkCount() - 1);
    verifyHeap();
  });
});
