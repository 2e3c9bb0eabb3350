// Correctly rounded decimal digits of a double (dtoa's modes) and CPython's float-to-text
// layout (PyOS_double_to_string) over them: the engine under format(), %-format and round().
#ifndef MOAT_INTERP_NUMFMT_DIGITS_H
#define MOAT_INTERP_NUMFMT_DIGITS_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/numfmt.h"

// No double has more significant decimal digits than 767.
enum { NUMFMT_DIGITS_MAX = 800 };

typedef enum NumfmtMode {
    NUMFMT_SHORTEST,     // fewest digits that read back the same (repr)
    NUMFMT_SIGNIFICANT,  // round to ndigits significant digits (ndigits >= 1)
    NUMFMT_FIXED,        // round to ndigits digits after the point (may be negative)
} NumfmtMode;

// |x| = 0.digits * 10^decpt, digits without trailing zeros, rounded half to even. Zero gives
// "0" with decpt 1; a value that rounds to zero in NUMFMT_FIXED gives no digits with
// decpt = -ndigits (as dtoa does).
typedef struct NumfmtDigits {
    char digits[NUMFMT_DIGITS_MAX];
    size_t len;
    int decpt;
    bool negative;  // sign bit of x
} NumfmtDigits;

// For finite x.
void numfmt_float_digits(double x, NumfmtMode mode, int64_t ndigits, NumfmtDigits *d);

// How PyOS_double_to_string lays out a double.
typedef struct NumfmtFloatStyle {
    char type;          // 'e', 'f', 'g' or 'r' (shortest); 'E' 'F' 'G' write INF, NAN, E
    int64_t precision;  // digits for e/f/g, 0 <= precision <= INT_MAX; ignored for 'r'
    bool add_dot_0;     // integers get ".0" and 'g' switches to exponent a digit earlier
    bool alternate;     // '#': keep the point and trailing zeros
    bool no_neg_zero;   // 'z': a result that rounds to zero loses its minus sign
    bool sign_plus;     // always write a sign
} NumfmtFloatStyle;

// Appends x laid out as `style` asks; false with err set when out refuses to grow.
bool numfmt_float_format(NumBuf *out, double x, const NumfmtFloatStyle *style, NumfmtError *err);

// round(x, ndigits): x correctly rounded half to even to ndigits decimal places. False with
// OverflowError "rounded value too large to represent".
bool numfmt_float_round(double x, int64_t ndigits, double *out, NumfmtError *err);
// round(x): the nearest integer, ties to even, as a double; false with CPython's OverflowError
// (infinity) or ValueError (NaN).
bool numfmt_float_round_int(double x, double *out, NumfmtError *err);

#endif
