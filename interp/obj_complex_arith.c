// Complex arithmetic, operation by operation as CPython 3.14's complexobject.c does it, so
// that results agree bit for bit (signed zeros, infinities and NaNs included).
#include "interp/obj_complex_arith.h"

#include <math.h>
#include <stdbool.h>

static const Complex complex_one = {1.0, 0.0};

Complex complex_sum(Complex a, Complex b) {
    return (Complex){a.real + b.real, a.imag + b.imag};
}

Complex complex_sum_real(Complex a, double b) {
    return (Complex){a.real + b, a.imag};
}

Complex complex_diff(Complex a, Complex b) {
    return (Complex){a.real - b.real, a.imag - b.imag};
}

Complex complex_diff_real(Complex a, double b) {
    return (Complex){a.real - b, a.imag};
}

Complex complex_real_diff(double a, Complex b) {
    return (Complex){a - b.real, -b.imag};
}

// A NaN factor becomes a zero of its sign, for the recovery of infinite products.
static double nan_to_zero(double x) {
    return isnan(x) ? copysign(0.0, x) : x;
}

// An infinity "boxed" to +-1 and a finite part to +-0 (C11 Annex G.5.1).
static double box_infinity(double x) {
    return copysign(isinf(x) ? 1.0 : 0.0, x);
}

Complex complex_prod(Complex z, Complex w) {
    double a = z.real, b = z.imag, c = w.real, d = w.imag;
    double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
    Complex r = {ac - bd, ad + bc};
    if (!isnan(r.real) || !isnan(r.imag)) return r;
    // an infinite factor times anything but zero is infinite: recover what came out NaN
    bool recalc = false;
    if (isinf(a) || isinf(b)) {
        a = box_infinity(a);
        b = box_infinity(b);
        c = nan_to_zero(c);
        d = nan_to_zero(d);
        recalc = true;
    }
    if (isinf(c) || isinf(d)) {
        c = box_infinity(c);
        d = box_infinity(d);
        a = nan_to_zero(a);
        b = nan_to_zero(b);
        recalc = true;
    }
    if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
        // overflow of a partial product, not an infinite factor
        a = nan_to_zero(a);
        b = nan_to_zero(b);
        c = nan_to_zero(c);
        d = nan_to_zero(d);
        recalc = true;
    }
    if (recalc) {
        r.real = INFINITY * (a * c - b * d);
        r.imag = INFINITY * (a * d + b * c);
    }
    return r;
}

Complex complex_prod_real(Complex a, double b) {
    return (Complex){a.real * b, a.imag * b};
}

// Smith's algorithm: divide through by the larger part of b, against spurious overflow.
Complex complex_quot(Complex a, Complex b, ComplexStatus *status) {
    Complex r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *status = COMPLEX_ZERO_DIVISION;
            return (Complex){0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        r.real = (a.real + a.imag * ratio) / denom;
        r.imag = (a.imag - a.real * ratio) / denom;
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;  // a part of b is NaN
    }
    if (!isnan(r.real) || !isnan(r.imag)) return r;
    // infinities and zeros that came out NaN (C11 Annex G.5.2)
    if ((isinf(a.real) || isinf(a.imag)) && isfinite(b.real) && isfinite(b.imag)) {
        double x = box_infinity(a.real), y = box_infinity(a.imag);
        r.real = INFINITY * (x * b.real + y * b.imag);
        r.imag = INFINITY * (y * b.real - x * b.imag);
    } else if ((isinf(abs_breal) || isinf(abs_bimag)) && isfinite(a.real) && isfinite(a.imag)) {
        double x = box_infinity(b.real), y = box_infinity(b.imag);
        r.real = 0.0 * (a.real * x + a.imag * y);
        r.imag = 0.0 * (a.imag * x - a.real * y);
    }
    return r;
}

Complex complex_quot_real(Complex a, double b, ComplexStatus *status) {
    if (b == 0.0) {
        *status = COMPLEX_ZERO_DIVISION;
        return (Complex){0.0, 0.0};
    }
    return (Complex){a.real / b, a.imag / b};
}

// complex_quot with a real numerator: the same steps with a.imag dropped, so a zero imaginary
// part keeps the sign the real one gives it (1 / complex(inf, 0) is -0j).
Complex complex_real_quot(double a, Complex b, ComplexStatus *status) {
    Complex r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *status = COMPLEX_ZERO_DIVISION;
            return (Complex){0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        r.real = a / denom;
        r.imag = (-a * ratio) / denom;
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a * ratio) / denom;
        r.imag = (-a) / denom;
    } else {
        r.real = r.imag = NAN;
    }
    if (isnan(r.real) && isnan(r.imag) && isfinite(a) && (isinf(abs_breal) || isinf(abs_bimag))) {
        double x = box_infinity(b.real), y = box_infinity(b.imag);
        r.real = 0.0 * (a * x);
        r.imag = 0.0 * (-a * y);
    }
    return r;
}

// x ** n for 0 <= n <= 100, squaring from the lowest bit up (starting from 1 * x, as CPython).
static Complex complex_powu(Complex x, long n) {
    Complex r = complex_one, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = complex_prod(r, p);
        p = complex_prod(p, p);
    }
    return r;
}

static Complex complex_powi(Complex x, long n, ComplexStatus *status) {
    if (n > 0) return complex_powu(x, n);
    return complex_quot(complex_one, complex_powu(x, -n), status);
}

// a ** b through |a| and arg(a), for exponents that are not small integers (so not zero).
static Complex complex_pow_polar(Complex a, Complex b, ComplexStatus *status) {
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) *status = COMPLEX_ZERO_DIVISION;
        return (Complex){0.0, 0.0};
    }
    double vabs = hypot(a.real, a.imag);
    double len = pow(vabs, b.real);
    double at = atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    return (Complex){len * cos(phase), len * sin(phase)};
}

Complex complex_pow(Complex a, Complex b, ComplexStatus *status) {
    *status = COMPLEX_OK;
    Complex p;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        p = complex_powi(a, (long)b.real, status);
    } else {
        p = complex_pow_polar(a, b, status);
    }
    // CPython's _Py_ADJUST_ERANGE2: an infinite part is an overflow
    if (*status == COMPLEX_OK && (isinf(p.real) || isinf(p.imag))) *status = COMPLEX_OVERFLOW;
    return p;
}

double complex_abs(Complex z, ComplexStatus *status) {
    *status = COMPLEX_OK;
    if (isinf(z.real)) return fabs(z.real);
    if (isinf(z.imag)) return fabs(z.imag);
    if (isnan(z.real) || isnan(z.imag)) return NAN;
    double result = hypot(z.real, z.imag);
    if (isinf(result)) *status = COMPLEX_OVERFLOW;
    return result;
}
