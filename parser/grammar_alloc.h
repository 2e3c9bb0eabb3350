// The allocator the grammar's external scanner uses (tree-sitter-python's scanner.c is
// compiled with its ts_malloc family pointed here: see the Makefile's GRAMMAR_CFLAGS).
#ifndef MOAT_PARSER_GRAMMAR_ALLOC_H
#define MOAT_PARSER_GRAMMAR_ALLOC_H

#include <stddef.h>

void *grammar_malloc(size_t size);
void *grammar_calloc(size_t count, size_t size);
void *grammar_realloc(void *p, size_t size);
void grammar_free(void *p);
// Frees the block this thread keeps for the scanner; called when the thread's parser goes.
void grammar_release_spare(void);

#endif
