// Printing diagnostics (text with the source line and a caret, or DESIGN.md's JSON array) and
// loading stub files: shared by `moat check` and `moat run --stubs`.
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "moat.h"

// The source line `line` (1-based) of src, without its newline.
static const char *source_line(const char *src, size_t len, uint32_t line, size_t *out_len) {
    size_t k = 0;
    for (uint32_t l = 1; l < line && k < len; k++) {
        if (src[k] == '\n') l++;
    }
    size_t e = k;
    while (e < len && src[e] != '\n' && src[e] != '\r') e++;
    *out_len = e - k;
    return src + k;
}

static void print_text(FILE *out, const char *file, const char *src, size_t len,
                       const MoatDiagnostic *d) {
    fprintf(out, "%s:%u:%u: %s[%s]: %s\n", file, d->line, d->column,
            d->severity == MOAT_SEVERITY_ERROR ? "error" : "warning", d->code, d->message);
    size_t n;
    const char *text = source_line(src, len, d->line, &n);
    if (n == 0) return;
    fprintf(out, "    %.*s\n    ", (int)n, text);
    // caret under the span's first line, in code points
    uint32_t width = d->end_line == d->line && d->end_column > d->column
                         ? d->end_column - d->column : 1;
    for (uint32_t k = 1; k < d->column; k++) fputc(' ', out);
    for (uint32_t k = 0; k < width; k++) fputc('^', out);
    fputc('\n', out);
}

json_t *cli_diagnostics_json(const char *file, const MoatCheck *check) {
    json_t *arr = json_array();
    for (size_t k = 0; arr && k < moat_check_diagnostic_count(check); k++) {
        const MoatDiagnostic *d = moat_check_diagnostic(check, k);
        json_array_append_new(
            arr, json_pack("{s:s, s:I, s:I, s:I, s:I, s:s, s:s, s:s}", "file", file, "line",
                           (json_int_t)d->line, "column", (json_int_t)d->column, "end_line",
                           (json_int_t)d->end_line, "end_column", (json_int_t)d->end_column,
                           "severity", d->severity == MOAT_SEVERITY_ERROR ? "error" : "warning",
                           "code", d->code, "message", d->message));
    }
    return arr;
}

void cli_print_diagnostics(FILE *out, const char *file, const char *src, size_t len,
                           const MoatCheck *check, bool json) {
    if (json) {
        json_t *arr = cli_diagnostics_json(file, check);
        char *s = arr ? json_dumps(arr, JSON_ENSURE_ASCII) : NULL;
        if (s) fprintf(out, "%s\n", s);
        free(s);
        json_decref(arr);
        return;
    }
    for (size_t k = 0; k < moat_check_diagnostic_count(check); k++) {
        print_text(out, file, src, len, moat_check_diagnostic(check, k));
    }
}

MoatStubs *cli_load_stubs(const char *const *paths, size_t n) {
    MoatStubs *stubs;
    MoatStatus st = moat_stubs_new(&stubs);
    if (st != MOAT_OK) {
        fprintf(stderr, "moat: %s\n", moat_status_str(st));
        return NULL;
    }
    for (size_t k = 0; k < n; k++) {
        size_t len;
        char *src = cli_read_file(paths[k], &len);
        if (!src) {
            moat_stubs_free(stubs);
            return NULL;
        }
        const char *error = NULL;
        st = moat_stubs_add(stubs, src, len, paths[k], &error);
        free(src);
        if (st != MOAT_OK) {
            fprintf(stderr, "moat: bad stub file: %s\n", error ? error : moat_status_str(st));
            moat_stubs_free(stubs);
            return NULL;
        }
    }
    return stubs;
}
