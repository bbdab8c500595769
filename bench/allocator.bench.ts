// Allocator micro-benchmarks: pymalloc/pyfree against a bare free list on an Int32Array (the floor:
// TOOLCHAIN.md measures it at 5-6 ns per alloc+free pair) and against the bump allocator.
//
// Node 20 cannot run TypeScript directly and tsx is not installed, so compile first:
//   npx tsc --ignoreConfig --outDir /tmp/pyvm-bench --rootDir . --module nodenext --target es2022 \
//     --lib es2023 --skipLibCheck --types node src/runtime/mem/*.ts bench/allocator.bench.ts \
//   && echo '{"type":"module"}' > /tmp/pyvm-bench/package.json \
//   && ln -sfn "$PWD/node_modules" /tmp/pyvm-bench/node_modules \
//   && node /tmp/pyvm-bench/bench/allocator.bench.js            # add --benny for the benny suite
//
// The first part times plain loops (ns per operation, best of several rounds); `--benny` also runs the
// same cases as a benny suite and writes json/csv/chart.html to bench/results/ (relative to the cwd).

import { initAddressSpace } from '../src/runtime/mem/addressspace.js';
import * as ob from '../src/runtime/mem/obmalloc.js';
import * as bump from '../src/runtime/mem/bump.js';

type Case = { name: string; opsPerRun: number; run: () => void };

// ---- The floor: a free list threaded through an Int32Array, bump-carved ----------------------------
const FL_WORDS = 1 << 22;
const fl = new Int32Array(FL_WORDS);
let flHead = 0;
let flTop = 8;
function flAlloc(): number {
  const b = flHead;
  if (b !== 0) {
    flHead = fl[b >> 2]!;
    return b;
  }
  const t = flTop;
  flTop = t + 32;
  return t;
}
function flFree(b: number): void {
  fl[b >> 2] = flHead;
  flHead = b;
}

// ---- Cases -----------------------------------------------------------------------------------------
const BATCH = 1000;
const batch = new Int32Array(BATCH);
let sink = 0;

// Mixed sizes: a fixed pseudo-random table of small sizes and a ring of live blocks.
const MIX = 4096;
const mixSizes = new Int32Array(MIX);
let seed = 12345;
for (let i = 0; i < MIX; i++) {
  seed = (Math.imul(seed, 1103515245) + 12345) | 0;
  mixSizes[i] = 1 + ((seed >>> 8) % 512);
}
const ring = new Int32Array(1024);
let mixPos = 0;

const PAIRS = 1_000_000;

const cases: Case[] = [
  {
    name: 'bare Int32Array free list: alloc+free pair, 32 B',
    opsPerRun: PAIRS,
    run() {
      for (let i = 0; i < PAIRS; i++) { const a = flAlloc(); fl[(a >> 2) + 1] = i; flFree(a); }
    },
  },
  {
    name: 'pymalloc+pyfree pair, 32 B (another 32 B block live)',
    opsPerRun: PAIRS,
    run() {
      for (let i = 0; i < PAIRS; i++) { const a = ob.pymalloc(32); sink ^= a; ob.pyfree(a); }
    },
  },
  {
    name: 'pymalloc+pyfree pair, 48 B, no other 48 B block (pool emptied every time)',
    opsPerRun: PAIRS,
    run() {
      for (let i = 0; i < PAIRS; i++) { const a = ob.pymalloc(48); sink ^= a; ob.pyfree(a); }
    },
  },
  {
    name: 'bump pymalloc+pyfree pair, 32 B',
    opsPerRun: PAIRS,
    run() {
      bump.bumpReset();
      for (let i = 0; i < PAIRS; i++) { const a = bump.pymalloc(32); sink ^= a; bump.pyfree(a); }
    },
  },
  {
    name: `bare free list: ${BATCH} allocs then ${BATCH} frees, 32 B (per pair)`,
    opsPerRun: BATCH * 1000,
    run() {
      for (let r = 0; r < 1000; r++) {
        for (let i = 0; i < BATCH; i++) batch[i] = flAlloc();
        for (let i = 0; i < BATCH; i++) flFree(batch[i]!);
      }
    },
  },
  {
    name: `pymalloc: ${BATCH} allocs then ${BATCH} frees, 32 B (per pair)`,
    opsPerRun: BATCH * 1000,
    run() {
      for (let r = 0; r < 1000; r++) {
        for (let i = 0; i < BATCH; i++) batch[i] = ob.pymalloc(32);
        for (let i = 0; i < BATCH; i++) ob.pyfree(batch[i]!);
      }
    },
  },
  {
    name: 'pymalloc: mixed 1..512 B, 1024 live, replace one per op',
    opsPerRun: PAIRS,
    run() {
      for (let i = 0; i < PAIRS; i++) {
        const slot = i & 1023;
        ob.pyfree(ring[slot]!);
        ring[slot] = ob.pymalloc(mixSizes[mixPos]!);
        mixPos = (mixPos + 1) & (MIX - 1);
      }
    },
  },
  {
    name: 'large: alloc+free pair, 4 KiB',
    opsPerRun: PAIRS / 10,
    run() {
      for (let i = 0; i < PAIRS / 10; i++) { const a = ob.pymalloc(4096); sink ^= a; ob.pyfree(a); }
    },
  },
];

function timeCase(c: Case, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    c.run();
    const ns = Number(process.hrtime.bigint() - t0) / c.opsPerRun;
    if (ns < best) best = ns;
  }
  return best;
}

initAddressSpace(1 << 30);
// A live 32-byte block, as an interpreter always has: without it the one pool of the class would
// become empty at every free and go back to its arena (CPython does the same; the 48 B case shows it).
const keeper = ob.pymalloc(32);
for (const c of cases) timeCase(c, 3); // warm up every case first, so all are optimised alike
console.log(`node ${process.version}; best of 7 rounds, ns per operation`);
for (const c of cases) console.log(`${timeCase(c, 7).toFixed(2).padStart(8)} ns  ${c.name}`);
if (sink === 42) console.log('');

if (process.argv.includes('--benny')) {
  const { add, complete, cycle, save, suite } = await import('benny');
  const folder = `${process.cwd()}/bench/results`;
  await suite(
    'allocator',
    ...cases.map((c) => add(c.name, () => c.run())),
    cycle(),
    complete(),
    save({ file: 'allocator', folder, format: 'json' }),
    save({ file: 'allocator', folder, format: 'csv' }),
    save({ file: 'allocator', folder, format: 'chart.html' }),
  );
}
for (let i = 0; i < ring.length; i++) { ob.pyfree(ring[i]!); ring[i] = 0; }
ob.pyfree(keeper);
