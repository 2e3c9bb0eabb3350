// Lowering of expressions: one function per tree-sitter expression node type.
#include <stdlib.h>

#include "parser/lower.h"

static AstExpr *lower_error_expr(Lower *lo, uint32_t i) {
    return lo_expr(lo, AST_ERROR, lo_span(lo, i));
}

// ERROR [target ':' '=']: `(a.b := 1)` with a target tree-sitter would not take; CPython's
// invalid_named_expression names it.
static AstExpr *lower_error_node(Lower *lo, uint32_t i) {
    uint32_t target = lo_named_from(lo, lo_node(lo, i)->child);
    uint32_t colon = target ? lo_node(lo, target)->next : 0;
    uint32_t eq = colon ? lo_node(lo, colon)->next : 0;
    if (!eq || !lo_tok(lo, colon, ":") || !lo_tok(lo, eq, "=") || lo_node(lo, eq)->next ||
        lo_node(lo, colon)->end != lo_node(lo, eq)->start) {
        return lower_error_expr(lo, i);
    }
    AstExpr *t = lower_expr(lo, target);
    if (t && t->kind != AST_ERROR) {
        lo_error(lo, t->span, "SyntaxError", "cannot use assignment expressions with %s",
                 syntax_expr_name(t));
        cst_mark_repaired(lo->cst, i);
    }
    return lower_error_expr(lo, i);
}

// identifier
static AstExpr *lower_identifier(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_NAME, lo_span(lo, i));
    if (e) e->name = lo_ident(lo, i);
    return e;
}

static AstExpr *lower_const(Lower *lo, uint32_t i, AstConstKind kind) {
    AstExpr *e = lo_expr(lo, AST_CONST, lo_span(lo, i));
    if (e) e->constant.kind = kind;
    return e;
}

static bool lower_binop_of(const Lower *lo, uint32_t tok, uint8_t *op) {
#define BINOP_MATCH(kind, name, sym) \
    if (lo_tok(lo, tok, sym)) {      \
        *op = kind;                  \
        return true;                 \
    }
    AST_BINOPS(BINOP_MATCH)
#undef BINOP_MATCH
    return false;
}

// tree-sitter-python 0.23.6 gives ^ a higher precedence than & (Python: & binds tighter).
// A lowered tree of unparenthesized & and ^ operations is flattened in source order and
// rebuilt with Python's precedence.
typedef struct BitChain {
    AstExpr *operands[64];
    uint8_t ops[64];
    uint32_t count;
    bool overflow;
} BitChain;

static bool is_bit_andxor(const AstExpr *e) {
    return e && e->kind == AST_BINOP && !e->parens &&
           (e->binop.op == AST_OP_BITAND || e->binop.op == AST_OP_BITXOR);
}

static void bit_flatten(BitChain *ch, AstExpr *e, uint8_t op_before) {
    if (is_bit_andxor(e)) {
        bit_flatten(ch, e->binop.left, op_before);
        bit_flatten(ch, e->binop.right, e->binop.op);
        return;
    }
    if (ch->count >= 64) {
        ch->overflow = true;
        return;
    }
    ch->ops[ch->count] = op_before;
    ch->operands[ch->count++] = e;
}

static AstExpr *bit_join(Lower *lo, uint8_t op, AstExpr *l, AstExpr *r) {
    AstExpr *e = lo_expr(lo, AST_BINOP, (Span){l->span.line, l->span.col, r->span.end_line,
                                               r->span.end_col});
    if (!e) return NULL;
    e->binop.op = op;
    e->binop.left = l;
    e->binop.right = r;
    return e;
}

static AstExpr *fix_bit_precedence(Lower *lo, AstExpr *e) {
    BitChain ch = {.count = 0};
    bit_flatten(&ch, e, 0);
    if (ch.overflow || ch.count < 3) return e;
    AstExpr *result = NULL, *group = ch.operands[0];
    for (uint32_t k = 1; k < ch.count && group; k++) {
        if (ch.ops[k] == AST_OP_BITAND) {
            group = bit_join(lo, AST_OP_BITAND, group, ch.operands[k]);
        } else {
            result = result ? bit_join(lo, AST_OP_BITXOR, result, group) : group;
            group = ch.operands[k];
        }
    }
    if (!group) return NULL;
    return result ? bit_join(lo, AST_OP_BITXOR, result, group) : group;
}

// binary_operator: left operator right
static AstExpr *lower_binary_operator(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_BINOP, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t op = lo_field(lo, i, CST_F_OPERATOR);
    if (!op || !lower_binop_of(lo, op, &e->binop.op)) e->kind = AST_ERROR;
    e->binop.left = lower_expr(lo, lo_field(lo, i, CST_F_LEFT));
    e->binop.right = lower_expr(lo, lo_field(lo, i, CST_F_RIGHT));
    // `1 += 1`: the grammar takes `+` and an ERROR `=` when the target is no pattern
    uint32_t err = op ? lo_node(lo, op)->next : 0;
    if (err && lo_node(lo, err)->kind == CST_ERROR && lo_node(lo, op)->end == lo_node(lo, err)->start &&
        lo_tok(lo, lo_node(lo, err)->child, "=") && e->binop.left) {
        AstExpr *t = e->binop.left;
        bool ok = !t->parens && (t->kind == AST_NAME || t->kind == AST_ATTRIBUTE ||
                                 t->kind == AST_SUBSCRIPT);
        if (!ok) {
            lo_error(lo, t->span, "SyntaxError",
                     "'%s' is an illegal expression for augmented assignment",
                     syntax_expr_name(t));
            cst_mark_repaired(lo->cst, err);
        }
    }
    if (is_bit_andxor(e) && (is_bit_andxor(e->binop.left) || is_bit_andxor(e->binop.right))) {
        return fix_bit_precedence(lo, e);
    }
    return e;
}

// unary_operator: ('+'|'-'|'~') argument
static AstExpr *lower_unary_operator(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_UNARYOP, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t op = lo_field(lo, i, CST_F_OPERATOR);
    e->unary.op = lo_tok(lo, op, "-") ? AST_UOP_NEG : lo_tok(lo, op, "+") ? AST_UOP_POS
                                                                          : AST_UOP_INVERT;
    e->unary.operand = lower_expr(lo, lo_field(lo, i, CST_F_ARGUMENT));
    return e;
}

// not_operator: 'not' argument
static AstExpr *lower_not_operator(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_UNARYOP, lo_span(lo, i));
    if (!e) return NULL;
    e->unary.op = AST_UOP_NOT;
    e->unary.operand = lower_expr(lo, lo_field(lo, i, CST_F_ARGUMENT));
    return e;
}

// boolean_operator: left ('and'|'or') right — chains of one operator flatten into one BoolOp,
// as CPython's `a and b and c` is BoolOp(And, [a, b, c]).
static AstExpr *lower_boolean_operator(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_BOOLOP, lo_span(lo, i));
    if (!e) return NULL;
    bool is_and = lo_tok(lo, lo_field(lo, i, CST_F_OPERATOR), "and");
    e->boolop.op = is_and ? AST_AND : AST_OR;
    AstExpr *left = lower_expr(lo, lo_field(lo, i, CST_F_LEFT));
    AstExpr *right = lower_expr(lo, lo_field(lo, i, CST_F_RIGHT));
    if (!left || !right) return NULL;
    uint32_t n = 1, ln = 0;
    bool merge = left->kind == AST_BOOLOP && left->boolop.op == e->boolop.op && !left->parens;
    ln = merge ? left->boolop.values.count : 1;
    n = ln + 1;
    AstExpr **items = lo_alloc(lo, n * sizeof *items);
    if (!items) return NULL;
    if (merge) {
        memcpy(items, left->boolop.values.items, ln * sizeof *items);
    } else {
        items[0] = left;
    }
    items[ln] = right;
    e->boolop.values = (AstExprList){items, n};
    return e;
}

// comparison_operator: a op b op c ... ('not in' and 'is not' may come as two tokens)
static AstExpr *lower_comparison_operator(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_COMPARE, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t nops = 0, nargs = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_is_named(lo, c)) nargs++;
        else if (lo_node(lo, c)->field == CST_F_OPERATORS) nops++;
    }
    if (nargs < 2) return lower_error_expr(lo, i);
    e->compare.ops = lo_alloc(lo, nargs - 1);
    e->compare.comparators = lo_alloc(lo, (nargs - 1) * sizeof(AstExpr *));
    if (!e->compare.ops || !e->compare.comparators) return NULL;
    uint32_t k = 0, a = 0;
    bool pending_not = false, pending_is = false;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_is_named(lo, c)) {
            // a lone `is` waits for a `not`; the operand that follows instead completes it
            if (pending_is && k < nargs - 1) e->compare.ops[k++] = AST_CMP_IS;
            pending_is = false;
            AstExpr *x = lower_expr(lo, c);
            if (a == 0) {
                e->compare.left = x;
            } else {
                e->compare.comparators[a - 1] = x;
            }
            a++;
            continue;
        }
        if (lo_node(lo, c)->field != CST_F_OPERATORS || k >= nargs - 1) continue;
        uint8_t op;
        if (lo_tok(lo, c, "not") && !pending_is) {
            pending_not = true;
            continue;
        }
        if (lo_tok(lo, c, "is")) {
            pending_is = true;
            continue;
        }
        if (pending_is) {
            op = lo_tok(lo, c, "not") ? AST_CMP_ISNOT : AST_CMP_IS;
        } else if (lo_tok(lo, c, "in")) {
            op = pending_not ? AST_CMP_NOTIN : AST_CMP_IN;
        } else if (lo_tok(lo, c, "==")) op = AST_CMP_EQ;
        else if (lo_tok(lo, c, "!=")) op = AST_CMP_NE;
        else if (lo_tok(lo, c, "<")) op = AST_CMP_LT;
        else if (lo_tok(lo, c, "<=")) op = AST_CMP_LE;
        else if (lo_tok(lo, c, ">")) op = AST_CMP_GT;
        else if (lo_tok(lo, c, ">=")) op = AST_CMP_GE;
        else if (lo_tok(lo, c, "not in")) op = AST_CMP_NOTIN;
        else if (lo_tok(lo, c, "is not")) op = AST_CMP_ISNOT;
        else {
            // `<>` is Python 2 (only accepted under `from __future__ import barry_as_FLUFL`)
            lo_error(lo, lo_span(lo, c), "SyntaxError", "invalid syntax");
            op = AST_CMP_NE;
        }
        e->compare.ops[k++] = op;
        pending_not = pending_is = false;
    }
    if (pending_is) e->compare.ops[k++] = AST_CMP_IS;
    if (k != nargs - 1) return lower_error_expr(lo, i);
    e->compare.count = k;
    return e;
}

// conditional_expression: body 'if' test 'else' orelse
static AstExpr *lower_conditional_expression(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_IFEXP, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t a = lo_named_from(lo, lo_node(lo, i)->child);
    uint32_t b = a ? lo_named_from(lo, lo_node(lo, a)->next) : 0;
    uint32_t c = b ? lo_named_from(lo, lo_node(lo, b)->next) : 0;
    if (!c) return lower_error_expr(lo, i);
    e->ifexp.body = lower_expr(lo, a);
    e->ifexp.test = lower_expr(lo, b);
    e->ifexp.orelse = lower_expr(lo, c);
    return e;
}

// named_expression: name ':=' value
static AstExpr *lower_named_expression(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_NAMEDEXPR, lo_span(lo, i));
    if (!e) return NULL;
    e->named.target = lower_expr(lo, lo_field(lo, i, CST_F_NAME));
    if (e->named.target && e->named.target->kind != AST_NAME) {
        lo_error(lo, e->named.target->span, "SyntaxError",
                 "cannot use assignment expressions with %s", syntax_expr_name(e->named.target));
    } else if (e->named.target) {
        e->named.target->ctx = AST_STORE;
    }
    e->named.value = lower_expr(lo, lo_field(lo, i, CST_F_VALUE));
    return e;
}

// lambda: 'lambda' [parameters] ':' body
static AstExpr *lower_lambda(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_LAMBDA, lo_span(lo, i));
    if (!e) return NULL;
    e->lambda.args = lower_parameters(lo, lo_field(lo, i, CST_F_PARAMETERS), true);
    e->lambda.body = lower_expr(lo, lo_field(lo, i, CST_F_BODY));
    AstExpr *b = e->lambda.body;
    if (b && b->kind == AST_NAMEDEXPR && !b->parens) {
        // CPython reads `lambda: x := 1` as `(lambda: x) := 1`
        lo_error(lo, e->span, "SyntaxError", "cannot use assignment expressions with lambda");
    }
    return e;
}

// Elements of list/tuple/set/expression_list: expressions, list_splat, parenthesized_list_splat.
AstExprList lower_expr_list(Lower *lo, uint32_t first_child) {
    uint32_t n = 0;
    for (uint32_t c = first_child; c; c = lo_node(lo, c)->next) {
        if (lo_is_named(lo, c)) n++;
    }
    AstExprList list = {NULL, 0};
    if (n == 0) return list;
    list.items = lo_alloc(lo, n * sizeof(AstExpr *));
    if (!list.items) return list;
    for (uint32_t c = first_child; c; c = lo_node(lo, c)->next) {
        if (lo_is_named(lo, c)) list.items[list.count++] = lower_expr(lo, c);
    }
    return list;
}

// list / tuple / set / expression_list / pattern_list: elements separated by commas
static AstExpr *lower_sequence(Lower *lo, uint32_t i, AstExprKind kind) {
    if (lo_node(lo, i)->kind == CST_TUPLE_PATTERN && lo_named_count(lo, i) == 1 &&
        !lo_has_tok(lo, i, ",")) {
        // `(x)` as a target is the grammar's one-element tuple_pattern: really just x
        AstExpr *inner = lower_expr(lo, lo_named_from(lo, lo_node(lo, i)->child));
        if (inner) inner->parens = true;
        return inner;
    }
    AstExpr *e = lo_expr(lo, kind, lo_span(lo, i));
    if (!e) return NULL;
    e->elts = lower_expr_list(lo, lo_node(lo, i)->child);
    // the grammar's tuple nodes own their parentheses
    e->parens = kind == AST_TUPLE && lo_tok(lo, lo_node(lo, i)->child, "(");
    // (a starred with no value already had its error: `(*a := 1)`)
    if (kind == AST_TUPLE && e->elts.count == 1 && e->elts.items[0] &&
        e->elts.items[0]->kind == AST_STARRED && e->elts.items[0]->value &&
        !lo_has_tok(lo, i, ",")) {
        lo_error(lo, e->elts.items[0]->span, "SyntaxError", "cannot use starred expression here");
    }
    return e;
}

// list_splat: '*' expression   (dictionary_splat is handled by its container)
static AstExpr *lower_list_splat(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_STARRED, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t value = lo_named_from(lo, lo_node(lo, i)->child);
    if (value && lo_node(lo, value)->kind == CST_NAMED_EXPRESSION) {
        // `*a := 1`: a star takes no bare walrus; CPython's parser stops at the ':='
        uint32_t op = lo_node(lo, value)->child;
        while (op && !lo_tok(lo, op, ":=")) op = lo_node(lo, op)->next;
        lo_error(lo, lo_span(lo, op ? op : value), "SyntaxError", "invalid syntax");
        return e;
    }
    uint32_t star = lo_node(lo, i)->child;
    if (value && lo_node(lo, value)->kind == CST_LIST_SPLAT &&
        lo_node(lo, value)->start == lo_node(lo, star)->end) {
        // `[**d]`: the `**` token where no dict unpacking may stand; CPython stops at it
        Span at = lo_span(lo, star);
        at.end_col++;
        lo_error(lo, at, "SyntaxError", "invalid syntax");
        return e;
    }
    e->value = lower_expr(lo, value);
    return e;
}

// dictionary: '{' (pair | dictionary_splat), ... '}'
static AstExpr *lower_dictionary(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_DICT, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t n = lo_named_count(lo, i);
    e->dict.keys = lo_alloc(lo, (n ? n : 1) * sizeof(AstExpr *));
    e->dict.values = lo_alloc(lo, (n ? n : 1) * sizeof(AstExpr *));
    if (!e->dict.keys || !e->dict.values) return NULL;
    lo_check_commas(lo, i);
    for (uint32_t c = lo_named_from(lo, lo_node(lo, i)->child); c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        uint32_t k = e->dict.count++;
        if (lo_node(lo, c)->kind == CST_PAIR) {
            e->dict.keys[k] = lower_expr(lo, lo_field(lo, c, CST_F_KEY));
            e->dict.values[k] = lower_expr(lo, lo_field(lo, c, CST_F_VALUE));
            lo_no_walrus(lo, e->dict.keys[k]);
            lo_no_walrus(lo, e->dict.values[k]);
        } else if (lo_node(lo, c)->kind == CST_DICTIONARY_SPLAT) {
            e->dict.keys[k] = NULL;
            e->dict.values[k] = lower_expr(lo, lo_named_from(lo, lo_node(lo, c)->child));
        } else {
            e->dict.keys[k] = NULL;
            e->dict.values[k] = lower_error_expr(lo, c);
        }
    }
    return e;
}

// A comprehension's iterable and conditions are `disjunction`s in CPython's grammar: a bare
// lambda, conditional expression or walrus there is invalid syntax.
static void lower_disjunction_only(Lower *lo, const AstExpr *e) {
    if (!e || e->parens) return;
    if (e->kind == AST_LAMBDA || e->kind == AST_IFEXP || e->kind == AST_NAMEDEXPR) {
        lo_error(lo, e->span, "SyntaxError", "invalid syntax");
    }
}

// The first ',' token among the children of node c (or c itself when there is none).
static uint32_t first_comma(const Lower *lo, uint32_t c) {
    for (uint32_t r = lo_node(lo, c)->child; r; r = lo_node(lo, r)->next) {
        if (lo_tok(lo, r, ",")) return r;
    }
    return c;
}

// for_in_clause / if_clause sequence after a comprehension's body.
static void lower_generators(Lower *lo, uint32_t i, AstExpr *e) {
    uint32_t n = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind == CST_FOR_IN_CLAUSE) n++;
    }
    e->comp.generators = lo_alloc(lo, (n ? n : 1) * sizeof(AstComprehension));
    if (!e->comp.generators) return;
    AstComprehension *cur = NULL;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        CstNode *cn = lo_node(lo, c);
        if (cn->kind == CST_FOR_IN_CLAUSE) {
            cur = &e->comp.generators[e->comp.count++];
            memset(cur, 0, sizeof *cur);
            cur->is_async = lo_has_tok(lo, c, "async");
            cur->target = lower_target(lo, lo_field(lo, c, CST_F_LEFT), TARGET_BIND);
            // right*: several comma-separated expressions form an (invalid) tuple
            uint32_t first = 0, count = 0;
            for (uint32_t r = cn->child; r; r = lo_node(lo, r)->next) {
                if (lo_node(lo, r)->field == CST_F_RIGHT && lo_is_named(lo, r)) {
                    if (!first) first = r;
                    count++;
                }
            }
            if (count == 1) {
                cur->iter = lower_expr(lo, first);
                lower_disjunction_only(lo, cur->iter);
            } else {
                // f(x for x in y, 1): the grammar folds the trailing arguments into the clause;
                // in a list, set or dict comprehension it is plain invalid syntax
                bool generator = lo_node(lo, i)->kind == CST_GENERATOR_EXPRESSION;
                Span at = generator ? lo_span(lo, i) : lo_span(lo, first_comma(lo, c));
                lo_error(lo, at, "SyntaxError",
                         generator ? "Generator expression must be parenthesized" : "invalid syntax");
                cur->iter = lower_error_expr(lo, c);
            }
        } else if (cn->kind == CST_IF_CLAUSE && cur) {
            AstExpr **items = lo_alloc(lo, (cur->ifs.count + 1) * sizeof(AstExpr *));
            if (!items) return;
            if (cur->ifs.count) memcpy(items, cur->ifs.items, cur->ifs.count * sizeof *items);
            items[cur->ifs.count++] = lower_expr(lo, lo_named_from(lo, cn->child));
            lower_disjunction_only(lo, items[cur->ifs.count - 1]);
            cur->ifs.items = items;
        }
    }
}

// list_comprehension / set_comprehension / generator_expression: body for_in_clause ...
// dictionary_comprehension: pair for_in_clause ...
static AstExpr *lower_comprehension(Lower *lo, uint32_t i, AstExprKind kind) {
    AstExpr *e = lo_expr(lo, kind, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t body = lo_field(lo, i, CST_F_BODY);
    if (kind == AST_DICTCOMP) {
        if (!body || lo_node(lo, body)->kind != CST_PAIR) return lower_error_expr(lo, i);
        e->comp.elt = lower_expr(lo, lo_field(lo, body, CST_F_KEY));
        e->comp.value = lower_expr(lo, lo_field(lo, body, CST_F_VALUE));
    } else {
        e->comp.elt = lower_expr(lo, body);
    }
    lower_generators(lo, i, e);
    return e;
}

// parenthesized_expression: '(' (expression | yield | list_splat) ')'
static AstExpr *lower_parenthesized_expression(Lower *lo, uint32_t i) {
    uint32_t inner = lo_named_from(lo, lo_node(lo, i)->child);
    if (!inner) return lower_error_expr(lo, i);
    AstExpr *e = lower_expr(lo, inner);
    if (!e) return NULL;
    if (e->kind == AST_STARRED && !e->parens) {
        lo_error(lo, e->span, "SyntaxError", "cannot use starred expression here");
    }
    e->parens = true;
    // CPython's node spans exclude the parentheses, except for tuples and generators.
    return e;
}

// The grammar takes `*name` for a primary expression, so `[*range(3)]` arrives as
// call(list_splat(range), ...): the star belongs around the whole suffixed expression. Moves an
// unparenthesized Starred out of `*base` (e's func/value slot) to wrap e; returns what replaces e.
static AstExpr *hoist_star(AstExpr *e, AstExpr **base) {
    AstExpr *star = *base;
    if (!star || star->kind != AST_STARRED || star->parens || !star->value) return e;
    *base = star->value;
    e->span.line = star->value->span.line;
    e->span.col = star->value->span.col;
    star->value = e;
    star->span.end_line = e->span.end_line;
    star->span.end_col = e->span.end_col;
    return star;
}

// call: function (argument_list | generator_expression)
static AstExpr *lower_call(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_CALL, lo_span(lo, i));
    if (!e) return NULL;
    e->call.func = lower_expr(lo, lo_field(lo, i, CST_F_FUNCTION));
    uint32_t args = lo_field(lo, i, CST_F_ARGUMENTS);
    if (args && lo_node(lo, args)->kind == CST_GENERATOR_EXPRESSION) {
        e->call.args.items = lo_alloc(lo, sizeof(AstExpr *));
        if (!e->call.args.items) return NULL;
        e->call.args.items[0] = lower_comprehension(lo, args, AST_GENEXP);
        e->call.args.count = 1;
    } else if (args) {
        lower_call_args(lo, args, e);
    }
    return hoist_star(e, &e->call.func);
}

// ERROR ['=' value] right after argument `prev`: `f(True=1)`, `f(a + 1=2)`, a keyword
// argument whose name is no name. True when explained.
static bool lower_bad_keyword(Lower *lo, uint32_t err, AstExpr *prev) {
    uint32_t eq = lo_node(lo, err)->child;
    uint32_t value = eq ? lo_node(lo, eq)->next : 0;
    // a name before '=' is a fine keyword (the error is in its value); a walrus is no
    // `expression` to CPython's invalid_kwarg rule
    if (!eq || !lo_tok(lo, eq, "=") || !value || !lo_is_named(lo, value) ||
        lo_node(lo, value)->next || !prev || prev->parens || prev->kind == AST_NAME ||
        prev->kind == AST_NAMEDEXPR) {
        return false;
    }
    if (prev->kind == AST_CONST && prev->constant.kind <= AST_CONST_FALSE) {
        lo_error(lo, prev->span, "SyntaxError", "cannot assign to %s", syntax_expr_name(prev));
    } else {
        Span sp = prev->span;
        sp.end_line = lo_node(lo, eq)->end_line;
        sp.end_col = lo_node(lo, eq)->end_col;
        lo_error(lo, sp, "SyntaxError",
                 "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    cst_mark_repaired(lo->cst, err);
    return true;
}

// Where CPython reports a positional argument after keyword ones: at the last token its
// parser read, the ')' that closes the arguments (else at the argument `arg`).
static Span arguments_end(Lower *lo, uint32_t arglist, uint32_t arg) {
    uint32_t last = 0;
    for (uint32_t c = lo_node(lo, arglist)->child; c; c = lo_node(lo, c)->next) last = c;
    return last && lo_tok(lo, last, ")") ? lo_span(lo, last) : lo_span(lo, arg);
}


// argument_list: '(' (expression | list_splat | dictionary_splat | keyword_argument), ... ')'
void lower_call_args(Lower *lo, uint32_t arglist, AstExpr *call) {
    uint32_t npos = 0, nkw = 0;
    for (uint32_t c = lo_node(lo, arglist)->child; c; c = lo_node(lo, c)->next) {
        if (!lo_is_named(lo, c)) continue;
        CstKind k = lo_node(lo, c)->kind;
        if (k == CST_KEYWORD_ARGUMENT || k == CST_DICTIONARY_SPLAT) nkw++;
        else npos++;
    }
    lo_check_commas(lo, arglist);
    AstExpr **pos = npos ? lo_alloc(lo, npos * sizeof(AstExpr *)) : NULL;
    AstKeyword *kws = nkw ? lo_alloc(lo, nkw * sizeof(AstKeyword)) : NULL;
    if ((npos && !pos) || (nkw && !kws)) return;
    uint32_t p = 0, k = 0;
    bool kw_seen = false, kwsplat_seen = false;
    for (uint32_t c = lo_node(lo, arglist)->child; c; c = lo_node(lo, c)->next) {
        if (!lo_is_named(lo, c)) continue;
        CstKind kind = lo_node(lo, c)->kind;
        if (kind == CST_LIST_SPLAT && kwsplat_seen) {
            lo_error(lo, lo_span(lo, c), "SyntaxError",
                     "iterable argument unpacking follows keyword argument unpacking");
        } else if (kind != CST_KEYWORD_ARGUMENT && kind != CST_DICTIONARY_SPLAT &&
                   kind != CST_LIST_SPLAT && (kw_seen || kwsplat_seen)) {
            lo_error(lo, arguments_end(lo, arglist, c), "SyntaxError", kwsplat_seen
                         ? "positional argument follows keyword argument unpacking"
                         : "positional argument follows keyword argument");
        }
        kw_seen |= kind == CST_KEYWORD_ARGUMENT;
        kwsplat_seen |= kind == CST_DICTIONARY_SPLAT;
        if (kind == CST_KEYWORD_ARGUMENT) {
            uint32_t name = lo_field(lo, c, CST_F_NAME);
            kws[k++] = (AstKeyword){
                .arg = name && lo_node(lo, name)->kind == CST_IDENTIFIER ? lo_ident(lo, name)
                                                                         : NULL,
                .value = lower_expr(lo, lo_field(lo, c, CST_F_VALUE)),
                .span = lo_span(lo, c),
            };
            lo_no_walrus(lo, kws[k - 1].value);
            if (!name || lo_node(lo, name)->kind != CST_IDENTIFIER) {
                lo_error(lo, lo_span(lo, c), "SyntaxError",
                         "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
        } else if (kind == CST_DICTIONARY_SPLAT) {
            kws[k++] = (AstKeyword){
                .arg = NULL,
                .value = lower_expr(lo, lo_named_from(lo, lo_node(lo, c)->child)),
                .span = lo_span(lo, c),
            };
        } else if (kind == CST_ERROR && p && lower_bad_keyword(lo, c, pos[p - 1])) {
            continue;
        } else {
            pos[p++] = lower_expr(lo, c);
        }
    }
    call->call.args = (AstExprList){pos, p};
    call->call.keywords = kws;
    call->call.keyword_count = k;
}

// attribute: object '.' attribute
static AstExpr *lower_attribute(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_ATTRIBUTE, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t attr = lo_field(lo, i, CST_F_ATTRIBUTE);
    e->attribute.value = lower_expr(lo, lo_field(lo, i, CST_F_OBJECT));
    if (attr && lo_node(lo, attr)->kind == CST_IDENTIFIER) {
        e->attribute.attr = lo_ident(lo, attr);
        e->attribute.attr_span = lo_span(lo, attr);
    } else {
        e->kind = AST_ERROR;
        return e;
    }
    return hoist_star(e, &e->attribute.value);
}

// slice: [lower] ':' [upper] [':' [step]]
static AstExpr *lower_slice(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_SLICE, lo_span(lo, i));
    if (!e) return NULL;
    int part = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_tok(lo, c, ":")) {
            part++;
        } else if (lo_is_named(lo, c)) {
            AstExpr *x = lower_expr(lo, c);
            if (part == 0) e->slice.lower = x;
            else if (part == 1) e->slice.upper = x;
            else e->slice.step = x;
        }
    }
    return e;
}

// subscript: value '[' (expression | slice), ... ']'
static AstExpr *lower_subscript(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_SUBSCRIPT, lo_span(lo, i));
    if (!e) return NULL;
    e->subscript.value = lower_expr(lo, lo_field(lo, i, CST_F_VALUE));
    uint32_t n = 0, first = 0;
    bool trailing_comma = false;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->field == CST_F_SUBSCRIPT) {
            if (!first) first = c;
            n++;
            trailing_comma = false;
        } else if (first && lo_tok(lo, c, ",")) {
            trailing_comma = true;
        }
    }
    if (!first) return lower_error_expr(lo, i);
    if (n == 1 && !trailing_comma && lo_node(lo, first)->kind != CST_LIST_SPLAT) {
        e->subscript.slice = lower_expr(lo, first);
        return hoist_star(e, &e->subscript.value);
    }
    // a[x, y] and a[*b] subscript with a tuple spanning the elements
    AstExpr *t = lo_expr(lo, AST_TUPLE, lo_span(lo, first));
    if (!t) return NULL;
    t->elts.items = lo_alloc(lo, n * sizeof(AstExpr *));
    if (!t->elts.items) return NULL;
    for (uint32_t c = first; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->field != CST_F_SUBSCRIPT) continue;
        t->elts.items[t->elts.count++] = lower_expr(lo, c);
        t->span.end_line = lo_node(lo, c)->end_line;
        t->span.end_col = lo_node(lo, c)->end_col;
    }
    e->subscript.slice = t;
    return hoist_star(e, &e->subscript.value);
}

// await: 'await' primary_expression
static AstExpr *lower_await(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_AWAIT, lo_span(lo, i));
    if (!e) return NULL;
    e->value = lower_expr(lo, lo_named_from(lo, lo_node(lo, i)->child));
    return e;
}

// yield: 'yield' [expression | expression_list] | 'yield' 'from' expression
static AstExpr *lower_yield(Lower *lo, uint32_t i) {
    bool from = lo_has_tok(lo, i, "from");
    AstExpr *e = lo_expr(lo, from ? AST_YIELDFROM : AST_YIELD, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t v = lo_named_from(lo, lo_node(lo, i)->child);
    e->value = v ? lower_expr(lo, v) : NULL;
    return e;
}

// expression_statement children, `yield a, b` bodies, and `for ... in a, b`: a bare tuple
static AstExpr *lower_expression_list(Lower *lo, uint32_t i) {
    return lower_sequence(lo, i, AST_TUPLE);
}

AstExpr *lower_expr(Lower *lo, uint32_t i) {
    if (!i) return NULL;
    if (!lo_enter(lo, i)) return lower_error_expr(lo, i);
    AstExpr *e;
    switch ((CstKind)lo_node(lo, i)->kind) {
    case CST_IDENTIFIER: e = lower_identifier(lo, i); break;
    case CST_INTEGER:
    case CST_FLOAT: e = lower_number(lo, i); break;
    case CST_STRING:
    case CST_CONCATENATED_STRING: e = lower_string(lo, i); break;
    case CST_TRUE: e = lower_const(lo, i, AST_CONST_TRUE); break;
    case CST_FALSE: e = lower_const(lo, i, AST_CONST_FALSE); break;
    case CST_NONE: e = lower_const(lo, i, AST_CONST_NONE); break;
    case CST_ELLIPSIS: e = lower_const(lo, i, AST_CONST_ELLIPSIS); break;
    case CST_BINARY_OPERATOR: e = lower_binary_operator(lo, i); break;
    case CST_UNARY_OPERATOR: e = lower_unary_operator(lo, i); break;
    case CST_NOT_OPERATOR: e = lower_not_operator(lo, i); break;
    case CST_BOOLEAN_OPERATOR: e = lower_boolean_operator(lo, i); break;
    case CST_COMPARISON_OPERATOR: e = lower_comparison_operator(lo, i); break;
    case CST_CONDITIONAL_EXPRESSION: e = lower_conditional_expression(lo, i); break;
    case CST_NAMED_EXPRESSION: e = lower_named_expression(lo, i); break;
    case CST_LAMBDA: e = lower_lambda(lo, i); break;
    case CST_LIST: e = lower_sequence(lo, i, AST_LIST); break;
    case CST_TUPLE: e = lower_sequence(lo, i, AST_TUPLE); break;
    case CST_SET: e = lower_sequence(lo, i, AST_SET); break;
    case CST_EXPRESSION_LIST: e = lower_expression_list(lo, i); break;
    case CST_PATTERN_LIST: e = lower_sequence(lo, i, AST_TUPLE); break;
    case CST_TUPLE_PATTERN: e = lower_sequence(lo, i, AST_TUPLE); break;
    case CST_LIST_PATTERN: e = lower_sequence(lo, i, AST_LIST); break;
    case CST_LIST_SPLAT:
    case CST_LIST_SPLAT_PATTERN: e = lower_list_splat(lo, i); break;
    case CST_PARENTHESIZED_LIST_SPLAT:
        e = lower_expr(lo, lo_named_from(lo, lo_node(lo, i)->child));
        if (e) e->parens = true;
        break;
    case CST_DICTIONARY: e = lower_dictionary(lo, i); break;
    case CST_LIST_COMPREHENSION: e = lower_comprehension(lo, i, AST_LISTCOMP); break;
    case CST_SET_COMPREHENSION: e = lower_comprehension(lo, i, AST_SETCOMP); break;
    case CST_DICTIONARY_COMPREHENSION: e = lower_comprehension(lo, i, AST_DICTCOMP); break;
    case CST_GENERATOR_EXPRESSION: e = lower_comprehension(lo, i, AST_GENEXP); break;
    case CST_PARENTHESIZED_EXPRESSION: e = lower_parenthesized_expression(lo, i); break;
    case CST_CALL: e = lower_call(lo, i); break;
    case CST_ATTRIBUTE: e = lower_attribute(lo, i); break;
    case CST_SUBSCRIPT: e = lower_subscript(lo, i); break;
    case CST_SLICE: e = lower_slice(lo, i); break;
    case CST_AWAIT: e = lower_await(lo, i); break;
    case CST_YIELD: e = lower_yield(lo, i); break;
    case CST_TYPE: e = lower_type(lo, i); break;
    case CST_ERROR: e = lower_error_node(lo, i); break;
    case CST_KEYWORD_ARGUMENT:
    case CST_DICTIONARY_SPLAT:
    default: e = lower_error_expr(lo, i); break;
    }
    lo_leave(lo);
    return e;
}

// Lowers a target and marks it (and its elements) Store or Del; invalid targets are reported.
AstExpr *lower_target(Lower *lo, uint32_t i, TargetUse use) {
    AstExpr *e = lower_expr(lo, i);
    if (e) syntax_check_target(lo, e, use);
    return e;
}

static AstExpr *lower_type_sequence(Lower *lo, uint32_t i, AstExprKind kind, uint32_t first) {
    AstExpr *e = lo_expr(lo, kind, lo_span(lo, i));
    if (!e) return NULL;
    e->elts = lower_expr_list(lo, first);
    return e;
}

// type: expression | generic_type | union_type | member_type | splat_type | constrained_type.
// The grammar parses annotations with its own rules; they lower to the expressions CPython sees.
AstExpr *lower_type(Lower *lo, uint32_t i) {
    uint32_t inner = lo_named_from(lo, lo_node(lo, i)->child);
    if (!inner) return lower_error_expr(lo, i);
    switch ((CstKind)lo_node(lo, inner)->kind) {
    case CST_GENERIC_TYPE: {
        // generic_type: identifier type_parameter  ->  Subscript(Name, elt | Tuple)
        AstExpr *e = lo_expr(lo, AST_SUBSCRIPT, lo_span(lo, inner));
        if (!e) return NULL;
        uint32_t name = lo_named_from(lo, lo_node(lo, inner)->child);
        uint32_t params = name ? lo_named_from(lo, lo_node(lo, name)->next) : 0;
        e->subscript.value = lower_expr(lo, name);
        if (!params) return lower_error_expr(lo, i);
        uint32_t only = lo_named_from(lo, lo_node(lo, params)->child);
        uint32_t only_inner = only && lo_node(lo, only)->kind == CST_TYPE
                                  ? lo_named_from(lo, lo_node(lo, only)->child) : only;
        // tuple[*Ts] subscripts with the tuple (*Ts,), as a[*b] does
        bool splat = only_inner && lo_node(lo, only_inner)->kind == CST_SPLAT_TYPE;
        if (lo_named_count(lo, params) == 1 && !lo_has_tok(lo, params, ",") && !splat) {
            e->subscript.slice = lower_expr(lo, only);
        } else {
            e->subscript.slice = lower_type_sequence(lo, params, AST_TUPLE,
                                                     lo_node(lo, params)->child);
            if (e->subscript.slice) {
                // CPython's tuple spans the elements, not the brackets
                e->subscript.slice->span.col++;
                e->subscript.slice->span.end_col--;
            }
        }
        return e;
    }
    case CST_UNION_TYPE: {
        AstExpr *e = lo_expr(lo, AST_BINOP, lo_span(lo, inner));
        if (!e) return NULL;
        uint32_t a = lo_named_from(lo, lo_node(lo, inner)->child);
        uint32_t b = a ? lo_named_from(lo, lo_node(lo, a)->next) : 0;
        e->binop.op = AST_OP_BITOR;
        e->binop.left = lower_expr(lo, a);
        e->binop.right = lower_expr(lo, b);
        if (!e->binop.left || !e->binop.right) return lower_error_expr(lo, i);
        return e;
    }
    case CST_MEMBER_TYPE: {
        AstExpr *e = lo_expr(lo, AST_ATTRIBUTE, lo_span(lo, inner));
        if (!e) return NULL;
        uint32_t a = lo_named_from(lo, lo_node(lo, inner)->child);
        uint32_t b = a ? lo_named_from(lo, lo_node(lo, a)->next) : 0;
        if (!b) return lower_error_expr(lo, i);
        e->attribute.value = lower_expr(lo, a);
        e->attribute.attr = lo_ident(lo, b);
        e->attribute.attr_span = lo_span(lo, b);
        return e;
    }
    case CST_SPLAT_TYPE: {
        AstExpr *e = lo_expr(lo, AST_STARRED, lo_span(lo, inner));
        if (!e) return NULL;
        e->value = lower_expr(lo, lo_named_from(lo, lo_node(lo, inner)->child));
        return e;
    }
    case CST_CONSTRAINED_TYPE: {
        // `x: int: str`: a bound belongs in type parameters only
        uint32_t colon = lo_named_from(lo, lo_node(lo, inner)->child);
        colon = colon ? lo_node(lo, colon)->next : 0;
        lo_error(lo, lo_span(lo, colon ? colon : inner), "SyntaxError", "invalid syntax");
        return lower_error_expr(lo, i);
    }
    default:
        return lower_expr(lo, inner);
    }
}
