// Exact decimal rounding of doubles: x = m * 2^e2 scaled by 10^s and rounded half to even, in
// 128-bit integers when they hold the operands and in GMP otherwise; then CPython's layout of
// the digits (Python/pystrtod.c format_float_short) for 'e', 'f', 'g' and repr.
#include "interp/numfmt_digits.h"

#include <gmp.h>
#include <math.h>
#include <string.h>

#include "interp/numfmt_parse.h"
#include "interp/numfmt_repr.h"

typedef unsigned __int128 U128;

// Splits finite nonzero |x| into m * 2^e2 with m odd.
static void split_double(double x, uint64_t *m, int *e2) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int be = (int)(bits >> 52) & 0x7FF;
    *m = be ? frac | (UINT64_C(1) << 52) : frac;
    *e2 = (be ? be : 1) - 1075;
    int tz = __builtin_ctzll(*m);
    *m >>= tz;
    *e2 += tz;
}

static int bit_length_u128(U128 v) {
    uint64_t hi = (uint64_t)(v >> 64), lo = (uint64_t)v;
    if (hi) return 128 - __builtin_clzll(hi);
    return lo ? 64 - __builtin_clzll(lo) : 0;
}

// Decimal digits of v into out (at least 40 bytes); returns the count, 0 for v == 0.
static size_t u128_to_digits(U128 v, char *out) {
    char tmp[40];
    size_t n = 0;
    while (v) {
        tmp[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    }
    for (size_t i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

// round(m * 2^e2 * 10^s) in 128-bit integers; false when the operands do not fit.
static bool scaled_round_u128(uint64_t m, int e2, int s, char *out, size_t *len) {
    if (s > 38 || s < -38 || e2 > 127 || e2 < -127) return false;
    U128 p10 = 1;
    for (int i = 0; i < (s < 0 ? -s : s); i++) p10 *= 10;
    U128 num = m, den = 1;
    int mbits = 64 - __builtin_clzll(m);
    if (s > 0) {
        if (mbits + bit_length_u128(p10) > 127) return false;
        num *= p10;
    } else if (s < 0) {
        den = p10;
    }
    if (e2 > 0) {
        if (bit_length_u128(num) + e2 > 127) return false;
        num <<= e2;
    } else if (e2 < 0) {
        if (bit_length_u128(den) - e2 > 127) return false;
        den <<= -e2;
    }
    U128 q = num / den, r = num % den;
    if (r > den - r || (r == den - r && (q & 1))) q++;
    *len = u128_to_digits(q, out);
    return true;
}

static void mpz_set_u64(mpz_t z, uint64_t v) {
    mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
}

// round(m * 2^e2 * 10^s) with GMP; the result has at most NUMFMT_DIGITS_MAX - 1 digits.
static void scaled_round_mpz(uint64_t m, int e2, int s, char *out, size_t *len) {
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_set_u64(num, m);
    mpz_set_ui(den, 1);
    if (s > 0) {
        mpz_ui_pow_ui(q, 10, (unsigned long)s);
        mpz_mul(num, num, q);
    } else if (s < 0) {
        mpz_ui_pow_ui(den, 10, (unsigned long)-s);
    }
    if (e2 > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e2);
    if (e2 < 0) mpz_mul_2exp(den, den, (mp_bitcnt_t)-e2);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    *len = 0;
    if (mpz_sgn(q)) {
        mpz_get_str(out, 10, q);
        *len = strlen(out);
    }
    mpz_clears(num, den, q, r, NULL);
}

static void scaled_round(uint64_t m, int e2, int s, char *out, size_t *len) {
    if (!scaled_round_u128(m, e2, s, out, len)) scaled_round_mpz(m, e2, s, out, len);
}

// floor(log10(2^e)) for |e| < 1500.
static int floor_log10_pow2(int e) {
    return (int)(((int64_t)e * INT64_C(661971961083)) >> 41);
}

// Rounds m * 2^e2 to n significant digits; returns s, the power of ten it was scaled by.
static int round_significant(uint64_t m, int e2, int64_t n, char *out, size_t *len) {
    int mbits = 64 - __builtin_clzll(m);
    int k = floor_log10_pow2(e2 + mbits - 1);  // k or k - 1 of floor(log10(|x|))
    // past -e2 decimal places the value is exact: more scaling would only add zeros
    int exact = e2 < 0 ? -e2 : 0;
    int64_t s = n - 1 - k;
    if (s > exact) s = exact;
    scaled_round(m, e2, (int)s, out, len);
    if ((int64_t)*len > n) {
        s = n - 2 - k;
        if (s > exact) s = exact;
        scaled_round(m, e2, (int)s, out, len);
    }
    return (int)s;
}

static void strip_zeros(NumfmtDigits *d) {
    while (d->len > 0 && d->digits[d->len - 1] == '0') d->len--;
}

void numfmt_float_digits(double x, NumfmtMode mode, int64_t ndigits, NumfmtDigits *d) {
    d->negative = signbit(x) != 0;
    if (x == 0) {
        d->digits[0] = '0';
        d->len = 1;
        d->decpt = 1;
        return;
    }
    if (mode == NUMFMT_SHORTEST) {
        d->len = numfmt_float_shortest(x, d->digits, &d->decpt);
        return;
    }
    uint64_t m;
    int e2, s;
    split_double(x, &m, &e2);
    if (mode == NUMFMT_SIGNIFICANT) {
        s = round_significant(m, e2, ndigits < 1 ? 1 : ndigits, d->digits, &d->len);
    } else {
        // |x| < 10^309: rounding at 10^400 or above gives zero; past -e2 places, zeros
        int exact = e2 < 0 ? -e2 : 0;
        if (ndigits < -400) {
            d->len = 0;
            d->decpt = (int)-ndigits;
            return;
        }
        s = ndigits > exact ? exact : (int)ndigits;
        scaled_round(m, e2, s, d->digits, &d->len);
        if (d->len == 0) {
            d->decpt = (int)-ndigits;  // only below ndigits = exact <= 1074
            return;
        }
    }
    d->decpt = (int)d->len - s;
    strip_zeros(d);
}

// inf, -inf, nan (never signed) in the case `upper` asks for.
static bool format_special(NumBuf *out, double x, const NumfmtFloatStyle *st, bool upper,
                           NumfmtError *err) {
    if (!numbuf_reserve(out, 4, err)) return false;
    if (isnan(x)) {
        if (st->sign_plus) numbuf_put(out, '+');
        numbuf_put_n(out, upper ? "NAN" : "nan", 3);
        return true;
    }
    if (signbit(x)) {
        numbuf_put(out, '-');
    } else if (st->sign_plus) {
        numbuf_put(out, '+');
    }
    numbuf_put_n(out, upper ? "INF" : "inf", 3);
    return true;
}

// Where the point goes and how far zeros pad the digits, as format_float_short decides.
typedef struct Layout {
    int64_t decpt;         // point after this many virtual digits (1 with an exponent)
    int64_t vstart, vend;  // slice of the digits padded with zeros on both sides
    int64_t exp;
    bool use_exp;
} Layout;

static void plan_layout(const NumfmtDigits *d, char type, int64_t precision,
                        const NumfmtFloatStyle *st, Layout *lay) {
    lay->decpt = d->decpt;
    lay->vend = (int64_t)d->len;
    lay->use_exp = false;
    lay->exp = 0;
    switch (type) {
    case 'e':
        lay->use_exp = true;
        lay->vend = precision;
        break;
    case 'f':
        lay->vend = lay->decpt + precision;
        break;
    case 'g':
        if (lay->decpt <= -4 || lay->decpt > (st->add_dot_0 ? precision - 1 : precision)) {
            lay->use_exp = true;
        }
        if (st->alternate) lay->vend = precision;
        break;
    default:  // 'r': exponent from 1e16 up and below 1e-4
        lay->use_exp = lay->decpt <= -4 || lay->decpt > 16;
        break;
    }
    if (lay->use_exp) {
        lay->exp = lay->decpt - 1;
        lay->decpt = 1;
    }
    lay->vstart = lay->decpt <= 0 ? lay->decpt - 1 : 0;
    int64_t least = lay->decpt + (!lay->use_exp && st->add_dot_0);
    if (lay->vend < least) lay->vend = least;
}

// Digits and point: [zeros]digits[zeros] with the point inside; no sign, no exponent.
static void put_digits(NumBuf *out, const NumfmtDigits *d, const Layout *lay) {
    int64_t len = (int64_t)d->len, decpt = lay->decpt;
    if (decpt <= 0) {
        numbuf_fill(out, '0', (size_t)(decpt - lay->vstart));
        numbuf_put(out, '.');
        numbuf_fill(out, '0', (size_t)-decpt);
    } else {
        numbuf_fill(out, '0', (size_t)-lay->vstart);
    }
    if (0 < decpt && decpt <= len) {
        numbuf_put_n(out, d->digits, (size_t)decpt);
        numbuf_put(out, '.');
        numbuf_put_n(out, d->digits + decpt, (size_t)(len - decpt));
    } else {
        numbuf_put_n(out, d->digits, (size_t)len);
    }
    if (len < decpt) {
        numbuf_fill(out, '0', (size_t)(decpt - len));
        numbuf_put(out, '.');
        numbuf_fill(out, '0', (size_t)(lay->vend - decpt));
    } else {
        numbuf_fill(out, '0', (size_t)(lay->vend - len));
    }
}

bool numfmt_float_format(NumBuf *out, double x, const NumfmtFloatStyle *st, NumfmtError *err) {
    bool upper = st->type == 'E' || st->type == 'F' || st->type == 'G';
    char type = upper ? (char)(st->type + ('a' - 'A')) : st->type;
    if (!isfinite(x)) return format_special(out, x, st, upper, err);
    int64_t precision = st->precision;
    NumfmtDigits d;
    if (type == 'e') {
        precision++;
        numfmt_float_digits(x, NUMFMT_SIGNIFICANT, precision, &d);
    } else if (type == 'f') {
        numfmt_float_digits(x, NUMFMT_FIXED, precision, &d);
    } else if (type == 'g') {
        if (precision == 0) precision = 1;
        numfmt_float_digits(x, NUMFMT_SIGNIFICANT, precision, &d);
    } else {
        numfmt_float_digits(x, NUMFMT_SHORTEST, 0, &d);
    }
    bool negative = d.negative;
    if (st->no_neg_zero && (d.len == 0 || (d.len == 1 && d.digits[0] == '0'))) negative = false;
    Layout lay;
    plan_layout(&d, type, precision, st, &lay);
    // sign, point, digits with padding, "e+308"
    size_t size = 3 + (size_t)(lay.vend - lay.vstart) + (lay.use_exp ? 5 : 0);
    if (!numbuf_reserve(out, size, err)) return false;
    if (negative) {
        numbuf_put(out, '-');
    } else if (st->sign_plus) {
        numbuf_put(out, '+');
    }
    put_digits(out, &d, &lay);
    if (out->data[out->len - 1] == '.' && !st->alternate) out->len--;
    if (lay.use_exp) {
        int64_t e = lay.exp < 0 ? -lay.exp : lay.exp;
        numbuf_put(out, upper ? 'E' : 'e');
        numbuf_put(out, lay.exp < 0 ? '-' : '+');
        if (e >= 100) numbuf_put(out, (char)('0' + e / 100));
        numbuf_put(out, (char)('0' + e / 10 % 10));
        numbuf_put(out, (char)('0' + e % 10));
    }
    return true;
}

bool numfmt_float_round(double x, int64_t ndigits, double *out, NumfmtError *err) {
    // past these, every double rounds to itself or to zero (CPython's NDIGITS_MAX/MIN)
    if (!isfinite(x) || ndigits > 323) {
        *out = x;
        return true;
    }
    if (ndigits < -308) {
        *out = 0.0 * x;
        return true;
    }
    NumfmtDigits d;
    numfmt_float_digits(x, NUMFMT_FIXED, ndigits, &d);
    if (d.len == 0) {
        *out = d.negative ? -0.0 : 0.0;
        return true;
    }
    *out = numfmt_decimal_to_double(d.digits, d.len, (int64_t)d.decpt - (int64_t)d.len, d.negative);
    if (isinf(*out)) {
        return numfmt_fail(err, NUMFMT_OVERFLOW_ERROR, "rounded value too large to represent");
    }
    return true;
}

bool numfmt_float_round_int(double x, double *out, NumfmtError *err) {
    if (isnan(x))
        return numfmt_fail(err, NUMFMT_VALUE_ERROR, "cannot convert float NaN to integer");
    if (isinf(x)) {
        return numfmt_fail(err, NUMFMT_OVERFLOW_ERROR, "cannot convert float infinity to integer");
    }
    // from 2^52 up every double is an integer; below, x - trunc(x) is exact
    if (fabs(x) >= 4503599627370496.0) {
        *out = x;
        return true;
    }
    double t = (double)(int64_t)x, diff = fabs(x - t);
    if (diff > 0.5 || (diff == 0.5 && ((int64_t)t & 1))) t += x < 0 ? -1.0 : 1.0;
    *out = t == 0 ? copysign(0.0, x) : t;
    return true;
}
