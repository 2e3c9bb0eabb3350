// CPython 3.14's tokenizer errors, which tree-sitter does not raise: one linear pass over the
// raw source finds the first one, plus the indentation errors the token stream alone shows.
#ifndef MOAT_PARSER_TOKENS_H
#define MOAT_PARSER_TOKENS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parser/arena.h"
#include "parser/diag.h"

// How a tokenizer error fares when CPython's parser has already failed earlier in the source.
typedef enum TokensReach {
    TOKENS_IN_ORDER,    // lost: reported only if the parser gets this far without an error
    TOKENS_OVERRIDES,   // won: after a parser error CPython tokenizes the rest of the file and
                        // reports this instead (strings, numbers, characters, brackets, encoding)
    TOKENS_IN_FSTRING,  // raised inside an f-string: lost even to a parser error at its token
} TokensReach;

typedef struct TokensFinding {
    bool found;
    TokensReach reach;
    size_t offset;        // byte offset of the token at which CPython's parser meets the error
    Span span;            // CPython's (lineno, offset, end_lineno, end_offset) in byte columns
    const char *exc;      // "SyntaxError", "IndentationError" or "TabError"
    const char *message;  // CPython's msg, without the class; arena storage
} TokensFinding;

// What a scan found. A caller that also parses (tree-sitter) hands the position of its own first
// error to tokens_pick, which applies CPython's rules for which error wins.
typedef struct TokensResult {
    TokensFinding lexical;     // CPython's first tokenizer error
    TokensFinding unclosed;    // when `lexical` is EOF or a bad line continuation inside
                               // brackets: "'(' was never closed" for the innermost one, which
                               // CPython reports instead after a parser error on a later line
    TokensFinding structural;  // the first parser error the token stream alone shows, met before
                               // `lexical`: unexpected indent or unindent, expected an indented
                               // block, expected 'except' or 'finally' block, a decimal literal
                               // past 4300 digits, non-ASCII bytes in a bytes literal, an f-string
                               // closing inside a format spec
    bool structural_final;     // CPython stops at `structural` (unexpected indent or unindent);
                               // otherwise a later TOKENS_OVERRIDES error replaces it
} TokensResult;

// Scans src[0..len) as CPython 3.14's tokenizer would and fills *out; messages live in `arena`.
// Spans count the bytes of a UTF-8 BOM on line 1 (CPython's offsets do not). False only when
// memory ran out.
bool tokens_scan(const char *src, size_t len, Arena *arena, TokensResult *out);

// What CPython reports, given the byte offset and line of the first error its parser would raise
// that `res` does not know about (SIZE_MAX when there is none; the line of the last token the
// parser read): a finding of `res`, or NULL when that parser error wins.
const TokensFinding *tokens_pick(const TokensResult *res, size_t parser_offset,
                                 uint32_t parser_line);

// Scans src[0..len) as CPython 3.14's tokenizer would; appends the first tokenizer-level error,
// if any, to dl and returns true; false only when memory ran out. The error is the one CPython
// reports when the rest of the source parses: tokens_pick(res, SIZE_MAX, 0) of tokens_scan.
bool tokens_check(const char *src, size_t len, DiagList *dl);

#endif
