// bool: the two singletons True and False, a subclass of int that cannot be subclassed.
//
// True and False have the int layout (objects/int.ts) with type id T_BOOL and values 1 and 0;
// they are created by the bootstrap (types.ts) and never deallocated. bool inherits everything
// from int except: repr/str ('True'/'False'), `&`, `|`, `^` between two bools (which give a bool),
// and the constructor (truth testing).

import { I32, F64, T_BOOL, TYPES, type TypeInfo, type KwArgs } from '../object.js';
import { raise, EXC } from './exception.js';
import { newBool, isTrue } from '../abstract.js';
import { internedStr } from './str.js';
import { intNumberSlot, intHashNumber, intRichCompare } from './int.js';
import * as opc from '../../compiler/opcodes.js';

let TRUE_STR = 0, FALSE_STR = 0;

function boolRepr(a: number): number {
  const s = F64[(a >> 3) + 1] !== 0 ? TRUE_STR : FALSE_STR;
  I32[s >> 2]++;
  return s;
}

function boolNumber(a: number, b: number, op: number): number {
  let o = op & 0xff;
  if (o >= opc.NB_INPLACE) o -= opc.NB_INPLACE;
  if ((o === opc.NB_AND || o === opc.NB_OR || o === opc.NB_XOR) && I32[(a >> 2) + 1] === T_BOOL && I32[(b >> 2) + 1] === T_BOOL) {
    const x = F64[(a >> 3) + 1] !== 0, y = F64[(b >> 3) + 1] !== 0;
    return newBool(o === opc.NB_AND ? x && y : o === opc.NB_OR ? x || y : x !== y);
  }
  return intNumberSlot(a, b, op);
}

function boolNew(_t: TypeInfo, args: number[], kw: KwArgs | null): number {
  if (kw !== null && kw.names.length) throw raise(EXC.TypeError, 'bool() takes no keyword arguments');
  if (args.length > 1) throw raise(EXC.TypeError, `bool expected at most 1 argument, got ${args.length}`);
  return newBool(args.length === 1 && isTrue(args[0]));
}

export function initBoolType(): void {
  // keep one reference to each text for the life of the runtime
  TRUE_STR = internedStr('True');
  FALSE_STR = internedStr('False');
  const s = TYPES[T_BOOL].slots;
  s.repr = boolRepr;
  s.hash = intHashNumber;
  s.richcompare = intRichCompare;
  s.bool = (a) => F64[(a >> 3) + 1] !== 0;
  s.number = boolNumber;
  s.numberOps = ['and', 'or', 'xor', 'rand', 'ror', 'rxor'];
  s.new = boolNew;
}
