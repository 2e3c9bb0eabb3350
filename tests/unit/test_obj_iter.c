// Iterators: list/tuple iterators that survive mutation, enumerate (past int64 too), zip with
// strict=, map over several iterables, filter, reversed, and their CPython messages.
#include "container_fixture.h"
#include "interp/obj_func.h"
#include "interp/obj_iter.h"

static Value iter_of(Value v) {
    Value it;
    ck_assert(ops_iter(&fx, v, &it));
    return fx_keep(it);
}

static const char *call_type(const ObjType *t, uint32_t n, Value *args) {
    Value out;
    if (!fx_construct(t, n, args, &out)) return fx_result(false, out);
    return fx_drain(fx_keep(out));
}

START_TEST(test_list_iterator_follows_the_list) {
    Value l = fx_ints(2, 1, 2), it = iter_of(l), item;
    ck_assert_int_eq(ops_next(&fx, it, &item), ITER_ITEM);
    ck_assert(list_append(&fx, l.as.obj, v_int(3)));
    ck_assert_str_eq(fx_drain(it), "[2, 3]");
    ck_assert(list_append(&fx, l.as.obj, v_int(4)));
    ck_assert_str_eq(fx_drain(it), "[]");  // exhausted for good
    Value rev;
    Value args[1] = {l};
    ck_assert(fx_construct(&type_reversed, 1, args, &rev));
    fx_keep(rev);
    ck_assert_int_eq(ops_next(&fx, rev, &item), ITER_ITEM);
    ck_assert_int_eq(item.as.i, 4);
    Value out;
    ck_assert(fx_call_method(l, "clear", 0, NULL, &out));
    ck_assert_str_eq(fx_drain(rev), "[]");
}
END_TEST

START_TEST(test_enumerate) {
    Value args[2] = {fx_ints(2, 7, 8), v_int(5)};
    ck_assert_str_eq(call_type(&type_enumerate, 1, args), "[(0, 7), (1, 8)]");
    ck_assert_str_eq(call_type(&type_enumerate, 2, args), "[(5, 7), (6, 8)]");
    args[1] = v_float(1.0);
    ck_assert_str_eq(call_type(&type_enumerate, 2, args),
                     "!! TypeError: 'float' object cannot be interpreted as an integer");
    ck_assert_str_eq(call_type(&type_enumerate, 0, args),
                     "!! TypeError: enumerate() missing required argument 'iterable'");
    args[0] = v_int(1);
    ck_assert_str_eq(call_type(&type_enumerate, 1, args),
                     "!! TypeError: 'int' object is not iterable");
}
END_TEST

START_TEST(test_zip) {
    Value args[3] = {fx_ints(3, 1, 2, 3), fx_ints(2, 4, 5), fx_tuple(2, v_int(6), v_int(7))};
    ck_assert_str_eq(call_type(&type_zip, 3, args), "[(1, 4, 6), (2, 5, 7)]");
    ck_assert_str_eq(call_type(&type_zip, 0, args), "[]");
    ck_assert_str_eq(call_type(&type_zip, 1, args + 1), "[(4,), (5,)]");
    Obj *names[1] = {fx_str("strict").as.obj};
    Value on[1] = {v_bool(true)}, out;
    Args a = {.pos = args, .npos = 2, .nkw = 1, .kwvalues = on, .kwnames = names};
    ck_assert(type_zip.construct(&fx, v_obj((Obj *)&type_zip.base), &a, &out));
    ck_assert_str_eq(fx_drain(fx_keep(out)),
                     "!! ValueError: zip() argument 2 is shorter than argument 1");
    Value swapped[3] = {args[1], args[2], args[0]};
    a.pos = swapped;
    a.npos = 3;
    ck_assert(type_zip.construct(&fx, v_obj((Obj *)&type_zip.base), &a, &out));
    ck_assert_str_eq(fx_drain(fx_keep(out)),
                     "!! ValueError: zip() argument 3 is longer than arguments 1-2");
    names[0] = fx_str("x").as.obj;
    ck_assert_str_eq(
        fx_result(type_zip.construct(&fx, v_obj((Obj *)&type_zip.base), &a, &out), out),
        "!! TypeError: zip() got an unexpected keyword argument 'x'");
}
END_TEST

static bool add_fn(Run *r, Value self, const Args *a, Value *out) {
    (void)r, (void)self;
    int64_t sum = 0;
    for (uint32_t k = 0; k < a->npos; k++) sum += a->pos[k].as.i;
    *out = v_int(sum);
    return true;
}

START_TEST(test_map_and_filter) {
    static const MethodDef add = {"add", add_fn};
    Value f;
    ck_assert(method_bind(&fx, v_none(), &add, &f));
    Value args[3] = {fx_keep(f), fx_ints(3, 1, 2, 3), fx_ints(2, 10, 20)};
    ck_assert_str_eq(call_type(&type_map, 3, args), "[11, 22]");
    ck_assert_str_eq(call_type(&type_map, 2, args), "[1, 2, 3]");
    ck_assert_str_eq(call_type(&type_map, 1, args),
                     "!! TypeError: map() must have at least two arguments.");
    Value fargs[2] = {v_none(), fx_ints(4, 0, 1, 0, 2)};
    ck_assert_str_eq(call_type(&type_filter, 2, fargs), "[1, 2]");
    ck_assert_str_eq(call_type(&type_filter, 1, fargs),
                     "!! TypeError: filter expected 2 arguments, got 1");
    fargs[0] = v_int(3);
    ck_assert_str_eq(call_type(&type_filter, 2, fargs),
                     "!! TypeError: 'int' object is not callable");
}
END_TEST

START_TEST(test_reversed) {
    Value args[1] = {fx_tuple(3, v_int(1), v_int(2), v_int(3))};
    ck_assert_str_eq(call_type(&type_reversed, 1, args), "[3, 2, 1]");
    args[0] = v_int(5);
    ck_assert_str_eq(call_type(&type_reversed, 1, args),
                     "!! TypeError: 'int' object is not reversible");
    ck_assert_str_eq(call_type(&type_reversed, 0, args),
                     "!! TypeError: reversed expected 1 argument, got 0");
    args[0] = iter_of(fx_ints(0));
    ck_assert_str_eq(call_type(&type_reversed, 1, args),
                     "!! TypeError: 'list_iterator' object is not reversible");
}
END_TEST

START_TEST(test_iterator_reprs_name_their_type) {
    ck_assert(strncmp(fx_repr(iter_of(fx_ints(0))), "<list_iterator object at 0x", 27) == 0);
    ck_assert(strncmp(fx_repr(iter_of(fx_tuple(0))), "<tuple_iterator object at 0x", 28) == 0);
}
END_TEST

Suite *obj_iter_suite(void) {
    Suite *s = suite_create("obj_iter");
    TCase *tc = tcase_create("iter");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_test(tc, test_list_iterator_follows_the_list);
    tcase_add_test(tc, test_enumerate);
    tcase_add_test(tc, test_zip);
    tcase_add_test(tc, test_map_and_filter);
    tcase_add_test(tc, test_reversed);
    tcase_add_test(tc, test_iterator_reprs_name_their_type);
    suite_add_tcase(s, tc);
    return s;
}
