// Operator names and the AST dump behind `moat parse` (a debugging aid and a test oracle).
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parser/parser.h"

#define AST_NAME_OF(kind, name, ...) name,
#define AST_SYMBOL_OF(kind, name, sym) sym,
static const char *const expr_names[] = {AST_EXPR_KINDS(AST_NAME_OF)};
static const char *const stmt_names[] = {AST_STMT_KINDS(AST_NAME_OF)};
static const char *const pattern_names[] = {AST_PATTERN_KINDS(AST_NAME_OF)};
static const char *const binop_symbols[] = {AST_BINOPS(AST_SYMBOL_OF)};
static const char *const unaryop_symbols[] = {AST_UNARYOPS(AST_SYMBOL_OF)};
static const char *const cmpop_symbols[] = {AST_CMPOPS(AST_SYMBOL_OF)};
#undef AST_NAME_OF
#undef AST_SYMBOL_OF

const char *ast_binop_symbol(AstBinOp op) { return binop_symbols[op]; }
const char *ast_unaryop_symbol(AstUnaryOp op) { return unaryop_symbols[op]; }
const char *ast_cmpop_symbol(AstCmpOp op) { return cmpop_symbols[op]; }
const char *ast_expr_kind_name(AstExprKind kind) { return expr_names[kind]; }
const char *ast_stmt_kind_name(AstStmtKind kind) { return stmt_names[kind]; }

typedef struct Dump {
    AstWriteFn write;
    void *ctx;
    int indent;
} Dump;

static void out(Dump *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(Dump *d, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    d->write(d->ctx, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void line(Dump *d, const char *label, const char *head, Span sp) {
    for (int k = 0; k < d->indent; k++) d->write(d->ctx, "  ", 2);
    if (label) out(d, "%s: ", label);
    out(d, "%s @%u:%u-%u:%u", head, sp.line, sp.col, sp.end_line, sp.end_col);
}

// Writes s quoted, escaping what would break a line.
static void quoted(Dump *d, const char *s, size_t n) {
    d->write(d->ctx, " '", 2);
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '\\' || c == '\'') out(d, "\\%c", c);
        else if (c < 0x20 || c == 0x7f) out(d, "\\x%02x", c);
        else d->write(d->ctx, (const char *)&s[k], 1);
    }
    d->write(d->ctx, "'", 1);
}

static void dump_expr(Dump *d, const char *label, const AstExpr *e);
static void dump_stmts(Dump *d, const char *label, AstStmtList body);
static void dump_pattern(Dump *d, const char *label, const AstPattern *p);

static void dump_exprs(Dump *d, const char *label, AstExprList l) {
    for (uint32_t k = 0; k < l.count; k++) dump_expr(d, label, l.items[k]);
}

static const char *const ctx_names[] = {"", " Store", " Del"};

static void dump_args(Dump *d, const AstArguments *a) {
    if (!a) return;
    for (uint32_t k = 0; k < a->arg_count; k++) {
        line(d, k < a->posonly_count ? "posonly" : "arg", a->args[k].name, a->args[k].span);
        d->write(d->ctx, "\n", 1);
        d->indent++;
        dump_expr(d, "annotation", a->args[k].annotation);
        d->indent--;
    }
    for (uint32_t k = 0; k < a->default_count; k++) dump_expr(d, "default", a->defaults[k]);
    if (a->vararg) {
        line(d, "vararg", a->vararg->name, a->vararg->span);
        d->write(d->ctx, "\n", 1);
    }
    for (uint32_t k = 0; k < a->kwonly_count; k++) {
        line(d, "kwonly", a->kwonly[k].name, a->kwonly[k].span);
        d->write(d->ctx, "\n", 1);
        d->indent++;
        dump_expr(d, "annotation", a->kwonly[k].annotation);
        dump_expr(d, "default", a->kw_defaults[k]);
        d->indent--;
    }
    if (a->kwarg) {
        line(d, "kwarg", a->kwarg->name, a->kwarg->span);
        d->write(d->ctx, "\n", 1);
    }
}

static void dump_expr(Dump *d, const char *label, const AstExpr *e) {
    if (!e) return;
    line(d, label, expr_names[e->kind], e->span);
    switch ((AstExprKind)e->kind) {
    case AST_NAME: out(d, " %s", e->name); break;
    case AST_CONST:
        switch (e->constant.kind) {
        case AST_CONST_NONE: out(d, " None"); break;
        case AST_CONST_TRUE: out(d, " True"); break;
        case AST_CONST_FALSE: out(d, " False"); break;
        case AST_CONST_ELLIPSIS: out(d, " Ellipsis"); break;
        case AST_CONST_INT: out(d, " int %" PRId64, e->constant.i); break;
        case AST_CONST_BIGINT: out(d, " int base %u", e->constant.base); break;
        case AST_CONST_FLOAT: out(d, " float"); break;
        case AST_CONST_IMAG: out(d, " imag"); break;
        case AST_CONST_STR: out(d, " str"); break;
        case AST_CONST_BYTES: out(d, " bytes"); break;
        }
        if (e->constant.str) quoted(d, e->constant.str, e->constant.len);
        break;
    case AST_BOOLOP: out(d, " %s", e->boolop.op == AST_AND ? "and" : "or"); break;
    case AST_BINOP: out(d, " %s", binop_symbols[e->binop.op]); break;
    case AST_UNARYOP: out(d, " %s", unaryop_symbols[e->unary.op]); break;
    case AST_ATTRIBUTE: out(d, " .%s", e->attribute.attr); break;
    case AST_FORMATTED:
        if (e->formatted.conversion >= 0) out(d, " !%c", e->formatted.conversion);
        break;
    case AST_COMPARE:
        for (uint32_t k = 0; k < e->compare.count; k++) out(d, " %s", cmpop_symbols[e->compare.ops[k]]);
        break;
    default: break;
    }
    out(d, "%s%s\n", ctx_names[e->ctx], e->parens ? " (parenthesized)" : "");
    d->indent++;
    switch ((AstExprKind)e->kind) {
    case AST_BOOLOP: dump_exprs(d, NULL, e->boolop.values); break;
    case AST_NAMEDEXPR:
        dump_expr(d, "target", e->named.target);
        dump_expr(d, "value", e->named.value);
        break;
    case AST_BINOP:
        dump_expr(d, NULL, e->binop.left);
        dump_expr(d, NULL, e->binop.right);
        break;
    case AST_UNARYOP: dump_expr(d, NULL, e->unary.operand); break;
    case AST_LAMBDA:
        dump_args(d, e->lambda.args);
        dump_expr(d, "body", e->lambda.body);
        break;
    case AST_IFEXP:
        dump_expr(d, "test", e->ifexp.test);
        dump_expr(d, "body", e->ifexp.body);
        dump_expr(d, "orelse", e->ifexp.orelse);
        break;
    case AST_DICT:
        for (uint32_t k = 0; k < e->dict.count; k++) {
            if (e->dict.keys[k]) dump_expr(d, "key", e->dict.keys[k]);
            dump_expr(d, e->dict.keys[k] ? "value" : "**", e->dict.values[k]);
        }
        break;
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE:
    case AST_FSTRING: dump_exprs(d, NULL, e->elts); break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP:
        dump_expr(d, e->kind == AST_DICTCOMP ? "key" : "elt", e->comp.elt);
        dump_expr(d, "value", e->comp.value);
        for (uint32_t k = 0; k < e->comp.count; k++) {
            const AstComprehension *g = &e->comp.generators[k];
            dump_expr(d, g->is_async ? "async for" : "for", g->target);
            dump_expr(d, "in", g->iter);
            dump_exprs(d, "if", g->ifs);
        }
        break;
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELDFROM:
    case AST_STARRED: dump_expr(d, NULL, e->value); break;
    case AST_COMPARE:
        dump_expr(d, NULL, e->compare.left);
        for (uint32_t k = 0; k < e->compare.count; k++) dump_expr(d, NULL, e->compare.comparators[k]);
        break;
    case AST_CALL:
        dump_expr(d, "func", e->call.func);
        dump_exprs(d, "arg", e->call.args);
        for (uint32_t k = 0; k < e->call.keyword_count; k++) {
            const AstKeyword *kw = &e->call.keywords[k];
            dump_expr(d, kw->arg ? kw->arg : "**", kw->value);
        }
        break;
    case AST_FORMATTED:
        dump_expr(d, "value", e->formatted.value);
        dump_expr(d, "format_spec", e->formatted.format_spec);
        break;
    case AST_ATTRIBUTE: dump_expr(d, NULL, e->attribute.value); break;
    case AST_SUBSCRIPT:
        dump_expr(d, "value", e->subscript.value);
        dump_expr(d, "slice", e->subscript.slice);
        break;
    case AST_SLICE:
        dump_expr(d, "lower", e->slice.lower);
        dump_expr(d, "upper", e->slice.upper);
        dump_expr(d, "step", e->slice.step);
        break;
    default: break;
    }
    d->indent--;
}

static void dump_patterns(Dump *d, const char *label, AstPatternList l) {
    for (uint32_t k = 0; k < l.count; k++) dump_pattern(d, label, l.items[k]);
}

static void dump_pattern(Dump *d, const char *label, const AstPattern *p) {
    if (!p) return;
    line(d, label, pattern_names[p->kind], p->span);
    if (p->kind == AST_PAT_AS && p->as.name) out(d, " %s", p->as.name);
    if (p->kind == AST_PAT_STAR) out(d, " %s", p->star_name ? p->star_name : "_");
    if (p->kind == AST_PAT_MAPPING && p->mapping.rest) out(d, " **%s", p->mapping.rest);
    out(d, "\n");
    d->indent++;
    switch ((AstPatternKind)p->kind) {
    case AST_PAT_VALUE:
    case AST_PAT_SINGLETON: dump_expr(d, NULL, p->value); break;
    case AST_PAT_SEQUENCE:
    case AST_PAT_OR: dump_patterns(d, NULL, p->patterns); break;
    case AST_PAT_MAPPING:
        for (uint32_t k = 0; k < p->mapping.patterns.count; k++) {
            dump_expr(d, "key", p->mapping.keys[k]);
            dump_pattern(d, "value", p->mapping.patterns.items[k]);
        }
        break;
    case AST_PAT_CLASS:
        dump_expr(d, "cls", p->cls.cls);
        dump_patterns(d, NULL, p->cls.patterns);
        for (uint32_t k = 0; k < p->cls.kwd_patterns.count; k++) {
            dump_pattern(d, p->cls.kwd_attrs[k], p->cls.kwd_patterns.items[k]);
        }
        break;
    case AST_PAT_AS: dump_pattern(d, NULL, p->as.pattern); break;
    default: break;
    }
    d->indent--;
}

static void dump_type_params(Dump *d, AstTypeParams tp) {
    static const char *const kinds[] = {"TypeVar", "TypeVarTuple", "ParamSpec"};
    for (uint32_t k = 0; k < tp.count; k++) {
        line(d, "type_param", kinds[tp.items[k].kind], tp.items[k].span);
        out(d, " %s\n", tp.items[k].name);
        d->indent++;
        dump_expr(d, "bound", tp.items[k].bound);
        d->indent--;
    }
}

static void dump_stmt(Dump *d, const AstStmt *s) {
    if (!s) return;
    line(d, NULL, stmt_names[s->kind], s->span);
    switch ((AstStmtKind)s->kind) {
    case AST_FUNCTIONDEF: out(d, "%s %s", s->funcdef.is_async ? " async" : "", s->funcdef.name); break;
    case AST_CLASSDEF: out(d, " %s", s->classdef.name); break;
    case AST_AUGASSIGN: out(d, " %s=", binop_symbols[s->augassign.op]); break;
    case AST_ANNASSIGN: out(d, "%s", s->annassign.simple ? " simple" : ""); break;
    case AST_FOR: out(d, "%s", s->for_.is_async ? " async" : ""); break;
    case AST_WITH: out(d, "%s", s->with.is_async ? " async" : ""); break;
    case AST_TRY: out(d, "%s", s->try_.is_star ? " star" : ""); break;
    case AST_IMPORTFROM:
        out(d, " %.*s%s", (int)s->import.level, "..........", s->import.module ? s->import.module : "");
        break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        for (uint32_t k = 0; k < s->names.count; k++) out(d, " %s", s->names.items[k]);
        break;
    default: break;
    }
    out(d, "\n");
    d->indent++;
    switch ((AstStmtKind)s->kind) {
    case AST_FUNCTIONDEF:
        dump_exprs(d, "decorator", s->funcdef.decorators);
        dump_type_params(d, s->funcdef.type_params);
        dump_args(d, s->funcdef.args);
        dump_expr(d, "returns", s->funcdef.returns);
        dump_stmts(d, "body", s->funcdef.body);
        break;
    case AST_CLASSDEF:
        dump_exprs(d, "decorator", s->classdef.decorators);
        dump_type_params(d, s->classdef.type_params);
        dump_exprs(d, "base", s->classdef.bases);
        for (uint32_t k = 0; k < s->classdef.keyword_count; k++) {
            const AstKeyword *kw = &s->classdef.keywords[k];
            dump_expr(d, kw->arg ? kw->arg : "**", kw->value);
        }
        dump_stmts(d, "body", s->classdef.body);
        break;
    case AST_RETURN:
    case AST_EXPR: dump_expr(d, NULL, s->value); break;
    case AST_DELETE: dump_exprs(d, NULL, s->targets); break;
    case AST_ASSIGN:
        dump_exprs(d, "target", s->assign.targets);
        dump_expr(d, "value", s->assign.value);
        break;
    case AST_TYPEALIAS:
        dump_expr(d, "name", s->typealias.name);
        dump_type_params(d, s->typealias.type_params);
        dump_expr(d, "value", s->typealias.value);
        break;
    case AST_AUGASSIGN:
        dump_expr(d, "target", s->augassign.target);
        dump_expr(d, "value", s->augassign.value);
        break;
    case AST_ANNASSIGN:
        dump_expr(d, "target", s->annassign.target);
        dump_expr(d, "annotation", s->annassign.annotation);
        dump_expr(d, "value", s->annassign.value);
        break;
    case AST_FOR:
        dump_expr(d, "target", s->for_.target);
        dump_expr(d, "iter", s->for_.iter);
        dump_stmts(d, "body", s->for_.body);
        dump_stmts(d, "orelse", s->for_.orelse);
        break;
    case AST_WHILE:
    case AST_IF:
        dump_expr(d, "test", s->while_.test);
        dump_stmts(d, "body", s->while_.body);
        dump_stmts(d, "orelse", s->while_.orelse);
        break;
    case AST_WITH:
        for (uint32_t k = 0; k < s->with.count; k++) {
            dump_expr(d, "item", s->with.items[k].context);
            dump_expr(d, "as", s->with.items[k].target);
        }
        dump_stmts(d, "body", s->with.body);
        break;
    case AST_MATCH:
        dump_expr(d, "subject", s->match.subject);
        for (uint32_t k = 0; k < s->match.count; k++) {
            dump_pattern(d, "case", s->match.cases[k].pattern);
            dump_expr(d, "guard", s->match.cases[k].guard);
            dump_stmts(d, "body", s->match.cases[k].body);
        }
        break;
    case AST_RAISE:
        dump_expr(d, "exc", s->raise.exc);
        dump_expr(d, "cause", s->raise.cause);
        break;
    case AST_TRY:
        dump_stmts(d, "body", s->try_.body);
        for (uint32_t k = 0; k < s->try_.handler_count; k++) {
            const AstHandler *h = &s->try_.handlers[k];
            line(d, NULL, "ExceptHandler", h->span);
            out(d, "%s%s\n", h->name ? " as " : "", h->name ? h->name : "");
            d->indent++;
            dump_expr(d, "type", h->type);
            dump_stmts(d, "body", h->body);
            d->indent--;
        }
        dump_stmts(d, "orelse", s->try_.orelse);
        dump_stmts(d, "finally", s->try_.finalbody);
        break;
    case AST_ASSERT:
        dump_expr(d, "test", s->assert_.test);
        dump_expr(d, "msg", s->assert_.msg);
        break;
    case AST_IMPORT:
    case AST_IMPORTFROM:
        for (uint32_t k = 0; k < s->import.count; k++) {
            const AstAlias *a = &s->import.names[k];
            line(d, NULL, "alias", a->span);
            out(d, " %s%s%s\n", a->name, a->asname ? " as " : "", a->asname ? a->asname : "");
        }
        break;
    default: break;
    }
    d->indent--;
}

static void dump_stmts(Dump *d, const char *label, AstStmtList body) {
    if (label && body.count) {
        for (int k = 0; k < d->indent; k++) d->write(d->ctx, "  ", 2);
        out(d, "%s:\n", label);
    }
    d->indent++;
    for (uint32_t k = 0; k < body.count; k++) dump_stmt(d, body.items[k]);
    d->indent--;
}

void ast_dump(const AstModule *m, AstWriteFn write, void *ctx) {
    Dump d = {.write = write, .ctx = ctx, .indent = -1};
    dump_stmts(&d, NULL, m->body);
}
