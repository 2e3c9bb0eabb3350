// The bytecode compiler: AST -> Code objects, once per program.
#ifndef MOAT_INTERP_COMPILE_H
#define MOAT_INTERP_COMPILE_H

#include "interp/code.h"
#include "parser/arena.h"
#include "parser/ast.h"
#include "parser/diag.h"

typedef struct CompiledModule {
    const Code *code;  // the module body; returns the last expression statement's value
} CompiledModule;

// Compiles m. Everything lives in `arena` (the program's), is immutable and OBJ_STATIC.
// Constructs moat cannot run yet are reported to dl (code "unsupported") and make the result
// NULL; NULL too when memory ran out (then dl is unchanged).
CompiledModule *compile_module(Arena *arena, const AstModule *m, const char *filename,
                               DiagList *dl);

#endif
