// `moat run FILE ...`: compile, run, print the script's output as it goes (or capture it
// with --json), report an uncaught exception as CPython does, exit 0/1.
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "moat.h"

typedef struct Captured {
    char *data;
    size_t len, cap;
} Captured;

static void print_direct(void *ctx, const char *data, size_t len) {
    (void)ctx;
    fwrite(data, 1, len, stdout);
}

static void print_capture(void *ctx, const char *data, size_t len) {
    Captured *c = ctx;
    if (c->len + len + 1 > c->cap) {
        size_t cap = c->cap ? c->cap : 4096;
        while (cap < c->len + len + 1) cap *= 2;
        char *p = realloc(c->data, cap);
        if (!p) return;
        c->data = p;
        c->cap = cap;
    }
    memcpy(c->data + c->len, data, len);
    c->len += len;
}

// "64MB", "1.5G", "4096": bytes, with binary multiples for K/M/G.
static bool parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || v < 0) return false;
    double mul = 1;
    switch (*end) {
    case 'k': case 'K': mul = 1024.0; end++; break;
    case 'm': case 'M': mul = 1024.0 * 1024; end++; break;
    case 'g': case 'G': mul = 1024.0 * 1024 * 1024; end++; break;
    default: break;
    }
    if (*end == 'i') end++;
    if (*end == 'B' || *end == 'b') end++;
    if (*end) return false;
    *out = (size_t)(v * mul);
    return true;
}

static bool parse_u64(const char *s, uint64_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-') return false;
    *out = v;
    return true;
}

typedef struct RunArgs {
    const char *file;
    bool json, no_check;
    MoatLimits limits;
} RunArgs;

static int run_usage(const char *why) {
    fprintf(stderr, "moat run: %s\n", why);
    return EXIT_USAGE;
}

static int parse_run_args(int argc, char **argv, RunArgs *ra) {
    moat_limits_init(&ra->limits);
    for (int k = 0; k < argc; k++) {
        const char *a = argv[k];
        const char *val = k + 1 < argc ? argv[k + 1] : NULL;
        uint64_t u;
        size_t sz;
        if (strcmp(a, "--json") == 0) ra->json = true;
        else if (strcmp(a, "--no-check") == 0) ra->no_check = true;
        else if (a[0] != '-' || !a[1]) {
            if (ra->file) return run_usage("more than one FILE");
            ra->file = a;
        } else if (!val) {
            return run_usage("option needs a value");
        } else if (strcmp(a, "--max-duration") == 0) {
            char *end;
            ra->limits.max_duration = strtod(val, &end);
            if (*end || ra->limits.max_duration < 0) return run_usage("bad --max-duration");
            k++;
        } else if (strcmp(a, "--max-memory") == 0) {
            if (!parse_size(val, &sz)) return run_usage("bad --max-memory");
            ra->limits.max_memory = sz;
            k++;
        } else if (strcmp(a, "--max-output") == 0) {
            if (!parse_size(val, &sz)) return run_usage("bad --max-output");
            ra->limits.max_output = sz;
            k++;
        } else if (strcmp(a, "--max-allocations") == 0) {
            if (!parse_u64(val, &u)) return run_usage("bad --max-allocations");
            ra->limits.max_allocations = u;
            k++;
        } else if (strcmp(a, "--max-instructions") == 0) {
            if (!parse_u64(val, &u)) return run_usage("bad --max-instructions");
            ra->limits.max_instructions = u;
            k++;
        } else if (strcmp(a, "--max-recursion") == 0) {
            if (!parse_u64(val, &u) || u > UINT32_MAX) return run_usage("bad --max-recursion");
            ra->limits.max_recursion = (uint32_t)u;
            k++;
        } else if (strcmp(a, "--stubs") == 0 || strcmp(a, "--input") == 0 ||
                   strcmp(a, "--host") == 0) {
            return run_usage("--stubs, --input and --host are not supported by this build yet");
        } else {
            fprintf(stderr, "moat run: unknown option '%s'\n", a);
            return EXIT_USAGE;
        }
    }
    if (!ra->file) return run_usage("no FILE (usage: moat run FILE [options])");
    return EXIT_OK;
}

static json_t *json_str_or_null(const char *s) {
    return s ? json_string(s) : json_null();
}

static void print_json_result(const MoatProgress *p, const Captured *out) {
    bool done = moat_progress_kind(p) == MOAT_PROGRESS_DONE;
    json_t *o = json_object();
    json_object_set_new(o, "status", json_string(done ? "ok" : "error"));
    if (done) {
        json_object_set_new(o, "result",
                            json_pack("{s:s, s:s, s:s}", "repr", moat_progress_result_repr(p),
                                      "str", moat_progress_result_str(p), "type",
                                      moat_progress_result_type(p)));
        json_object_set_new(o, "exception", json_null());
    } else {
        json_object_set_new(o, "result", json_null());
        json_t *e = json_object();
        json_object_set_new(e, "type", json_string(moat_progress_error_type(p)));
        json_object_set_new(e, "message", json_str_or_null(moat_progress_error_message(p)));
        json_object_set_new(e, "traceback", json_string(moat_progress_error_traceback(p)));
        json_object_set_new(o, "exception", e);
    }
    json_object_set_new(o, "diagnostics", json_array());
    json_object_set_new(o, "stdout", json_stringn(out->data ? out->data : "", out->len));
    char *s = json_dumps(o, JSON_ENSURE_ASCII | JSON_COMPACT);
    if (s) printf("%s\n", s);
    free(s);
    json_decref(o);
}

int cmd_run(int argc, char **argv) {
    RunArgs ra = {0};
    int rc = parse_run_args(argc, argv, &ra);
    if (rc != EXIT_OK) return rc;
    size_t len;
    char *src = cli_read_file(ra.file, &len);
    if (!src) return EXIT_USAGE;
    MoatProgram *prog;
    MoatStatus st = moat_compile(src, len, ra.file, &prog);
    free(src);
    if (st != MOAT_OK) {
        fprintf(stderr, "moat run: %s\n", moat_status_str(st));
        return EXIT_USAGE;
    }
    Captured out = {0};
    MoatRunOptions opts;
    moat_run_options_init(&opts);
    opts.limits = ra.limits;
    opts.print = ra.json ? print_capture : print_direct;
    opts.print_ctx = &out;
    MoatProgress *p;
    st = moat_start(prog, &opts, &p);
    moat_program_free(prog);
    if (st != MOAT_OK) {
        fprintf(stderr, "moat run: %s\n", moat_status_str(st));
        free(out.data);
        return EXIT_ERROR;
    }
    bool done = moat_progress_kind(p) == MOAT_PROGRESS_DONE;
    if (ra.json) {
        print_json_result(p, &out);
    } else {
        fflush(stdout);
        // an uncaught SystemExit(None) or SystemExit(int) prints nothing
        const char *tb = done ? "" : moat_progress_error_traceback(p);
        if (*tb) fprintf(stderr, "%s\n", tb);
    }
    moat_progress_free(p);
    free(out.data);
    return done ? EXIT_OK : EXIT_ERROR;
}
