// CPython 3.14's invalid_* rules that a token view of one logical line decides, for errors
// tree-sitter reports only as ERROR: imports, parameters, missing commas and colons, lone stars,
// misplaced '=' and ':=', bare generators, 'if' without 'else', as-pattern targets, dict items,
// comprehensions, stray characters.
#ifndef MOAT_PARSER_SYNTAX_LINES_H
#define MOAT_PARSER_SYNTAX_LINES_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/arena.h"

// invalid_expression's message: two expressions side by side (its range spans both).
#define SYNTAX_MISSING_COMMA "invalid syntax. Perhaps you forgot a comma?"

typedef struct LineError {
    size_t offset; // where CPython reports it
    size_t end;    // where its range ends (offset + 1 for a point)
    char message[96];
} LineError;

// Looks at the logical line that holds src[at] (a parse error there) for an error CPython
// reports at or before `limit`; true with *err set. The line's tokens go in `arena`.
bool syntax_line_error(Arena *arena, const char *src, size_t len, size_t at, size_t limit,
                       LineError *err);

// Where CPython's plain "invalid syntax" lies when tree-sitter's error is one on the logical
// line holding src[at] (moat's place for it) and its recovery says little: the token CPython
// fails at, marked whole; true with *err set. `widen`: else the token at `at`, if one starts
// there.
bool syntax_line_generic(Arena *arena, const char *src, size_t len, size_t at, size_t limit,
                         bool widen, LineError *err);

#endif
