// moat's AST: a compact tree in one arena, shaped like CPython's `ast` module so the compiler
// and checker can follow CPython's semantics node for node. Every node carries its source span.
#ifndef MOAT_PARSER_AST_H
#define MOAT_PARSER_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parser/arena.h"
#include "parser/ast_kinds.h"
#include "parser/diag.h"

#define AST_ENUM(kind, ...) kind,
typedef enum AstExprKind { AST_EXPR_KINDS(AST_ENUM) AST_EXPR_KIND_COUNT } AstExprKind;
typedef enum AstStmtKind { AST_STMT_KINDS(AST_ENUM) AST_STMT_KIND_COUNT } AstStmtKind;
typedef enum AstPatternKind { AST_PATTERN_KINDS(AST_ENUM) AST_PATTERN_KIND_COUNT } AstPatternKind;
typedef enum AstBinOp { AST_BINOPS(AST_ENUM) AST_BINOP_COUNT } AstBinOp;
typedef enum AstUnaryOp { AST_UNARYOPS(AST_ENUM) AST_UNARYOP_COUNT } AstUnaryOp;
typedef enum AstCmpOp { AST_CMPOPS(AST_ENUM) AST_CMPOP_COUNT } AstCmpOp;
#undef AST_ENUM

typedef enum AstCtx { AST_LOAD, AST_STORE, AST_DEL } AstCtx;
typedef enum AstBoolOp { AST_AND, AST_OR } AstBoolOp;

// Literal kinds. Numbers other than small ints keep their source text (underscores removed,
// base prefix kept) so the parser needs no bignum or float conversion: the consumer converts.
typedef enum AstConstKind {
    AST_CONST_NONE,
    AST_CONST_TRUE,
    AST_CONST_FALSE,
    AST_CONST_ELLIPSIS,
    AST_CONST_INT,     // fits int64: .i
    AST_CONST_BIGINT,  // .str: digits in base .base, no prefix, no underscores
    AST_CONST_FLOAT,   // .str: decimal float text, no underscores
    AST_CONST_IMAG,    // .str: the imaginary part's float text, without the 'j'
    AST_CONST_STR,     // .str: UTF-8 (lone surrogates encoded as 3-byte sequences)
    AST_CONST_BYTES,   // .str: raw bytes
} AstConstKind;

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstPattern AstPattern;
typedef struct AstArguments AstArguments;

// Identifiers are interned per parse: equal names share one pointer.
typedef const char *AstIdent;

typedef struct AstExprList {
    AstExpr **items;
    uint32_t count;
} AstExprList;

typedef struct AstStmtList {
    AstStmt **items;
    uint32_t count;
} AstStmtList;

typedef struct AstIdentList {
    AstIdent *items;
    Span *spans;
    uint32_t count;
} AstIdentList;

typedef struct AstPatternList {
    AstPattern **items;
    uint32_t count;
} AstPatternList;

typedef struct AstKeyword {
    AstIdent arg;  // NULL for **value
    AstExpr *value;
    Span span;
} AstKeyword;

typedef struct AstComprehension {
    AstExpr *target, *iter;
    AstExprList ifs;
    bool is_async;
} AstComprehension;

struct AstExpr {
    uint8_t kind;      // AstExprKind
    uint8_t ctx;       // AstCtx, for Name/Attribute/Subscript/Starred/List/Tuple
    bool parens;       // written inside its own parentheses
    Span span;
    union {
        AstIdent name;  // AST_NAME
        struct {
            uint8_t kind;  // AstConstKind
            uint8_t base;  // 2, 8, 10, 16 for AST_CONST_BIGINT
            bool is_unicode_prefix;  // u'' (kept for ast dumps)
            int64_t i;
            const char *str;
            size_t len;
        } constant;
        struct {
            uint8_t op;  // AstBoolOp
            AstExprList values;
        } boolop;
        struct {
            AstExpr *target, *value;
        } named;
        struct {
            uint8_t op;  // AstBinOp
            AstExpr *left, *right;
        } binop;
        struct {
            uint8_t op;  // AstUnaryOp
            AstExpr *operand;
        } unary;
        struct {
            AstArguments *args;
            AstExpr *body;
        } lambda;
        struct {
            AstExpr *test, *body, *orelse;
        } ifexp;
        struct {
            AstExpr **keys;  // NULL key: **values[i]
            AstExpr **values;
            uint32_t count;
        } dict;
        AstExprList elts;  // AST_SET, AST_LIST, AST_TUPLE, AST_FSTRING (parts)
        struct {
            AstExpr *elt, *value;  // value only for DictComp (elt is the key)
            AstComprehension *generators;
            uint32_t count;
        } comp;
        AstExpr *value;  // AST_AWAIT, AST_YIELD (may be NULL), AST_YIELDFROM, AST_STARRED
        struct {
            AstExpr *left;
            uint8_t *ops;  // AstCmpOp
            AstExpr **comparators;
            uint32_t count;
        } compare;
        struct {
            AstExpr *func;
            AstExprList args;
            AstKeyword *keywords;
            uint32_t keyword_count;
        } call;
        struct {
            AstExpr *value;
            int conversion;      // -1, 's', 'r', 'a'
            AstExpr *format_spec;  // AST_FSTRING or NULL
        } formatted;
        struct {
            AstExpr *value;
            AstIdent attr;
            Span attr_span;
        } attribute;
        struct {
            AstExpr *value, *slice;
        } subscript;
        struct {
            AstExpr *lower, *upper, *step;
        } slice;
    };
};

typedef struct AstArg {
    AstIdent name;
    AstExpr *annotation;  // may be NULL
    Span span;
} AstArg;

struct AstArguments {
    AstArg *args;          // positional-only first, then positional-or-keyword
    uint32_t posonly_count, arg_count;  // arg_count includes the positional-only ones
    AstArg *vararg;        // may be NULL
    AstArg *kwonly;
    uint32_t kwonly_count;
    AstArg *kwarg;         // may be NULL
    AstExpr **defaults;    // for the last default_count of args
    uint32_t default_count;
    AstExpr **kw_defaults; // kwonly_count entries, NULL where none
};

typedef struct AstWithItem {
    AstExpr *context, *target;  // target may be NULL
} AstWithItem;

typedef struct AstHandler {
    AstExpr *type;  // NULL for a bare except
    AstIdent name;  // NULL without `as`
    AstStmtList body;
    Span span;
} AstHandler;

typedef struct AstAlias {
    AstIdent name;    // dotted for `import a.b`
    AstIdent asname;  // may be NULL
    AstIdent bound;   // the name the statement binds: asname, or `a` of `import a.b`
    Span span;
} AstAlias;

typedef struct AstTypeParam {
    uint8_t kind;  // 0 TypeVar, 1 TypeVarTuple (*T), 2 ParamSpec (**P)
    AstIdent name;
    AstExpr *bound, *default_value;
    Span span;
} AstTypeParam;

typedef struct AstTypeParams {
    AstTypeParam *items;
    uint32_t count;
} AstTypeParams;

typedef struct AstMatchCase {
    AstPattern *pattern;
    AstExpr *guard;
    AstStmtList body;
} AstMatchCase;

struct AstPattern {
    uint8_t kind;  // AstPatternKind
    Span span;
    union {
        AstExpr *value;  // AST_PAT_VALUE; AST_PAT_SINGLETON holds a Constant
        AstPatternList patterns;  // AST_PAT_SEQUENCE, AST_PAT_OR
        struct {
            AstExpr **keys;
            AstPatternList patterns;
            AstIdent rest;  // may be NULL
        } mapping;
        struct {
            AstExpr *cls;
            AstPatternList patterns;
            AstIdent *kwd_attrs;
            AstPatternList kwd_patterns;
        } cls;
        AstIdent star_name;  // AST_PAT_STAR; NULL for *_
        struct {
            AstPattern *pattern;  // NULL for a capture or `_`
            AstIdent name;        // NULL for `_`
        } as;
    };
};

struct AstStmt {
    uint8_t kind;  // AstStmtKind
    Span span;
    union {
        struct {
            AstIdent name;
            Span name_span;
            AstArguments *args;
            AstStmtList body;
            AstExprList decorators;
            AstExpr *returns;
            AstTypeParams type_params;
            bool is_async;
        } funcdef;
        struct {
            AstIdent name;
            Span name_span;
            AstExprList bases;
            AstKeyword *keywords;
            uint32_t keyword_count;
            AstStmtList body;
            AstExprList decorators;
            AstTypeParams type_params;
        } classdef;
        AstExpr *value;  // AST_RETURN (may be NULL), AST_EXPR
        AstExprList targets;  // AST_DELETE
        struct {
            AstExprList targets;  // a = b = value: targets [a, b]
            AstExpr *value;
        } assign;
        struct {
            AstExpr *name;
            AstTypeParams type_params;
            AstExpr *value;
        } typealias;
        struct {
            AstExpr *target;
            uint8_t op;  // AstBinOp
            AstExpr *value;
        } augassign;
        struct {
            AstExpr *target, *annotation, *value;  // value may be NULL
            bool simple;  // a plain name, not parenthesized
        } annassign;
        struct {
            AstExpr *target, *iter;
            AstStmtList body, orelse;
            bool is_async;
        } for_;
        struct {
            AstExpr *test;
            AstStmtList body, orelse;
        } while_;  // also AST_IF
        struct {
            AstWithItem *items;
            uint32_t count;
            AstStmtList body;
            bool is_async;
        } with;
        struct {
            AstExpr *subject;
            AstMatchCase *cases;
            uint32_t count;
        } match;
        struct {
            AstExpr *exc, *cause;  // both may be NULL
        } raise;
        struct {
            AstStmtList body;
            AstHandler *handlers;
            uint32_t handler_count;
            AstStmtList orelse, finalbody;
            bool is_star;
        } try_;
        struct {
            AstExpr *test, *msg;
        } assert_;
        struct {
            AstIdent module;  // NULL for `from . import x`
            AstAlias *names;
            uint32_t count;
            uint32_t level;  // leading dots of a relative import
        } import;  // also AST_IMPORTFROM
        AstIdentList names;  // AST_GLOBAL, AST_NONLOCAL
    };
};

// The result of parsing one source file. Everything lives in `arena`.
typedef struct AstModule {
    AstStmtList body;
    const char *source;  // the source bytes as given (not copied)
    size_t source_len;
} AstModule;

// Operator spellings and dump names from the X-macro lists.
const char *ast_binop_symbol(AstBinOp op);
const char *ast_unaryop_symbol(AstUnaryOp op);
const char *ast_cmpop_symbol(AstCmpOp op);
const char *ast_expr_kind_name(AstExprKind kind);
const char *ast_stmt_kind_name(AstStmtKind kind);

#endif
