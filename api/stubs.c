// What the run side needs from a host's stub file: its module-level functions, which become
// the script's external functions. (The checker reads stubs in full: typecheck/.)
#include <stdlib.h>
#include <string.h>

#include "include/moat.h"
#include "parser/parser.h"

// Whether `name` is among the first n functions already found (an @overload repeats it).
static bool stub_seen(const MoatExternal *fns, size_t n, const char *name) {
    for (size_t k = 0; k < n; k++) {
        if (strcmp(fns[k].name, name) == 0) return true;
    }
    return false;
}

MoatStatus moat_stub_functions(const char *source, size_t len, MoatExternal **out, size_t *count) {
    if (!out || !count || (!source && len) || len >= UINT32_MAX) return MOAT_ERR_INVALID;
    *out = NULL;
    *count = 0;
    Arena arena;
    arena_init(&arena);
    DiagList dl;
    diag_list_init(&dl, &arena);
    AstModule *m = parser_parse(&arena, source ? source : "", len, &dl);
    MoatStatus st = !m ? MOAT_ERR_NOMEM : diag_has_errors(&dl) ? MOAT_ERR_INVALID : MOAT_OK;
    // one block: the array, then the names it points to
    size_t n = 0, bytes = 0;
    for (uint32_t k = 0; st == MOAT_OK && k < m->body.count; k++) {
        const AstStmt *s = m->body.items[k];
        if (s->kind != AST_FUNCTIONDEF) continue;
        n++;
        bytes += strlen(s->funcdef.name) + 1;
    }
    MoatExternal *fns = st == MOAT_OK ? malloc((n ? n : 1) * sizeof *fns + bytes) : NULL;
    if (st == MOAT_OK && !fns) st = MOAT_ERR_NOMEM;
    char *names = fns ? (char *)(fns + (n ? n : 1)) : NULL;
    size_t found = 0;
    for (uint32_t k = 0; fns && k < m->body.count; k++) {
        const AstStmt *s = m->body.items[k];
        if (s->kind != AST_FUNCTIONDEF || stub_seen(fns, found, s->funcdef.name)) continue;
        size_t l = strlen(s->funcdef.name) + 1;
        memcpy(names, s->funcdef.name, l);
        fns[found++] = (MoatExternal){names, s->funcdef.is_async};
        names += l;
    }
    arena_fini(&arena);
    if (st == MOAT_OK) {
        *out = fns;
        *count = found;
    }
    return st;
}
