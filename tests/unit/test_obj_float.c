// float: CPython-computed tables (test_obj_float_table.h) plus the powers CPython makes complex
// or answers with its platform's errno text, and the C helpers the math module uses.
#include <math.h>
#include <string.h>

#include "test_obj_num.h"

#include "test_obj_float_table.h"

NUM_TABLE_TEST(float_construct)
NUM_TABLE_TEST(float_binary)
NUM_TABLE_TEST(float_compare)
NUM_TABLE_TEST(float_methods)
NUM_TABLE_TEST(num_round)

static const char *float_error(void) {
    static char text[256];
    return num_error_text(text, sizeof text);
}

// A negative base with a fractional exponent gives a complex (as CPython 3.14 prints it); where
// CPython answers with its platform's errno text, moat raises.
static const NumCase float_moat_cases[] = {
    {"**", "-8.0", "0.3333333333333333", "", "(1.0000000000000002+1.7320508075688772j)"},
    {"**", "-8", "0.5", "", "(1.7319121124709868e-16+2.8284271247461903j)"},
    {"**", "-2.0", "-0.5", "", "(4.329780281177467e-17-0.7071067811865476j)"},
    {"**", "10.0", "400", "", "OverflowError: (34, 'Numerical result out of range')"},
    {"**", "-10.0", "401", "", "OverflowError: (34, 'Numerical result out of range')"},
    {"**", "2", "1024.0", "", "OverflowError: (34, 'Numerical result out of range')"},
    {"**", "-8.0", "-inf", "", "0.0"},
    {"**", "-0.5", "inf", "", "0.0"},
};
NUM_TABLE_TEST(float_moat)
NUM_SWEEP_TEST(float_construct)
NUM_SWEEP_TEST(float_binary)
NUM_SWEEP_TEST(float_methods)
NUM_SWEEP_TEST(num_round)

START_TEST(test_float_to_int_truncates_and_refuses_nan_inf) {
    Value v;
    ck_assert(float_to_int(&nx, -3.9, &v) && v.as.i == -3);
    ck_assert(float_floor(&nx, -3.1, &v) && v.as.i == -4);
    ck_assert(float_ceil(&nx, -3.9, &v) && v.as.i == -3);
    ck_assert(float_to_int(&nx, 1e19, &v) && is_bigint(v));
    ck_assert(float_to_int(&nx, -9223372036854775808.0, &v) && v.tag == VAL_INT);
    ck_assert(!float_floor(&nx, NAN, &v));
    ck_assert_str_eq(float_error(), "ValueError: cannot convert float NaN to integer");
    ck_assert(!float_ceil(&nx, -INFINITY, &v));
    ck_assert_str_eq(float_error(), "OverflowError: cannot convert float infinity to integer");
}
END_TEST

START_TEST(test_float_number_to_double_takes_numbers_only) {
    double d;
    ck_assert(number_to_double(&nx, v_bool(true), &d) && d == 1.0);
    ck_assert(number_to_double(&nx, num_literal("1267650600228229401496703205377"), &d) &&
              d == 0x1p100);
    ck_assert(!number_to_double(&nx, num_str("5"), &d));
    ck_assert_str_eq(float_error(), "TypeError: must be real number, not str");
    ck_assert(!number_to_double(&nx, v_none(), &d));
    ck_assert_str_eq(float_error(), "TypeError: must be real number, not NoneType");
}
END_TEST

START_TEST(test_float_hash_of_nan_is_stable) {
    ck_assert_int_eq(float_hash(NAN), float_hash(-NAN));
    ck_assert_int_eq(float_hash(0.0), float_hash(-0.0));
}
END_TEST

static bool same_bits(double x, double y) {
    return memcmp(&x, &y, sizeof x) == 0;
}

START_TEST(test_float_nan_made_gets_fresh_identity_keeping_sign) {
    Value a = float_from_double(&nx, NAN), b = float_from_double(&nx, NAN);
    Value n = float_from_double(&nx, -NAN);
    ck_assert(isnan(a.as.f) && isnan(b.as.f) && isnan(n.as.f));
    ck_assert(!same_bits(a.as.f, b.as.f));
    ck_assert(signbit(n.as.f) && !signbit(a.as.f));
    ck_assert_int_ne(float_hash(a.as.f), float_hash(b.as.f));
    ck_assert(float_hash(a.as.f) >= 0);
    // the identity is what makes the run's later NaNs distinct: copies keep it
    Value copy = a;
    ck_assert(same_bits(copy.as.f, a.as.f));
    ck_assert_int_eq(float_hash(copy.as.f), float_hash(a.as.f));
    // numbers are untouched
    ck_assert(same_bits(float_from_double(&nx, -0.0).as.f, -0.0));
    ck_assert(float_from_double(&nx, INFINITY).as.f == INFINITY);
}
END_TEST

START_TEST(test_float_nan_reserved_ids_never_made_fresh) {
    double math_nan = float_nan_with_id(NAN, FLOAT_NAN_MATH);
    double json_nan = float_nan_with_id(NAN, FLOAT_NAN_JSON);
    ck_assert(isnan(math_nan) && isnan(json_nan) && !same_bits(math_nan, json_nan));
    for (int k = 0; k < 4; k++) {
        double d = float_from_double(&nx, NAN).as.f;
        ck_assert(!same_bits(d, math_nan) && !same_bits(d, json_nan));
    }
    // a signalling NaN comes out quiet
    uint64_t snan_bits = 0x7FF0000000000001u;
    double snan;
    memcpy(&snan, &snan_bits, sizeof snan);
    ck_assert(isnan(float_nan_with_id(snan, 7)));
}
END_TEST

Suite *obj_float_suite(void) {
    Suite *s = suite_create("obj_float");
    TCase *tc = tcase_create("tables");
    tcase_add_checked_fixture(tc, num_setup, num_teardown);
    NUM_TABLE_ADD(tc, float_construct);
    NUM_TABLE_ADD(tc, float_binary);
    NUM_TABLE_ADD(tc, float_compare);
    NUM_TABLE_ADD(tc, float_methods);
    NUM_TABLE_ADD(tc, num_round);
    NUM_TABLE_ADD(tc, float_moat);
    suite_add_tcase(s, tc);
    tc = tcase_create("allocation failures");
    tcase_add_checked_fixture(tc, num_setup, num_teardown);
    NUM_SWEEP_ADD(tc, float_construct);
    NUM_SWEEP_ADD(tc, float_binary);
    NUM_SWEEP_ADD(tc, float_methods);
    NUM_SWEEP_ADD(tc, num_round);
    suite_add_tcase(s, tc);
    tc = tcase_create("helpers");
    tcase_add_checked_fixture(tc, num_setup, num_teardown);
    tcase_add_test(tc, test_float_to_int_truncates_and_refuses_nan_inf);
    tcase_add_test(tc, test_float_number_to_double_takes_numbers_only);
    tcase_add_test(tc, test_float_hash_of_nan_is_stable);
    tcase_add_test(tc, test_float_nan_made_gets_fresh_identity_keeping_sign);
    tcase_add_test(tc, test_float_nan_reserved_ids_never_made_fresh);
    suite_add_tcase(s, tc);
    return s;
}
