// Turns tree-sitter's error recovery (ERROR and MISSING nodes) into the SyntaxError CPython
// would raise at the same place.
#ifndef MOAT_PARSER_SYNTAX_ERRORS_H
#define MOAT_PARSER_SYNTAX_ERRORS_H

#include "parser/cst.h"
#include "parser/diag.h"

// Reports cst->first_error unless `token_error` (the tokenizer's first error, may be NULL)
// or a parse diagnostic from dl->items[from...] inside or before the error node: CPython raises whichever it
// meets first. Scratch memory comes from `scratch`. False when out of memory.
bool syntax_errors_report(const Cst *cst, Arena *scratch, DiagList *dl, const Diag *token_error,
                          size_t from);

// Puts a more precise CPython error in place of the first parse error when its line says
// which: one inside an f-string or t-string that opens before the error ends
// (syntax_fstring.c), or an invalid_* rule the line's tokens decide (syntax_lines.c). Where
// tree-sitter only reports ERROR, its recovery says nothing of where CPython's tokenizer and
// parser stop. Scratch memory comes from `scratch`. False when out of memory.
bool syntax_errors_refine(const Cst *cst, Arena *scratch, DiagList *dl, size_t from);

// Past the string literal whose opening quote c was just read (p is right after it): after
// its closing quote, or at the newline that ends a one-line string left open, or at end.
const char *syntax_skip_string(const char *p, const char *end, char c);

#endif
