// Turns tree-sitter's error recovery (ERROR and MISSING nodes) into the SyntaxError CPython
// would raise at the same place.
#ifndef MOAT_PARSER_SYNTAX_ERRORS_H
#define MOAT_PARSER_SYNTAX_ERRORS_H

#include "parser/cst.h"
#include "parser/diag.h"

// Reports cst->first_error unless `token_error` (the tokenizer's first error, may be NULL)
// or a parse diagnostic from dl->items[from...] inside or before the error node: CPython raises whichever it
// meets first. False when out of memory.
bool syntax_errors_report(const Cst *cst, DiagList *dl, const Diag *token_error, size_t from);

// When the first parse error lies on a line with an f-string or t-string that opens before it
// ends, puts CPython's own error inside that literal (syntax_fstring.c), if it has one, in its
// place: tree-sitter's recovery there says nothing of where CPython's tokenizer and parser
// stop. False when out of memory.
bool syntax_errors_fstring(const Cst *cst, DiagList *dl, size_t from);

#endif
