// Diagnostics shared by the parser and the checker: position, code, message, and the phase
// that decides which one CPython would have reported first.
#ifndef MOAT_PARSER_DIAG_H
#define MOAT_PARSER_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parser/arena.h"

typedef enum DiagSeverity { DIAG_ERROR, DIAG_WARNING } DiagSeverity;

// CPython stops at its first error: tokenizer and parser errors come first in source order,
// then the symbol table's, then the compiler's. Checker findings come after all of those.
typedef enum DiagPhase {
    DIAG_PHASE_PARSE,
    DIAG_PHASE_SYMTABLE,
    DIAG_PHASE_COMPILE,
    DIAG_PHASE_CHECK,
} DiagPhase;

// A source range: 1-based lines, 0-based byte columns (converted to code points on output).
typedef struct Span {
    uint32_t line, col, end_line, end_col;
} Span;

typedef struct Diag {
    Span span;
    DiagSeverity severity;
    DiagPhase phase;
    const char *code;     // stable code, static storage: "syntax-error", "arg-type", ...
    const char *exc;      // for syntax errors: "SyntaxError", "IndentationError", "TabError"
    const char *message;  // without the class name; arena storage
    // what a printed traceback shows instead (CPython's traceback module may reword an
    // "invalid syntax" and point elsewhere, syntax_typos.c), NULL when it shows the above
    const char *shown_message;
    Span shown;
} Diag;

typedef struct DiagList {
    Arena *arena;  // where messages and the array live
    Diag *items;
    size_t count, cap;
} DiagList;

void diag_list_init(DiagList *dl, Arena *arena);
// Appends a diagnostic with a printf-style message; false only when memory ran out.
bool diag_add(DiagList *dl, DiagPhase phase, Span span, const char *code, const char *exc,
              const char *fmt, ...) __attribute__((format(printf, 6, 7)));
bool diag_addv(DiagList *dl, DiagPhase phase, Span span, const char *code, const char *exc,
               const char *fmt, va_list ap) __attribute__((format(printf, 6, 0)));
// Orders by phase, then position; the first item is what CPython would report.
void diag_sort(DiagList *dl);
// True if any error-severity diagnostic is present.
bool diag_has_errors(const DiagList *dl);

#endif
