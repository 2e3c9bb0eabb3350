#include <stdlib.h>
#include <string.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_str.h"
#include "interp/obj_str_char.h"
#include "interp/obj_str_format.h"
#include "interp/obj_str_methods.h"
#include "interp/obj_str_search.h"
#include "interp/ops.h"
#include "suites.h"
#include "test_obj_str_cases.h"
#include "test_obj_str_table.h"

static Run *r;
static void setup(void) { r = str_case_run_new(); }
static void teardown(void) { str_case_run_free(r); }

#define CASE_COUNT(t) ((int)(sizeof t / sizeof t[0]))

// ---- the CPython-confirmed tables ----

static void check_case(const StrCase *c) {
    const char *got = str_case_eval(r, c);
    ck_assert_msg(strcmp(got, c->expected) == 0, "%s | %s | %s: expected %s, got %s", c->a, c->b,
                  c->args, c->expected, got);
    ck_assert_msg(str_case_roots_balanced(), "%s | %s | %s: roots left pushed", c->a, c->b, c->args);
}

START_TEST(test_str_methods_match_cpython) {
    check_case(&str_method_cases[_i]);
}
END_TEST

START_TEST(test_str_operators_match_cpython) {
    check_case(&str_op_cases[_i]);
}
END_TEST

// ---- moat's own rules ----

START_TEST(test_str_format_refuses_attribute_access) {
    static const StrCase c = {'M', "'{0.real}'", "format", "1", NULL};
    const char *got = str_case_eval(r, &c);
    ck_assert_str_eq(got, "ValueError: moat does not allow attribute access in format strings "
                          "('.real')");
}
END_TEST

START_TEST(test_str_method_table_is_sorted) {
    for (int k = 1; k < STR_METHOD_COUNT; k++) {
        ck_assert_msg(strcmp(str_methods[k - 1].name, str_methods[k].name) < 0, "%s",
                      str_methods[k].name);
    }
}
END_TEST

// ---- representation ----

static const struct {
    const char *text;
    size_t chars;
    bool ascii;
} new_cases[] = {
    {"", 0, true},
    {"a", 1, true},
    {"hello, world", 12, true},
    {"caf\xc3\xa9", 4, false},
    {"\xf0\x9f\x98\x80 and \xe2\x82\xac over sixteen bytes", 26, false},
    {"\xed\xa0\x80", 1, false},  // a lone surrogate
};

START_TEST(test_str_new_counts_code_points) {
    Obj *o = str_new(r, new_cases[_i].text, strlen(new_cases[_i].text));
    ObjStr *s = (ObjStr *)o;
    ck_assert_uint_eq(s->len, strlen(new_cases[_i].text));
    ck_assert_uint_eq(s->chars, new_cases[_i].chars);
    ck_assert_int_eq(s->ascii, new_cases[_i].ascii);
    ck_assert_int_ne(str_hash(s), -1);
}
END_TEST

START_TEST(test_str_small_strings_are_static) {
    ck_assert_ptr_eq(str_new(r, "", 0), str_empty());
    ck_assert_ptr_eq(str_new(r, "x", 1), str_ascii_char('x'));
    ck_assert_ptr_eq(str_from_codepoint(r, 'q'), str_ascii_char('q'));
    ck_assert_uint_eq(str_ascii_char('x')->flags & OBJ_STATIC, OBJ_STATIC);
    ck_assert_ptr_null(r->objects);
}
END_TEST

START_TEST(test_str_equal_strings_hash_equal) {
    ObjStr *a = (ObjStr *)str_new(r, "the same text", 13);
    ck_assert(gc_push_root(r, v_obj((Obj *)a)));
    ObjStr *b = (ObjStr *)str_new(r, "the same text", 13);
    ck_assert(gc_push_root(r, v_obj((Obj *)b)));
    ObjStr *c = (ObjStr *)str_new(r, "the same texu", 13);
    ck_assert(a != b);
    ck_assert(str_equal(a, b));
    ck_assert(!str_equal(a, c));
    ck_assert_int_eq(str_hash(a), str_hash(b));
    ck_assert_int_ne(str_hash(a), str_hash(c));
    ck_assert_int_eq(str_hash((ObjStr *)str_ascii_char('z')), str_hash_bytes("z", 1));
}
END_TEST

START_TEST(test_str_static_init_precomputes_hash) {
    char mem[64];
    ObjStr *s = (ObjStr *)str_init_static(mem, "name", 4);
    ck_assert_uint_eq(s->base.flags & OBJ_STATIC, OBJ_STATIC);
    ck_assert_int_eq(s->hash, str_hash_bytes("name", 4));
    ck_assert(str_equal_cstr(s, "name"));
    ck_assert(!str_equal_cstr(s, "nam"));
}
END_TEST

// The module dunders' hashes are written into their static objects: they must be the hash.
START_TEST(test_str_dunder_hashes_are_their_texts_hashes) {
    const char *texts[] = {"__name__", "__main__", "__doc__"};
    Obj *objs[] = {str_dunder_name(), str_dunder_main(), str_dunder_doc()};
    for (size_t k = 0; k < 3; k++) {
        const ObjStr *s = (const ObjStr *)objs[k];
        ck_assert(str_equal_cstr(s, texts[k]));
        ck_assert_int_eq(s->hash, str_hash_bytes(texts[k], strlen(texts[k])));
    }
}
END_TEST

START_TEST(test_str_byte_offsets_walk_from_the_nearer_end) {
    const char *t = "a\xc3\xa9\xf0\x9f\x98\x80z";  // a é 😀 z
    ObjStr *s = (ObjStr *)str_new(r, t, strlen(t));
    static const size_t offsets[] = {0, 1, 3, 7, 8};
    for (size_t k = 0; k < 5; k++) {
        ck_assert_uint_eq(str_byte_offset(s, k), offsets[k]);
        ck_assert_uint_eq(str_char_index(s, offsets[k]), k);
    }
}
END_TEST

// ---- search ----

static const struct {
    const char *hay, *needle;
    int64_t first, last;
    size_t count;
} search_cases[] = {
    {"abcabc", "bc", 1, 4, 2},
    {"aaaa", "aa", 0, 2, 2},
    {"abc", "", 0, 3, 4},
    {"abc", "abcd", -1, -1, 0},
    {"xabacabadabacabax", "abacaba", 1, 9, 2},
    {"aaaaaaaaab", "aaab", 6, 6, 1},
    {"baaaaaaaaa", "baaa", 0, 0, 1},
};

START_TEST(test_str_search_finds_first_last_and_count) {
    const char *h = search_cases[_i].hay, *n = search_cases[_i].needle;
    ck_assert_int_eq(str_search_find(h, strlen(h), n, strlen(n)), search_cases[_i].first);
    ck_assert_int_eq(str_search_rfind(h, strlen(h), n, strlen(n)), search_cases[_i].last);
    ck_assert_uint_eq(str_search_count(h, strlen(h), n, strlen(n), -1), search_cases[_i].count);
}
END_TEST

// Two-Way stays linear where a naive search is quadratic.
START_TEST(test_str_search_is_linear_on_periodic_text) {
    size_t n = 1 << 20, m = 1 << 14;
    char *hay = malloc(n), *needle = malloc(m);
    memset(hay, 'a', n);
    memset(needle, 'a', m);
    needle[0] = 'b';
    ck_assert_int_eq(str_search_find(hay, n, needle, m), -1);
    needle[0] = 'a';
    needle[m - 1] = 'b';
    ck_assert_int_eq(str_search_rfind(hay, n, needle, m), -1);
    free(hay);
    free(needle);
}
END_TEST

// ---- character classes ----

START_TEST(test_str_char_classes_and_mappings) {
    uint32_t m[STR_CHAR_CASE_MAX];
    ck_assert(str_char_isalpha(0xE9));
    ck_assert(!str_char_isalpha('1'));
    ck_assert(str_char_isdigit(0xB2) && !str_char_isdecimal(0xB2));
    ck_assert(str_char_isnumeric(0x4E00));
    ck_assert_int_eq(str_char_decimal(0x663), 3);
    ck_assert_int_eq(str_char_decimal('x'), -1);
    ck_assert(str_char_isspace(0x3000) && !str_char_isspace(0x200B));
    ck_assert(!str_char_isprintable(0xAD) && str_char_isprintable(0x1F600));
    ck_assert(str_char_isxid_start('_') && !str_char_isxid_start('1'));
    ck_assert_uint_eq(str_char_upper(0xDF, m), 2);
    ck_assert(m[0] == 'S' && m[1] == 'S');
    ck_assert_uint_eq(str_char_lower(0x130, m), 2);
    ck_assert_uint_eq(str_char_title(0x1C6, m), 1);
    ck_assert_uint_eq(m[0], 0x1C5);
    ck_assert_uint_eq(str_char_fold(0x3C2, m), 1);
    ck_assert_uint_eq(m[0], 0x3C3);
}
END_TEST

// ---- limits ----

START_TEST(test_str_repeat_past_the_memory_limit_is_refused) {
    r->mem.limits.max_bytes = 1 << 20;
    static const StrCase c = {'O', "'abc'", "*", "10000000", NULL};
    const char *got = str_case_eval(r, &c);
    ck_assert_str_eq(got, "<limit>");
    ck_assert_int_eq(r->abort, ABORT_MEMORY);
    ck_assert_uint_lt(r->mem.bytes, 1 << 20);
}
END_TEST

START_TEST(test_str_pad_past_the_memory_limit_is_refused) {
    r->mem.limits.max_bytes = 1 << 20;
    static const StrCase c = {'M', "'x'", "center", "100000000", NULL};
    ck_assert_str_eq(str_case_eval(r, &c), "<limit>");
    ck_assert_int_eq(r->abort, ABORT_MEMORY);
}
END_TEST

START_TEST(test_str_method_cases_survive_allocation_failures) {
    const char *why = str_case_fail_sweep(&str_method_cases[_i]);
    ck_assert_msg(why == NULL, "%s | %s | %s: %s", str_method_cases[_i].a, str_method_cases[_i].b, str_method_cases[_i].args, why);
}
END_TEST

START_TEST(test_str_op_cases_survive_allocation_failures) {
    const char *why = str_case_fail_sweep(&str_op_cases[_i]);
    ck_assert_msg(why == NULL, "%s | %s | %s: %s", str_op_cases[_i].a, str_op_cases[_i].b, str_op_cases[_i].args, why);
}
END_TEST

Suite *obj_str_suite(void) {
    Suite *s = suite_create("obj_str");
    TCase *tc = tcase_create("cpython");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_str_methods_match_cpython, 0, CASE_COUNT(str_method_cases));
    tcase_add_loop_test(tc, test_str_operators_match_cpython, 0, CASE_COUNT(str_op_cases));
    tcase_add_test(tc, test_str_format_refuses_attribute_access);
    tcase_add_test(tc, test_str_method_table_is_sorted);
    suite_add_tcase(s, tc);
    tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_str_new_counts_code_points, 0, CASE_COUNT(new_cases));
    tcase_add_test(tc, test_str_small_strings_are_static);
    tcase_add_test(tc, test_str_equal_strings_hash_equal);
    tcase_add_test(tc, test_str_static_init_precomputes_hash);
    tcase_add_test(tc, test_str_dunder_hashes_are_their_texts_hashes);
    tcase_add_test(tc, test_str_byte_offsets_walk_from_the_nearer_end);
    tcase_add_loop_test(tc, test_str_search_finds_first_last_and_count, 0,
                        CASE_COUNT(search_cases));
    tcase_add_test(tc, test_str_search_is_linear_on_periodic_text);
    tcase_add_test(tc, test_str_char_classes_and_mappings);
    tcase_add_test(tc, test_str_repeat_past_the_memory_limit_is_refused);
    tcase_add_test(tc, test_str_pad_past_the_memory_limit_is_refused);
    suite_add_tcase(s, tc);
    tc = tcase_create("allocation failures");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_str_method_cases_survive_allocation_failures, 0, CASE_COUNT(str_method_cases));
    tcase_add_loop_test(tc, test_str_op_cases_survive_allocation_failures, 0, CASE_COUNT(str_op_cases));
    suite_add_tcase(s, tc);
    return s;
}
