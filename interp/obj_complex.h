// complex: an immutable pair of doubles on the heap (ObjComplex); the int and float fast paths
// never see one. Operators mix with int, bool and float as CPython 3.14's complexobject.c does
// (obj_complex_arith.c computes), errors and text included.
#ifndef MOAT_INTERP_OBJ_COMPLEX_H
#define MOAT_INTERP_OBJ_COMPLEX_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/buf.h"
#include "interp/obj.h"
#include "interp/obj_complex_arith.h"
#include "interp/run.h"

typedef struct ObjComplex {
    Obj base;
    Complex z;
} ObjComplex;

extern const ObjType type_complex;

static inline bool is_complex(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_complex;
}
static inline Complex as_complex(Value v) {
    return ((const ObjComplex *)v.as.obj)->z;
}

// A new complex; false at the memory limit.
MOAT_NODISCARD bool complex_new(Run *r, Complex z, Value *out);
// A constant complex (an imaginary literal of source code) in caller-owned memory of
// sizeof(ObjComplex) bytes: OBJ_STATIC, owning nothing.
Obj *complex_init_static(void *mem, Complex z);

// The binary slot: + - * / ** of a complex with a complex, int, bool or float; NotImplemented
// for anything else. ZeroDivisionError "division by zero", OverflowError "complex
// exponentiation" or "int too large to convert to float".
MOAT_NODISCARD bool complex_binary(Run *r, Value a, Value b, int op, Value *out);
// x ** y for reals whose power is complex (a negative x, a fractional y): float's power hands
// these over, as CPython's float_pow does.
MOAT_NODISCARD bool complex_pow_reals(Run *r, double x, double y, Value *out);
// abs(v) for a complex v: a float; OverflowError "absolute value too large".
MOAT_NODISCARD bool complex_abs_value(Run *r, Value v, Value *out);
// repr(z) (= str(z)): "1j", "(1+2j)", "(-0-0j)", "(nan+infj)".
MOAT_NODISCARD bool complex_repr_into(Buf *out, Complex z);

// complex(real=0, imag=0): self is the type.
MOAT_NODISCARD bool complex_construct(Run *r, Value self, const Args *a, Value *out);

#endif
