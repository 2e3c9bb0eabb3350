// container.c: the "[...]" flag, argument-count messages in CPython's conventions, index and
// slice-index conversion, and the unhashable-key message of 3.14.
#include "container_fixture.h"
#include "interp/container.h"

START_TEST(test_container_repr_flag) {
    Value l = fx_ints(0);
    ck_assert(container_repr_enter(l.as.obj));
    ck_assert(!container_repr_enter(l.as.obj));
    container_repr_leave(l.as.obj);
    ck_assert(container_repr_enter(l.as.obj));
    container_repr_leave(l.as.obj);
    ck_assert(container_repr_enter(tuple_new(&fx, 0)));  // static: never flagged
    ck_assert(container_repr_enter(tuple_new(&fx, 0)));
}
END_TEST

static const struct {
    int kind;  // 0 none, 1 one, 2 count
    uint32_t npos, min, max;
    bool kw;
    const char *want;
} args_cases[] = {
    {0, 1, 0, 0, false, "TypeError: list.clear() takes no arguments (1 given)"},
    {0, 0, 0, 0, true, "TypeError: list.clear() takes no keyword arguments"},
    {1, 2, 0, 0, false, "TypeError: list.clear() takes exactly one argument (2 given)"},
    {2, 0, 1, 3, false, "TypeError: clear expected at least 1 argument, got 0"},
    {2, 4, 1, 3, false, "TypeError: clear expected at most 3 arguments, got 4"},
    {2, 3, 2, 2, false, "TypeError: clear expected 2 arguments, got 3"},
    {2, 2, 0, 1, false, "TypeError: clear expected at most 1 argument, got 2"},
    {2, 0, 1, 1, false, "TypeError: clear expected 1 argument, got 0"},
    {2, 1, 1, 2, true, "TypeError: list.clear() takes no keyword arguments"},
};

START_TEST(test_container_argument_messages) {
    Value pos[4] = {v_none(), v_none(), v_none(), v_none()};
    Obj *names[1] = {fx_str("k").as.obj};
    Args a = {.pos = pos,
              .npos = args_cases[_i].npos,
              .nkw = args_cases[_i].kw,
              .kwvalues = pos,
              .kwnames = names};
    bool ok =
        args_cases[_i].kind == 0 ? container_args_none(&fx, &a, "list.clear")
        : args_cases[_i].kind == 1
            ? container_args_one(&fx, &a, "list.clear")
            : container_args_count(&fx, &a, "list.clear", args_cases[_i].min, args_cases[_i].max);
    ck_assert(!ok);
    ck_assert_str_eq(fx_error(), args_cases[_i].want);
}
END_TEST

START_TEST(test_container_indices) {
    int64_t i = 42;
    ck_assert(container_index(&fx, v_bool(true), "list", &i) && i == 1);
    ck_assert(!container_index(&fx, v_none(), "list", &i));
    ck_assert_str_eq(fx_error(),
                     "TypeError: list indices must be integers or slices, not NoneType");
    i = 42;
    ck_assert(container_slice_index(&fx, v_none(), true, &i) && i == 42);
    ck_assert(!container_slice_index(&fx, v_none(), false, &i));
    ck_assert_str_eq(fx_error(),
                     "TypeError: slice indices must be integers or have an __index__ method");
    ck_assert(!container_ssize(&fx, v_float(1.0), &i));
    ck_assert_str_eq(fx_error(), "TypeError: 'float' object cannot be interpreted as an integer");
}
END_TEST

START_TEST(test_container_hash_key_message) {
    int64_t h;
    ck_assert(container_hash_key(&fx, v_int(5), "dict key", &h) && h == 5);
    ck_assert(!container_hash_key(&fx, fx_ints(0), "dict key", &h));
    ck_assert_str_eq(fx_error(),
                     "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')");
}
END_TEST

START_TEST(test_container_nesting_guard) {
    fx.native_depth = CONTAINER_MAX_NEST;
    ck_assert(!container_nest_enter(&fx, " in comparison"));
    ck_assert_str_eq(fx_error(), "RecursionError: maximum recursion depth exceeded in comparison");
    fx.native_depth = 0;
    ck_assert(container_nest_enter(&fx, ""));
    container_nest_leave(&fx);
    ck_assert_uint_eq(fx.native_depth, 0);
}
END_TEST

Suite *container_suite(void) {
    Suite *s = suite_create("container");
    TCase *tc = tcase_create("container");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_test(tc, test_container_repr_flag);
    tcase_add_loop_test(tc, test_container_argument_messages, 0,
                        sizeof args_cases / sizeof *args_cases);
    tcase_add_test(tc, test_container_indices);
    tcase_add_test(tc, test_container_hash_key_message);
    tcase_add_test(tc, test_container_nesting_guard);
    suite_add_tcase(s, tc);
    return s;
}
