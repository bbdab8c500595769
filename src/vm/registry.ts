// TEMPORARY registry while the type modules are being written.
import { TYPES, T_INT, T_STR, T_FLOAT, T_LIST, T_TUPLE } from '../runtime/object.js';
import { intBig } from '../runtime/objects/int.js';
import { newStr, strValue } from '../runtime/objects/str.js';
import { floatValue } from '../runtime/objects/float.js';
import { floatRepr } from '../runtime/objects/numfmt.js';
import { listItems } from '../runtime/objects/list.js';
import { tupleItems } from '../runtime/objects/tuple.js';
import * as A from '../runtime/abstract.js';
import { makeSysModule, sysModulesRef } from '../runtime/modules/sys.js';
import { makeTimeModule } from '../runtime/modules/time.js';
import { makeMathModule } from '../runtime/modules/math.js';
import { makeGcModule } from '../runtime/modules/gc.js';
import { interp } from './interpreter.js';
import { rt } from './runtime-hooks.js';

export function typeInits(): (() => void)[] {
  return [() => {
    TYPES[T_INT].slots.repr = (a) => newStr(intBig(a).toString());
    TYPES[T_STR].slots.repr = (a) => newStr(`'${strValue(a)}'`);
    TYPES[T_STR].slots.str = (a) => (A.incref(a), a);
    TYPES[T_FLOAT].slots.repr = (a) => newStr(floatRepr(floatValue(a)));
    TYPES[T_LIST].slots.repr = (a) => newStr('[' + listItems(a).map(A.reprJS).join(', ') + ']');
    TYPES[T_TUPLE].slots.repr = (a) => newStr('(' + tupleItems(a).map(A.reprJS).join(', ') + ')');
    rt.format = (o) => A.str(o);
  }];
}

export function moduleInits(argv: string[]): [string, () => number][] {
  return [
    ['sys', () => {
      sysModulesRef.d = interp.sysModules;
      return makeSysModule(argv);
    }],
    ['time', makeTimeModule],
    ['math', makeMathModule],
    ['gc', makeGcModule],
  ];
}
