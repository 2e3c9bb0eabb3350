// In-process latencies through the public C API, as a host embedding moat would see them:
// a one-line script compiled, run and freed; and a run of a compiled script that calls one
// external function (start, the call, resume, done). Prints microseconds per iteration: the
// best of many short rounds, since on a shared machine a round long enough to be preempted
// measures the neighbours; bench/host_call.py times the same call round trip in CPython.
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "moat.h"

enum { ROUNDS = 500, PER_ROUND = 100 };

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// The whole path a host takes for a script: compile the text, start, run to the end, fetch
// the result, free everything. Nothing is kept between iterations.
static int source_to_result(const char *src, const MoatRunOptions *opts, char *result, size_t cap) {
    MoatProgram *p;
    MoatProgress *pr;
    if (moat_compile(src, strlen(src), "bench.py", &p) != MOAT_OK) return 1;
    if (moat_start(p, opts, &pr) != MOAT_OK || moat_progress_kind(pr) != MOAT_PROGRESS_DONE) return 1;
    const char *repr = moat_progress_result_repr(pr);
    size_t n = strlen(repr) < cap - 1 ? strlen(repr) : cap - 1;  // snprintf would cost 1%
    memcpy(result, repr, n);
    result[n] = '\0';
    moat_progress_free(pr);
    moat_program_free(p);
    return 0;
}

static int external_round_trip(const MoatProgram *p, const MoatRunOptions *opts,
                               const MoatValue *answer) {
    MoatProgress *pr;
    if (moat_start(p, opts, &pr) != MOAT_OK || moat_progress_kind(pr) != MOAT_PROGRESS_CALL) return 1;
    if (moat_resume(pr, moat_progress_call_id(pr), answer) != MOAT_OK) return 1;
    if (moat_progress_kind(pr) != MOAT_PROGRESS_DONE) return 1;
    moat_progress_free(pr);
    return 0;
}

int main(int argc, char **argv) {
    const char *src = argc > 1 ? argv[1] : "1 + 2";
    MoatRunOptions opts;
    moat_run_options_init(&opts);
    char result[256];
    double best = 1e9;
    for (int round = 0; round < ROUNDS; round++) {
        double t0 = now();
        for (int k = 0; k < PER_ROUND; k++) {
            if (source_to_result(src, &opts, result, sizeof result)) return 1;
        }
        double per = (now() - t0) / PER_ROUND * 1e6;
        if (per < best) best = per;
    }
    printf("result: %s\n", result);
    printf("compile + run + free: %.2f us per script (best of %d rounds of %d)\n", best, ROUNDS,
           PER_ROUND);

    const char *call_src = "tool(1) + 1";
    static const MoatExternal tool = {"tool", false};
    opts.externals = &tool;
    opts.external_count = 1;
    MoatProgram *p;
    if (moat_compile(call_src, strlen(call_src), "bench.py", &p) != MOAT_OK) return 1;
    MoatValue *answer = moat_value_int(41);
    best = 1e9;
    for (int round = 0; round < ROUNDS; round++) {
        double t0 = now();
        for (int k = 0; k < PER_ROUND; k++) {
            if (external_round_trip(p, &opts, answer)) return 1;
        }
        double per = (now() - t0) / PER_ROUND * 1e6;
        if (per < best) best = per;
    }
    printf("start + external call + resume + done: %.2f us per run (best of %d rounds of %d)\n",
           best, ROUNDS, PER_ROUND);
    moat_value_free(answer);
    moat_program_free(p);
    return 0;
}
