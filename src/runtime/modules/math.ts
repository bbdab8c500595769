// The `math` module: Python-facing wrappers around the pure functions of mathlib.ts.

import { I32, F64, T_INT, T_BOOL, T_FLOAT, decref } from '../object.js';
import { newIntBig, intBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newStr, internSteal } from '../objects/str.js';
import { dictSet } from '../objects/dict.js';
import { tupleFromSteal } from '../objects/tuple.js';
import { raise, EXC } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction, parseArgs } from '../builtins/define.js';
import { newModule, moduleDict } from '../types.js';
import * as M from './mathlib.js';

type Num = number | bigint;

/** A real-number argument: ints stay exact (bigint), floats are numbers. */
function num(o: number): Num {
  const t = I32[(o >> 2) + 1];
  if (t === T_FLOAT) return F64[(o >> 3) + 1];
  if (t === T_INT || t === T_BOOL) return intBig(o);
  return A.asFloat(o);
}

function intArg(o: number, fname: string): bigint {
  const t = I32[(o >> 2) + 1];
  if (t === T_INT || t === T_BOOL) return intBig(o);
  const m = A.lookupSpecial(o, '__index__');
  if (m !== 0) {
    const r = A.callUnbound(m, o, []);
    const v = intBig(r);
    decref(r);
    return v;
  }
  if (t === T_FLOAT && fname === 'factorial') throw raise(EXC.TypeError, "'float' object cannot be interpreted as an integer");
  throw raise(EXC.TypeError, `'${A.typeName(o)}' object cannot be interpreted as an integer`);
}

function ret(v: Num): number {
  return typeof v === 'bigint' ? newIntBig(v) : newFloat(v);
}

export function makeMathModule(): number {
  const m = newModule('math');
  const d = moduleDict(m);
  const put = (name: string, v: number) => {
    const k = internSteal(newStr(name));
    dictSet(d, k, v);
    decref(k);
    decref(v);
  };
  put('pi', newFloat(M.pi));
  put('e', newFloat(M.e));
  put('tau', newFloat(M.tau));
  put('inf', newFloat(M.inf));
  put('nan', newFloat(M.nan));
  const one: [string, (x: Num) => Num][] = [
    ['acos', M.acos], ['acosh', M.acosh], ['asin', M.asin], ['asinh', M.asinh], ['atan', M.atan], ['atanh', M.atanh],
    ['cbrt', M.cbrt], ['cos', M.cos], ['cosh', M.cosh], ['exp', M.exp], ['exp2', M.exp2], ['expm1', M.expm1], ['fabs', M.fabs],
    ['log1p', M.log1p], ['sin', M.sin], ['sinh', M.sinh], ['sqrt', M.sqrt], ['tan', M.tan], ['tanh', M.tanh], ['erf', M.erf],
    ['erfc', M.erfc], ['gamma', M.gamma], ['lgamma', M.lgamma], ['log2', M.log2], ['log10', M.log10], ['degrees', M.degrees],
    ['radians', M.radians], ['ulp', M.ulp],
  ];
  for (const [name, f] of one) defFunction(d, name, (_s, a) => ret(f(num(a[0]))), { nargs: 1 });
  for (const [name, f] of [['floor', M.floor], ['ceil', M.ceil], ['trunc', M.trunc]] as const) {
    defFunction(d, name, (_s, a) => {
      const o = a[0];
      const t = I32[(o >> 2) + 1];
      if (t === T_INT) {
        I32[o >> 2]++; // int.__floor__ / __ceil__ / __trunc__ return an exact int itself
        return o;
      }
      if (t !== T_FLOAT && t !== T_BOOL) {
        const sp = A.lookupSpecial(o, `__${name}__`);
        if (sp !== 0) return A.callUnbound(sp, o, []);
        if (name === 'trunc') throw raise(EXC.TypeError, `type ${A.typeName(o)} doesn't define __trunc__ method`);
      }
      return newIntBig(f(num(o)));
    }, { nargs: 1 });
  }
  const two: [string, (x: Num, y: Num) => Num][] = [
    ['atan2', M.atan2], ['copysign', M.copysign], ['remainder', M.remainder], ['fmod', M.fmod], ['pow', M.pow],
    ['nextafter', M.nextafter], ['ldexp', (x, i) => M.ldexp(x, i)],
  ];
  for (const [name, f] of two) defFunction(d, name, (_s, a) => ret(f(num(a[0]), num(a[1]))), { nargs: 2 });
  defFunction(d, 'log', (_s, a, kw) => {
    // METH_VARARGS in CPython: its keyword message names it unqualified
    if (kw && kw.names.length) throw raise(EXC.TypeError, 'log() takes no keyword arguments');
    if (a.length < 1 || a.length > 2) throw raise(EXC.TypeError, 'math.log requires 1 to 2 arguments');
    return newFloat(M.log(num(a[0]), a.length > 1 ? num(a[1]) : null));
  }, { kw: true });
  for (const [name, f] of [['isfinite', M.isfinite], ['isinf', M.isinf], ['isnan', M.isnan]] as const) {
    defFunction(d, name, (_s, a) => A.newBool(f(num(a[0]))), { nargs: 1 });
  }
  defFunction(d, 'isclose', (_s, a, kw) => {
    const [x, y, rt, at] = parseArgs('isclose', a, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 0, 2);
    return A.newBool(M.isclose(num(x), num(y), rt ? num(rt) : 1e-9, at ? num(at) : 0));
  }, { kw: true });
  defFunction(d, 'frexp', (_s, a) => {
    const [mm, e] = M.frexp(num(a[0]));
    return tupleFromSteal([newFloat(mm), newIntBig(BigInt(e))]);
  }, { nargs: 1 });
  defFunction(d, 'modf', (_s, a) => {
    const [f, i] = M.modf(num(a[0]));
    return tupleFromSteal([newFloat(f), newFloat(i)]);
  }, { nargs: 1 });
  defFunction(d, 'hypot', (_s, a) => newFloat(M.hypot(...a.map(num))));
  defFunction(d, 'dist', (_s, a) => {
    const p = A.iterToArray(a[0]), q = A.iterToArray(a[1]);
    try {
      return newFloat(M.dist(p.map(num), q.map(num)));
    } finally {
      for (const x of p) decref(x);
      for (const x of q) decref(x);
    }
  }, { nargs: 2 });
  defFunction(d, 'fsum', (_s, a) => {
    const items = A.iterToArray(a[0]);
    try {
      return newFloat(M.fsum(items.map(num)));
    } finally {
      for (const x of items) decref(x);
    }
  }, { nargs: 1 });
  defFunction(d, 'prod', (_s, a, kw) => {
    const [it, start] = parseArgs('prod', a, kw, ['iterable', 'start'], 1, 1, 1);
    const items = A.iterToArray(it);
    try {
      const allNum = items.every((x) => {
        const t = I32[(x >> 2) + 1];
        return t === T_INT || t === T_BOOL || t === T_FLOAT;
      });
      if (allNum && (!start || [T_INT, T_BOOL, T_FLOAT].includes(I32[(start >> 2) + 1]))) {
        return ret(M.prod(items.map(num), start ? num(start) : 1n));
      }
      let acc = start ? (I32[start >> 2]++, start) : newIntBig(1n);
      for (const x of items) {
        const r = A.nb.binaryOp(acc, x, 5);
        decref(acc);
        acc = r;
      }
      return acc;
    } finally {
      for (const x of items) decref(x);
    }
  }, { kw: true });
  defFunction(d, 'gcd', (_s, a) => newIntBig(M.gcd(...a.map((x) => intArg(x, 'gcd')))));
  defFunction(d, 'lcm', (_s, a) => newIntBig(M.lcm(...a.map((x) => intArg(x, 'lcm')))));
  defFunction(d, 'isqrt', (_s, a) => newIntBig(M.isqrt(intArg(a[0], 'isqrt'))), { nargs: 1 });
  defFunction(d, 'factorial', (_s, a) => newIntBig(M.factorial(intArg(a[0], 'factorial'))), { nargs: 1 });
  defFunction(d, 'comb', (_s, a) => newIntBig(M.comb(intArg(a[0], 'comb'), intArg(a[1], 'comb'))), { nargs: 2 });
  defFunction(d, 'perm', (_s, a) => newIntBig(M.perm(intArg(a[0], 'perm'), a.length > 1 && a[1] !== A.S.None ? intArg(a[1], 'perm') : null)), { nargs: [1, 2] });
  return m;
}
