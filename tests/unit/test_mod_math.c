// math: every row of test_mod_math_table.h (computed by CPython 3.14, test_mod_math_gen.py)
// through the module's functions, with the collector running at every allocation; each row
// again with each of its allocations failing in turn; and the C helpers the module exports.
#include <float.h>

#include "test_obj_num.h"

#include "interp/mod_math.h"
#include "interp/modules.h"
#include "interp/obj_dict.h"
#include "interp/obj_list.h"
#include "interp/obj_range.h"
#include "interp/obj_tuple.h"

#include "test_mod_math_table.h"

static Value mm_math;

static void mm_setup(void) {
    num_setup();
    Value name = num_str("math");
    ck_assert(modules_import(&nx, name.as.obj, &mm_math));
}

static void mm_teardown(void) {
    num_teardown();
}

static Value mm_item(const char **p);

// The items of a [..] or (..) display up to its closing bracket, as a list.
static Value mm_items(const char **p, char close) {
    Obj *l = list_new(&nx, 0);
    ck_assert_ptr_nonnull(l);
    Value list = num_keep(v_obj(l));
    while (**p != close) {
        if (**p == ',' || **p == ' ') {
            (*p)++;
            continue;
        }
        ck_assert(list_append_obj(&nx, l, mm_item(p)));
    }
    (*p)++;
    return list;
}

// One literal of a row, or a (nested) list or tuple display of them.
static Value mm_item(const char **p) {
    char tok[16384];
    size_t n = 0;
    if (**p == '[' || **p == '(') {
        char close = **p == '[' ? ']' : ')';
        (*p)++;
        Value list = mm_items(p, close);
        if (close == ']') return list;
        Obj *t = tuple_from_iterable(&nx, list);
        ck_assert_ptr_nonnull(t);
        return num_keep(v_obj(t));
    }
    while (**p && **p != ',' && **p != ']' && **p != ')' && n + 1 < sizeof tok) tok[n++] = *(*p)++;
    tok[n] = '\0';
    return num_literal(tok);
}

static Value mm_literal(const char *t) {
    return mm_item(&t);
}

// Calls math.<fn>(args...): "name:kw" passes the last argument as keyword kw.
static bool mm_call(const NumCase *c, Value *args, uint32_t n, Value *out) {
    char name[64];
    snprintf(name, sizeof name, "%s", c->op);
    char *kw = strchr(name, ':');
    if (kw) *kw++ = '\0';
    Value f;
    ck_assert(ops_getattr(&nx, mm_math, num_str(name).as.obj, &f));
    Obj *kwname = kw ? num_str(kw).as.obj : NULL;
    Args a = {.pos = args, .npos = kw ? n - 1 : n, .nkw = kw ? 1 : 0,
              .kwvalues = kw ? &args[n - 1] : NULL, .kwnames = kw ? &kwname : NULL};
    return ops_call(&nx, f, &a, out);
}

static uint32_t mm_args(const NumCase *c, Value *args) {
    const char *lits[3] = {c->a, c->b, c->c};
    uint32_t n = 0;
    while (n < 3 && lits[n][0]) {
        args[n] = mm_literal(lits[n]);
        n++;
    }
    return n;
}

static void mm_check(const NumCase *c) {
    Value args[3], out, rep;
    char text[8192];
    const char *got;
    uint32_t n = mm_args(c, args);
    if (mm_call(c, args, n, &out)) {
        num_keep(out);
        ck_assert(ops_repr_value(&nx, out, &rep));
        got = as_str(rep)->data;
    } else {
        got = num_error_text(text, sizeof text);
    }
    ck_assert_msg(!strcmp(got, c->expected), "math.%s(%s, %s, %s): got %s, want %s", c->op, c->a,
                  c->b, c->c, got, c->expected);
}

// Row c with its n-th allocation failing: a clean failure, the roots as they were; true once
// the row ran without reaching its n-th allocation.
static bool mm_run_failing(const NumCase *c, uint64_t n) {
    Value args[3], out;
    uint32_t count = mm_args(c, args);
    Value f;
    char name[64];
    snprintf(name, sizeof name, "%s", c->op);
    if (strchr(name, ':')) return true;  // keyword rows: their names are allocations too
    ck_assert(ops_getattr(&nx, mm_math, num_str(name).as.obj, &f));
    uint32_t roots = nx.root_count;
    mem_fail_after(&nx, n);
    bool ok = ops_call(&nx, f, &(Args){.pos = args, .npos = count}, &out);
    bool reached = nx.mem.fail_after == 0;
    mem_fail_after(&nx, 0);
    ck_assert_msg(nx.root_count == roots, "math.%s: roots %u, want %u", c->op, nx.root_count,
                  roots);
    if (ok) ck_assert_msg(nx.abort == ABORT_NONE, "math.%s: result past a failed allocation", c->op);
    else ck_assert(nx.abort != ABORT_NONE || is_exception(nx.exc));
    nx.abort = ABORT_NONE;
    exc_clear(&nx);
    return !reached;
}

#define MM_TABLE_TEST(name)                                                   \
    START_TEST(test_math_##name) {                                            \
        mm_check(&name##_cases[_i]);                                          \
    }                                                                         \
    END_TEST                                                                  \
    START_TEST(test_math_##name##_alloc_failures) {                           \
        for (uint64_t n = 1; !mm_run_failing(&name##_cases[_i], n); n++) {    \
            mm_teardown();                                                    \
            mm_setup();                                                       \
        }                                                                     \
    }                                                                         \
    END_TEST

#define MM_TABLES(X)                                                                          \
    X(one_float) X(gamma) X(log) X(two_floats) X(float_parts) X(isclose) X(nextafter)         \
    X(sequences) X(integers) X(arity)
MM_TABLES(MM_TABLE_TEST)

START_TEST(test_math_int_frexp_rounds_half_even) {
    int64_t e;
    // 2**60 + 2**7: exactly between two doubles, ties to the even mantissa (down)
    Value tie = num_literal("1152921504606847104");
    ck_assert(mod_math_int_frexp(tie, &e) == 0.5 && e == 61);
    // 2**60 + 2**7 + 1: just above the tie, rounds up
    Value above = num_literal("1152921504606847105");
    ck_assert(mod_math_int_frexp(above, &e) == 0.5 + 0x1p-53 && e == 61);
    // 2**64 - 1 rounds up to 2**64: the mantissa carries into the exponent
    Value carry = num_literal("18446744073709551615");
    ck_assert(mod_math_int_frexp(carry, &e) == 0.5 && e == 65);
    Value neg = num_literal("-1267650600228229401496703205377");
    ck_assert(mod_math_int_frexp(neg, &e) == -0.5 && e == 101);
    ck_assert(mod_math_int_frexp(v_int(3), &e) == 0.75 && e == 2);
}
END_TEST

START_TEST(test_math_gamma_reports_poles_and_overflow) {
    int err;
    ck_assert(mod_math_tgamma(5.0, &err) == 24.0 && err == 0);
    ck_assert(isnan(mod_math_tgamma(-3.0, &err)) && err == 1);
    ck_assert(isinf(mod_math_tgamma(172.0, &err)) && err == 2);
    ck_assert(mod_math_lgamma(1.0, &err) == 0.0 && err == 0);
    ck_assert(isinf(mod_math_lgamma(0.0, &err)) && err == 1);
    ck_assert(isinf(mod_math_lgamma(DBL_MAX, &err)) && err == 2);
}
END_TEST

START_TEST(test_math_module_has_every_name) {
    static const char *const names[] = {
        "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb",
        "copysign", "cos", "cosh", "degrees", "dist", "e", "erf", "erfc", "exp", "exp2",
        "expm1", "fabs", "factorial", "floor", "fma", "fmod", "frexp", "fsum", "gamma", "gcd",
        "hypot", "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp",
        "lgamma", "log", "log10", "log1p", "log2", "modf", "nan", "nextafter", "perm", "pi",
        "pow", "prod", "radians", "remainder", "sin", "sinh", "sqrt", "sumprod", "tan", "tanh",
        "tau", "trunc", "ulp"};
    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
        Value v;
        ck_assert_msg(ops_getattr(&nx, mm_math, num_str(names[k]).as.obj, &v), "no math.%s",
                      names[k]);
    }
    ck_assert_uint_eq(dict_len(module_dict(mm_math.as.obj)), sizeof names / sizeof *names);
}
END_TEST

START_TEST(test_math_loops_stop_at_the_time_limit) {
    static const char *const names[] = {"fsum", "prod", "sumprod"};
    for (size_t k = 0; k < 3; k++) {
        Value n = v_int(1000000000), range, f, out;
        ck_assert(type_range.construct(&nx, v_obj((Obj *)&type_range), &(Args){.pos = &n, .npos = 1}, &range));
        num_keep(range);
        Value args[2] = {range, range};
        ck_assert(ops_getattr(&nx, mm_math, num_str(names[k]).as.obj, &f));
        nx.deadline_ns = 1;  // long past
        ck_assert(!ops_call(&nx, f, &(Args){.pos = args, .npos = k == 2 ? 2 : 1}, &out));
        ck_assert_int_eq(nx.abort, ABORT_DURATION);
        nx.abort = ABORT_NONE;
        nx.deadline_ns = 0;
    }
}
END_TEST

#define MM_TABLE_ADD(name)                                                                   \
    tcase_add_loop_test(tc, test_math_##name, 0,                                             \
                        (int)(sizeof name##_cases / sizeof *name##_cases));                  \
    tcase_add_loop_test(sweep, test_math_##name##_alloc_failures, 0,                         \
                        (int)(sizeof name##_cases / sizeof *name##_cases));

Suite *mod_math_suite(void) {
    Suite *s = suite_create("mod_math");
    TCase *tc = tcase_create("cpython");
    TCase *sweep = tcase_create("alloc_failures");
    tcase_add_checked_fixture(tc, mm_setup, mm_teardown);
    tcase_add_checked_fixture(sweep, mm_setup, mm_teardown);
    MM_TABLES(MM_TABLE_ADD)
    tcase_add_test(tc, test_math_int_frexp_rounds_half_even);
    tcase_add_test(tc, test_math_gamma_reports_poles_and_overflow);
    tcase_add_test(tc, test_math_module_has_every_name);
    tcase_add_test(tc, test_math_loops_stop_at_the_time_limit);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, sweep);
    return s;
}
