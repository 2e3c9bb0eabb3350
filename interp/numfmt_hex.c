// float.hex, float.fromhex and as_integer_ratio, straight from the IEEE bits.
#include "interp/numfmt_hex.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "interp/numfmt_parse.h"
#include "interp/numfmt_repr.h"

size_t numfmt_float_hex(double x, char out[NUMFMT_HEX_MAX]) {
    if (!isfinite(x)) return numfmt_float_repr(x, out);
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    size_t n = 0;
    if (bits >> 63) out[n++] = '-';
    if (x == 0) {
        memcpy(out + n, "0x0.0p+0", 9);
        return n + 8;
    }
    int be = (int)(bits >> 52) & 0x7FF;
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    // subnormals keep exponent -1022 and a leading 0, as CPython prints them
    int e = be ? be - 1023 : -1022;
    memcpy(out + n, be ? "0x1." : "0x0.", 4);
    n += 4;
    for (int shift = 48; shift >= 0; shift -= 4)
        out[n++] = "0123456789abcdef"[(frac >> shift) & 15];
    out[n++] = 'p';
    out[n++] = e < 0 ? '-' : '+';
    unsigned u = (unsigned)(e < 0 ? -e : e);
    char tmp[8];
    size_t k = 0;
    do {
        tmp[k++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (k) out[n++] = tmp[--k];
    out[n] = '\0';
    return n;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Case-insensitive match of word at s[*pos]; advances past it.
static bool take_word(const char *s, size_t len, size_t *pos, const char *word) {
    size_t n = strlen(word);
    if (len - *pos < n) return false;
    for (size_t i = 0; i < n; i++) {
        if ((s[*pos + i] | 0x20) != word[i]) return false;
    }
    *pos += n;
    return true;
}

// _Py_parse_inf_or_nan: [sign] inf[inity] | [sign] nan, as a prefix.
static bool take_inf_or_nan(const char *s, size_t len, size_t *pos, double *out) {
    size_t p = *pos;
    bool neg = false;
    if (p < len && (s[p] == '+' || s[p] == '-')) neg = s[p++] == '-';
    if (take_word(s, len, &p, "inf")) {
        take_word(s, len, &p, "inity");
        *out = neg ? -__builtin_inf() : __builtin_inf();
    } else if (take_word(s, len, &p, "nan")) {
        *out = neg ? -__builtin_nan("") : __builtin_nan("");
    } else {
        return false;
    }
    *pos = p;
    return true;
}

// The significant hex digits of a coefficient: the first 16 in w, the rest as sticky.
typedef struct HexCoeff {
    uint64_t w;
    int kept;
    bool sticky;
    int64_t shift;  // value = (w + fraction) * 2^shift before the 'p' exponent
    int64_t ndigits;
} HexCoeff;

static void hex_add_digit(HexCoeff *c, int d, bool fraction) {
    c->ndigits++;
    if (fraction) c->shift -= 4;
    if (c->kept == 0 && d == 0) return;
    if (c->kept < 16) {
        c->w = c->w << 4 | (uint64_t)d;
        c->kept++;
    } else {
        c->sticky |= d != 0;
        c->shift += 4;
    }
}

// "p" [sign] digits, saturating; false when malformed.
static bool take_hex_exponent(const char *s, size_t len, size_t *pos, int64_t *exp) {
    size_t p = *pos + 1;
    bool neg = false;
    if (p < len && (s[p] == '+' || s[p] == '-')) neg = s[p++] == '-';
    if (p >= len || s[p] < '0' || s[p] > '9') return false;
    int64_t v = 0;
    while (p < len && s[p] >= '0' && s[p] <= '9') {
        if (v < INT64_C(1) << 40) v = v * 10 + (s[p] - '0');
        p++;
    }
    *exp = neg ? -v : v;
    *pos = p;
    return true;
}

static bool fromhex_invalid(NumfmtError *err) {
    return numfmt_fail(err, NUMFMT_VALUE_ERROR, "invalid hexadecimal floating-point string");
}

bool numfmt_float_fromhex(const char *s, size_t len, double *out, NumfmtError *err) {
    size_t pos = 0;
    while (pos < len && is_space(s[pos])) pos++;
    while (len > pos && is_space(s[len - 1])) len--;
    if (take_inf_or_nan(s, len, &pos, out)) return pos == len || fromhex_invalid(err);
    bool neg = false;
    if (pos < len && (s[pos] == '+' || s[pos] == '-')) neg = s[pos++] == '-';
    if (pos + 1 < len && s[pos] == '0' && (s[pos + 1] == 'x' || s[pos + 1] == 'X')) pos += 2;
    HexCoeff c = {0};
    while (pos < len && hex_value(s[pos]) >= 0) hex_add_digit(&c, hex_value(s[pos++]), false);
    if (pos < len && s[pos] == '.') {
        pos++;
        while (pos < len && hex_value(s[pos]) >= 0) hex_add_digit(&c, hex_value(s[pos++]), true);
    }
    if (c.ndigits == 0) return fromhex_invalid(err);
    int64_t exp = 0;
    if (pos < len && (s[pos] == 'p' || s[pos] == 'P') && !take_hex_exponent(s, len, &pos, &exp)) {
        return fromhex_invalid(err);
    }
    if (pos != len) return fromhex_invalid(err);
    double v = numfmt_binary_to_double(c.w, c.sticky, c.shift + exp);
    if (isinf(v)) {
        return numfmt_fail(err, NUMFMT_OVERFLOW_ERROR,
                           "hexadecimal value too large to represent as a float");
    }
    *out = neg ? -v : v;
    return true;
}

bool numfmt_float_as_integer_ratio(double x, mpz_t num, mpz_t den, NumfmtError *err) {
    if (isinf(x)) {
        return numfmt_fail(err, NUMFMT_OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
    }
    if (isnan(x))
        return numfmt_fail(err, NUMFMT_VALUE_ERROR, "cannot convert NaN to integer ratio");
    mpz_set_ui(den, 1);
    if (x == 0) {
        mpz_set_ui(num, 0);
        return true;
    }
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)(bits >> 52) & 0x7FF;
    uint64_t m = bits & ((UINT64_C(1) << 52) - 1);
    if (be) m |= UINT64_C(1) << 52;
    int e2 = (be ? be : 1) - 1075;
    int tz = __builtin_ctzll(m);
    m >>= tz;
    e2 += tz;
    mpz_import(num, 1, 1, sizeof m, 0, 0, &m);
    if (e2 > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e2);
    if (e2 < 0) mpz_mul_2exp(den, den, (mp_bitcnt_t)-e2);
    if (bits >> 63) mpz_neg(num, num);
    return true;
}
