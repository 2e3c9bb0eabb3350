// The compiler's rules on `match` patterns: reachability, name bindings, duplicate keys.
#ifndef MOAT_PARSER_SYNTAX_MATCH_H
#define MOAT_PARSER_SYNTAX_MATCH_H

#include "parser/ast.h"
#include "parser/diag.h"

// Reports what CPython's compiler rejects in one case pattern; `not_last` is true for an
// unguarded case that other cases follow (it must not be irrefutable).
void syntax_check_pattern(DiagList *dl, const AstPattern *p, bool not_last);

#endif
