// int to text in bases 2, 8, 10 and 16, for int64_t and GMP integers, with CPython's limit on
// decimal conversions of huge ints; int to float, correctly rounded.
#ifndef MOAT_INTERP_NUMFMT_INT_H
#define MOAT_INTERP_NUMFMT_INT_H

#include <gmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "interp/numfmt.h"

// CPython's default sys.get_int_max_str_digits().
enum { NUMFMT_MAX_STR_DIGITS = 4300 };

// A Python int: `big` when set, else `small`.
typedef struct NumfmtInt {
    int64_t small;
    mpz_srcptr big;
} NumfmtInt;

static inline NumfmtInt numfmt_int_small(int64_t v) {
    return (NumfmtInt){v, NULL};
}
static inline NumfmtInt numfmt_int_big(mpz_srcptr z) {
    return (NumfmtInt){0, z};
}

// -1, 0 or 1.
int numfmt_int_sign(NumfmtInt v);
// Digits of |v| in base 2, 8, 10 or 16 (lower case).
size_t numfmt_int_digit_count(NumfmtInt v, int base);
// Appends |v| in `base`, lower case, no sign or prefix.
bool numfmt_int_put_abs(NumBuf *out, NumfmtInt v, int base, NumfmtError *err);
// str(v) / bin(v) / oct(v) / hex(v): appends "-" and, when `prefix`, "0b" "0o" "0x" (base 10
// has none). Base 10 checks the limit (0 = none) first.
bool numfmt_int_to_text(NumBuf *out, NumfmtInt v, int base, bool prefix, int64_t max_str_digits,
                        NumfmtError *err);
// ValueError when v has more than `limit` decimal digits (limit 0: none), as str(int) raises.
bool numfmt_int_check_str_digits(NumfmtInt v, int64_t limit, NumfmtError *err);
// The ValueError int(text) raises for `ndigits` digits over `limit`.
bool numfmt_int_digits_error(NumfmtError *err, int64_t ndigits, int64_t limit);
// float(v), ties to even; OverflowError "int too large to convert to float".
bool numfmt_int_to_double(NumfmtInt v, double *out, NumfmtError *err);

#endif
