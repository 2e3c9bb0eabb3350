// `moat run FILE ...`: compile, run, print the script's output as it goes (or capture it
// with --json), report an uncaught exception as CPython does, exit 0/1.
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/host.h"
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
    const char *host;
    const char **stubs;  // argv slices: at most argc of each
    size_t stub_count;
    const char **inputs;  // "NAME=JSON"
    size_t input_count;
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
        } else if (strcmp(a, "--stubs") == 0) {
            ra->stubs[ra->stub_count++] = val;
            k++;
        } else if (strcmp(a, "--input") == 0) {
            const char *eq = strchr(val, '=');
            if (!eq || eq == val) return run_usage("--input wants NAME=JSON");
            ra->inputs[ra->input_count++] = val;
            k++;
        } else if (strcmp(a, "--host") == 0) {
            ra->host = val;
            k++;
        } else {
            fprintf(stderr, "moat run: unknown option '%s'\n", a);
            return EXIT_USAGE;
        }
    }
    if (!ra->file) return run_usage("no FILE (usage: moat run FILE [options])");
    return EXIT_OK;
}

// The --input names are defined for the checker too: one more stub declares them as Any.
static bool declare_inputs(const RunArgs *ra, MoatStubs *stubs) {
    if (!ra->input_count) return true;
    size_t cap = 64;
    for (size_t k = 0; k < ra->input_count; k++) cap += strlen(ra->inputs[k]) + 8;
    char *src = malloc(cap);
    if (!src) return false;
    size_t n = (size_t)snprintf(src, cap, "from typing import Any\n");
    for (size_t k = 0; k < ra->input_count; k++) {
        const char *arg = ra->inputs[k];
        n += (size_t)snprintf(src + n, cap - n, "%.*s: Any\n", (int)(strchr(arg, '=') - arg), arg);
    }
    const char *error = NULL;
    MoatStatus st = moat_stubs_add(stubs, src, n, "<--input>", &error);
    free(src);
    if (st != MOAT_OK) fprintf(stderr, "moat run: --input: %s\n", error ? error : moat_status_str(st));
    return st == MOAT_OK;
}

// Checks a runnable program against moat's stubs and the host's: true when the run may go on,
// else the diagnostics are printed (on stderr, or as the --json object) and *rc is 3.
static bool check_first(const RunArgs *ra, const MoatStubs *stubs, const MoatProgram *prog,
                        const char *src, size_t len, int *rc) {
    for (size_t k = 0; k < moat_program_diagnostic_count(prog); k++) {
        // a program that cannot run reports its SyntaxError by running (DESIGN.md)
        if (moat_program_diagnostic(prog, k)->severity == MOAT_SEVERITY_ERROR) return true;
    }
    MoatCheck *check = NULL;
    MoatStatus st = moat_check(prog, stubs, &check);
    if (st != MOAT_OK) {
        fprintf(stderr, "moat run: %s\n", moat_status_str(st));
        *rc = EXIT_USAGE;
        return false;
    }
    bool clean = true;
    for (size_t k = 0; k < moat_check_diagnostic_count(check); k++) {
        if (moat_check_diagnostic(check, k)->severity == MOAT_SEVERITY_ERROR) clean = false;
    }
    if (!clean && ra->json) {
        json_t *o = json_pack("{s:s, s:n, s:n, s:o, s:s}", "status", "check_failed", "result",
                              "exception", "diagnostics", cli_diagnostics_json(ra->file, check),
                              "stdout", "");
        char *s = o ? json_dumps(o, JSON_ENSURE_ASCII | JSON_COMPACT) : NULL;
        if (s) printf("%s\n", s);
        free(s);
        json_decref(o);
    } else if (!clean) {
        cli_print_diagnostics(stderr, ra->file, src, len, check, false);
    }
    moat_check_free(check);
    if (!clean) *rc = EXIT_CHECK_FAILED;
    return clean;
}

// A run's text as a JSON string, ASCII only. The run's strings are UTF-8 except that lone
// surrogates keep their 3-byte encodings; jansson refuses those, so this writes every
// non-ASCII code point as \uXXXX itself, a lone surrogate included (as Python's json does).
static void put_json_string(const char *s, size_t n) {
    putchar('"');
    for (size_t k = 0; k < n;) {
        unsigned char b = (unsigned char)s[k];
        if (b < 0x80) {
            k++;
            const char *esc = b == '"' ? "\\\"" : b == '\\' ? "\\\\" : b == '\n' ? "\\n"
                            : b == '\r' ? "\\r" : b == '\t' ? "\\t" : NULL;
            if (esc) fputs(esc, stdout);
            else if (b < 0x20 || b == 0x7F) printf("\\u%04x", b);
            else putchar(b);
            continue;
        }
        size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        uint32_t cp = len == 1 ? 0xFFFD : b & (0x7F >> len);
        for (size_t j = 1; j < len; j++) {
            unsigned char c = k + j < n ? (unsigned char)s[k + j] : 0;
            if ((c & 0xC0) != 0x80) {  // not the text moat writes: show a replacement
                cp = 0xFFFD;
                len = j;
                break;
            }
            cp = cp << 6 | (c & 0x3F);
        }
        k += len;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            printf("\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
        } else {
            printf("\\u%04x", cp);
        }
    }
    putchar('"');
}

static void put_json_member(const char *key, const char *value, bool last) {
    printf("\"%s\":", key);
    if (value) put_json_string(value, strlen(value));
    else fputs("null", stdout);
    if (!last) putchar(',');
}

// DESIGN.md's --json object, written by hand: every string in it may hold lone surrogates.
static void print_json_result(const MoatProgress *p, const Captured *out) {
    bool done = moat_progress_kind(p) == MOAT_PROGRESS_DONE;
    printf("{\"status\":\"%s\",", done ? "ok" : "error");
    if (done) {
        fputs("\"result\":{", stdout);
        put_json_member("repr", moat_progress_result_repr(p), false);
        put_json_member("str", moat_progress_result_str(p), false);
        put_json_member("type", moat_progress_result_type(p), true);
        fputs("},\"exception\":null,", stdout);
    } else {
        fputs("\"result\":null,\"exception\":{", stdout);
        put_json_member("type", moat_progress_error_type(p), false);
        put_json_member("message", moat_progress_error_message(p), false);
        put_json_member("traceback", moat_progress_error_traceback(p), true);
        fputs("},", stdout);
    }
    fputs("\"diagnostics\":[],\"stdout\":", stdout);
    put_json_string(out->data ? out->data : "", out->len);
    fputs("}\n", stdout);
}

// --input NAME=JSON values; names point into argv ("NAME=..." cut at '=' by a copy).
static int load_inputs(const RunArgs *ra, char **names, MoatValue **values) {
    for (size_t k = 0; k < ra->input_count; k++) {
        const char *arg = ra->inputs[k], *eq = strchr(arg, '=');
        names[k] = strndup(arg, (size_t)(eq - arg));
        char err[200];
        if (!names[k] || moat_value_from_json(eq + 1, strlen(eq + 1), &values[k], err, sizeof err) != MOAT_OK) {
            fprintf(stderr, "moat run: --input %s: %s\n", names[k] ? names[k] : arg,
                    names[k] ? err : "out of memory");
            return EXIT_USAGE;
        }
    }
    return EXIT_OK;
}

// Answers the host sent for async calls while moat waited for another answer.
typedef struct Early {
    uint64_t id;
    MoatValue *outcome;
} Early;

typedef struct Answers {
    Host *host;
    Early *early;
    size_t count, cap;
} Answers;

static bool answers_keep(Answers *as, uint64_t id, MoatValue *outcome) {
    if (as->count == as->cap) {
        size_t cap = as->cap ? 2 * as->cap : 8;
        Early *e = realloc(as->early, cap * sizeof *e);
        if (!e) return false;
        as->early = e;
        as->cap = cap;
    }
    as->early[as->count++] = (Early){id, outcome};
    return true;
}

// Whether the run waits on async call `id`.
static bool is_pending(const MoatProgress *p, uint64_t id) {
    for (size_t k = 0; k < moat_progress_pending_count(p); k++) {
        if (moat_progress_pending_id(p, k) == id) return true;
    }
    return false;
}

// The next answer for the run: call `want` (CALL), or any pending call (WAITING, want 0).
// Answers to other calls that arrive first are kept for later. NULL after printing why.
static MoatValue *answers_next(Answers *as, const MoatProgress *p, uint64_t want, uint64_t *id) {
    for (size_t k = 0; k < as->count; k++) {
        Early e = as->early[k];
        if (want ? e.id == want : is_pending(p, e.id)) {
            as->early[k] = as->early[--as->count];
            *id = e.id;
            return e.outcome;
        }
    }
    for (;;) {
        char why[300];
        MoatValue *outcome = host_receive(as->host, id, why, sizeof why);
        if (!outcome) {
            fprintf(stderr, "moat run: waiting for the host's answer: %s\n", why);
            return NULL;
        }
        if (want ? *id == want : is_pending(p, *id)) return outcome;
        bool unknown = *id == 0 || *id > moat_progress_call_id(p) || (!want && !is_pending(p, *id));
        if (unknown || !answers_keep(as, *id, outcome)) {
            fprintf(stderr, "moat run: the host answered id %llu, which no call is waiting for\n",
                    (unsigned long long)*id);
            moat_value_free(outcome);
            return NULL;
        }
    }
}

// Answers external calls until the run finishes; EXIT_USAGE when the host fails.
static int serve_calls(MoatProgress *p, Host *host) {
    Answers as = {host, NULL, 0, 0};
    int rc = EXIT_OK;
    MoatProgressKind kind;
    while (rc == EXIT_OK && ((kind = moat_progress_kind(p)) == MOAT_PROGRESS_CALL ||
                             kind == MOAT_PROGRESS_WAITING)) {
        uint64_t id = kind == MOAT_PROGRESS_CALL ? moat_progress_call_id(p) : 0;
        const char *fn = kind == MOAT_PROGRESS_CALL ? moat_progress_call_name(p) : NULL;
        MoatValue *outcome = NULL;
        MoatStatus st;
        if (!host) {
            char why[300];
            snprintf(why, sizeof why, "no host answers external function '%s' (run with --host CMD)",
                     fn ? fn : "?");
            outcome = moat_value_exception("RuntimeError", why);
            st = outcome ? moat_resume(p, id, outcome) : MOAT_ERR_NOMEM;
        } else if (fn && !host_send(host, id, fn, moat_progress_call_args(p), moat_progress_call_kwargs(p))) {
            fprintf(stderr, "moat run: the host stopped reading (did it exit?) at call %llu of '%s'\n",
                    (unsigned long long)id, fn);
            rc = EXIT_USAGE;
            break;
        } else if (fn && moat_progress_call_is_async(p)) {
            st = moat_defer(p, id);  // sent; its answer is read when the run waits on it
        } else {
            outcome = answers_next(&as, p, id, &id);
            st = outcome ? moat_resume(p, id, outcome) : MOAT_ERR_INVALID;
            if (!outcome) rc = EXIT_USAGE;
        }
        moat_value_free(outcome);
        if (rc == EXIT_OK && st != MOAT_OK) {
            fprintf(stderr, "moat run: %s\n", moat_status_str(st));
            rc = EXIT_USAGE;
        }
    }
    for (size_t k = 0; k < as.count; k++) moat_value_free(as.early[k].outcome);
    free(as.early);
    return rc;
}

int cmd_run(int argc, char **argv) {
    // every per-option array has room for one entry an argument
    size_t n = (size_t)argc + 1;
    const char **stubs = calloc(n, sizeof *stubs), **inputs = calloc(n, sizeof *inputs);
    char **names = calloc(n, sizeof *names);
    MoatValue **values = calloc(n, sizeof *values);
    RunArgs ra = {.stubs = stubs, .inputs = inputs};
    int rc = stubs && inputs && names && values ? parse_run_args(argc, argv, &ra) : EXIT_USAGE;
    MoatStubs *host_stubs = NULL;
    Captured out = {0};
    MoatProgram *prog = NULL;
    MoatProgress *p = NULL;
    Host host = {.pid = -1};
    bool host_up = false;
    // the host's stubs: what the checker checks against, the run's external functions, and the
    // signatures each call is held to; --input names are declared there too
    if (rc == EXIT_OK && ra.stub_count &&
        (!(host_stubs = cli_load_stubs(ra.stubs, ra.stub_count)) || !declare_inputs(&ra, host_stubs))) {
        rc = EXIT_USAGE;
    }
    if (rc == EXIT_OK) rc = load_inputs(&ra, names, values);
    size_t len;
    char *src = rc == EXIT_OK ? cli_read_file(ra.file, &len) : NULL;
    if (!src) {
        rc = EXIT_USAGE;
        goto done;
    }
    MoatStatus st = moat_compile(src, len, ra.file, &prog);
    if (st != MOAT_OK) {
        free(src);
        fprintf(stderr, "moat run: %s\n", moat_status_str(st));
        rc = EXIT_USAGE;
        goto done;
    }
    bool go = ra.no_check || !host_stubs || check_first(&ra, host_stubs, prog, src, len, &rc);
    free(src);
    if (!go) goto done;
    if (ra.host && !(host_up = host_start(&host, ra.host))) {
        fprintf(stderr, "moat run: cannot start the host '%s': %s\n", ra.host, strerror(errno));
        rc = EXIT_USAGE;
        goto done;
    }
    MoatRunOptions opts;
    moat_run_options_init(&opts);
    opts.limits = ra.limits;
    opts.print = ra.json ? print_capture : print_direct;
    opts.print_ctx = &out;
    opts.stubs = host_stubs;
    opts.input_names = (const char *const *)names;
    opts.input_values = (const MoatValue *const *)values;
    opts.input_count = ra.input_count;
    st = moat_start(prog, &opts, &p);
    if (st != MOAT_OK) {
        fprintf(stderr, "moat run: %s\n", moat_status_str(st));
        rc = EXIT_ERROR;
        goto done;
    }
    rc = serve_calls(p, host_up ? &host : NULL);
    if (rc != EXIT_OK) goto done;
    bool ok = moat_progress_kind(p) == MOAT_PROGRESS_DONE;
    if (ra.json) {
        print_json_result(p, &out);
    } else {
        fflush(stdout);
        // an uncaught SystemExit(None) or SystemExit(int) prints nothing
        const char *tb = ok ? "" : moat_progress_error_traceback(p);
        if (*tb) fprintf(stderr, "%s\n", tb);
    }
    rc = ok ? EXIT_OK : EXIT_ERROR;
done:
    moat_progress_free(p);
    moat_program_free(prog);
    if (host_up) host_stop(&host);
    for (size_t k = 0; k < ra.input_count; k++) {
        free(names[k]);
        moat_value_free(values[k]);
    }
    moat_stubs_free(host_stubs);
    free(out.data);
    free(stubs);
    free(inputs);
    free(names);
    free(values);
    return rc;
}
