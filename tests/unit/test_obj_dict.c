// dict: insertion order through deletes and resizes (CPython's sizes), lookups by str without
// raising, KeyError's argument, iteration that notices changes, popitem, update from pairs,
// | and |=, equality, and the messages.
#include "container_fixture.h"
#include "interp/obj_dict.h"
#include "interp/obj_iter.h"
#include "parser/ast.h"

static Value new_dict(void) {
    Obj *d = dict_new(&fx);
    ck_assert_ptr_nonnull(d);
    return fx_keep(v_obj(d));
}

// A dict {k: k * 10 for k in keys}.
static Value dict_of_ints(int n, const int *keys) {
    Value d = new_dict();
    for (int k = 0; k < n; k++)
        ck_assert(dict_set(&fx, d.as.obj, v_int(keys[k]), v_int(keys[k] * 10)));
    return d;
}

START_TEST(test_dict_keeps_insertion_order) {
    int keys[] = {5, 1, 9, 3};
    Value d = dict_of_ints(4, keys);
    ck_assert_str_eq(fx_repr(d), "{5: 50, 1: 10, 9: 90, 3: 30}");
    bool found;
    ck_assert(dict_del(&fx, d.as.obj, v_int(1), &found) && found);
    ck_assert(dict_del(&fx, d.as.obj, v_int(1), &found) && !found);
    ck_assert(dict_set(&fx, d.as.obj, v_int(1), v_int(-1)));
    ck_assert(dict_set(&fx, d.as.obj, v_int(5), v_int(-5)));  // replaced in place
    ck_assert_str_eq(fx_repr(d), "{5: -5, 9: 90, 3: 30, 1: -1}");
    ck_assert(dict_set(&fx, d.as.obj, v_bool(true), fx_str("bool")));  // True == 1: the key stays 1
    ck_assert_str_eq(fx_repr(d), "{5: -5, 9: 90, 3: 30, 1: 'bool'}");
}
END_TEST

START_TEST(test_dict_grows_as_cpython) {
    Value d = new_dict();
    ck_assert_uint_eq(as_dict(d)->size, 0);
    for (int k = 0; k < 5; k++) ck_assert(dict_set(&fx, d.as.obj, v_int(k), v_none()));
    ck_assert_uint_eq(as_dict(d)->size, 8);
    ck_assert(dict_set(&fx, d.as.obj, v_int(5), v_none()));
    ck_assert_uint_eq(as_dict(d)->size, 16);
    Obj *p = dict_new_presized(&fx, 6);
    ck_assert_uint_eq(((ObjDict *)p)->size, 16);
    ck_assert_uint_eq(((ObjDict *)dict_new_presized(&fx, 5))->size, 0);
}
END_TEST

START_TEST(test_dict_survives_deletes_and_collection) {
    Value d = new_dict();
    for (int k = 0; k < 1000; k++) ck_assert(dict_set(&fx, d.as.obj, fx_str("key"), v_int(k)));
    ck_assert_uint_eq(dict_len(d.as.obj), 1);
    char name[16];
    for (int k = 0; k < 1000; k++) {
        snprintf(name, sizeof name, "k%d", k);
        Obj *s = str_from_cstr(&fx, name);
        ck_assert(s && dict_set(&fx, d.as.obj, v_obj(s), v_int(k)));
    }
    bool found;
    for (int k = 0; k < 999; k++) {
        snprintf(name, sizeof name, "k%d", k);
        ck_assert(dict_del(&fx, d.as.obj, v_obj(str_from_cstr(&fx, name)), &found) && found);
    }
    gc_collect(&fx);
    ck_assert_str_eq(fx_repr(d), "{'key': 999, 'k999': 999}");
    Value v = dict_get_str(d.as.obj, as_str(fx_str("k999")));
    ck_assert(is_int(v) && v.as.i == 999);
    ck_assert(is_undef(dict_get_str(d.as.obj, as_str(fx_str("k5")))));
}
END_TEST

START_TEST(test_dict_next_visits_live_entries) {
    int keys[] = {1, 2, 3, 4};
    Value d = dict_of_ints(4, keys);
    bool found;
    ck_assert(dict_del(&fx, d.as.obj, v_int(2), &found));
    size_t pos = 0;
    Value k, v;
    int64_t sum = 0;
    int n = 0;
    while (dict_next(d.as.obj, &pos, &k, &v)) sum += k.as.i * 100 + v.as.i, n++;
    ck_assert_int_eq(n, 3);
    ck_assert_int_eq(sum, 800 + 80);
}
END_TEST

START_TEST(test_dict_key_errors) {
    Value d = new_dict(), out;
    ck_assert(!ops_getitem(&fx, d, fx_str("missing"), &out));
    ObjException *e = (ObjException *)fx.exc.as.obj;
    ck_assert_str_eq(fx_repr(e->args), "('missing',)");
    ck_assert_str_eq(fx_error(), "KeyError: 'missing'");
    ck_assert(!ops_getitem(&fx, d, fx_tuple(2, v_int(1), v_int(2)), &out));
    ck_assert_str_eq(fx_error(), "KeyError: (1, 2)");
    ck_assert(!ops_delitem(&fx, d, v_int(3)));
    ck_assert_str_eq(fx_error(), "KeyError: 3");
    ck_assert(!ops_getitem(&fx, d, fx_ints(0), &out));
    ck_assert_str_eq(fx_error(),
                     "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')");
    ck_assert_str_eq(fx_result(fx_call_method(d, "popitem", 0, NULL, &out), out),
                     "!! KeyError: 'popitem(): dictionary is empty'");
    Value args[1] = {fx_ints(0)};
    ck_assert_str_eq(fx_result(fx_call_method(d, "pop", 1, args, &out), out), "!! KeyError: []");
}
END_TEST

START_TEST(test_dict_popitem_is_lifo) {
    int keys[] = {1, 2, 3};
    Value d = dict_of_ints(3, keys), out;
    ck_assert_str_eq(fx_result(fx_call_method(d, "popitem", 0, NULL, &out), out), "(3, 30)");
    ck_assert_str_eq(fx_result(fx_call_method(d, "popitem", 0, NULL, &out), out), "(2, 20)");
    ck_assert(dict_set(&fx, d.as.obj, v_int(7), v_int(70)));
    ck_assert_str_eq(fx_repr(d), "{1: 10, 7: 70}");
}
END_TEST

START_TEST(test_dict_iterators_notice_changes) {
    int keys[] = {1, 2};
    Value d = dict_of_ints(2, keys), it, item;
    bool found;
    // {1: 1, 2: 2}: for k in d: del d[k]; d[k + 10] = 1
    ck_assert(ops_iter(&fx, d, &it));
    fx_keep(it);
    ck_assert_int_eq(ops_next(&fx, it, &item), ITER_ITEM);
    ck_assert(dict_del(&fx, d.as.obj, item, &found));
    ck_assert(dict_set(&fx, d.as.obj, v_int(item.as.i + 10), v_int(1)));
    ck_assert_int_eq(ops_next(&fx, it, &item), ITER_ITEM);
    ck_assert(dict_del(&fx, d.as.obj, item, &found));
    ck_assert(dict_set(&fx, d.as.obj, v_int(item.as.i + 10), v_int(1)));
    ck_assert_int_eq(ops_next(&fx, it, &item), ITER_ERROR);
    ck_assert_str_eq(fx_error(), "RuntimeError: dictionary keys changed during iteration");
    ck_assert_int_eq(ops_next(&fx, it, &item), ITER_END);
    Value it2;
    ck_assert(ops_iter(&fx, d, &it2));
    fx_keep(it2);
    ck_assert(dict_set(&fx, d.as.obj, v_int(99), v_int(1)));
    ck_assert_int_eq(ops_next(&fx, it2, &item), ITER_ERROR);
    ck_assert_str_eq(fx_error(), "RuntimeError: dictionary changed size during iteration");
}
END_TEST

START_TEST(test_dict_update_from_pairs) {
    Value d = new_dict(), pairs = fx_ints(0), out;
    ck_assert(list_append(&fx, pairs.as.obj, fx_tuple(2, v_int(1), v_int(2))));
    ck_assert(list_append(&fx, pairs.as.obj, fx_ints(2, 3, 4)));
    ck_assert(list_append(&fx, pairs.as.obj, fx_str("ab")));
    ck_assert(dict_update(&fx, d.as.obj, pairs));
    ck_assert_str_eq(fx_repr(d), "{1: 2, 3: 4, 'a': 'b'}");
    ck_assert(list_append(&fx, pairs.as.obj, fx_tuple(3, v_int(1), v_int(2), v_int(3))));
    ck_assert(!dict_update(&fx, d.as.obj, pairs));
    ck_assert_str_eq(
        fx_error(),
        "ValueError: dictionary update sequence element #3 has length 3; 2 is required");
    Value bad = fx_ints(1, 5);
    ck_assert(!dict_update(&fx, d.as.obj, bad));
    ck_assert_str_eq(fx_error(), "TypeError: object is not iterable");
    Value args[2] = {pairs, pairs};
    ck_assert_str_eq(fx_result(fx_construct(&type_dict, 2, args, &out), out),
                     "!! TypeError: dict expected at most 1 argument, got 2");
}
END_TEST

START_TEST(test_dict_merge_operators_and_equality) {
    int ka[] = {1, 2}, kb[] = {2, 3};
    Value a = dict_of_ints(2, ka), b = dict_of_ints(2, kb), out;
    ck_assert(dict_set(&fx, b.as.obj, v_int(2), v_int(0)));
    ck_assert_str_eq(fx_result(ops_binary(&fx, a, b, AST_OP_BITOR, &out), out),
                     "{1: 10, 2: 0, 3: 30}");
    ck_assert_str_eq(fx_repr(a), "{1: 10, 2: 20}");
    ck_assert(ops_inplace(&fx, a, b, AST_OP_BITOR, &out) && out.as.obj == a.as.obj);
    ck_assert(ops_compare(&fx, a, fx_keep(v_obj(dict_copy(&fx, a.as.obj))), AST_CMP_EQ, &out) &&
              out.as.b);
    ck_assert(ops_compare(&fx, a, b, AST_CMP_NE, &out) && out.as.b);
    ck_assert_str_eq(fx_result(ops_binary(&fx, a, fx_ints(0), AST_OP_BITOR, &out), out),
                     "!! TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    ck_assert_str_eq(fx_result(ops_compare(&fx, a, b, AST_CMP_LT, &out), out),
                     "!! TypeError: '<' not supported between instances of 'dict' and 'dict'");
}
END_TEST

START_TEST(test_dict_copy_keeps_order_with_holes) {
    int keys[] = {1, 2, 3, 4, 5};
    Value d = dict_of_ints(5, keys);
    bool found;
    for (int k = 1; k <= 4; k++) ck_assert(dict_del(&fx, d.as.obj, v_int(k), &found));
    Value c = fx_keep(v_obj(dict_copy(&fx, d.as.obj)));
    ck_assert_str_eq(fx_repr(c), "{5: 50}");
    ck_assert_uint_eq(as_dict(c)->nentries, 1);  // a dict of holes is copied compactly
}
END_TEST

START_TEST(test_dict_views) {
    int keys[] = {1, 2};
    Value d = dict_of_ints(2, keys), out;
    ck_assert(fx_call_method(d, "items", 0, NULL, &out));
    ck_assert_str_eq(fx_repr(out), "dict_items([(1, 10), (2, 20)])");
    ck_assert(fx_call_method(d, "keys", 0, NULL, &out));
    fx_keep(out);
    ck_assert_str_eq(fx_repr(out), "dict_keys([1, 2])");
    Value s;
    ck_assert(ops_binary(&fx, out, fx_ints(2, 2, 5), AST_OP_SUB, &s));
    ck_assert_str_eq(fx_repr(s), "{1}");
    ck_assert(ops_binary(&fx, fx_ints(2, 2, 5), out, AST_OP_BITXOR, &s));
    ck_assert_str_eq(fx_repr(s), "{1, 5}");
    ck_assert(ops_binary(&fx, out, fx_ints(2, 2, 5), AST_OP_BITAND, &s));
    ck_assert_str_eq(fx_repr(s), "{2}");
    ck_assert(fx_call_method(d, "values", 0, NULL, &out));
    Value it;
    ck_assert(ops_iter(&fx, fx_keep(out), &it));
    ck_assert_str_eq(fx_drain(fx_keep(it)), "[10, 20]");
}
END_TEST

Suite *obj_dict_suite(void) {
    Suite *s = suite_create("obj_dict");
    TCase *tc = tcase_create("dict");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_test(tc, test_dict_keeps_insertion_order);
    tcase_add_test(tc, test_dict_grows_as_cpython);
    tcase_add_test(tc, test_dict_survives_deletes_and_collection);
    tcase_add_test(tc, test_dict_next_visits_live_entries);
    tcase_add_test(tc, test_dict_key_errors);
    tcase_add_test(tc, test_dict_popitem_is_lifo);
    tcase_add_test(tc, test_dict_iterators_notice_changes);
    tcase_add_test(tc, test_dict_update_from_pairs);
    tcase_add_test(tc, test_dict_merge_operators_and_equality);
    tcase_add_test(tc, test_dict_copy_keeps_order_with_holes);
    tcase_add_test(tc, test_dict_views);
    suite_add_tcase(s, tc);
    return s;
}
