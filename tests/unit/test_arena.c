#include <stdint.h>
#include <string.h>

#include "parser/arena.h"
#include "suites.h"

static Arena a;
static void setup(void) { arena_init(&a); }
static void teardown(void) { arena_fini(&a); }

START_TEST(test_arena_alloc_is_8_aligned) {
    ck_assert_ptr_nonnull(arena_alloc(&a, 3));
    ck_assert_uint_eq((uintptr_t)arena_alloc(&a, 1) % 8, 0);
}
END_TEST

START_TEST(test_arena_large_alloc_gets_own_chunk) {
    char *big = arena_alloc(&a, 1 << 20);
    ck_assert_ptr_nonnull(big);
    memset(big, 1, 1 << 20);
    ck_assert_ptr_nonnull(arena_alloc(&a, 16));
}
END_TEST

START_TEST(test_arena_budget_refuses_and_marks_failed) {
    a.budget = 100000;
    ck_assert_ptr_nonnull(arena_alloc(&a, 1000));
    ck_assert_ptr_null(arena_alloc(&a, 200000));
    ck_assert(a.failed);
}
END_TEST

START_TEST(test_arena_calloc_overflow_is_refused) {
    ck_assert_ptr_null(arena_calloc(&a, SIZE_MAX / 2, 4));
    ck_assert(a.failed);
}
END_TEST

START_TEST(test_arena_strndup_terminates) {
    char *s = arena_strndup(&a, "hello world", 5);
    ck_assert_str_eq(s, "hello");
}
END_TEST

Suite *arena_suite(void) {
    Suite *s = suite_create("arena");
    TCase *tc = tcase_create("alloc");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_arena_alloc_is_8_aligned);
    tcase_add_test(tc, test_arena_large_alloc_gets_own_chunk);
    tcase_add_test(tc, test_arena_budget_refuses_and_marks_failed);
    tcase_add_test(tc, test_arena_calloc_overflow_is_refused);
    tcase_add_test(tc, test_arena_strndup_terminates);
    suite_add_tcase(s, tc);
    return s;
}
