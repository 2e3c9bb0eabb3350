// Stub loading: .pyi files parsed by moat's own parser into modules, classes, signatures,
// TypedDicts and aliases. Also resolves annotations, for stubs and scripts alike.
#ifndef MOAT_TYPECHECK_TC_STUB_H
#define MOAT_TYPECHECK_TC_STUB_H

#include "typecheck/typecheck.h"

enum { TC_MAX_MODULES = 32, TC_MAX_TYPEVARS = 8 };

struct TcStubs {
    Arena arena;
    TcModule builtins;                 // builtin functions, classes and exceptions
    const TcClass *classes[TC_CLS_COMPLEX + 1];  // built-in classes by identity (the last one)
    TcModule *modules[TC_MAX_MODULES];  // sys, math, json, typing, ...
    uint32_t module_count;
    TcModule host;      // the host's functions and inputs
    TcTable host_types; // the host's TypedDicts, classes and aliases (for annotations)
};

// How an annotation's names are looked up.
typedef struct TcResolver {
    Arena *arena;
    const TcStubs *stubs;
    const TcTable *types;  // the file's own classes, TypedDicts and aliases
    const char *typevars[TC_MAX_TYPEVARS];  // type parameters of the enclosing class
    uint32_t typevar_count;
    const char *const *shadowed;  // names the script defines itself (its own classes): unknown
    uint32_t shadowed_count;
    int depth;
} TcResolver;

// The type an annotation expression describes; unknown for what the checker does not model.
const TcType *tc_resolve_annotation(TcResolver *rs, const AstExpr *e);
// The signature of a def; `skip` leading parameters are dropped (a method's self).
TcFunc *tc_func_from_def(TcResolver *rs, const AstStmt *s, uint32_t skip);
const TcModule *tc_stubs_module(const TcStubs *s, const char *name);
// An instance of a built-in class with the given type arguments.
const TcType *tc_builtin_instance(const TcStubs *s, Arena *a, TcBuiltin b, const TcType **args,
                                  uint16_t nargs);

#endif
