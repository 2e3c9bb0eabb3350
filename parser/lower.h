// Shared state and helpers of the CST -> AST lowering (lower_*.c). Internal to parser/.
#ifndef MOAT_PARSER_LOWER_H
#define MOAT_PARSER_LOWER_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "parser/ast.h"
#include "parser/cst.h"
#include "parser/diag.h"

// guard: nesting beyond this is refused rather than recursed into (CPython 3.11 stops near the
// same depth with "maximum recursion depth exceeded during compilation").
enum { LOWER_MAX_DEPTH = 1000 };

// Where a target appears: assignment statements' targets get CPython's "Maybe you meant '=='"
// hint; for/with/comprehension targets do not; del targets have their own message.
typedef enum TargetUse { TARGET_ASSIGN, TARGET_BIND, TARGET_DEL } TargetUse;

typedef struct LowerNames {
    AstIdent *slots;
    uint32_t cap, count;
} LowerNames;

typedef struct Lower {
    Arena *arena;  // AST storage
    const Cst *cst;
    const char *src;
    DiagList *dl;
    LowerNames names;
    uint32_t depth;
    bool too_deep;  // reported once
    bool oom;
    bool holes;     // an AST_ERROR expression was made (not every one comes with a diagnostic)
} Lower;

static inline CstNode *lo_node(const Lower *lo, uint32_t i) {
    return &lo->cst->nodes[i];
}
static inline Span lo_span(const Lower *lo, uint32_t i) {
    return cst_span(lo_node(lo, i));
}
static inline const char *lo_text(const Lower *lo, uint32_t i) {
    return lo->src + lo_node(lo, i)->start;
}
static inline uint32_t lo_len(const Lower *lo, uint32_t i) {
    return lo_node(lo, i)->end - lo_node(lo, i)->start;
}
static inline bool lo_is_named(const Lower *lo, uint32_t i) {
    return lo_node(lo, i)->flags & CST_NAMED;
}
// True if node i is the anonymous token `tok`.
static inline bool lo_tok(const Lower *lo, uint32_t i, const char *tok) {
    size_t n = strlen(tok);
    return !lo_is_named(lo, i) && lo_len(lo, i) == n && memcmp(lo_text(lo, i), tok, n) == 0;
}

// First child with field f, or 0.
uint32_t lo_field(const Lower *lo, uint32_t i, CstField f);
// First named child at or after child c (c itself included), or 0.
uint32_t lo_named_from(const Lower *lo, uint32_t c);
// Number of named children of i.
uint32_t lo_named_count(const Lower *lo, uint32_t i);
// True if node i is an identifier spelled as one of Python's hard keywords (error recovery
// makes identifiers of misplaced keywords).
bool lo_is_keyword(const Lower *lo, uint32_t i);
// Reports "invalid syntax" at a comma of i that follows its opening bracket or another comma
// (`f(,)`, `{,}`): the grammar allows what CPython does not.
void lo_check_commas(Lower *lo, uint32_t i);
// An unparenthesized walrus where CPython's grammar has no named_expression: invalid syntax.
void lo_no_walrus(Lower *lo, const AstExpr *e);
// True if i has an anonymous child token `tok`.
bool lo_has_tok(const Lower *lo, uint32_t i, const char *tok);

void *lo_alloc(Lower *lo, size_t size);
AstExpr *lo_expr(Lower *lo, AstExprKind kind, Span span);
AstStmt *lo_stmt(Lower *lo, AstStmtKind kind, Span span);
AstIdent lo_intern(Lower *lo, const char *s, size_t len);
AstIdent lo_ident(Lower *lo, uint32_t i);  // the identifier node i's name
void lo_error(Lower *lo, Span span, const char *exc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
// Enter/leave a nesting level; false (error reported once) past LOWER_MAX_DEPTH.
bool lo_enter(Lower *lo, uint32_t i);
static inline void lo_leave(Lower *lo) {
    lo->depth--;
}

// lower_expr.c
AstExpr *lower_expr(Lower *lo, uint32_t i);
AstExpr *lower_target(Lower *lo, uint32_t i, TargetUse use);
AstExpr *lower_type(Lower *lo, uint32_t i);
AstExprList lower_expr_list(Lower *lo, uint32_t first_child);
AstArguments *lower_parameters(Lower *lo, uint32_t params, bool is_lambda);
// lower_params.c: type_parameter of a def (is_def), class or type alias
AstTypeParams lower_type_params(Lower *lo, uint32_t tp, bool is_def);
void lower_call_args(Lower *lo, uint32_t arglist, AstExpr *call);
// lower_string.c
AstExpr *lower_string(Lower *lo, uint32_t i);
AstExpr *lower_number(Lower *lo, uint32_t i);
// lower_stmt.c
AstStmtList lower_block(Lower *lo, uint32_t block);
AstStmtList lower_module(Lower *lo, uint32_t root);
// lower_pattern.c
AstPattern *lower_pattern(Lower *lo, uint32_t i);
// syntax_rules.c: target validity, checked as targets are lowered
void syntax_check_target(Lower *lo, AstExpr *e, TargetUse use);
void syntax_check_assign_targets(Lower *lo, AstExprList targets);
const char *syntax_expr_name(const AstExpr *e);

#endif
