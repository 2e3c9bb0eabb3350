// What the rest of api/ needs from a MoatProgram (api/program.c).
#ifndef MOAT_API_PROGRAM_H
#define MOAT_API_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>

#include "include/moat.h"
#include "interp/code.h"
#include "parser/arena.h"

const char *program_source(const MoatProgram *p);
size_t program_source_len(const MoatProgram *p);
const char *program_name(const MoatProgram *p);
// True when the program compiled to bytecode (no syntax errors, nothing unsupported).
bool program_runnable(const MoatProgram *p);
const Code *program_code(const MoatProgram *p);
// The first error diagnostic as an exception report, CPython's SyntaxError layout, with
// strings in `arena`. False when memory ran out.
bool program_syntax_error(const MoatProgram *p, Arena *arena, const char **type,
                          const char **message, const char **traceback);

#endif
