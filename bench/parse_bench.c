// Front-end time on one source file: the tokenizer checks, tree-sitter alone, parse and
// lowering (parser_parse: tokens, tree-sitter, lowering, syntax rules), and the whole
// moat_compile (also the bytecode compiler). Best CPU time of N runs, in milliseconds, so other
// processes on a busy machine do not count. bench/parse_bench.py runs it beside CPython.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "moat.h"
#include "parser/cst.h"
#include "parser/parser.h"
#include "parser/tokens.h"

static double cpu_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

enum Stage { STAGE_TOKENS, STAGE_TREE_SITTER, STAGE_PARSE };

// CPU time of one front-end stage over src in a fresh arena; -1 when it fails.
static double time_stage(enum Stage stage, const char *src, size_t len) {
    Arena a;
    arena_init(&a);
    DiagList dl;
    diag_list_init(&dl, &a);
    TokensResult tokens;
    Cst cst;
    double t0 = cpu_ms();
    bool ok = stage == STAGE_TOKENS        ? tokens_scan(src, len, &a, &tokens)
              : stage == STAGE_TREE_SITTER ? cst_parse(&cst, &a, src, len)
                                           : parser_parse(&a, src, len, &dl) != NULL;
    double t = cpu_ms() - t0;
    if (dl.count) fprintf(stderr, "parse_bench: %zu diagnostics\n", dl.count);
    arena_fini(&a);
    return ok ? t : -1;
}

static double time_compile(const char *src, size_t len) {
    MoatProgram *p;
    double t0 = cpu_ms();
    MoatStatus st = moat_compile(src, len, "bench.py", &p);
    double t = cpu_ms() - t0;
    if (st == MOAT_OK) moat_program_free(p);
    return st == MOAT_OK ? t : -1;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: parse_bench FILE [RUNS]\n");
        return 2;
    }
    size_t len;
    char *src = read_file(argv[1], &len);
    if (!src) {
        perror(argv[1]);
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 3;
    double best[4] = {1e300, 1e300, 1e300, 1e300};
    for (int r = 0; r < runs; r++) {
        double t[4] = {time_stage(STAGE_TOKENS, src, len), time_stage(STAGE_TREE_SITTER, src, len),
                       time_stage(STAGE_PARSE, src, len), time_compile(src, len)};
        for (int k = 0; k < 4; k++) {
            if (t[k] < 0) {
                fprintf(stderr, "parse_bench: step %d failed\n", k);
                return 1;
            }
            if (t[k] < best[k]) best[k] = t[k];
        }
    }
    printf("moat tokenizer checks   %8.1f ms\n"
           "moat tree-sitter + CST  %8.1f ms\n"
           "moat parser_parse       %8.1f ms  (tokenizer, tree-sitter, lowering, syntax rules)\n"
           "moat moat_compile       %8.1f ms  (parser_parse and the bytecode compiler)\n",
           best[0], best[1], best[2], best[3]);
    free(src);
    return 0;
}
