// Decimal text to double, correctly rounded: float(str), float literals, and the conversion
// round() and the hex parser share.
#ifndef MOAT_INTERP_NUMFMT_PARSE_H
#define MOAT_INTERP_NUMFMT_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// float(s) on s already stripped of whitespace (and with non-ASCII decimal digits already
// mapped to ASCII, as CPython does first): [sign] digits [. digits] [e [sign] digits], or
// inf, infinity, nan in any case with a sign; '_' allowed between two digits. False when s is
// none of these: the caller raises "could not convert string to float: '...'". Overflow gives
// inf and underflow zero, as CPython.
bool numfmt_float_parse(const char *s, size_t len, double *out);
// The longest prefix of s that float() reads, as CPython's PyOS_string_to_double finds it
// for complex(): [sign] digits [. digits] [e [sign] digits], or [sign] inf, infinity, nan;
// no '_' and no whitespace. Returns its length, 0 when s starts with no float, and its value.
size_t numfmt_float_parse_prefix(const char *s, size_t len, double *out);
// A float literal of source code, as the tokenizer matched it: no sign, no inf/nan.
bool numfmt_float_parse_literal(const char *s, size_t len, double *out);
// The double nearest (ties to even) to digits * 10^exp10, digits ASCII decimal of any length;
// negated when `negative`. Overflows to inf.
double numfmt_decimal_to_double(const char *digits, size_t len, int64_t exp10, bool negative);
// The double nearest (ties to even) to (q + f) * 2^t, where f in [0, 1) is nonzero exactly when
// `sticky`; +inf when that rounds past DBL_MAX.
double numfmt_binary_to_double(uint64_t q, bool sticky, int64_t t);

#endif
