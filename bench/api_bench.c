// In-process latency of a one-line script: compile, run, read the result, free — through the
// public C API, as a host embedding moat would. Prints microseconds per iteration.
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
    return 0;
}
