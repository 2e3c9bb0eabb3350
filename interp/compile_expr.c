// Compiling expressions, assignment targets and function objects.
#include <gmp.h>
#include <string.h>

#include "interp/compile_unit.h"
#include "interp/numfmt_parse.h"
#include "interp/obj_bytes.h"
#include "interp/obj_complex.h"
#include "interp/obj_int.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// guard: compiling recurses over the AST, whose depth the parser already bounds; this is a
// second line of defence
enum { COMPILE_MAX_DEPTH = 3000 };

static bool cu_enter(Compiler *c, Span at) {
    if (c->depth >= COMPILE_MAX_DEPTH) {
        cu_unsupported(c, at, "expressions nested this deeply");
        return false;
    }
    c->depth++;
    return true;
}

// ---- constants ----

static Value const_bigint(Compiler *c, const AstExpr *e) {
    mpz_t z;
    mpz_init(z);
    Value v = v_none();
    if (int_parse_literal(e->constant.str, e->constant.len, e->constant.base, z)) {
        void *mem = cu_alloc(c, int_static_size(z));
        if (mem) v = v_obj(int_init_static(mem, z));
    } else {
        cu_unsupported(c, e->span, "integer literals this large");
    }
    mpz_clear(z);
    return v;
}

// 2.5j: a constant complex with a zero real part.
static Value const_imaginary(Compiler *c, const AstExpr *e) {
    double d = 0;
    if (!numfmt_float_parse_literal(e->constant.str, e->constant.len, &d)) {
        cu_unsupported(c, e->span, "this imaginary literal");
        return v_none();
    }
    void *mem = cu_alloc(c, sizeof(ObjComplex));
    return mem ? v_obj(complex_init_static(mem, (Complex){0.0, d})) : v_none();
}

static Value const_value(Compiler *c, const AstExpr *e) {
    switch ((AstConstKind)e->constant.kind) {
    case AST_CONST_NONE: return v_none();
    case AST_CONST_TRUE: return v_bool(true);
    case AST_CONST_FALSE: return v_bool(false);
    case AST_CONST_ELLIPSIS: return v_obj((Obj *)&obj_ellipsis);
    case AST_CONST_INT: return v_int(e->constant.i);
    case AST_CONST_BIGINT: return const_bigint(c, e);
    case AST_CONST_FLOAT: {
        double d = 0;
        if (!numfmt_float_parse_literal(e->constant.str, e->constant.len, &d)) {
            cu_unsupported(c, e->span, "this float literal");
        }
        return v_float(d);
    }
    case AST_CONST_IMAG: return const_imaginary(c, e);
    case AST_CONST_STR: {
        Obj *s = cu_str(c, e->constant.str, e->constant.len);
        return s ? v_obj(s) : v_none();
    }
    case AST_CONST_BYTES: {
        void *mem = cu_alloc(c, bytes_static_size(e->constant.len));
        return mem ? v_obj(bytes_init_static(mem, e->constant.str, e->constant.len)) : v_none();
    }
    }
    return v_none();
}

void cu_position_at(Compiler *c, const AstExpr *e) {
    c->u->span = e->span;
    if (e->kind == AST_CALL) cu_mark(c, POS_CALL, &e->call.func->span);
    else if (e->kind == AST_BINOP) cu_mark(c, POS_BINOP, &e->binop.left->span);
    else if (e->kind == AST_SUBSCRIPT) cu_mark(c, POS_SUBSCRIPT, &e->subscript.value->span);
}

Span cu_attr_span(Span whole, const AstExpr *attr) {
    const Span *a = &attr->span;
    if (whole.line == a->end_line) return whole;
    size_t len = strlen(attr->attribute.attr);
    whole.line = a->end_line;
    whole.col = a->end_col >= len ? a->end_col - (uint32_t)len : 0;
    if (whole.end_line < whole.line) whole.end_line = whole.line;
    if (whole.end_line == whole.line && whole.end_col < whole.col) whole.end_col = whole.col;
    return whole;
}

// ---- names and targets ----

static void compile_sequence_store(Compiler *c, const AstExpr *t) {
    uint32_t n = t->elts.count, star = UINT32_MAX;
    for (uint32_t k = 0; k < n; k++) {
        if (t->elts.items[k]->kind == AST_STARRED) star = k;
    }
    if (star == UINT32_MAX) {
        cu_emit(c, OP_UNPACK_SEQUENCE, n);
    } else {
        if (star > 255 || n - star - 1 > 0xFFFF) {
            cu_unsupported(c, t->span, "this many targets around a starred one");
            return;
        }
        cu_emit(c, OP_UNPACK_EX, star | ((n - star - 1) << 8));
    }
    for (uint32_t k = 0; k < n; k++) {
        const AstExpr *x = t->elts.items[k];
        compile_store(c, x->kind == AST_STARRED ? x->value : x);
    }
}

// Stores to or deletes the target t (the value to store is on the stack).
static void compile_target(Compiler *c, const AstExpr *t, bool del) {
    Span saved = c->u->span;
    c->u->span = t->span;
    switch ((AstExprKind)t->kind) {
    case AST_NAME:
        if (del) cu_delete_name(c, t->name);
        else cu_store_name(c, t->name);
        break;
    case AST_ATTRIBUTE:
        compile_expr(c, t->attribute.value);
        c->u->span = cu_attr_span(t->span, t);
        cu_emit(c, del ? OP_DELETE_ATTR : OP_STORE_ATTR, cu_attr(c, t->attribute.attr));
        break;
    case AST_SUBSCRIPT:
        compile_expr(c, t->subscript.value);
        compile_expr(c, t->subscript.slice);
        c->u->span = t->span;
        cu_mark(c, POS_SUBSCRIPT, &t->subscript.value->span);
        cu_emit(c, del ? OP_DELETE_SUBSCR : OP_STORE_SUBSCR, 0);
        break;
    case AST_TUPLE:
    case AST_LIST:
        if (!del) {
            compile_sequence_store(c, t);
        } else {
            for (uint32_t k = 0; k < t->elts.count; k++) compile_target(c, t->elts.items[k], true);
        }
        break;
    case AST_STARRED:
        if (!del) {
            compile_target(c, t->value, false);
            break;
        }
        cu_unsupported(c, t->span, "this del target");
        break;
    default: cu_unsupported(c, t->span, del ? "this del target" : "this assignment target"); break;
    }
    c->u->span = saved;
}

void compile_store(Compiler *c, const AstExpr *t) {
    compile_target(c, t, false);
}

void compile_delete(Compiler *c, const AstExpr *t) {
    compile_target(c, t, true);
}

// ---- displays ----

static bool has_starred(AstExprList l) {
    for (uint32_t k = 0; k < l.count; k++) {
        if (l.items[k]->kind == AST_STARRED) return true;
    }
    return false;
}

// Builds a list of l's elements, with *x unpacked: BUILD_LIST then LIST_APPEND/LIST_EXTEND.
// `call` (with its PosKind) is the call whose arguments these are, or NULL: a non-iterable *x
// is then reported as CPython words it, at the call.
static void compile_starred_list(Compiler *c, AstExprList l, const AstExpr *call, PosKind kind) {
    uint32_t run = 0;
    bool built = false;
    for (uint32_t k = 0; k < l.count; k++) {
        const AstExpr *x = l.items[k];
        if (x->kind == AST_STARRED) {
            if (!built) {
                cu_emit(c, OP_BUILD_LIST, run);
                built = true;
                run = 0;
            }
            compile_expr(c, x->value);
            if (call) {
                Span saved = c->u->span;
                c->u->span = call->span;
                cu_mark(c, kind, &call->call.func->span);
                cu_emit(c, OP_LIST_EXTEND, 1 | EXTEND_CALL_ARGS);
                c->u->span = saved;
            } else {
                cu_emit(c, OP_LIST_EXTEND, 1);
            }
        } else if (built) {
            compile_expr(c, x);
            cu_emit(c, OP_LIST_APPEND, 1);
        } else {
            compile_expr(c, x);
            run++;
        }
    }
    if (!built) cu_emit(c, OP_BUILD_LIST, run);
}

// {1, 2, 3}: CPython 3.14 folds a display of three or more constants into a frozenset
// constant, whose table order is the display's iteration order; OP_BUILD_SET's 0x800000 bit
// asks the VM to fill the set that way.
static bool all_constants(AstExprList l) {
    for (uint32_t k = 0; k < l.count; k++) {
        if (l.items[k]->kind != AST_CONST) return false;
    }
    return l.count >= 3;
}

static void compile_sequence(Compiler *c, const AstExpr *e) {
    AstExprList l = e->elts;
    if (e->kind == AST_SET && all_constants(l) && l.count < BUILD_SET_LITERAL) {
        for (uint32_t k = 0; k < l.count; k++) compile_expr(c, l.items[k]);
        c->u->span = e->span;
        cu_emit(c, OP_BUILD_SET, l.count | BUILD_SET_LITERAL);
        return;
    }
    if (!has_starred(l)) {
        for (uint32_t k = 0; k < l.count; k++) compile_expr(c, l.items[k]);
        c->u->span = e->span;
        Opcode op = e->kind == AST_TUPLE ? OP_BUILD_TUPLE : e->kind == AST_LIST ? OP_BUILD_LIST
                                                                              : OP_BUILD_SET;
        cu_emit(c, op, l.count);
        return;
    }
    if (e->kind == AST_SET) {
        cu_emit(c, OP_BUILD_SET, 0);
        for (uint32_t k = 0; k < l.count; k++) {
            const AstExpr *x = l.items[k];
            compile_expr(c, x->kind == AST_STARRED ? x->value : x);
            cu_emit(c, x->kind == AST_STARRED ? OP_SET_UPDATE : OP_SET_ADD, 1);
        }
        return;
    }
    compile_starred_list(c, l, NULL, POS_PLAIN);
    if (e->kind == AST_TUPLE) cu_emit(c, OP_LIST_TO_TUPLE, 0);
}

static void compile_dict(Compiler *c, const AstExpr *e) {
    uint32_t run = 0;
    bool built = false;
    for (uint32_t k = 0; k < e->dict.count; k++) {
        if (!e->dict.keys[k]) {
            if (!built || run) {
                cu_emit(c, OP_BUILD_MAP, run);
                if (built) cu_emit(c, OP_DICT_UPDATE, 1);
                built = true;
                run = 0;
            }
            compile_expr(c, e->dict.values[k]);
            cu_emit(c, OP_DICT_UPDATE, 1);
            continue;
        }
        compile_expr(c, e->dict.keys[k]);
        compile_expr(c, e->dict.values[k]);
        run++;
    }
    if (!built) {
        cu_emit(c, OP_BUILD_MAP, run);
    } else if (run) {
        cu_emit(c, OP_BUILD_MAP, run);
        cu_emit(c, OP_DICT_UPDATE, 1);
    }
}

// ---- comprehensions ----

void compile_close_iter_handler(Compiler *c, Label closing, uint32_t depth) {
    cu_place(c, closing);
    c->u->depth = depth + 1;  // [iterator, exc]
    cu_emit(c, OP_SWAP, 2);
    cu_emit(c, OP_POP_ITER, 0);
    cu_emit(c, OP_RERAISE, 0);
    c->u->depth = depth;
}

// One generator clause and, recursively, the ones after it; `depth` counts the iterators
// (and the result collection) on the stack under the element.
static void compile_comp_clause(Compiler *c, const AstExpr *e, uint32_t k, uint32_t depth,
                                bool genexp) {
    const AstComprehension *g = &e->comp.generators[k];
    Label loop = cu_label(c), end = cu_label(c);
    if (k == 0 && genexp) {
        cu_emit(c, OP_LOAD_FAST, 0);  // the hidden .0 parameter: an iterator already
    } else if (k > 0) {
        compile_expr(c, g->iter);
        cu_position_at(c, g->iter);
        cu_emit(c, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    uint32_t iter_depth = c->u->depth;
    cu_place(c, loop);
    cu_position_at(c, g->iter);
    if (g->is_async) c->u->span = e->span;  // CPython places the await of __anext__ here
    if (g->is_async) compile_async_next(c, end);
    else cu_emit_jump(c, OP_FOR_ITER, end);
    c->u->span = e->span;
    Label closing = cu_label(c);
    if (!g->is_async && !cu_push_handler(c, closing, iter_depth)) return;
    compile_store(c, g->target);
    for (uint32_t j = 0; j < g->ifs.count; j++) compile_jump_if(c, g->ifs.items[j], false, loop);
    if (k + 1 < e->comp.count) {
        compile_comp_clause(c, e, k + 1, depth + 1, genexp);
    } else if (genexp) {
        compile_expr(c, e->comp.elt);
        cu_emit(c, OP_YIELD_VALUE, c->u->scope->is_coroutine ? YIELD_ASYNC_GEN : YIELD_PLAIN);
        cu_emit(c, OP_POP_TOP, 0);
    } else if (e->kind == AST_DICTCOMP) {
        compile_expr(c, e->comp.elt);
        compile_expr(c, e->comp.value);
        // a key that cannot be stored points at the whole `key: value`
        Span saved = c->u->span;
        const Span *key = &e->comp.elt->span, *value = &e->comp.value->span;
        c->u->span = (Span){key->line, key->col, value->end_line, value->end_col};
        cu_emit(c, OP_MAP_ADD, depth + 1);
        c->u->span = saved;
    } else {
        compile_expr(c, e->comp.elt);
        cu_emit(c, e->kind == AST_LISTCOMP ? OP_LIST_APPEND : OP_SET_ADD, depth + 1);
    }
    if (!g->is_async) cu_pop_handler(c);
    cu_emit_jump(c, OP_JUMP, loop);
    if (!g->is_async) compile_close_iter_handler(c, closing, iter_depth);
    if (g->is_async) {
        compile_async_end(c, end, iter_depth);
    } else {
        cu_place(c, end);
        c->u->depth--;  // FOR_ITER's exit pops the iterator
    }
}

// List/set/dict comprehensions run inline in the enclosing code (PEP 709).
static void compile_inline_comprehension(Compiler *c, const AstExpr *e) {
    Scope *scope = cu_child_scope(c, e);
    if (!scope) {
        cu_unsupported(c, e->span, "this comprehension");
        return;
    }
    compile_expr(c, e->comp.generators[0].iter);
    cu_position_at(c, e->comp.generators[0].iter);
    cu_emit(c, e->comp.generators[0].is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    c->u->span = e->span;
    Opcode build = e->kind == AST_LISTCOMP ? OP_BUILD_LIST : e->kind == AST_SETCOMP ? OP_BUILD_SET
                                                                                  : OP_BUILD_MAP;
    cu_emit(c, build, 0);
    cu_emit(c, OP_SWAP, 2);  // result under the iterator
    Scope *outer = c->u->scope;
    c->u->scope = scope;
    compile_comp_clause(c, e, 0, 1, false);
    c->u->scope = outer;
}

void compile_genexp_body(Compiler *c, const AstExpr *e) {
    compile_comp_clause(c, e, 0, 0, true);
    cu_emit(c, OP_LOAD_NONE, 0);
    cu_emit(c, OP_RETURN_VALUE, 0);
}

static void compile_genexp(Compiler *c, const AstExpr *e) {
    Scope *scope = cu_child_scope(c, e);
    if (!scope) {
        cu_unsupported(c, e->span, "this generator expression");
        return;
    }
    const Code *code = cu_compile_function(c, scope, "<genexpr>", NULL, (AstStmtList){0}, NULL, e,
                                           e->span.line);
    if (!code) return;
    compile_function_object(c, code, scope, NULL, e->span);
    compile_expr(c, e->comp.generators[0].iter);
    cu_position_at(c, e->comp.generators[0].iter);
    cu_emit(c, e->comp.generators[0].is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    c->u->span = e->span;
    cu_emit(c, OP_CALL, 1);
}

// ---- functions and calls ----

// code [defaults] [kwdefaults] [closure] -> MAKE_FUNCTION; `scope` is the function's own
void compile_function_object(Compiler *c, const Code *code, const Scope *scope,
                             const AstArguments *args, Span at) {
    uint32_t flags = 0;
    if (args && args->default_count) {
        for (uint32_t k = 0; k < args->default_count; k++) compile_expr(c, args->defaults[k]);
        cu_emit(c, OP_BUILD_TUPLE, args->default_count);
        flags |= 1;
    }
    uint32_t nkw = 0;
    for (uint32_t k = 0; args && k < args->kwonly_count; k++) {
        if (!args->kw_defaults[k]) continue;
        Obj *name = cu_str(c, args->kwonly[k].name, strlen(args->kwonly[k].name));
        cu_load_const(c, v_obj(name));
        compile_expr(c, args->kw_defaults[k]);
        nkw++;
    }
    if (nkw) {
        cu_emit(c, OP_BUILD_MAP, nkw);
        flags |= 2;
    }
    if (code->free_count) {
        for (uint32_t k = 0; k < code->free_count; k++) {
            // the free variable's cell as the enclosing code sees it
            NameRef ref = symtable_resolve(c->u->scope, scope->freenames[k]);
            cu_emit(c, OP_LOAD_CLOSURE, ref.index);
        }
        cu_emit(c, OP_BUILD_TUPLE, code->free_count);
        flags |= 4;
    }
    c->u->span = at;
    cu_load_const(c, v_obj((Obj *)code));
    cu_emit(c, OP_MAKE_FUNCTION, flags);
}

static void compile_lambda(Compiler *c, const AstExpr *e) {
    Scope *scope = cu_child_scope(c, e);
    if (!scope) {
        cu_unsupported(c, e->span, "this lambda");
        return;
    }
    const Code *code = cu_compile_function(c, scope, "<lambda>", e->lambda.args, (AstStmtList){0},
                                           e->lambda.body, NULL, e->span.line);
    if (code) compile_function_object(c, code, scope, e->lambda.args, e->span);
}

// The keyword names of a call, as one constant tuple.
static void compile_kwnames(Compiler *c, const AstExpr *e) {
    uint32_t nkw = e->call.keyword_count;
    Value *names = cu_alloc(c, nkw * sizeof *names);
    void *mem = cu_alloc(c, tuple_static_size(nkw));
    if (!names || !mem) return;
    for (uint32_t k = 0; k < nkw; k++) {
        const char *kw = e->call.keywords[k].arg;
        names[k] = v_obj(cu_str(c, kw, strlen(kw)));
    }
    cu_load_const(c, v_obj(tuple_init_static(mem, names, nkw)));
}

// obj.name(args): LOAD_METHOD + CALL_METHOD call a built-in method without making a bound
// method object.
static void compile_method_call(Compiler *c, const AstExpr *e, PosKind kind) {
    const AstExpr *f = e->call.func;
    compile_expr(c, f->attribute.value);
    c->u->span = cu_attr_span(f->span, f);
    cu_emit(c, OP_LOAD_METHOD, cu_attr(c, f->attribute.attr));
    for (uint32_t k = 0; k < e->call.args.count; k++) compile_expr(c, e->call.args.items[k]);
    uint32_t nkw = e->call.keyword_count;
    for (uint32_t k = 0; k < nkw; k++) compile_expr(c, e->call.keywords[k].value);
    c->u->span = cu_attr_span(e->span, f);
    if (nkw) compile_kwnames(c, e);
    // lines starting inside the statement do not parse as `y = f(x)`: CPython marks them
    if (c->u->span.line != e->span.line) kind = POS_CALL;
    cu_mark(c, kind, &f->span);
    cu_emit(c, nkw ? OP_CALL_METHOD_KW : OP_CALL_METHOD, e->call.args.count + nkw);
}

// super() in a method is super(__class__, <first parameter>), as CPython's compiler makes it.
static bool compile_zero_arg_super(Compiler *c, const AstExpr *e, PosKind kind) {
    const AstExpr *f = e->call.func;
    const Scope *scope = c->u->scope;
    // an inlined comprehension (PEP 709) runs in its host's frame, on its host's arguments
    const Scope *code = scope->kind == SCOPE_COMPREHENSION ? scope->host : scope;
    if (f->kind != AST_NAME || strcmp(f->name, "super") != 0 || e->call.args.count ||
        e->call.keyword_count || code->kind != SCOPE_FUNCTION || !code->local_count) {
        return false;
    }
    const AstStmt *def = code->node;
    if (def->kind != AST_FUNCTIONDEF || !def->funcdef.args || !def->funcdef.args->arg_count) return false;
    NameRef cell = symtable_resolve(scope, SYMTABLE_CLASS_CELL);
    if (symtable_resolve(scope, f->name).kind != NAME_GLOBAL || cell.kind != NAME_DEREF) return false;
    compile_expr(c, f);
    cu_emit(c, OP_LOAD_DEREF, cell.index);
    cu_load_name(c, def->funcdef.args->args[0].name);
    c->u->span = e->span;
    cu_mark(c, kind, &f->span);
    cu_emit(c, OP_CALL, 2);
    return true;
}

void compile_kwargs_dict(Compiler *c, const AstKeyword *keywords, uint32_t count, const InsnPos *at) {
    if (!count) return;
    cu_emit(c, OP_BUILD_MAP, 0);
    for (uint32_t k = 0; k < count; k++) {
        const AstKeyword *kw = &keywords[k];
        if (kw->arg) {
            cu_load_const(c, v_obj(cu_str(c, kw->arg, strlen(kw->arg))));
            compile_expr(c, kw->value);
            cu_emit(c, OP_BUILD_MAP, 1);
        } else {
            compile_expr(c, kw->value);
        }
        c->u->span = at->span;
        c->u->mark = (InsnPos){.kind = at->kind, .mark_line = at->mark_line, .mark_col = at->mark_col};
        cu_emit(c, OP_DICT_MERGE, 1);
    }
}

// all(<genexp>), any(<genexp>) and tuple(<genexp>) of the builtins: CPython 3.14 runs them
// as a loop in the caller positioned at the called name, so its traceback marks just `all`.
static bool is_inlined_builtin_call(Compiler *c, const AstExpr *e) {
    const AstExpr *f = e->call.func;
    if (f->kind != AST_NAME || e->call.args.count != 1 || e->call.keyword_count ||
        e->call.args.items[0]->kind != AST_GENEXP) {
        return false;
    }
    if (strcmp(f->name, "all") && strcmp(f->name, "any") && strcmp(f->name, "tuple")) return false;
    return symtable_resolve(c->u->scope, f->name).kind == NAME_GLOBAL;
}

static void compile_call(Compiler *c, const AstExpr *e) {
    PosKind kind = c->u->bare_call == e ? POS_BARE : POS_CALL;
    c->u->bare_call = NULL;
    if (compile_zero_arg_super(c, e, kind)) return;
    if (is_inlined_builtin_call(c, e)) {
        compile_expr(c, e->call.func);
        compile_expr(c, e->call.args.items[0]);
        c->u->span = e->call.func->span;
        cu_emit(c, OP_CALL, 1);
        return;
    }
    AstExprList args = e->call.args;
    bool dstar = false;
    for (uint32_t k = 0; k < e->call.keyword_count; k++) dstar |= !e->call.keywords[k].arg;
    if (!has_starred(args) && !dstar && e->call.func->kind == AST_ATTRIBUTE &&
        !e->call.func->parens) {
        compile_method_call(c, e, kind);
        return;
    }
    compile_expr(c, e->call.func);
    if (!has_starred(args) && !dstar) {
        for (uint32_t k = 0; k < args.count; k++) compile_expr(c, args.items[k]);
        uint32_t nkw = e->call.keyword_count;
        for (uint32_t k = 0; k < nkw; k++) compile_expr(c, e->call.keywords[k].value);
        c->u->span = e->span;
        if (!nkw) {
            cu_mark(c, kind, &e->call.func->span);
            cu_emit(c, OP_CALL, args.count);
            return;
        }
        // the keyword names travel as one constant tuple
        Value *names = cu_alloc(c, nkw * sizeof *names);
        void *mem = cu_alloc(c, tuple_static_size(nkw));
        if (!names || !mem) return;
        for (uint32_t k = 0; k < nkw; k++) {
            const char *kw = e->call.keywords[k].arg;
            names[k] = v_obj(cu_str(c, kw, strlen(kw)));
        }
        cu_load_const(c, v_obj(tuple_init_static(mem, names, nkw)));
        cu_mark(c, kind, &e->call.func->span);
        cu_emit(c, OP_CALL_KW, args.count + nkw);
        return;
    }
    compile_starred_list(c, args, e, kind);
    cu_emit(c, OP_LIST_TO_TUPLE, 0);
    // f(**x) errors point at the call, marked as the call is
    const Span *func = &e->call.func->span;
    InsnPos at = {.span = e->span, .mark_line = func->end_line, .mark_col = func->end_col, .kind = kind};
    compile_kwargs_dict(c, e->call.keywords, e->call.keyword_count, &at);
    c->u->span = e->span;
    cu_mark(c, kind, &e->call.func->span);
    cu_emit(c, OP_CALL_EX, e->call.keyword_count ? 1 : 0);
}

// ---- operators ----

static void compile_compare(Compiler *c, const AstExpr *e) {
    compile_expr(c, e->compare.left);
    Label cleanup = cu_label(c), end = cu_label(c);
    uint32_t n = e->compare.count;
    for (uint32_t k = 0; k < n; k++) {
        compile_expr(c, e->compare.comparators[k]);
        bool last = k + 1 == n;
        if (!last) {
            cu_emit(c, OP_SWAP, 2);
            cu_emit(c, OP_COPY, 2);
        }
        c->u->span = e->span;
        AstCmpOp op = (AstCmpOp)e->compare.ops[k];
        switch (op) {
        case AST_CMP_IS: cu_emit(c, OP_IS_OP, 0); break;
        case AST_CMP_ISNOT: cu_emit(c, OP_IS_OP, 1); break;
        case AST_CMP_IN: cu_emit(c, OP_CONTAINS_OP, 0); break;
        case AST_CMP_NOTIN: cu_emit(c, OP_CONTAINS_OP, 1); break;
        default: cu_emit(c, OP_COMPARE_OP, op); break;
        }
        if (!last) cu_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (n > 1) {
        cu_emit_jump(c, OP_JUMP, end);
        cu_place(c, cleanup);
        c->u->depth++;  // the jump arrives with the value and the result
        cu_emit(c, OP_SWAP, 2);
        cu_emit(c, OP_POP_TOP, 0);
        cu_place(c, end);
    }
}

static void compile_boolop(Compiler *c, const AstExpr *e) {
    Label end = cu_label(c);
    Opcode jump = e->boolop.op == AST_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (uint32_t k = 0; k < e->boolop.values.count; k++) {
        compile_expr(c, e->boolop.values.items[k]);
        if (k + 1 < e->boolop.values.count) cu_emit_jump(c, jump, end);
    }
    cu_place(c, end);
}

void compile_jump_if(Compiler *c, const AstExpr *test, bool when, Label target) {
    if (test->kind == AST_UNARYOP && test->unary.op == AST_UOP_NOT) {
        compile_jump_if(c, test->unary.operand, !when, target);
        return;
    }
    compile_expr(c, test);
    // A failing truth test (a __bool__ returning a non-bool) points at the test, as CPython's.
    Span saved = c->u->span;
    cu_position_at(c, test);
    cu_emit_jump(c, when ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
    c->u->span = saved;
}

static void compile_ifexp(Compiler *c, const AstExpr *e) {
    Label orelse = cu_label(c), end = cu_label(c);
    compile_jump_if(c, e->ifexp.test, false, orelse);
    compile_expr(c, e->ifexp.body);
    cu_emit_jump(c, OP_JUMP, end);
    cu_place(c, orelse);
    c->u->depth--;
    compile_expr(c, e->ifexp.orelse);
    cu_place(c, end);
}

static void compile_fstring(Compiler *c, const AstExpr *e) {
    for (uint32_t k = 0; k < e->elts.count; k++) compile_expr(c, e->elts.items[k]);
    if (e->elts.count != 1 || e->elts.items[0]->kind != AST_FORMATTED) {
        cu_emit(c, OP_BUILD_STRING, e->elts.count);
    }
}

static void compile_formatted(Compiler *c, const AstExpr *e) {
    compile_expr(c, e->formatted.value);
    uint32_t conv = 0;
    switch (e->formatted.conversion) {
    case 's': conv = 1; break;
    case 'r': conv = 2; break;
    case 'a': conv = 3; break;
    default: break;
    }
    if (e->formatted.format_spec) {
        compile_expr(c, e->formatted.format_spec);
        conv |= 4;
    }
    // CPython places the formatting at the whole replacement field, {value:spec}
    c->u->span = e->span;
    cu_emit(c, OP_FORMAT_VALUE, conv);
}

static void compile_slice(Compiler *c, const AstExpr *e) {
    const AstExpr *parts[3] = {e->slice.lower, e->slice.upper, e->slice.step};
    uint32_t n = e->slice.step ? 3 : 2;
    for (uint32_t k = 0; k < n; k++) {
        if (parts[k]) compile_expr(c, parts[k]);
        else cu_emit(c, OP_LOAD_NONE, 0);
    }
    cu_emit(c, OP_BUILD_SLICE, n);
}

static void compile_named(Compiler *c, const AstExpr *e) {
    compile_expr(c, e->named.value);
    cu_emit(c, OP_COPY, 1);
    compile_store(c, e->named.target);
}

// The loop of yield from / await over the delegate on top of the stack: SEND passes each
// value in and YIELD_VALUE passes each of its yields out, until it returns the expression's
// value. throw() and close() reach the delegate first (obj_gen.c); what they raise comes out of
// the YIELD_VALUE, whose handler CLEANUP_THROW turns a StopIteration into the value, as
// CPython's does.
// The instructions that may raise (SEND, CLEANUP_THROW) are placed at `at` when given, with
// its ~~~^^^ anchors.
static void compile_delegation_loop(Compiler *c, const AstExpr *at) {
    Label loop = cu_label(c), fail = cu_label(c), end = cu_label(c);
    uint32_t depth = c->u->depth;  // the delegate is on top
    cu_emit(c, OP_LOAD_NONE, 0);
    cu_place(c, loop);
    if (at) cu_position_at(c, at);
    cu_emit_jump(c, OP_SEND, end);
    if (!cu_push_handler(c, fail, depth)) return;
    cu_emit(c, OP_YIELD_VALUE, YIELD_DELEGATED);
    cu_pop_handler(c);
    cu_emit_jump(c, OP_JUMP, loop);
    cu_place(c, fail);
    c->u->depth = depth + 1;  // [delegate, exc]
    if (at) cu_position_at(c, at);
    cu_emit(c, OP_CLEANUP_THROW, 0);
    cu_place(c, end);
    c->u->depth = depth;
}

void compile_await(Compiler *c, AwaitKind kind, const AstExpr *at) {
    if (at) cu_position_at(c, at);
    cu_emit(c, OP_GET_AWAITABLE, kind);
    compile_delegation_loop(c, at);
}

void compile_async_next(Compiler *c, Label end) {
    if (!cu_push_handler(c, end, c->u->depth)) return;
    cu_emit(c, OP_GET_ANEXT, 0);
    compile_delegation_loop(c, NULL);
    cu_pop_handler(c);
}

void compile_async_end(Compiler *c, Label end, uint32_t depth) {
    cu_place(c, end);
    c->u->depth = depth + 1;  // [iterator, exc]
    cu_emit(c, OP_END_ASYNC_FOR, 0);
}

// yield from / await: `get` makes the delegate of e->value, which the loop runs.
static void compile_delegation(Compiler *c, const AstExpr *e, Opcode get) {
    compile_expr(c, e->value);
    c->u->span = e->span;
    cu_emit(c, get, 0);
    compile_delegation_loop(c, NULL);
}

void compile_expr(Compiler *c, const AstExpr *e) {
    if (!e || c->oom || !cu_enter(c, e->span)) return;
    Span saved = c->u->span;
    c->u->span = e->span;
    switch ((AstExprKind)e->kind) {
    case AST_NAME: cu_load_name(c, e->name); break;
    case AST_CONST: cu_load_const(c, const_value(c, e)); break;
    case AST_BOOLOP: compile_boolop(c, e); break;
    case AST_NAMEDEXPR: compile_named(c, e); break;
    case AST_BINOP:
        compile_expr(c, e->binop.left);
        compile_expr(c, e->binop.right);
        c->u->span = e->span;
        cu_mark(c, POS_BINOP, &e->binop.left->span);
        cu_emit(c, OP_BINARY_OP, e->binop.op);
        break;
    case AST_UNARYOP:
        compile_expr(c, e->unary.operand);
        c->u->span = e->span;
        if (e->unary.op == AST_UOP_NOT) cu_emit(c, OP_UNARY_NOT, 0);
        else cu_emit(c, OP_UNARY_OP, e->unary.op);
        break;
    case AST_LAMBDA: compile_lambda(c, e); break;
    case AST_IFEXP: compile_ifexp(c, e); break;
    case AST_DICT: compile_dict(c, e); break;
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE: compile_sequence(c, e); break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP: compile_inline_comprehension(c, e); break;
    case AST_GENEXP: compile_genexp(c, e); break;
    // await is yield from over what GET_AWAITABLE accepts: what the awaited thing yields (a
    // future it waits on) goes up to the event loop
    case AST_AWAIT: compile_delegation(c, e, OP_GET_AWAITABLE); break;
    case AST_YIELD:
        if (e->value) compile_expr(c, e->value);
        else cu_emit(c, OP_LOAD_NONE, 0);
        c->u->span = e->span;
        cu_emit(c, OP_YIELD_VALUE, c->u->scope->is_coroutine ? YIELD_ASYNC_GEN : YIELD_PLAIN);
        break;
    case AST_YIELDFROM: compile_delegation(c, e, OP_GET_ITER); break;
    case AST_COMPARE: compile_compare(c, e); break;
    case AST_CALL: compile_call(c, e); break;
    case AST_FSTRING: compile_fstring(c, e); break;
    case AST_FORMATTED: compile_formatted(c, e); break;
    case AST_ATTRIBUTE:
        compile_expr(c, e->attribute.value);
        c->u->span = cu_attr_span(e->span, e);
        cu_emit(c, OP_LOAD_ATTR, cu_attr(c, e->attribute.attr));
        break;
    case AST_SUBSCRIPT:
        compile_expr(c, e->subscript.value);
        compile_expr(c, e->subscript.slice);
        c->u->span = e->span;
        cu_mark(c, POS_SUBSCRIPT, &e->subscript.value->span);
        cu_emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case AST_STARRED: cu_unsupported(c, e->span, "a starred expression here"); break;
    case AST_SLICE: compile_slice(c, e); break;
    case AST_ERROR: cu_unsupported(c, e->span, "code with syntax errors"); break;
    default: break;
    }
    c->u->span = saved;
    c->depth--;
}
