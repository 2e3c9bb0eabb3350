// re's engine on its own (re_compile.c, re_match.c): programs against CPython 3.14's spans, a
// pattern error with its position, the instruction limit stopping a catastrophic pattern, and
// every allocation of compiling and matching failing in turn.
#include <stdlib.h>
#include <string.h>

#include "interp/mem.h"
#include "interp/re.h"
#include "interp/run.h"
#include "suites.h"

static Run *rx;

static void setup(void) {
    RunConfig cfg = {0};
    rx = run_new(&cfg);
    ck_assert_ptr_nonnull(rx);
}

static void teardown(void) {
    run_free(rx);
}

enum { RT_MAX = 64 };

// ASCII text as code points in out (RT_MAX of them at most).
static size_t rt_codes(const char *s, uint32_t *out) {
    size_t n = strlen(s);
    ck_assert_uint_le(n, RT_MAX);
    for (size_t k = 0; k < n; k++) out[k] = (unsigned char)s[k];
    return n;
}

// Compiles pattern and searches subject: whether it matched; slots (malloc'd) through *slots.
static bool rt_search(const char *pattern, const char *subject, int flags, ReProg *prog, int64_t **slots,
                      bool *ran) {
    uint32_t p[RT_MAX], s[RT_MAX];
    size_t np = rt_codes(pattern, p), ns = rt_codes(subject, s);
    ReError err;
    *slots = NULL;
    *ran = false;
    if (!re_compile(rx, p, np, flags, prog, &err)) return false;
    *slots = malloc(prog->nslots * sizeof(int64_t));
    ck_assert_ptr_nonnull(*slots);
    bool found = false;
    ReSubject subj = {s, NULL, ns};
    *ran = re_exec(rx, prog, subj, 0, RE_MODE_SEARCH, false, *slots, &found);
    return *ran && found;
}

// (CPython: re.search(pattern, subject, flags).span() and .span(1), -1 without a group 1)
static const struct {
    const char *pattern, *subject;
    int flags;
    int64_t start, end, g1start, g1end;
} rows[] = {
    {"a+", "xaaay", 0, 1, 4, -1, -1},
    {"(\\d+)-(\\d+)", "tel 555-1234", 0, 4, 12, 4, 7},
    {"(a|ab)(c|bcd)", "abcd", 0, 0, 4, 0, 1},
    {"<(.*?)>", "<a><b>", 0, 0, 3, 1, 2},
    {"(?<=\\$)(\\d+)", "cost $42", 0, 6, 8, 6, 8},
    {"\\b(\\w+)\\b", "  hello ", 0, 2, 7, 2, 7},
    {"(a*)*b", "aaab", 0, 0, 4, 3, 3},
    {"(?i)(HELLO)", "say hello", 0, 4, 9, 4, 9},
    {"^(b)", "a\nb", RE_FLAG_MULTILINE, 2, 3, 2, 3},
    {"(x)?y", "zy", 0, 1, 2, -1, -1},
    {"(a)\\1", "xaab", 0, 1, 3, 1, 2},
    {"(?>a+)(b)", "aaab", 0, 0, 4, 3, 4},
    {"(.)(?!\\1)", "aab", 0, 1, 2, 1, 2},
};

START_TEST(test_search_gives_cpythons_spans) {
    ReProg prog;
    int64_t *slots;
    bool ran;
    ck_assert(rt_search(rows[_i].pattern, rows[_i].subject, rows[_i].flags, &prog, &slots, &ran));
    ck_assert_int_eq(slots[0], rows[_i].start);
    ck_assert_int_eq(slots[1], rows[_i].end);
    int64_t g1s = prog.groups ? slots[2] : -1, g1e = prog.groups ? slots[3] : -1;
    ck_assert_int_eq(g1s, rows[_i].g1start);
    ck_assert_int_eq(g1e, rows[_i].g1end);
    free(slots);
    re_prog_free(rx, &prog);
}
END_TEST

START_TEST(test_bad_pattern_names_its_position) {
    uint32_t p[RT_MAX];
    size_t n = rt_codes("ab(c", p);
    ReProg prog;
    ReError err;
    ck_assert(!re_compile(rx, p, n, 0, &prog, &err));
    ck_assert_str_eq(err.msg, "missing ), unterminated subpattern");
    ck_assert_int_eq(err.pos, 2);
}
END_TEST

START_TEST(test_catastrophic_pattern_stops_at_the_instruction_limit) {
    rx->max_instructions = 200000;
    ReProg prog;
    int64_t *slots;
    bool ran;
    ck_assert(!rt_search("(a*)*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, &prog, &slots, &ran));
    ck_assert(!ran);
    ck_assert_int_eq(rx->abort, ABORT_INSTRUCTIONS);
    ck_assert_uint_ge(rx->instructions, 200000);
    free(slots);
    re_prog_free(rx, &prog);
}
END_TEST

START_TEST(test_every_allocation_may_fail) {
    for (uint64_t n = 1;; n++) {
        ReProg prog;
        int64_t *slots;
        bool ran;
        mem_fail_after(rx, n);
        bool found = rt_search("(?P<k>\\w+)=(\\d+(?:,\\d+)*)?", "x ab=1,2,3", 0, &prog, &slots, &ran);
        bool reached = rx->mem.fail_after == 0;
        mem_fail_after(rx, 0);
        if (!reached) {
            ck_assert(found);
            ck_assert_int_eq(slots[1], 10);
        } else {
            ck_assert(!found && !ran);
            ck_assert_int_ne(rx->abort, ABORT_NONE);
        }
        free(slots);
        if (slots) re_prog_free(rx, &prog);
        rx->abort = ABORT_NONE;
        if (!reached) break;
    }
}
END_TEST

Suite *re_suite(void) {
    Suite *s = suite_create("re");
    TCase *tc = tcase_create("engine");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_search_gives_cpythons_spans, 0, sizeof rows / sizeof *rows);
    tcase_add_test(tc, test_bad_pattern_names_its_position);
    tcase_add_test(tc, test_catastrophic_pattern_stops_at_the_instruction_limit);
    tcase_add_test(tc, test_every_allocation_may_fail);
    suite_add_tcase(s, tc);
    return s;
}
