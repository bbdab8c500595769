// `_typename`: lets a class of lib/ that stands for one of CPython's C types carry that type's
// C name (tp_name, 'datetime.date'), so that the interpreter's messages name it as CPython's do
// ("unsupported operand type(s) for +: 'datetime.date' and 'int'", "'datetime.date' object has
// no attribute 'x'"), while its __name__ stays 'date' (as a builtin type's does).

import { I32, T_STR, isTypeObject } from '../object.js';
import { strValue } from '../objects/str.js';
import { typeInfoOfTypeObject } from '../objects/type.js';
import { raise, EXC } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction } from '../builtins/define.js';
import { newModule, moduleDict } from '../types.js';

export function makeTypenameModule(): number {
  const m = newModule('_typename');
  const d = moduleDict(m);
  // set_c_name(cls, 'module.Name'): the name must end in the class's own __name__
  defFunction(d, 'set_c_name', (_s, args) => {
    const [cls, name] = args;
    if (!isTypeObject(cls)) throw raise(EXC.TypeError, `set_c_name() argument 1 must be a class, not ${A.typeName(cls)}`);
    if (I32[(name >> 2) + 1] !== T_STR) throw raise(EXC.TypeError, `set_c_name() argument 2 must be str, not ${A.typeName(name)}`);
    const t = typeInfoOfTypeObject(cls);
    const n = strValue(name);
    const own = t.cName ? t.name.slice(t.name.lastIndexOf('.') + 1) : t.name;
    if (!t.isHeap || n.slice(n.lastIndexOf('.') + 1) !== own) throw raise(EXC.ValueError, `set_c_name(): '${n}' does not name the class ${own}`);
    t.name = n;
    t.cName = true;
    return A.retNone();
  }, { nargs: 2 });
  return m;
}
