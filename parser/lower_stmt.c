// Lowering of statements: one function per tree-sitter statement node type.
#include "parser/lower.h"

static bool is_word_byte(char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           (unsigned char)c >= 0x80;
}

// The first token on the line where node i starts (a word, or one character), as a span: where
// CPython fails when that line cannot continue the statement before it.
static Span first_token_of_line(Lower *lo, uint32_t i) {
    const CstNode *n = lo_node(lo, i);
    uint32_t k = n->start - n->col, len = (uint32_t)lo->cst->len;
    while (k < len && (lo->src[k] == ' ' || lo->src[k] == '\t')) k++;
    uint32_t e = k + 1;
    while (e < len && k < len && is_word_byte(lo->src[k]) && is_word_byte(lo->src[e])) e++;
    uint32_t col = k - (n->start - n->col);
    return (Span){n->line, col, n->line, col + (e - k)};
}

#include <stdio.h>
#include <string.h>

static AstStmt *lower_stmt(Lower *lo, uint32_t i);

static AstStmt *lower_error_stmt(Lower *lo, uint32_t i) {
    return lo_stmt(lo, AST_STMT_ERROR, lo_span(lo, i));
}

// `return *[1], 2`: tree-sitter's grammar takes no starred bracket display at the head of
// an expression list. The value re-read between parentheses comes back as the tuple CPython
// builds; NULL unless it does (a single starred value stays an error).
static AstStmt *reparse_return(Lower *lo, uint32_t i, uint32_t kw) {
    uint32_t value = lo_node(lo, kw)->next;
    // only a star display can be what tree-sitter missed; `return **a` stays an error
    uint32_t at = value ? lo_node(lo, value)->start : 0;
    if (!value || !lo_tok(lo, kw, "return") || at + 1 >= lo->cst->len || lo->src[at] != '*' ||
        lo->src[at + 1] == '*') {
        return NULL;
    }
    Cst frag;
    const Cst *whole = lo->cst;
    if (!cst_parse_fragment(&frag, lo->arena, whole, lo_node(lo, value), lo_node(lo, i)->end, "(",
                            ")")) {
        lo->oom = true;
        return NULL;
    }
    if (frag.first_error) return NULL;
    Span span = lo_span(lo, i);  // i is a node of the whole tree, not of the fragment
    lo->cst = &frag;
    AstStmt *s = NULL;
    uint32_t stmt = lo_named_from(lo, lo_node(lo, 0)->child);
    uint32_t wrap = stmt ? lo_named_from(lo, lo_node(lo, stmt)->child) : 0;
    if (wrap && lo_node(lo, wrap)->kind == CST_TUPLE && !lo_node(lo, stmt)->next) {
        s = lo_stmt(lo, AST_RETURN, span);
        if (s) {
            s->value = lower_expr(lo, wrap);
            if (s->value) s->value->parens = false;
        }
    }
    lo->cst = whole;
    if (s) cst_mark_repaired(whole, i);
    return s;
}

// Whether node i's text starts with the keyword kw (as a whole word).
static bool starts_with_keyword(const Lower *lo, uint32_t i, const char *kw) {
    size_t n = strlen(kw);
    const CstNode *node = lo_node(lo, i);
    if (node->end - node->start < n || memcmp(lo->src + node->start, kw, n) != 0) return false;
    char after = node->start + n < lo->cst->len ? lo->src[node->start + n] : ' ';
    return !(((after | 0x20) >= 'a' && (after | 0x20) <= 'z') || (after >= '0' && after <= '9') ||
             after == '_' || (unsigned char)after >= 0x80);
}

// Whether compound statement i has a child of kind k.
static bool has_child_kind(const Lower *lo, uint32_t i, CstKind k) {
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind == k) return true;
    }
    return false;
}

// A clause tree-sitter could not attach to the statement before it, prev: `elif` after an
// `else`, and `except` after `except*` (CPython's invalid_if_stmt / invalid_try_stmt rules).
static void check_stray_clause(Lower *lo, uint32_t prev, uint32_t c) {
    if (!prev) return;
    CstKind k = (CstKind)lo_node(lo, prev)->kind;
    if (k == CST_IF_STATEMENT && has_child_kind(lo, prev, CST_ELSE_CLAUSE) &&
        starts_with_keyword(lo, c, "elif")) {
        lo_error(lo, lo_span(lo, c), "SyntaxError", "'elif' block follows an 'else' block");
    } else if (k == CST_TRY_STATEMENT && has_child_kind(lo, prev, CST_EXCEPT_GROUP_CLAUSE) &&
               starts_with_keyword(lo, c, "except")) {
        size_t at = lo_node(lo, c)->start + 6;
        while (at < lo->cst->len && (lo->src[at] == ' ' || lo->src[at] == '\t')) at++;
        if (at < lo->cst->len && lo->src[at] == '*') return;
        lo_error(lo, lo_span(lo, c), "SyntaxError",
                 "cannot have both 'except' and 'except*' on the same 'try'");
    }
}

// ERROR [(target '=')+ '*' value]: `x = *1`, which the grammar takes for no statement. It is
// the assignment CPython's parser builds, whose starred value its compiler then rejects.
static AstStmt *lower_starred_assignment(Lower *lo, uint32_t i) {
    uint32_t n = 0, x = lo_node(lo, i)->child;
    for (; x && lo_is_named(lo, x); x = lo_node(lo, lo_node(lo, x)->next)->next) {
        uint32_t eq = lo_node(lo, x)->next;
        if (lo_node(lo, x)->kind == CST_ERROR || !eq || !lo_tok(lo, eq, "=")) return NULL;
        n++;
    }
    uint32_t star = x, value = star ? lo_node(lo, star)->next : 0;
    if (!n || !value || !lo_tok(lo, star, "*") || !lo_is_named(lo, value) ||
        lo_node(lo, value)->kind == CST_ERROR || lo_node(lo, value)->next) {
        return NULL;
    }
    AstStmt *s = lo_stmt(lo, AST_ASSIGN, lo_span(lo, i));
    AstExpr *v = lo_expr(lo, AST_STARRED, lo_span(lo, star));
    if (!s || !v) return NULL;
    s->assign.targets.items = lo_alloc(lo, n * sizeof(AstExpr *));
    if (!s->assign.targets.items) return NULL;
    x = lo_node(lo, i)->child;
    for (uint32_t k = 0; k < n; k++, x = lo_node(lo, lo_node(lo, x)->next)->next) {
        AstExpr *t = lower_expr(lo, x);
        if (t) s->assign.targets.items[s->assign.targets.count++] = t;
    }
    syntax_check_assign_targets(lo, s->assign.targets);
    v->value = lower_expr(lo, value);
    v->span.end_line = lo_node(lo, value)->end_line;
    v->span.end_col = lo_node(lo, value)->end_col;
    s->assign.value = v;
    cst_mark_repaired(lo->cst, i);
    return s;
}

// ERROR: what tree-sitter could not fit in a statement. Two shapes are common enough in
// LLM code to deserve CPython's precise message: `target = value` with an invalid target
// (the ERROR holds the target and '='), and `for target in ...` with an invalid target.
static AstStmt *lower_error_statement(Lower *lo, uint32_t i) {
    AstStmt *starred = lower_starred_assignment(lo, i);
    if (starred) return starred;
    uint32_t first = lo_node(lo, i)->child;
    for (uint32_t c = first, prev = 0; c; prev = c, c = lo_node(lo, c)->next) {
        check_stray_clause(lo, prev, c);
    }
    if (first && lo_tok(lo, first, "return")) {
        AstStmt *s = reparse_return(lo, i, first);
        if (s) return s;
    }
    if (first && lo_node(lo, first)->kind == CST_DECORATOR) {
        // decorators followed by something that is not a def or class: CPython points at it
        uint32_t c = first;
        while (c && lo_node(lo, c)->kind == CST_DECORATOR) c = lo_node(lo, c)->next;
        uint32_t after = lo_node(lo, i)->next;
        if (!c && after) {
            cst_mark_repaired(lo->cst, i);  // the decorators are fine; what follows is not
            lo_error(lo, lo_span(lo, after), "SyntaxError", "invalid syntax");
            return lower_error_stmt(lo, i);
        }
    }
    if (first && lo_tok(lo, first, "try")) {
        // `try:` and its block with no handler: CPython points past the block
        uint32_t block = 0, after = 0, prev = 0;
        bool handler = false;
        for (uint32_t c = first; c; c = lo_node(lo, c)->next) {
            CstKind k = (CstKind)lo_node(lo, c)->kind;
            handler |= k == CST_EXCEPT_CLAUSE || k == CST_FINALLY_CLAUSE || lo_tok(lo, c, "except") ||
                       lo_tok(lo, c, "finally");
            if (block && !after) after = c;
            bool wrapped = k == CST_ERROR && lo_node(lo, c)->child &&
                           lo_node(lo, lo_node(lo, c)->child)->kind == CST_BLOCK;
            // `try: pass` keeps its one-line body bare, right after the ':'
            uint32_t next = lo_node(lo, c)->next;
            if (next && lo_tok(lo, next, ";")) next = lo_node(lo, next)->next;
            bool inline_body = lo_is_named(lo, c) && k != CST_ERROR && !handler && prev &&
                               lo_tok(lo, prev, ":") &&
                               (!next || lo_node(lo, next)->line > lo_node(lo, c)->end_line);
            if ((k == CST_BLOCK || wrapped || inline_body) && !block) block = c;
            prev = c;
        }
        uint32_t kw = 0;  // an `except`/`finally` token the tree left bare: `except E` with no ':'
        for (uint32_t c = first; c && !kw; c = lo_node(lo, c)->next) {
            if (lo_tok(lo, c, "except") || lo_tok(lo, c, "finally")) kw = c;
        }
        if (block && kw) {
            uint32_t last = kw;
            bool colon = false;
            for (uint32_t c = kw; c && lo_node(lo, c)->line == lo_node(lo, kw)->line; c = lo_node(lo, c)->next) {
                colon |= lo_tok(lo, c, ":");
                last = c;
            }
            if (!colon) {
                Span at = lo_span(lo, last);
                at = (Span){at.end_line, at.end_col, at.end_line, at.end_col + 1};  // the NEWLINE
                lo_error(lo, at, "SyntaxError", "expected ':'");
                return lower_error_stmt(lo, i);
            }
        }
        if (block && !handler) {
            Span at = after ? first_token_of_line(lo, after) : lo_span(lo, block);
            if (!after) at.line = at.end_line, at.col = at.end_col;
            lo_error(lo, at, "SyntaxError", "expected 'except' or 'finally' block");
            return lower_error_stmt(lo, i);
        }
    }
    uint32_t last_named = 0, named = 0;
    bool assign = false;
    for (uint32_t c = first; c; c = lo_node(lo, c)->next) {
        if (lo_is_named(lo, c)) {
            last_named = c;
            named++;
        } else if (lo_tok(lo, c, "=") && named == 1 && lo_node(lo, c)->next == 0) {
            assign = true;
        }
    }
    if (assign && last_named) {
        AstExpr *t = lower_expr(lo, last_named);
        if (t) syntax_check_assign_targets(lo, (AstExprList){&t, 1});
    } else if (named == 1 && last_named == first && lo_node(lo, first)->next &&
               lo_tok(lo, lo_node(lo, first)->next, ":") && !lo_node(lo, lo_node(lo, first)->next)->next &&
               lo_node(lo, i)->next) {
        // `1: int = 1`: an annotation whose target the grammar would not take
        AstExpr *t = lower_expr(lo, first);
        if (t && t->kind != AST_ERROR) {
            lo_error(lo, t->span, "SyntaxError", "%s",
                     t->kind == AST_TUPLE ? "only single target (not tuple) can be annotated"
                     : t->kind == AST_LIST ? "only single target (not list) can be annotated"
                                           : "illegal target for annotation");
        }
    } else if (first && lo_tok(lo, first, "for")) {
        uint32_t t = lo_named_from(lo, first);
        if (t) {
            AstExpr *e = lower_expr(lo, t);
            if (e && e->kind != AST_ERROR) syntax_check_target(lo, e, TARGET_BIND);
        }
    }
    return lower_error_stmt(lo, i);
}

// `from a import (b) c`: the grammar lets two statements share a line with no `;` between.
// (A backslash-joined pair is still missed: the scan sees the newline.)
static void check_statement_separator(Lower *lo, uint32_t prev, uint32_t next) {
    if (!prev || lo->cst->first_error) return;  // with a broken tree, its own errors come first
    for (uint32_t k = lo_node(lo, prev)->end; k < lo_node(lo, next)->start; k++) {
        if (lo->src[k] == ';' || lo->src[k] == '\n' || lo->src[k] == '\r') return;
    }
    lo_error(lo, lo_span(lo, next), "SyntaxError", "invalid syntax");
}

// Statements directly under i (module or block), or a list of one for a single node.
static AstStmtList lower_stmts_under(Lower *lo, uint32_t i) {
    AstStmtList list = {NULL, 0};
    uint32_t n = 0;  // counted here: i may be the root, index 0
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) n += lo_is_named(lo, c);
    if (n == 0) return list;
    list.items = lo_alloc(lo, n * sizeof(AstStmt *));
    if (!list.items) return list;
    uint32_t prev = 0;
    for (uint32_t c = lo_named_from(lo, lo_node(lo, i)->child); c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        if (lo_node(lo, c)->kind == CST_COMMENT) continue;
        check_statement_separator(lo, prev, c);
        check_stray_clause(lo, prev, c);
        prev = c;
        AstStmt *s = lo_node(lo, c)->kind == CST_ERROR ? lower_error_statement(lo, c)
                                                       : lower_stmt(lo, c);
        if (s) list.items[list.count++] = s;
    }
    return list;
}

// The sibling right before node i (in the preorder array, its subtree ends at i - 1), or 0.
static uint32_t previous_sibling(const Lower *lo, uint32_t i) {
    for (uint32_t k = i; k > 1; k--) {
        if (lo_node(lo, k - 1)->next == i) return k - 1;
    }
    return 0;
}

// block: statement+
AstStmtList lower_block(Lower *lo, uint32_t block) {
    if (!block) return (AstStmtList){NULL, 0};
    if (lo_node(lo, block)->kind != CST_BLOCK) {
        AstStmtList one = {lo_alloc(lo, sizeof(AstStmt *)), 0};
        if (one.items) one.items[one.count++] = lower_stmt(lo, block);
        return one;
    }
    AstStmtList list = lower_stmts_under(lo, block);
    // a block's first statement that tree-sitter could not read lands before the block
    uint32_t err = previous_sibling(lo, block);
    uint32_t kw = err && lo_node(lo, err)->kind == CST_ERROR ? lo_node(lo, err)->child : 0;
    if (kw && !(lo_node(lo, err)->flags & CST_REPAIRED)) {
        AstStmt *first = lo_tok(lo, kw, "return") ? reparse_return(lo, err, kw)
                                                  : lower_starred_assignment(lo, err);
        AstStmt **items = first ? lo_alloc(lo, (list.count + 1) * sizeof *items) : NULL;
        if (items) {
            items[0] = first;
            if (list.count) memcpy(items + 1, list.items, list.count * sizeof *items);
            list.items = items;
            list.count++;
        }
    }
    return list;
}

// The body block of a clause node (else_clause, finally_clause, except_clause...).
static uint32_t clause_block(Lower *lo, uint32_t i) {
    uint32_t b = lo_field(lo, i, CST_F_BODY);
    if (b) return b;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind == CST_BLOCK) return c;
    }
    return 0;
}

// The value of an assignment: star_expressions or yield, never a bare walrus.
static AstExpr *lower_rhs(Lower *lo, uint32_t i) {
    AstExpr *e = lower_expr(lo, i);
    lo_no_walrus(lo, e);
    return e;
}

static bool binop_of_augtok(const Lower *lo, uint32_t tok, uint8_t *op) {
    if (!tok) return false;
    uint32_t n = lo_len(lo, tok);
    const char *t = lo_text(lo, tok);
    if (n < 2 || t[n - 1] != '=') return false;
#define AUG_MATCH(kind, name, sym)                                 \
    if (strlen(sym) == n - 1 && memcmp(t, sym, n - 1) == 0) {      \
        *op = kind;                                                \
        return true;                                               \
    }
    AST_BINOPS(AUG_MATCH)
#undef AUG_MATCH
    return false;
}

static AstStmt *lower_match_statement(Lower *lo, uint32_t i);

// tree-sitter reads a one-case `match [a]:\n    case [b]: ...` as the annotated assignment
// `match[a]: <case ...>`, whose annotation starts on a later line (which no real annotation
// can). Re-read the statement with a second case appended at the case's indentation, which
// only a match statement takes, and drop that case again. NULL if it is no such misreading.
static AstStmt *reparse_misread_match(Lower *lo, uint32_t stmt, uint32_t type) {
    const CstNode *t = lo_node(lo, type);
    uint32_t line_start = t->start;
    while (line_start > 0 && lo->src[line_start - 1] != '\n') line_start--;
    uint32_t indent = t->start - line_start;
    uint32_t leftmost = stmt;
    while (lo_node(lo, leftmost)->child) leftmost = lo_node(lo, leftmost)->child;
    if (indent > 200 || lo_len(lo, leftmost) != 5 || memcmp(lo_text(lo, leftmost), "match", 5)) {
        return NULL;
    }
    char suffix[256];
    snprintf(suffix, sizeof suffix, "\n%.*scase _: pass\n", (int)indent, lo->src + line_start);
    Cst frag;
    const Cst *whole = lo->cst;
    if (!cst_parse_fragment(&frag, lo->arena, whole, lo_node(lo, stmt), lo_node(lo, stmt)->end, "",
                            suffix)) {
        lo->oom = true;
        return NULL;
    }
    lo->cst = &frag;
    uint32_t first = lo_named_from(lo, lo_node(lo, 0)->child);
    AstStmt *s = NULL;
    if (!frag.first_error && first && lo_node(lo, first)->kind == CST_MATCH_STATEMENT &&
        !lo_node(lo, first)->next) {
        s = lower_match_statement(lo, first);
        if (s && s->match.count) s->match.count--;
    }
    lo->cst = whole;
    if (s) cst_mark_repaired(whole, stmt);
    return s;
}

// How many middle targets error recovery left in child c of an assignment: `x = 1 = 2` leaves
// an ERROR holding `1 =`. As CPython's invalid_assignment rule, only the leading `target =`
// pairs count, whatever follows (`x = 1 =! 2`); `x = 1.2.3` leaves `1.2 .`, no target.
static uint32_t error_targets(const Lower *lo, uint32_t c) {
    if (lo_node(lo, c)->kind != CST_ERROR) return 0;
    uint32_t count = 0;
    for (uint32_t x = lo_node(lo, c)->child; x && lo_is_named(lo, x); count++) {
        uint32_t eq = lo_node(lo, x)->next;
        if (lo_node(lo, x)->kind == CST_ERROR || !eq || !lo_tok(lo, eq, "=")) break;
        x = lo_node(lo, eq)->next;
    }
    return count;
}

// assignment: left '=' right | left ':' type ['=' right]; chains nest on the right
static AstStmt *lower_assignment(Lower *lo, uint32_t i, Span span) {
    uint32_t type = lo_field(lo, i, CST_F_TYPE);
    if (type && lo_node(lo, type)->line != lo_node(lo, i)->line) {
        AstStmt *m = reparse_misread_match(lo, i, type);
        if (m) return m;
        uint32_t colon = previous_sibling(lo, type);
        if (colon && lo_tok(lo, colon, ":")) {
            // `do:` ending its line: CPython's parser fails at the NEWLINE after the ':'
            Span at = lo_span(lo, colon);
            at.line = at.end_line, at.col = at.end_col;
            lo_error(lo, at, "SyntaxError", "invalid syntax");
            return lower_error_stmt(lo, i);
        }
    }
    if (type) {
        AstStmt *s = lo_stmt(lo, AST_ANNASSIGN, span);
        if (!s) return NULL;
        uint32_t left = lo_field(lo, i, CST_F_LEFT);
        uint32_t right = lo_field(lo, i, CST_F_RIGHT);
        s->annassign.target = lower_expr(lo, left);
        // tree-sitter misreads a one-line `match [a]:\n    case [b]: pass` as `match[a]: ...`
        // with the case as annotation, on the next line; keep its rules out of that
        bool misread = lo_node(lo, type)->line != lo_node(lo, i)->line;
        s->annassign.annotation = misread ? lower_expr(lo, lo_named_from(lo, lo_node(lo, type)->child))
                                          : lower_type(lo, type);
        s->annassign.value = right ? lower_rhs(lo, right) : NULL;
        AstExpr *t = s->annassign.target;
        if (t) {
            s->annassign.simple = t->kind == AST_NAME && !t->parens;
            if (t->kind == AST_TUPLE) {
                lo_error(lo, t->span, "SyntaxError", "only single target (not tuple) can be annotated");
            } else if (t->kind == AST_LIST) {
                lo_error(lo, t->span, "SyntaxError", "only single target (not list) can be annotated");
            } else if (t->kind != AST_NAME && t->kind != AST_ATTRIBUTE && t->kind != AST_SUBSCRIPT) {
                lo_error(lo, t->span, "SyntaxError", "illegal target for annotation");
            } else {
                syntax_check_target(lo, t, TARGET_BIND);
            }
        }
        if (right && lo_node(lo, right)->kind == CST_ASSIGNMENT) {
            lo_error(lo, lo_span(lo, right), "SyntaxError", "invalid syntax");
        }
        return s;
    }
    AstStmt *s = lo_stmt(lo, AST_ASSIGN, span);
    if (!s) return NULL;
    // a = b = c nests as assignment(a, assignment(b, c)); error recovery may leave the
    // middle targets of `x = 1 = 2` in an ERROR child
    // room for every target the loop below may store: each level's left side and the
    // targets in its ERROR children
    uint32_t n = 0;
    uint32_t cur = i;
    while (cur && lo_node(lo, cur)->kind == CST_ASSIGNMENT && !lo_field(lo, cur, CST_F_TYPE)) {
        n++;
        for (uint32_t c = lo_node(lo, cur)->child; c; c = lo_node(lo, c)->next) {
            n += error_targets(lo, c);
        }
        cur = lo_field(lo, cur, CST_F_RIGHT);
    }
    s->assign.targets.items = lo_alloc(lo, n * sizeof(AstExpr *));
    if (!s->assign.targets.items) return NULL;
    cur = i;
    while (cur && lo_node(lo, cur)->kind == CST_ASSIGNMENT && !lo_field(lo, cur, CST_F_TYPE)) {
        AstExpr *t = lower_expr(lo, lo_field(lo, cur, CST_F_LEFT));
        if (t) s->assign.targets.items[s->assign.targets.count++] = t;
        for (uint32_t c = lo_node(lo, cur)->child; c; c = lo_node(lo, c)->next) {
            uint32_t x = lo_node(lo, c)->child;
            for (uint32_t left = error_targets(lo, c); left; left--) {
                AstExpr *mid = lower_expr(lo, x);
                if (mid) s->assign.targets.items[s->assign.targets.count++] = mid;
                x = lo_node(lo, lo_node(lo, x)->next)->next;  // past its '='
            }
        }
        cur = lo_field(lo, cur, CST_F_RIGHT);
    }
    syntax_check_assign_targets(lo, s->assign.targets);
    if (!cur) {
        lo_error(lo, span, "SyntaxError", "invalid syntax");
        return s;
    }
    if (lo_node(lo, cur)->kind == CST_ASSIGNMENT || lo_node(lo, cur)->kind == CST_AUGMENTED_ASSIGNMENT) {
        lo_error(lo, lo_span(lo, cur), "SyntaxError", "invalid syntax");
        return s;
    }
    s->assign.value = lower_rhs(lo, cur);
    return s;
}

// augmented_assignment: left ('+=' | '-=' | ...) right
static AstStmt *lower_augmented_assignment(Lower *lo, uint32_t i, Span span) {
    AstStmt *s = lo_stmt(lo, AST_AUGASSIGN, span);
    if (!s) return NULL;
    AstExpr *t = lower_expr(lo, lo_field(lo, i, CST_F_LEFT));
    s->augassign.target = t;
    if (!binop_of_augtok(lo, lo_field(lo, i, CST_F_OPERATOR), &s->augassign.op)) {
        s->kind = AST_STMT_ERROR;
    }
    if (t && t->kind != AST_NAME && t->kind != AST_ATTRIBUTE && t->kind != AST_SUBSCRIPT) {
        lo_error(lo, t->span, "SyntaxError", "'%s' is an illegal expression for augmented assignment",
                 syntax_expr_name(t));
    }
    uint32_t right = lo_field(lo, i, CST_F_RIGHT);
    if (right && (lo_node(lo, right)->kind == CST_ASSIGNMENT ||
                  lo_node(lo, right)->kind == CST_AUGMENTED_ASSIGNMENT)) {
        lo_error(lo, lo_span(lo, right), "SyntaxError", "invalid syntax");
    } else {
        s->augassign.value = lower_rhs(lo, right);
    }
    return s;
}

// expression_statement: expression (',' expression)* | assignment | augmented_assignment | yield
static AstStmt *lower_expression_statement(Lower *lo, uint32_t i) {
    Span span = lo_span(lo, i);
    uint32_t first = lo_named_from(lo, lo_node(lo, i)->child);
    if (!first) return lower_error_stmt(lo, i);
    uint32_t second = lo_named_from(lo, lo_node(lo, first)->next);
    CstKind k = lo_node(lo, first)->kind;
    if (!second && k == CST_ASSIGNMENT) return lower_assignment(lo, first, span);
    if (!second && k == CST_AUGMENTED_ASSIGNMENT) return lower_augmented_assignment(lo, first, span);
    AstStmt *s = lo_stmt(lo, AST_EXPR, span);
    if (!s) return NULL;
    if (!second) {
        s->value = lower_expr(lo, first);
        if (s->value && s->value->kind == AST_NAMEDEXPR && !s->value->parens) {
            lo_error(lo, s->value->span, "SyntaxError", "invalid syntax");
        }
        return s;
    }
    AstExpr *t = lo_expr(lo, AST_TUPLE, span);
    if (!t) return NULL;
    t->elts = lower_expr_list(lo, first);
    s->value = t;
    return s;
}

// return_statement: 'return' [expression | expression_list]
// Whether node i's subtree holds an ERROR or MISSING node.
static bool has_error_inside(const Lower *lo, uint32_t i) {
    uint32_t last = cst_subtree_last(lo->cst, i);
    for (uint32_t k = i; k <= last; k++) {
        if (lo_node(lo, k)->kind == CST_ERROR || (lo_node(lo, k)->flags & CST_MISSING)) return true;
    }
    return false;
}

static AstStmt *lower_return_statement(Lower *lo, uint32_t i) {
    if (lo->cst->first_error && has_error_inside(lo, i)) {
        AstStmt *fixed = reparse_return(lo, i, lo_node(lo, i)->child);
        if (fixed) return fixed;
    }
    AstStmt *s = lo_stmt(lo, AST_RETURN, lo_span(lo, i));
    if (!s) return NULL;
    uint32_t v = lo_named_from(lo, lo_node(lo, i)->child);
    s->value = v ? lower_expr(lo, v) : NULL;
    lo_no_walrus(lo, s->value);
    return s;
}

// delete_statement: 'del' (expression | expression_list)
static AstStmt *lower_delete_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_DELETE, lo_span(lo, i));
    if (!s) return NULL;
    uint32_t v = lo_named_from(lo, lo_node(lo, i)->child);
    if (!v) return lower_error_stmt(lo, i);
    if (lo_node(lo, v)->kind == CST_EXPRESSION_LIST) {
        s->targets = lower_expr_list(lo, lo_node(lo, v)->child);
    } else {
        s->targets.items = lo_alloc(lo, sizeof(AstExpr *));
        if (!s->targets.items) return NULL;
        s->targets.items[0] = lower_expr(lo, v);
        s->targets.count = 1;
    }
    for (uint32_t k = 0; k < s->targets.count; k++) {
        if (s->targets.items[k]) syntax_check_target(lo, s->targets.items[k], TARGET_DEL);
    }
    return s;
}

// raise_statement: 'raise' [expression ['from' expression]]
static AstStmt *lower_raise_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_RAISE, lo_span(lo, i));
    if (!s) return NULL;
    uint32_t cause = lo_field(lo, i, CST_F_CAUSE);
    uint32_t first = lo_named_from(lo, lo_node(lo, i)->child);
    // `raise E, "msg"` is Python 2: CPython's raise takes one expression
    if (first && lo_node(lo, first)->kind == CST_EXPRESSION_LIST) {
        uint32_t comma = lo_node(lo, lo_node(lo, first)->child)->next;
        lo_error(lo, lo_span(lo, comma ? comma : first), "SyntaxError", "invalid syntax");
    }
    if ((!first || first == cause) && lo_has_tok(lo, i, "from")) {
        lo_error(lo, lo_span(lo, i), "SyntaxError", "invalid syntax");
    }
    for (uint32_t c = first; c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        if (c != cause && !s->raise.exc) s->raise.exc = lower_expr(lo, c);
    }
    s->raise.cause = cause ? lower_expr(lo, cause) : NULL;
    return s;
}

// assert_statement: 'assert' expression [',' expression]
static AstStmt *lower_assert_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_ASSERT, lo_span(lo, i));
    if (!s) return NULL;
    uint32_t a = lo_named_from(lo, lo_node(lo, i)->child);
    uint32_t b = a ? lo_named_from(lo, lo_node(lo, a)->next) : 0;
    uint32_t extra = b ? lo_named_from(lo, lo_node(lo, b)->next) : 0;
    if (extra) lo_error(lo, lo_span(lo, extra), "SyntaxError", "invalid syntax");
    s->assert_.test = lower_expr(lo, a);
    s->assert_.msg = b ? lower_expr(lo, b) : NULL;
    return s;
}

// global_statement / nonlocal_statement: keyword identifier (',' identifier)*
static AstStmt *lower_names_statement(Lower *lo, uint32_t i, AstStmtKind kind) {
    AstStmt *s = lo_stmt(lo, kind, lo_span(lo, i));
    if (!s) return NULL;
    uint32_t n = lo_named_count(lo, i);
    s->names.items = lo_alloc(lo, (n ? n : 1) * sizeof(AstIdent));
    s->names.spans = lo_alloc(lo, (n ? n : 1) * sizeof(Span));
    if (!s->names.items || !s->names.spans) return NULL;
    for (uint32_t c = lo_named_from(lo, lo_node(lo, i)->child); c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        if (lo_node(lo, c)->kind != CST_IDENTIFIER) continue;
        s->names.spans[s->names.count] = lo_span(lo, c);
        s->names.items[s->names.count++] = lo_ident(lo, c);
    }
    return s;
}

// dotted_name: identifier ('.' identifier)* — one interned "a.b.c"
static AstIdent lower_dotted_name(Lower *lo, uint32_t i) {
    if (lo_node(lo, i)->kind == CST_IDENTIFIER) return lo_ident(lo, i);
    char buf[1024];
    size_t n = 0;
    for (uint32_t c = lo_named_from(lo, lo_node(lo, i)->child); c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        AstIdent part = lo_ident(lo, c);
        size_t len = strlen(part);
        // guard: module names are short; a longer one cannot name any moat module
        if (n + len + 1 >= sizeof buf) break;
        if (n) buf[n++] = '.';
        memcpy(buf + n, part, len);
        n += len;
    }
    return lo_intern(lo, buf, n);
}

// aliased_import: dotted_name 'as' identifier | dotted_name
static AstAlias lower_alias(Lower *lo, uint32_t i) {
    AstAlias a = {.span = lo_span(lo, i)};
    if (lo_node(lo, i)->kind == CST_ALIASED_IMPORT) {
        a.name = lower_dotted_name(lo, lo_field(lo, i, CST_F_NAME));
        uint32_t as = lo_field(lo, i, CST_F_ALIAS);
        a.asname = as ? lo_ident(lo, as) : NULL;
    } else {
        a.name = lower_dotted_name(lo, i);
    }
    const char *dot = strchr(a.name, '.');
    a.bound = a.asname ? a.asname : dot ? lo_intern(lo, a.name, (size_t)(dot - a.name)) : a.name;
    return a;
}

// `from a import b.c`: the grammar takes a dotted name where CPython wants one identifier.
static void check_from_import_name(Lower *lo, uint32_t i) {
    if (lo_node(lo, i)->kind == CST_ALIASED_IMPORT) i = lo_field(lo, i, CST_F_NAME);
    if (!i || lo_node(lo, i)->kind != CST_DOTTED_NAME) return;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_tok(lo, c, ".")) {
            lo_error(lo, lo_span(lo, c), "SyntaxError", "invalid syntax");
            return;
        }
    }
}

// `import a,` and `from a import b,`: the grammar takes a trailing comma CPython refuses
// unless `from ... import (...)` parenthesizes the names.
static void lower_import_trailing_comma(Lower *lo, uint32_t i) {
    uint32_t last = 0;
    bool parens = false;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        last = c;
        parens |= lo_tok(lo, c, "(");
    }
    if (!last || parens || !lo_tok(lo, last, ",")) return;
    // CPython fails at the NEWLINE after the comma, past blanks
    Span at = lo_span(lo, last);
    const CstNode *comma = lo_node(lo, last);
    for (uint32_t k = comma->end; k < lo->cst->len && (lo->src[k] == ' ' || lo->src[k] == '\t');
         k++) {
        at.col++;
    }
    at.col++;
    at.end_col = at.col + 1;
    if (lo_node(lo, i)->kind == CST_IMPORT_STATEMENT) {
        lo_error(lo, at, "SyntaxError", "invalid syntax");
    } else {
        lo_error(lo, at, "SyntaxError", "trailing comma not allowed without surrounding parentheses");
    }
}

// import_statement: 'import' (dotted_name | aliased_import), ...
// import_from_statement: 'from' (dotted_name | relative_import) 'import' (names | '*')
// future_import_statement: 'from' '__future__' 'import' names
static AstStmt *lower_import(Lower *lo, uint32_t i, AstStmtKind kind) {
    AstStmt *s = lo_stmt(lo, kind, lo_span(lo, i));
    if (!s) return NULL;
    uint32_t n = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->field == CST_F_NAME || lo_node(lo, c)->kind == CST_WILDCARD_IMPORT) n++;
    }
    s->import.names = lo_alloc(lo, (n ? n : 1) * sizeof(AstAlias));
    if (!s->import.names) return NULL;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        CstNode *cn = lo_node(lo, c);
        if (cn->kind == CST_WILDCARD_IMPORT) {
            s->import.names[s->import.count++] =
                (AstAlias){.name = lo_intern(lo, "*", 1), .span = cst_span(cn)};
            s->import.names[s->import.count - 1].bound = s->import.names[s->import.count - 1].name;
        } else if (cn->field == CST_F_NAME) {
            s->import.names[s->import.count++] = lower_alias(lo, c);
            if (kind == AST_IMPORTFROM) check_from_import_name(lo, c);
        }
    }
    lower_import_trailing_comma(lo, i);
    if (lo_node(lo, i)->kind == CST_FUTURE_IMPORT_STATEMENT) {
        s->import.module = lo_intern(lo, "__future__", 10);
        return s;
    }
    uint32_t mod = lo_field(lo, i, CST_F_MODULE_NAME);
    if (kind == AST_IMPORTFROM && mod) {
        if (lo_node(lo, mod)->kind == CST_RELATIVE_IMPORT) {
            for (uint32_t c = lo_node(lo, mod)->child; c; c = lo_node(lo, c)->next) {
                if (lo_node(lo, c)->kind == CST_IMPORT_PREFIX) {
                    s->import.level = lo_len(lo, c);
                } else if (lo_node(lo, c)->kind == CST_DOTTED_NAME) {
                    s->import.module = lower_dotted_name(lo, c);
                }
            }
        } else {
            s->import.module = lower_dotted_name(lo, mod);
        }
    }
    return s;
}

// if_statement: 'if' condition ':' consequence (elif_clause)* [else_clause]
static AstStmt *lower_if_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_IF, lo_span(lo, i));
    if (!s) return NULL;
    s->while_.test = lower_expr(lo, lo_field(lo, i, CST_F_CONDITION));
    s->while_.body = lower_block(lo, lo_field(lo, i, CST_F_CONSEQUENCE));
    AstStmt *tail = s;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        CstNode *cn = lo_node(lo, c);
        if (cn->kind == CST_ELIF_CLAUSE) {
            // as in CPython, an elif's If runs to the end of the whole statement
            Span sp = {cn->line, cn->col, s->span.end_line, s->span.end_col};
            AstStmt *elif = lo_stmt(lo, AST_IF, sp);
            if (!elif) return NULL;
            elif->while_.test = lower_expr(lo, lo_field(lo, c, CST_F_CONDITION));
            elif->while_.body = lower_block(lo, lo_field(lo, c, CST_F_CONSEQUENCE));
            tail->while_.orelse.items = lo_alloc(lo, sizeof(AstStmt *));
            if (!tail->while_.orelse.items) return NULL;
            tail->while_.orelse.items[0] = elif;
            tail->while_.orelse.count = 1;
            tail = elif;
        } else if (cn->kind == CST_ELSE_CLAUSE) {
            tail->while_.orelse = lower_block(lo, clause_block(lo, c));
        }
    }
    return s;
}

static uint32_t else_block(Lower *lo, uint32_t i) {
    uint32_t alt = lo_field(lo, i, CST_F_ALTERNATIVE);
    return alt ? clause_block(lo, alt) : 0;
}

// for_statement: ['async'] 'for' left 'in' right ':' body [else_clause]
static AstStmt *lower_for_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_FOR, lo_span(lo, i));
    if (!s) return NULL;
    s->for_.is_async = lo_has_tok(lo, i, "async");
    s->for_.target = lower_target(lo, lo_field(lo, i, CST_F_LEFT), TARGET_BIND);
    s->for_.iter = lower_expr(lo, lo_field(lo, i, CST_F_RIGHT));
    s->for_.body = lower_block(lo, lo_field(lo, i, CST_F_BODY));
    s->for_.orelse = lower_block(lo, else_block(lo, i));
    return s;
}

// while_statement: 'while' condition ':' body [else_clause]
static AstStmt *lower_while_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_WHILE, lo_span(lo, i));
    if (!s) return NULL;
    s->while_.test = lower_expr(lo, lo_field(lo, i, CST_F_CONDITION));
    s->while_.body = lower_block(lo, lo_field(lo, i, CST_F_BODY));
    s->while_.orelse = lower_block(lo, else_block(lo, i));
    return s;
}

// with_statement: ['async'] 'with' with_clause ':' body; with_item: expression ['as' target]
static AstStmt *lower_with_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_WITH, lo_span(lo, i));
    if (!s) return NULL;
    s->with.is_async = lo_has_tok(lo, i, "async");
    uint32_t clause = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind == CST_WITH_CLAUSE) clause = c;
    }
    uint32_t n = clause ? lo_named_count(lo, clause) : 0;
    s->with.items = lo_alloc(lo, (n ? n : 1) * sizeof(AstWithItem));
    if (!s->with.items) return NULL;
    for (uint32_t c = clause ? lo_named_from(lo, lo_node(lo, clause)->child) : 0; c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        AstWithItem *item = &s->with.items[s->with.count++];
        *item = (AstWithItem){0};
        uint32_t v = lo_field(lo, c, CST_F_VALUE);
        if (v && lo_node(lo, v)->kind == CST_AS_PATTERN) {
            uint32_t ctx = lo_named_from(lo, lo_node(lo, v)->child);
            uint32_t alias = lo_field(lo, v, CST_F_ALIAS);
            if (ctx && lo_node(lo, ctx)->kind == CST_AS_PATTERN && alias) {
                lo_error(lo, lo_span(lo, alias), "SyntaxError", "invalid syntax");  // a as b as c
            }
            item->context = lower_expr(lo, ctx);
            uint32_t t = alias ? lo_named_from(lo, lo_node(lo, alias)->child) : 0;
            item->target = t ? lower_target(lo, t, TARGET_BIND) : NULL;
        } else {
            item->context = lower_expr(lo, v);
        }
    }
    // `with a, :` — a trailing comma needs the parenthesized form
    uint32_t last = 0;
    bool parens = false;
    for (uint32_t c = clause ? lo_node(lo, clause)->child : 0; c; c = lo_node(lo, c)->next) {
        last = c;
        parens |= lo_tok(lo, c, "(");
    }
    if (last && !parens && lo_tok(lo, last, ",")) lo_error(lo, lo_span(lo, last), "SyntaxError", "invalid syntax");
    s->with.body = lower_block(lo, lo_field(lo, i, CST_F_BODY));
    return s;
}

// An except clause's head as written, gathered from its children whatever shape tree-sitter
// gave them: PEP 758's `except A, B:` comes back as ERROR pieces or a Python 2 alias.
typedef struct HandlerHead {
    AstExprList types;
    uint32_t cap, commas;
    uint32_t alias;    // the node after 'as'
    uint32_t missing;  // a MISSING node where the types should be
    uint32_t bad;      // the first node that breaks `expr (',' expr)* [','] ['as' NAME]`
    bool star, after_as, done, want_comma;
} HandlerHead;

static void handler_head_push(Lower *lo, HandlerHead *h, AstExpr *e) {
    if (!e) return;
    if (h->types.count == h->cap) {
        uint32_t cap = h->cap ? h->cap * 2 : 4;
        AstExpr **items = lo_alloc(lo, cap * sizeof *items);
        if (!items) return;
        if (h->types.count) memcpy(items, h->types.items, h->types.count * sizeof *items);
        h->types.items = items;
        h->cap = cap;
    }
    h->types.items[h->types.count++] = e;
}

static void handler_head_add(Lower *lo, HandlerHead *h, uint32_t c) {
    CstNode *n = lo_node(lo, c);
    if (h->done) return;
    if (n->kind == CST_ERROR) {
        // only commas and expressions: what PEP 758 added and this grammar lacks
        cst_mark_repaired(lo->cst, c);
        for (uint32_t x = n->child; x; x = lo_node(lo, x)->next) handler_head_add(lo, h, x);
        return;
    }
    if (n->flags & CST_MISSING) {
        h->missing = c;
    } else if (lo_tok(lo, c, ":") || n->kind == CST_BLOCK) {
        h->done = true;
    } else if (lo_tok(lo, c, ",")) {
        if ((!h->want_comma || h->alias) && !h->bad) h->bad = c;  // `except E as e, F`
        h->commas++;
        h->want_comma = false;
    } else if (lo_tok(lo, c, "as")) {
        h->after_as = true;
    } else if (lo_tok(lo, c, "except*")) {
        h->star = true;
    } else if (!lo_is_named(lo, c)) {
        return;
    } else if (h->after_as) {
        h->alias = c;
        h->after_as = false;
    } else if ((h->want_comma || h->alias || lo_is_keyword(lo, c)) && !h->bad) {
        h->bad = c;
    } else if (n->kind == CST_AS_PATTERN) {
        h->want_comma = true;
        // this grammar version parses `except E as e` as an as_pattern
        handler_head_push(lo, h, lower_expr(lo, lo_named_from(lo, n->child)));
        uint32_t target = lo_field(lo, c, CST_F_ALIAS);
        h->alias = target ? lo_named_from(lo, lo_node(lo, target)->child) : 0;
    } else {
        h->want_comma = true;
        handler_head_push(lo, h, lower_expr(lo, c));
    }
}

// The handler's type: one expression, or the tuple `except A, B:` means.
static AstExpr *handler_type(Lower *lo, HandlerHead *hd) {
    if (hd->types.count == 0) return NULL;
    AstExpr *first = hd->types.items[0];
    if (hd->commas == 0) return first;
    AstExpr *last = hd->types.items[hd->types.count - 1];
    AstExpr *t = lo_expr(lo, AST_TUPLE, (Span){first->span.line, first->span.col,
                                               last->span.end_line, last->span.end_col});
    if (t) t->elts = hd->types;
    return t;
}

// except_clause: 'except' [value [('as' | ',') alias]] ':' block; except_group_clause alike
static void lower_handler(Lower *lo, uint32_t c, AstHandler *h, bool *is_star) {
    *h = (AstHandler){.span = lo_span(lo, c)};
    HandlerHead hd = {0};
    for (uint32_t x = lo_node(lo, c)->child; x; x = lo_node(lo, x)->next) handler_head_add(lo, &hd, x);
    const char *kw = "except";
    AstExpr *type = handler_type(lo, &hd);
    // `except* E` parses as a list_splat inside the clause in this grammar version
    if (type && type->kind == AST_STARRED && !type->parens) {
        hd.star = true;
        type = type->value;
    }
    if (hd.star || lo_node(lo, c)->kind == CST_EXCEPT_GROUP_CLAUSE) {
        *is_star = true;
        kw = "except*";
    }
    h->type = type;
    if (hd.bad) lo_error(lo, lo_span(lo, hd.bad), "SyntaxError", "invalid syntax");
    // `except*:` gets its own message from lower_try_statement
    if (hd.missing && !type && *is_star) cst_mark_repaired(lo->cst, hd.missing);
    if (hd.alias && hd.commas && type && !hd.bad) {
        Span sp = type->span;
        sp.end_line = lo_node(lo, hd.alias)->end_line;
        sp.end_col = lo_node(lo, hd.alias)->end_col;
        lo_error(lo, sp, "SyntaxError",
                 "multiple exception types must be parenthesized when using 'as'");
    } else if (hd.alias && lo_node(lo, hd.alias)->kind == CST_IDENTIFIER) {
        h->name = lo_ident(lo, hd.alias);
    } else if (hd.alias) {
        AstExpr *bad = lower_expr(lo, hd.alias);
        if (bad) {
            lo_error(lo, bad->span, "SyntaxError", "cannot use %s statement with %s", kw,
                     syntax_expr_name(bad));
        }
    }
    h->body = lower_block(lo, clause_block(lo, c));
}

// try_statement: 'try' ':' body (except_clause+ [else] [finally] | finally_clause)
static AstStmt *lower_try_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_TRY, lo_span(lo, i));
    if (!s) return NULL;
    s->try_.body = lower_block(lo, lo_field(lo, i, CST_F_BODY));
    uint32_t n = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        CstKind k = lo_node(lo, c)->kind;
        if (k == CST_EXCEPT_CLAUSE || k == CST_EXCEPT_GROUP_CLAUSE) n++;
    }
    s->try_.handlers = lo_alloc(lo, (n ? n : 1) * sizeof(AstHandler));
    if (!s->try_.handlers) return NULL;
    bool any_star = false, any_plain = false;
    Span mixed = {0};  // the first handler of the other kind, where CPython reports the mix
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        CstKind k = lo_node(lo, c)->kind;
        if (k == CST_EXCEPT_CLAUSE || k == CST_EXCEPT_GROUP_CLAUSE) {
            bool star = false;
            AstHandler *h = &s->try_.handlers[s->try_.handler_count++];
            lower_handler(lo, c, h, &star);
            if (!mixed.line && (star ? any_plain : any_star)) mixed = h->span;
            if (star) any_star = true;
            else any_plain = true;
            if (star && !h->type) {
                lo_error(lo, h->span, "SyntaxError", "expected one or more exception types");
            }
        } else if (k == CST_ELSE_CLAUSE) {
            s->try_.orelse = lower_block(lo, clause_block(lo, c));
        } else if (k == CST_FINALLY_CLAUSE) {
            s->try_.finalbody = lower_block(lo, clause_block(lo, c));
        }
    }
    if (any_star && any_plain) {
        lo_error(lo, mixed, "SyntaxError",
                 "cannot have both 'except' and 'except*' on the same 'try'");
    }
    s->try_.is_star = any_star;
    return s;
}

// function_definition: ['async'] 'def' name [type_parameters] parameters ['->' type] ':' body
static AstStmt *lower_function_definition(Lower *lo, uint32_t i, AstExprList decorators,
                                          Span span) {
    AstStmt *s = lo_stmt(lo, AST_FUNCTIONDEF, span);
    if (!s) return NULL;
    uint32_t name = lo_field(lo, i, CST_F_NAME);
    s->funcdef.is_async = lo_has_tok(lo, i, "async");
    s->funcdef.name = name ? lo_ident(lo, name) : lo_intern(lo, "<error>", 7);
    s->funcdef.name_span = name ? lo_span(lo, name) : span;
    s->funcdef.decorators = decorators;
    s->funcdef.type_params = lower_type_params(lo, lo_field(lo, i, CST_F_TYPE_PARAMETERS), true);
    s->funcdef.args = lower_parameters(lo, lo_field(lo, i, CST_F_PARAMETERS), false);
    uint32_t ret = lo_field(lo, i, CST_F_RETURN_TYPE);
    s->funcdef.returns = ret ? lower_type(lo, ret) : NULL;
    s->funcdef.body = lower_block(lo, lo_field(lo, i, CST_F_BODY));
    return s;
}

// class_definition: 'class' name [type_parameters] [argument_list] ':' body
static AstStmt *lower_class_definition(Lower *lo, uint32_t i, AstExprList decorators,
                                       Span span) {
    AstStmt *s = lo_stmt(lo, AST_CLASSDEF, span);
    if (!s) return NULL;
    uint32_t name = lo_field(lo, i, CST_F_NAME);
    s->classdef.name = name ? lo_ident(lo, name) : lo_intern(lo, "<error>", 7);
    s->classdef.name_span = name ? lo_span(lo, name) : span;
    s->classdef.decorators = decorators;
    s->classdef.type_params = lower_type_params(lo, lo_field(lo, i, CST_F_TYPE_PARAMETERS), false);
    uint32_t supers = lo_field(lo, i, CST_F_SUPERCLASSES);
    if (supers) {
        AstExpr tmp = {.kind = AST_CALL};
        lower_call_args(lo, supers, &tmp);
        s->classdef.bases = tmp.call.args;
        s->classdef.keywords = tmp.call.keywords;
        s->classdef.keyword_count = tmp.call.keyword_count;
        for (uint32_t k = 0; k < tmp.call.args.count; k++) {
            AstExpr *b = tmp.call.args.items[k];
            if (b && b->kind == AST_GENEXP && !b->parens) {
                lo_error(lo, b->span, "SyntaxError", "invalid syntax");
            }
        }
    }
    s->classdef.body = lower_block(lo, lo_field(lo, i, CST_F_BODY));
    return s;
}

// decorated_definition: decorator+ (function_definition | class_definition)
static AstStmt *lower_decorated_definition(Lower *lo, uint32_t i) {
    uint32_t n = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind == CST_DECORATOR) n++;
    }
    AstExprList decos = {lo_alloc(lo, (n ? n : 1) * sizeof(AstExpr *)), 0};
    if (!decos.items) return NULL;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind == CST_DECORATOR) {
            decos.items[decos.count++] = lower_expr(lo, lo_named_from(lo, lo_node(lo, c)->child));
        }
    }
    uint32_t def = lo_field(lo, i, CST_F_DEFINITION);
    if (!def) return lower_error_stmt(lo, i);
    // CPython's FunctionDef/ClassDef span starts at `def`/`class`, not at the decorators
    Span span = lo_span(lo, def);
    if (lo_node(lo, def)->kind == CST_CLASS_DEFINITION) {
        return lower_class_definition(lo, def, decos, span);
    }
    return lower_function_definition(lo, def, decos, span);
}

// match_statement: 'match' subject ':' block(case_clause+)
static AstStmt *lower_match_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_MATCH, lo_span(lo, i));
    if (!s) return NULL;
    uint32_t nsub = 0, first = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->field == CST_F_SUBJECT) {
            if (!first) first = c;
            nsub++;
        }
    }
    if (nsub == 1 && !lo_has_tok(lo, i, ",")) {
        s->match.subject = lower_expr(lo, first);
    } else if (first) {
        AstExpr *t = lo_expr(lo, AST_TUPLE, lo_span(lo, first));
        if (!t) return NULL;
        t->elts.items = lo_alloc(lo, nsub * sizeof(AstExpr *));
        if (!t->elts.items) return NULL;
        for (uint32_t c = first; c; c = lo_node(lo, c)->next) {
            if (lo_node(lo, c)->field != CST_F_SUBJECT) continue;
            t->elts.items[t->elts.count++] = lower_expr(lo, c);
            t->span.end_line = lo_node(lo, c)->end_line;
            t->span.end_col = lo_node(lo, c)->end_col;
        }
        s->match.subject = t;
    }
    uint32_t body = lo_field(lo, i, CST_F_BODY);
    uint32_t n = 0;
    for (uint32_t c = body ? lo_node(lo, body)->child : 0; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind == CST_CASE_CLAUSE) n++;
    }
    s->match.cases = lo_alloc(lo, (n ? n : 1) * sizeof(AstMatchCase));
    if (!s->match.cases) return NULL;
    for (uint32_t c = body ? lo_node(lo, body)->child : 0; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind != CST_CASE_CLAUSE) continue;
        AstMatchCase *mc = &s->match.cases[s->match.count++];
        *mc = (AstMatchCase){0};
        mc->pattern = lower_pattern(lo, c);
        uint32_t guard = lo_field(lo, c, CST_F_GUARD);
        mc->guard = guard ? lower_expr(lo, lo_named_from(lo, lo_node(lo, guard)->child)) : NULL;
        mc->body = lower_block(lo, lo_field(lo, c, CST_F_CONSEQUENCE));
    }
    return s;
}

// type_alias_statement: 'type' left '=' right
static AstStmt *lower_type_alias_statement(Lower *lo, uint32_t i) {
    AstStmt *s = lo_stmt(lo, AST_TYPEALIAS, lo_span(lo, i));
    if (!s) return NULL;
    uint32_t left = lo_field(lo, i, CST_F_LEFT);
    uint32_t inner = left ? lo_named_from(lo, lo_node(lo, left)->child) : 0;
    if (inner && lo_node(lo, inner)->kind == CST_GENERIC_TYPE) {
        uint32_t name = lo_named_from(lo, lo_node(lo, inner)->child);
        uint32_t params = name ? lo_named_from(lo, lo_node(lo, name)->next) : 0;
        s->typealias.name = lower_expr(lo, name);
        s->typealias.type_params = lower_type_params(lo, params, false);
    } else {
        s->typealias.name = inner ? lower_expr(lo, inner) : NULL;
    }
    if (!s->typealias.name || s->typealias.name->kind != AST_NAME || s->typealias.name->parens) {
        // `type (X) = int` reads as a call `type(X)` assigned to
        if (s->typealias.name && s->typealias.name->parens) {
            Span sp = lo_span(lo, i);
            sp.end_line = lo_node(lo, left)->end_line;
            sp.end_col = lo_node(lo, left)->end_col;
            lo_error(lo, sp, "SyntaxError",
                     "cannot assign to function call here. Maybe you meant '==' instead of '='?");
        } else {
            lo_error(lo, lo_span(lo, left ? left : i), "SyntaxError", "invalid syntax");
        }
        return lower_error_stmt(lo, i);
    }
    s->typealias.name->ctx = AST_STORE;
    s->typealias.value = lower_type(lo, lo_field(lo, i, CST_F_RIGHT));
    return s;
}

static AstStmt *lower_simple(Lower *lo, uint32_t i, AstStmtKind kind) {
    return lo_stmt(lo, kind, lo_span(lo, i));
}

// print_statement with a chevron: `print >>f, x` is a valid Python 3 expression statement,
// the tuple ((print >> f), x)
static AstStmt *lower_print_chevron(Lower *lo, uint32_t i, uint32_t chevron) {
    AstStmt *s = lo_stmt(lo, AST_EXPR, lo_span(lo, i));
    AstExpr *shift = lo_expr(lo, AST_BINOP, lo_span(lo, i));
    AstExpr *name = lo_expr(lo, AST_NAME, lo_span(lo, lo_node(lo, i)->child));
    if (!s || !shift || !name) return NULL;
    name->name = lo_intern(lo, "print", 5);
    shift->binop.op = AST_OP_RSHIFT;
    shift->binop.left = name;
    shift->binop.right = lower_expr(lo, lo_named_from(lo, lo_node(lo, chevron)->child));
    shift->span.end_line = lo_node(lo, chevron)->end_line;
    shift->span.end_col = lo_node(lo, chevron)->end_col;
    uint32_t rest = lo_named_from(lo, lo_node(lo, chevron)->next);
    if (!rest) {
        s->value = shift;
        return s;
    }
    AstExpr *t = lo_expr(lo, AST_TUPLE, lo_span(lo, i));
    if (!t) return NULL;
    AstExprList more = lower_expr_list(lo, rest);
    t->elts.items = lo_alloc(lo, (more.count + 1) * sizeof(AstExpr *));
    if (!t->elts.items) return NULL;
    t->elts.items[0] = shift;
    if (more.count) memcpy(t->elts.items + 1, more.items, more.count * sizeof(AstExpr *));
    t->elts.count = more.count + 1;
    s->value = t;
    return s;
}

// print_statement / exec_statement: Python 2, rejected with CPython's hint
static AstStmt *lower_python2_statement(Lower *lo, uint32_t i) {
    uint32_t first = lo_named_from(lo, lo_node(lo, i)->child);
    if (first && lo_node(lo, first)->kind == CST_CHEVRON) return lower_print_chevron(lo, i, first);
    // CPython hints only at a name not followed by '(' (invalid_legacy_expression): `print(**)`
    // is a call gone wrong, left to the generic error
    uint32_t kw = lo_node(lo, i)->child;
    uint32_t after = kw ? lo_node(lo, kw)->next : 0;
    if (after && lo->src[lo_node(lo, after)->start] == '(') return lower_error_stmt(lo, i);
    if (lo_node(lo, i)->kind == CST_PRINT_STATEMENT) {
        lo_error(lo, lo_span(lo, i), "SyntaxError",
                 "Missing parentheses in call to 'print'. Did you mean print(...)?");
    } else {
        lo_error(lo, lo_span(lo, i), "SyntaxError",
                 "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
    }
    return lower_error_stmt(lo, i);
}

static AstStmt *lower_stmt(Lower *lo, uint32_t i) {
    if (!lo_enter(lo, i)) return lower_error_stmt(lo, i);
    AstStmt *s;
    AstExprList none = {NULL, 0};
    switch ((CstKind)lo_node(lo, i)->kind) {
    case CST_EXPRESSION_STATEMENT: s = lower_expression_statement(lo, i); break;
    case CST_RETURN_STATEMENT: s = lower_return_statement(lo, i); break;
    case CST_DELETE_STATEMENT: s = lower_delete_statement(lo, i); break;
    case CST_RAISE_STATEMENT: s = lower_raise_statement(lo, i); break;
    case CST_ASSERT_STATEMENT: s = lower_assert_statement(lo, i); break;
    case CST_PASS_STATEMENT: s = lower_simple(lo, i, AST_PASS); break;
    case CST_BREAK_STATEMENT: s = lower_simple(lo, i, AST_BREAK); break;
    case CST_CONTINUE_STATEMENT: s = lower_simple(lo, i, AST_CONTINUE); break;
    case CST_GLOBAL_STATEMENT: s = lower_names_statement(lo, i, AST_GLOBAL); break;
    case CST_NONLOCAL_STATEMENT: s = lower_names_statement(lo, i, AST_NONLOCAL); break;
    case CST_IMPORT_STATEMENT: s = lower_import(lo, i, AST_IMPORT); break;
    case CST_IMPORT_FROM_STATEMENT:
    case CST_FUTURE_IMPORT_STATEMENT: s = lower_import(lo, i, AST_IMPORTFROM); break;
    case CST_IF_STATEMENT: s = lower_if_statement(lo, i); break;
    case CST_FOR_STATEMENT: s = lower_for_statement(lo, i); break;
    case CST_WHILE_STATEMENT: s = lower_while_statement(lo, i); break;
    case CST_WITH_STATEMENT: s = lower_with_statement(lo, i); break;
    case CST_TRY_STATEMENT: s = lower_try_statement(lo, i); break;
    case CST_FUNCTION_DEFINITION:
        s = lower_function_definition(lo, i, none, lo_span(lo, i));
        break;
    case CST_CLASS_DEFINITION: s = lower_class_definition(lo, i, none, lo_span(lo, i)); break;
    case CST_DECORATED_DEFINITION: s = lower_decorated_definition(lo, i); break;
    case CST_MATCH_STATEMENT: s = lower_match_statement(lo, i); break;
    case CST_TYPE_ALIAS_STATEMENT: s = lower_type_alias_statement(lo, i); break;
    case CST_PRINT_STATEMENT:
    case CST_EXEC_STATEMENT: s = lower_python2_statement(lo, i); break;
    default: s = lower_error_stmt(lo, i); break;
    }
    lo_leave(lo);
    return s;
}

AstStmtList lower_module(Lower *lo, uint32_t root) {
    return lower_stmts_under(lo, root);
}
