// set and frozenset: CPython's table order for ints (direct adds, merges, removals), the
// frozenset hash, set operations, and CPython's errors. Orders and hashes are 64-bit CPython's.
#include "container_fixture.h"
#include "interp/obj_set.h"
#include "parser/ast.h"

// A set (or frozenset) holding items[0..n) added one by one, rooted.
static Value set_of(const int64_t *items, size_t n, bool frozen) {
    Obj *s = set_new(&fx, frozen);
    ck_assert_ptr_nonnull(s);
    fx_keep(v_obj(s));
    for (size_t k = 0; k < n; k++) ck_assert(set_add(&fx, s, v_int(items[k])));
    return v_obj(s);
}

static const struct {
    int64_t items[8];
    size_t n;
    const char *added;  // {x for x in items}
    const char *literal;  // {items...}: 3.14 compiles a frozenset constant merged into set()
} order_cases[] = {
    {{3, 1, 2, 100, 17}, 5, "{1, 2, 3, 100, 17}", "{1, 2, 3, 100, 17}"},
    {{1000, 2000, 3000, 17, 33, 49, 65},
     7,
     "{33, 65, 1000, 2000, 17, 49, 3000}",
     "{2000, 33, 65, 17, 49, 3000, 1000}"},
    {{-1, -2, 0, 7, 8}, 5, "{0, 7, 8, -2, -1}", "{0, -1, 7, 8, -2}"},
    {{10, 20, 30, 40, 50, 60}, 6, "{40, 10, 50, 20, 60, 30}", "{50, 20, 40, 10, 60, 30}"},
    {{5, 3, 8, 1, 9, 2}, 6, "{1, 2, 3, 5, 8, 9}", "{1, 2, 3, 5, 8, 9}"},
    {{1, 1, 1}, 3, "{1}", "{1}"},
};

START_TEST(test_set_iterates_in_cpython_table_order) {
    Value direct = set_of(order_cases[_i].items, order_cases[_i].n, false);
    ck_assert_str_eq(fx_repr(direct), order_cases[_i].added);
    Value items[8];
    for (size_t k = 0; k < order_cases[_i].n; k++) items[k] = v_int(order_cases[_i].items[k]);
    Obj *s = set_new(&fx, false);
    fx_keep(v_obj(s));
    ck_assert(set_update_literal(&fx, s, items, order_cases[_i].n));
    ck_assert_str_eq(fx_repr(v_obj(s)), order_cases[_i].literal);
    // frozenset(that set) keeps its order
    Obj *f = set_from_iterable(&fx, v_obj(s), true);
    char want[96];
    snprintf(want, sizeof want, "frozenset(%s)", order_cases[_i].literal);
    ck_assert_str_eq(fx_repr(fx_keep(v_obj(f))), want);
}
END_TEST

START_TEST(test_set_order_after_discards_and_resizes) {
    int64_t items[20];
    for (int k = 0; k < 20; k++) items[k] = k;
    Value s = set_of(items, 20, false);
    bool found;
    for (int k = 0; k < 20; k += 3) ck_assert(set_discard(&fx, s.as.obj, v_int(k), &found));
    ck_assert(set_add(&fx, s.as.obj, v_int(100)));
    ck_assert(set_add(&fx, s.as.obj, v_int(3)));
    ck_assert_str_eq(fx_repr(s), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 3, 19, 100}");
    int64_t more[] = {7, 15, 23, 31, 39};
    Value t = set_of(more, 5, false);
    ck_assert(set_discard(&fx, t.as.obj, v_int(15), &found) && found);
    ck_assert(set_add(&fx, t.as.obj, v_int(47)));  // reuses the last dummy on its path
    ck_assert_str_eq(fx_repr(t), "{39, 7, 47, 23, 31}");
}
END_TEST

START_TEST(test_set_pop_resumes_after_the_last_popped_slot) {
    int64_t items[] = {0, 1, 2, 3, 4};
    Value s = set_of(items, 5, false), out;
    ck_assert_str_eq(fx_result(fx_call_method(s, "pop", 0, NULL, &out), out), "0");
    ck_assert_str_eq(fx_result(fx_call_method(s, "pop", 0, NULL, &out), out), "1");
    ck_assert_str_eq(fx_repr(s), "{2, 3, 4}");
    Value empty = set_of(items, 0, false);
    ck_assert_str_eq(fx_result(fx_call_method(empty, "pop", 0, NULL, &out), out),
                     "!! KeyError: 'pop from an empty set'");
}
END_TEST

static const struct {
    int64_t items[4];
    size_t n;
    int64_t hash;
} hash_cases[] = {
    {{0}, 0, 133146708735736},
    {{1, 2}, 2, -1826646154956904602},
    {{1}, 1, -558064481276695278},
};

START_TEST(test_frozenset_hash_matches_cpython) {
    int64_t h;
    ck_assert(ops_hash(&fx, set_of(hash_cases[_i].items, hash_cases[_i].n, true), &h));
    ck_assert_int_eq(h, hash_cases[_i].hash);
}
END_TEST

START_TEST(test_frozenset_hash_ignores_order_and_history) {
    int64_t items[100];
    for (int k = 0; k < 100; k++) items[k] = 99 - k;
    int64_t h, h2;
    Value f = set_of(items, 100, true);
    ck_assert(ops_hash(&fx, f, &h));
    ck_assert_int_eq(h, 4411996150312757951);  // hash(frozenset(range(100)))
    Value g = set_of(items, 100, true);
    bool found;
    ck_assert(set_add(&fx, g.as.obj, v_int(1000)) &&
              set_discard(&fx, g.as.obj, v_int(1000), &found));
    ck_assert(ops_hash(&fx, g, &h2));
    ck_assert_int_eq(h, h2);
    ck_assert(ops_hash(&fx, set_of(items, 0, false), &h) == false);
    ck_assert_str_eq(fx_error(), "TypeError: unhashable type: 'set'");
}
END_TEST

// a <op> b for two small int sets, printed.
static const char *set_op(const int64_t *a, size_t na, const int64_t *b, size_t nb, int op) {
    Value x = set_of(a, na, false), y = set_of(b, nb, false), out;
    return fx_result(ops_binary(&fx, x, y, op, &out), out);
}

START_TEST(test_set_operators) {
    int64_t a[] = {1, 2, 3}, b[] = {2, 3, 4};
    ck_assert_str_eq(set_op(a, 3, b, 3, AST_OP_BITOR), "{1, 2, 3, 4}");
    ck_assert_str_eq(set_op(a, 3, b, 3, AST_OP_BITAND), "{2, 3}");
    ck_assert_str_eq(set_op(a, 3, b, 3, AST_OP_SUB), "{1}");
    ck_assert_str_eq(set_op(a, 3, b, 3, AST_OP_BITXOR), "{1, 4}");
    int64_t big[50], other[50];
    for (int k = 0; k < 50; k++) big[k] = k, other[k] = k + 25;
    ck_assert_str_eq(set_op(big, 50, other, 50, AST_OP_BITXOR),
                     "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, "
                     "21, 22, 23, 24, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, "
                     "65, 66, 67, 68, 69, 70, 71, 72, 73, 74}");
    int64_t small[] = {1, 2}, pow2[] = {64, 128};
    ck_assert_str_eq(set_op(small, 2, pow2, 2, AST_OP_BITOR), "{64, 1, 2, 128}");
    Value out;
    ck_assert_str_eq(
        fx_result(ops_binary(&fx, set_of(a, 3, false), fx_ints(1, 1), AST_OP_BITOR, &out), out),
        "!! TypeError: unsupported operand type(s) for |: 'set' and 'list'");
}
END_TEST

START_TEST(test_set_result_kind_follows_left_operand) {
    int64_t a[] = {1}, b[] = {2};
    Value f = set_of(a, 1, true), s = set_of(b, 1, false), out;
    ck_assert_str_eq(fx_result(ops_binary(&fx, f, s, AST_OP_BITOR, &out), out),
                     "frozenset({1, 2})");
    ck_assert_str_eq(fx_result(ops_binary(&fx, s, f, AST_OP_BITOR, &out), out), "{1, 2}");
    ck_assert_str_eq(fx_repr(set_of(a, 0, true)), "frozenset()");
    ck_assert_str_eq(fx_repr(set_of(a, 0, false)), "set()");
}
END_TEST

START_TEST(test_set_compare) {
    int64_t a[] = {1, 2}, b[] = {1, 2, 3};
    Value x = set_of(a, 2, false), y = set_of(b, 3, true), out;
    ck_assert(ops_compare(&fx, x, y, AST_CMP_LT, &out) && out.as.b);
    ck_assert(ops_compare(&fx, y, x, AST_CMP_GE, &out) && out.as.b);
    ck_assert(ops_compare(&fx, x, y, AST_CMP_EQ, &out) && !out.as.b);
    ck_assert(ops_compare(&fx, x, set_of(a, 2, true), AST_CMP_EQ, &out) && out.as.b);
    ck_assert(ops_compare(&fx, x, x, AST_CMP_GT, &out) && !out.as.b);
}
END_TEST

START_TEST(test_set_unhashable_elements) {
    Obj *s = set_new(&fx, false);
    fx_keep(v_obj(s));
    ck_assert(!set_add(&fx, s, fx_ints(0)));
    ck_assert_str_eq(fx_error(),
                     "TypeError: cannot use 'list' as a set element (unhashable type: 'list')");
    bool in;
    ck_assert(!set_contains(&fx, s, fx_tuple(1, fx_ints(0)), &in));
    ck_assert_str_eq(fx_error(),
                     "TypeError: cannot use 'tuple' as a set element (unhashable type: 'list')");
    // a set key is looked up as the equal frozenset
    int64_t one[] = {1};
    ck_assert(set_add(&fx, s, set_of(one, 1, true)));
    ck_assert(set_contains(&fx, s, set_of(one, 1, false), &in) && in);
}
END_TEST

START_TEST(test_set_iterator_detects_size_change) {
    int64_t a[] = {1, 2};
    Value s = set_of(a, 2, false), it, item;
    ck_assert(ops_iter(&fx, s, &it));
    fx_keep(it);
    ck_assert_int_eq(ops_next(&fx, it, &item), ITER_ITEM);
    ck_assert(set_add(&fx, s.as.obj, v_int(5)));
    ck_assert_int_eq(ops_next(&fx, it, &item), ITER_ERROR);
    ck_assert_str_eq(fx_error(), "RuntimeError: Set changed size during iteration");
    ck_assert_int_eq(ops_next(&fx, it, &item), ITER_ERROR);  // sticky
    exc_clear(&fx);
}
END_TEST

START_TEST(test_set_survives_collection) {
    int64_t items[300];
    for (int k = 0; k < 300; k++) items[k] = k * 7;
    Value s = set_of(items, 300, false);
    gc_collect(&fx);
    bool in;
    ck_assert(set_contains(&fx, s.as.obj, v_int(7 * 299), &in) && in);
    ck_assert_uint_eq(as_set(s)->used, 300);
}
END_TEST

Suite *obj_set_suite(void) {
    Suite *s = suite_create("obj_set");
    TCase *tc = tcase_create("set");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_loop_test(tc, test_set_iterates_in_cpython_table_order, 0,
                        sizeof order_cases / sizeof *order_cases);
    tcase_add_test(tc, test_set_order_after_discards_and_resizes);
    tcase_add_test(tc, test_set_pop_resumes_after_the_last_popped_slot);
    tcase_add_loop_test(tc, test_frozenset_hash_matches_cpython, 0,
                        sizeof hash_cases / sizeof *hash_cases);
    tcase_add_test(tc, test_frozenset_hash_ignores_order_and_history);
    tcase_add_test(tc, test_set_operators);
    tcase_add_test(tc, test_set_result_kind_follows_left_operand);
    tcase_add_test(tc, test_set_compare);
    tcase_add_test(tc, test_set_unhashable_elements);
    tcase_add_test(tc, test_set_iterator_detects_size_change);
    tcase_add_test(tc, test_set_survives_collection);
    suite_add_tcase(s, tc);
    return s;
}
