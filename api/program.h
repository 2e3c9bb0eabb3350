// What the rest of api/ needs from a MoatProgram (api/program.c).
#ifndef MOAT_API_PROGRAM_H
#define MOAT_API_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>

#include "include/moat.h"
#include "interp/code.h"
#include "parser/arena.h"
#include "parser/ast.h"

const char *program_source(const MoatProgram *p);
// The AST the program was compiled from (the checker reads the same one).
const AstModule *program_module(const MoatProgram *p);
// True when the source parsed: the AST is whole, though rules CPython applies after parsing
// ('await' outside async function, 'return' outside function) may have failed.
bool program_ast_complete(const MoatProgram *p);
// d in the public form (1-based code-point columns), strings in `arena`; `starts` are the
// source's line starts (parser_line_starts). False when memory ran out.
bool program_export_diag(const MoatProgram *p, Arena *arena, const uint32_t *starts,
                         uint32_t nlines, const Diag *d, MoatDiagnostic *out);
size_t program_source_len(const MoatProgram *p);
const char *program_name(const MoatProgram *p);
// Whether input values named names[0..n) fit the program's declared inputs: every declared
// name given once, nothing else (a program that declares none takes any).
bool program_inputs_match(const MoatProgram *p, const char *const *names, size_t n);
// True when the program compiled to bytecode (no syntax errors, nothing unsupported).
bool program_runnable(const MoatProgram *p);
const Code *program_code(const MoatProgram *p);
// The first error diagnostic as an exception report, CPython's SyntaxError layout, with
// strings in `arena`. False when memory ran out.
bool program_syntax_error(const MoatProgram *p, Arena *arena, const char **type,
                          const char **message, const char **traceback);

#endif
