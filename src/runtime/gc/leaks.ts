// The leak check (`pyvm run --check-leaks`): after exit -- __main__'s globals finalized, a final full
// collection done -- account for every block still in use, and list what is not accounted for.
//
// A block in use is accounted for when it is
//   - an object reachable from the permanent roots: the builtin (static) types, interned strings,
//     small ints, the one-character and empty strings, the empty tuple, the singletons (None, True,
//     False, NotImplemented, Ellipsis), and the roots the VM passes in (the builtins module and its
//     dict, sys.modules -- so every module still imported, its dict and all they reach);
//   - a dead object on a free list (refcount 0; objmap.ts);
//   - a raw block (list item array, dict/set table, frame locals) owned by an accounted object;
//   - a GC list head (the generation heads, and the collector's empty scratch lists).
// Everything else is a leak: live objects nothing reachable refers to (a reference was taken and
// never released) and raw blocks no object owns. The report groups leaked objects by type, and
// names the "origins": leaked objects whose refcount exceeds the references found to them in the
// heap, i.e. the ones held by a reference nobody will release -- the missing decref is about them;
// the other leaked objects are merely reachable from an origin.
//
// Reachability. The referents of an object are what its type's traverse visits, plus what traverse
// leaves out because it cannot form cycles: a heap type instance's reference to its class, a code
// object's constants and names (held in its JS-side record), and any word of the object that holds
// the address of an object (a conservative scan of the object's fields: a type's name, a module's
// name, a range's bounds...). Words known not to be references are not scanned: the payload of
// ints, floats, strs and bytes, a set's inline table (traverse covers it), a weak reference's
// referent and list links, and weaklist slots. The scan can only make more objects reachable, so it
// can hide a leak (a number that happens to equal an object's address) but never invent one.
//
// PYVM_LEAKS_DEBUG=1 also lists every leaked object with what it refers to (for hunting a leak).

import { I32, TYPES, type TypeInfo, GC_HEAD_SIZE, GC_NEXT, GC_PREV, T_CODE, T_INT, T_BOOL, T_FLOAT, T_STR, T_BYTES, T_SET,
  T_FROZENSET, T_WEAKREF, T_WEAKPROXY, T_DICT } from '../object.js';
import { heap } from '../mem/addressspace.js';
import { blockSize } from '../mem/obmalloc.js';
import { objmap, forEachMappedObject, MAP_GC, MAP_SHIFT } from './objmap.js';
import { describe, forEachAllocatedBlock } from './verify.js';
import { gcState } from './generations.js';
import { INTERNED, CHARS, EMPTY_STR } from '../objects/str.js';
import { SMALL_INTS, IMMORTAL_REFCNT } from '../objects/int.js';
import { EMPTY_TUPLE } from '../objects/tuple.js';
import { S } from '../abstract.js';
import { codeOf } from '../objects/function.js';
import { dictKeys } from '../objects/dict.js';
import { SET_SMALL, SET_OBJ_SIZE } from '../objects/set.js';
import { WR_REFERENT, WR_NEXT, WR_PREV } from './weakref.js';

export interface LeakGroup {
  type: string;
  objects: number;
  bytes: number;
}

export interface LeakReport {
  /** Blocks in use at the time of the check (objects, free-listed objects and raw blocks). */
  blocks: number;
  /** Live objects, and how many of them are reachable from the roots. */
  live: number;
  reachable: number;
  /** Free-listed (dead) objects. */
  freeListed: number;
  /** Leaked objects by type, most first. */
  groups: LeakGroup[];
  leakedObjects: number;
  /** Leaked objects held from outside the heap (refcount > references found), described. */
  origins: string[];
  /** Raw blocks that no object owns: count and bytes. */
  rawBlocks: number;
  rawBytes: number;
}

function baseIn(t: TypeInfo, ids: number[]): TypeInfo | null {
  for (let b: TypeInfo | null = t; b; b = b.base) if (!b.isHeap && ids.includes(b.id)) return b;
  return null;
}

const PAYLOAD_TYPES = [T_INT, T_BOOL, T_FLOAT, T_STR, T_BYTES];
const SET_TYPES = [T_SET, T_FROZENSET];
const WEAKREF_TYPES = [T_WEAKREF, T_WEAKPROXY];
const DICT_TYPES = [T_DICT];

/**
 * Visit every object `a` refers to (see "Reachability" above). `raw(addr)` is called with every word
 * that may be the address of a raw block the object owns.
 */
export function referents(a: number, visit: (c: number) => void, raw: (b: number) => void = () => {}): void {
  const w = a >> 2;
  const t = TYPES[I32[w + 1]!]!;
  if (t.isHeap) visit(t.addr);
  if (t.traverse) t.traverse(a, visit);
  // a dict's str keys (its traverse leaves them out, as CPython's: they cannot form cycles; a key
  // like 'os.path' in sys.modules is not interned, so nothing else reaches it)
  if (baseIn(t, DICT_TYPES)) for (const k of dictKeys(a)) visit(k);
  if (t.id === T_CODE) {
    const code = codeOf(a);
    if (code) {
      for (const x of code.consts) if (x !== 0) visit(x);
      for (const x of code.names) if (x !== 0) visit(x);
      for (const x of code.varnameStrs) if (x !== 0) visit(x);
      if (code.nameStr !== 0) visit(code.nameStr);
      if (code.qualnameStr !== 0) visit(code.qualnameStr);
    }
  }
  // Conservative scan of the fields.
  const kind = objmap[a >>> MAP_SHIFT];
  const words = (blockSize(kind === MAP_GC ? a - GC_HEAD_SIZE : a) - (kind === MAP_GC ? GC_HEAD_SIZE : 0)) >> 2;
  let from = 2;
  const payload = baseIn(t, PAYLOAD_TYPES);
  if (payload) from = Math.max(from, payload.basicsize >> 2);
  const set = baseIn(t, SET_TYPES);
  const weak = baseIn(t, WEAKREF_TYPES) !== null;
  for (let i = from; i < words; i++) {
    if (set && i >= SET_SMALL && i < SET_OBJ_SIZE >> 2) continue;
    if (weak && (i === WR_REFERENT || i === WR_NEXT || i === WR_PREV)) continue;
    if (i === t.weaklistOffset && i !== 0) continue;
    const x = I32[w + i]!;
    if (x <= 0 || (x & 15) !== 0 || x >= heap.limit) continue;
    if (objmap[x >>> MAP_SHIFT] !== 0) {
      if (I32[x >> 2]! > 0) visit(x);
    } else raw(x);
  }
}

/** Where the permanent roots are (the VM adds its own: builtins, sys.modules). */
export function runtimeRoots(): number[] {
  const roots: number[] = [];
  for (const t of TYPES) if (t && !t.isHeap && t.addr !== 0) roots.push(t.addr);
  for (const a of INTERNED.values()) roots.push(a);
  for (const a of SMALL_INTS) roots.push(a);
  for (const a of CHARS) roots.push(a);
  roots.push(EMPTY_STR, EMPTY_TUPLE, S.None, S.True, S.False, S.NotImplemented, S.Ellipsis);
  // Statically allocated ("immortal") objects of any module: their refcount starts at 999,999,999.
  forEachMappedObject((a) => {
    if (I32[a >> 2]! >= IMMORTAL_REFCNT >> 1) roots.push(a);
  });
  return roots.filter((a) => a !== 0);
}

/** Is the block at `b` an empty GC list head (next = prev = itself)? */
function isEmptyListHead(b: number, size: number): boolean {
  const a = b + GC_HEAD_SIZE;
  return size === 32 && I32[(a >> 2) + GC_NEXT] === a && I32[(a >> 2) + GC_PREV] === a;
}

/** Account for every block in use; see the head of this file. Allocates nothing in the heap. */
export function findLeaks(extraRoots: number[]): LeakReport {
  const live: number[] = [];
  let freeListed = 0;
  forEachMappedObject((a) => {
    if (I32[a >> 2]! > 0) live.push(a);
    else freeListed++;
  });

  // Mark what the roots reach.
  const reached = new Set<number>();
  const stack: number[] = [];
  const push = (c: number): void => {
    if (c > 0 && !reached.has(c) && objmap[c >>> MAP_SHIFT] !== 0 && I32[c >> 2]! > 0) {
      reached.add(c);
      stack.push(c);
    }
  };
  for (const r of runtimeRoots()) push(r);
  for (const r of extraRoots) push(r);
  while (stack.length) referents(stack.pop()!, push);
  if (process.env.PYVM_LEAKS_DEBUG) {
    forEachMappedObject((a) => {
      if (I32[a >> 2]! > 0 && !reached.has(a)) {
        const refs: string[] = [];
        referents(a, (c) => void (refs.length < 8 && refs.push(describe(c))));
        process.stderr.write(`leaked: ${describe(a)} rc=${I32[a >> 2]} -> ${refs.join('; ')}\n`);
      }
    });
  }

  // References found in the heap to each leaked object; raw blocks each object owns.
  const leaked = live.filter((a) => !reached.has(a));
  const leakedSet = new Set(leaked);
  const refsTo = new Map<number, number>();
  const rawOwner = new Map<number, number>();
  for (const a of live) {
    referents(a, (c) => {
      if (leakedSet.has(c)) refsTo.set(c, (refsTo.get(c) ?? 0) + 1);
    }, (b) => {
      if (!rawOwner.has(b) || reached.has(a)) rawOwner.set(b, a);
    });
  }

  // Blocks: objects, raw blocks with an owner, GC list heads, the rest.
  const heads = new Set(gcState.generations.map((g) => g.head - GC_HEAD_SIZE));
  let blocks = 0, rawBlocks = 0, rawBytes = 0;
  const leakedRawBytes = new Map<number, number>();
  forEachAllocatedBlock((b, size) => {
    blocks++;
    if (objmap[b >>> MAP_SHIFT] !== 0 || objmap[(b + GC_HEAD_SIZE) >>> MAP_SHIFT] === MAP_GC) return;
    const owner = rawOwner.get(b);
    if (owner !== undefined) {
      if (leakedSet.has(owner)) leakedRawBytes.set(owner, (leakedRawBytes.get(owner) ?? 0) + size);
      return;
    }
    if (heads.has(b) || isEmptyListHead(b, size)) return;
    rawBlocks++;
    rawBytes += size;
  });

  const byType = new Map<string, LeakGroup>();
  const origins: string[] = [];
  for (const a of leaked) {
    const t = TYPES[I32[(a >> 2) + 1]!]!;
    const kind = objmap[a >>> MAP_SHIFT];
    const bytes = blockSize(kind === MAP_GC ? a - GC_HEAD_SIZE : a) + (leakedRawBytes.get(a) ?? 0);
    const g = byType.get(t.name) ?? { type: t.name, objects: 0, bytes: 0 };
    g.objects++;
    g.bytes += bytes;
    byType.set(t.name, g);
    const found = refsTo.get(a) ?? 0;
    const rc = I32[a >> 2]!;
    if (rc > found) origins.push(`${describe(a)}: refcount ${rc}, ${found} reference${found === 1 ? '' : 's'} found in the heap`);
  }
  const groups = [...byType.values()].sort((x, y) => y.objects - x.objects || (x.type < y.type ? -1 : 1));
  return {
    blocks, live: live.length, reachable: reached.size, freeListed, groups, leakedObjects: leaked.length, origins,
    rawBlocks, rawBytes,
  };
}

/** The text --check-leaks prints (stderr). */
export function formatLeakReport(r: LeakReport): string {
  if (r.leakedObjects === 0 && r.rawBlocks === 0) {
    return `pyvm --check-leaks: no leaks: ${r.blocks} blocks in use, all accounted for ` +
      `(${r.reachable} objects reachable from the roots, ${r.freeListed} on free lists)\n`;
  }
  let out = `pyvm --check-leaks: ${r.leakedObjects} object${r.leakedObjects === 1 ? '' : 's'} leaked` +
    (r.rawBlocks ? `, ${r.rawBlocks} raw block${r.rawBlocks === 1 ? '' : 's'} (${r.rawBytes} bytes) owned by no object` : '') +
    ` (${r.blocks} blocks in use)\n`;
  if (r.groups.length) {
    out += '  leaked objects by type:\n';
    const width = Math.max(4, ...r.groups.map((g) => g.type.length));
    for (const g of r.groups) out += `    ${g.type.padEnd(width)} ${String(g.objects).padStart(7)}  ${String(g.bytes).padStart(9)} bytes\n`;
  }
  if (r.origins.length) {
    out += '  held by references never released (the rest is reachable from these):\n';
    for (const o of r.origins.slice(0, 10)) out += `    ${o}\n`;
    if (r.origins.length > 10) out += `    ... and ${r.origins.length - 10} more\n`;
  }
  return out;
}
