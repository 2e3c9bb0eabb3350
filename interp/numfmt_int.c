// int to text and to float: int64_t by hand, GMP integers through mpz_get_str (subquadratic,
// unlike CPython's own decimal conversion, so the digit limit is about output size here).
#include "interp/numfmt_int.h"

#include <string.h>

#include "interp/numfmt_parse.h"

int numfmt_int_sign(NumfmtInt v) {
    if (v.big) return mpz_sgn(v.big);
    return (v.small > 0) - (v.small < 0);
}

static uint64_t small_abs(int64_t v) {
    return v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
}

// A read-only alias of |z| sharing its limbs.
static void big_abs(mpz_t a, mpz_srcptr z) {
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
}

static size_t small_digit_count(uint64_t u, int base) {
    size_t n = 1;
    while (u >= (uint64_t)base) {
        u /= (uint64_t)base;
        n++;
    }
    return n;
}

size_t numfmt_int_digit_count(NumfmtInt v, int base) {
    if (!v.big) return small_digit_count(small_abs(v.small), base);
    if (base != 10) return mpz_sizeinbase(v.big, base);
    // mpz_sizeinbase may be one too many in base 10: compare with the power of ten
    size_t n = mpz_sizeinbase(v.big, 10);
    if (n == 1) return 1;
    mpz_t a, p;
    big_abs(a, v.big);
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)(n - 1));
    if (mpz_cmp(a, p) < 0) n--;
    mpz_clear(p);
    return n;
}

bool numfmt_int_put_abs(NumBuf *out, NumfmtInt v, int base, NumfmtError *err) {
    static const char digit_chars[] = "0123456789abcdef";
    if (!v.big) {
        char tmp[64];
        size_t n = 0;
        uint64_t u = small_abs(v.small);
        do {
            tmp[sizeof tmp - ++n] = digit_chars[u % (uint64_t)base];
            u /= (uint64_t)base;
        } while (u);
        return numbuf_append(out, tmp + sizeof tmp - n, n, err);
    }
    mpz_t a;
    big_abs(a, v.big);
    if (!numbuf_reserve(out, mpz_sizeinbase(a, base) + 2, err)) return false;
    mpz_get_str(out->data + out->len, base, a);
    out->len += strlen(out->data + out->len);
    return true;
}

bool numfmt_int_check_str_digits(NumfmtInt v, int64_t limit, NumfmtError *err) {
    if (limit <= 0 || !v.big) return true;
    // guard: a decimal conversion that CPython refuses (and that would take long) is refused
    if ((int64_t)mpz_sizeinbase(v.big, 10) - 1 <= limit) {
        if ((int64_t)numfmt_int_digit_count(v, 10) <= limit) return true;
    }
    return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                       "Exceeds the limit (%d digits) for integer string conversion; use "
                       "sys.set_int_max_str_digits() to increase the limit",
                       limit);
}

bool numfmt_int_digits_error(NumfmtError *err, int64_t ndigits, int64_t limit) {
    return numfmt_fail(err, NUMFMT_VALUE_ERROR,
                       "Exceeds the limit (%d digits) for integer string conversion: value has "
                       "%d digits; use sys.set_int_max_str_digits() to increase the limit",
                       limit, ndigits);
}

bool numfmt_int_to_text(NumBuf *out, NumfmtInt v, int base, bool prefix, int64_t max_str_digits,
                        NumfmtError *err) {
    if (base == 10 && !numfmt_int_check_str_digits(v, max_str_digits, err)) return false;
    if (numfmt_int_sign(v) < 0 && !numbuf_append(out, "-", 1, err)) return false;
    if (prefix && base != 10) {
        const char *p = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        if (!numbuf_append(out, p, 2, err)) return false;
    }
    return numfmt_int_put_abs(out, v, base, err);
}

bool numfmt_int_to_double(NumfmtInt v, double *out, NumfmtError *err) {
    if (!v.big) {
        *out = (double)v.small;  // the conversion rounds to nearest, ties to even
        return true;
    }
    mpz_t a;
    big_abs(a, v.big);
    size_t bits = mpz_sizeinbase(a, 2);
    uint64_t top = 0;
    bool sticky = false;
    if (mpz_sgn(a) == 0) {
        *out = 0.0;
        return true;
    }
    if (bits <= 64) {
        mpz_export(&top, NULL, 1, sizeof top, 0, 0, a);
    } else {
        // guard: past 2^1024 nothing is computed
        if (bits > 1100) goto overflow;
        mpz_t t;
        mpz_init(t);
        mpz_tdiv_q_2exp(t, a, bits - 64);
        mpz_export(&top, NULL, 1, sizeof top, 0, 0, t);
        mpz_clear(t);
        sticky = mpz_scan1(a, 0) < bits - 64;
    }
    double d = numfmt_binary_to_double(top, sticky, bits > 64 ? (int64_t)(bits - 64) : 0);
    if (d == __builtin_inf()) goto overflow;
    *out = mpz_sgn(v.big) < 0 ? -d : d;
    return true;
overflow:
    return numfmt_fail(err, NUMFMT_OVERFLOW_ERROR, "int too large to convert to float");
}
