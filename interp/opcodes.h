// The bytecode. An instruction is one uint32_t: the opcode in the low 8 bits, its argument
// in the high 24 (INSN_ARG_MAX; the compiler refuses code that needs more). The VM is a stack
// machine shaped after CPython's: each opcode lists its stack effect (popped -> pushed) so the
// compiler can compute every code object's stack size by flow analysis.
//
// X(NAME, stack effect given the argument `a`)  — jumps take absolute instruction indexes.
#ifndef MOAT_INTERP_OPCODES_H
#define MOAT_INTERP_OPCODES_H

#include <stdint.h>

#define OPCODES(X)                                                                          \
    X(OP_NOP, 0)                                                                            \
    X(OP_POP_TOP, -1)                 /* v ->                                            */ \
    X(OP_COPY, 1)                     /* copies the a-th entry from the top (1 = top)    */ \
    X(OP_SWAP, 0)                     /* swaps top with the a-th entry                   */ \
    X(OP_LOAD_CONST, 1)                                                                     \
    X(OP_LOAD_NONE, 1)                                                                      \
    X(OP_LOAD_SMALL_INT, 1)           /* a - 2^23: ints that fit the argument            */ \
    X(OP_LOAD_FAST, 1)                                                                      \
    X(OP_STORE_FAST, -1)                                                                    \
    X(OP_DELETE_FAST, 0)                                                                    \
    X(OP_LOAD_DEREF, 1)               /* cell a: locals' cells first, then free cells    */ \
    X(OP_STORE_DEREF, -1)                                                                   \
    X(OP_DELETE_DEREF, 0)                                                                   \
    X(OP_LOAD_CLOSURE, 1)             /* the cell itself, for MAKE_FUNCTION              */ \
    X(OP_LOAD_GLOBAL, 1)              /* names[a] in globals, then builtins              */ \
    X(OP_STORE_GLOBAL, -1)                                                                  \
    X(OP_DELETE_GLOBAL, 0)                                                                  \
    X(OP_LOAD_ATTR, 0)                /* obj -> obj.names[a]                             */ \
    X(OP_STORE_ATTR, -2)              /* value obj ->                                    */ \
    X(OP_DELETE_ATTR, -1)                                                                   \
    X(OP_BINARY_SUBSCR, -1)           /* obj key -> obj[key]                             */ \
    X(OP_STORE_SUBSCR, -3)            /* value obj key ->                                */ \
    X(OP_DELETE_SUBSCR, -2)                                                                 \
    X(OP_BUILD_SLICE, 1 - (int)(a))   /* a = 2 or 3 bounds                               */ \
    X(OP_BINARY_OP, -1)               /* a: AstBinOp, | BINARY_INPLACE for a op= b       */ \
    X(OP_UNARY_OP, 0)                 /* a: AstUnaryOp                                   */ \
    X(OP_UNARY_NOT, 0)                                                                      \
    X(OP_COMPARE_OP, -1)              /* a: AstCmpOp (==, !=, <, <=, >, >=)              */ \
    X(OP_IS_OP, -1)                   /* a: 1 for `is not`                               */ \
    X(OP_CONTAINS_OP, -1)             /* a: 1 for `not in`                               */ \
    X(OP_JUMP, 0)                                                                           \
    X(OP_POP_JUMP_IF_FALSE, -1)                                                             \
    X(OP_POP_JUMP_IF_TRUE, -1)                                                              \
    X(OP_JUMP_IF_FALSE_OR_POP, -1)    /* keeps the value when jumping                    */ \
    X(OP_JUMP_IF_TRUE_OR_POP, -1)                                                           \
    X(OP_GET_ITER, 0)                                                                       \
    X(OP_FOR_ITER, 1)                 /* it -> it item; at the end pops it, jumps to a   */ \
    X(OP_BUILD_TUPLE, 1 - (int)(a))                                                         \
    X(OP_BUILD_LIST, 1 - (int)(a))                                                          \
    X(OP_BUILD_SET, 1 - (int)((a) & 0x3FFFFF))                                              \
    X(OP_BUILD_MAP, 1 - 2 * (int)(a)) /* a key/value pairs                               */ \
    X(OP_BUILD_STRING, 1 - (int)(a))  /* joins a strs                                    */ \
    X(OP_LIST_APPEND, -1)             /* appends top to the list a entries below it      */ \
    X(OP_SET_ADD, -1)                                                                       \
    X(OP_MAP_ADD, -2)                                                                       \
    X(OP_LIST_EXTEND, -1)                                                                   \
    X(OP_SET_UPDATE, -1)                                                                    \
    X(OP_DICT_UPDATE, -1)             /* {**x}: any mapping                              */ \
    X(OP_DICT_MERGE, -1)              /* f(**x): str keys, no repeats                    */ \
    X(OP_LIST_TO_TUPLE, 0)                                                                  \
    X(OP_UNPACK_SEQUENCE, (int)(a) - 1)                                                     \
    X(OP_UNPACK_EX, (int)((a) & 0xFF) + (int)((a) >> 8))  /* before | after << 8         */ \
    X(OP_FORMAT_VALUE, -(int)((a) >> 2 & 1))  /* a: conversion (0 none 1 s 2 r 3 a) | 4 spec */ \
    X(OP_CALL, -(int)(a))             /* callee args... -> result                        */ \
    X(OP_CALL_KW, -1 - (int)(a))      /* callee args... kwnames-tuple -> result          */ \
    X(OP_CALL_EX, -1 - (int)(a))      /* callee args-tuple [kwargs-dict if a] -> result  */ \
    X(OP_LOAD_METHOD, 1)              /* obj -> method obj | none-marker bound-attr      */ \
    X(OP_CALL_METHOD, -1 - (int)(a))  /* method self args... -> result                   */ \
    X(OP_CALL_METHOD_KW, -2 - (int)(a)) /* method self args... kwnames -> result         */ \
    X(OP_MAKE_FUNCTION, -(int)__builtin_popcount((a) & 7))  /* code [defaults] [kwdefaults] */ \
                                      /* [closure] -> function; a: 1 defaults 2 kw 4 closure */ \
    X(OP_SET_FUNC_ATTR, -1)           /* function v -> function; a: 0 __annotate__ = v,  */ \
                                      /* 1 __type_params__ = v (a tuple)                 */ \
    X(OP_TYPE_PARAM, -(int)(((a) >> 2) & 1))  /* name [bound] -> a type parameter (PEP 695);  */ \
                                      /* a: kind (0 TypeVar 1 TypeVarTuple 2 ParamSpec) | 4 bound */ \
    X(OP_MAKE_TYPE_ALIAS, -2)         /* name thunk type_params -> TypeAliasType         */ \
    X(OP_RETURN_VALUE, -1)                                                                  \
    X(OP_YIELD_VALUE, 0)              /* v -> sent value; a: YieldKind                   */ \
    X(OP_SEND, 0)                     /* gen v -> gen v' ; at the end: -> value, jump a  */ \
    X(OP_CLEANUP_THROW, -1)           /* gen exc -> value of a StopIteration, else raise */ \
    X(OP_RAISE, -(int)(a))            /* a: 0 re-raise, 1 exc, 2 exc cause               */ \
    X(OP_RAISE_ASSERT, -(int)(a))     /* AssertionError([msg])                           */ \
    X(OP_PUSH_EXC_INFO, 1)            /* exc -> prev-handling exc                        */ \
    X(OP_POP_EXCEPT, -1)              /* prev-handling ->                                */ \
    X(OP_CHECK_EXC_MATCH, 0)          /* exc type -> exc bool                            */ \
    X(OP_CHECK_EG_MATCH, 0)           /* rest type -> rest' match|None (except*)        */ \
    X(OP_PREP_RERAISE_STAR, -1)       /* orig raised-list -> exception|None              */ \
    X(OP_RERAISE, -1)                 /* exc ->                                          */ \
    X(OP_IMPORT_NAME, 1)              /* names[a] -> module                              */ \
    X(OP_IMPORT_FROM, 1)              /* module -> module module.names[a]                */ \
    X(OP_IMPORT_STAR, -1)             /* module -> (its public names bound in globals)   */ \
    X(OP_GET_AWAITABLE, 0)            /* a: AwaitKind, for the error                     */ \
    X(OP_GET_AITER, 0)                /* obj -> obj.__aiter__()                          */ \
    X(OP_GET_ANEXT, 1)                /* aiter -> aiter awaitable of aiter.__anext__()   */ \
    X(OP_END_ASYNC_FOR, -2)           /* aiter exc ->, for StopAsyncIteration; else raise */ \
    X(OP_POP_ITER, -1)                /* drops a loop's iterator; a generator is closed  */ \
    X(OP_SCHED_NEXT, 2)               /* asyncio loop: -> coro None; when done: -> value, jump a */ \
    X(OP_SCHED_YIELDED, -2)           /* coro yielded ->                                 */ \
    X(OP_SCHED_RETURNED, -1)          /* value ->                                        */ \
    X(OP_SCHED_RAISED, -1)            /* exc ->                                          */ \
    X(OP_LOAD_NAME, 1)                /* names[a]: class namespace, globals, builtins    */ \
    X(OP_STORE_NAME, -1)              /* into the class namespace (local 0)              */ \
    X(OP_DELETE_NAME, 0)                                                                    \
    X(OP_LOAD_CLASSDEREF, 1)          /* cell a's name in the namespace, else the cell   */ \
    X(OP_LOAD_BUILD_CLASS, 1)         /* -> __build_class__                              */ \
    X(OP_BEFORE_WITH, 1)              /* mgr -> bound __exit__, bound __enter__ (a: async) */ \
    X(OP_WITH_EXIT_ARGS, 2)           /* exc -> type(exc) exc exc.__traceback__          */ \
    X(OP_MATCH_SEQUENCE, 1)           /* subject -> subject bool (list, tuple, range)    */ \
    X(OP_MATCH_MAPPING, 1)            /* subject -> subject bool (dict)                  */ \
    X(OP_GET_LEN, 1)                  /* subject -> subject len(subject)                 */ \
    X(OP_MATCH_KEYS, 1)               /* subject keys -> subject keys values-tuple|None  */ \
    X(OP_MATCH_CLASS, -2)             /* subject cls names -> attrs-tuple|None; a: the   */ \
                                      /* positional count; names: keyword attrs, then    */ \
                                      /* "__match_args__"                                */

#define OPCODE_ENUM(name, effect) name,
typedef enum Opcode { OPCODES(OPCODE_ENUM) OPCODE_COUNT } Opcode;
#undef OPCODE_ENUM

enum {
    INSN_ARG_MAX = (1 << 24) - 1,
    BINARY_INPLACE = 0x80,   // OP_BINARY_OP flag: augmented assignment
    BUILD_SET_LITERAL = 1 << 22,  // OP_BUILD_SET flag: a display of constants (see the VM)
    EXTEND_CALL_ARGS = 1 << 22,   // OP_LIST_EXTEND flag: f(*x), whose error names f
    SMALL_INT_BIAS = 1 << 23,  // OP_LOAD_SMALL_INT's argument is value + SMALL_INT_BIAS
};

// OP_GET_AWAITABLE's argument: what is awaited, which its TypeError names.
typedef enum AwaitKind { AWAIT_PLAIN, AWAIT_AENTER, AWAIT_AEXIT } AwaitKind;

// OP_YIELD_VALUE's argument: what the yield is, for throw() and async generators.
typedef enum YieldKind {
    YIELD_PLAIN,      // `yield x`
    YIELD_DELEGATED,  // passes on a yield of the delegate of `yield from` / `await`
    YIELD_ASYNC_GEN,  // `yield x` in an async generator: x is what the awaited anext() gives
} YieldKind;

static inline uint32_t insn_make(Opcode op, uint32_t arg) {
    return (uint32_t)op | (arg << 8);
}
static inline Opcode insn_op(uint32_t insn) {
    return (Opcode)(insn & 0xFF);
}
static inline uint32_t insn_arg(uint32_t insn) {
    return insn >> 8;
}

#endif
