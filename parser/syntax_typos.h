// CPython 3.14's keyword typo hint: printing an "invalid syntax" error, its traceback module
// tries the names near the error replaced by close keywords ("Did you mean 'is'?").
#ifndef MOAT_PARSER_SYNTAX_TYPOS_H
#define MOAT_PARSER_SYNTAX_TYPOS_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/arena.h"
#include "parser/diag.h"

// A source without syntax error, or one only more input could complete (an open bracket or
// block at its end), as codeop.compile_command takes it. Implemented by parser.c.
bool parser_compiles_or_incomplete(const char *src, size_t len);

// Sets d->shown_message and d->shown when CPython's traceback would show a keyword for a name
// near d, a parse error in src. The hint's text lives in `arena`. False when out of memory.
bool syntax_typos_suggest(Arena *arena, const char *src, size_t len, Diag *d);

#endif
