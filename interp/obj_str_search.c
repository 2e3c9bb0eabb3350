// Two-Way substring search (Crochemore-Perrin, as in musl's memmem), with a bad-character
// shift on the needle's last byte. A backward search runs the same algorithm over reversed
// views of haystack and needle.
#include "interp/obj_str_search.h"

#include <string.h>

#define BIT_WORD (8 * sizeof(size_t))

// Byte i of a view: from the start, or from the end when reversed.
static inline unsigned char at(const unsigned char *s, size_t len, size_t i, bool rev) {
    return rev ? s[len - 1 - i] : s[i];
}

// The maximal suffix of the needle under one byte order (greater: ascending or not);
// returns its start - 1 (as size_t, so -1 wraps) and its period in *period.
static size_t max_suffix(const StrFinder *f, bool greater, size_t *period) {
    size_t ip = (size_t)-1, jp = 0, k = 1, p = 1, m = f->m;
    while (jp + k < m) {
        unsigned char a = at(f->needle, m, ip + k, f->rev), b = at(f->needle, m, jp + k, f->rev);
        if (a == b) {
            if (k == p) {
                jp += p;
                k = 1;
            } else {
                k++;
            }
        } else if (greater ? a > b : a < b) {
            jp += k;
            k = 1;
            p = jp - ip;
        } else {
            ip = jp++;
            k = p = 1;
        }
    }
    *period = p;
    return ip;
}

static bool prefix_repeats(const StrFinder *f, size_t p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (at(f->needle, f->m, i, f->rev) != at(f->needle, f->m, i + p, f->rev)) return false;
    }
    return true;
}

void str_finder_init(StrFinder *f, const char *needle, size_t m, bool rev) {
    f->needle = (const unsigned char *)needle;
    f->m = m;
    f->rev = rev;
    memset(f->byteset, 0, sizeof f->byteset);
    for (size_t i = 0; i < m; i++) {
        unsigned char c = at(f->needle, m, i, rev);
        f->byteset[c / BIT_WORD] |= (size_t)1 << (c % BIT_WORD);
        f->shift[c] = i + 1;
    }
    if (m < 2) return;
    size_t p0, p1;
    size_t ms = max_suffix(f, true, &p0);
    size_t ms1 = max_suffix(f, false, &p1);
    size_t p = p0;
    if (ms1 + 1 > ms + 1) {
        ms = ms1;
        p = p1;
    }
    if (!prefix_repeats(f, p, ms + 1)) {
        f->mem0 = 0;
        p = (ms > m - ms - 1 ? ms : m - ms - 1) + 1;
    } else {
        f->mem0 = m - p;
    }
    f->ms = ms;
    f->p = p;
}

static int64_t single_byte(const StrFinder *f, const char *hay, size_t n) {
    if (!f->rev) {
        const char *hit = memchr(hay, f->needle[0], n);
        return hit ? hit - hay : -1;
    }
    for (size_t i = n; i > 0; i--) {
        if ((unsigned char)hay[i - 1] == f->needle[0]) return (int64_t)(i - 1);
    }
    return -1;
}

int64_t str_finder_find(const StrFinder *f, const char *hay_, size_t n) {
    const unsigned char *hay = (const unsigned char *)hay_, *nd = f->needle;
    size_t m = f->m, ms = f->ms, h = 0, mem = 0, k;
    bool rev = f->rev;
    if (m == 0) return rev ? (int64_t)n : 0;
    if (m > n) return -1;
    if (m == 1) return single_byte(f, hay_, n);
    while (n - h >= m) {
        // the haystack byte under the needle's last byte decides the first shift
        unsigned char c = at(hay, n, h + m - 1, rev);
        if (!(f->byteset[c / BIT_WORD] & ((size_t)1 << (c % BIT_WORD)))) {
            h += m;
            mem = 0;
            continue;
        }
        k = m - f->shift[c];
        if (k) {
            h += k < mem ? mem : k;
            mem = 0;
            continue;
        }
        // right half, then left half
        for (k = (ms + 1 > mem ? ms + 1 : mem); k < m && at(nd, m, k, rev) == at(hay, n, h + k, rev);
             k++) {
        }
        if (k < m) {
            h += k - ms;
            mem = 0;
            continue;
        }
        for (k = ms + 1; k > mem && at(nd, m, k - 1, rev) == at(hay, n, h + k - 1, rev); k--) {
        }
        if (k <= mem) return rev ? (int64_t)(n - h - m) : (int64_t)h;
        h += f->p;
        mem = f->mem0;
    }
    return -1;
}

int64_t str_search_find(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    if (m == 1) {
        const char *hit = memchr(hay, needle[0], n);
        return hit ? hit - hay : -1;
    }
    StrFinder f;
    str_finder_init(&f, needle, m, false);
    return str_finder_find(&f, hay, n);
}

int64_t str_search_rfind(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) return (int64_t)n;
    if (m > n) return -1;
    StrFinder f;
    str_finder_init(&f, needle, m, true);
    return str_finder_find(&f, hay, n);
}

size_t str_search_count(const char *hay, size_t n, const char *needle, size_t m, int64_t max) {
    if (m == 0) {
        size_t all = n + 1;  // the empty string matches between every two bytes
        return max >= 0 && (uint64_t)max < all ? (size_t)max : all;
    }
    StrFinder f;
    str_finder_init(&f, needle, m, false);
    size_t count = 0, pos = 0;
    while (max < 0 || count < (uint64_t)max) {
        int64_t hit = str_finder_find(&f, hay + pos, n - pos);
        if (hit < 0) break;
        count++;
        pos += (size_t)hit + m;
    }
    return count;
}
