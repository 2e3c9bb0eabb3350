// moat_check and the stub set: the public face of typecheck/ over a compiled program.
#include <string.h>

#include "api/check.h"
#include "api/program.h"
#include "include/moat.h"
#include "parser/parser.h"
#include "typecheck/typecheck.h"

struct MoatStubs {
    TcStubs *tc;
};

struct MoatCheck {
    Arena arena;  // everything below lives here
    MoatDiagnostic *diags;
    size_t count;
};

// guard: the checker's memory per check
enum { CHECK_BUDGET = 1u << 28 };

MoatStatus moat_stubs_new(MoatStubs **out) {
    if (!out) return MOAT_ERR_INVALID;
    *out = NULL;
    TcStubs *tc = tc_stubs_new();
    if (!tc) return MOAT_ERR_NOMEM;
    MoatStubs *s = tc_stubs_alloc(tc, sizeof *s);  // the handle lives in the set's arena
    if (!s) {
        tc_stubs_free(tc);
        return MOAT_ERR_NOMEM;
    }
    s->tc = tc;
    *out = s;
    return MOAT_OK;
}

MoatStatus moat_stubs_add(MoatStubs *stubs, const char *source, size_t len, const char *name,
                          const char **error) {
    if (error) *error = NULL;
    if (!stubs || (!source && len) || len >= UINT32_MAX) return MOAT_ERR_INVALID;
    const char *why = NULL;
    if (tc_stubs_add(stubs->tc, source ? source : "", len, name, &why)) return MOAT_OK;
    if (error) *error = why;
    return why && strcmp(why, "out of memory") != 0 ? MOAT_ERR_INVALID : MOAT_ERR_NOMEM;
}

const TcStubs *check_stubs_get(const MoatStubs *stubs) {
    return stubs->tc;
}

void moat_stubs_free(MoatStubs *stubs) {
    if (stubs) tc_stubs_free(stubs->tc);
}

// Position order, stable: the program's own diagnostics and the checker's interleave by line.
static void sort_by_position(MoatDiagnostic *d, size_t n) {
    for (size_t i = 1; i < n; i++) {
        MoatDiagnostic x = d[i];
        size_t j = i;
        while (j > 0 && (d[j - 1].line > x.line ||
                         (d[j - 1].line == x.line && d[j - 1].column > x.column))) {
            d[j] = d[j - 1];
            j--;
        }
        d[j] = x;
    }
}

static bool check_export(MoatCheck *c, const MoatProgram *program, const DiagList *dl) {
    size_t own = moat_program_diagnostic_count(program);
    c->diags = arena_calloc(&c->arena, own + dl->count + 1, sizeof *c->diags);
    if (!c->diags) return false;
    for (size_t k = 0; k < own; k++) c->diags[c->count++] = *moat_program_diagnostic(program, k);
    if (!dl->count) return true;
    uint32_t nlines = 0;
    uint32_t *starts = parser_line_starts(program_source(program), program_source_len(program),
                                          &c->arena, &nlines);
    if (!starts) return false;
    for (size_t k = 0; k < dl->count; k++) {
        if (!program_export_diag(program, &c->arena, starts, nlines, &dl->items[k],
                                 &c->diags[c->count++])) {
            return false;
        }
    }
    sort_by_position(c->diags, c->count);
    return true;
}

MoatStatus moat_check(const MoatProgram *program, const MoatStubs *stubs, MoatCheck **out) {
    if (!out) return MOAT_ERR_INVALID;
    *out = NULL;
    if (!program) return MOAT_ERR_INVALID;
    Arena arena;
    arena_init(&arena);
    arena.budget = CHECK_BUDGET;
    MoatCheck *c = arena_calloc(&arena, 1, sizeof *c);
    if (!c) {
        arena_fini(&arena);
        return MOAT_ERR_NOMEM;
    }
    c->arena = arena;
    DiagList dl;
    diag_list_init(&dl, &c->arena);
    // a script that does not parse has nothing the checker could say more about
    bool ok = true;
    if (stubs && program_ast_complete(program)) {
        ok = tc_check_module(stubs->tc, program_module(program), &c->arena, &dl);
    }
    if (!ok || !check_export(c, program, &dl)) {
        moat_check_free(c);
        return MOAT_ERR_NOMEM;
    }
    *out = c;
    return MOAT_OK;
}

size_t moat_check_diagnostic_count(const MoatCheck *check) {
    return check ? check->count : 0;
}

const MoatDiagnostic *moat_check_diagnostic(const MoatCheck *check, size_t i) {
    if (!check || i >= check->count) return NULL;
    return &check->diags[i];
}

void moat_check_free(MoatCheck *check) {
    if (!check) return;
    Arena arena = check->arena;  // check itself is inside
    arena_fini(&arena);
}
