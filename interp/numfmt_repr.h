// repr(float): the shortest decimal that reads back as the same double (Schubfach).
#ifndef MOAT_INTERP_NUMFMT_REPR_H
#define MOAT_INTERP_NUMFMT_REPR_H

#include <stddef.h>
#include <stdint.h>

// Longest repr plus a NUL: "-2.2250738585072014e-308".
enum { NUMFMT_REPR_MAX = 32 };
// Significant digits a shortest repr can have.
enum { NUMFMT_SHORTEST_MAX = 17 };

// Writes CPython's repr(x) (= str(x)) into out with a NUL; returns its length.
size_t numfmt_float_repr(double x, char out[NUMFMT_REPR_MAX]);
// Shortest round-tripping digits of |x| for finite x, without trailing zeros, as dtoa's mode 0:
// |x| = 0.d1d2... * 10^*decpt; zero gives "0" with decpt 1. Returns the digit count.
size_t numfmt_float_shortest(double x, char digits[NUMFMT_SHORTEST_MAX], int *decpt);

// For -292 <= e <= 324: g = {high, low} with 10^e <= g * 2^*r < 10^e + 2^*r and
// 2^125 <= g <= 2^126 (the table Schubfach multiplies by, shared with the parser).
const uint64_t *numfmt_pow10_bound(int e, int *r);

#endif
