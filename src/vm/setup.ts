// Wiring done once per run: the cyclic collector's hooks, debug modes (--verify-heap,
// --stress-gc), and the --stats / --check-leaks reports printed at exit.

import { I32, T_TUPLE, T_GENERATOR, rcStats } from '../runtime/object.js';
import { genFinalize } from './generator.js';
import { installCollector, collectHooks, collect, gcStats } from '../runtime/gc/collect.js';
import { gcState, listLength, permanentRoots } from '../runtime/gc/generations.js';
import { callFinalizer } from '../runtime/types.js';
import { clearFloatFreeList, floatFreeListSize } from '../runtime/objects/float.js';
import { clearTupleFreeLists, tupleFreeListSizes, tupleMaybeUntrack } from '../runtime/objects/tuple.js';
import { clearListFreeList, listFreeListSize } from '../runtime/objects/list.js';
import { clearDictFreeList, dictFreeListSize, dictIsAtomic } from '../runtime/objects/dict.js';
import { sysState, sysDictCopyAddr, sysDictRef } from '../runtime/modules/sys.js';
import { statsSnapshot, formatFreeListLine } from '../runtime/mem/stats.js';
import { stderrWrite, flushStdout } from '../runtime/builtins/io.js';
import { vmState, topmostExc } from './frame.js';
import { raise, EXC } from '../runtime/objects/exception.js';
import { configureThreads, threadStats } from './scheduler.js';
import { verifyObjects, installDebugModes, afterCollection, verifyFailure, debugModes } from '../runtime/gc/verify.js';
import { findLeaks, formatLeakReport } from '../runtime/gc/leaks.js';
import { interp } from './interpreter.js';

export interface RuntimeFlags {
  stats: boolean;
  trace: string | null;
  clock: 'real' | 'virtual';
  checkLeaks: boolean;
  verifyHeap: boolean;
  stressGc: boolean;
}

const gcTime = [0, 0, 0];

export function configureRuntime(flags: RuntimeFlags): void {
  installCollector();
  collectHooks.callFinalizer = (a) => (I32[(a >> 2) + 1] === T_GENERATOR ? genFinalize(a) : callFinalizer(a));
  collectHooks.clearFreeLists = () => {
    clearTupleFreeLists();
    clearFloatFreeList();
    clearListFreeList();
    clearDictFreeList();
  };
  collectHooks.tupleMaybeUntrack = tupleMaybeUntrack;
  collectHooks.dictIsAtomic = dictIsAtomic;
  collectHooks.onCollect = (gen, _m, _n, ms) => {
    gcTime[gen] += ms;
    afterCollection();
  };
  sysState.recursionLimitGetter = () => vmState.recursionLimit;
  sysState.recursionLimitSetter = (n) => {
    // a limit the running code is already past is refused (sys_setrecursionlimit_impl)
    const depth = vmState.ts.depth;
    if (depth >= n) throw raise(EXC.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
    vmState.recursionLimit = n;
  };
  sysState.excInfo = () => topmostExc(vmState.ts);
  sysState.extraMallocStats = () => {
    const lines = [formatFreeListLine('PyDictObject', dictFreeListSize(), 64), formatFreeListLine('PyFloatObject', floatFreeListSize(), 16),
      formatFreeListLine('PyListObject', listFreeListSize(), 48)];
    tupleFreeListSizes().forEach((n, size) => {
      if (size > 0) lines.push(formatFreeListLine(`${size}-sized PyTupleObject`, n, 32 + 4 * size));
    });
    return lines;
  };
  verifyFailure.report = (msg) => {
    flushStdout();
    stderrWrite(`pyvm: ${msg}\n`);
    process.exit(3);
  };
  installDebugModes({ verify: flags.verifyHeap, stress: flags.stressGc });
  // threads, GIL, clocks and --trace (wraps collectHooks.onCollect: keep this last)
  configureThreads(flags);
  void T_TUPLE;
}

/** The allocator part of --stats: arenas, pools per size class, blocks, bytes. */
function formatAllocatorStats(): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const s = statsSnapshot() as any;
  const sm = s.small, lg = s.large;
  const n = (v: number) => v.toLocaleString('en-US');
  let out = `allocator: ${n(s.allocatedBlocks)} blocks in use (mallocs ${n(s.mallocs)}, frees ${n(s.frees)})\n`;
  out += `  arenas (1 MiB): current ${sm.arenasCurrent}, highwater ${sm.arenasHighwater}, allocated total ${sm.arenasAllocatedTotal}, reclaimed ${sm.arenasReclaimed}\n`;
  out += `  small blocks: ${n(sm.blocksInUse)} in ${sm.poolsInUse} pools (16 KiB), ${n(sm.bytesInUse)} bytes\n`;
  out += '  class  size  pools  blocks in use  avail blocks\n';
  for (const c of sm.classes) out += `  ${String(c.index).padStart(5)} ${String(c.size).padStart(5)} ${String(c.pools).padStart(6)} ${String(c.blocksInUse).padStart(14)} ${String(c.availBlocks).padStart(13)}\n`;
  out += `  large blocks: ${n(lg.blocks)} blocks, ${n(lg.bytes)} bytes in ${lg.chunks} chunks\n`;
  return out;
}

/** Print --stats / --check-leaks reports; returns the final exit status. */
export function printStats(flags: RuntimeFlags, status: number): number {
  if (flags.checkLeaks && !gcState.collecting) {
    // The final full collection of interpreter finalization (CPython's finalize_modules).
    try {
      collect(2);
    } catch (e) {
      stderrWrite(`pyvm: the final collection failed: ${(e as Error).message}\n`);
      return status || 3;
    }
    flushStdout();
  }
  if (flags.verifyHeap) {
    try {
      verifyObjects(true);
    } catch (e) {
      stderrWrite(`pyvm: heap verification failed at exit: ${(e as Error).message}\n`);
      return status || 3;
    }
  }
  if (flags.checkLeaks) {
    // The VM's permanent roots: builtins, sys.modules (every module still imported), and sys's
    // initial dict kept for shutdown (CPython's interp->sysdict_copy).
    const report = findLeaks([interp.builtinsModule, interp.builtinsDict, interp.sysModules, sysDictCopyAddr(), sysDictRef.d, ...permanentRoots].filter((a) => a !== 0));
    stderrWrite(formatLeakReport(report));
    if (report.leakedObjects !== 0 || report.rawBlocks !== 0) status = status || 4;
  }
  if (flags.stats) {
    let out = '\n=== pyvm --stats ===\n';
    out += formatAllocatorStats();
    out += `refcount: deallocations=${rcStats.deallocs} deferred by the trashcan=${rcStats.deferred} ` +
      '(increfs/decrefs are not counted: they are inlined in the eval loop)\n';
    gcStats.forEach((g, i) => {
      out += `gc generation ${i}: collections=${g.collections} collected=${g.collected} uncollectable=${g.uncollectable} time=${gcTime[i].toFixed(3)}ms\n`;
    });
    out += `gc tracked objects: ${gcState.generations.map((g) => listLength(g.head)).join(' ')}\n`;
    if (flags.stressGc || flags.verifyHeap) {
      out += `debug modes: stress collections=${debugModes.stressCollections} heap verifications=${debugModes.verifications} ` +
        `(one per ${debugModes.verifyEvery} collections at the end)\n`;
    }
    out += threadStats();
    stderrWrite(out);
  }
  return status;
}
