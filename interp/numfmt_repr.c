// repr(float) by Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020): one
// 126-bit multiply per bound picks the shortest decimal in the rounding interval, the closest
// one when there are two, ties to even; CPython's dtoa mode 0 chooses the same digits.
#include "interp/numfmt_repr.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "interp/numfmt_repr_table.h"

typedef unsigned __int128 U128;

enum { REPR_Q_MIN = -1074, REPR_PRECISION = 53 };
#define REPR_C_MIN (UINT64_C(1) << 52)

// floor(q log10 2), floor(log10(3/4 2^q)) and floor(e log2 10), checked over the ranges used
// by tests/numfmt/gen_repr_table.py.
static int flog10_pow2(int q) {
    return (int)(((int64_t)q * INT64_C(661971961083)) >> 41);
}

static int flog10_three_quarters_pow2(int q) {
    return (int)(((int64_t)q * INT64_C(661971961083) - INT64_C(274743187321)) >> 41);
}

static int flog2_pow10(int e) {
    return (int)(((int64_t)e * INT64_C(913124641741)) >> 38);
}

const uint64_t *numfmt_pow10_bound(int e, int *r) {
    *r = flog2_pow10(e) - 125;
    return numfmt_g_table[-e - NUMFMT_G_K_MIN];
}

// Round to odd of g * cp / 2^127. The sticky bit ignores the product's low 64 bits: they hold
// only g's excess over 10^-k (below 2^64 for cp < 2^64), so exact quotients stay exact.
static uint64_t round_odd(const uint64_t g[2], uint64_t cp) {
    U128 lo = (U128)g[1] * cp, hi = (U128)g[0] * cp;
    U128 mid = (lo >> 64) + (uint64_t)hi;
    U128 top = (hi >> 64) + (mid >> 64);
    uint64_t mid64 = (uint64_t)mid;
    uint64_t q = ((uint64_t)top << 1) | (mid64 >> 63);
    bool sticky = (mid64 << 1) != 0;
    return q | sticky;
}

// The decimal f * 10^e closest to c * 2^q among the shortest inside its rounding interval.
// Unlike Java's Double.toString, which wants two digits, one digit is fine: 5e-324.
static void to_decimal(int q, uint64_t c, uint64_t *f, int *e) {
    uint64_t out = c & 1, cb = c << 2, cbr = cb + 2, cbl;
    int k;
    if (c != REPR_C_MIN || q == REPR_Q_MIN) {
        cbl = cb - 2;
        k = flog10_pow2(q);
    } else {
        // the interval below a power of two is half as wide
        cbl = cb - 1;
        k = flog10_three_quarters_pow2(q);
    }
    int h = q + flog2_pow10(-k) + 2;
    const uint64_t *g = numfmt_g_table[k - NUMFMT_G_K_MIN];
    uint64_t vb = round_odd(g, cb << h);
    uint64_t vbl = round_odd(g, cbl << h);
    uint64_t vbr = round_odd(g, cbr << h);
    uint64_t s = vb >> 2;
    *e = k;
    if (s >= 10) {
        // one digit fewer: is exactly one of the neighbouring multiples of ten inside?
        uint64_t sp10 = s / 10 * 10, tp10 = sp10 + 10;
        bool upin = vbl + out <= sp10 << 2;
        bool wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            *f = upin ? sp10 : tp10;
            return;
        }
    }
    uint64_t t = s + 1;
    bool uin = vbl + out <= s << 2;
    bool win = (t << 2) + out <= vbr;
    if (uin != win) {
        *f = uin ? s : t;
        return;
    }
    // both inside: the closer, ties to even
    int64_t cmp = (int64_t)vb - (int64_t)((s + t) << 1);
    *f = (cmp < 0 || (cmp == 0 && (s & 1) == 0)) ? s : t;
}

// Shortest f * 10^e equal to |x| when read back; x finite and nonzero.
static void shortest_decimal(double x, uint64_t *f, int *e) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t t = bits & (REPR_C_MIN - 1);
    int bq = (int)(bits >> 52) & 0x7FF;
    if (bq == 0) {
        to_decimal(REPR_Q_MIN, t, f, e);
        return;
    }
    int mq = -REPR_Q_MIN + 1 - bq;
    uint64_t c = REPR_C_MIN | t;
    if (0 < mq && mq < REPR_PRECISION) {
        // an integer below 2^53 is its own shortest form
        uint64_t whole = c >> mq;
        if (whole << mq == c) {
            *f = whole;
            *e = 0;
            return;
        }
    }
    to_decimal(-mq, c, f, e);
}

static const char repr_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// Writes the decimal digits of f (at most 20) ending at end; returns their count.
static size_t put_digits_back(char *end, uint64_t f) {
    char *p = end;
    while (f >= 100) {
        p -= 2;
        memcpy(p, repr_pairs + (f % 100) * 2, 2);
        f /= 100;
    }
    if (f >= 10) {
        p -= 2;
        memcpy(p, repr_pairs + f * 2, 2);
    } else {
        *--p = (char)('0' + f);
    }
    return (size_t)(end - p);
}

size_t numfmt_float_shortest(double x, char digits[NUMFMT_SHORTEST_MAX], int *decpt) {
    if (x == 0) {
        digits[0] = '0';
        *decpt = 1;
        return 1;
    }
    uint64_t f;
    int e;
    shortest_decimal(x, &f, &e);
    // strip trailing zeros in halving steps: up to 16 of them (1e16 has s = 10^16)
    while (f % 100000000 == 0) f /= 100000000, e += 8;
    if (f % 10000 == 0) f /= 10000, e += 4;
    if (f % 100 == 0) f /= 100, e += 2;
    if (f % 10 == 0) f /= 10, e += 1;
    char tmp[24];
    size_t n = put_digits_back(tmp + sizeof tmp, f);
    memcpy(digits, tmp + sizeof tmp - n, n);
    *decpt = (int)n + e;
    return n;
}

// Writes "e+XX" / "e-XXX" for exponent v at p; returns the length.
static size_t put_exponent(char *p, int v) {
    size_t n = 0;
    p[n++] = 'e';
    p[n++] = v < 0 ? '-' : '+';
    unsigned u = v < 0 ? (unsigned)-v : (unsigned)v;
    if (u >= 100) p[n++] = (char)('0' + u / 100);
    memcpy(p + n, repr_pairs + (u % 100) * 2, 2);
    return n + 2;
}

size_t numfmt_float_repr(double x, char out[NUMFMT_REPR_MAX]) {
    size_t n = 0;
    if (x != x) {
        memcpy(out, "nan", 4);
        return 3;
    }
    if (signbit(x)) out[n++] = '-';
    if (isinf(x)) {
        memcpy(out + n, "inf", 4);
        return n + 3;
    }
    char d[NUMFMT_SHORTEST_MAX];
    int decpt;
    size_t nd = numfmt_float_shortest(x, d, &decpt);
    if (decpt <= -4 || decpt > 16) {
        // d.ddde+XX, as CPython switches to at 1e16 and below 1e-4
        out[n++] = d[0];
        if (nd > 1) {
            out[n++] = '.';
            memcpy(out + n, d + 1, nd - 1);
            n += nd - 1;
        }
        n += put_exponent(out + n, decpt - 1);
    } else if (decpt <= 0) {
        memcpy(out + n, "0.", 2);
        memset(out + n + 2, '0', (size_t)-decpt);
        n += 2 + (size_t)-decpt;
        memcpy(out + n, d, nd);
        n += nd;
    } else if ((size_t)decpt >= nd) {
        memcpy(out + n, d, nd);
        memset(out + n + nd, '0', (size_t)decpt - nd);
        n += (size_t)decpt;
        memcpy(out + n, ".0", 2);
        n += 2;
    } else {
        memcpy(out + n, d, (size_t)decpt);
        out[n + (size_t)decpt] = '.';
        memcpy(out + n + (size_t)decpt + 1, d + decpt, nd - (size_t)decpt);
        n += nd + 1;
    }
    out[n] = '\0';
    return n;
}
