// What the interpreter is made of: the type modules' init functions (in dependency order) and
// the builtin modules importable by name.

import { makeFileioModule } from '../runtime/modules/fileio.js';
import { initIntType } from '../runtime/objects/int.js';
import { initFloatType } from '../runtime/objects/float.js';
import { initComplexType } from '../runtime/objects/complex.js';
import { initBoolType } from '../runtime/objects/bool.js';
import { initStrType } from '../runtime/objects/str.js';
import { initFormat } from '../runtime/builtins/format.js';
import { initListType } from '../runtime/objects/list.js';
import { initTupleType } from '../runtime/objects/tuple.js';
import { initDictType } from '../runtime/objects/dict.js';
import { initSetType } from '../runtime/objects/set.js';
import { initRangeType } from '../runtime/objects/range.js';
import { initSliceType } from '../runtime/objects/slice.js';
import { initIterTypes } from '../runtime/objects/iterators.js';
import { initDictViews } from '../runtime/objects/dictviews.js';
import { initMappingProxyType } from '../runtime/objects/mappingproxy.js';
import { initBytesType } from '../runtime/objects/bytes.js';
import { initMemoryviewType } from '../runtime/objects/memoryview.js';
import { initSyntaxErrorType } from '../runtime/objects/syntaxerror.js';
import { initGenericAliasTypes } from '../runtime/objects/genericalias.js';
import { makeSysModule, sysModulesRef } from '../runtime/modules/sys.js';
import { makeTimeModule } from '../runtime/modules/time.js';
import { makeMathModule } from '../runtime/modules/math.js';
import { makeGcModule } from '../runtime/modules/gc.js';
import { makeWeakrefModule, initWeakrefTypes } from '../runtime/modules/weakref.js';
import { makeTracebackHelperModule } from '../runtime/modules/traceback.js';
import { makePosixModule } from '../runtime/modules/posix.js';
import { makeTypenameModule } from '../runtime/modules/typename.js';
import { makeFloatpackModule } from '../runtime/modules/floatpack.js';
import { makeHashlibModule } from '../runtime/modules/hashlib.js';
import { threadModuleInits } from '../runtime/modules/thread.js';
import { interp } from './interpreter.js';

export function typeInits(): (() => void)[] {
  return [initIntType, initBoolType, initFloatType, initComplexType, initStrType, initFormat, initTupleType, initListType, initDictType,
    initSetType, initRangeType, initSliceType, initIterTypes, initDictViews, initMappingProxyType, initWeakrefTypes, initBytesType, initMemoryviewType, initSyntaxErrorType, initGenericAliasTypes];
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
    ['weakref', makeWeakrefModule],
    ['_fileio', makeFileioModule],
    ['_traceback', makeTracebackHelperModule],
    ['posix', makePosixModule],
    ['_typename', makeTypenameModule],
    ['_floatpack', makeFloatpackModule],
    ['_hashlib', makeHashlibModule],
    ...threadModuleInits(),
  ];
}
