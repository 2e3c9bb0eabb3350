// Messages for what tree-sitter could not parse, worded and placed as CPython's parser does.
#include "parser/syntax_errors.h"

#include <string.h>

static bool cst_tok_is(const Cst *cst, const CstNode *n, const char *tok) {
    size_t len = strlen(tok);
    return n->end - n->start == len && memcmp(cst->src + n->start, tok, len) == 0;
}

// The first ERROR or MISSING node lowering did not repair, or 0.
static uint32_t first_unrepaired(const Cst *cst) {
    for (uint32_t k = cst->first_error; k && k < cst->count; k++) {
        const CstNode *n = cst_node(cst, k);
        if ((n->kind == CST_ERROR || (n->flags & CST_MISSING)) && !(n->flags & CST_REPAIRED)) {
            return k;
        }
    }
    return 0;
}

bool syntax_errors_report(const Cst *cst, DiagList *dl, const Diag *token_error, size_t from) {
    uint32_t first = first_unrepaired(cst);
    if (!first) return true;
    const CstNode *n = cst_node(cst, first);
    const char *missing = (n->flags & CST_MISSING) ? cst_missing_name(cst, first) : NULL;
    if (token_error && token_error->span.line <= n->line) return true;
    for (size_t k = from; k < dl->count; k++) {
        const Span *s = &dl->items[k].span;
        if (dl->items[k].phase == DIAG_PHASE_PARSE &&
            (s->line < n->end_line || (s->line == n->end_line && s->col <= n->end_col))) {
            return true;
        }
    }
    Span at = cst_span(n);
    if (n->flags & CST_MISSING) {
        // a MISSING node has no text; its kind says which token error recovery invented
        if (missing && strcmp(missing, ":") == 0) {
            return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError",
                            "expected ':'");
        }
        return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError", "invalid syntax");
    }
    (void)cst_tok_is;
    return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError", "invalid syntax");
}
