// Context rules CPython's symbol table and compiler enforce, checked on a lowered module.
#ifndef MOAT_PARSER_SYNTAX_RULES_H
#define MOAT_PARSER_SYNTAX_RULES_H

#include "parser/ast.h"
#include "parser/diag.h"

// Appends a syntax-error diagnostic for each violated rule (phases SYMTABLE and COMPILE).
// False only when memory ran out.
bool syntax_check_module(const AstModule *m, Arena *arena, DiagList *dl);

#endif
