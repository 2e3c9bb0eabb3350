// The checker's types: what a value is known to be, from stubs and inference. Types live in an
// arena and are never mutated once built; TC_UNKNOWN absorbs everything, so the checker stays
// silent wherever it cannot be sure.
#ifndef MOAT_TYPECHECK_TC_TYPE_H
#define MOAT_TYPECHECK_TC_TYPE_H

#include <stdbool.h>
#include <stdint.h>

#include "parser/arena.h"
#include "parser/ast.h"

typedef enum TcKind {
    TC_UNKNOWN,    // Any, or what the checker cannot follow: accepts and offers everything
    TC_NONE,
    TC_INSTANCE,   // an instance of a class: int, str, list[T], dict[K, V], tuple[A, B]
    TC_TYPEDDICT,  // a dict with known keys (a TypedDict of the stubs)
    TC_UNION,      // args: two or more members, flattened, no unknown among them
    TC_FUNC,       // a function with a known signature (a method carries its receiver)
    TC_CALLABLE,   // callable with unknown parameters; args[0] is the result
    TC_CLASS,      // a class object; calling it makes an instance of `cls`
    TC_COROUTINE,  // what calling an async def gives; `await` yields args[0]
    TC_MODULE,
    TC_TYPEVAR,    // a class's type parameter inside its own method signatures
} TcKind;

// Built-in classes the checker knows by identity (operators, iteration, narrowing).
typedef enum TcBuiltin {
    TC_CLS_OTHER,
    TC_CLS_OBJECT,
    TC_CLS_BOOL,
    TC_CLS_INT,
    TC_CLS_FLOAT,
    TC_CLS_STR,
    TC_CLS_BYTES,
    TC_CLS_LIST,
    TC_CLS_TUPLE,
    TC_CLS_DICT,
    TC_CLS_SET,
    TC_CLS_FROZENSET,
    TC_CLS_RANGE,
    TC_CLS_ITERATOR,  // enumerate, zip, map, filter, reversed, generators: iterate to args[0]
    TC_CLS_EXCEPTION,
    TC_CLS_COMPLEX,  // takes ints and floats (the numeric tower); operators unchecked. Keep last:
                     // TcStubs.classes ends here
} TcBuiltin;

typedef struct TcType TcType;
typedef struct TcTable TcTable;

// A string-keyed table of names (module members, class members, TypedDict fields).
typedef struct TcEntry {
    const char *name;
    const TcType *type;
    bool required;  // TypedDict fields
} TcEntry;

struct TcTable {
    TcEntry *items;  // open addressing, cap a power of two
    uint32_t count, cap;
    const char **order;  // names in insertion order (for listings and suggestions)
};

typedef struct TcClass {
    const char *name;
    TcBuiltin builtin;
    uint8_t nparams;  // type parameters: list[T] 1, dict[K, V] 2
    const struct TcClass *base;
    TcTable members;
} TcClass;

typedef enum TcParamKind {
    TC_PARAM_POSONLY,
    TC_PARAM_NORMAL,
    TC_PARAM_VARARG,
    TC_PARAM_KWONLY,
    TC_PARAM_VARKW,
} TcParamKind;

typedef struct TcParam {
    const char *name;
    const TcType *type;
    uint8_t kind;  // TcParamKind
    bool has_default;
} TcParam;

typedef struct TcFunc {
    const char *name;
    TcParam *params;
    uint32_t count;
    const TcType *ret;
    bool is_async;
    const struct TcFunc *overload;  // the next @overload of the same name, or NULL
} TcFunc;

typedef struct TcTypedDict {
    const char *name;
    TcTable fields;
} TcTypedDict;

typedef struct TcModule {
    const char *name;
    TcTable members;
} TcModule;

struct TcType {
    uint8_t kind;            // TcKind
    bool tuple_var;          // tuple[X, ...]
    uint16_t nargs;
    const TcType **args;
    const TcType *receiver;  // TC_FUNC: the instance a method was taken from
    const char **literals;   // a str instance from Literal["a", "b"]: its values
    uint16_t nliterals;
    union {
        const TcClass *cls;      // TC_INSTANCE, TC_CLASS
        const TcFunc *func;      // TC_FUNC
        const TcTypedDict *td;   // TC_TYPEDDICT
        const TcModule *mod;     // TC_MODULE
        uint32_t typevar;        // TC_TYPEVAR
    };
};

extern const TcType tc_unknown;
extern const TcType tc_none;

void tc_table_init(TcTable *t);
// Adds or replaces name; false when memory ran out.
bool tc_table_put(Arena *a, TcTable *t, const char *name, const TcType *type, bool required);
const TcEntry *tc_table_get(const TcTable *t, const char *name);

const TcType *tc_instance(Arena *a, const TcClass *cls, const TcType **args, uint16_t nargs);
const TcType *tc_instance1(Arena *a, const TcClass *cls, const TcType *arg);
const TcType *tc_make(Arena *a, TcKind kind, const TcType **args, uint16_t nargs);
const TcType *tc_make1(Arena *a, TcKind kind, const TcType *arg);
const TcType *tc_func(Arena *a, const TcFunc *f, const TcType *receiver);
const TcType *tc_class_type(Arena *a, const TcClass *cls);
// The union of a and b (unknown if either is, or past a few members).
const TcType *tc_join(Arena *a, const TcType *x, const TcType *y);
// x without None (x itself when it is not a union holding None); NULL when x is only None.
const TcType *tc_without_none(Arena *a, const TcType *x);
bool tc_may_be_none(const TcType *x);
bool tc_is_unknown(const TcType *x);
bool tc_equal(const TcType *x, const TcType *y);
// True unless a value of type `actual` can never be what `expected` describes.
bool tc_assignable(const TcType *actual, const TcType *expected);
// A type parameter of `receiver`'s class replaced by its argument in t (unknown if absent).
const TcType *tc_substitute(Arena *a, const TcType *t, const TcType *receiver);
// The class builtin of an instance (TC_CLS_OTHER for anything else).
TcBuiltin tc_builtin_of(const TcType *t);
// True when t (or a member of it, for a union) is a Literal of strings without `value`.
bool tc_literal_rejects(const TcType *t, const char *value);
// Writes t as Python spells it ("list[dict[str, int]]", "str | None") into buf.
void tc_type_str(const TcType *t, char *buf, size_t cap);

#endif
