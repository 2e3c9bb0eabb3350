// The checker's interface for the rest of moat: load stubs (moat's bundled ones and the host's),
// check a parsed script against them, and list what the host's stubs declare.
#ifndef MOAT_TYPECHECK_TYPECHECK_H
#define MOAT_TYPECHECK_TYPECHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/arena.h"
#include "parser/ast.h"
#include "parser/diag.h"
#include "typecheck/tc_type.h"

// The stubs a script is checked against: builtins and moat's modules, then the host's files.
// Immutable once loaded, so one set serves many checks (on any thread).
typedef struct TcStubs TcStubs;

// A set holding moat's bundled stubs (compiled into the library); NULL when memory ran out.
TcStubs *tc_stubs_new(void);
void tc_stubs_free(TcStubs *s);
// Zeroed memory that lives as long as the set (for a handle around it); NULL when out of memory.
void *tc_stubs_alloc(TcStubs *s, size_t size);
// Adds one host stub file. False on a syntax error or a construct stubs may not use; then
// *error (in the set's arena, "NAME:LINE:COL: message") says why.
bool tc_stubs_add(TcStubs *s, const char *source, size_t len, const char *name,
                  const char **error);

// What the host's stubs declare at module level: functions (external calls) and variables
// (the script's inputs), in declaration order.
typedef struct TcStubName {
    const char *name;
    bool is_function;
    bool is_async;           // functions only
    const TcFunc *function;  // functions only: the signature (first overload)
    const TcType *type;      // variables only: the declared type
} TcStubName;

size_t tc_stubs_name_count(const TcStubs *s);
// The i-th name; false past the end.
bool tc_stubs_name_at(const TcStubs *s, size_t i, TcStubName *out);
// Writes f as the stub spells it: "async def get_weather(city: str) -> Weather".
void tc_func_signature(const TcFunc *f, char *buf, size_t cap);

// Checks m against s, appending diagnostics (phase DIAG_PHASE_CHECK) to dl. False only when
// memory ran out. Scratch memory comes from `arena`.
bool tc_check_module(const TcStubs *s, const AstModule *m, Arena *arena, DiagList *dl);

#endif
