// Unicode character names to code points, as the \N{...} escape of a str literal reads them
// (CPython's unicodedata lookup without named sequences; the table is compiled in), and the
// positions CPython's unicode-escape codec reports.
#ifndef MOAT_PARSER_UNICODE_NAMES_H
#define MOAT_PARSER_UNICODE_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The code point named name[0..n): a character's name or alias in any letter case, a Hangul
// syllable or a CJK unified ideograph (those two spelled in upper case). False if none is.
bool unicode_name_lookup(const char *name, size_t n, uint32_t *code);

// Where s[j] of a literal's body s[0..n) falls in the text CPython's unicode-escape codec
// reads, which its error positions count in.
size_t unicode_escape_pos(const char *s, size_t n, size_t j);

#endif
