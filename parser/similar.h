// Closest-name search shared by the interpreter's "Did you mean" hints and the checker's: CPython
// 3.14's edit distance (moves cost 2, a case-only substitution 1), within a third of the length.
#ifndef MOAT_PARSER_SIMILAR_H
#define MOAT_PARSER_SIMILAR_H

#include <stddef.h>
#include <stdint.h>

typedef struct Similar {
    const char *name;  // the name that was not found
    size_t len;
    const char *pick;  // the best candidate so far, NULL while none is close enough
    size_t pick_len, distance;
    uint32_t seen;     // candidates looked at (CPython stops after 750)
} Similar;

void similar_init(Similar *s, const char *name, size_t len);
// Keeps cand[0..n) when it is closer to the name than the pick so far.
void similar_consider(Similar *s, const char *cand, size_t n);

#endif
