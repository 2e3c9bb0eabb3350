// math: the module as CPython 3.14's Modules/mathmodule.c computes it. Each function calls the
// same libm routine behind the same special cases and error checks (errno is not read: the
// checks on the result that CPython makes after reading it decide the same way), so results
// are bit-identical; gamma, lgamma, fsum, hypot, dist and sumprod are CPython's own algorithms.
#include "interp/mod_math.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/modules.h"
#include "interp/obj_float.h"
#include "interp/obj_func.h"
#include "interp/obj_int.h"
#include "interp/obj_int_methods.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

static const double math_pi = 3.141592653589793238462643383279502884197;
static const double math_logpi = 1.144729885849400174143427351353058711647;

// ---- arguments ----

// A METH_O or METH_FASTCALL function's count check: "math.sqrt() takes exactly one argument
// (2 given)", "atan2 expected 2 arguments, got 1", "math.atan2() takes no keyword arguments".
static bool math_args(Run *r, const Args *a, const char *name, uint32_t min, uint32_t max) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "math.%s() takes no keyword arguments", name);
    if (min == 1 && max == 1 && a->npos != 1) {
        return exc_raise(r, &exc_TypeError, "math.%s() takes exactly one argument (%u given)",
                         name, a->npos);
    }
    return args_positional(r, a, name, min, max);
}

// operator.index(v) as an int Value of any size (bools become plain ints).
static bool math_index(Run *r, Value v, Value *out) {
    if (int_check(v)) {
        *out = int_plain(v);
        return true;
    }
    bool found;
    Value res;
    if (!int_call_dunder(r, v, "__index__", &found, &res)) return false;
    if (!found) {
        return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(v));
    }
    if (!int_check(res)) {
        return exc_raise(r, &exc_TypeError, "__index__ returned non-int (type %s)",
                         value_type_name(res));
    }
    *out = int_plain(res);
    return true;
}

// ---- the wall-time limit ----

// Items a loop over an iterable or the arguments handles between two looks at the clock.
enum { MATH_CLOCK_EVERY = 1 << 12 };

// guard: the wall-time limit inside fsum(range(10**12)) or lcm(*huge): the VM checks it only
// between instructions. False with r->abort set once the run's deadline has passed.
static bool math_check_time(Run *r, uint64_t step) {
    return step % MATH_CLOCK_EVERY != MATH_CLOCK_EVERY - 1 || run_check_time(r);
}

// ---- errors ----

// ValueError: `msg` formatted with repr(x) (its %R), or "math domain error" without one.
static bool math_domain(Run *r, const char *msg, double x) {
    if (!msg) return exc_raise(r, &exc_ValueError, "math domain error");
    return exc_raise(r, &exc_ValueError, msg, v_float(x));
}

static bool math_range(Run *r) {
    return exc_raise(r, &exc_OverflowError, "math range error");
}

static bool math_float_out(Run *r, double x, Value *out) {
    *out = float_from_double(r, x);
    return true;
}

// ---- functions of one float ----

typedef double (*MathFn1)(double);

// CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite input is
// an overflow when the function can overflow, else a domain error (a singularity).
static bool math_1(Run *r, const Args *a, const char *name, MathFn1 fn, bool can_overflow,
                   const char *msg, Value *out) {
    double x;
    if (!math_args(r, a, name, 1, 1) || !number_to_double(r, a->pos[0], &x)) return false;
    double y = fn(x);
    if (isnan(y) && !isnan(x)) return math_domain(r, msg, x);
    if (isinf(y) && isfinite(x)) return can_overflow ? math_range(r) : math_domain(r, msg, x);
    return math_float_out(r, y, out);
}

#define MATH_FUNC1(NAME, FN, OVERFLOW, MSG)                                    \
    static bool math_##NAME(Run *r, Value self, const Args *a, Value *out) {   \
        (void)self;                                                            \
        return math_1(r, a, #NAME, FN, OVERFLOW, MSG, out);                    \
    }

static const char msg_unit[] = "expected a number in range from -1 up to 1, got %R";
static const char msg_finite[] = "expected a finite input, got %R";

MATH_FUNC1(acos, acos, false, msg_unit)
MATH_FUNC1(acosh, acosh, false, "expected argument value not less than 1, got %R")
MATH_FUNC1(asin, asin, false, msg_unit)
MATH_FUNC1(asinh, asinh, false, NULL)
MATH_FUNC1(atan, atan, false, NULL)
MATH_FUNC1(atanh, atanh, false, "expected a number between -1 and 1, got %R")
// |c³ - x| in long double: exact enough to tell neighbouring candidates apart.
static long double cube_error(double c, double x) {
    long double e = (long double)c * c * c - x;
    return e < 0 ? -e : e;
}

// cbrt(x) rounded correctly: glibc's can be an ulp off where musl's, which Pyodide's CPython
// uses, is exact (cbrt(27.0) is 3.0); of the result and its neighbours, the one whose cube is
// nearest x.

static double cbrt_nearest(double x) {
    double y = cbrt(x);
    if (!isfinite(y) || y == 0) return y;
    double best = y;
    long double best_err = cube_error(y, x);
    double candidates[2] = {nextafter(y, -INFINITY), nextafter(y, INFINITY)};
    for (int k = 0; k < 2; k++) {
        long double err = cube_error(candidates[k], x);
        if (err < best_err) {
            best = candidates[k];
            best_err = err;
        }
    }
    return best;
}

MATH_FUNC1(cbrt, cbrt_nearest, false, NULL)
MATH_FUNC1(cos, cos, false, msg_finite)
MATH_FUNC1(cosh, cosh, true, NULL)
MATH_FUNC1(exp, exp, true, NULL)
MATH_FUNC1(exp2, exp2, true, NULL)
MATH_FUNC1(expm1, expm1, true, NULL)
MATH_FUNC1(fabs, fabs, false, NULL)
MATH_FUNC1(log1p, log1p, false, "expected argument value > -1, got %R")
MATH_FUNC1(sin, sin, false, msg_finite)
MATH_FUNC1(sinh, sinh, true, NULL)
MATH_FUNC1(sqrt, sqrt, false, "expected a nonnegative input, got %R")
MATH_FUNC1(tan, tan, false, msg_finite)
MATH_FUNC1(tanh, tanh, false, NULL)
// erf and erfc never fail: libm reports only underflow, which CPython ignores
MATH_FUNC1(erf, erf, false, NULL)
MATH_FUNC1(erfc, erfc, false, NULL)

// degrees() and radians() multiply without any check: degrees(1e308) is inf, as in CPython.
static bool math_scale(Run *r, const Args *a, const char *name, double factor, Value *out) {
    double x;
    if (!math_args(r, a, name, 1, 1) || !number_to_double(r, a->pos[0], &x)) return false;
    return math_float_out(r, x * factor, out);
}

static bool math_degrees(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_scale(r, a, "degrees", 180.0 / math_pi, out);
}

static bool math_radians(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_scale(r, a, "radians", math_pi / 180.0, out);
}

// ---- gamma and lgamma: CPython's Lanczos approximation, not libm's ----

enum { LANCZOS_N = 13, NGAMMA_INTEGRAL = 23 };
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// the denominator is x * (x + 1) * ... * (x + LANCZOS_N - 2)
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};

// Lanczos' sum L_g(x) for x > 0; past 5 it is evaluated in 1/x, which avoids overflow.
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

// sin(pi * x), exact at the integers and half-integers.
static double math_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(math_pi * y); break;
    case 1: r = cos(math_pi * (y - 0.5)); break;
    // -sin(pi * (y - 1.0)) would give -0.0 instead of 0.0 at y == 1.0
    case 2: r = sin(math_pi * (1.0 - y)); break;
    case 3: r = -cos(math_pi * (y - 1.5)); break;
    default: r = sin(math_pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

// Lanczos' formula for |x| in (1e-20, 200], with the sum's rounding error corrected.
static double math_tgamma_lanczos(double x) {
    double absx = fabs(x), r, z;
    double y = absx + lanczos_g_minus_half;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -math_pi / math_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) return r / pow(y, absx - 0.5);
        double sqrtpow = pow(y, absx / 2.0 - 0.25);
        return r / sqrtpow / sqrtpow;
    }
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) return r * pow(y, absx - 0.5);
    double sqrtpow = pow(y, absx / 2.0 - 0.25);
    r *= sqrtpow;
    return r * sqrtpow;
}

double mod_math_tgamma(double x, int *err) {
    *err = 0;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *err = 1;
        return NAN;
    }
    if (x == 0.0) {
        *err = 1;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = 1;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;  // tgamma(x) ~ 1/x near 0
    } else if (absx > 200.0) {
        if (x < 0.0) return 0.0 / math_sinpi(x);
        r = HUGE_VAL;
    } else {
        r = math_tgamma_lanczos(x);
    }
    if (isinf(r)) *err = 2;
    return r;
}

double mod_math_lgamma(double x, int *err) {
    *err = 0;
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x > 0.0) return 0.0;  // lgamma(1) = lgamma(2) = 0
        *err = 1;
        return HUGE_VAL;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    // the reflection formula for negative x
    if (x < 0.0) r = math_logpi - log(fabs(math_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) *err = 2;
    return r;
}

// CPython's math_1a over gamma or lgamma: an invalid argument is a ValueError naming it.
static bool math_gamma_call(Run *r, const Args *a, const char *name,
                            double (*fn)(double, int *), Value *out) {
    double x;
    int err;
    if (!math_args(r, a, name, 1, 1) || !number_to_double(r, a->pos[0], &x)) return false;
    double y = fn(x, &err);
    if (err == 1) return math_domain(r, "expected a noninteger or positive integer, got %R", x);
    if (err == 2) return math_range(r);
    return math_float_out(r, y, out);
}

static bool math_gamma(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_gamma_call(r, a, "gamma", mod_math_tgamma, out);
}

static bool math_lgamma(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_gamma_call(r, a, "lgamma", mod_math_lgamma, out);
}

// ---- logarithms ----

double mod_math_int_frexp(Value n, int64_t *e) {
    // half_even_correction[x & 7] rounds x to a multiple of 4, ties to a multiple of 8
    static const int correction[8] = {0, -1, -2, 1, 0, -1, 2, 1};
    IntView iv;
    mpz_srcptr z = int_view(n, &iv);
    uint64_t bits = int_bit_length(n), top;
    const int keep = DBL_MANT_DIG + 2;  // 53 bits, a rounding bit and a sticky bit
    if (bits <= (uint64_t)keep) {
        top = (uint64_t)mpz_getlimbn(z, 0) << (keep - bits);
    } else {
        uint64_t shift = bits - keep;
        size_t limb = (size_t)(shift / 64), off = (size_t)(shift % 64);
        top = (uint64_t)mpz_getlimbn(z, (mp_size_t)limb) >> off;
        if (off > (size_t)(64 - keep)) top |= (uint64_t)mpz_getlimbn(z, (mp_size_t)limb + 1) << (64 - off);
        top &= ((uint64_t)1 << keep) - 1;
        if (mpz_scan1(z, 0) < shift) top |= 1;  // sticky: a bit below the kept ones
    }
    top = (uint64_t)((int64_t)top + correction[top & 7]);
    double dx = (double)top / (4.0 * 9007199254740992.0);  // 2 ** 55
    if (dx == 1.0) {
        dx = 0.5;
        bits++;
    }
    *e = (int64_t)bits;
    return int_sign(n) < 0 ? -dx : dx;
}

// CPython's loghelper: ints are taken exactly (log(x * 2**e) = log(x) + log(2) * e past the
// float range); other numbers go through libm with math_1's checks.
static bool math_log_of(Run *r, Value v, MathFn1 fn, double *out) {
    if (int_check(v)) {
        if (int_sign(v) <= 0) return exc_raise(r, &exc_ValueError, "expected a positive input");
        double x;
        if (int_to_double(r, v, &x)) {
            *out = fn(x);
            return true;
        }
        if (!exc_pending_is(r, &exc_OverflowError)) return false;
        exc_clear(r);
        int64_t e;
        double m = mod_math_int_frexp(v, &e);
        *out = fn(m) + fn(2.0) * (double)e;
        return true;
    }
    double x;
    if (!number_to_double(r, v, &x)) return false;
    *out = fn(x);
    if ((isnan(*out) && !isnan(x)) || (isinf(*out) && isfinite(x))) {
        return math_domain(r, "expected a positive input, got %R", x);
    }
    return true;
}

static bool math_log_1(Run *r, const Args *a, const char *name, MathFn1 fn, Value *out) {
    double y;
    if (!math_args(r, a, name, 1, 1) || !math_log_of(r, a->pos[0], fn, &y)) return false;
    return math_float_out(r, y, out);
}

// log(x[, base])
static bool math_log(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    double num, den;
    if (!math_args(r, a, "log", 1, 2) || !math_log_of(r, a->pos[0], log, &num)) return false;
    if (a->npos == 1) return math_float_out(r, num, out);
    if (!math_log_of(r, a->pos[1], log, &den)) return false;
    return ops_binary(r, v_float(num), v_float(den), AST_OP_DIV, out);
}

static bool math_log2(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_log_1(r, a, "log2", log2, out);
}

static bool math_log10(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_log_1(r, a, "log10", log10, out);
}

// ---- functions of two or three floats ----

static bool math_floats(Run *r, const Args *a, const char *name, uint32_t n, double *x) {
    if (!math_args(r, a, name, n, n)) return false;
    for (uint32_t k = 0; k < n; k++) {
        if (!number_to_double(r, a->pos[k], &x[k])) return false;
    }
    return true;
}

// CPython's math_2: NaN from non-NaNs is a domain error, infinity from finite inputs overflow.
static bool math_2_result(Run *r, double x, double y, double z, Value *out) {
    if (isnan(z) && !isnan(x) && !isnan(y)) return math_domain(r, NULL, 0.0);
    if (isinf(z) && isfinite(x) && isfinite(y)) return math_range(r);
    return math_float_out(r, z, out);
}

// atan2 with C99's special values on every platform.
static double math_atan2_fn(double y, double x) {
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign((copysign(1., x) == 1. ? 0.25 : 0.75) * math_pi, y);
        return copysign(0.5 * math_pi, y);
    }
    if (isinf(x) || y == 0.) return copysign(copysign(1., x) == 1. ? 0. : math_pi, y);
    return atan2(y, x);
}

// IEEE 754 remainder, computed exactly as CPython does (not libm's).
static double math_remainder_fn(double x, double y) {
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) return NAN;
        double absx = fabs(x), absy = fabs(y), m = fmod(absx, absy), c = absy - m, r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * fmod(0.5 * (absx - m), absy);  // halfway: to even
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (isinf(x)) return NAN;
    return x;
}

#define MATH_FUNC2(NAME, FN)                                                   \
    static bool math_##NAME(Run *r, Value self, const Args *a, Value *out) {   \
        (void)self;                                                            \
        double x[2];                                                           \
        if (!math_floats(r, a, #NAME, 2, x)) return false;                     \
        return math_2_result(r, x[0], x[1], FN(x[0], x[1]), out);              \
    }

MATH_FUNC2(atan2, math_atan2_fn)
MATH_FUNC2(copysign, copysign)
MATH_FUNC2(remainder, math_remainder_fn)

static bool math_fmod(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    double x[2];
    if (!math_floats(r, a, "fmod", 2, x)) return false;
    if (isinf(x[1]) && isfinite(x[0])) return math_float_out(r, x[0], out);
    double z = fmod(x[0], x[1]);
    if (isnan(z) && !isnan(x[0]) && !isnan(x[1])) return math_domain(r, NULL, 0.0);
    return math_float_out(r, z, out);
}

// x ** y when x or y is not finite, with C99's answers.
static double math_pow_special(double x, double y) {
    if (isnan(x)) return y == 0. ? 1. : x;
    if (isnan(y)) return x == 1. ? 1. : y;
    if (isinf(x)) {
        bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
        if (y > 0.) return odd_y ? x : fabs(x);
        if (y == 0.) return 1.;
        return odd_y ? copysign(0., x) : 0.;
    }
    if (fabs(x) == 1.0) return 1.;
    if (y > 0. && fabs(x) > 1.0) return y;
    if (y < 0. && fabs(x) < 1.0) return -y;
    return 0.;
}

static bool math_pow(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    double x[2];
    if (!math_floats(r, a, "pow", 2, x)) return false;
    if (!isfinite(x[0]) || !isfinite(x[1])) {
        return math_float_out(r, math_pow_special(x[0], x[1]), out);
    }
    double z = pow(x[0], x[1]);
    // NaN comes from (negative) ** (non-integer); infinity from 0 ** negative, or overflow
    if (isnan(z) || (isinf(z) && x[0] == 0.)) return math_domain(r, NULL, 0.0);
    if (isinf(z)) return math_range(r);
    return math_float_out(r, z, out);
}

static bool math_fma(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    double x[3];
    if (!math_floats(r, a, "fma", 3, x)) return false;
    double z = fma(x[0], x[1], x[2]);
    if (isnan(z) && !isnan(x[0]) && !isnan(x[1]) && !isnan(x[2])) {
        return exc_raise(r, &exc_ValueError, "invalid operation in fma");
    }
    if (isinf(z) && isfinite(x[0]) && isfinite(x[1]) && isfinite(x[2])) {
        return exc_raise(r, &exc_OverflowError, "overflow in fma");
    }
    return math_float_out(r, z, out);
}

static bool math_ldexp(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    double x;
    if (!math_args(r, a, "ldexp", 2, 2) || !number_to_double(r, a->pos[0], &x)) return false;
    Value i = a->pos[1];
    if (!int_check(i)) {
        return exc_raise(r, &exc_TypeError, "Expected an int as second argument to ldexp.");
    }
    int64_t e;
    if (!int_to_i64(i, &e)) e = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0. || !isfinite(x)) return math_float_out(r, x, out);
    if (e > INT_MAX) return math_range(r);
    if (e < INT_MIN) return math_float_out(r, copysign(0., x), out);
    double z = ldexp(x, (int)e);
    if (isinf(z)) return math_range(r);
    return math_float_out(r, z, out);
}

static bool math_pair(Run *r, Value x, Value y, Value *out) {
    Obj *t = tuple_pack2(r, x, y);
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

static bool math_frexp(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    double x;
    int e = 0;
    if (!math_args(r, a, "frexp", 1, 1) || !number_to_double(r, a->pos[0], &x)) return false;
    if (!isnan(x) && !isinf(x) && x != 0.0) x = frexp(x, &e);
    return math_pair(r, float_from_double(r, x), v_int(e), out);
}

static bool math_modf(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    double x, ip;
    if (!math_args(r, a, "modf", 1, 1) || !number_to_double(r, a->pos[0], &x)) return false;
    if (isinf(x)) return math_pair(r, v_float(copysign(0., x)), v_float(x), out);
    if (isnan(x)) return math_pair(r, float_nan_fresh(r, x), float_nan_fresh(r, x), out);
    double frac = modf(x, &ip);
    return math_pair(r, v_float(frac), v_float(ip), out);
}

// ---- rounding to int ----

typedef enum MathRound { ROUND_CEIL, ROUND_FLOOR, ROUND_TRUNC } MathRound;

static bool math_round_float(Run *r, double x, MathRound how, Value *out) {
    switch (how) {
    case ROUND_CEIL: return float_ceil(r, x, out);
    case ROUND_FLOOR: return float_floor(r, x, out);
    default: return float_to_int(r, x, out);
    }
}

// ceil(), floor(), trunc(): ints unchanged, floats rounded, user objects through __ceil__,
// __floor__ or __trunc__ (ceil and floor fall back to float(x)).
static bool math_round(Run *r, const Args *a, const char *name, MathRound how, Value *out) {
    static const char *const dunders[] = {"__ceil__", "__floor__", "__trunc__"};
    if (!math_args(r, a, name, 1, 1)) return false;
    Value v = a->pos[0];
    if (is_float(v)) return math_round_float(r, v.as.f, how, out);
    if (int_check(v)) {
        *out = int_plain(v);
        return true;
    }
    bool found;
    if (!int_call_dunder(r, v, dunders[how], &found, out)) return false;
    if (found) return true;
    if (how == ROUND_TRUNC) {
        return exc_raise(r, &exc_TypeError, "type %s doesn't define __trunc__ method",
                         value_type_name(v));
    }
    double x;
    return number_to_double(r, v, &x) && math_round_float(r, x, how, out);
}

static bool math_ceil(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_round(r, a, "ceil", ROUND_CEIL, out);
}

static bool math_floor(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_round(r, a, "floor", ROUND_FLOOR, out);
}

static bool math_trunc(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_round(r, a, "trunc", ROUND_TRUNC, out);
}

// ---- classification and comparison ----

typedef enum MathClass { CLASS_FINITE, CLASS_INF, CLASS_NAN } MathClass;

static bool math_classify(Run *r, const Args *a, const char *name, MathClass c, Value *out) {
    double x;
    if (!math_args(r, a, name, 1, 1) || !number_to_double(r, a->pos[0], &x)) return false;
    *out = v_bool(c == CLASS_FINITE ? isfinite(x) : c == CLASS_INF ? isinf(x) : isnan(x));
    return true;
}

static bool math_isfinite(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_classify(r, a, "isfinite", CLASS_FINITE, out);
}

static bool math_isinf(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_classify(r, a, "isinf", CLASS_INF, out);
}

static bool math_isnan(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_classify(r, a, "isnan", CLASS_NAN, out);
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): Boost's "weak" test.
static bool math_isclose(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    static const ArgSpec spec = {"isclose", names, 4, 0, 2, 2};
    Value p[4];
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (!args_bind(r, a, &spec, p) || !number_to_double(r, p[0], &x) ||
        !number_to_double(r, p[1], &y) ||
        (!is_undef(p[2]) && !number_to_double(r, p[2], &rel)) ||
        (!is_undef(p[3]) && !number_to_double(r, p[3], &abs_tol))) {
        return false;
    }
    if (rel < 0.0 || abs_tol < 0.0) {
        return exc_raise(r, &exc_ValueError, "tolerances must be non-negative");
    }
    if (x == y) {
        *out = v_bool(true);  // also two infinities of the same sign
        return true;
    }
    double diff = fabs(y - x);
    *out = v_bool(!isinf(x) && !isinf(y) &&
                  (diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol));
    return true;
}

// ---- neighbours ----

static bool math_ulp(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    double x;
    if (!math_args(r, a, "ulp", 1, 1) || !number_to_double(r, a->pos[0], &x)) return false;
    x = fabs(x);
    if (isnan(x) || isinf(x)) return math_float_out(r, x, out);
    double x2 = nextafter(x, INFINITY);
    // the largest finite float has no finite neighbour above
    if (isinf(x2)) return math_float_out(r, x - nextafter(x, -INFINITY), out);
    return math_float_out(r, x2 - x, out);
}

// The float `steps` representable floats from x towards y (y once reached), stepping on the
// bit patterns as CPython does.
static double math_step(double x, double y, uint64_t steps) {
    const uint64_t sign = (uint64_t)1 << 63;
    uint64_t ux, uy;
    memcpy(&ux, &x, sizeof ux);
    memcpy(&uy, &y, sizeof uy);
    if (steps == 0 || isnan(x)) return x;
    if (isnan(y)) return y;
    if (ux == uy) return x;
    uint64_t ax = ux & ~sign, ay = uy & ~sign, res;
    if ((ux ^ uy) & sign) {  // opposite signs: through zero
        if (ax + ay <= steps) return y;
        res = ax < steps ? (uy & sign) | (steps - ax) : ux - steps;
    } else if (ax > ay) {
        res = ax - ay >= steps ? ux - steps : uy;
    } else {
        res = ay - ax >= steps ? ux + steps : uy;
    }
    double d;
    memcpy(&d, &res, sizeof d);
    return d;
}

// nextafter(x, y, /, *, steps=None)
static bool math_nextafter(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"x", "y", "steps"};
    static const ArgSpec spec = {"nextafter", names, 3, 2, 2, 2};
    Value p[3], steps;
    double x, y;
    if (!args_bind(r, a, &spec, p) || !number_to_double(r, p[0], &x) ||
        !number_to_double(r, p[1], &y)) {
        return false;
    }
    if (is_undef(p[2]) || is_none(p[2])) return math_float_out(r, nextafter(x, y), out);
    if (!math_index(r, p[2], &steps)) return false;
    if (int_sign(steps) < 0) {
        return exc_raise(r, &exc_ValueError, "steps must be a non-negative integer");
    }
    int64_t n;
    // more steps than there are floats: saturate
    uint64_t count = int_to_i64(steps, &n) ? (uint64_t)n : UINT64_MAX;
    return math_float_out(r, math_step(x, y, count), out);
}

// ---- error-free transformations (Ogita, Rump, Oishi), for hypot, dist and sumprod ----

typedef struct DoubleLength {
    double hi, lo;
} DoubleLength;

typedef struct TripleLength {
    double hi, lo, tiny;
} TripleLength;

// a + b exactly as hi + lo, for |a| >= |b|.
static DoubleLength dl_fast_sum(double a, double b) {
    double x = a + b;
    double y = (a - x) + b;
    return (DoubleLength){x, y};
}

// a + b exactly as hi + lo.
static DoubleLength dl_sum(double a, double b) {
    double x = a + b;
    double z = x - a;
    double y = (a - (x - z)) + (b - z);
    return (DoubleLength){x, y};
}

// x * y exactly as hi + lo.
static DoubleLength dl_mul(double x, double y) {
    double z = x * y;
    return (DoubleLength){z, fma(x, y, -z)};
}

// total + x * y, carried in three parts (SumKVert with K = 3).
static TripleLength tl_fma(double x, double y, TripleLength total) {
    DoubleLength pr = dl_mul(x, y);
    DoubleLength sm = dl_sum(total.hi, pr.hi);
    DoubleLength r1 = dl_sum(total.lo, pr.lo);
    DoubleLength r2 = dl_sum(r1.hi, sm.lo);
    return (TripleLength){sm.hi, r2.hi, total.tiny + r1.lo + r2.lo};
}

static double tl_to_d(TripleLength total) {
    DoubleLength last = dl_sum(total.lo, total.hi);
    return total.tiny + last.lo + last.hi;
}

// ---- hypot and dist ----

// The Euclidean norm of vec[0..n) (non-negative, finite unless a NaN or infinity was found),
// with max its largest entry: CPython's vector_norm, scaled and compensated to within 1 ulp.
static double math_vector_norm(size_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {  // ldexp(1.0, -max_e) would overflow: make subnormals normal first
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * math_vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    DoubleLength pr, sm;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;  // lossless scaling
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);  // differential correction
    return h / scale;
}

enum { MATH_STACK_COORDS = 16 };

// A scratch array of n doubles: `stack` when it is big enough, else tracked memory.
static double *math_coords(Run *r, size_t n, double *stack) {
    if (n <= MATH_STACK_COORDS) return stack;
    size_t bytes;
    // guard: the size of an argument list or sequence the script built
    if (__builtin_mul_overflow(n, sizeof(double), &bytes)) return NULL;
    return mem_alloc(r, bytes);
}

static void math_coords_free(Run *r, double *p, size_t n, double *stack) {
    if (p != stack) mem_free(r, p, n * sizeof(double));
}

static bool math_hypot(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (a->nkw) return exc_raise(r, &exc_TypeError, "math.hypot() takes no keyword arguments");
    double stack[MATH_STACK_COORDS], max = 0.0;
    double *coords = math_coords(r, a->npos, stack);
    if (!coords) return false;
    bool found_nan = false, ok = true;
    for (uint32_t i = 0; i < a->npos && ok; i++) {
        double x;
        ok = number_to_double(r, a->pos[i], &x);
        coords[i] = x = fabs(x);
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    if (ok) *out = float_from_double(r, math_vector_norm(a->npos, coords, max, found_nan));
    math_coords_free(r, coords, a->npos, stack);
    return ok;
}

// The coordinates of dist()'s two points: |p[i] - q[i]| into diffs.
static bool math_dist_diffs(Run *r, ObjTuple *p, ObjTuple *q, double *diffs, double *max,
                            bool *found_nan) {
    for (size_t i = 0; i < p->len; i++) {
        double px, qx;
        if (!number_to_double(r, p->items[i], &px) || !number_to_double(r, q->items[i], &qx)) {
            return false;
        }
        double x = fabs(px - qx);
        diffs[i] = x;
        *found_nan |= isnan(x);
        if (x > *max) *max = x;
    }
    return true;
}

static bool math_dist(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!math_args(r, a, "dist", 2, 2)) return false;
    Obj *p = tuple_from_iterable(r, a->pos[0]);
    if (!p || !gc_push_root(r, v_obj(p))) return false;
    Obj *q = tuple_from_iterable(r, a->pos[1]);
    bool ok = q && gc_push_root(r, v_obj(q));
    if (!ok) goto unroot;
    size_t n = ((ObjTuple *)p)->len;
    if (n != ((ObjTuple *)q)->len) {
        ok = exc_raise(r, &exc_ValueError, "both points must have the same number of dimensions");
    } else {
        double stack[MATH_STACK_COORDS], max = 0.0;
        double *diffs = math_coords(r, n, stack);
        bool found_nan = false;
        ok = diffs && math_dist_diffs(r, (ObjTuple *)p, (ObjTuple *)q, diffs, &max, &found_nan);
        if (ok) *out = float_from_double(r, math_vector_norm(n, diffs, max, found_nan));
        if (diffs) math_coords_free(r, diffs, n, stack);
    }
    gc_pop_roots(r, 1);
unroot:
    gc_pop_roots(r, 1);
    return ok;
}

// ---- fsum: Shewchuk's exact summation, with CPython's treatment of specials ----

enum { FSUM_STACK_PARTIALS = 32 };

typedef struct Fsum {
    Run *r;
    double *p;  // the partials: non-overlapping, increasing in magnitude
    size_t n, cap;
    double special_sum, inf_sum;  // of the NaNs and infinities seen
    double stack[FSUM_STACK_PARTIALS];
} Fsum;

static bool fsum_push(Fsum *s, double x) {
    if (s->n == s->cap) {
        size_t cap = s->cap * 2;
        double *p = mem_alloc(s->r, cap * sizeof(double));
        if (!p) return false;
        memcpy(p, s->p, s->n * sizeof(double));
        if (s->p != s->stack) mem_free(s->r, s->p, s->cap * sizeof(double));
        s->p = p;
        s->cap = cap;
    }
    s->p[s->n++] = x;
    return true;
}

// Adds x to the partials exactly.
static bool fsum_add(Fsum *s, double x) {
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < s->n; j++) {
        double y = s->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y, yr = hi - x, lo = y - yr;
        if (lo != 0.0) s->p[i++] = lo;
        x = hi;
    }
    s->n = i;
    if (x == 0.0) return true;
    if (isfinite(x)) return fsum_push(s, x);
    // a non-finite sum from finite inputs overflowed; NaNs and infinities are kept aside
    if (isfinite(xsave)) return exc_raise(s->r, &exc_OverflowError, "intermediate overflow in fsum");
    if (isinf(xsave)) s->inf_sum += xsave;
    s->special_sum += xsave;
    s->n = 0;
    return true;
}

// The correctly rounded sum of the partials, ties to even across partials.
static bool fsum_total(Fsum *s, Value *out) {
    if (s->special_sum != 0.0) {
        if (isnan(s->inf_sum)) return exc_raise(s->r, &exc_ValueError, "-inf + inf in fsum");
        return math_float_out(s->r, s->special_sum, out);
    }
    double hi = 0.0, lo = 0.0, x, y, yr;
    size_t n = s->n;
    if (n > 0) {
        hi = s->p[--n];
        // sum from the top, stopping when the sum becomes inexact
        while (n > 0) {
            x = hi;
            y = s->p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && s->p[n - 1] < 0.0) || (lo > 0.0 && s->p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return math_float_out(s->r, hi, out);
}

static bool math_fsum(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value it, item;
    if (!math_args(r, a, "fsum", 1, 1)) return false;
    if (!ops_iter(r, a->pos[0], &it) || !gc_push_root(r, it)) return false;
    Fsum s = {.r = r, .cap = FSUM_STACK_PARTIALS};
    s.p = s.stack;
    bool ok = false;
    IterStep step;
    for (uint64_t k = 0; (step = ops_next(r, it, &item)) == ITER_ITEM; k++) {
        double x;
        if (!number_to_double(r, item, &x) || !fsum_add(&s, x) || !math_check_time(r, k)) goto done;
    }
    ok = step == ITER_END && fsum_total(&s, out);
done:
    if (s.p != s.stack) mem_free(r, s.p, s.cap * sizeof(double));
    gc_pop_roots(r, 1);
    return ok;
}

// ---- prod and sumprod ----

static bool math_mul(Run *r, Value a, Value b, Value *out) {
    int64_t z;
    if (a.tag == VAL_INT && b.tag == VAL_INT && !__builtin_mul_overflow(a.as.i, b.as.i, &z)) {
        *out = v_int(z);
        return true;
    }
    return ops_binary(r, a, b, AST_OP_MUL, out);
}

// prod(iterable, /, *, start=1)
static bool math_prod(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"iterable", "start"};
    static const ArgSpec spec = {"prod", names, 2, 1, 1, 1};
    Value p[2], it, item;
    if (!args_bind(r, a, &spec, p)) return false;
    Value acc = is_undef(p[1]) ? v_int(1) : p[1];
    if (!ops_iter(r, p[0], &it)) return false;
    uint32_t slot = r->root_count + 1;  // it, then acc and the item
    bool ok = gc_push_root(r, it) && gc_push_root(r, acc) && gc_push_root(r, v_none());
    IterStep step = ITER_ERROR;
    for (uint64_t k = 0; ok && (step = ops_next(r, it, &item)) == ITER_ITEM; k++) {
        r->roots[slot + 1] = item;
        ok = math_mul(r, acc, item, &acc) && math_check_time(r, k);
        r->roots[slot] = acc;
    }
    ok = ok && step == ITER_END;
    // a float total is a new float, as CPython's float loop ends (even with no items)
    if (ok) *out = is_float(acc) ? float_from_double(r, acc.as.f) : acc;
    gc_pop_roots(r, r->root_count - (slot - 1));
    return ok;
}

// sumprod's running state: an exact int total while both items are ints, a compensated float
// total while they are floats (or a float and an int), else Python arithmetic; each fast path
// ends for good at its first unfit pair, flushing its total into `total`.
typedef struct SumProd {
    uint32_t slot;  // root slot of total
    bool int_on, int_used, flt_on, flt_used;
    int64_t int_total;
    TripleLength flt_total;
} SumProd;

static bool sumprod_flush(Run *r, const SumProd *sp, Value term) {
    Value total;
    if (!ops_binary(r, r->roots[sp->slot], term, AST_OP_ADD, &total)) return false;
    r->roots[sp->slot] = total;  // by index: Python code may have moved the roots array
    return true;
}

// The int path: *taken when it absorbed p * q.
static bool sumprod_int(Run *r, SumProd *sp, Value p, Value q, bool finished, bool *taken) {
    *taken = false;
    if (!sp->int_on) return true;
    int64_t prod, sum;
    if (!finished && p.tag == VAL_INT && q.tag == VAL_INT &&
        !__builtin_mul_overflow(p.as.i, q.as.i, &prod) &&
        !__builtin_add_overflow(sp->int_total, prod, &sum)) {
        sp->int_total = sum;
        sp->int_used = *taken = true;
        return true;
    }
    sp->int_on = false;
    return !sp->int_used || sumprod_flush(r, sp, v_int(sp->int_total));
}

// p and q as doubles when they are two floats, or a float and an int that converts.
static bool sumprod_float_pair(Run *r, Value p, Value q, double *x, double *y) {
    if (!is_float(p) && !is_float(q)) return false;
    if (is_float(p) && is_float(q)) {
        *x = p.as.f;
        *y = q.as.f;
        return true;
    }
    if (!int_check(is_float(p) ? q : p)) return false;
    bool ok = is_float(p) ? (*x = p.as.f, int_to_double(r, q, y))
                          : (*y = q.as.f, int_to_double(r, p, x));
    if (!ok) exc_clear(r);  // an int beyond the float range leaves the float path
    return ok;
}

// The float path: *taken when it absorbed p * q.
static bool sumprod_float(Run *r, SumProd *sp, Value p, Value q, bool finished, bool *taken) {
    *taken = false;
    if (!sp->flt_on) return true;
    double x, y;
    if (!finished && sumprod_float_pair(r, p, q, &x, &y)) {
        TripleLength t = tl_fma(x, y, sp->flt_total);
        if (isfinite(t.hi)) {
            sp->flt_total = t;
            sp->flt_used = *taken = true;
            return true;
        }
    }
    sp->flt_on = false;
    return !sp->flt_used || sumprod_flush(r, sp, float_from_double(r, tl_to_d(sp->flt_total)));
}

// One step: the next pair into the total; *finished when both iterables ended together.
// The pair is kept in the two root slots after the total's while Python code runs.
static bool sumprod_step(Run *r, SumProd *sp, Value pit, Value qit, bool *finished) {
    Value p = v_none(), q = v_none(), term;
    IterStep ps = ops_next(r, pit, &p);
    if (ps == ITER_ERROR) return false;
    if (ps == ITER_END) p = v_none();
    r->roots[sp->slot + 1] = p;
    IterStep qs = ops_next(r, qit, &q);
    if (qs == ITER_ERROR) return false;
    if (qs == ITER_END) q = v_none();
    r->roots[sp->slot + 2] = q;
    if (ps != qs) return exc_raise(r, &exc_ValueError, "Inputs are not the same length");
    *finished = ps == ITER_END;
    bool taken;
    if (!sumprod_int(r, sp, p, q, *finished, &taken)) return false;
    if (taken) return true;
    if (!sumprod_float(r, sp, p, q, *finished, &taken)) return false;
    if (taken || *finished) return true;
    return ops_binary(r, p, q, AST_OP_MUL, &term) && sumprod_flush(r, sp, term);
}

static bool math_sumprod(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value pit, qit;
    if (!math_args(r, a, "sumprod", 2, 2)) return false;
    if (!ops_iter(r, a->pos[0], &pit) || !gc_push_root(r, pit)) return false;
    uint32_t base = r->root_count - 1;
    bool ok = ops_iter(r, a->pos[1], &qit) && gc_push_root(r, qit) &&
              gc_push_root(r, v_int(0)) && gc_push_root(r, v_none()) && gc_push_root(r, v_none());
    SumProd sp = {.slot = base + 2, .int_on = true, .flt_on = true};
    bool finished = false;
    for (uint64_t k = 0; ok && !finished; k++) {
        ok = sumprod_step(r, &sp, pit, qit, &finished) && math_check_time(r, k);
    }
    if (ok) *out = r->roots[sp.slot];
    gc_pop_roots(r, r->root_count - base);
    return ok;
}

// ---- integer functions: exact, on GMP, sizes checked before computing ----

// bits of a product of `count` factors below 2**per: refused (MemoryError) when too large.
static bool math_reserve_product(Run *r, uint64_t count, uint64_t per) {
    uint64_t bits;
    // guard: factorial(10**12), comb(10**9, 5*10**8): refused before GMP starts
    if (__builtin_mul_overflow(count, per, &bits)) return int_refuse(r);
    return int_reserve(r, bits);
}

// z as an int Value, then z released.
static bool math_from_mpz(Run *r, mpz_t z, bool ok, Value *out) {
    ok = ok && int_from_mpz(r, z, out);
    mpz_clear(z);
    return ok;
}

static bool math_factorial_of(Run *r, Value arg, Value *out) {
    Value n;
    int64_t k;
    if (!math_index(r, arg, &n)) return false;
    if (!int_to_i64(n, &k)) {
        if (int_sign(n) > 0) {
            return exc_raise(r, &exc_OverflowError, "factorial() argument should not exceed %lld",
                             (long long)INT64_MAX);
        }
        k = -1;
    }
    if (k < 0) return exc_raise(r, &exc_ValueError, "factorial() not defined for negative values");
    if (k <= 20) {
        int64_t f = 1;
        for (int64_t i = 2; i <= k; i++) f *= i;
        *out = v_int(f);
        return true;
    }
    if (!math_reserve_product(r, (uint64_t)k, int_bit_length(n))) return false;
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)k);
    return math_from_mpz(r, z, true, out);
}

static bool math_factorial(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_args(r, a, "factorial", 1, 1) && math_factorial_of(r, a->pos[0], out);
}

// comb's and perm's n and k: ints, both non-negative.
static bool math_nk(Run *r, Value nv, Value kv, Value *n, Value *k) {
    if (!math_index(r, nv, n) || !gc_push_root(r, *n)) return false;
    bool ok = math_index(r, kv, k);  // may run Python code: n stays rooted
    gc_pop_roots(r, 1);
    if (!ok) return false;
    if (int_sign(*n) < 0) return exc_raise(r, &exc_ValueError, "n must be a non-negative integer");
    if (int_sign(*k) < 0) return exc_raise(r, &exc_ValueError, "k must be a non-negative integer");
    return true;
}

static bool math_comb(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value n, k;
    if (!math_args(r, a, "comb", 2, 2) || !math_nk(r, a->pos[0], a->pos[1], &n, &k)) return false;
    if (int_cmp(k, n) > 0) {
        *out = v_int(0);
        return true;
    }
    IntView vn, vk;
    mpz_srcptr zn = int_view(n, &vn), zk = int_view(k, &vk);
    if (!int_reserve(r, int_bit_length(n) + 64)) return false;
    mpz_t m;
    mpz_init(m);
    mpz_sub(m, zn, zk);
    if (mpz_cmp(m, zk) > 0) mpz_set(m, zk);  // m = min(k, n - k)
    bool ok = false;
    if (!mpz_fits_slong_p(m)) {
        exc_raise(r, &exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    } else {
        unsigned long km = mpz_get_ui(m);
        ok = math_reserve_product(r, km, int_bit_length(n));
        if (ok) mpz_bin_ui(m, zn, km);
    }
    return math_from_mpz(r, m, ok, out);
}

// perm(n, k=None, /): n! / (n - k)!, computed as comb(n, k) * k!.
static bool math_perm(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value n, k;
    if (!math_args(r, a, "perm", 1, 2)) return false;
    if (a->npos == 1 || is_none(a->pos[1])) return math_factorial_of(r, a->pos[0], out);
    if (!math_nk(r, a->pos[0], a->pos[1], &n, &k)) return false;
    if (int_cmp(k, n) > 0) {
        *out = v_int(0);
        return true;
    }
    int64_t kk;
    if (!int_to_i64(k, &kk)) {
        return exc_raise(r, &exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    }
    if (!math_reserve_product(r, (uint64_t)kk, int_bit_length(n) + 1)) return false;
    IntView vn;
    mpz_t z, f;
    mpz_inits(z, f, NULL);
    mpz_bin_ui(z, int_view(n, &vn), (unsigned long)kk);
    mpz_fac_ui(f, (unsigned long)kk);
    mpz_mul(z, z, f);
    mpz_clear(f);
    return math_from_mpz(r, z, true, out);
}

static uint64_t math_gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static uint64_t math_abs_u64(int64_t i) {
    return i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
}

// gcd(a, b) or lcm(a, b) of two ints, non-negative.
static bool math_gcd_lcm_2(Run *r, Value a, Value b, bool lcm, Value *out) {
    if (a.tag == VAL_INT && b.tag == VAL_INT) {
        uint64_t x = math_abs_u64(a.as.i), y = math_abs_u64(b.as.i), g = math_gcd_u64(x, y), m;
        if (!lcm) return int_from_u64(r, g, out);
        if (g == 0) return int_from_u64(r, 0, out);
        if (!__builtin_mul_overflow(x / g, y, &m)) return int_from_u64(r, m, out);
    }
    uint64_t bits = int_bit_length(a) + int_bit_length(b);
    if (!int_reserve(r, bits)) return false;
    IntView va, vb;
    mpz_t z;
    mpz_init(z);
    if (lcm) mpz_lcm(z, int_view(a, &va), int_view(b, &vb));
    else mpz_gcd(z, int_view(a, &va), int_view(b, &vb));
    return math_from_mpz(r, z, true, out);
}

// gcd(*integers) and lcm(*integers)
static bool math_gcd_lcm(Run *r, const Args *a, const char *name, bool lcm, Value *out) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "math.%s() takes no keyword arguments", name);
    if (a->npos == 0) {
        *out = v_int(lcm ? 1 : 0);
        return true;
    }
    Value acc, x;
    if (!math_index(r, a->pos[0], &acc)) return false;
    if (a->npos == 1) return int_abs(r, acc, out);
    if (!gc_push_root(r, acc)) return false;
    uint32_t slot = r->root_count - 1;
    bool ok = true;
    for (uint32_t k = 1; k < a->npos && ok; k++) {
        ok = math_index(r, a->pos[k], &x) && math_gcd_lcm_2(r, r->roots[slot], x, lcm, &acc) &&
             math_check_time(r, k);
        if (ok) r->roots[slot] = acc;
    }
    if (ok) *out = r->roots[slot];
    gc_pop_roots(r, 1);
    return ok;
}

static bool math_gcd(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_gcd_lcm(r, a, "gcd", false, out);
}

static bool math_lcm(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return math_gcd_lcm(r, a, "lcm", true, out);
}

static uint64_t math_isqrt_u64(uint64_t n) {
    uint64_t s = (uint64_t)sqrt((double)n);
    while (s > 0 && s > n / s) s--;
    while (s + 1 <= n / (s + 1)) s++;
    return s;
}

static bool math_isqrt(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value n;
    if (!math_args(r, a, "isqrt", 1, 1) || !math_index(r, a->pos[0], &n)) return false;
    if (int_sign(n) < 0) return exc_raise(r, &exc_ValueError, "isqrt() argument must be nonnegative");
    if (n.tag == VAL_INT) return int_from_u64(r, math_isqrt_u64((uint64_t)n.as.i), out);
    if (!int_reserve(r, int_bit_length(n) / 2 + 64)) return false;
    IntView vn;
    mpz_t z;
    mpz_init(z);
    mpz_sqrt(z, int_view(n, &vn));
    return math_from_mpz(r, z, true, out);
}

// ---- the module ----


#define MATH_FUNCTIONS(X)                                                                    \
    X(acos) X(acosh) X(asin) X(asinh) X(atan) X(atan2) X(atanh) X(cbrt) X(ceil) X(comb)      \
    X(copysign) X(cos) X(cosh) X(degrees) X(dist) X(erf) X(erfc) X(exp) X(exp2) X(expm1)     \
    X(fabs) X(factorial) X(floor) X(fma) X(fmod) X(frexp) X(fsum) X(gamma) X(gcd) X(hypot)   \
    X(isclose) X(isfinite) X(isinf) X(isnan) X(isqrt) X(lcm) X(ldexp) X(lgamma) X(log)       \
    X(log10) X(log1p) X(log2) X(modf) X(nextafter) X(perm) X(pow) X(prod) X(radians)         \
    X(remainder) X(sin) X(sinh) X(sqrt) X(sumprod) X(tan) X(tanh) X(trunc) X(ulp)

#define MATH_DEF(NAME) STATIC_BUILTIN(#NAME, math_##NAME, 0)
MATH_FUNCTIONS(MATH_DEF)
#undef MATH_DEF

#define MATH_ENTRY(NAME) &obj_math_##NAME,
static const ObjBuiltin *const math_builtins[] = {MATH_FUNCTIONS(MATH_ENTRY)};
#undef MATH_ENTRY

static const struct {
    const char *name;
    double value;
} math_constants[] = {
    {"e", 2.718281828459045235360287471352662498},
    {"inf", INFINITY},
    {"nan", NAN},
    {"pi", 3.141592653589793238462643383279502884197},
    {"tau", 6.283185307179586476925286766559005768},
};

bool mod_math_init(Run *r, Obj *module) {
    for (size_t k = 0; k < sizeof math_builtins / sizeof *math_builtins; k++) {
        const ObjBuiltin *b = math_builtins[k];
        if (!module_set(r, module, b->def->name, v_obj((Obj *)&b->base))) return false;
    }
    for (size_t k = 0; k < sizeof math_constants / sizeof *math_constants; k++) {
        double x = math_constants[k].value;
        if (isnan(x)) x = float_nan_with_id(x, FLOAT_NAN_MATH);
        if (!module_set(r, module, math_constants[k].name, v_float(x))) {
            return false;
        }
    }
    return true;
}
