// math: CPython 3.14's math module, bit for bit (the same libm calls behind the same special
// cases and error checks as Modules/mathmodule.c, and CPython's own algorithms where it has
// them: gamma, lgamma, fsum, hypot, dist, sumprod).
#ifndef MOAT_INTERP_MOD_MATH_H
#define MOAT_INTERP_MOD_MATH_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

// Fills a new `math` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_math_init(Run *r, Obj *module);

// CPython's own Gamma function and log|Gamma| (Lanczos approximation). *err is 0, or 1 for a
// pole or an invalid argument (ValueError), or 2 when the result overflows (OverflowError).
double mod_math_tgamma(double x, int *err);
double mod_math_lgamma(double x, int *err);

// float(n) / 2**e for an int n != 0, rounded half to even to 53 bits, in [0.5, 1) (its sign
// is n's): CPython's _PyLong_Frexp, for the logarithms of ints beyond the float range.
double mod_math_int_frexp(Value n, int64_t *e);

#endif
