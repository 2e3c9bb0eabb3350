// Complex arithmetic on pairs of doubles, as CPython 3.14's complexobject.c computes it: C99
// Annex G's recovery of infinities, Smith's division, the mixed real/complex forms that keep
// signed zeros ((1-0j) + 1.0 is (2-0j)), and the power by repeated squaring for small integer
// exponents. Pure computation: the callers raise the errors a ComplexStatus names.
#ifndef MOAT_INTERP_OBJ_COMPLEX_ARITH_H
#define MOAT_INTERP_OBJ_COMPLEX_ARITH_H

typedef struct Complex {
    double real, imag;
} Complex;

// What CPython's errno would say after an operation.
typedef enum ComplexStatus {
    COMPLEX_OK,
    COMPLEX_ZERO_DIVISION,  // EDOM: a division by zero, or zero to a negative or complex power
    COMPLEX_OVERFLOW,       // ERANGE: a power or abs() whose result is infinite
} ComplexStatus;

// a + b, a - b, a * b with both complex, a complex and a real (cr_), a real and a complex (rc_).
Complex complex_sum(Complex a, Complex b);
Complex complex_sum_real(Complex a, double b);
Complex complex_diff(Complex a, Complex b);
Complex complex_diff_real(Complex a, double b);
Complex complex_real_diff(double a, Complex b);
Complex complex_prod(Complex a, Complex b);
Complex complex_prod_real(Complex a, double b);
// a / b in the same three forms; *status COMPLEX_ZERO_DIVISION when b is zero.
Complex complex_quot(Complex a, Complex b, ComplexStatus *status);
Complex complex_quot_real(Complex a, double b, ComplexStatus *status);
Complex complex_real_quot(double a, Complex b, ComplexStatus *status);
// a ** b: exponents that are integers of at most 100 by multiplication, others through polar
// form; *status says ZERO_DIVISION or OVERFLOW (an infinite part).
Complex complex_pow(Complex a, Complex b, ComplexStatus *status);
// |z|: inf when a part is infinite (even if the other is NaN); *status COMPLEX_OVERFLOW when
// finite parts give an infinite result.
double complex_abs(Complex z, ComplexStatus *status);

#endif
