// Entry point of the front end: tokenizer checks, tree-sitter parse, lowering, context rules.
#include "parser/parser.h"

#include <string.h>

#include "parser/cst.h"
#include "parser/lower.h"
#include "parser/syntax_errors.h"
#include "parser/syntax_lines.h"
#include "parser/syntax_rules.h"
#include "parser/syntax_typos.h"
#include "parser/tokens.h"

static bool has_parse_error(const DiagList *dl, size_t from) {
    for (size_t k = from; k < dl->count; k++) {
        if (dl->items[k].phase == DIAG_PHASE_PARSE) return true;
    }
    return false;
}

// Where tree-sitter needs to stop: the end of the line of the tokenizer's first finding.
static size_t tokens_parse_limit(const TokensResult *t, const char *src, size_t len) {
    size_t at = len;
    if (t->lexical.found && t->lexical.offset < at) at = t->lexical.offset;
    if (t->structural.found && t->structural.offset < at) at = t->structural.offset;
    if (at >= len) return len;
    const char *nl = memchr(src + at, '\n', len - at);
    return nl ? (size_t)(nl - src) + 1 : len;
}

// Byte offset of (line, col) in src.
static size_t offset_of(const char *src, size_t len, uint32_t line, uint32_t col) {
    size_t k = 0;
    for (uint32_t l = 1; l < line && k < len; k++) {
        if (src[k] == '\n') l++;
    }
    return k + col <= len ? k + col : len;
}

// The parse-phase diagnostic that comes first in the source, among dl->items[from...].
static const Diag *first_parse_error(const DiagList *dl, size_t from) {
    const Diag *best = NULL;
    for (size_t k = from; k < dl->count; k++) {
        const Diag *d = &dl->items[k];
        if (d->phase != DIAG_PHASE_PARSE) continue;
        if (!best || d->span.line < best->span.line ||
            (d->span.line == best->span.line && d->span.col < best->span.col)) {
            best = d;
        }
    }
    return best;
}

// CPython reports either its parser's first error or a tokenizer error; when the tokenizer's
// wins, the parse diagnostics (its consequences) give way to it.
static bool merge_token_error(const TokensResult *res, const char *src, size_t len, DiagList *dl,
                              size_t from) {
    const Diag *pe = first_parse_error(dl, from);
    size_t offset = pe ? offset_of(src, len, pe->span.line, pe->span.col) : SIZE_MAX;
    // CPython weighs the line of the last token its parser read: for a missing comma, the line
    // where its second expression ends
    uint32_t line = 0;
    if (pe) line = strcmp(pe->message, SYNTAX_MISSING_COMMA) == 0 ? pe->span.end_line : pe->span.line;
    const TokensFinding *pick = tokens_pick(res, offset, line);
    if (!pick) return true;
    size_t keep = from;
    for (size_t k = from; k < dl->count; k++) {
        if (dl->items[k].phase != DIAG_PHASE_PARSE) dl->items[keep++] = dl->items[k];
    }
    dl->count = keep;
    return diag_add(dl, DIAG_PHASE_PARSE, pick->span, "syntax-error", pick->exc, "%s", pick->message);
}

// The first error among dl->items[from...] (sorted), or NULL.
static Diag *first_error(DiagList *dl, size_t from) {
    for (size_t k = from; k < dl->count; k++) {
        if (dl->items[k].severity == DIAG_ERROR) return &dl->items[k];
    }
    return NULL;
}

// `hint_keywords`: look for the keyword typo hint CPython's traceback would print. *holes
// (may be NULL): the AST has a hole where no error was reported, code moat cannot run.
static AstModule *parse_module(Arena *arena, const char *src, size_t len, DiagList *dl,
                               bool hint_keywords, bool *holes) {
    AstModule *m = arena_calloc(arena, 1, sizeof *m);
    if (!m) return NULL;
    m->source = src;
    m->source_len = len;
    size_t first = dl->count;
    TokensResult tokens;
    if (!tokens_scan(src, len, arena, &tokens)) return NULL;
    // The CST is scratch: it lives in its own arena, dropped once lowered.
    Arena scratch;
    arena_init(&scratch);
    scratch.budget = arena->budget;
    Cst cst;
    AstModule *result = NULL;
    // tree-sitter sees a lone CR as whitespace, CPython as a line end: give it a copy with LF
    // there (same offsets). And past a tokenizer error nothing can change what is reported,
    // so the parse stops at the end of that line (a 50 MB file bad at line 101 stays cheap).
    size_t parse_len = tokens_parse_limit(&tokens, src, len);
    const char *parse_src = src;
    if (memchr(src, '\r', parse_len)) {
        char *copy = arena_alloc(&scratch, parse_len + 1);
        if (!copy) goto done;
        for (size_t k = 0; k < parse_len; k++) {
            copy[k] = src[k] == '\r' && (k + 1 >= len || src[k + 1] != '\n') ? '\n' : src[k];
        }
        parse_src = copy;
    }
    if (!cst_parse(&cst, &scratch, parse_src, parse_len)) goto done;
    cst.src = src;
    Lower lo = {.arena = arena, .cst = &cst, .src = src, .dl = dl};
    m->body = lower_module(&lo, 0);
    if (lo.oom) goto done;
    if (holes) *holes = lo.holes;
    // Lowering may have explained tree-sitter's first error precisely; if not, it is reported
    // as CPython's generic error.
    if (cst.first_error && !syntax_errors_report(&cst, &scratch, dl, NULL, first)) goto done;
    if (!syntax_errors_refine(&cst, &scratch, dl, first)) goto done;
    if (!merge_token_error(&tokens, src, len, dl, first)) goto done;
    if (!has_parse_error(dl, first) && !syntax_check_module(m, arena, dl)) goto done;
    diag_sort(dl);
    result = m;
done:
    arena_fini(&scratch);
    Diag *d = result && hint_keywords ? first_error(dl, first) : NULL;
    if (d && d->phase == DIAG_PHASE_PARSE && !syntax_typos_suggest(arena, src, len, d)) return NULL;
    return result;
}

AstModule *parser_parse(Arena *arena, const char *src, size_t len, DiagList *dl) {
    return parse_module(arena, src, len, dl, true, NULL);
}

// Whether error d lies at the end of src, past all but blanks.
static bool at_end(const char *src, size_t len, const Diag *d) {
    size_t content = len;
    while (content > 0 && strchr(" \t\f\r\n", src[content - 1])) content--;
    return offset_of(src, len, d->span.line, d->span.col) >= content;
}

// Whether CPython stops at d only for want of more input: its tokenizer at the end of the
// source inside a bracket or a triple-quoted string, or its parser there (a block to come).
static bool wants_more_input(const char *src, size_t len, const Diag *d) {
    if (d->phase != DIAG_PHASE_PARSE) return false;
    size_t n = strlen(d->message);
    const char *closed = "' was never closed";
    if (n > strlen(closed) && strcmp(d->message + n - strlen(closed), closed) == 0) return true;
    if (strncmp(d->message, "unterminated triple-quoted", 26) == 0) return true;
    if (strcmp(d->message, "unexpected EOF while parsing") == 0) return true;
    return (strcmp(d->message, "invalid syntax") == 0 ||
            strncmp(d->message, "expected an indented block", 26) == 0) &&
           at_end(src, len, d);
}

bool parser_compiles_or_incomplete(const char *src, size_t len) {
    Arena a;
    arena_init(&a);
    DiagList dl;
    diag_list_init(&dl, &a);
    // codeop reads it with a final newline
    char *code = arena_alloc(&a, len + 1);
    bool ok = false;
    if (code) {
        memcpy(code, src, len);
        code[len] = '\n';
        bool holes = false;
        if (parse_module(&a, code, len + 1, &dl, false, &holes)) {
            const Diag *d = first_error(&dl, 0);
            ok = d ? wants_more_input(code, len + 1, d) : !holes;
        }
    }
    arena_fini(&a);
    return ok;
}

uint32_t *parser_line_starts(const char *src, size_t len, Arena *arena, uint32_t *count) {
    uint32_t n = 1;
    for (size_t k = 0; k < len; k++) n += src[k] == '\n';
    uint32_t *starts = arena_calloc(arena, n, sizeof *starts);
    if (!starts) return NULL;
    uint32_t i = 1;
    for (size_t k = 0; k < len; k++) {
        if (src[k] == '\n') starts[i++] = (uint32_t)(k + 1);
    }
    *count = n;
    return starts;
}

uint32_t parser_chars_before(const char *src, size_t len, uint32_t start, uint32_t col) {
    uint32_t chars = 0;
    for (size_t j = 0; j < col && start + j < len; j++) {
        if (((unsigned char)src[start + j] & 0xC0) != 0x80) chars++;
    }
    return chars;
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
