// CPython's suggestion distance (Python/suggestions.c's rules, written anew): a Levenshtein
// variant where a case-only substitution costs half a move.
#include "parser/similar.h"

#include <ctype.h>
#include <string.h>

enum { MOVE_COST = 2, CASE_COST = 1, MAX_STRING_SIZE = 40, MAX_CANDIDATES = 750 };

static size_t substitution_cost(char a, char b) {
    if (a == b) return 0;
    if (tolower((unsigned char)a) == tolower((unsigned char)b)) return CASE_COST;
    return MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    while (an && bn && a[0] == b[0]) a++, b++, an--, bn--;
    while (an && bn && a[an - 1] == b[bn - 1]) an--, bn--;
    if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
    if (bn < an) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
    size_t buffer[MAX_STRING_SIZE];
    for (size_t i = 0; i < an; i++) buffer[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = SIZE_MAX;
        for (size_t ai = 0; ai < an; ai++) {
            size_t substitute = distance + substitution_cost(b[bi], a[ai]);
            distance = buffer[ai];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[ai] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

void similar_init(Similar *s, const char *name, size_t len) {
    memset(s, 0, sizeof *s);
    s->name = name;
    s->len = len;
}

void similar_consider(Similar *s, const char *cand, size_t n) {
    if (s->seen++ >= MAX_CANDIDATES) return;
    if (n == s->len && memcmp(cand, s->name, n) == 0) return;
    size_t max = (s->len + n + 3) * MOVE_COST / 6;
    if (s->pick && s->distance - 1 < max) max = s->distance - 1;
    size_t d = levenshtein(s->name, s->len, cand, n, max);
    if (d > max) return;
    if (!s->pick || d < s->distance) {
        s->pick = cand;
        s->pick_len = n;
        s->distance = d;
    }
}
