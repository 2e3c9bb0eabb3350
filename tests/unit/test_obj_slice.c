// slice: CPython's index arithmetic (PySlice_Unpack + PySlice_AdjustIndices) on a table of
// cases checked against CPython 3.14's slice.indices, and the slice object itself.
#include "container_fixture.h"
#include "interp/obj_slice.h"
#include "parser/ast.h"

#define N FX_NONE
#define I(x) FX_INT(x)

static const struct {
    Value start, stop, step;
    int64_t len;
    int64_t want_start, want_stop, want_step, want_count;
} index_cases[] = {
    {N, N, N, 10, 0, 10, 1, 10},
    {I(1), I(10), I(2), 5, 1, 5, 2, 2},
    {N, N, I(-1), 4, 3, -1, -1, 4},
    {I(-3), N, N, 10, 7, 10, 1, 3},
    {I(-100), I(100), N, 3, 0, 3, 1, 3},
    {N, N, I(-2), 7, 6, -1, -2, 4},
    {I(5), I(1), I(-1), 3, 2, 1, -1, 1},
    {I(0), I(0), N, 0, 0, 0, 1, 0},
    {I(7), I(2), N, 10, 7, 2, 1, 0},
    {I(INT64_MAX), N, I(-1), 5, 4, -1, -1, 5},
    {N, N, I(INT64_MIN), 5, 4, -1, -INT64_MAX, 1},
    {N, I(-2), I(3), 10, 0, 8, 3, 3},
};

START_TEST(test_slice_indices_match_cpython) {
    Obj *s = slice_new(&fx, index_cases[_i].start, index_cases[_i].stop, index_cases[_i].step);
    int64_t start, stop, step, count;
    ck_assert(
        slice_indices(&fx, fx_keep(v_obj(s)), index_cases[_i].len, &start, &stop, &step, &count));
    ck_assert_int_eq(start, index_cases[_i].want_start);
    ck_assert_int_eq(stop, index_cases[_i].want_stop);
    ck_assert_int_eq(step, index_cases[_i].want_step);
    ck_assert_int_eq(count, index_cases[_i].want_count);
}
END_TEST

START_TEST(test_slice_indices_errors) {
    int64_t a, b, c, d;
    Obj *s = slice_new(&fx, v_none(), v_none(), v_int(0));
    ck_assert(!slice_indices(&fx, fx_keep(v_obj(s)), 3, &a, &b, &c, &d));
    ck_assert_str_eq(fx_error(), "ValueError: slice step cannot be zero");
    s = slice_new(&fx, fx_str("x"), v_none(), v_none());
    ck_assert(!slice_indices(&fx, fx_keep(v_obj(s)), 3, &a, &b, &c, &d));
    ck_assert_str_eq(
        fx_error(),
        "TypeError: slice indices must be integers or None or have an __index__ method");
}
END_TEST

START_TEST(test_slice_object) {
    Value out, args[3] = {v_int(1), v_none(), v_int(2)};
    ck_assert_str_eq(fx_result(fx_construct(&type_slice, 1, args, &out), out),
                     "slice(None, 1, None)");
    ck_assert_str_eq(fx_result(fx_construct(&type_slice, 3, args, &out), out), "slice(1, None, 2)");
    fx_keep(out);
    Value len[1] = {v_int(10)};
    ck_assert_str_eq(fx_result(fx_call_method(out, "indices", 1, len, &out), out), "(1, 10, 2)");
    ck_assert_str_eq(fx_result(fx_construct(&type_slice, 0, args, &out), out),
                     "!! TypeError: slice expected at least 1 argument, got 0");
    Value s = fx_keep(v_obj(slice_new(&fx, v_int(1), v_int(2), v_none())));
    len[0] = v_int(-1);
    ck_assert_str_eq(fx_result(fx_call_method(s, "indices", 1, len, &out), out),
                     "!! ValueError: length should not be negative");
    Value t = fx_keep(v_obj(slice_new(&fx, v_int(1), v_int(3), v_none())));
    ck_assert(ops_compare(&fx, s, t, AST_CMP_LT, &out) && out.as.b);
    int64_t h1, h2;
    ck_assert(ops_hash(&fx, s, &h1) &&
              tuple_hash_items(&fx, (Value[]){v_int(1), v_int(2), v_none()}, 3, &h2));
    ck_assert_int_eq(h1, h2);
}
END_TEST

Suite *obj_slice_suite(void) {
    Suite *s = suite_create("obj_slice");
    TCase *tc = tcase_create("slice");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_loop_test(tc, test_slice_indices_match_cpython, 0,
                        sizeof index_cases / sizeof *index_cases);
    tcase_add_test(tc, test_slice_indices_errors);
    tcase_add_test(tc, test_slice_object);
    suite_add_tcase(s, tc);
    return s;
}
