// Compiling statements: control flow, exception handling with its exception-table regions,
// and the unwinding that return/break/continue do through loops, handlers and finally blocks.
#include <string.h>

#include "interp/compile_unit.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"

static void compile_stmt(Compiler *c, const AstStmt *s);

void compile_stmts(Compiler *c, AstStmtList body) {
    for (uint32_t k = 0; k < body.count && !c->oom; k++) compile_stmt(c, body.items[k]);
}

// ---- unwinding ----

// __exit__(None, None, None), with the bound __exit__ on top: leaving a with body normally.
static void emit_exit_call(Compiler *c, const AstExpr *context, bool async) {
    cu_emit(c, OP_LOAD_NONE, 0);
    cu_emit(c, OP_LOAD_NONE, 0);
    cu_emit(c, OP_LOAD_NONE, 0);
    if (context) cu_position_at(c, context);
    cu_emit(c, OP_CALL, 3);
    if (async) compile_await(c, AWAIT_AEXIT, context);
    cu_emit(c, OP_POP_TOP, 0);
}

// Emits what leaving fblock `fb` needs, with the handlers that were active outside it.
// `preserve` is true when a return value sits on top of the stack.
static void unwind_block(Compiler *c, const FBlock *fb, bool preserve) {
    Unit *u = c->u;
    uint32_t saved_level = u->handler_level;
    u->handler_level = fb->handler_level;
    switch (fb->kind) {
    case FB_WHILE:
    case FB_TRY:
        break;
    case FB_FOR:
        if (preserve) cu_emit(c, OP_SWAP, 2);
        cu_emit(c, fb->close_iter ? OP_POP_ITER : OP_POP_TOP, 0);
        break;
    case FB_FINALLY: {
        // the finally body runs outside its own block, so a return inside it is not re-entered;
        // while a return value waits under it, a break or continue there must drop that value
        FBlock copy = *fb;
        u->fblock_count--;
        if (preserve) u->fblocks[u->fblock_count++] = (FBlock){.kind = FB_POP_VALUE,
                                                               .handler_level = u->handler_level};
        compile_stmts(c, *copy.finalbody);
        if (preserve) u->fblock_count--;
        u->fblocks[u->fblock_count++] = copy;
        break;
    }
    case FB_POP_VALUE:
        if (preserve) cu_emit(c, OP_SWAP, 2);
        cu_emit(c, OP_POP_TOP, 0);
        break;
    case FB_WITH:
        if (preserve) cu_emit(c, OP_SWAP, 2);
        emit_exit_call(c, fb->with_context, fb->is_async);
        break;
    case FB_HANDLER:
        if (preserve) cu_emit(c, OP_SWAP, 2);
        cu_emit(c, OP_POP_EXCEPT, 0);
        if (fb->handler_name) {
            cu_emit(c, OP_LOAD_NONE, 0);
            cu_store_name(c, fb->handler_name);
            cu_delete_name(c, fb->handler_name);
        }
        break;
    case FB_FINALLY_HANDLER:
        // leaving a finally body early drops the exception it was running for
        if (preserve) cu_emit(c, OP_SWAP, 2);
        cu_emit(c, OP_POP_TOP, 0);
        if (preserve) cu_emit(c, OP_SWAP, 2);
        cu_emit(c, OP_POP_EXCEPT, 0);
        break;
    }
    u->handler_level = saved_level;
}

// Unwinds blocks innermost first down to (not including) the innermost loop when `to_loop`,
// else all of them. Returns the loop block, or NULL.
static const FBlock *unwind(Compiler *c, bool to_loop, bool preserve) {
    Unit *u = c->u;
    uint32_t saved_count = u->fblock_count;
    const FBlock *loop = NULL;
    while (u->fblock_count) {
        const FBlock *fb = &u->fblocks[u->fblock_count - 1];
        if (to_loop && (fb->kind == FB_WHILE || fb->kind == FB_FOR)) {
            loop = fb;
            break;
        }
        unwind_block(c, fb, preserve);
        u->fblock_count--;
    }
    uint32_t loop_index = loop ? (uint32_t)(loop - u->fblocks) : 0;
    u->fblock_count = saved_count;
    return loop ? &u->fblocks[loop_index] : NULL;
}

// `return f(x)` with f a plain name and `y = g(x)` with y a plain name (CPython 3.14's
// traceback rule): the call's traceback entry has no markers.
static const AstExpr *bare_call_of(const AstExpr *value) {
    if (value && value->kind == AST_CALL && value->call.func->kind == AST_NAME) return value;
    return NULL;
}

static const AstExpr *bare_assigned_call_of(const AstStmt *s) {
    const AstExpr *value = s->assign.value;
    if (s->assign.targets.count != 1 || s->assign.targets.items[0]->kind != AST_NAME) return NULL;
    return value->kind == AST_CALL ? value : NULL;
}

static void compile_return(Compiler *c, const AstStmt *s) {
    c->u->bare_call = bare_call_of(s->value);
    if (s->value) compile_expr(c, s->value);
    else cu_emit(c, OP_LOAD_NONE, 0);
    unwind(c, false, true);
    c->u->span = s->span;
    cu_emit(c, OP_RETURN_VALUE, 0);
}

static void compile_break_continue(Compiler *c, const AstStmt *s) {
    bool is_break = s->kind == AST_BREAK;
    Unit *u = c->u;
    // unwind to the loop, then (for break) leave it too
    uint32_t saved_count = u->fblock_count;
    uint32_t saved_level = u->handler_level;
    const FBlock *loop = unwind(c, true, false);
    if (!loop) return;  // the syntax rules already rejected this
    Label target = is_break ? loop->exit : loop->start;
    if (is_break && loop->kind == FB_FOR) {
        u->handler_level = loop->handler_level;
        cu_emit(c, loop->close_iter ? OP_POP_ITER : OP_POP_TOP, 0);
    }
    u->handler_level = loop->handler_level;
    cu_emit_jump(c, OP_JUMP, target);
    u->handler_level = saved_level;
    u->fblock_count = saved_count;
    if (is_break && loop->kind == FB_FOR) u->depth++;  // the code after still sees the iterator
}

// ---- loops and branches ----

static void compile_while(Compiler *c, const AstStmt *s) {
    Label start = cu_label(c), exit = cu_label(c), orelse = cu_label(c);
    cu_place(c, start);
    compile_jump_if(c, s->while_.test, false, orelse);
    if (!cu_push_fblock(c, (FBlock){.kind = FB_WHILE, .start = start, .exit = exit})) return;
    compile_stmts(c, s->while_.body);
    cu_pop_fblock(c);
    cu_emit_jump(c, OP_JUMP, start);
    cu_place(c, orelse);
    compile_stmts(c, s->while_.orelse);
    cu_place(c, exit);
}

// for_statement: ['async'] 'for' target 'in' iter ':' body [else_clause]
static void compile_for(Compiler *c, const AstStmt *s) {
    bool async = s->for_.is_async;
    Label start = cu_label(c), exit = cu_label(c), end = cu_label(c);
    compile_expr(c, s->for_.iter);
    cu_position_at(c, s->for_.iter);  // a call, operator or subscript gets its ~~~^^^ anchors
    cu_emit(c, async ? OP_GET_AITER : OP_GET_ITER, 0);
    uint32_t depth = c->u->depth;
    cu_place(c, start);
    cu_position_at(c, s->for_.iter);
    if (async) c->u->span = s->span;  // CPython places the await of __anext__ at the statement
    if (async) compile_async_next(c, end);
    else cu_emit_jump(c, OP_FOR_ITER, end);
    c->u->span = s->span;
    // CPython closes a generator as soon as its last reference goes: leaving `for x in gen():`
    // early drops the only one, so its finally blocks run then. POP_ITER closes a generator
    // made for the loop (gen_final.c); an async generator's aclose() is awaited only when
    // the loop's expression made it.
    AstExprKind ik = (AstExprKind)s->for_.iter->kind;
    bool fresh = ik == AST_CALL || ik == AST_GENEXP;
    if (!cu_push_fblock(c, (FBlock){.kind = FB_FOR, .start = start, .exit = exit,
                                    .close_iter = !async || fresh})) {
        return;
    }
    Label closing = cu_label(c);
    if (!async && !cu_push_handler(c, closing, depth)) return;
    compile_store(c, s->for_.target);
    compile_stmts(c, s->for_.body);
    if (!async) cu_pop_handler(c);
    cu_pop_fblock(c);
    cu_emit_jump(c, OP_JUMP, start);
    if (!async) compile_close_iter_handler(c, closing, depth);
    if (async) {
        compile_async_end(c, end, depth);
    } else {
        cu_place(c, end);
        c->u->depth--;  // the exhausted iterator is gone
    }
    compile_stmts(c, s->for_.orelse);
    cu_place(c, exit);
}

static void compile_if(Compiler *c, const AstStmt *s) {
    Label orelse = cu_label(c), end = cu_label(c);
    compile_jump_if(c, s->while_.test, false, orelse);
    compile_stmts(c, s->while_.body);
    if (s->while_.orelse.count) cu_emit_jump(c, OP_JUMP, end);
    cu_place(c, orelse);
    compile_stmts(c, s->while_.orelse);
    cu_place(c, end);
}

// ---- exceptions ----

static void compile_raise(Compiler *c, const AstStmt *s) {
    uint32_t n = 0;
    if (s->raise.exc) {
        compile_expr(c, s->raise.exc);
        n++;
        if (s->raise.cause) {
            compile_expr(c, s->raise.cause);
            n++;
        }
    }
    c->u->span = s->span;
    cu_emit(c, OP_RAISE, n);
}

// Restores the previously handled exception and re-raises: the cleanup handler of an except
// or finally body that raised. Arrives with [prev, exc].
static void emit_cleanup_reraise(Compiler *c, Label cleanup, uint32_t depth) {
    cu_place(c, cleanup);
    c->u->depth = depth + 2;
    cu_emit(c, OP_SWAP, 2);
    cu_emit(c, OP_POP_EXCEPT, 0);
    cu_emit(c, OP_RERAISE, 0);
}

// Clears `except T as name` (and `except*`) after its handler: `name = None; del name`.
static void emit_clear_handler_name(Compiler *c, const char *name) {
    if (!name) return;
    cu_emit(c, OP_LOAD_NONE, 0);
    cu_store_name(c, name);
    cu_delete_name(c, name);
}

// The body of a try with except clauses: its exceptions go to `dispatch`; done, it jumps to
// `orelse`.
static bool compile_try_body(Compiler *c, const AstStmt *s, Label dispatch, Label orelse) {
    if (!cu_push_fblock(c, (FBlock){.kind = FB_TRY})) return false;
    if (!cu_push_handler(c, dispatch, c->u->depth)) return false;
    compile_stmts(c, s->try_.body);
    cu_pop_handler(c);
    cu_pop_fblock(c);
    cu_emit_jump(c, OP_JUMP, orelse);
    return true;
}

// try/except[/else]: the body's exceptions go to the dispatch code at `dispatch`, which
// tests each clause in turn and re-raises when none matches.
static void compile_try_except(Compiler *c, const AstStmt *s) {
    Unit *u = c->u;
    uint32_t depth = u->depth;
    Label dispatch = cu_label(c), cleanup = cu_label(c), orelse = cu_label(c), end = cu_label(c);
    if (!compile_try_body(c, s, dispatch, orelse)) return;

    cu_place(c, dispatch);
    u->depth = depth + 1;
    if (!cu_push_handler(c, cleanup, depth + 1)) return;
    cu_emit(c, OP_PUSH_EXC_INFO, 0);  // [prev, exc]
    for (uint32_t k = 0; k < s->try_.handler_count; k++) {
        const AstHandler *h = &s->try_.handlers[k];
        Label next = cu_label(c);
        u->span = h->span;
        if (h->type) {
            compile_expr(c, h->type);
            u->span = h->type->span;
            cu_emit(c, OP_CHECK_EXC_MATCH, 0);
            cu_emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name) cu_store_name(c, h->name);
        else cu_emit(c, OP_POP_TOP, 0);
        // [prev]: the body runs with the exception being handled
        if (!cu_push_fblock(c, (FBlock){.kind = FB_HANDLER, .handler_name = h->name})) return;
        compile_stmts(c, h->body);
        cu_pop_fblock(c);
        cu_emit(c, OP_POP_EXCEPT, 0);
        emit_clear_handler_name(c, h->name);
        cu_emit_jump(c, OP_JUMP, end);
        cu_place(c, next);
        u->depth = depth + 2;
    }
    cu_emit(c, OP_RERAISE, 0);  // no clause matched: [prev, exc] -> re-raise exc
    cu_pop_handler(c);
    emit_cleanup_reraise(c, cleanup, depth);

    cu_place(c, orelse);
    u->depth = depth;
    compile_stmts(c, s->try_.orelse);
    cu_place(c, end);
    u->depth = depth;
}

// One `except* T as name:` clause, on [prev, orig, raised, rest] above `depth`: the part of
// rest that matches T runs the body; what the body raises is appended to raised.
static bool compile_star_handler(Compiler *c, const AstHandler *h, uint32_t depth) {
    Unit *u = c->u;
    Label no_match = cu_label(c), failed = cu_label(c), next = cu_label(c);
    u->span = h->span;
    compile_expr(c, h->type);
    u->span = h->span;
    cu_emit(c, OP_CHECK_EG_MATCH, 0);  // [prev, orig, raised, rest, match]
    cu_emit(c, OP_COPY, 1);
    cu_emit(c, OP_LOAD_NONE, 0);
    cu_emit(c, OP_IS_OP, 0);
    cu_emit_jump(c, OP_POP_JUMP_IF_TRUE, no_match);
    if (!cu_push_handler(c, failed, depth + 4)) return false;
    if (h->name) cu_store_name(c, h->name);
    else cu_emit(c, OP_POP_TOP, 0);
    if (!cu_push_fblock(c, (FBlock){.kind = FB_HANDLER, .handler_name = h->name})) return false;
    compile_stmts(c, h->body);
    cu_pop_fblock(c);
    cu_pop_handler(c);
    emit_clear_handler_name(c, h->name);
    cu_emit_jump(c, OP_JUMP, next);

    cu_place(c, failed);  // the handler raised: [prev, orig, raised, rest, exc]
    u->depth = depth + 5;
    cu_emit(c, OP_LIST_APPEND, 2);
    emit_clear_handler_name(c, h->name);
    cu_emit_jump(c, OP_JUMP, next);

    cu_place(c, no_match);
    u->depth = depth + 5;
    cu_emit(c, OP_POP_TOP, 0);
    cu_place(c, next);
    u->depth = depth + 4;
    return true;
}

// try/except*[/else]: the caught exception is split clause by clause (OP_CHECK_EG_MATCH); each
// handler runs on its part, which is then the exception being handled. What the handlers
// raise is collected with the part no clause matched, and OP_PREP_RERAISE_STAR makes the one
// exception to re-raise, or None when everything was handled.
static void compile_try_star(Compiler *c, const AstStmt *s) {
    Unit *u = c->u;
    uint32_t depth = u->depth;
    Label dispatch = cu_label(c), cleanup = cu_label(c), handled = cu_label(c),
          orelse = cu_label(c), end = cu_label(c);
    if (!compile_try_body(c, s, dispatch, orelse)) return;

    cu_place(c, dispatch);
    u->depth = depth + 1;
    if (!cu_push_handler(c, cleanup, depth + 1)) return;
    cu_emit(c, OP_PUSH_EXC_INFO, 0);  // [prev, orig]
    cu_emit(c, OP_BUILD_LIST, 0);
    cu_emit(c, OP_COPY, 2);           // [prev, orig, raised, rest]
    for (uint32_t k = 0; k < s->try_.handler_count; k++) {
        if (!compile_star_handler(c, &s->try_.handlers[k], depth)) return;
    }
    cu_emit(c, OP_LIST_APPEND, 1);  // the rest joins what the handlers raised
    cu_emit(c, OP_PREP_RERAISE_STAR, 0);  // [prev, exc|None]
    cu_emit(c, OP_COPY, 1);
    cu_emit(c, OP_LOAD_NONE, 0);
    cu_emit(c, OP_IS_OP, 0);
    cu_emit_jump(c, OP_POP_JUMP_IF_TRUE, handled);
    cu_emit(c, OP_RERAISE, 0);
    cu_pop_handler(c);
    emit_cleanup_reraise(c, cleanup, depth);

    cu_place(c, handled);
    u->depth = depth + 2;
    cu_emit(c, OP_POP_TOP, 0);
    cu_emit(c, OP_POP_EXCEPT, 0);
    cu_emit_jump(c, OP_JUMP, end);

    cu_place(c, orelse);
    u->depth = depth;
    compile_stmts(c, s->try_.orelse);
    cu_place(c, end);
    u->depth = depth;
}

static void compile_try_handlers(Compiler *c, const AstStmt *s) {
    if (s->try_.is_star) {
        compile_try_star(c, s);
    } else {
        compile_try_except(c, s);
    }
}

// try/finally: the body (which may itself be a try/except) runs in a block whose normal,
// return, break and continue exits run the finally body inline; its exceptions go to a
// handler that runs the finally body and re-raises.
static void compile_try_finally(Compiler *c, const AstStmt *s) {
    Unit *u = c->u;
    uint32_t depth = u->depth;
    Label handler = cu_label(c), cleanup = cu_label(c), end = cu_label(c);
    // the block first: a finally body run by an early exit is outside this try's handler
    if (!cu_push_fblock(c, (FBlock){.kind = FB_FINALLY, .finalbody = &s->try_.finalbody})) return;
    if (!cu_push_handler(c, handler, depth)) return;
    if (s->try_.handler_count) {
        compile_try_handlers(c, s);
    } else {
        compile_stmts(c, s->try_.body);
    }
    cu_pop_handler(c);
    cu_pop_fblock(c);
    compile_stmts(c, s->try_.finalbody);
    cu_emit_jump(c, OP_JUMP, end);

    cu_place(c, handler);
    u->depth = depth + 1;
    if (!cu_push_handler(c, cleanup, depth + 1)) return;
    cu_emit(c, OP_PUSH_EXC_INFO, 0);  // [prev, exc]
    if (!cu_push_fblock(c, (FBlock){.kind = FB_FINALLY_HANDLER})) return;
    compile_stmts(c, s->try_.finalbody);
    cu_pop_fblock(c);
    // [prev, exc]: the re-raise lands in the cleanup handler, which restores prev
    cu_emit(c, OP_RERAISE, 0);
    cu_pop_handler(c);
    emit_cleanup_reraise(c, cleanup, depth);
    cu_place(c, end);
    u->depth = depth;
}

static void compile_try(Compiler *c, const AstStmt *s) {
    if (s->try_.finalbody.count) {
        compile_try_finally(c, s);
    } else {
        compile_try_handlers(c, s);
    }
}

static void compile_assert(Compiler *c, const AstStmt *s) {
    Label end = cu_label(c);
    compile_jump_if(c, s->assert_.test, true, end);
    uint32_t n = 0;
    if (s->assert_.msg) {
        compile_expr(c, s->assert_.msg);
        n = 1;
    }
    cu_position_at(c, s->assert_.test);  // CPython points at the test
    cu_emit(c, OP_RAISE_ASSERT, n);
    cu_place(c, end);
}

// ---- with ----

// One item of with_statement: ['async'] 'with' item (',' item)* ':' block — each item nests
// the rest. [exit] stays on the stack through the body; an exception goes to exit(type, exc,
// None), which suppresses it by returning something true. `async with` awaits what
// __aenter__ and __aexit__ return.
static void compile_with_item(Compiler *c, const AstStmt *s, uint32_t k) {
    Unit *u = c->u;
    const AstWithItem *item = &s->with.items[k];
    uint32_t depth = u->depth;
    Label handler = cu_label(c), cleanup = cu_label(c), suppress = cu_label(c), end = cu_label(c);
    bool async = s->with.is_async;
    compile_expr(c, item->context);
    // __enter__ and __exit__ (and their lookups) are placed at the context expression.
    cu_position_at(c, item->context);
    cu_emit(c, OP_BEFORE_WITH, async);
    cu_position_at(c, item->context);
    cu_emit(c, OP_CALL, 0);  // [exit, value]
    if (async) compile_await(c, AWAIT_AENTER, item->context);
    FBlock fb = {.kind = FB_WITH, .with_context = item->context, .is_async = async};
    if (!cu_push_fblock(c, fb)) return;
    if (!cu_push_handler(c, handler, depth + 1)) return;
    if (item->target) compile_store(c, item->target);
    else cu_emit(c, OP_POP_TOP, 0);
    if (k + 1 < s->with.count) compile_with_item(c, s, k + 1);
    else compile_stmts(c, s->with.body);
    cu_pop_handler(c);
    cu_pop_fblock(c);
    emit_exit_call(c, item->context, async);
    cu_emit_jump(c, OP_JUMP, end);

    cu_place(c, handler);
    u->depth = depth + 2;  // [exit, exc]
    u->span = item->context->span;
    if (!cu_push_handler(c, cleanup, depth + 2)) return;
    cu_emit(c, OP_PUSH_EXC_INFO, 0);  // [exit, prev, exc]
    cu_emit(c, OP_COPY, 3);
    cu_emit(c, OP_COPY, 2);
    cu_emit(c, OP_WITH_EXIT_ARGS, 0);
    cu_position_at(c, item->context);
    cu_emit(c, OP_CALL, 3);  // [exit, prev, exc, suppress?]
    if (async) compile_await(c, AWAIT_AEXIT, item->context);
    cu_emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    cu_emit(c, OP_RERAISE, 0);
    cu_pop_handler(c);
    cu_place(c, suppress);
    u->depth = depth + 3;
    cu_emit(c, OP_POP_TOP, 0);
    cu_emit(c, OP_POP_EXCEPT, 0);
    cu_emit(c, OP_POP_TOP, 0);
    cu_emit_jump(c, OP_JUMP, end);
    emit_cleanup_reraise(c, cleanup, depth + 1);
    cu_place(c, end);
    u->depth = depth;
}

static void compile_with(Compiler *c, const AstStmt *s) {
    compile_with_item(c, s, 0);
}

// ---- definitions and imports ----

// The tuple of a generic statement's type parameters, as its scope binds them.
static void compile_type_params_tuple(Compiler *c, const AstTypeParams *tp) {
    for (uint32_t k = 0; k < tp->count; k++) cu_load_name(c, tp->items[k].name);
    cu_emit(c, OP_BUILD_TUPLE, tp->count);
}

// typing.Generic[T, ...]: the base a generic class statement adds to those it lists.
static void compile_generic_base(Compiler *c, const AstTypeParams *tp) {
    cu_emit(c, OP_IMPORT_NAME, cu_name(c, "typing"));
    cu_emit(c, OP_LOAD_ATTR, cu_attr(c, "Generic"));
    compile_type_params_tuple(c, tp);
    cu_emit(c, OP_BINARY_SUBSCR, 0);
}

// class C(*bases, **kw): __build_class__(body, name, *bases, **kw) through OP_CALL_EX
static bool class_call_unpacks(const AstStmt *s) {
    for (uint32_t k = 0; k < s->classdef.bases.count; k++) {
        if (s->classdef.bases.items[k]->kind == AST_STARRED) return true;
    }
    for (uint32_t k = 0; k < s->classdef.keyword_count; k++) {
        if (!s->classdef.keywords[k].arg) return true;
    }
    return false;
}

// [build_class, body, name] -> the class
static void compile_class_call_ex(Compiler *c, const AstStmt *s) {
    cu_emit(c, OP_BUILD_LIST, 2);
    for (uint32_t k = 0; k < s->classdef.bases.count; k++) {
        const AstExpr *base = s->classdef.bases.items[k];
        compile_expr(c, base->kind == AST_STARRED ? base->value : base);
        cu_emit(c, base->kind == AST_STARRED ? OP_LIST_EXTEND : OP_LIST_APPEND, 1);
    }
    if (s->classdef.type_params.count) {
        compile_generic_base(c, &s->classdef.type_params);
        cu_emit(c, OP_LIST_APPEND, 1);
    }
    cu_emit(c, OP_LIST_TO_TUPLE, 0);
    InsnPos at = {.span = s->span, .kind = POS_PLAIN};
    compile_kwargs_dict(c, s->classdef.keywords, s->classdef.keyword_count, &at);
    c->u->span = s->span;
    cu_emit(c, OP_CALL_EX, s->classdef.keyword_count ? 1 : 0);
}

// [build_class, body, name] -> the class
static void compile_class_call(Compiler *c, const AstStmt *s) {
    for (uint32_t k = 0; k < s->classdef.bases.count; k++) compile_expr(c, s->classdef.bases.items[k]);
    const AstTypeParams *tp = &s->classdef.type_params;
    if (tp->count) compile_generic_base(c, tp);
    uint32_t nkw = s->classdef.keyword_count;
    for (uint32_t k = 0; k < nkw; k++) compile_expr(c, s->classdef.keywords[k].value);
    c->u->span = s->span;
    uint32_t nargs = 2 + s->classdef.bases.count + (tp->count ? 1 : 0) + nkw;
    if (nkw) {
        Value *names = cu_alloc(c, nkw * sizeof *names);
        void *mem = cu_alloc(c, tuple_static_size(nkw));
        if (!names || !mem) return;
        for (uint32_t k = 0; k < nkw; k++) {
            const char *kw = s->classdef.keywords[k].arg;
            names[k] = v_obj(cu_str(c, kw, strlen(kw)));
        }
        cu_load_const(c, v_obj(tuple_init_static(mem, names, nkw)));
        cu_emit(c, OP_CALL_KW, nargs);
    } else {
        cu_emit(c, OP_CALL, nargs);
    }
}

// The class a class statement makes (before its decorators), left on the stack.
static void compile_class_value(Compiler *c, const AstStmt *s) {
    Scope *scope = cu_child_scope(c, s);
    if (!scope) {
        cu_unsupported(c, s->span, "this class definition");
        return;
    }
    cu_emit(c, OP_LOAD_BUILD_CLASS, 0);
    const Code *code = cu_compile_class_body(c, scope, s);
    if (!code) return;
    compile_function_object(c, code, scope, NULL, s->span);
    cu_load_const(c, v_obj(cu_str(c, s->classdef.name, strlen(s->classdef.name))));
    if (class_call_unpacks(s)) {
        compile_class_call_ex(c, s);
    } else {
        compile_class_call(c, s);
    }
    if (s->classdef.type_params.count) {  // C.__type_params__ = (T, ...)
        cu_emit(c, OP_COPY, 1);
        compile_type_params_tuple(c, &s->classdef.type_params);
        cu_emit(c, OP_SWAP, 2);
        cu_emit(c, OP_STORE_ATTR, cu_attr(c, "__type_params__"));
    }
}

static void compile_in_type_params(Compiler *c, const AstTypeParams *tp,
                                   void (*body)(Compiler *c, const AstStmt *s), const AstStmt *s);

// Decorators are evaluated first, top to bottom, and applied once the value is made, innermost
// (the last) first.
static void compile_decorators(Compiler *c, const AstExprList *decorators) {
    for (uint32_t k = 0; k < decorators->count; k++) compile_expr(c, decorators->items[k]);
}

static void apply_decorators(Compiler *c, const AstExprList *decorators) {
    for (uint32_t k = decorators->count; k > 0; k--) {
        cu_position_at(c, decorators->items[k - 1]);
        cu_emit(c, OP_CALL, 1);
    }
}

// class_definition: decorators 'class' NAME [type_params] ['(' bases ')'] ':' block — compiled
// as __build_class__(body function, name, *bases), then the decorators.
static void compile_classdef(Compiler *c, const AstStmt *s) {
    compile_decorators(c, &s->classdef.decorators);
    if (s->classdef.type_params.count) {
        compile_in_type_params(c, &s->classdef.type_params, compile_class_value, s);
    } else {
        compile_class_value(c, s);
    }
    apply_decorators(c, &s->classdef.decorators);
    c->u->span = s->span;  // the store is the class statement's, not its last decorator's
    cu_store_name(c, s->classdef.name);
}

// The function a def makes, with its __annotate__, left on the stack.
static void compile_def_value(Compiler *c, const AstStmt *s) {
    Scope *scope = cu_child_scope(c, s);
    if (!scope) {
        cu_unsupported(c, s->span, "this function definition");
        return;
    }
    const Code *code = cu_compile_function(c, scope, s->funcdef.name, s->funcdef.args,
                                           s->funcdef.body, NULL, NULL, s->span.line);
    if (!code) return;
    compile_function_object(c, code, scope, s->funcdef.args, s->span);
    Scope *annotations = cu_child_scope(c, &s->funcdef.returns);
    const Code *annotate = annotations ? cu_compile_annotate(c, annotations, s) : NULL;
    if (annotate) {
        compile_function_object(c, annotate, annotations, NULL, s->span);
        cu_emit(c, OP_SET_FUNC_ATTR, 0);
    }
}

static void compile_generic_def_value(Compiler *c, const AstStmt *s) {
    compile_def_value(c, s);
    compile_type_params_tuple(c, &s->funcdef.type_params);
    cu_emit(c, OP_SET_FUNC_ATTR, 1);
}

// Runs `body` for s inside the scope of its type parameters tp: the value it makes is left
// on the stack.
static void compile_in_type_params(Compiler *c, const AstTypeParams *tp,
                                   void (*body)(Compiler *c, const AstStmt *s), const AstStmt *s) {
    Scope *scope = cu_child_scope(c, tp);
    if (!scope) {
        cu_unsupported(c, s->span, "these type parameters");
        return;
    }
    const Code *code = cu_compile_type_params(c, scope, tp, body, s);
    if (!code) return;
    compile_function_object(c, code, scope, NULL, s->span);
    cu_emit(c, OP_CALL, 0);
}

// funcdef: decorators 'def' NAME [type_params] parameters ['->' expr] ':' body
static void compile_funcdef(Compiler *c, const AstStmt *s) {
    compile_decorators(c, &s->funcdef.decorators);
    if (s->funcdef.type_params.count) {
        compile_in_type_params(c, &s->funcdef.type_params, compile_generic_def_value, s);
    } else {
        compile_def_value(c, s);
    }
    apply_decorators(c, &s->funcdef.decorators);
    c->u->span = s->span;  // the store is the def's, not its last decorator's
    cu_store_name(c, s->funcdef.name);
}

// The alias of `type X[...] = value`: name, thunk, type parameters.
static void compile_typealias_value(Compiler *c, const AstStmt *s) {
    const char *name = s->typealias.name->name;
    Scope *scope = cu_child_scope(c, &s->typealias.value);
    const Code *thunk = scope ? cu_compile_thunk(c, scope, name, s->typealias.value) : NULL;
    if (!thunk) {
        cu_unsupported(c, s->span, "this type alias");
        return;
    }
    cu_load_const(c, v_obj(cu_str(c, name, strlen(name))));
    compile_function_object(c, thunk, scope, NULL, s->span);
    compile_type_params_tuple(c, &s->typealias.type_params);
    cu_emit(c, OP_MAKE_TYPE_ALIAS, 0);
}

// type_alias_statement: 'type' NAME [type_params] '=' expr
static void compile_typealias(Compiler *c, const AstStmt *s) {
    c->u->span = s->span;
    if (s->typealias.type_params.count) {
        compile_in_type_params(c, &s->typealias.type_params, compile_typealias_value, s);
    } else {
        compile_typealias_value(c, s);
    }
    cu_store_name(c, s->typealias.name->name);
}

static void compile_import(Compiler *c, const AstStmt *s) {
    for (uint32_t k = 0; k < s->import.count; k++) {
        const AstAlias *a = &s->import.names[k];
        c->u->span = s->span;
        cu_emit(c, OP_IMPORT_NAME, cu_name(c, a->name));
        if (a->bound != a->name && !a->asname) {
            // `import a.b` binds the package a, once a.b has been imported
            cu_emit(c, OP_POP_TOP, 0);
            cu_emit(c, OP_IMPORT_NAME, cu_name(c, a->bound));
        }
        cu_store_name(c, a->bound);
    }
}

static void compile_import_from(Compiler *c, const AstStmt *s) {
    c->u->span = s->span;
    if (s->import.level || !s->import.module) {
        cu_unsupported(c, s->span, "relative imports");
        return;
    }
    cu_emit(c, OP_IMPORT_NAME, cu_name(c, s->import.module));
    for (uint32_t k = 0; k < s->import.count; k++) {
        const AstAlias *a = &s->import.names[k];
        if (strcmp(a->name, "*") == 0 && c->u->scope->kind == SCOPE_MODULE) {
            cu_emit(c, OP_IMPORT_STAR, 0);
            return;
        }
        if (strcmp(a->name, "*") == 0) {
            cu_unsupported(c, s->span, "import * in a class body");  // functions: SyntaxError
            return;
        }
        cu_emit(c, OP_IMPORT_FROM, cu_name(c, a->name));
        cu_store_name(c, a->asname ? a->asname : a->name);
    }
    cu_emit(c, OP_POP_TOP, 0);
}

// ---- assignments ----

static void compile_assign(Compiler *c, const AstStmt *s) {
    c->u->bare_call = bare_assigned_call_of(s);
    compile_expr(c, s->assign.value);
    for (uint32_t k = 0; k < s->assign.targets.count; k++) {
        if (k + 1 < s->assign.targets.count) cu_emit(c, OP_COPY, 1);
        compile_store(c, s->assign.targets.items[k]);
    }
}

static void compile_augassign(Compiler *c, const AstStmt *s) {
    const AstExpr *t = s->augassign.target;
    uint32_t op = s->augassign.op | BINARY_INPLACE;
    switch ((AstExprKind)t->kind) {
    case AST_NAME:
        c->u->span = t->span;
        cu_load_name(c, t->name);
        compile_expr(c, s->augassign.value);
        c->u->span = s->span;
        cu_emit(c, OP_BINARY_OP, op);
        cu_store_name(c, t->name);
        break;
    case AST_ATTRIBUTE:
        compile_expr(c, t->attribute.value);
        cu_emit(c, OP_COPY, 1);
        c->u->span = cu_attr_span(t->span, t);
        cu_emit(c, OP_LOAD_ATTR, cu_attr(c, t->attribute.attr));
        compile_expr(c, s->augassign.value);
        c->u->span = s->span;
        cu_emit(c, OP_BINARY_OP, op);
        cu_emit(c, OP_SWAP, 2);
        c->u->span = cu_attr_span(t->span, t);
        cu_emit(c, OP_STORE_ATTR, cu_attr(c, t->attribute.attr));
        break;
    case AST_SUBSCRIPT:
        compile_expr(c, t->subscript.value);
        compile_expr(c, t->subscript.slice);
        cu_emit(c, OP_COPY, 2);
        cu_emit(c, OP_COPY, 2);
        cu_position_at(c, t);
        cu_emit(c, OP_BINARY_SUBSCR, 0);
        compile_expr(c, s->augassign.value);
        c->u->span = s->span;
        cu_emit(c, OP_BINARY_OP, op);
        cu_emit(c, OP_SWAP, 3);
        cu_emit(c, OP_SWAP, 2);
        cu_position_at(c, t);
        cu_emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        cu_unsupported(c, t->span, "this augmented assignment target");
        break;
    }
}

static void compile_stmt(Compiler *c, const AstStmt *s) {
    if (!s) return;
    Span saved = c->u->span;
    c->u->span = s->span;
    switch ((AstStmtKind)s->kind) {
    case AST_FUNCTIONDEF: compile_funcdef(c, s); break;
    case AST_RETURN: compile_return(c, s); break;
    case AST_DELETE:
        for (uint32_t k = 0; k < s->targets.count; k++) compile_delete(c, s->targets.items[k]);
        break;
    case AST_ASSIGN: compile_assign(c, s); break;
    case AST_AUGASSIGN: compile_augassign(c, s); break;
    case AST_ANNASSIGN:
        // annotations are not evaluated (PEP 649); only the assignment runs
        if (s->annassign.value) {
            compile_expr(c, s->annassign.value);
            compile_store(c, s->annassign.target);
        }
        break;
    case AST_FOR: compile_for(c, s); break;
    case AST_WHILE: compile_while(c, s); break;
    case AST_IF: compile_if(c, s); break;
    case AST_RAISE: compile_raise(c, s); break;
    case AST_TRY: compile_try(c, s); break;
    case AST_ASSERT: compile_assert(c, s); break;
    case AST_IMPORT: compile_import(c, s); break;
    case AST_IMPORTFROM: compile_import_from(c, s); break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS: break;
    case AST_EXPR:
        compile_expr(c, s->value);
        cu_emit(c, OP_POP_TOP, 0);
        break;
    case AST_BREAK:
    case AST_CONTINUE: compile_break_continue(c, s); break;
    case AST_CLASSDEF: compile_classdef(c, s); break;
    case AST_WITH: compile_with(c, s); break;
    case AST_MATCH: compile_match(c, s); break;
    case AST_TYPEALIAS: compile_typealias(c, s); break;
    case AST_STMT_ERROR:
    default: cu_unsupported(c, s->span, "code with syntax errors"); break;
    }
    c->u->span = saved;
}
