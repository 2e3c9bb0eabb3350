// list: storage, repr, comparison, + * += *=, indexing, slice assignment and deletion, the
// methods and their CPython messages, and sort: order, stability, key functions, CPython's
// comparison order for short lists, and a key function that changes the list or collects.
#include <stdlib.h>

#include "container_fixture.h"
#include "interp/obj_func.h"
#include "interp/obj_list_sort.h"
#include "interp/obj_slice.h"
#include "parser/ast.h"

static Value slice_of(Value start, Value stop, Value step) {
    Obj *s = slice_new(&fx, start, stop, step);
    ck_assert_ptr_nonnull(s);
    return fx_keep(v_obj(s));
}

START_TEST(test_list_repr_and_recursion) {
    Value l = fx_ints(3, 1, 2, 3);
    ck_assert_str_eq(fx_repr(l), "[1, 2, 3]");
    ck_assert(list_append(&fx, l.as.obj, l));
    ck_assert_str_eq(fx_repr(l), "[1, 2, 3, [...]]");
    ck_assert_str_eq(fx_repr(fx_ints(0)), "[]");
    ck_assert_uint_eq(l.as.obj->flags & 4, 0);  // the repr flag is cleared afterwards
}
END_TEST

START_TEST(test_list_growth_follows_cpython) {
    Value l = fx_ints(0);
    size_t caps[10];
    for (int k = 0; k < 10; k++) {
        ck_assert(list_append(&fx, l.as.obj, v_int(k)));
        caps[k] = as_list(l)->cap;
    }
    size_t want[10] = {4, 4, 4, 4, 8, 8, 8, 8, 16, 16};
    for (int k = 0; k < 10; k++) ck_assert_uint_eq(caps[k], want[k]);
}
END_TEST

START_TEST(test_list_extend_with_itself) {
    Value l = fx_ints(2, 1, 2);
    ck_assert(list_extend(&fx, l.as.obj, l));
    ck_assert_str_eq(fx_repr(l), "[1, 2, 1, 2]");
    Value out;
    ck_assert(ops_inplace(&fx, l, fx_tuple(1, v_int(9)), AST_OP_ADD, &out));
    ck_assert_ptr_eq(out.as.obj, l.as.obj);
    ck_assert(ops_inplace(&fx, l, v_int(2), AST_OP_MUL, &out));
    ck_assert_str_eq(fx_repr(l), "[1, 2, 1, 2, 9, 1, 2, 1, 2, 9]");
    ck_assert(ops_inplace(&fx, l, v_int(0), AST_OP_MUL, &out));
    ck_assert_str_eq(fx_repr(l), "[]");
    ck_assert_str_eq(fx_result(ops_inplace(&fx, l, v_int(5), AST_OP_ADD, &out), out),
                     "!! TypeError: 'int' object is not iterable");
}
END_TEST

static const struct {
    Value start, stop, step;
    int n;
    int values[4];
    const char *want;
} assign_cases[] = {
    {FX_INT(2), FX_INT(5), FX_NONE, 2, {-1, -2}, "[0, 1, -1, -2, 5, 6, 7]"},
    {FX_INT(0), FX_INT(0), FX_NONE, 1, {9}, "[9, 0, 1, 2, 3, 4, 5, 6, 7]"},
    {FX_INT(5), FX_INT(2), FX_NONE, 1, {9}, "[0, 1, 2, 3, 4, 9, 5, 6, 7]"},
    {FX_NONE, FX_NONE, FX_INT(2), 4, {9, 9, 9, 9}, "[9, 1, 9, 3, 9, 5, 9, 7]"},
    {FX_NONE, FX_NONE, FX_INT(-3), 3, {1, 2, 3}, "[0, 3, 2, 3, 2, 5, 6, 1]"},
    {FX_NONE,
     FX_NONE,
     FX_INT(2),
     3,
     {1, 2, 3},
     "!! ValueError: attempt to assign sequence of size 3 to extended slice of size 4"},
    {FX_INT(-100), FX_INT(100), FX_NONE, 0, {0}, "[]"},
};

START_TEST(test_list_slice_assignment) {
    Value l = fx_ints(8, 0, 1, 2, 3, 4, 5, 6, 7), vals = fx_ints(0);
    for (int k = 0; k < assign_cases[_i].n; k++) {
        ck_assert(list_append(&fx, vals.as.obj, v_int(assign_cases[_i].values[k])));
    }
    Value s = slice_of(assign_cases[_i].start, assign_cases[_i].stop, assign_cases[_i].step);
    bool ok = ops_setitem(&fx, l, s, vals);
    ck_assert_str_eq(ok ? fx_repr(l) : fx_result(false, l), assign_cases[_i].want);
}
END_TEST

static const struct {
    Value start, stop, step;
    const char *want;
} delete_cases[] = {
    {FX_NONE, FX_NONE, FX_INT(3), "[1, 2, 4, 5, 7, 8, 10, 11]"},
    {FX_INT(-1), FX_NONE, FX_INT(-2), "[0, 2, 4, 6, 8, 10]"},
    {FX_INT(2), FX_INT(8), FX_INT(2), "[0, 1, 3, 5, 7, 8, 9, 10, 11]"},
    {FX_INT(5), FX_INT(1), FX_NONE, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]"},
    {FX_NONE, FX_NONE, FX_INT(-1), "[]"},
    {FX_INT(10), FX_NONE, FX_INT(100), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11]"},
};

START_TEST(test_list_slice_deletion) {
    Value l = fx_ints(12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    ck_assert(ops_delitem(
        &fx, l, slice_of(delete_cases[_i].start, delete_cases[_i].stop, delete_cases[_i].step)));
    ck_assert_str_eq(fx_repr(l), delete_cases[_i].want);
}
END_TEST

START_TEST(test_list_index_errors) {
    Value l = fx_ints(2, 1, 2), out;
    ck_assert_str_eq(fx_result(ops_getitem(&fx, l, v_int(2), &out), out),
                     "!! IndexError: list index out of range");
    ck_assert(!ops_setitem(&fx, l, v_int(-3), v_int(0)));
    ck_assert_str_eq(fx_error(), "IndexError: list assignment index out of range");
    ck_assert(!ops_delitem(&fx, l, v_int(2)));
    ck_assert_str_eq(fx_error(), "IndexError: list assignment index out of range");
    ck_assert_str_eq(fx_result(ops_getitem(&fx, l, v_float(0.0), &out), out),
                     "!! TypeError: list indices must be integers or slices, not float");
    ck_assert(!ops_setitem(&fx, l, slice_of(v_int(0), v_int(1), v_none()), v_int(5)));
    ck_assert_str_eq(fx_error(), "TypeError: must assign iterable to extended slice");
}
END_TEST

START_TEST(test_list_methods) {
    Value l = fx_ints(3, 5, 6, 7), out, args[3];
    args[0] = v_int(0), args[1] = v_int(4);
    ck_assert(fx_call_method(l, "insert", 2, args, &out) && is_none(out));
    args[0] = v_int(-100), args[1] = v_int(3);
    ck_assert(fx_call_method(l, "insert", 2, args, &out));
    args[0] = v_int(100), args[1] = v_int(8);
    ck_assert(fx_call_method(l, "insert", 2, args, &out));
    ck_assert_str_eq(fx_repr(l), "[3, 4, 5, 6, 7, 8]");
    ck_assert_str_eq(fx_result(fx_call_method(l, "pop", 0, args, &out), out), "8");
    args[0] = v_int(0);
    ck_assert_str_eq(fx_result(fx_call_method(l, "pop", 1, args, &out), out), "3");
    args[0] = v_int(6);
    ck_assert_str_eq(fx_result(fx_call_method(l, "index", 1, args, &out), out), "2");
    ck_assert_str_eq(fx_result(fx_call_method(l, "remove", 1, args, &out), out), "None");
    ck_assert_str_eq(fx_result(fx_call_method(l, "remove", 1, args, &out), out),
                     "!! ValueError: list.remove(x): x not in list");
    ck_assert_str_eq(fx_result(fx_call_method(l, "index", 1, args, &out), out),
                     "!! ValueError: list.index(x): x not in list");
    args[0] = v_int(10);
    ck_assert_str_eq(fx_result(fx_call_method(l, "pop", 1, args, &out), out),
                     "!! IndexError: pop index out of range");
    ck_assert_str_eq(fx_result(fx_call_method(l, "reverse", 0, args, &out), out), "None");
    ck_assert_str_eq(fx_repr(l), "[7, 5, 4]");
    ck_assert_str_eq(fx_result(fx_call_method(l, "copy", 0, args, &out), out), "[7, 5, 4]");
    ck_assert_str_eq(fx_result(fx_call_method(l, "clear", 0, args, &out), out), "None");
    ck_assert_str_eq(fx_result(fx_call_method(l, "pop", 0, args, &out), out),
                     "!! IndexError: pop from empty list");
    ck_assert_str_eq(fx_result(fx_call_method(l, "append", 0, args, &out), out),
                     "!! TypeError: list.append() takes exactly one argument (0 given)");
    ck_assert_str_eq(fx_result(fx_call_method(l, "insert", 1, args, &out), out),
                     "!! TypeError: insert expected 2 arguments, got 1");
    ck_assert_str_eq(fx_result(fx_call_method(l, "copy", 1, args, &out), out),
                     "!! TypeError: list.copy() takes no arguments (1 given)");
}
END_TEST

START_TEST(test_list_compare_and_concat) {
    Value a = fx_ints(2, 1, 2), b = fx_ints(3, 1, 2, 0), out;
    ck_assert(ops_compare(&fx, a, b, AST_CMP_LT, &out) && out.as.b);
    ck_assert(ops_compare(&fx, a, b, AST_CMP_EQ, &out) && !out.as.b);
    ck_assert_str_eq(fx_result(ops_binary(&fx, a, b, AST_OP_ADD, &out), out), "[1, 2, 1, 2, 0]");
    ck_assert_str_eq(fx_result(ops_binary(&fx, a, v_int(3), AST_OP_MUL, &out), out),
                     "[1, 2, 1, 2, 1, 2]");
    ck_assert_str_eq(fx_result(ops_binary(&fx, a, fx_tuple(0), AST_OP_ADD, &out), out),
                     "!! TypeError: can only concatenate list (not \"tuple\") to list");
    ck_assert_str_eq(fx_result(ops_binary(&fx, a, a, AST_OP_MUL, &out), out),
                     "!! TypeError: can't multiply sequence by non-int of type 'list'");
}
END_TEST

// --- sort

static bool negate_fn(Run *r, Value self, const Args *a, Value *out) {
    (void)r, (void)self;
    *out = v_int(-a->pos[0].as.i);
    return true;
}

static bool first_fn(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return ops_getitem(r, a->pos[0], v_int(0), out);
}

// A key that allocates and collects each time: the sort's arrays must stay reachable.
static bool collecting_fn(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Obj *t = tuple_pack2(r, a->pos[0], v_none());
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    gc_collect(r);
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return true;
}

static Value sort_target;

static bool mutating_fn(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    *out = a->pos[0];
    return list_append(r, sort_target.as.obj, v_int(0));
}

static bool failing_fn(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    *out = a->pos[0];
    if (is_int(a->pos[0]) && a->pos[0].as.i == 1) return exc_raise(r, &exc_ValueError, "no ones");
    return true;
}

static Value builtin(const MethodDef *def) {
    Value f;
    ck_assert(method_bind(&fx, v_none(), def, &f));
    return fx_keep(f);
}

static int cmp_int64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

START_TEST(test_list_sort_matches_qsort) {
    static int64_t want[3000];
    size_t n = 3000;
    Value l = fx_ints(0);
    uint64_t seed = 12345 + (uint64_t)_i;
    for (size_t k = 0; k < n; k++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        // runs, plateaus and noise, so every path of the merge is taken
        int64_t v = _i == 0   ? (int64_t)(seed >> 40) % 1000
                    : _i == 1 ? (int64_t)k % 97
                              : -(int64_t)k;
        want[k] = v;
        ck_assert(list_append(&fx, l.as.obj, v_int(v)));
    }
    qsort(want, n, sizeof *want, cmp_int64);
    ck_assert(list_sort(&fx, l.as.obj, v_none(), false));
    for (size_t k = 0; k < n; k++) ck_assert_int_eq(as_list(l)->items[k].as.i, want[k]);
}
END_TEST

START_TEST(test_list_sort_is_stable_with_keys_and_reverse) {
    static const MethodDef first = {"first", first_fn};
    Value l = fx_ints(0);
    int keys[] = {1, 0, 1, 0, 2};
    for (int k = 0; k < 5; k++) {
        ck_assert(list_append(&fx, l.as.obj, fx_tuple(2, v_int(keys[k]), v_int(k))));
    }
    ck_assert(list_sort(&fx, l.as.obj, builtin(&first), false));
    ck_assert_str_eq(fx_repr(l), "[(0, 1), (0, 3), (1, 0), (1, 2), (2, 4)]");
    ck_assert(list_sort(&fx, l.as.obj, builtin(&first), true));
    ck_assert_str_eq(fx_repr(l), "[(2, 4), (1, 0), (1, 2), (0, 1), (0, 3)]");
    static const MethodDef negate = {"negate", negate_fn};
    Value m = fx_ints(5, 3, 1, 4, 1, 5);
    ck_assert(list_sort(&fx, m.as.obj, builtin(&negate), false));
    ck_assert_str_eq(fx_repr(m), "[5, 4, 3, 1, 1]");
}
END_TEST

START_TEST(test_list_sort_compares_in_cpython_order) {
    Value l = fx_ints(0);
    ck_assert(list_append(&fx, l.as.obj, v_int(1)));
    ck_assert(list_append(&fx, l.as.obj, fx_str("a")));
    ck_assert(!list_sort(&fx, l.as.obj, v_none(), false));
    ck_assert_str_eq(fx_error(),
                     "TypeError: '<' not supported between instances of 'str' and 'int'");
    ck_assert_str_eq(fx_repr(l), "[1, 'a']");
    Value m = fx_ints(3, 3, 2, 1);
    ck_assert(list_append(&fx, m.as.obj, v_none()));
    ck_assert(!list_sort(&fx, m.as.obj, v_none(), false));
    ck_assert_str_eq(fx_error(),
                     "TypeError: '<' not supported between instances of 'NoneType' and 'int'");
    ck_assert_uint_eq(as_list(m)->len, 4);
}
END_TEST

START_TEST(test_list_sort_detects_mutation) {
    static const MethodDef mutate = {"mutate", mutating_fn};
    sort_target = fx_ints(3, 3, 1, 2);
    ck_assert(!list_sort(&fx, sort_target.as.obj, builtin(&mutate), false));
    ck_assert_str_eq(fx_error(), "ValueError: list modified during sort");
    ck_assert_str_eq(fx_repr(sort_target), "[1, 2, 3]");
    static const MethodDef fail = {"fail", failing_fn};
    Value l = fx_ints(3, 3, 1, 2);
    ck_assert(!list_sort(&fx, l.as.obj, builtin(&fail), false));
    ck_assert_str_eq(fx_error(), "ValueError: no ones");
    ck_assert_str_eq(fx_repr(l), "[3, 1, 2]");
}
END_TEST

START_TEST(test_list_sort_survives_collections) {
    static const MethodDef collect = {"collect", collecting_fn};
    Value l = fx_ints(0);
    for (int k = 0; k < 100; k++) {
        Value s = fx_str(k % 2 ? "odd" : "even");
        ck_assert(list_append(&fx, l.as.obj, fx_tuple(2, v_int(100 - k), s)));
    }
    ck_assert(list_sort(&fx, l.as.obj, builtin(&collect), false));
    gc_collect(&fx);
    ck_assert_str_eq(fx_repr(as_list(l)->items[0]), "(1, 'odd')");
    ck_assert_str_eq(fx_repr(as_list(l)->items[99]), "(100, 'even')");
}
END_TEST

START_TEST(test_list_sort_method_arguments) {
    Value l = fx_ints(3, 2, 3, 1), out;
    Value args[1] = {v_int(1)};
    ck_assert_str_eq(fx_result(fx_call_method(l, "sort", 1, args, &out), out),
                     "!! TypeError: sort() takes no positional arguments");
    Obj *names[1] = {fx_str("reverse").as.obj};
    Value m;
    ck_assert(ops_method(&fx, l, "sort", &m));
    Args a = {.pos = NULL, .npos = 0, .nkw = 1, .kwvalues = args, .kwnames = names};
    ck_assert(ops_call(&fx, m, &a, &out) && is_none(out));
    ck_assert_str_eq(fx_repr(l), "[3, 2, 1]");
}
END_TEST

START_TEST(test_list_refuses_huge_repeat) {
    fx.mem.limits.max_bytes = 1 << 20;
    Value l = fx_ints(2, 1, 2), out;
    ck_assert(!ops_binary(&fx, l, v_int(1 << 30), AST_OP_MUL, &out));
    ck_assert_int_eq(fx.abort, ABORT_MEMORY);
    fx.abort = ABORT_NONE;
}
END_TEST

Suite *obj_list_suite(void) {
    Suite *s = suite_create("obj_list");
    TCase *tc = tcase_create("list");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_test(tc, test_list_repr_and_recursion);
    tcase_add_test(tc, test_list_growth_follows_cpython);
    tcase_add_test(tc, test_list_extend_with_itself);
    tcase_add_loop_test(tc, test_list_slice_assignment, 0,
                        sizeof assign_cases / sizeof *assign_cases);
    tcase_add_loop_test(tc, test_list_slice_deletion, 0,
                        sizeof delete_cases / sizeof *delete_cases);
    tcase_add_test(tc, test_list_index_errors);
    tcase_add_test(tc, test_list_methods);
    tcase_add_test(tc, test_list_compare_and_concat);
    tcase_add_loop_test(tc, test_list_sort_matches_qsort, 0, 3);
    tcase_add_test(tc, test_list_sort_is_stable_with_keys_and_reverse);
    tcase_add_test(tc, test_list_sort_compares_in_cpython_order);
    tcase_add_test(tc, test_list_sort_detects_mutation);
    tcase_add_test(tc, test_list_sort_survives_collections);
    tcase_add_test(tc, test_list_sort_method_arguments);
    tcase_add_test(tc, test_list_refuses_huge_repeat);
    suite_add_tcase(s, tc);
    return s;
}
