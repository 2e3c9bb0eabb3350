// range: lengths (beyond INT64_MAX too), items, slices as ranges, O(1) membership, equality and
// hash, repr, and CPython's messages.
#include "container_fixture.h"
#include "interp/obj_range.h"
#include "interp/obj_slice.h"
#include "parser/ast.h"

static Value range_of(int64_t start, int64_t stop, int64_t step) {
    Obj *g = range_new(&fx, start, stop, step);
    ck_assert_ptr_nonnull(g);
    return fx_keep(v_obj(g));
}

static const struct {
    int64_t start, stop, step;
    const char *repr, *items;
    int64_t len;
} range_cases[] = {
    {0, 5, 1, "range(0, 5)", "[0, 1, 2, 3, 4]", 5},
    {2, 12, 4, "range(2, 12, 4)", "[2, 6, 10]", 3},
    {3, -4, -2, "range(3, -4, -2)", "[3, 1, -1, -3]", 4},
    {5, 5, 1, "range(5, 5)", "[]", 0},
    {5, 0, 1, "range(5, 0)", "[]", 0},
    {INT64_MAX - 2, INT64_MAX, 1, "range(9223372036854775805, 9223372036854775807)",
     "[9223372036854775805, 9223372036854775806]", 2},
    {INT64_MIN, INT64_MIN + 3, 2, "range(-9223372036854775808, -9223372036854775805, 2)",
     "[-9223372036854775808, -9223372036854775806]", 2},
};

START_TEST(test_range_repr_len_items) {
    Value g = range_of(range_cases[_i].start, range_cases[_i].stop, range_cases[_i].step), it;
    ck_assert_str_eq(fx_repr(g), range_cases[_i].repr);
    int64_t n;
    ck_assert(ops_len(&fx, g, &n));
    ck_assert_int_eq(n, range_cases[_i].len);
    ck_assert(ops_iter(&fx, g, &it));
    ck_assert_str_eq(fx_drain(fx_keep(it)), range_cases[_i].items);
}
END_TEST

START_TEST(test_range_huge_length) {
    Value g = range_of(INT64_MIN, INT64_MAX, 1);
    int64_t n;
    ck_assert(!ops_len(&fx, g, &n));
    ck_assert_str_eq(fx_error(), "OverflowError: Python int too large to convert to C ssize_t");
    bool t;
    ck_assert(ops_truthy(&fx, g, &t) && t);
    Value out;
    ck_assert_str_eq(fx_result(ops_getitem(&fx, g, v_int(-1), &out), out), "9223372036854775806");
    ck_assert(ops_contains(&fx, g, v_int(0), &t) && t);
    ck_assert(ops_contains(&fx, g, v_int(INT64_MAX), &t) && !t);
}
END_TEST

static const struct {
    int64_t sstart, sstop, sstep;
    bool none_start, none_stop, none_step;
    const char *want;
} slice_cases[] = {
    {1, 4, 0, false, false, true, "range(3, 12, 3)"},
    {0, 0, -1, true, true, false, "range(18, -3, -3)"},
    {0, 0, 2, true, true, false, "range(0, 21, 6)"},
    {10, 0, 0, false, true, true, "range(21, 21, 3)"},
    {5, 1, -1, false, false, false, "range(15, 3, -3)"},
};

START_TEST(test_range_slices_are_ranges) {
    Value g = range_of(0, 20, 3), out;
    Obj *s = slice_new(&fx, slice_cases[_i].none_start ? v_none() : v_int(slice_cases[_i].sstart),
                       slice_cases[_i].none_stop ? v_none() : v_int(slice_cases[_i].sstop),
                       slice_cases[_i].none_step ? v_none() : v_int(slice_cases[_i].sstep));
    ck_assert_str_eq(fx_result(ops_getitem(&fx, g, fx_keep(v_obj(s)), &out), out),
                     slice_cases[_i].want);
}
END_TEST

START_TEST(test_range_membership_is_arithmetic) {
    Value g = range_of(0, 20, 3);
    static const struct {
        Value x;
        bool in;
    } cases[] = {
        {FX_INT(3), true},     {FX_INT(4), false},     {FX_INT(21), false},    {FX_INT(-3), false},
        {FX_FLOAT(9.0), true}, {FX_FLOAT(9.5), false}, {FX_BOOL(false), true}, {FX_NONE, false},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        bool in;
        ck_assert(ops_contains(&fx, g, cases[k].x, &in));
        ck_assert_int_eq(in, cases[k].in);
    }
    Value out, args[1] = {v_int(9)};
    ck_assert_str_eq(fx_result(fx_call_method(g, "index", 1, args, &out), out), "3");
    ck_assert_str_eq(fx_result(fx_call_method(g, "count", 1, args, &out), out), "1");
    args[0] = v_int(10);
    ck_assert_str_eq(fx_result(fx_call_method(g, "index", 1, args, &out), out),
                     "!! ValueError: range.index(x): x not in range");
    args[0] = v_none();
    ck_assert_str_eq(fx_result(fx_call_method(g, "index", 1, args, &out), out),
                     "!! ValueError: sequence.index(x): x not in sequence");
}
END_TEST

START_TEST(test_range_equality_and_hash) {
    Value out;
    int64_t h1, h2;
    ck_assert(ops_compare(&fx, range_of(0, 0, 1), range_of(5, 5, 2), AST_CMP_EQ, &out) && out.as.b);
    ck_assert(ops_compare(&fx, range_of(0, 3, 2), range_of(0, 4, 2), AST_CMP_EQ, &out) && out.as.b);
    ck_assert(ops_compare(&fx, range_of(0, 1, 5), range_of(0, 1, 7), AST_CMP_EQ, &out) && out.as.b);
    ck_assert(ops_compare(&fx, range_of(0, 3, 1), range_of(0, 3, 2), AST_CMP_EQ, &out) &&
              !out.as.b);
    ck_assert(ops_hash(&fx, range_of(0, 1, 5), &h1) && ops_hash(&fx, range_of(0, 1, 7), &h2));
    ck_assert_int_eq(h1, h2);
    ck_assert(ops_hash(&fx, range_of(3, 0, 2), &h1) && ops_hash(&fx, range_of(5, 5, 1), &h2));
    ck_assert_int_eq(h1, h2);
    ck_assert(ops_hash(&fx, range_of(0, 6, 2), &h1));
    ck_assert(tuple_hash_items(&fx, (Value[]){v_int(3), v_int(0), v_int(2)}, 3, &h2));
    ck_assert_int_eq(h1, h2);
    ck_assert_str_eq(
        fx_result(ops_compare(&fx, range_of(0, 1, 1), range_of(0, 1, 1), AST_CMP_LT, &out), out),
        "!! TypeError: '<' not supported between instances of 'range' and 'range'");
}
END_TEST

START_TEST(test_range_constructor_messages) {
    Value out, args[4] = {v_int(1), v_int(2), v_int(0), v_int(4)};
    ck_assert_str_eq(fx_result(fx_construct(&type_range, 3, args, &out), out),
                     "!! ValueError: range() arg 3 must not be zero");
    ck_assert_str_eq(fx_result(fx_construct(&type_range, 0, args, &out), out),
                     "!! TypeError: range expected at least 1 argument, got 0");
    ck_assert_str_eq(fx_result(fx_construct(&type_range, 4, args, &out), out),
                     "!! TypeError: range expected at most 3 arguments, got 4");
    args[0] = v_float(1.5);
    ck_assert_str_eq(fx_result(fx_construct(&type_range, 1, args, &out), out),
                     "!! TypeError: 'float' object cannot be interpreted as an integer");
    args[0] = v_bool(true);
    ck_assert_str_eq(fx_result(fx_construct(&type_range, 2, args, &out), out), "range(1, 2)");
    ck_assert_str_eq(fx_result(ops_getitem(&fx, range_of(0, 3, 1), v_int(3), &out), out),
                     "!! IndexError: range object index out of range");
    ck_assert_str_eq(fx_result(ops_getitem(&fx, range_of(0, 3, 1), fx_str("a"), &out), out),
                     "!! TypeError: range indices must be integers or slices, not str");
}
END_TEST

START_TEST(test_range_reversed) {
    ck_assert_str_eq(fx_drain(fx_keep(v_obj(range_reversed(&fx, range_of(0, 10, 3))))),
                     "[9, 6, 3, 0]");
    ck_assert_str_eq(fx_drain(fx_keep(v_obj(range_reversed(&fx, range_of(5, 0, -2))))),
                     "[1, 3, 5]");
    ck_assert_str_eq(fx_drain(fx_keep(v_obj(range_reversed(&fx, range_of(0, 0, 1))))), "[]");
    ck_assert_str_eq(
        fx_drain(fx_keep(v_obj(range_reversed(&fx, range_of(INT64_MIN, INT64_MIN + 2, 1))))),
        "[-9223372036854775807, -9223372036854775808]");
}
END_TEST

Suite *obj_range_suite(void) {
    Suite *s = suite_create("obj_range");
    TCase *tc = tcase_create("range");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_loop_test(tc, test_range_repr_len_items, 0, sizeof range_cases / sizeof *range_cases);
    tcase_add_test(tc, test_range_huge_length);
    tcase_add_loop_test(tc, test_range_slices_are_ranges, 0,
                        sizeof slice_cases / sizeof *slice_cases);
    tcase_add_test(tc, test_range_membership_is_arithmetic);
    tcase_add_test(tc, test_range_equality_and_hash);
    tcase_add_test(tc, test_range_constructor_messages);
    tcase_add_test(tc, test_range_reversed);
    suite_add_tcase(s, tc);
    return s;
}
