#include <string.h>

#include "interp/obj_bytes.h"
#include "interp/obj_bytes_methods.h"
#include "interp/obj_str.h"
#include "suites.h"
#include "test_obj_bytes_table.h"
#include "test_obj_str_cases.h"

static Run *r;
static void setup(void) { r = str_case_run_new(); }
static void teardown(void) { str_case_run_free(r); }

#define CASE_COUNT(t) ((int)(sizeof t / sizeof t[0]))

static void check_case(const StrCase *c) {
    const char *got = str_case_eval(r, c);
    ck_assert_msg(strcmp(got, c->expected) == 0, "%s | %s | %s: expected %s, got %s", c->a, c->b,
                  c->args, c->expected, got);
    ck_assert_msg(str_case_roots_balanced(), "%s | %s | %s: roots left pushed", c->a, c->b, c->args);
}

START_TEST(test_bytes_methods_match_cpython) {
    check_case(&bytes_method_cases[_i]);
}
END_TEST

START_TEST(test_bytes_operators_match_cpython) {
    check_case(&bytes_op_cases[_i]);
}
END_TEST

START_TEST(test_bytes_method_table_is_sorted) {
    for (int k = 1; k < BYTES_METHOD_COUNT; k++) {
        ck_assert_msg(strcmp(bytes_methods[k - 1].name, bytes_methods[k].name) < 0, "%s",
                      bytes_methods[k].name);
    }
}
END_TEST

START_TEST(test_bytes_static_init_precomputes_hash) {
    char mem[64];
    ObjBytes *b = (ObjBytes *)bytes_init_static(mem, "ab\0c", 4);
    ck_assert_uint_eq(b->len, 4);
    ck_assert_int_eq(b->hash, str_hash_bytes("ab\0c", 4));
    ck_assert_uint_eq(b->base.flags & OBJ_STATIC, OBJ_STATIC);
    ck_assert_ptr_eq(bytes_new(r, "", 0), bytes_empty());
}
END_TEST

START_TEST(test_bytes_zeros_past_the_memory_limit_are_refused) {
    r->mem.limits.max_bytes = 1 << 20;
    static const StrCase c = {'F', "bytes", "", "100000000", NULL};
    ck_assert_str_eq(str_case_eval(r, &c), "<limit>");
    ck_assert_int_eq(r->abort, ABORT_MEMORY);
}
END_TEST

START_TEST(test_bytes_method_cases_survive_allocation_failures) {
    const char *why = str_case_fail_sweep(&bytes_method_cases[_i]);
    ck_assert_msg(why == NULL, "%s | %s | %s: %s", bytes_method_cases[_i].a, bytes_method_cases[_i].b, bytes_method_cases[_i].args, why);
}
END_TEST

START_TEST(test_bytes_op_cases_survive_allocation_failures) {
    const char *why = str_case_fail_sweep(&bytes_op_cases[_i]);
    ck_assert_msg(why == NULL, "%s | %s | %s: %s", bytes_op_cases[_i].a, bytes_op_cases[_i].b, bytes_op_cases[_i].args, why);
}
END_TEST

Suite *obj_bytes_suite(void) {
    Suite *s = suite_create("obj_bytes");
    TCase *tc = tcase_create("cpython");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_bytes_methods_match_cpython, 0, CASE_COUNT(bytes_method_cases));
    tcase_add_loop_test(tc, test_bytes_operators_match_cpython, 0, CASE_COUNT(bytes_op_cases));
    tcase_add_test(tc, test_bytes_method_table_is_sorted);
    tcase_add_test(tc, test_bytes_static_init_precomputes_hash);
    tcase_add_test(tc, test_bytes_zeros_past_the_memory_limit_are_refused);
    suite_add_tcase(s, tc);
    tc = tcase_create("allocation failures");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_bytes_method_cases_survive_allocation_failures, 0, CASE_COUNT(bytes_method_cases));
    tcase_add_loop_test(tc, test_bytes_op_cases_survive_allocation_failures, 0, CASE_COUNT(bytes_op_cases));
    suite_add_tcase(s, tc);
    return s;
}
