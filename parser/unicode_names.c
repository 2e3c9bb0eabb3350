// Unicode character names to code points for the lowering of \N{...} escapes. Listed names
// and aliases come from a front-coded table generated at build time from CPython 3.14's own
// unicodedata (parser/gen/unicode_names_gen.py); Hangul syllables and CJK unified ideographs
// (in the blocks that table lists) are computed, as CPython computes them.
#include "parser/unicode_names.h"

#include <string.h>

#include "unicode_names_data.h"

// The short names of the leading consonants, vowels and trailing consonants of Hangul
// syllables (Unicode's Jamo.txt), in code point order.
static const char *const jamo_lead[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                        "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_vowel[] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO",
                                         "YE", "O",  "WA", "WAE", "OE", "YO", "U",
                                         "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_trail[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH",
                                         "D",  "L",  "LG", "LM", "LB", "LS", "LT",
                                         "LP", "LH", "M",  "B",  "BS", "S",  "SS",
                                         "NG", "J",  "C",  "K",  "T",  "P",  "H"};
enum { JAMO_LEADS = 19, JAMO_VOWELS = 21, JAMO_TRAILS = 28, HANGUL_FIRST = 0xAC00 };

static bool has_prefix(const char *s, size_t n, const char *prefix) {
    size_t k = strlen(prefix);
    return n >= k && memcmp(s, prefix, k) == 0;
}

// Index of the longest jamo name that s[0..n) starts with, or -1; *len gets its length.
static int longest_jamo(const char *s, size_t n, const char *const *jamo, int count, size_t *len) {
    int pick = -1;
    *len = 0;
    for (int k = 0; k < count; k++) {
        size_t m = strlen(jamo[k]);
        if ((pick < 0 || m > *len) && m <= n && memcmp(s, jamo[k], m) == 0) {
            pick = k;
            *len = m;
        }
    }
    return pick;
}

// "HANGUL SYLLABLE " followed by a lead, a vowel and a trail, each the longest that matches.
static bool hangul_lookup(const char *s, size_t n, uint32_t *code) {
    size_t len;
    int lead = longest_jamo(s, n, jamo_lead, JAMO_LEADS, &len);
    s += len, n -= len;
    int vowel = longest_jamo(s, n, jamo_vowel, JAMO_VOWELS, &len);
    s += len, n -= len;
    int trail = longest_jamo(s, n, jamo_trail, JAMO_TRAILS, &len);
    if (lead < 0 || vowel < 0 || trail < 0 || len != n) return false;
    *code = HANGUL_FIRST + (uint32_t)((lead * JAMO_VOWELS + vowel) * JAMO_TRAILS + trail);
    return true;
}

// "CJK UNIFIED IDEOGRAPH-" followed by four or five upper-case hex digits of an ideograph.
static bool cjk_lookup(const char *s, size_t n, uint32_t *code) {
    if (n != 4 && n != 5) return false;
    uint32_t v = 0;
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        if (c >= '0' && c <= '9') v = v * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F') v = v * 16 + (uint32_t)(c - 'A' + 10);
        else return false;
    }
    for (size_t k = 0; k < sizeof uname_cjk_unified / sizeof uname_cjk_unified[0]; k++) {
        if (v >= uname_cjk_unified[k][0] && v <= uname_cjk_unified[k][1]) {
            *code = v;
            return true;
        }
    }
    return false;
}

static int compare_names(const char *a, size_t an, const char *b, size_t bn) {
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : (an > bn) - (an < bn);
}

// One decoded table entry. Each entry changes the previous one's name and code point, so
// both are kept from entry to entry (from an empty name and 0 at a block's start).
typedef struct NameCursor {
    const unsigned char *at;
    char name[UNAME_MAX_LEN];
    size_t len;
    uint32_t code;
} NameCursor;

static void cursor_next(NameCursor *c) {
    size_t keep = c->at[0], add = c->at[1];
    memcpy(c->name + keep, c->at + 2, add);
    c->len = keep + add;
    const unsigned char *p = c->at + 2 + add;
    uint32_t zigzag = 0;
    for (int shift = 0;; shift += 7) {
        zigzag |= (uint32_t)(*p & 0x7F) << shift;
        if (!(*p++ & 0x80)) break;
    }
    c->code += (zigzag >> 1) ^ (0u - (zigzag & 1));  // 2n is +n, 2n-1 is -n (mod 2^32)
    c->at = p;
}

static const unsigned char *block_start(uint32_t block) {
    return (const unsigned char *)uname_data + uname_block_at[block];
}

// The listed name key[0..n) (already upper case): binary search of the blocks' first names,
// then a walk through one block.
static bool table_lookup(const char *key, size_t n, uint32_t *code) {
    uint32_t lo = 0, hi = UNAME_BLOCKS;  // the block is the last one whose first name <= key
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        const unsigned char *first = block_start(mid);
        if (compare_names((const char *)first + 2, first[1], key, n) <= 0) lo = mid;
        else hi = mid;
    }
    NameCursor c = {.at = block_start(lo)};
    const unsigned char *end = lo + 1 < UNAME_BLOCKS
                                   ? block_start(lo + 1)
                                   : (const unsigned char *)uname_data + sizeof uname_data - 1;
    while (c.at < end) {
        cursor_next(&c);
        int cmp = compare_names(c.name, c.len, key, n);
        if (cmp == 0) {
            *code = c.code;
            return true;
        }
        if (cmp > 0) break;
    }
    return false;
}

// Where s[j] falls in the text CPython's unicode-escape codec reads, which error positions
// count in: the literal with each non-ASCII character spelled \UXXXXXXXX (10 bytes) and a
// backslash before one spelled \u005c (6 bytes).
size_t unicode_escape_pos(const char *s, size_t n, size_t j) {
    size_t pos = 0;
    for (size_t k = 0; k < j; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '\\') {
            if (k + 1 < n && (unsigned char)s[k + 1] >= 0x80) {
                pos += 6;
                continue;
            }
            pos++;
            if (++k >= j) break;  // the escaped byte goes along
            c = (unsigned char)s[k];
        }
        if (c < 0x80) pos += 1;
        else if (c >= 0xC0) pos += 10;
    }
    return pos;
}

bool unicode_name_lookup(const char *name, size_t n, uint32_t *code) {
    static const char hangul[] = "HANGUL SYLLABLE ", cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (has_prefix(name, n, hangul)) {
        return hangul_lookup(name + sizeof hangul - 1, n - (sizeof hangul - 1), code);
    }
    if (has_prefix(name, n, cjk)) {
        return cjk_lookup(name + sizeof cjk - 1, n - (sizeof cjk - 1), code);
    }
    if (n > UNAME_MAX_LEN) return false;
    char key[UNAME_MAX_LEN];
    for (size_t k = 0; k < n; k++) {
        char c = name[k];
        key[k] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    return table_lookup(key, n, code);
}
