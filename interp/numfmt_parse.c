// float(str) and float literals: scan into significant digits and a power of ten, then round
// once: in double arithmetic when both operands are exact (Clinger's fast path), else from
// 128-bit bounds on the power of ten when both bounds round alike, else exactly with GMP.
// Digits past the 800th only matter as a sticky nonzero digit, because a point halfway between
// two doubles has at most 768 significant digits.
#include "interp/numfmt_parse.h"

#include <gmp.h>
#include <string.h>

#include "interp/numfmt_repr.h"

typedef unsigned __int128 U128;

// Significant digits kept; the rest fold into a sticky digit.
enum { PARSE_KEEP = 800 };
// Exponents saturate here, where any value is inf or zero by far.
#define PARSE_EXP_CAP INT64_C(1000000000000000000)

// Significant digits (leading zeros skipped) of a decimal, value = digits * 10^exp10.
typedef struct Decimal {
    char digits[PARSE_KEEP + 1];
    size_t len;
    bool sticky;  // a nonzero digit was dropped after the kept ones
    int64_t exp10;
} Decimal;

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

static void decimal_add_digit(Decimal *d, char c, bool fraction) {
    if (d->len == 0 && c == '0') {
        if (fraction) d->exp10--;
        return;
    }
    if (d->len < PARSE_KEEP) {
        d->digits[d->len++] = c;
        if (fraction) d->exp10--;
    } else {
        if (c != '0') d->sticky = true;
        if (!fraction) d->exp10++;
    }
}

// Digits with '_' allowed only between two digits (PEP 515); advances *pos. Returns how many
// digits were read, or -1 on a misplaced '_'.
static int64_t scan_digits(const char *s, size_t len, size_t *pos, Decimal *d, bool fraction) {
    int64_t n = 0;
    size_t i = *pos;
    while (i < len) {
        if (is_digit(s[i])) {
            if (d) decimal_add_digit(d, s[i], fraction);
            n++;
        } else if (s[i] == '_') {
            if (i == *pos || !is_digit(s[i - 1]) || i + 1 >= len || !is_digit(s[i + 1])) return -1;
        } else {
            break;
        }
        i++;
    }
    *pos = i;
    return n;
}

// 'e' [sign] digits, saturating; false when malformed.
static bool scan_exponent(const char *s, size_t len, size_t *pos, int64_t *exp) {
    size_t i = *pos + 1;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    size_t start = i;
    int64_t v = 0;
    while (i < len && (is_digit(s[i]) || s[i] == '_')) {
        if (s[i] == '_') {
            if (i == start || !is_digit(s[i - 1]) || i + 1 >= len || !is_digit(s[i + 1])) {
                return false;
            }
        } else if (v < PARSE_EXP_CAP) {
            v = v * 10 + (s[i] - '0');
        }
        i++;
    }
    if (i == start) return false;
    *exp = neg ? -v : v;
    *pos = i;
    return true;
}

// digits [. digits] [exponent] filling d; false unless it spans all of s[pos..len).
static bool scan_decimal(const char *s, size_t len, size_t pos, Decimal *d) {
    d->len = 0;
    d->sticky = false;
    d->exp10 = 0;
    int64_t n = scan_digits(s, len, &pos, d, false);
    if (n < 0) return false;
    if (pos < len && s[pos] == '.') {
        // '_' may not touch the point: "1_.5" and "1._5" are errors
        if (pos > 0 && s[pos - 1] == '_') return false;
        pos++;
        if (pos < len && s[pos] == '_') return false;
        int64_t f = scan_digits(s, len, &pos, d, true);
        if (f < 0) return false;
        n += f;
    }
    if (n == 0) return false;
    if (pos < len && (s[pos] == 'e' || s[pos] == 'E')) {
        int64_t e;
        if (!scan_exponent(s, len, &pos, &e)) return false;
        d->exp10 += e;
    }
    return pos == len;
}

static bool match_word(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    if (len != n) return false;
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) return false;
    }
    return true;
}

bool numfmt_float_parse(const char *s, size_t len, double *out) {
    size_t pos = 0;
    bool neg = false;
    if (len > 0 && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        pos = 1;
    }
    const char *w = s + pos;
    size_t wlen = len - pos;
    if (match_word(w, wlen, "inf") || match_word(w, wlen, "infinity")) {
        *out = neg ? -__builtin_inf() : __builtin_inf();
        return true;
    }
    if (match_word(w, wlen, "nan")) {
        *out = neg ? -__builtin_nan("") : __builtin_nan("");
        return true;
    }
    Decimal d;
    if (!scan_decimal(s, len, pos, &d)) return false;
    if (d.sticky) d.digits[d.len++] = '1', d.exp10--;
    *out = numfmt_decimal_to_double(d.digits, d.len, d.exp10, neg);
    return true;
}

// Length of an inf, infinity or nan (any case, signed) at the start of s, or 0.
static size_t inf_nan_prefix(const char *s, size_t len) {
    size_t i = len > 0 && (s[0] == '+' || s[0] == '-');
    if (match_word(s + i, len - i < 3 ? len - i : 3, "inf")) {
        i += 3;
        return match_word(s + i, len - i < 5 ? len - i : 5, "inity") ? i + 5 : i;
    }
    return match_word(s + i, len - i < 3 ? len - i : 3, "nan") ? i + 3 : 0;
}

size_t numfmt_float_parse_prefix(const char *s, size_t len, double *out) {
    size_t i = len > 0 && (s[0] == '+' || s[0] == '-'), digits = 0;
    while (i < len && is_digit(s[i])) i++, digits++;
    if (i < len && s[i] == '.') {
        i++;
        while (i < len && is_digit(s[i])) i++, digits++;
    }
    if (digits == 0) {
        i = inf_nan_prefix(s, len);
    } else if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        // an exponent counts only with a digit: "1e" is the float 1 and an 'e'
        size_t j = i + 1;
        if (j < len && (s[j] == '+' || s[j] == '-')) j++;
        if (j < len && is_digit(s[j])) {
            while (j < len && is_digit(s[j])) j++;
            i = j;
        }
    }
    if (i > 0 && !numfmt_float_parse(s, i, out)) i = 0;  // never: the prefix is a float
    return i;
}

bool numfmt_float_parse_literal(const char *s, size_t len, double *out) {
    Decimal d;
    if (!scan_decimal(s, len, 0, &d)) return false;
    if (d.sticky) d.digits[d.len++] = '1', d.exp10--;
    *out = numfmt_decimal_to_double(d.digits, d.len, d.exp10, false);
    return true;
}

double numfmt_binary_to_double(uint64_t q, bool sticky, int64_t t) {
    if (q == 0) return 0.0;
    int bits = 64 - __builtin_clzll(q);
    // exponent of the result's last bit: 53 bits, or fewer below the normal range
    int64_t u = t + bits - 53;
    if (u < -1074) u = -1074;
    int64_t shift = u - t;
    uint64_t mant;
    if (shift <= 0) {
        if (u + 53 > 1024 + 52) return __builtin_inf();
        mant = q << -shift;
    } else if (shift > 64) {
        return 0.0;  // below half the smallest subnormal
    } else {
        mant = shift == 64 ? 0 : q >> shift;
        uint64_t rem = shift == 64 ? q : q & ((UINT64_C(1) << shift) - 1);
        uint64_t half = UINT64_C(1) << (shift - 1);
        if (rem > half || (rem == half && (sticky || (mant & 1)))) mant++;
    }
    if (mant >> 53) {
        mant >>= 1;
        u++;
    }
    uint64_t bitsout;
    if (mant >> 52) {
        int64_t be = u + 1075;
        if (be >= 2047) return __builtin_inf();
        bitsout = ((uint64_t)be << 52) | (mant & ((UINT64_C(1) << 52) - 1));
    } else {
        bitsout = mant;  // subnormal: u is -1074
    }
    double x;
    memcpy(&x, &bitsout, sizeof x);
    return x;
}

static void mpz_get_u64(const mpz_t z, uint64_t *v) {
    *v = 0;
    mpz_export(v, NULL, 1, sizeof *v, 0, 0, z);
}

// num / den (both positive) rounded to a double.
static double ratio_to_double(mpz_t num, mpz_t den) {
    int64_t e2 = (int64_t)mpz_sizeinbase(num, 2) - (int64_t)mpz_sizeinbase(den, 2);
    // a quotient of 55 or 56 bits, plus the remainder as sticky, rounds correctly
    int64_t t = e2 - 55;
    if (t < 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)-t);
    if (t > 0) mpz_mul_2exp(den, den, (mp_bitcnt_t)t);
    mpz_t q;
    mpz_init(q);
    mpz_fdiv_qr(q, num, num, den);
    uint64_t qv;
    mpz_get_u64(q, &qv);
    mpz_clear(q);
    return numfmt_binary_to_double(qv, mpz_sgn(num) != 0, t);
}

static const double parse_pow10[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

// P * 2^r rounded, for the 192-bit P = {p[0] high .. p[2] low}, P >= 2^64.
static double round_wide(const uint64_t p[3], int64_t r) {
    int word = p[0] ? 0 : 1;
    int shift = __builtin_clzll(p[word]);
    uint64_t top = p[word] << shift, below = p[word + 1] << shift;
    if (shift) top |= p[word + 1] >> (64 - shift);
    bool sticky = below != 0 || (word == 0 && p[2] != 0);
    return numfmt_binary_to_double(top, sticky, r + (2 - word) * 64 - shift);
}

// w * g as 192 bits.
static void mul_wide(uint64_t w, const uint64_t g[2], uint64_t p[3]) {
    U128 lo = (U128)w * g[1], hi = (U128)w * g[0] + (uint64_t)(lo >> 64);
    p[0] = (uint64_t)(hi >> 64);
    p[1] = (uint64_t)hi;
    p[2] = (uint64_t)lo;
}

// Rounds w * 10^e (w + 1 excluded when `more`) from both ends of the table's bounds on 10^e;
// false when they round differently, a near-tie only exact arithmetic settles.
static bool bounded_to_double(uint64_t w, bool more, int64_t e, double *out) {
    if (e < -292 || e > 324) return false;
    int r;
    const uint64_t *g = numfmt_pow10_bound((int)e, &r);
    uint64_t g_lo[2] = {g[0] - (g[1] == 0), g[1] - 1}, lo[3], hi[3];
    // 10^e lies in ((g - 1) * 2^r, g * 2^r]
    mul_wide(w, g_lo, lo);
    mul_wide(more ? w + 1 : w, g, hi);
    double a = round_wide(lo, r), b = round_wide(hi, r);
    if (a != b) return false;
    *out = a;
    return true;
}

double numfmt_decimal_to_double(const char *digits, size_t len, int64_t exp10, bool negative) {
    double sign = negative ? -1.0 : 1.0;
    while (len > 0 && digits[0] == '0') digits++, len--;
    while (len > 0 && digits[len - 1] == '0') len--, exp10++;
    if (len == 0) return sign * 0.0;
    // |value| >= 10^310 overflows; < 10^-324 is under half the smallest subnormal
    if ((int64_t)len + exp10 > 310) return sign * __builtin_inf();
    if ((int64_t)len + exp10 < -324) return sign * 0.0;
    if (len <= 15 && exp10 >= -22 && exp10 <= 22) {
        // both operands exact, so IEEE division or product rounds once, correctly
        uint64_t w = 0;
        for (size_t i = 0; i < len; i++) w = w * 10 + (uint64_t)(digits[i] - '0');
        double v = (double)w;
        return sign * (exp10 < 0 ? v / parse_pow10[-exp10] : v * parse_pow10[exp10]);
    }
    // the first 19 digits (below 2^64) and whether nonzero ones follow
    size_t head = len < 19 ? len : 19;
    uint64_t w = 0;
    for (size_t i = 0; i < head; i++) w = w * 10 + (uint64_t)(digits[i] - '0');
    double v;
    if (bounded_to_double(w, len > head, exp10 + (int64_t)(len - head), &v)) return sign * v;
    char buf[PARSE_KEEP + 2];
    bool sticky = false;
    if (len > PARSE_KEEP) {
        for (size_t i = PARSE_KEEP; i < len; i++) sticky |= digits[i] != '0';
        exp10 += (int64_t)(len - PARSE_KEEP);
        len = PARSE_KEEP;
    }
    memcpy(buf, digits, len);
    if (sticky) buf[len++] = '1', exp10--;
    buf[len] = '\0';
    mpz_t num, den;
    mpz_init_set_str(num, buf, 10);
    mpz_init_set_ui(den, 1);
    if (exp10 > 0) {
        mpz_ui_pow_ui(den, 10, (unsigned long)exp10);
        mpz_mul(num, num, den);
        mpz_set_ui(den, 1);
    } else if (exp10 < 0) {
        mpz_ui_pow_ui(den, 10, (unsigned long)-exp10);
    }
    v = ratio_to_double(num, den);
    mpz_clears(num, den, NULL);
    return sign * v;
}
