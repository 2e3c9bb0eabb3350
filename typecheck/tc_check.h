// The checker's state while it walks one script, shared by tc_scope.c (names and flow
// environments), tc_expr.c (inference), tc_call.c (calls against signatures), tc_narrow.c
// and tc_stmt.c (statements and control flow).
#ifndef MOAT_TYPECHECK_TC_CHECK_H
#define MOAT_TYPECHECK_TC_CHECK_H

#include "typecheck/tc_stub.h"

// The flow-sensitive types of one scope's names at one point of the program.
// A name's type, or (key not NULL) the type of `name["key"]` where a test narrowed it.
typedef struct TcBinding {
    AstIdent name;
    const TcType *type;
    const char *key;
} TcBinding;

typedef struct TcEnv {
    TcBinding *items;  // later bindings shadow earlier ones (comprehension variables)
    uint32_t count, cap;
    bool dead;         // this point is unreachable (after return, raise, break, continue)
} TcEnv;

// The names a function (or the module) binds anywhere in its body, and how often.
typedef struct TcScope {
    struct TcScope *parent;
    const AstStmt *def;  // NULL for the module
    AstIdent *names;
    uint16_t *counts;
    uint32_t count, cap;
    AstIdent *globals;   // declared global or nonlocal here
    uint32_t global_count, global_cap;
    bool is_async, is_generator;
    const TcType *ret;   // the declared return type, NULL when there is none
    TcEnv final;         // the module's environment once its body is done
} TcScope;

// Where break and continue send their environments.
typedef struct TcLoop {
    TcEnv breaks, continues;
    struct TcLoop *outer;
} TcLoop;

typedef struct Checker {
    const TcStubs *stubs;
    Arena *arena;
    DiagList *dl;
    TcScope *scope;
    TcScope *module_scope;
    TcEnv env;
    TcLoop *loop;
    uint32_t quiet;  // > 0 while a first pass over a loop body only gathers types
    uint32_t depth;  // guard: C recursion over nested expressions and statements
    uint32_t import_guarded;  // > 0 inside a try whose handlers catch ImportError
    bool oom;
    // functions whose bodies are checked once their enclosing body is done
    const AstStmt **pending;
    TcScope **pending_parent;
    uint32_t pending_count, pending_cap;
    // names of the script's own classes and module-level aliases: its annotations that use them
    // mean the script's type, not a stub's of the same name
    const char **own_types;
    uint32_t own_type_count, own_type_cap;
} Checker;

enum { TC_MAX_DEPTH_C = 200 };

// tc_scope.c
TcScope *tc_scope_new(Checker *tc, TcScope *parent, const AstStmt *def);
// The module's names (its scope is made with def NULL).
void tc_scope_collect_module(Checker *tc, TcScope *s, const AstStmtList *body);
// Fills tc->own_types from the module's classes (at any depth) and top-level assignments.
void tc_collect_own_types(Checker *tc, const AstStmtList *body);
// A resolver for the script's annotations.
TcResolver tc_resolver(Checker *tc);
bool tc_scope_binds(const TcScope *s, AstIdent name);
uint32_t tc_scope_bind_count(const TcScope *s, AstIdent name);
bool tc_scope_is_global(const TcScope *s, AstIdent name);
void tc_env_init(TcEnv *e);
bool tc_env_copy(Checker *tc, TcEnv *dst, const TcEnv *src);
const TcType *tc_env_get(const TcEnv *e, AstIdent name);
void tc_env_set(Checker *tc, TcEnv *e, AstIdent name, const TcType *type);
void tc_env_push(Checker *tc, TcEnv *e, AstIdent name, const TcType *type);
// The name takes a new value: its type, and no narrowed keys any more.
void tc_env_rebind(Checker *tc, TcEnv *e, AstIdent name, const TcType *type);
const TcType *tc_env_get_path(const TcEnv *e, AstIdent name, const char *key);
void tc_env_set_path(Checker *tc, TcEnv *e, AstIdent name, const char *key, const TcType *type);
// Forgets what tests said about name's keys (the dict was changed).
void tc_env_drop_paths(TcEnv *e, AstIdent name);
bool tc_env_has_paths(const TcEnv *e, AstIdent name);
// dst becomes the join of dst and src (a dead side contributes nothing).
void tc_env_join(Checker *tc, TcEnv *dst, const TcEnv *src);
// The type of a Name load, reporting undefined-name; unknown when not sure.
const TcType *tc_lookup_name(Checker *tc, AstIdent name, Span span);

// tc_expr.c
const TcType *tc_infer(Checker *tc, const AstExpr *e);
// Like tc_infer, but a lambda's parameters take the given types (sorted(key=...)).
const TcType *tc_infer_hinted(Checker *tc, const AstExpr *e, const TcType *param_hint);
// What iterating over a value of type t gives; reports not-iterable and friends at `at`.
const TcType *tc_iter_elem(Checker *tc, const TcType *t, const AstExpr *at);
// Binds an assignment target to a value of type t.
void tc_assign_target(Checker *tc, const AstExpr *target, const TcType *t);
const TcType *tc_builtin(Checker *tc, TcBuiltin b);
const TcType *tc_builtin1(Checker *tc, TcBuiltin b, const TcType *arg);
const TcType *tc_annotation(Checker *tc, const AstExpr *e);
// True for expressions whose possible None the checker trusts (names, calls): a subscript or
// attribute may have been narrowed in ways it does not follow.
bool tc_none_is_reportable(const AstExpr *e);
// For `x["k"]` (a name and a string key): the name, and the key's expression in *key.
AstIdent tc_key_path(const AstExpr *e, const AstExpr **key);

// The type of l op r at e (also for `l op= r`), reporting operator-type.
const TcType *tc_binop_type(Checker *tc, const AstExpr *e, AstBinOp op, const TcType *l,
                            const TcType *r, const AstExpr *le, const AstExpr *re);
// A coroutine used as a value: reports missing-await at `at`; true when it is one.
bool tc_check_not_coroutine(Checker *tc, const TcType *t, const AstExpr *at);
const char *tc_type_text(Checker *tc, const TcType *t);

// A list, set or dict held by the name `base` now also holds `item` (at its type argument
// `index`: 1 for a dict's values).
void tc_widen_container(Checker *tc, const AstExpr *base, uint16_t index, const TcType *item);
// A dict display given where a TypedDict is wanted: reports its keys the TypedDict lacks.
bool tc_check_typeddict_literal(Checker *tc, const TcType *want, const AstExpr *e);
// A string literal's text, NUL-terminated (NULL for anything else).
const char *tc_const_str(Checker *tc, const AstExpr *e);

// tc_call.c
const TcType *tc_infer_call(Checker *tc, const AstExpr *e);

// tc_narrow.c: narrows env as if `test` had been found true (or false).
void tc_narrow(Checker *tc, TcEnv *env, const AstExpr *test, bool truthy);

// tc_stmt.c
void tc_check_body(Checker *tc, const AstStmtList *body);

// Reports a diagnostic unless in a quiet pass.
void tc_report(Checker *tc, Span span, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
// ". Did you mean 'x'?" for the closest of names, or "".
const char *tc_did_you_mean(Checker *tc, const char *name, const char *const *names, uint32_t n);

#endif
