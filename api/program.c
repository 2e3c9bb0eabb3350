// MoatProgram: a compiled script — its own copy of the source, the AST and the diagnostics.
#include <stdio.h>
#include <string.h>

#include "include/moat.h"
#include "parser/parser.h"

struct MoatProgram {
    Arena arena;  // everything below lives here
    char *source;
    size_t len;
    const char *name;
    AstModule *module;
    MoatDiagnostic *diags;
    size_t diag_count;
};

// guard: the front end's memory per compile
enum { PROGRAM_COMPILE_BUDGET = 1u << 30 };

const char *moat_version(void) {
    return MOAT_VERSION;
}

const char *moat_status_str(MoatStatus status) {
    switch (status) {
    case MOAT_OK: return "ok";
    case MOAT_ERR_NOMEM: return "out of memory";
    case MOAT_ERR_INVALID: return "invalid argument";
    }
    return "unknown status";
}

// Converts the parser's diagnostics to the public form: code-point columns, 1-based, and the
// exception class folded into syntax messages.
static bool program_export_diags(MoatProgram *p, const DiagList *dl) {
    p->diags = arena_calloc(&p->arena, dl->count ? dl->count : 1, sizeof *p->diags);
    if (!p->diags) return false;
    for (size_t k = 0; k < dl->count; k++) {
        const Diag *d = &dl->items[k];
        MoatDiagnostic *o = &p->diags[k];
        o->code = d->code;
        o->severity = d->severity == DIAG_ERROR ? MOAT_SEVERITY_ERROR : MOAT_SEVERITY_WARNING;
        if (d->exc) {
            size_t n = strlen(d->exc) + 2 + strlen(d->message) + 1;
            char *msg = arena_alloc(&p->arena, n);
            if (!msg) return false;
            snprintf(msg, n, "%s: %s", d->exc, d->message);
            o->message = msg;
        } else {
            o->message = d->message;
        }
        o->line = d->span.line;
        o->column = parser_char_column(p->source, p->len, d->span.line, d->span.col) + 1;
        o->end_line = d->span.end_line;
        o->end_column = parser_char_column(p->source, p->len, d->span.end_line, d->span.end_col) + 1;
    }
    p->diag_count = dl->count;
    return true;
}

MoatStatus moat_compile(const char *source, size_t len, const char *script_name,
                        MoatProgram **out) {
    if (!out) return MOAT_ERR_INVALID;
    *out = NULL;
    if (!source && len) return MOAT_ERR_INVALID;
    // guard: the parser indexes bytes with 32 bits
    if (len >= UINT32_MAX) return MOAT_ERR_INVALID;
    // the program lives in its own arena, so one arena_fini frees everything
    Arena arena;
    arena_init(&arena);
    arena.budget = PROGRAM_COMPILE_BUDGET;
    MoatProgram *p = arena_calloc(&arena, 1, sizeof *p);
    if (!p) {
        arena_fini(&arena);
        return MOAT_ERR_NOMEM;
    }
    p->arena = arena;
    p->source = arena_alloc(&p->arena, len + 1);
    p->name = arena_strndup(&p->arena, script_name ? script_name : "<string>",
                            strlen(script_name ? script_name : "<string>"));
    if (!p->source || !p->name) goto nomem;
    if (len) memcpy(p->source, source, len);
    p->source[len] = '\0';
    p->len = len;
    DiagList dl;
    diag_list_init(&dl, &p->arena);
    p->module = parser_parse(&p->arena, p->source, len, &dl);
    if (!p->module || !program_export_diags(p, &dl)) goto nomem;
    *out = p;
    return MOAT_OK;
nomem:
    moat_program_free(p);
    return MOAT_ERR_NOMEM;
}

void moat_program_free(MoatProgram *program) {
    if (!program) return;
    Arena arena = program->arena;  // program itself is inside
    arena_fini(&arena);
}

size_t moat_program_diagnostic_count(const MoatProgram *program) {
    return program ? program->diag_count : 0;
}

const MoatDiagnostic *moat_program_diagnostic(const MoatProgram *program, size_t i) {
    if (!program || i >= program->diag_count) return NULL;
    return &program->diags[i];
}

void moat_program_dump_ast(const MoatProgram *program, MoatWriteFn write, void *ctx) {
    if (!program || !write) return;
    ast_dump(program->module, write, ctx);
}
