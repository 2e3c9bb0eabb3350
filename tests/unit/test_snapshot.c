// Snapshots: a run dumped at any stop and loaded (here, and in another process) ends as the
// uninterrupted run does; truncated, flipped, re-checksummed or wrongly signed bytes are
// refused without a crash.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "moat.h"
#include "suites.h"

static const char script[] =
    "import asyncio\n"
    "seen = []\n"
    "nan = float('nan')\n"
    "def visit(n):\n"
    "    seen.append(tool(n))\n"
    "    return seen[-1]\n"
    "async def one(n):\n"
    "    return await fetch(n) * 10\n"
    "for i in range(3):\n"
    "    print('visit', visit(i))\n"
    "try:\n"
    "    tool(-1)\n"
    "except ValueError as e:\n"
    "    print('caught', e)\n"
    "async def main():\n"
    "    return await asyncio.gather(one(1), one(2))\n"
    "got = asyncio.run(main())\n"
    "print('got', got)\n"
    "(sum(seen), got, region, len({nan, float('nan'), nan}))\n";

static const MoatExternal tools[] = {{"tool", false}, {"fetch", true}};

typedef struct Output {
    char text[4096];
    size_t len;
} Output;

static void collect(void *ctx, const char *data, size_t len) {
    Output *o = ctx;
    if (o->len + len < sizeof o->text) {
        memcpy(o->text + o->len, data, len);
        o->len += len;
        o->text[o->len] = '\0';
    }
}

static void options(MoatRunOptions *o, Output *out, const char *key) {
    moat_run_options_init(o);
    o->limits.max_duration = 5;
    o->print = collect;
    o->print_ctx = out;
    o->externals = tools;
    o->external_count = 2;
    if (key) {
        o->snapshot_key = key;
        o->snapshot_key_len = strlen(key);
    }
}

static MoatValue *region_value;
static const char *const input_names[] = {"region"};

static MoatProgress *start(MoatProgram **prog, Output *out, const char *key) {
    ck_assert_int_eq(moat_compile(script, strlen(script), "agent.py", prog), MOAT_OK);
    MoatRunOptions o;
    options(&o, out, key);
    region_value = moat_value_str("eu", 2);
    const MoatValue *values[] = {region_value};
    o.input_names = input_names;
    o.input_values = values;
    o.input_count = 1;
    MoatProgress *p;
    ck_assert_int_eq(moat_start(*prog, &o, &p), MOAT_OK);
    moat_value_free(region_value);  // start copied it
    return p;
}

// The host's side: tool(n) is n + 1 (negative n raises), fetch is deferred and answered when
// the run waits, the last pending first, with n * 7.
static void step(MoatProgress *p) {
    MoatValue *v = NULL;
    uint64_t id;
    if (moat_progress_kind(p) == MOAT_PROGRESS_CALL) {
        id = moat_progress_call_id(p);
        if (moat_progress_call_is_async(p)) {
            ck_assert_int_eq(moat_defer(p, id), MOAT_OK);
            return;
        }
        int64_t n;
        ck_assert(moat_value_as_int(moat_value_item(moat_progress_call_args(p), 0), &n));
        v = n < 0 ? moat_value_exception("ValueError", "negative") : moat_value_int(n + 1);
    } else {
        ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_WAITING);
        size_t c = moat_progress_pending_count(p);
        id = moat_progress_pending_id(p, c - 1);
        v = moat_value_int((int64_t)id * 7);
    }
    ck_assert_int_eq(moat_resume(p, id, v), MOAT_OK);
    moat_value_free(v);
}

static bool suspended(const MoatProgress *p) {
    return moat_progress_kind(p) == MOAT_PROGRESS_CALL || moat_progress_kind(p) == MOAT_PROGRESS_WAITING;
}

static void finish(MoatProgress *p) {
    while (suspended(p)) step(p);
    ck_assert_msg(moat_progress_kind(p) == MOAT_PROGRESS_DONE, "%s",
                  moat_progress_kind(p) == MOAT_PROGRESS_ERROR ? moat_progress_error_traceback(p) : "");
}

// The uninterrupted run's output and result.
static void reference(Output *out, char *result, size_t cap) {
    MoatProgram *prog;
    MoatProgress *p = start(&prog, out, NULL);
    finish(p);
    snprintf(result, cap, "%s", moat_progress_result_repr(p));
    moat_progress_free(p);
    moat_program_free(prog);
}

START_TEST(test_dump_at_every_stop_resumes_to_same_end) {
    Output want = {0};
    char want_result[256];
    reference(&want, want_result, sizeof want_result);
    // a NaN made after a load is another object than one made before the dump
    ck_assert_str_eq(want_result, "(6, [350, 420], 'eu', 2)");
    // dump at the k-th stop, load, finish the loaded run; its output from there on plus the
    // output before the dump must be the uninterrupted run's
    for (int stop = 0;; stop++) {
        Output before = {0};
        MoatProgram *prog;
        MoatProgress *p = start(&prog, &before, NULL);
        for (int k = 0; k < stop && suspended(p); k++) step(p);
        if (!suspended(p)) {
            ck_assert_int_ge(stop, 8);  // every stop was visited
            moat_progress_free(p);
            moat_program_free(prog);
            break;
        }
        void *bytes;
        size_t len;
        ck_assert_int_eq(moat_dump(p, &bytes, &len), MOAT_OK);
        moat_progress_free(p);
        moat_program_free(prog);  // the loaded run needs neither
        Output after = {0};
        MoatRunOptions o;
        options(&o, &after, NULL);
        MoatProgress *q;
        ck_assert_int_eq(moat_load(bytes, len, &o, &q), MOAT_OK);
        moat_free(bytes);
        finish(q);
        ck_assert_str_eq(moat_progress_result_repr(q), want_result);
        char joined[8192];
        snprintf(joined, sizeof joined, "%s%s", before.text, after.text);
        ck_assert_str_eq(joined, want.text);
        moat_progress_free(q);
    }
}
END_TEST

START_TEST(test_load_in_another_process) {
    Output before = {0};
    MoatProgram *prog;
    MoatProgress *p = start(&prog, &before, NULL);
    for (int k = 0; k < 4; k++) step(p);
    void *bytes;
    size_t len;
    ck_assert_int_eq(moat_dump(p, &bytes, &len), MOAT_OK);
    moat_progress_free(p);
    moat_program_free(prog);
    int fd[2];
    ck_assert_int_eq(pipe(fd), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(fd[0]);
        Output after = {0};
        MoatRunOptions o;
        options(&o, &after, NULL);
        MoatProgress *q;
        if (moat_load(bytes, len, &o, &q) != MOAT_OK) _exit(2);
        while (suspended(q)) step(q);
        const char *r = moat_progress_kind(q) == MOAT_PROGRESS_DONE ? moat_progress_result_repr(q) : "error";
        if (write(fd[1], r, strlen(r)) < 0) _exit(3);
        _exit(0);
    }
    close(fd[1]);
    char got[256] = "";
    ssize_t n = read(fd[0], got, sizeof got - 1);
    close(fd[0]);
    int status;
    waitpid(pid, &status, 0);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ck_assert_int_gt(n, 0);
    got[n] = '\0';
    ck_assert_str_eq(got, "(6, [350, 420], 'eu', 2)");
    moat_free(bytes);
}
END_TEST

// A dump taken after several calls, async ones pending.
static void *sample_dump(size_t *len, const char *key) {
    Output out = {0};
    MoatProgram *prog;
    MoatProgress *p = start(&prog, &out, key);
    for (int k = 0; k < 6; k++) step(p);
    ck_assert(suspended(p));
    void *bytes;
    ck_assert_int_eq(moat_dump(p, &bytes, len), MOAT_OK);
    moat_progress_free(p);
    moat_program_free(prog);
    return bytes;
}

static MoatStatus load(const void *bytes, size_t len, const char *key) {
    Output out = {0};
    MoatRunOptions o;
    options(&o, &out, key);
    MoatProgress *q = NULL;
    MoatStatus st = moat_load(bytes, len, &o, &q);
    if (st == MOAT_OK) {
        while (suspended(q)) step(q);  // whatever it became, it must run without harm
    }
    moat_progress_free(q);
    return st;
}

START_TEST(test_every_truncation_is_refused) {
    size_t len;
    uint8_t *bytes = sample_dump(&len, NULL);
    for (size_t n = 0; n < len; n++) ck_assert_int_eq(load(bytes, n, NULL), MOAT_ERR_INVALID);
    ck_assert_int_eq(load(bytes, len, NULL), MOAT_OK);
    moat_free(bytes);
}
END_TEST

static uint32_t crc32_of(const uint8_t *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t k = 0; k < n; k++) {
        c ^= p[k];
        for (int b = 0; b < 8; b++) c = c >> 1 ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

START_TEST(test_bit_flips_are_refused_or_harmless) {
    size_t len;
    uint8_t *bytes = sample_dump(&len, NULL);
    uint8_t *copy = malloc(len);
    unsigned seed = 12345;
    for (int round = 0; round < 600; round++) {
        memcpy(copy, bytes, len);
        int flips = 1 + (int)(rand_r(&seed) % 3);
        for (int f = 0; f < flips; f++) {
            size_t at = (size_t)rand_r(&seed) % len;
            copy[at] ^= (uint8_t)(1u << (rand_r(&seed) % 8));
        }
        ck_assert_int_eq(load(copy, len, NULL), MOAT_ERR_INVALID);  // the checksum sees it
        // a forger who fixes the checksum reaches the parser and the replay: never a crash
        uint32_t c = crc32_of(copy, len - 4);
        for (int k = 0; k < 4; k++) copy[len - 4 + k] = (uint8_t)(c >> (8 * k));
        MoatStatus st = load(copy, len, NULL);
        ck_assert(st == MOAT_OK || st == MOAT_ERR_INVALID);
    }
    free(copy);
    moat_free(bytes);
}
END_TEST

START_TEST(test_signed_dumps_need_the_key) {
    size_t len;
    uint8_t *bytes = sample_dump(&len, "secret key");
    ck_assert_int_eq(load(bytes, len, "secret key"), MOAT_OK);
    ck_assert_int_eq(load(bytes, len, "other key"), MOAT_ERR_INVALID);
    ck_assert_int_eq(load(bytes, len, NULL), MOAT_ERR_INVALID);
    // altered and re-checksummed: the MAC refuses it
    bytes[40] ^= 1;
    uint32_t c = crc32_of(bytes, len - 36);
    for (int k = 0; k < 4; k++) bytes[len - 36 + k] = (uint8_t)(c >> (8 * k));
    ck_assert_int_eq(load(bytes, len, "secret key"), MOAT_ERR_INVALID);
    moat_free(bytes);
    uint8_t *plain = sample_dump(&len, NULL);
    ck_assert_int_eq(load(plain, len, "secret key"), MOAT_ERR_INVALID);
    moat_free(plain);
}
END_TEST

START_TEST(test_only_suspended_runs_dump) {
    const char *src = "1 + 1\n";
    MoatProgram *prog;
    ck_assert_int_eq(moat_compile(src, strlen(src), "t.py", &prog), MOAT_OK);
    MoatProgress *p;
    ck_assert_int_eq(moat_start(prog, NULL, &p), MOAT_OK);
    void *bytes;
    size_t len;
    ck_assert_int_eq(moat_dump(p, &bytes, &len), MOAT_ERR_INVALID);
    moat_progress_free(p);
    moat_program_free(prog);
    ck_assert_int_eq(load("MOATSNAP", 8, NULL), MOAT_ERR_INVALID);
    ck_assert_int_eq(load("", 0, NULL), MOAT_ERR_INVALID);
}
END_TEST

Suite *snapshot_suite(void) {
    Suite *s = suite_create("snapshot");
    TCase *tc = tcase_create("dump and load");
    tcase_add_test(tc, test_dump_at_every_stop_resumes_to_same_end);
    tcase_add_test(tc, test_load_in_another_process);
    tcase_add_test(tc, test_every_truncation_is_refused);
    tcase_add_test(tc, test_bit_flips_are_refused_or_harmless);
    tcase_add_test(tc, test_signed_dumps_need_the_key);
    tcase_add_test(tc, test_only_suspended_runs_dump);
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    return s;
}
