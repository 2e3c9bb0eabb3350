// tuple: repr, CPython's xxHash-based hash (64-bit values), comparison, + and *, indexing and
// slicing, the methods and their messages.
#include "container_fixture.h"
#include "interp/obj_slice.h"
#include "parser/ast.h"

START_TEST(test_tuple_repr) {
    ck_assert_str_eq(fx_repr(fx_tuple(0)), "()");
    ck_assert_str_eq(fx_repr(fx_tuple(1, v_int(1))), "(1,)");
    ck_assert_str_eq(fx_repr(fx_tuple(2, v_int(1), fx_tuple(1, fx_tuple(0)))), "(1, ((),))");
    // a tuple inside a list inside itself
    Value l = fx_ints(0);
    Value t = fx_tuple(1, l);
    ck_assert(list_append(&fx, l.as.obj, t));
    ck_assert_str_eq(fx_repr(t), "([(...)],)");
    ck_assert_str_eq(fx_repr(l), "[([...],)]");
}
END_TEST

START_TEST(test_tuple_empty_is_shared) {
    ck_assert_ptr_eq(tuple_new(&fx, 0), tuple_new(&fx, 0));
    Value args[1] = {fx_tuple(1, v_int(1))}, out;
    ck_assert(fx_construct(&type_tuple, 1, args, &out));
    ck_assert_ptr_eq(out.as.obj, args[0].as.obj);  // tuple(t) is t
}
END_TEST

static const struct {
    int n;
    int64_t items[3];
    int64_t hash;
} hash_cases[] = {
    {0, {0}, 5740354900026072187},
    {1, {1}, -6644214454873602895},
    {2, {1, 2}, -3550055125485641917},
    {3, {0, 0, 1}, -1882636517035687140},
};

START_TEST(test_tuple_hash_matches_cpython) {
    Obj *t = tuple_new(&fx, (size_t)hash_cases[_i].n);
    for (int k = 0; k < hash_cases[_i].n; k++) {
        ((ObjTuple *)t)->items[k] = v_int(hash_cases[_i].items[k]);
    }
    int64_t h;
    ck_assert(tuple_hash_items(&fx, ((ObjTuple *)t)->items, (size_t)hash_cases[_i].n, &h));
    ck_assert_int_eq(h, hash_cases[_i].hash);
    ck_assert(ops_hash(&fx, fx_keep(v_obj(t)), &h));
    ck_assert_int_eq(h, hash_cases[_i].hash);
}
END_TEST

START_TEST(test_tuple_hash_nested_and_unhashable) {
    int64_t h;
    ck_assert(ops_hash(&fx, fx_tuple(2, fx_tuple(2, v_int(1), v_int(2)), v_int(3)), &h));
    ck_assert_int_eq(h, -333907151259015829);  // hash(((1, 2), 3))
    ck_assert(!ops_hash(&fx, fx_tuple(1, fx_ints(0)), &h));
    ck_assert_str_eq(fx_error(), "TypeError: unhashable type: 'list'");
}
END_TEST

static const struct {
    int op;
    int64_t a[3], b[3];
    int na, nb;
    bool want;
} compare_cases[] = {
    {AST_CMP_LT, {1, 2}, {1, 3}, 2, 2, true},  {AST_CMP_LT, {1, 2}, {1, 2, 0}, 2, 3, true},
    {AST_CMP_GT, {2}, {1, 9}, 1, 2, true},     {AST_CMP_EQ, {1, 2}, {1, 2}, 2, 2, true},
    {AST_CMP_NE, {1, 2}, {1, 2}, 2, 2, false}, {AST_CMP_LE, {}, {}, 0, 0, true},
    {AST_CMP_GE, {1}, {1, 0}, 1, 2, false},
};

START_TEST(test_tuple_compare_lexicographic) {
    Obj *a = tuple_new(&fx, (size_t)compare_cases[_i].na), *b;
    fx_keep(v_obj(a));
    b = tuple_new(&fx, (size_t)compare_cases[_i].nb);
    fx_keep(v_obj(b));
    for (int k = 0; k < compare_cases[_i].na; k++)
        ((ObjTuple *)a)->items[k] = v_int(compare_cases[_i].a[k]);
    for (int k = 0; k < compare_cases[_i].nb; k++)
        ((ObjTuple *)b)->items[k] = v_int(compare_cases[_i].b[k]);
    Value out;
    ck_assert(ops_compare(&fx, v_obj(a), v_obj(b), compare_cases[_i].op, &out));
    ck_assert(is_bool(out) && out.as.b == compare_cases[_i].want);
}
END_TEST

START_TEST(test_tuple_compare_errors) {
    Value out;
    ck_assert(!ops_compare(&fx, fx_tuple(2, v_int(1), fx_str("a")), fx_tuple(2, v_int(1), v_int(2)),
                           AST_CMP_LT, &out));
    ck_assert_str_eq(fx_error(),
                     "TypeError: '<' not supported between instances of 'str' and 'int'");
    ck_assert(!ops_compare(&fx, fx_tuple(0), fx_ints(0), AST_CMP_LT, &out));
    ck_assert_str_eq(fx_error(),
                     "TypeError: '<' not supported between instances of 'tuple' and 'list'");
}
END_TEST

START_TEST(test_tuple_concat_and_repeat) {
    Value t = fx_tuple(2, v_int(1), v_int(2)), out;
    ck_assert_str_eq(fx_result(ops_binary(&fx, t, fx_tuple(1, v_int(3)), AST_OP_ADD, &out), out),
                     "(1, 2, 3)");
    ck_assert_str_eq(fx_result(ops_binary(&fx, t, v_int(2), AST_OP_MUL, &out), out),
                     "(1, 2, 1, 2)");
    ck_assert_str_eq(fx_result(ops_binary(&fx, v_int(2), t, AST_OP_MUL, &out), out),
                     "(1, 2, 1, 2)");
    ck_assert_str_eq(fx_result(ops_binary(&fx, t, v_int(-1), AST_OP_MUL, &out), out), "()");
    ck_assert_str_eq(fx_result(ops_binary(&fx, t, v_bool(true), AST_OP_MUL, &out), out), "(1, 2)");
    ck_assert_str_eq(fx_result(ops_binary(&fx, t, fx_ints(0), AST_OP_ADD, &out), out),
                     "!! TypeError: can only concatenate tuple (not \"list\") to tuple");
    ck_assert_str_eq(fx_result(ops_binary(&fx, t, v_float(2.0), AST_OP_MUL, &out), out),
                     "!! TypeError: can't multiply sequence by non-int of type 'float'");
    ck_assert_str_eq(fx_result(ops_binary(&fx, v_none(), t, AST_OP_MUL, &out), out),
                     "!! TypeError: can't multiply sequence by non-int of type 'NoneType'");
}
END_TEST

START_TEST(test_tuple_repeat_refuses_huge_results) {
    fx.mem.limits.max_bytes = 1 << 20;
    Value t = fx_tuple(2, v_int(1), v_int(2)), out;
    ck_assert(!ops_binary(&fx, t, v_int(INT64_MAX), AST_OP_MUL, &out));
    ck_assert_int_eq(fx.abort, ABORT_MEMORY);
    ck_assert(!is_exception(fx.exc));
    fx.abort = ABORT_NONE;
}
END_TEST

static const struct {
    Value start, stop, step;
    const char *want;
} slice_cases[] = {
    {FX_NONE, FX_NONE, FX_NONE, "(0, 1, 2, 3, 4)"},
    {FX_INT(1), FX_INT(3), FX_NONE, "(1, 2)"},
    {FX_NONE, FX_NONE, FX_INT(-2), "(4, 2, 0)"},
    {FX_INT(-2), FX_NONE, FX_NONE, "(3, 4)"},
    {FX_INT(10), FX_NONE, FX_NONE, "()"},
    {FX_INT(3), FX_INT(0), FX_INT(-1), "(3, 2, 1)"},
    {FX_NONE, FX_NONE, FX_INT(0), "!! ValueError: slice step cannot be zero"},
    {FX_FLOAT(1.5), FX_NONE, FX_NONE,
     "!! TypeError: slice indices must be integers or None or have an __index__ method"},
};

START_TEST(test_tuple_slices) {
    Value t = fx_tuple(5, v_int(0), v_int(1), v_int(2), v_int(3), v_int(4)), out;
    Obj *s = slice_new(&fx, slice_cases[_i].start, slice_cases[_i].stop, slice_cases[_i].step);
    ck_assert_str_eq(fx_result(ops_getitem(&fx, t, fx_keep(v_obj(s)), &out), out),
                     slice_cases[_i].want);
}
END_TEST

START_TEST(test_tuple_indexing_errors) {
    Value t = fx_tuple(2, v_int(1), v_int(2)), out;
    ck_assert_str_eq(fx_result(ops_getitem(&fx, t, v_int(-1), &out), out), "2");
    ck_assert_str_eq(fx_result(ops_getitem(&fx, t, v_int(2), &out), out),
                     "!! IndexError: tuple index out of range");
    ck_assert_str_eq(fx_result(ops_getitem(&fx, t, fx_str("a"), &out), out),
                     "!! TypeError: tuple indices must be integers or slices, not str");
}
END_TEST

START_TEST(test_tuple_methods) {
    Value t = fx_tuple(4, v_int(1), v_int(2), v_int(1), v_int(3)), out;
    Value args[3] = {v_int(1), v_int(1), v_int(-1)};
    ck_assert_str_eq(fx_result(fx_call_method(t, "count", 1, args, &out), out), "2");
    ck_assert_str_eq(fx_result(fx_call_method(t, "index", 1, args, &out), out), "0");
    ck_assert_str_eq(fx_result(fx_call_method(t, "index", 2, args, &out), out), "2");
    ck_assert_str_eq(fx_result(fx_call_method(t, "index", 3, args, &out), out), "2");
    args[0] = v_int(3);
    ck_assert_str_eq(fx_result(fx_call_method(t, "index", 3, args, &out), out),
                     "!! ValueError: tuple.index(x): x not in tuple");
    ck_assert_str_eq(fx_result(fx_call_method(t, "index", 0, args, &out), out),
                     "!! TypeError: index expected at least 1 argument, got 0");
    ck_assert_str_eq(fx_result(fx_call_method(t, "count", 2, args, &out), out),
                     "!! TypeError: tuple.count() takes exactly one argument (2 given)");
}
END_TEST

START_TEST(test_tuple_from_iterables) {
    Value out, args[2] = {fx_ints(3, 7, 8, 9), v_int(1)};
    ck_assert_str_eq(fx_result(fx_construct(&type_tuple, 1, args, &out), out), "(7, 8, 9)");
    ck_assert_str_eq(fx_result(fx_construct(&type_tuple, 0, args, &out), out), "()");
    ck_assert_str_eq(fx_result(fx_construct(&type_tuple, 2, args, &out), out),
                     "!! TypeError: tuple expected at most 1 argument, got 2");
    ck_assert_str_eq(fx_result(fx_construct(&type_tuple, 1, args + 1, &out), out),
                     "!! TypeError: 'int' object is not iterable");
}
END_TEST

START_TEST(test_tuple_static_constant) {
    static unsigned char mem[64];
    ck_assert_uint_le(tuple_static_size(2), sizeof mem);
    Value items[2] = {v_int(4), v_none()};
    Obj *t = tuple_init_static(mem, items, 2);
    ck_assert(t->flags & OBJ_STATIC);
    ck_assert_str_eq(fx_repr(v_obj(t)), "(4, None)");
    gc_collect(&fx);  // never swept
    ck_assert_str_eq(fx_repr(v_obj(t)), "(4, None)");
}
END_TEST

Suite *obj_tuple_suite(void) {
    Suite *s = suite_create("obj_tuple");
    TCase *tc = tcase_create("tuple");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_test(tc, test_tuple_repr);
    tcase_add_test(tc, test_tuple_empty_is_shared);
    tcase_add_loop_test(tc, test_tuple_hash_matches_cpython, 0,
                        sizeof hash_cases / sizeof *hash_cases);
    tcase_add_test(tc, test_tuple_hash_nested_and_unhashable);
    tcase_add_loop_test(tc, test_tuple_compare_lexicographic, 0,
                        sizeof compare_cases / sizeof *compare_cases);
    tcase_add_test(tc, test_tuple_compare_errors);
    tcase_add_test(tc, test_tuple_concat_and_repeat);
    tcase_add_test(tc, test_tuple_repeat_refuses_huge_results);
    tcase_add_loop_test(tc, test_tuple_slices, 0, sizeof slice_cases / sizeof *slice_cases);
    tcase_add_test(tc, test_tuple_indexing_errors);
    tcase_add_test(tc, test_tuple_methods);
    tcase_add_test(tc, test_tuple_from_iterables);
    tcase_add_test(tc, test_tuple_static_constant);
    suite_add_tcase(s, tc);
    return s;
}
