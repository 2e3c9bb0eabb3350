// Messages for what tree-sitter could not parse, worded and placed as CPython's parser does.
#include "parser/syntax_errors.h"

#include <string.h>

static bool cst_tok_is(const Cst *cst, const CstNode *n, const char *tok) {
    size_t len = strlen(tok);
    return n->end - n->start == len && memcmp(cst->src + n->start, tok, len) == 0;
}

bool syntax_errors_report(const Cst *cst, DiagList *dl, const Diag *token_error, size_t from) {
    const CstNode *n = cst_node(cst, cst->first_error);
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
        if (cst->missing && strcmp(cst->missing, ":") == 0) {
            return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError",
                            "expected ':'");
        }
        return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError", "invalid syntax");
    }
    (void)cst_tok_is;
    return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError", "invalid syntax");
}
