// The C API end to end: compile and run small programs, check the result or the error.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/builtins.h"
#include "interp/run.h"
#include "moat.h"
#include "suites.h"

static const struct {
    const char *src, *result, *error;
} rows[] = {
    {"1 + 2\n", "3", NULL},
    {"x = [i * i for i in range(4)]\nx\n", "[0, 1, 4, 9]", NULL},
    {"def f(a, b=2):\n    return a * b\nf(3) + f(1, b=5)\n", "11", NULL},
    {"def g():\n    yield 1\n    yield 2\nlist(g())\n", "[1, 2]", NULL},
    {"try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    r = str(e)\nr\n", "'division by zero'", NULL},
    {"def f():\n    try:\n        return 1\n    finally:\n        print('x')\nf()\n", "1", NULL},
    {"2 ** 100\n", "1267650600228229401496703205376", NULL},
    {"{'a': 1, **{'b': 2}}\n", "{'a': 1, 'b': 2}", NULL},
    {"a, *b = 1, 2, 3\nb\n", "[2, 3]", NULL},
    {"def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n"
     "    inc()\n    return inc()\nouter()\n", "2", NULL},
    {"f'{3.5:>6.2f}|{\"a\"!r}'\n", "\"  3.50|'a'\"", NULL},
    {"sorted(['b', 'A', 'c'], key=str.lower)\n", "['A', 'b', 'c']", NULL},
    {"x = undefined_name\n", NULL, "NameError"},
    {"[1][5]\n", NULL, "IndexError"},
    {"def f():\n    f()\nf()\n", NULL, "RecursionError"},
    {"import os\n", NULL, "ModuleNotFoundError"},
    {"print 'x'\n", NULL, "SyntaxError"},
    {"while True:\n    pass\n", NULL, "LimitError"},
};

static void discard(void *ctx, const char *data, size_t len) {
    (void)ctx;
    (void)data;
    (void)len;
}

START_TEST(test_program_runs_to_expected_outcome) {
    MoatProgram *p;
    ck_assert_int_eq(moat_compile(rows[_i].src, strlen(rows[_i].src), "t.py", &p), MOAT_OK);
    MoatRunOptions o;
    moat_run_options_init(&o);
    o.limits.max_duration = 0.2;
    o.print = discard;
    MoatProgress *pr;
    ck_assert_int_eq(moat_start(p, &o, &pr), MOAT_OK);
    if (rows[_i].result) {
        ck_assert_msg(moat_progress_kind(pr) == MOAT_PROGRESS_DONE, "row %d failed: %s", _i,
                      moat_progress_kind(pr) == MOAT_PROGRESS_ERROR
                          ? moat_progress_error_traceback(pr) : "");
        ck_assert_str_eq(moat_progress_result_repr(pr), rows[_i].result);
    } else {
        ck_assert_int_eq(moat_progress_kind(pr), MOAT_PROGRESS_ERROR);
        ck_assert_str_eq(moat_progress_error_type(pr), rows[_i].error);
    }
    moat_progress_free(pr);
    moat_program_free(p);
}
END_TEST

START_TEST(test_memory_limit_stops_a_growing_list) {
    const char *src = "x = []\nwhile True:\n    x.append([0] * 1000)\n";
    MoatProgram *p;
    ck_assert_int_eq(moat_compile(src, strlen(src), "t.py", &p), MOAT_OK);
    MoatRunOptions o;
    moat_run_options_init(&o);
    o.limits.max_memory = 8u << 20;
    MoatProgress *pr;
    ck_assert_int_eq(moat_start(p, &o, &pr), MOAT_OK);
    ck_assert_int_eq(moat_progress_kind(pr), MOAT_PROGRESS_ERROR);
    ck_assert(moat_progress_error_is_limit(pr));
    ck_assert_str_eq(moat_progress_error_message(pr), "memory limit exceeded");
    moat_progress_free(pr);
    moat_program_free(p);
}
END_TEST

// if x == 0: pass / elif x == 1: pass / ... as one chain of n branches; the caller frees it.
static char *elif_chain_source(int n) {
    size_t cap = 64 + (size_t)n * 32;
    char *src = malloc(cap);
    ck_assert_ptr_nonnull(src);
    size_t len = (size_t)snprintf(src, cap, "x = %d\nif x == 0:\n    pass\n", n - 1);
    for (int k = 1; k < n; k++) {
        len += (size_t)snprintf(src + len, cap - len, "elif x == %d:\n    y = %d\n", k, k);
    }
    snprintf(src + len, cap - len, "y\n");
    return src;
}

START_TEST(test_long_elif_chain_compiles_without_recursing) {
    char *src = elif_chain_source(100000);
    MoatProgram *p;
    ck_assert_int_eq(moat_compile(src, strlen(src), "t.py", &p), MOAT_OK);
    free(src);
    MoatRunOptions o;
    moat_run_options_init(&o);
    MoatProgress *pr;
    ck_assert_int_eq(moat_start(p, &o, &pr), MOAT_OK);
    ck_assert_int_eq(moat_progress_kind(pr), MOAT_PROGRESS_DONE);
    ck_assert_str_eq(moat_progress_result_repr(pr), "99999");
    moat_progress_free(pr);
    moat_program_free(p);
}
END_TEST

// A construct the compiler gives up on halfway leaves unbalanced code behind: compiling
// must still end, with the error.
START_TEST(test_comprehension_of_65_fors_fails_to_compile_promptly) {
    char src[2048];
    size_t len = (size_t)snprintf(src, sizeof src, "x = [1");
    for (int k = 0; k < 65; k++) len += (size_t)snprintf(src + len, sizeof src - len, " for a%d in [1]", k);
    snprintf(src + len, sizeof src - len, "]\n");
    MoatProgram *p;
    ck_assert_int_eq(moat_compile(src, strlen(src), "t.py", &p), MOAT_OK);
    ck_assert_uint_eq(moat_program_diagnostic_count(p), 1);
    moat_program_free(p);
}
END_TEST

START_TEST(test_builtins_table_is_sorted_for_binary_search) {
    const char *prev = NULL, *name;
    for (size_t k = 0; (name = builtins_name_at(k)); k++) {
        if (prev) ck_assert_msg(strcmp(prev, name) < 0, "'%s' before '%s'", prev, name);
        ck_assert(builtins_has(name));
        prev = name;
    }
    ck_assert(!builtins_has("open"));
    ck_assert(!builtins_has("eval"));
    ck_assert(!builtins_has("__import__"));
}
END_TEST

// id(), reprs and identity hashes show a keyed bijection of addresses, never an address.
START_TEST(test_object_ids_hide_addresses) {
    RunConfig cfg = {0};
    Run *r = run_new(&cfg), *r2 = run_new(&cfg);
    ck_assert(r && r2);
    static char objects[4096];
    uint64_t seen[256];
    for (int k = 0; k < 256; k++) {
        const void *o = objects + 16 * k;
        uint64_t id = run_object_id(r, o);
        ck_assert(id != (uint64_t)(uintptr_t)o && id < (UINT64_C(1) << 63));
        ck_assert(id == run_object_id(r, o));   // stable
        ck_assert(id != run_object_id(r2, o));  // keyed per run
        for (int j = 0; j < k; j++) ck_assert(seen[j] != id);  // unique
        seen[k] = id;
    }
    run_free(r);
    run_free(r2);
}
END_TEST

Suite *run_suite(void) {
    Suite *s = suite_create("run");
    TCase *tc = tcase_create("programs");
    tcase_add_loop_test(tc, test_program_runs_to_expected_outcome, 0, (int)(sizeof rows / sizeof *rows));
    tcase_add_test(tc, test_memory_limit_stops_a_growing_list);
    tcase_add_test(tc, test_long_elif_chain_compiles_without_recursing);
    tcase_add_test(tc, test_comprehension_of_65_fors_fails_to_compile_promptly);
    tcase_add_test(tc, test_builtins_table_is_sorted_for_binary_search);
    tcase_add_test(tc, test_object_ids_hide_addresses);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}
