// In-process latencies through the public C API, as a host embedding moat would see them:
// a one-line script compiled, run and freed; and a run of a compiled script that calls one
// external function (start, the call, resume, done). Prints microseconds per iteration;
// bench/host_call.py times the same call round trip in CPython.
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "moat.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    const char *src = argc > 1 ? argv[1] : "1 + 2";
    int n = 20000;
    MoatRunOptions opts;
    moat_run_options_init(&opts);
    double t0 = now();
    for (int k = 0; k < n; k++) {
        MoatProgram *p;
        MoatProgress *pr;
        if (moat_compile(src, strlen(src), "bench.py", &p) != MOAT_OK) return 1;
        if (moat_start(p, &opts, &pr) != MOAT_OK) return 1;
        if (k == 0) printf("result: %s\n", moat_progress_kind(pr) == MOAT_PROGRESS_DONE
                                                ? moat_progress_result_repr(pr) : "error");
        moat_progress_free(pr);
        moat_program_free(p);
    }
    double per = (now() - t0) / n * 1e6;
    printf("compile + run + free: %.2f us per script (%d iterations)\n", per, n);

    const char *call_src = "tool(1) + 1";
    static const MoatExternal tool = {"tool", false};
    opts.externals = &tool;
    opts.external_count = 1;
    MoatProgram *p;
    if (moat_compile(call_src, strlen(call_src), "bench.py", &p) != MOAT_OK) return 1;
    MoatValue *answer = moat_value_int(41);
    t0 = now();
    for (int k = 0; k < n; k++) {
        MoatProgress *pr;
        if (moat_start(p, &opts, &pr) != MOAT_OK || moat_progress_kind(pr) != MOAT_PROGRESS_CALL) return 1;
        if (moat_resume(pr, moat_progress_call_id(pr), answer) != MOAT_OK) return 1;
        if (moat_progress_kind(pr) != MOAT_PROGRESS_DONE) return 1;
        moat_progress_free(pr);
    }
    per = (now() - t0) / n * 1e6;
    printf("start + external call + resume + done: %.2f us per run (%d iterations)\n", per, n);
    moat_value_free(answer);
    moat_program_free(p);
    return 0;
}
