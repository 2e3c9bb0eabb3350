// CPython 3.14's errors inside an f-string or t-string literal, from its tokenizer and from
// its parser's invalid_replacement_field rules, for where tree-sitter only says "ERROR".
#ifndef MOAT_PARSER_SYNTAX_FSTRING_H
#define MOAT_PARSER_SYNTAX_FSTRING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct FStringError {
    size_t offset; // where CPython reports it
    size_t end; // one past the literal when it is fine, else the scan's stop
    char message[128];
} FStringError;

// Scans the literal whose prefix starts at src[start]. True with *err set to the first error
// CPython raises in it; false when the literal is fine (err->end is then its end) or when the
// scan cannot tell (err->end is then SIZE_MAX).
bool syntax_fstring_error(const char *src, size_t len, size_t start, FStringError *err);

#endif
