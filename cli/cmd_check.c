// `moat check FILE [--stubs S.pyi]... [--format text|json]` and `moat parse FILE`.
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "moat.h"

// The source line `line` (1-based) of src, without its newline; diagnostics come in line
// order, so scanning resumes from the previous line found.
static const char *source_line(const char *src, size_t len, uint32_t line, size_t *out_len) {
    static const char *last_src;
    static uint32_t last_line = 1;
    static size_t last_at;
    if (src != last_src || line < last_line) {
        last_src = src;
        last_line = 1;
        last_at = 0;
    }
    size_t k = last_at;
    for (uint32_t l = last_line; l < line && k < len; k++) {
        if (src[k] == '\n') l++;
    }
    last_line = line;
    last_at = k;
    size_t e = k;
    while (e < len && src[e] != '\n' && src[e] != '\r') e++;
    *out_len = e - k;
    return src + k;
}

static void print_text(const char *file, const char *src, size_t len, const MoatDiagnostic *d) {
    printf("%s:%u:%u: %s[%s]: %s\n", file, d->line, d->column,
           d->severity == MOAT_SEVERITY_ERROR ? "error" : "warning", d->code, d->message);
    size_t n;
    const char *text = source_line(src, len, d->line, &n);
    if (n == 0) return;
    printf("    %.*s\n    ", (int)n, text);
    // caret under the span's first line, in code points
    uint32_t width = d->end_line == d->line && d->end_column > d->column
                         ? d->end_column - d->column : 1;
    for (uint32_t k = 1; k < d->column; k++) putchar(' ');
    for (uint32_t k = 0; k < width; k++) putchar('^');
    putchar('\n');
}

static void print_json(const char *file, const MoatProgram *p) {
    json_t *arr = json_array();
    for (size_t k = 0; k < moat_program_diagnostic_count(p); k++) {
        const MoatDiagnostic *d = moat_program_diagnostic(p, k);
        json_array_append_new(
            arr, json_pack("{s:s, s:I, s:I, s:I, s:I, s:s, s:s, s:s}", "file", file, "line",
                           (json_int_t)d->line, "column", (json_int_t)d->column, "end_line",
                           (json_int_t)d->end_line, "end_column", (json_int_t)d->end_column,
                           "severity", d->severity == MOAT_SEVERITY_ERROR ? "error" : "warning",
                           "code", d->code, "message", d->message));
    }
    char *s = json_dumps(arr, JSON_ENSURE_ASCII);
    if (s) puts(s);
    free(s);
    json_decref(arr);
}

int cmd_check(int argc, char **argv) {
    const char *file = NULL;
    bool json = false;
    for (int k = 0; k < argc; k++) {
        if (strcmp(argv[k], "--format") == 0 && k + 1 < argc) {
            const char *f = argv[++k];
            if (strcmp(f, "json") == 0) json = true;
            else if (strcmp(f, "text") != 0) {
                fprintf(stderr, "moat check: unknown format '%s'\n", f);
                return EXIT_USAGE;
            }
        } else if (strcmp(argv[k], "--stubs") == 0 && k + 1 < argc) {
            k++;  // stubs are read by the checker (not yet part of this build)
        } else if (argv[k][0] == '-' && argv[k][1]) {
            fprintf(stderr, "moat check: unknown option '%s'\n", argv[k]);
            return EXIT_USAGE;
        } else if (!file) {
            file = argv[k];
        } else {
            fprintf(stderr, "moat check: more than one FILE\n");
            return EXIT_USAGE;
        }
    }
    if (!file) {
        fprintf(stderr, "usage: moat check FILE [--stubs S.pyi]... [--format text|json]\n");
        return EXIT_USAGE;
    }
    size_t len;
    char *src = cli_read_file(file, &len);
    if (!src) return EXIT_USAGE;
    MoatProgram *p;
    MoatStatus st = moat_compile(src, len, file, &p);
    if (st != MOAT_OK) {
        fprintf(stderr, "moat check: %s\n", moat_status_str(st));
        free(src);
        return EXIT_USAGE;
    }
    size_t n = moat_program_diagnostic_count(p);
    if (json) {
        print_json(file, p);
    } else {
        for (size_t k = 0; k < n; k++) print_text(file, src, len, moat_program_diagnostic(p, k));
    }
    moat_program_free(p);
    free(src);
    return n ? EXIT_ERROR : EXIT_OK;
}

static void write_stdout(void *ctx, const char *data, size_t len) {
    fwrite(data, 1, len, ctx);
}

int cmd_parse(int argc, char **argv) {
    if (argc != 1) {
        fprintf(stderr, "usage: moat parse FILE\n");
        return EXIT_USAGE;
    }
    size_t len;
    char *src = cli_read_file(argv[0], &len);
    if (!src) return EXIT_USAGE;
    MoatProgram *p;
    MoatStatus st = moat_compile(src, len, argv[0], &p);
    free(src);
    if (st != MOAT_OK) {
        fprintf(stderr, "moat parse: %s\n", moat_status_str(st));
        return EXIT_USAGE;
    }
    moat_program_dump_ast(p, write_stdout, stdout);
    size_t n = moat_program_diagnostic_count(p);
    for (size_t k = 0; k < n; k++) {
        const MoatDiagnostic *d = moat_program_diagnostic(p, k);
        fprintf(stderr, "%s:%u:%u: %s\n", argv[0], d->line, d->column, d->message);
    }
    moat_program_free(p);
    return n ? EXIT_ERROR : EXIT_OK;
}
