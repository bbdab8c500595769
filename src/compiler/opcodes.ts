// The one table of pyvm's opcodes.
//
// An instruction is two Int32 slots in `CodeObject.ops`: [opcode, oparg]. `pc` indexes slots, so
// instruction k lives at pc = 2k and jump targets are absolute slot indices. Stack effects are
// written `before -- after` (top of stack on the right). Names and stack discipline follow
// CPython 3.11 where the concept is the same, so `pyvm dis` reads like `python3 -m dis`.
// Exception handling uses a per-frame block stack (SETUP_FINALLY / POP_BLOCK / POP_EXCEPT, as
// CPython 3.10 did) rather than 3.11's exception table: simpler code generation, same semantics.
//
// Plain numeric consts (not `enum`): safe under every per-file transpiler (TOOLCHAIN.md pitfall 8).

export const NOP = 0;                  // --
export const POP_TOP = 1;              // a --
export const COPY = 2;                 // a(n) ... -- a(n) ... a(n)     (COPY 1 duplicates TOS)
export const SWAP = 3;                 // a(n) ... b -- b ... a(n)       (SWAP 2 swaps the top two)
export const LOAD_CONST = 4;           // -- consts[i]
export const LOAD_FAST = 5;            // -- locals[i]     (UnboundLocalError when unset)
export const STORE_FAST = 6;           // v --
export const DELETE_FAST = 7;          // --
export const LOAD_DEREF = 8;           // -- cell(i).contents
export const STORE_DEREF = 9;          // v --
export const DELETE_DEREF = 10;        // --
export const LOAD_CLOSURE = 11;        // -- cell(i)
export const LOAD_CLASSDEREF = 12;     // -- v   (class body: locals dict first, then the cell)
export const LOAD_GLOBAL = 13;         // -- globals/builtins[names[i]]
export const STORE_GLOBAL = 14;        // v --
export const DELETE_GLOBAL = 15;       // --
export const LOAD_NAME = 16;           // -- v   (locals dict, globals, builtins)
export const STORE_NAME = 17;          // v --
export const DELETE_NAME = 18;         // --
export const LOAD_ATTR = 19;           // o -- o.names[i]
export const STORE_ATTR = 20;          // v o --
export const DELETE_ATTR = 21;         // o --
export const LOAD_METHOD = 22;         // o -- meth self | NULL o.attr
export const CALL_METHOD = 23;         // meth self_or_null a1..an -- r
export const BINARY_SUBSCR = 24;       // o k -- o[k]
export const STORE_SUBSCR = 25;        // v o k --
export const DELETE_SUBSCR = 26;       // o k --
export const BINARY_OP = 27;           // a b -- a (op) b     oparg: NB_* below
export const UNARY_NEGATIVE = 28;      // a -- -a
export const UNARY_POSITIVE = 29;      // a -- +a
export const UNARY_NOT = 30;           // a -- not a
export const UNARY_INVERT = 31;        // a -- ~a
export const COMPARE_OP = 32;          // a b -- a (cmp) b   oparg: CMP_* below
export const IS_OP = 33;               // a b -- (a is b) ^ oparg
export const CONTAINS_OP = 34;         // a b -- (a in b) ^ oparg
export const JUMP_FORWARD = 35;        // --             pc = oparg
export const JUMP_BACKWARD = 36;       // --             pc = oparg; eval-breaker check
export const POP_JUMP_IF_FALSE = 37;   // c --
export const POP_JUMP_IF_TRUE = 38;    // c --
export const JUMP_IF_FALSE_OR_POP = 39; // c -- c | --
export const JUMP_IF_TRUE_OR_POP = 40; // c -- c | --
export const POP_JUMP_IF_NONE = 41;    // c --
export const POP_JUMP_IF_NOT_NONE = 42; // c --
export const GET_ITER = 43;            // o -- iter(o)
export const FOR_ITER = 44;            // it -- it next | (exhausted: pops it, pc = oparg)
export const BUILD_TUPLE = 45;         // a1..an -- (a1..an)
export const BUILD_LIST = 46;          // a1..an -- [a1..an]
export const BUILD_SET = 47;           // a1..an -- {a1..an}
export const BUILD_MAP = 48;           // k1 v1..kn vn -- {k1: v1, ...}
export const BUILD_CONST_KEY_MAP = 49; // v1..vn keys -- {...}
export const BUILD_STRING = 50;        // s1..sn -- s1+...+sn
export const BUILD_SLICE = 51;         // a b [c] -- slice(a, b[, c])   oparg 2 or 3
export const LIST_APPEND = 52;         // L ... v -- L ...     (L is oparg deep after popping v)
export const SET_ADD = 53;             // S ... v -- S ...
export const MAP_ADD = 54;             // D ... k v -- D ...
export const LIST_EXTEND = 55;         // L ... it -- L ...
export const SET_UPDATE = 56;          // S ... it -- S ...
export const DICT_UPDATE = 57;         // D ... m -- D ...     ({**m} in displays)
export const DICT_MERGE = 58;          // D ... m -- D ...     (f(**m): duplicate keys are a TypeError)
export const LIST_TO_TUPLE = 59;       // L -- tuple(L)
export const UNPACK_SEQUENCE = 60;     // seq -- vn..v1
export const UNPACK_EX = 61;           // seq -- after..rest..before   oparg = before | after << 8
export const CALL = 62;                // f a1..an -- r
export const CALL_KW = 63;             // f a1..an names -- r    (n includes the keyword values; names is a tuple const)
export const CALL_FUNCTION_EX = 64;    // f args [kwargs] -- r   oparg & 1: kwargs present
export const MAKE_FUNCTION = 65;       // [defaults] [kwdefaults] [closure] code -- fn   oparg flags MF_*
export const RETURN_VALUE = 66;        // v --
export const YIELD_VALUE = 67;         // v -- sent
export const GET_YIELD_FROM_ITER = 68; // o -- it
export const SEND = 69;                // it v -- it r | (it returned: pops it, pushes its value, pc = oparg)
export const SETUP_FINALLY = 70;       // --     push a handler block (target oparg, current stack level)
export const POP_BLOCK = 71;           // --
export const POP_EXCEPT = 72;          // --     pop the EXCEPT_HANDLER block, restore the handled exception
export const RERAISE = 73;             // exc --  raise exc again (traceback kept)
export const RAISE_VARARGS = 74;       // [exc [cause]] --   oparg 0, 1 or 2
export const CHECK_EXC_MATCH = 75;     // exc type -- exc bool
export const BEFORE_WITH = 76;         // mgr -- exit enter_result
export const WITH_EXCEPT_START = 77;   // exit exc -- exit exc r     (r = exit(type, exc, tb))
export const LOAD_ASSERTION_ERROR = 78; // -- AssertionError
export const LOAD_BUILD_CLASS = 79;    // -- __build_class__
export const IMPORT_NAME = 80;         // level fromlist -- module
export const IMPORT_FROM = 81;         // module -- module attr
export const IMPORT_STAR = 82;         // module --
export const FORMAT_VALUE = 83;        // v [spec] -- str    oparg: FV_* conversion | FV_HAVE_SPEC
export const LOAD_LOCALS = 84;         // -- locals dict (class body)
export const SETUP_ANNOTATIONS = 85;   // --
export const GEN_START = 86;           // --     first instruction of a generator body (marks where send(non-None) is refused)
export const PUSH_NULL = 87;           // -- NULL
export const DELETE_LOCAL_EXC = 88;    // --     (reserved)
export const LOAD_FAST_LOAD_FAST = 89; // -- locals[i & 0xffff] locals[i >> 16]   (superinstruction: skips the next slot pair)
export const COMPARE_JUMP = 90;        // a b --  fused COMPARE_OP (arg & 15) + POP_JUMP_IF_TRUE (arg >> 4 = 1) / _FALSE (0): the next slot pair is that jump
export const STORE_FAST_LOAD_FAST = 91; // v -- locals[i >> 16]   (store to i & 0xffff; skips the next slot pair)
export const LOAD_FAST_LOAD_CONST = 92; // -- locals[i & 0xffff] consts[i >> 16]   (skips the next slot pair)
export const SETUP_WITH = 93;          // --     like SETUP_FINALLY, but the handler level excludes the enter result on TOS
export const MATCH_CLASS = 94;          // subject cls names -- attrs | None   (oparg: positional sub-patterns)
export const MATCH_MAPPING = 95;        // subject -- subject bool
export const MATCH_SEQUENCE = 96;       // subject -- subject bool
export const MATCH_KEYS = 97;           // subject keys -- subject keys values | None
export const GET_LEN = 98;              // o -- o len(o)
export const COPY_DICT_WITHOUT_KEYS = 99; // subject keys -- subject rest
export const LOAD_FAST_LOAD_ATTR = 100; // -- locals[i & 0xffff].names[i >> 16]   (self.x: skips the next slot pair, whose inline cache it uses)
export const LOAD_FAST_LOAD_METHOD = 101; // -- meth self | NULL bound   (self.m(...): LOAD_FAST + LOAD_METHOD, skips the next slot pair)
export const LOAD_FAST_STORE_ATTR = 102; // v --   locals[i & 0xffff].names[i >> 16] = v   (skips the next slot pair)
export const OPCODE_COUNT = 103;

/** Opcode names, indexed by opcode. */
export const OPNAMES: string[] = [
  'NOP', 'POP_TOP', 'COPY', 'SWAP', 'LOAD_CONST', 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST',
  'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF', 'LOAD_GLOBAL',
  'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_ATTR',
  'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'CALL_METHOD', 'BINARY_SUBSCR', 'STORE_SUBSCR',
  'DELETE_SUBSCR', 'BINARY_OP', 'UNARY_NEGATIVE', 'UNARY_POSITIVE', 'UNARY_NOT', 'UNARY_INVERT',
  'COMPARE_OP', 'IS_OP', 'CONTAINS_OP', 'JUMP_FORWARD', 'JUMP_BACKWARD', 'POP_JUMP_IF_FALSE',
  'POP_JUMP_IF_TRUE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'POP_JUMP_IF_NONE',
  'POP_JUMP_IF_NOT_NONE', 'GET_ITER', 'FOR_ITER', 'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET',
  'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING', 'BUILD_SLICE', 'LIST_APPEND', 'SET_ADD',
  'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE', 'LIST_TO_TUPLE',
  'UNPACK_SEQUENCE', 'UNPACK_EX', 'CALL', 'CALL_KW', 'CALL_FUNCTION_EX', 'MAKE_FUNCTION',
  'RETURN_VALUE', 'YIELD_VALUE', 'GET_YIELD_FROM_ITER', 'SEND', 'SETUP_FINALLY', 'POP_BLOCK',
  'POP_EXCEPT', 'RERAISE', 'RAISE_VARARGS', 'CHECK_EXC_MATCH', 'BEFORE_WITH', 'WITH_EXCEPT_START',
  'LOAD_ASSERTION_ERROR', 'LOAD_BUILD_CLASS', 'IMPORT_NAME', 'IMPORT_FROM', 'IMPORT_STAR',
  'FORMAT_VALUE', 'LOAD_LOCALS', 'SETUP_ANNOTATIONS', 'GEN_START', 'PUSH_NULL', 'DELETE_LOCAL_EXC',
  'LOAD_FAST_LOAD_FAST', 'COMPARE_JUMP', 'STORE_FAST_LOAD_FAST', 'LOAD_FAST_LOAD_CONST', 'SETUP_WITH',
  'MATCH_CLASS', 'MATCH_MAPPING', 'MATCH_SEQUENCE', 'MATCH_KEYS', 'GET_LEN', 'COPY_DICT_WITHOUT_KEYS',
  'LOAD_FAST_LOAD_ATTR', 'LOAD_FAST_LOAD_METHOD', 'LOAD_FAST_STORE_ATTR',
];

/** Opcodes whose oparg is an absolute jump target. */
export const JUMP_OPS: ReadonlySet<number> = new Set([
  JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER, SEND, SETUP_FINALLY, SETUP_WITH,
]);

// BINARY_OP opargs (CPython 3.11's NB_* numbering). In-place forms are the binary ones + NB_INPLACE.
export const NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
  NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
  NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE = 13;
export const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
/** Python special-method names for each NB_* (binary, reflected, in-place). */
export const NB_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

// COMPARE_OP opargs (CPython's Py_LT..Py_GE).
export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];
export const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
/** The reflected comparison: a < b  <=>  b > a. */
export const CMP_SWAPPED = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];

// MAKE_FUNCTION flags.
export const MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8;

// FORMAT_VALUE oparg.
export const FV_NONE = 0, FV_STR = 1, FV_REPR = 2, FV_ASCII = 3, FV_MASK = 3, FV_HAVE_SPEC = 4;

// CodeObject.flags (CPython's CO_* values).
export const CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
  CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40;
/** pyvm's own flag: code of lib/ that stands for a C function of CPython (a `# pyvm: native`
 * comment on its def/class line, or on a line of its own at the top of the module). Its frames
 * are left out of tracebacks, as C functions have none. */
export const CO_PYVM_NATIVE = 0x40000000;
