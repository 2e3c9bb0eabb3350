// MoatProgram: a compiled script — its own copy of the source, the AST and the diagnostics.
#include <stdio.h>
#include <string.h>

#include "api/program.h"
#include "include/moat.h"
#include "interp/compile.h"
#include "parser/parser.h"

struct MoatProgram {
    Arena arena;  // everything below lives here
    char *source;
    size_t len;
    const char *name;
    AstModule *module;
    CompiledModule *compiled;  // NULL when the source has errors
    const Diag *first_error;   // the parser's or compiler's first error, for runs
    bool complete_ast;         // no parse error: the AST has no holes (context rules may fail)
    MoatDiagnostic *diags;
    size_t diag_count;
    const char **inputs;  // the declared input names (moat_compile_with_inputs)
    size_t input_count;
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

bool program_export_diag(const MoatProgram *p, Arena *arena, const uint32_t *starts,
                         uint32_t nlines, const Diag *d, MoatDiagnostic *o) {
    o->code = d->code;
    o->severity = d->severity == DIAG_ERROR ? MOAT_SEVERITY_ERROR : MOAT_SEVERITY_WARNING;
    if (d->exc) {
        size_t n = strlen(d->exc) + 2 + strlen(d->message) + 1;
        char *msg = arena_alloc(arena, n);
        if (!msg) return false;
        snprintf(msg, n, "%s: %s", d->exc, d->message);
        o->message = msg;
    } else {
        o->message = d->message;
    }
    o->line = d->span.line;
    o->end_line = d->span.end_line;
    uint32_t ls = d->span.line && d->span.line <= nlines ? starts[d->span.line - 1] : 0;
    uint32_t le = d->span.end_line && d->span.end_line <= nlines ? starts[d->span.end_line - 1] : 0;
    o->column = parser_chars_before(p->source, p->len, ls, d->span.col) + 1;
    o->end_column = parser_chars_before(p->source, p->len, le, d->span.end_col) + 1;
    return true;
}

// Converts the parser's diagnostics to the public form: code-point columns, 1-based, and the
// exception class folded into syntax messages.
static bool program_export_diags(MoatProgram *p, const DiagList *dl) {
    p->diags = arena_calloc(&p->arena, dl->count ? dl->count : 1, sizeof *p->diags);
    uint32_t nlines = 0;
    uint32_t *starts = dl->count ? parser_line_starts(p->source, p->len, &p->arena, &nlines) : NULL;
    if (!p->diags || (dl->count && !starts)) return false;
    for (size_t k = 0; k < dl->count; k++) {
        if (!program_export_diag(p, &p->arena, starts, nlines, &dl->items[k], &p->diags[k])) {
            return false;
        }
    }
    p->diag_count = dl->count;
    return true;
}

MoatStatus moat_compile(const char *source, size_t len, const char *script_name,
                        MoatProgram **out) {
    return moat_compile_with_inputs(source, len, script_name, NULL, 0, out);
}

MoatStatus moat_compile_with_inputs(const char *source, size_t len, const char *script_name,
                                    const char *const *inputs, size_t input_count,
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
    if (input_count && !inputs) {
        moat_program_free(p);
        return MOAT_ERR_INVALID;
    }
    p->inputs = input_count ? arena_calloc(&p->arena, input_count, sizeof *p->inputs) : NULL;
    if (input_count && !p->inputs) goto nomem;
    for (; p->input_count < input_count; p->input_count++) {
        const char *n = inputs[p->input_count];
        if (!n) {
            moat_program_free(p);
            return MOAT_ERR_INVALID;
        }
        if (!(p->inputs[p->input_count] = arena_strndup(&p->arena, n, strlen(n)))) goto nomem;
    }
    if (!p->source || !p->name) goto nomem;
    if (len) memcpy(p->source, source, len);
    p->source[len] = '\0';
    p->len = len;
    DiagList dl;
    diag_list_init(&dl, &p->arena);
    p->module = parser_parse(&p->arena, p->source, len, &dl);
    if (!p->module) goto nomem;
    if (!diag_has_errors(&dl)) {
        size_t before = dl.count;
        p->compiled = compile_module(&p->arena, p->module, p->name, &dl);
        if (!p->compiled && dl.count == before) goto nomem;
    }
    diag_sort(&dl);
    p->complete_ast = true;
    for (size_t k = 0; k < dl.count; k++) {
        if (dl.items[k].phase == DIAG_PHASE_PARSE) p->complete_ast = false;
    }
    for (size_t k = 0; k < dl.count && !p->first_error; k++) {
        if (dl.items[k].severity == DIAG_ERROR) p->first_error = &dl.items[k];
    }
    if (!program_export_diags(p, &dl)) goto nomem;
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

const AstModule *program_module(const MoatProgram *p) {
    return p->module;
}

bool program_ast_complete(const MoatProgram *p) {
    return p->complete_ast;
}

const char *program_source(const MoatProgram *p) {
    return p->source;
}

size_t program_source_len(const MoatProgram *p) {
    return p->len;
}

bool program_inputs_match(const MoatProgram *p, const char *const *names, size_t n) {
    if (!p->input_count) return true;  // nothing declared: any inputs
    if (n != p->input_count) return false;
    for (size_t k = 0; k < n; k++) {
        bool declared = false;
        for (size_t j = 0; j < p->input_count && !declared; j++) declared = strcmp(names[k], p->inputs[j]) == 0;
        if (!declared) return false;
    }
    return true;
}

const char *program_name(const MoatProgram *p) {
    return p->name;
}

bool program_runnable(const MoatProgram *p) {
    return p->compiled != NULL;
}

const Code *program_code(const MoatProgram *p) {
    return p->compiled->code;
}

// "  File "x.py", line N\n    <line>\n    ^^^^\n" as CPython prints a SyntaxError's place
// (its line N is the error's even where its traceback module points elsewhere).
static bool syntax_error_place(const MoatProgram *p, const Diag *d, char *buf, size_t cap) {
    Span shown = d->shown_message ? d->shown : d->span;
    size_t k = 0, line = 1;
    while (k < p->len && line < shown.line) line += p->source[k++] == '\n';
    size_t e = k;
    while (e < p->len && p->source[e] != '\n' && p->source[e] != '\r') e++;
    size_t lead = k;
    while (lead < e && (p->source[lead] == ' ' || p->source[lead] == '\t')) lead++;
    int n = snprintf(buf, cap, "  File \"%s\", line %u\n", p->name, d->span.line);
    if (n < 0 || (size_t)n >= cap) return false;
    size_t at = (size_t)n;
    // the line as CPython shows it: without its indentation, with its trailing blanks
    if (e > lead && at + (e - lead) + 16 < cap) {
        at += (size_t)snprintf(buf + at, cap - at, "    %.*s\n", (int)(e - lead), p->source + lead);
        uint32_t col = parser_char_column(p->source, p->len, shown.line, shown.col);
        uint32_t lead_chars = parser_char_column(p->source, p->len, shown.line, (uint32_t)(lead - k));
        uint32_t last = parser_char_column(p->source, p->len, shown.line, (uint32_t)(e - k));
        // a range running onto later lines is marked to the end of its first
        uint32_t end_col = shown.end_line == shown.line
                               ? parser_char_column(p->source, p->len, shown.line, shown.end_col)
                               : last;
        if (end_col > last) end_col = last;
        if (end_col <= col) end_col = col + 1;
        // a place inside the indentation (an unexpected indent) gets no caret, as in CPython
        if (col >= lead_chars) {
            at += (size_t)snprintf(buf + at, cap - at, "    ");
            for (uint32_t c = lead_chars; c < col && at + 2 < cap; c++) buf[at++] = ' ';
            for (uint32_t c = col; c < end_col && at + 2 < cap; c++) buf[at++] = '^';
            buf[at++] = '\n';
            buf[at] = '\0';
        }
    }
    return true;
}

bool program_syntax_error(const MoatProgram *p, Arena *arena, const char **type,
                          const char **message, const char **traceback) {
    const Diag *d = p->first_error;
    const char *exc = d && d->exc ? d->exc : "NotImplementedError";
    const char *msg = d ? d->message : "the program cannot run";
    char place[4096] = "";
    if (d && !syntax_error_place(p, d, place, sizeof place)) place[0] = '\0';
    const char *shown = d && d->shown_message ? d->shown_message : msg;
    size_t n = strlen(place) + strlen(exc) + strlen(shown) + 64;
    char *tb = arena_alloc(arena, n);
    if (!tb) return false;
    snprintf(tb, n, "Traceback (most recent call last):\n%s%s: %s", place, exc, shown);
    *type = arena_strndup(arena, exc, strlen(exc));
    *message = arena_strndup(arena, msg, strlen(msg));
    *traceback = tb;
    return *type && *message;
}
