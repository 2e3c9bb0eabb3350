// float.hex(), float.fromhex() and float.as_integer_ratio(): exact binary views of a double.
#ifndef MOAT_INTERP_NUMFMT_HEX_H
#define MOAT_INTERP_NUMFMT_HEX_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>

#include "interp/numfmt.h"

// Longest float.hex() plus a NUL: "-0x1.fffffffffffffp+1023".
enum { NUMFMT_HEX_MAX = 32 };

// Writes x.hex() into out with a NUL; returns its length.
size_t numfmt_float_hex(double x, char out[NUMFMT_HEX_MAX]);
// float.fromhex(s), s as given (surrounding ASCII whitespace allowed); rounds half to even.
// False with ValueError "invalid hexadecimal floating-point string" or OverflowError
// "hexadecimal value too large to represent as a float".
bool numfmt_float_fromhex(const char *s, size_t len, double *out, NumfmtError *err);
// x.as_integer_ratio() into initialised num and den; false for inf and nan with CPython's
// errors.
bool numfmt_float_as_integer_ratio(double x, mpz_t num, mpz_t den, NumfmtError *err);

#endif
