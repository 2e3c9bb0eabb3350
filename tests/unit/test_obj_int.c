// int, bool and None: CPython-computed tables (test_obj_int_table.h) plus the properties a
// table cannot show: one representation per value, refusing huge results before computing
// them, program constants, method tables.
#include <stdlib.h>
#include <time.h>

#include "interp/obj_tuple.h"
#include "test_obj_num.h"

#include "test_obj_int_table.h"

NUM_TABLE_TEST(int_binary)
NUM_TABLE_TEST(int_unary)
NUM_TABLE_TEST(int_compare)
NUM_TABLE_TEST(int_construct)
NUM_TABLE_TEST(int_methods)
NUM_TABLE_TEST(num_hash)
NUM_TABLE_TEST(num_repr)
NUM_SWEEP_TEST(int_binary)
NUM_SWEEP_TEST(int_unary)
NUM_SWEEP_TEST(int_construct)
NUM_SWEEP_TEST(int_methods)

static Value int_eval(const char *a, const char *op, const char *b) {
    Value out;
    ck_assert(ops_binary(&nx, num_literal(a), num_literal(b), num_binop(op), &out));
    return num_keep(out);
}

// The pending exception's "Type: message", for the refusal tests.
static const char *int_error(void) {
    static char text[256];
    return num_error_text(text, sizeof text);
}

START_TEST(test_int_results_that_fit_are_small) {
    ck_assert_int_eq(int_eval("18446744073709551616", "-", "18446744073709551611").tag, VAL_INT);
    ck_assert_int_eq(int_eval("-9223372036854775808", "//", "-1").tag, VAL_OBJ);
    Value big = int_eval("-9223372036854775808", "*", "-1"), back;
    ck_assert(int_neg(&nx, big, &back));
    ck_assert_int_eq(back.tag, VAL_INT);
    ck_assert(back.as.i == INT64_MIN);
    ck_assert_int_eq(int_eval("1267650600228229401496703205376", ">>", "40").tag, VAL_INT);
    ck_assert_int_eq(int_eval("1267650600228229401496703205376", "&", "255").tag, VAL_INT);
}
END_TEST

static const struct {
    const char *a, *op, *b;
    size_t limit;
} refused[] = {
    {"2", "**", "10000000000", 1 << 20},
    {"1", "<<", "1000000000000", 1 << 20},
    {"10", "**", "10000000", 1 << 20},
    {"3", "**", "100000000000000000000", 0},  // exponent past int64: nothing computes it
    {"1", "<<", "10000000000000000000", 0},
    {"7", "<<", "1099511627776", 0},  // 2^40 bits: past the 1 GiB cap even without a limit
    {"1267650600228229401496703205376", "**", "4000000", 1 << 20},
};

START_TEST(test_int_huge_results_are_refused_first) {
    nx.mem.limits.max_bytes = refused[_i].limit;
    Value out;
    ck_assert(!ops_binary(&nx, num_literal(refused[_i].a), num_literal(refused[_i].b),
                          num_binop(refused[_i].op), &out));
    ck_assert_str_eq(int_error(), "MemoryError: ");
    ck_assert_int_eq(nx.abort, ABORT_NONE);
    nx.mem.limits.max_bytes = 0;
}
END_TEST

START_TEST(test_int_shift_past_cpython_digit_limit_overflows) {
    // 64-bit CPython: OverflowError once the count / 30 passes PY_SSIZE_T_MAX / 4
    Value out;
    ck_assert(!ops_binary(&nx, v_int(1), num_literal("69175290276410818530"), AST_OP_LSHIFT, &out));
    ck_assert_str_eq(int_error(), "OverflowError: too many digits in integer");
    ck_assert(!ops_binary(&nx, v_int(1), num_literal("69175290276410818529"), AST_OP_LSHIFT, &out));
    ck_assert_str_eq(int_error(), "MemoryError: ");
}
END_TEST

START_TEST(test_int_long_modular_power_stops_at_the_time_limit) {
    // pow(3, 2**(2**22), 10**1000 + 7): minutes of squarings; the limit stops it in slices
    Value e, m;
    ck_assert(ops_binary(&nx, v_int(2), v_int((int64_t)1 << 22), AST_OP_POW, &e));
    num_keep(e);
    ck_assert(ops_binary(&nx, v_int(10), v_int(1000), AST_OP_POW, &m));
    ck_assert(ops_binary(&nx, num_keep(m), v_int(7), AST_OP_ADD, &m));
    num_keep(m);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    nx.deadline_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec + 20000000u;
    Value out;
    ck_assert(!int_pow_mod(&nx, v_int(3), e, m, &out));
    ck_assert_int_eq(nx.abort, ABORT_DURATION);
    ck_assert(!is_exception(nx.exc));
}
END_TEST

START_TEST(test_int_huge_but_trivial_results_are_computed) {
    nx.mem.limits.max_bytes = 1 << 20;
    ck_assert_int_eq(int_eval("1", "**", "100000000000000000000").as.i, 1);
    ck_assert_int_eq(int_eval("-1", "**", "100000000000000000001").as.i, -1);
    ck_assert_int_eq(int_eval("0", "<<", "100000000000000000000").as.i, 0);
    ck_assert_int_eq(int_eval("-5", ">>", "100000000000000000000").as.i, -1);
    ck_assert_int_eq(int_eval("2", "**", "100000").tag, VAL_OBJ);  // 12.5 KB: fits
    nx.mem.limits.max_bytes = 0;
}
END_TEST

START_TEST(test_int_literal_becomes_static_constant) {
    static const char *const digits[] = {"ffffffffffffffffffffffff", "777777777777777777777777",
                                         "123456789012345678901234567890"};
    static const int bases[] = {16, 8, 10};
    static const char *const reprs[] = {"79228162514264337593543950335",
                                        "4722366482869645213695",
                                        "123456789012345678901234567890"};
    for (int k = 0; k < 3; k++) {
        mpz_t z;
        mpz_init(z);
        ck_assert(int_parse_literal(digits[k], strlen(digits[k]), bases[k], z));
        int64_t small;
        ck_assert(!int_mpz_to_i64(z, &small));
        _Alignas(8) unsigned char mem[128];
        ck_assert_uint_le(int_static_size(z), sizeof mem);
        Obj *o = int_init_static(mem, z);
        mpz_clear(z);  // the constant owns nothing GMP allocated
        ck_assert(o->flags & OBJ_STATIC);
        Buf b;
        buf_init(&b, &nx);
        ck_assert(int_repr_into(&nx, v_obj(o), &b) && buf_append_char(&b, '\0'));
        ck_assert_str_eq(b.data, reprs[k]);
        buf_fini(&b);
    }
    mpz_t z;
    mpz_init(z);
    ck_assert(!int_parse_literal("12a", 3, 10, z));
    mpz_clear(z);
}
END_TEST

START_TEST(test_int_huge_texts_parse) {
    // power-of-two bases have no digit limit; others stop at 4300 digits
    char *text = calloc(20003, 1);
    memcpy(text, "0x", 2);
    memset(text + 2, 'f', 20000);
    Value v = num_literal(text);
    ck_assert_uint_eq(int_bit_length(v), 80000);
    memset(text, '9', 4300);
    text[4300] = '\0';
    v = num_literal(text);
    ck_assert_uint_eq(int_bit_length(v), 14285);
    free(text);
}
END_TEST

START_TEST(test_int_equal_values_hash_equal_across_types) {
    static const char *const same[][2] = {
        {"1180591620717411303424", "1.1805916207174113e+21"},
        {"-9223372036854775808", "-9.223372036854776e+18"},
        {"1", "True"},
        {"0", "-0.0"},
        {"4503599627370497", "4503599627370497.0"},
    };
    for (size_t k = 0; k < sizeof same / sizeof *same; k++) {
        int64_t h1, h2;
        ck_assert(ops_hash(&nx, num_literal(same[k][0]), &h1));
        ck_assert(ops_hash(&nx, num_literal(same[k][1]), &h2));
        ck_assert_int_eq(h1, h2);
    }
}
END_TEST

START_TEST(test_int_from_bytes_reads_iterables) {
    Obj *t = tuple_new(&nx, 2);
    ck_assert_ptr_nonnull(t);
    ((ObjTuple *)t)->items[0] = v_int(1);
    ((ObjTuple *)t)->items[1] = v_int(2);
    Value pos[1] = {num_keep(v_obj(t))}, out;
    ck_assert(num_call(int_from_bytes, v_obj((Obj *)&type_int), pos, 1, NULL, &out));
    ck_assert_int_eq(out.as.i, 258);
    ((ObjTuple *)t)->items[1] = v_int(256);
    ck_assert(!num_call(int_from_bytes, v_obj((Obj *)&type_int), pos, 1, NULL, &out));
    ck_assert_str_eq(int_error(), "ValueError: bytes must be in range(0, 256)");
    ((ObjTuple *)t)->items[1] = v_float(1.0);
    ck_assert(!num_call(int_from_bytes, v_obj((Obj *)&type_int), pos, 1, NULL, &out));
    ck_assert_str_eq(int_error(), "TypeError: 'float' object cannot be interpreted as an integer");
}
END_TEST

START_TEST(test_int_method_tables_are_sorted) {
    const ObjType *types[] = {&type_int, &type_float};
    for (int k = 0; k < 2; k++) {
        for (uint32_t m = 1; m < types[k]->method_count; m++) {
            ck_assert_int_lt(strcmp(types[k]->methods[m - 1].name, types[k]->methods[m].name), 0);
        }
    }
    // exactly the classmethods bind to the class
    for (int k = 0; k < 2; k++) {
        for (uint32_t m = 0; m < types[k]->method_count; m++) {
            const MethodDef *d = &types[k]->methods[m];
            bool cls = !strcmp(d->name, "from_bytes") || !strcmp(d->name, "fromhex") ||
                       !strcmp(d->name, "from_number") || !strcmp(d->name, "__new__");
            ck_assert_msg(cls == ((d->flags & METHOD_CLASS) != 0), "%s", d->name);
        }
    }
    ck_assert_ptr_eq(type_bool.base_type, &type_int);
    ck_assert_str_eq(type_none.name, "NoneType");
}
END_TEST

START_TEST(test_int_none_takes_no_arguments) {
    Value out, one = v_int(1);
    ck_assert(type_none.construct(&nx, v_obj((Obj *)&type_none), &(Args){0}, &out));
    ck_assert(is_none(out));
    ck_assert(!type_none.construct(&nx, v_obj((Obj *)&type_none), &(Args){.pos = &one, .npos = 1},
                                   &out));
    ck_assert_str_eq(int_error(), "TypeError: NoneType takes no arguments");
    ck_assert(!ops_call(&nx, v_none(), &(Args){0}, &out));
    ck_assert_str_eq(int_error(), "TypeError: 'NoneType' object is not callable");
}
END_TEST

Suite *obj_int_suite(void) {
    Suite *s = suite_create("obj_int");
    TCase *tc = tcase_create("tables");
    tcase_add_checked_fixture(tc, num_setup, num_teardown);
    NUM_TABLE_ADD(tc, int_binary);
    NUM_TABLE_ADD(tc, int_unary);
    NUM_TABLE_ADD(tc, int_compare);
    NUM_TABLE_ADD(tc, int_construct);
    NUM_TABLE_ADD(tc, int_methods);
    NUM_TABLE_ADD(tc, num_hash);
    NUM_TABLE_ADD(tc, num_repr);
    suite_add_tcase(s, tc);
    tc = tcase_create("allocation failures");
    tcase_add_checked_fixture(tc, num_setup, num_teardown);
    NUM_SWEEP_ADD(tc, int_binary);
    NUM_SWEEP_ADD(tc, int_unary);
    NUM_SWEEP_ADD(tc, int_construct);
    NUM_SWEEP_ADD(tc, int_methods);
    suite_add_tcase(s, tc);
    tc = tcase_create("properties");
    tcase_add_checked_fixture(tc, num_setup, num_teardown);
    tcase_add_test(tc, test_int_results_that_fit_are_small);
    tcase_add_loop_test(tc, test_int_huge_results_are_refused_first, 0,
                        (int)(sizeof refused / sizeof *refused));
    tcase_add_test(tc, test_int_shift_past_cpython_digit_limit_overflows);
    tcase_add_test(tc, test_int_long_modular_power_stops_at_the_time_limit);
    tcase_add_test(tc, test_int_huge_but_trivial_results_are_computed);
    tcase_add_test(tc, test_int_literal_becomes_static_constant);
    tcase_add_test(tc, test_int_huge_texts_parse);
    tcase_add_test(tc, test_int_equal_values_hash_equal_across_types);
    tcase_add_test(tc, test_int_from_bytes_reads_iterables);
    tcase_add_test(tc, test_int_method_tables_are_sorted);
    tcase_add_test(tc, test_int_none_takes_no_arguments);
    suite_add_tcase(s, tc);
    return s;
}
