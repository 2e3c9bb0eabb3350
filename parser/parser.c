// Entry point of the front end: tokenizer checks, tree-sitter parse, lowering, context rules.
#include "parser/parser.h"

#include "parser/cst.h"
#include "parser/lower.h"
#include "parser/syntax_errors.h"
#include "parser/syntax_rules.h"
#include "parser/tokens.h"

static bool has_parse_error(const DiagList *dl, size_t from) {
    for (size_t k = from; k < dl->count; k++) {
        if (dl->items[k].phase == DIAG_PHASE_PARSE) return true;
    }
    return false;
}

AstModule *parser_parse(Arena *arena, const char *src, size_t len, DiagList *dl) {
    AstModule *m = arena_calloc(arena, 1, sizeof *m);
    if (!m) return NULL;
    m->source = src;
    m->source_len = len;
    size_t first = dl->count;
    if (!tokens_check(src, len, dl)) return NULL;
    bool token_error = dl->count > first;
    // The CST is scratch: it lives in its own arena, dropped once lowered.
    Arena scratch;
    arena_init(&scratch);
    scratch.budget = arena->budget;
    Cst cst;
    AstModule *result = NULL;
    if (!cst_parse(&cst, &scratch, src, len)) goto done;
    Lower lo = {.arena = arena, .cst = &cst, .src = src, .dl = dl};
    m->body = lower_module(&lo, 0);
    if (lo.oom) goto done;
    // Lowering may have explained tree-sitter's first error precisely; if not, it is reported
    // as CPython's generic error (unless the tokenizer's error comes first).
    if (cst.first_error && !syntax_errors_report(&cst, dl, token_error ? &dl->items[first] : NULL,
                                                 first)) {
        goto done;
    }
    if (!has_parse_error(dl, first) && !syntax_check_module(m, arena, dl)) goto done;
    diag_sort(dl);
    result = m;
done:
    arena_fini(&scratch);
    return result;
}

uint32_t parser_char_column(const char *src, size_t len, uint32_t line, uint32_t col) {
    size_t k = 0;
    for (uint32_t l = 1; l < line && k < len; k++) {
        if (src[k] == '\n') l++;
    }
    uint32_t chars = 0;
    for (size_t j = 0; j < col && k + j < len; j++) {
        if (((unsigned char)src[k + j] & 0xC0) != 0x80) chars++;
    }
    return chars;
}
