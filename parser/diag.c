// Diagnostic list: arena-backed, sorted into CPython's reporting order before output.
#include "parser/diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void diag_list_init(DiagList *dl, Arena *arena) {
    memset(dl, 0, sizeof *dl);
    dl->arena = arena;
}

static bool diag_reserve(DiagList *dl) {
    if (dl->count < dl->cap) return true;
    size_t cap = dl->cap ? dl->cap * 2 : 8;
    Diag *items = arena_calloc(dl->arena, cap, sizeof *items);
    if (!items) return false;
    if (dl->count) memcpy(items, dl->items, dl->count * sizeof *items);
    dl->items = items;
    dl->cap = cap;
    return true;
}

bool diag_addv(DiagList *dl, DiagPhase phase, Span span, const char *code, const char *exc,
               const char *fmt, va_list ap) {
    if (!diag_reserve(dl)) return false;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    char *msg = arena_alloc(dl->arena, (size_t)n + 1);
    if (!msg) return false;
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    dl->items[dl->count++] = (Diag){
        .span = span,
        .severity = DIAG_ERROR,
        .phase = phase,
        .code = code,
        .exc = exc,
        .message = msg,
    };
    return true;
}

bool diag_add(DiagList *dl, DiagPhase phase, Span span, const char *code, const char *exc,
              const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool ok = diag_addv(dl, phase, span, code, exc, fmt, ap);
    va_end(ap);
    return ok;
}

static int diag_compare(const Diag *a, const Diag *b) {
    if (a->phase != b->phase) return a->phase < b->phase ? -1 : 1;
    if (a->span.line != b->span.line) return a->span.line < b->span.line ? -1 : 1;
    if (a->span.col != b->span.col) return a->span.col < b->span.col ? -1 : 1;
    return 0;
}

// Insertion sort: stable, and lists are short.
void diag_sort(DiagList *dl) {
    for (size_t i = 1; i < dl->count; i++) {
        Diag d = dl->items[i];
        size_t j = i;
        while (j > 0 && diag_compare(&dl->items[j - 1], &d) > 0) {
            dl->items[j] = dl->items[j - 1];
            j--;
        }
        dl->items[j] = d;
    }
}

bool diag_has_errors(const DiagList *dl) {
    for (size_t i = 0; i < dl->count; i++) {
        if (dl->items[i].severity == DIAG_ERROR) return true;
    }
    return false;
}
