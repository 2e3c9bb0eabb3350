// The parser layer's interface for the rest of moat: parse source into an AST with syntax
// diagnostics, and dump an AST for debugging and tests.
#ifndef MOAT_PARSER_PARSER_H
#define MOAT_PARSER_PARSER_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/arena.h"
#include "parser/ast.h"
#include "parser/diag.h"

// Parses src[0..len) (not copied: it must outlive the AST). The AST and diagnostics' messages
// live in `arena`. Syntax errors are appended to dl in CPython's reporting order; the AST is
// returned even then, with AST_ERROR nodes where nothing parsed. NULL only when memory ran out.
AstModule *parser_parse(Arena *arena, const char *src, size_t len, DiagList *dl);

// Writes a readable, indented dump of m through `write`.
typedef void (*AstWriteFn)(void *ctx, const char *s, size_t n);
void ast_dump(const AstModule *m, AstWriteFn write, void *ctx);

// Column of byte offset `col` on line `line` of src counted in code points (0-based).
uint32_t parser_char_column(const char *src, size_t len, uint32_t line, uint32_t col);
// Byte offset where each line starts: out[0] is line 1's. NULL when memory ran out.
uint32_t *parser_line_starts(const char *src, size_t len, Arena *arena, uint32_t *count);
// Code points in the first `col` bytes of the line starting at src[start].
uint32_t parser_chars_before(const char *src, size_t len, uint32_t start, uint32_t col);

#endif
