// typing: every row of test_mod_typing_table.h (CPython 3.14's answers, test_mod_typing_gen.py)
// evaluated over moat's typing module by a small expression evaluator (names, literals,
// subscripts, calls, attributes, | and ==), with the collector running at every allocation;
// each row again with each of its allocations failing in turn; and the hooks for the core.
#include "test_obj_num.h"

#include "interp/builtins.h"
#include "interp/obj_func.h"
#include "interp/mod_typing.h"
#include "interp/modules.h"
#include "interp/obj_dict.h"
#include "interp/obj_list.h"
#include "interp/obj_tuple.h"

typedef struct TypingCase {
    const char *expr, *expected;
} TypingCase;

#include "test_mod_typing_table.h"

static Value ty_module;
static Value ty_vars[4];  // T, K, V, P

// ---- the evaluator: a parser over the expression text that computes as it goes ----

typedef struct Eval {
    const char *p;
} Eval;

// The evaluator's own allocations (displays, literals, roots) never fail in the sweep: only
// the operations under test do.
#define EV_QUIET(stmt)                                                                        \
    do {                                                                                      \
        uint64_t fail_after_ = nx.mem.fail_after;                                             \
        nx.mem.fail_after = 0;                                                                \
        stmt;                                                                                 \
        nx.mem.fail_after = fail_after_;                                                      \
    } while (0)

static Value ev_keep(Value v) {
    EV_QUIET(num_keep(v));
    return v;
}

static void ev_space(Eval *e) {
    while (*e->p == ' ') e->p++;
}

static bool ev_eat(Eval *e, const char *tok) {
    ev_space(e);
    size_t n = strlen(tok);
    if (strncmp(e->p, tok, n) != 0) return false;
    e->p += n;
    return true;
}

static bool ev_expr(Eval *e, Value *out);

static bool ev_is_name_char(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static size_t ev_name(Eval *e, char *buf, size_t cap) {
    ev_space(e);
    size_t n = 0;
    while (ev_is_name_char(e->p[n]) && n + 1 < cap) {
        buf[n] = e->p[n];
        n++;
    }
    buf[n] = '\0';
    e->p += n;
    return n;
}

// A name: a literal constant, the module, one of the type variables, typing's, or a builtin.
static bool ev_lookup(const char *name, Value *out) {
    static const char *const vars[] = {"T", "K", "V", "P"};
    if (!strcmp(name, "None")) *out = v_none();
    else if (!strcmp(name, "True") || !strcmp(name, "False")) *out = v_bool(name[0] == 'T');
    else if (!strcmp(name, "typing")) *out = ty_module;
    else {
        for (size_t k = 0; k < 4; k++) {
            if (!strcmp(name, vars[k])) {
                *out = ty_vars[k];
                return true;
            }
        }
        Value n = num_str(name);
        *out = dict_get_str(module_dict(ty_module.as.obj), as_str(n));
        if (is_undef(*out)) ck_assert_msg(builtins_lookup(as_str(n), out), "unknown name %s", name);
    }
    return true;
}

// The items of a display up to `close`, into a list; *trailing when a comma ended them.
static bool ev_items(Eval *e, char close, Value *list, bool *trailing) {
    char end[2] = {close, '\0'};
    Obj *l;
    EV_QUIET(l = list_new(&nx, 0));
    ck_assert_ptr_nonnull(l);
    *list = ev_keep(v_obj(l));
    *trailing = false;
    while (!ev_eat(e, end)) {
        Value item;
        if (!ev_expr(e, &item)) return false;
        bool ok;
        EV_QUIET(ok = list_append_obj(&nx, l, num_keep(item)));
        ck_assert(ok);
        *trailing = ev_eat(e, ",");
    }
    return true;
}

static bool ev_string(Eval *e, bool bytes, Value *out) {
    const char *end = strchr(e->p + 1, '\'');
    ck_assert_ptr_nonnull(end);
    Obj *o;
    EV_QUIET(o = bytes ? bytes_new(&nx, e->p + 1, (size_t)(end - e->p - 1))
                       : str_new(&nx, e->p + 1, (size_t)(end - e->p - 1)));
    ck_assert_ptr_nonnull(o);
    e->p = end + 1;
    *out = ev_keep(v_obj(o));
    return true;
}

static bool ev_atom(Eval *e, Value *out) {
    ev_space(e);
    char buf[64];
    bool trailing;
    if (ev_eat(e, "...")) *out = v_obj((Obj *)&obj_ellipsis);
    else if (*e->p == '\'') return ev_string(e, false, out);
    else if (e->p[0] == 'b' && e->p[1] == '\'') return e->p++, ev_string(e, true, out);
    else if (ev_eat(e, "{}")) EV_QUIET(*out = num_keep(v_obj(dict_new(&nx))));
    else if (ev_eat(e, "[")) return ev_items(e, ']', out, &trailing);
    else if (ev_eat(e, "(")) {
        Value list;
        if (!ev_items(e, ')', &list, &trailing)) return false;
        if (as_list(list)->len == 1 && !trailing) *out = as_list(list)->items[0];
        else EV_QUIET(*out = num_keep(v_obj(tuple_from_iterable(&nx, list))));
    } else if (*e->p == '-' || (*e->p >= '0' && *e->p <= '9')) {
        size_t n = 1;
        while (e->p[n] == '.' || (e->p[n] >= '0' && e->p[n] <= '9')) n++;
        snprintf(buf, sizeof buf, "%.*s", (int)n, e->p);
        e->p += n;
        EV_QUIET(*out = num_literal(buf));
    } else {
        ck_assert_msg(ev_name(e, buf, sizeof buf) > 0, "bad expression at %s", e->p);
        return ev_lookup(buf, out);
    }
    return true;
}

// (args...): positional and name=value arguments.
static bool ev_call(Eval *e, Value f, Value *out) {
    Value pos[8], kwv[8];
    Obj *kwn[8];
    uint32_t np = 0, nk = 0;
    while (!ev_eat(e, ")")) {
        const char *save = e->p;
        char name[32];
        if (ev_name(e, name, sizeof name) && ev_eat(e, "=") && *e->p != '=') {
            kwn[nk] = num_str(name).as.obj;
            if (!ev_expr(e, &kwv[nk])) return false;
            ev_keep(kwv[nk++]);
        } else {
            e->p = save;
            if (!ev_expr(e, &pos[np])) return false;
            ev_keep(pos[np++]);
        }
        ev_eat(e, ",");
    }
    if (is_obj(f) && f.as.obj->type == &type_builtin && !strcmp(((ObjBuiltin *)f.as.obj)->def->name, "hash")) {
        int64_t h;
        if (!ops_hash(&nx, pos[0], &h)) return false;
        *out = v_int(h);
        return true;
    }
    Args a = {.pos = pos, .npos = np, .nkw = nk, .kwvalues = kwv, .kwnames = kwn};
    return ops_call(&nx, f, &a, out);
}

// v[...]: a class goes through the hook the type `type` calls.
static bool ev_subscript(Eval *e, Value v, Value *out) {
    Value list, key;
    bool trailing;
    if (!ev_items(e, ']', &list, &trailing)) return false;
    if (as_list(list)->len == 1 && !trailing) key = as_list(list)->items[0];
    else EV_QUIET(key = num_keep(v_obj(tuple_from_iterable(&nx, list))));
    if (is_obj(v) && v.as.obj->type == &type_type) return mod_typing_class_getitem(&nx, v, key, out);
    return ops_getitem(&nx, v, key, out);
}

static bool ev_postfix(Eval *e, Value *out) {
    if (!ev_atom(e, out)) return false;
    for (;;) {
        Value v = ev_keep(*out);
        char name[64];
        if (ev_eat(e, "[")) {
            if (!ev_subscript(e, v, out)) return false;
        } else if (ev_eat(e, "(")) {
            if (!ev_call(e, v, out)) return false;
        } else if (ev_eat(e, ".")) {
            ev_name(e, name, sizeof name);
            if (!ops_getattr(&nx, v, num_str(name).as.obj, out)) return false;
        } else {
            return true;
        }
    }
}

// a | b: classes and None through the hook of the type `type` first, as the core will.
static bool ev_or(Eval *e, Value *out) {
    if (!ev_postfix(e, out)) return false;
    while (ev_eat(e, "|")) {
        Value a = ev_keep(*out), b;
        if (!ev_postfix(e, &b)) return false;
        ev_keep(b);
        bool cls = is_none(a) || (is_obj(a) && a.as.obj->type == &type_type);
        if (cls && !mod_typing_type_or(&nx, a, b, AST_OP_BITOR, out)) return false;
        if ((!cls || is_notimpl(*out)) && !ops_binary(&nx, a, b, AST_OP_BITOR, out)) return false;
    }
    return true;
}

static bool ev_expr(Eval *e, Value *out) {
    if (!ev_or(e, out)) return false;
    bool eq = ev_eat(e, "=="), ne = !eq && ev_eat(e, "!=");
    if (!eq && !ne) return true;
    Value a = ev_keep(*out), b;
    if (!ev_or(e, &b)) return false;
    return ops_compare(&nx, a, ev_keep(b), eq ? AST_CMP_EQ : AST_CMP_NE, out);
}

// ---- the fixture and the tests ----

static void ty_setup(void) {
    num_setup();
    ck_assert(modules_import(&nx, num_str("typing").as.obj, &ty_module));
    static const char *const make[] = {"TypeVar('T')", "TypeVar('K')", "TypeVar('V')", "ParamSpec('P')"};
    for (size_t k = 0; k < 4; k++) {
        Eval e = {make[k]};
        ck_assert(ev_expr(&e, &ty_vars[k]));
        num_keep(ty_vars[k]);
    }
}

static void ty_teardown(void) {
    num_teardown();
}

static void ty_check(const TypingCase *c) {
    char text[8192];
    const char *got;
    Value out, rep;
    Eval e = {c->expr};
    if (ev_expr(&e, &out)) {
        num_keep(out);
        ck_assert(ops_repr_value(&nx, out, &rep));
        got = as_str(rep)->data;
    } else {
        got = num_error_text(text, sizeof text);
    }
    ck_assert_msg(!strcmp(got, c->expected), "%s: got %s, want %s", c->expr, got, c->expected);
}

// Row c with its n-th allocation failing: a clean failure; true once it ran without reaching
// the n-th allocation.
static bool ty_run_failing(const TypingCase *c, uint64_t n) {
    Value out;
    Eval e = {c->expr};
    mem_fail_after(&nx, n);
    bool ok = ev_expr(&e, &out);
    bool reached = nx.mem.fail_after == 0;
    mem_fail_after(&nx, 0);
    if (ok) ck_assert_msg(nx.abort == ABORT_NONE, "%s: result past a failed allocation", c->expr);
    else ck_assert(nx.abort != ABORT_NONE || is_exception(nx.exc));
    nx.abort = ABORT_NONE;
    exc_clear(&nx);
    return !reached;
}

#define TY_TABLE_TEST(name)                                                   \
    START_TEST(test_typing_##name) {                                          \
        ty_check(&name##_cases[_i]);                                          \
    }                                                                         \
    END_TEST                                                                  \
    START_TEST(test_typing_##name##_alloc_failures) {                         \
        for (uint64_t n = 1; !ty_run_failing(&name##_cases[_i], n); n++) {    \
            ty_teardown();                                                    \
            ty_setup();                                                       \
        }                                                                     \
    }                                                                         \
    END_TEST

#define TY_TABLES(X)                                                                          \
    X(forms) X(unions) X(operators) X(aliases) X(tuples_callables) X(literals) X(single)      \
    X(typevars) X(substitution) X(builtin_generics) X(functions)
TY_TABLES(TY_TABLE_TEST)

START_TEST(test_typing_union_args_for_isinstance) {
    Value u;
    Eval e = {"int | str | None"};
    ck_assert(ev_expr(&e, &u));
    const ObjTuple *args = mod_typing_union_args(num_keep(u));
    ck_assert_ptr_nonnull(args);
    ck_assert_uint_eq(args->len, 3);
    ck_assert_ptr_eq(args->items[0].as.obj, &type_int.base);
    ck_assert_ptr_eq(args->items[2].as.obj, &type_none.base);
    ck_assert_ptr_null(mod_typing_union_args(v_obj((Obj *)&type_int)));
}
END_TEST

START_TEST(test_typing_mro_entries_name_real_bases) {
    static const struct {
        const char *expr;
        const ObjType *base;
    } rows[] = {{"List[int]", &type_list}, {"list[int]", &type_list}, {"Dict[str, int]", &type_dict},
                {"Generic[T]", &type_object}, {"Protocol", &type_object}, {"Protocol[T]", &type_object},
                {"Generic", &type_object}, {"TypedDict", &type_dict}, {"NamedTuple", &type_tuple},
                {"int", &type_int}};
    for (size_t k = 0; k < sizeof rows / sizeof *rows; k++) {
        Value v;
        Eval e = {rows[k].expr};
        ck_assert(ev_expr(&e, &v));
        ck_assert_msg(mod_typing_mro_entry(num_keep(v)).as.obj == &rows[k].base->base, "%s", rows[k].expr);
    }
}
END_TEST

#define TY_TABLE_ADD(name)                                                                   \
    tcase_add_loop_test(tc, test_typing_##name, 0,                                           \
                        (int)(sizeof name##_cases / sizeof *name##_cases));                  \
    tcase_add_loop_test(sweep, test_typing_##name##_alloc_failures, 0,                       \
                        (int)(sizeof name##_cases / sizeof *name##_cases));

Suite *mod_typing_suite(void) {
    Suite *s = suite_create("mod_typing");
    TCase *tc = tcase_create("cpython");
    TCase *sweep = tcase_create("alloc_failures");
    tcase_add_checked_fixture(tc, ty_setup, ty_teardown);
    tcase_add_checked_fixture(sweep, ty_setup, ty_teardown);
    TY_TABLES(TY_TABLE_ADD)
    tcase_add_test(tc, test_typing_union_args_for_isinstance);
    tcase_add_test(tc, test_typing_mro_entries_name_real_bases);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, sweep);
    return s;
}
