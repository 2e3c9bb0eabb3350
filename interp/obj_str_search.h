// Substring search in linear time, shared by str and bytes (find, count, replace, split, in):
// the Two-Way algorithm of Crochemore and Perrin, forwards or backwards, so no needle makes a
// search quadratic (the C code of one instruction would otherwise outrun the time limit).
#ifndef MOAT_INTERP_OBJ_STR_SEARCH_H
#define MOAT_INTERP_OBJ_STR_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// A needle prepared once for any number of searches in one direction.
typedef struct StrFinder {
    const unsigned char *needle;
    size_t m;
    bool rev;           // searching from the end
    size_t ms, p, mem0;  // critical factorization, period, memory for periodic needles
    size_t byteset[256 / (8 * sizeof(size_t))];
    size_t shift[256];
} StrFinder;

// Borrows needle[0..m) for the finder's lifetime.
void str_finder_init(StrFinder *f, const char *needle, size_t m, bool rev);
// Forward: the offset of the first match in hay[0..n), or -1. Backward: of the last match.
int64_t str_finder_find(const StrFinder *f, const char *hay, size_t n);

// One-shot searches.
int64_t str_search_find(const char *hay, size_t n, const char *needle, size_t m);
int64_t str_search_rfind(const char *hay, size_t n, const char *needle, size_t m);
// Non-overlapping matches in hay[0..n), at most `max` of them (max < 0: all).
size_t str_search_count(const char *hay, size_t n, const char *needle, size_t m, int64_t max);

#endif
