// Unicode facts about single code points, as CPython 3.14's str methods see them: character
// classes (isalpha, isdigit, isspace, isprintable, XID) and full case mappings. Built on
// libutf8proc's categories and simple mappings, plus the tables utf8proc lacks
// (obj_str_tables.h, generated from CPython).
#ifndef MOAT_INTERP_OBJ_STR_CHAR_H
#define MOAT_INTERP_OBJ_STR_CHAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// A full case mapping is at most three code points.
enum { STR_CHAR_CASE_MAX = 3 };

bool str_char_isalpha(uint32_t cp);      // categories Lu Ll Lt Lm Lo
bool str_char_isdecimal(uint32_t cp);    // category Nd
bool str_char_isdigit(uint32_t cp);      // Numeric_Type Decimal or Digit
bool str_char_isnumeric(uint32_t cp);    // any Numeric_Type
bool str_char_isalnum(uint32_t cp);
bool str_char_isspace(uint32_t cp);      // CPython's whitespace: bidi WS, B, S or category Zs
bool str_char_isprintable(uint32_t cp);  // not Cc Cf Cs Co Cn Zl Zp Zs, except ' '
bool str_char_islower(uint32_t cp);      // the Lowercase derived property
bool str_char_isupper(uint32_t cp);      // the Uppercase derived property
bool str_char_istitle(uint32_t cp);      // category Lt
bool str_char_iscased(uint32_t cp);
bool str_char_iscase_ignorable(uint32_t cp);
bool str_char_isxid_start(uint32_t cp);  // what may start an identifier ('_' included)
bool str_char_isxid_continue(uint32_t cp);
// The value 0-9 of a decimal digit (category Nd), or -1: int('١٢') reads these.
int str_char_decimal(uint32_t cp);

// Full case mappings: writes the mapping of cp into out and returns its length (1 to 3).
size_t str_char_lower(uint32_t cp, uint32_t out[STR_CHAR_CASE_MAX]);
size_t str_char_upper(uint32_t cp, uint32_t out[STR_CHAR_CASE_MAX]);
size_t str_char_title(uint32_t cp, uint32_t out[STR_CHAR_CASE_MAX]);
size_t str_char_fold(uint32_t cp, uint32_t out[STR_CHAR_CASE_MAX]);

// isspace for an ASCII byte, inline for the hot loops of split and strip.
static inline bool str_char_isspace_ascii(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}

// UTF-8: the length of the sequence a lead byte starts (1 for anything invalid), decoding
// one code point of valid (moat-internal) UTF-8 at s[*pos], and encoding.
static inline size_t str_char_seq_len(unsigned char lead) {
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
static inline uint32_t str_char_decode(const char *s, size_t *pos) {
    const unsigned char *p = (const unsigned char *)s + *pos;
    if (p[0] < 0x80) {
        *pos += 1;
        return p[0];
    }
    if (p[0] < 0xE0) {
        *pos += 2;
        return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (p[0] < 0xF0) {
        *pos += 3;
        return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pos += 4;
    return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
// The code point that ends just before s[*pos], moving *pos back to its start.
static inline uint32_t str_char_decode_back(const char *s, size_t *pos) {
    size_t p = *pos - 1;
    while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80) p--;
    *pos = p;
    size_t q = p;
    return str_char_decode(s, &q);
}
static inline size_t str_char_encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
static inline size_t str_char_utf8_len(uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

#endif
