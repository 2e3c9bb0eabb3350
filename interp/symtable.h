// Scope analysis before compiling: which names are locals, cells, free variables or
// globals in each function, lambda, comprehension and the module (CPython's symtable.c).
#ifndef MOAT_INTERP_SYMTABLE_H
#define MOAT_INTERP_SYMTABLE_H

#include <stdbool.h>
#include <stdint.h>

#include "parser/arena.h"
#include "parser/ast.h"

typedef enum ScopeKind {
    SCOPE_MODULE,
    SCOPE_FUNCTION,       // def and lambda
    SCOPE_GENEXP,         // a generator expression: its own code object
    SCOPE_COMPREHENSION,  // list/set/dict comprehension: inlined into its host code (PEP 709)
    SCOPE_CLASS,          // a class body: its names live in the class namespace (a dict)
    SCOPE_ANNOTATION,     // annotations (PEP 649) or type parameters (PEP 695): a function
                          // without parameters, keyed by a field of its def
} ScopeKind;

enum {
    SYM_BOUND = 1,     // assigned, imported, def'd, a loop or with target, a parameter
    SYM_PARAM = 2,
    SYM_GLOBAL = 4,    // declared global
    SYM_NONLOCAL = 8,  // declared nonlocal
    SYM_USED = 16,
    SYM_CELL = 32,     // bound here and captured by an inner code object
};

typedef struct Symbol {
    AstIdent name;
    uint16_t flags;
    uint32_t slot;  // local slot in the host code, or cell index when SYM_CELL
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const void *node;  // the AstStmt (def), or AstExpr (lambda, comprehension, genexp)
    Scope *parent;
    Scope *host;       // the scope whose code runs this one: itself, or for an inlined
                       // comprehension the nearest enclosing non-comprehension scope
    Symbol *syms;
    uint32_t sym_count, sym_cap;
    uint32_t *slots;      // open-addressing index into syms (sym index + 1; 0 empty)
    uint32_t slot_cap;    // a power of two, at least twice sym_count
    Scope **children;  // in source order
    uint32_t child_count, child_cap;
    // filled for code-owning scopes (host == self)
    AstIdent *varnames;  // fast locals, parameters first
    uint32_t local_count;
    AstIdent *cellnames;
    uint32_t cell_count;
    AstIdent *freenames;
    uint32_t free_count;
    bool is_generator, is_coroutine;
};

// NAME_CLASS: a class body's name, in its namespace (then globals and builtins for loads);
// NAME_CLASS_DEREF: a free variable read in a class body, the namespace first.
typedef enum NameKind { NAME_FAST, NAME_DEREF, NAME_GLOBAL, NAME_CLASS, NAME_CLASS_DEREF } NameKind;

typedef struct NameRef {
    NameKind kind;
    uint32_t index;  // fast slot, or deref index (cells then frees)
} NameRef;

// The name of a generator expression's hidden first parameter (the outermost iterator).
extern const char SYMTABLE_GENEXP_ARG[];
// A class body's hidden parameter: the namespace dict its names are stored in.
extern const char SYMTABLE_CLASS_NS[];
// The implicit cell of a class whose methods use super() or __class__ (one pointer, as names
// are compared by pointer: the compiler maps a written `__class__` to it).
extern const char SYMTABLE_CLASS_CELL[];

// Builds the scope tree of a module. NULL when memory ran out.
Scope *symtable_build(Arena *arena, const AstModule *m);
// How code compiled for `scope` reaches `name`.
NameRef symtable_resolve(const Scope *scope, AstIdent name);

#endif
