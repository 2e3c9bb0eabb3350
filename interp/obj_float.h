// float: IEEE doubles, always inline Values (VAL_FLOAT). Arithmetic, comparison, hashing and
// rounding follow CPython's floatobject.c exactly, errors included; the math module and the
// builtins (divmod, pow, round, abs) reuse the C functions here.
#ifndef MOAT_INTERP_OBJ_FLOAT_H
#define MOAT_INTERP_OBJ_FLOAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/buf.h"
#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType type_float;

// ---- NaN identity ----
// CPython makes a new object for every float result; moat's floats are inline doubles, and
// only a NaN can tell the difference (`x is x` and `[x] == [x]` hold though x != x, while
// `float('nan') is float('nan')` does not). So a NaN carries its identity in the 51 payload
// bits below its quiet bit, which nothing a script sees reads (repr, hex, json, copysign
// and the host boundary look at sign and class only): each NaN made gets its run's next
// serial, copies keep it, and `is` compares bits (ops.c). A NaN hashes by its serial.
// The NaN that an instance of a float subclass boxes has a serial of its own, marked: what
// CPython's float_float returns (float(f), +f, f.real) is then a new float, never that one.
typedef enum FloatNanId {
    FLOAT_NAN_MATH = 1,  // math.nan, one object
    FLOAT_NAN_JSON = 2,  // the NaN every json.loads returns (json.decoder.NaN), another
    FLOAT_NAN_FIRST_FRESH,
} FloatNanId;

// nan (any NaN) with the identity `id`, its sign kept.
double float_nan_with_id(double nan, uint64_t id);
// nan with a new identity: the cold half of float_from_double.
Value float_nan_fresh(Run *r, double nan);
// nan with a new identity marked as a float subclass instance's own (obj_class_boxed.c).
Value float_nan_boxed(Run *r, double nan);
// A float made where CPython makes a new float object (PyFloat_FromDouble): arithmetic,
// math functions, parsing. Where CPython hands back an existing float (float(x), +x, x.real,
// min, max), copy the Value instead.
static inline Value float_from_double(Run *r, double d) {
    return __builtin_expect(d == d, 1) ? v_float(d) : float_nan_fresh(r, d);
}
// What float(x), +x, x.real and x.conjugate() return for the float x: x itself, as CPython's
// float_float; a new float when x is the value a float subclass instance boxes.
Value float_self(Run *r, Value x);

// The binary slot: a or b is a float, the other a float, int or bool (converted with
// OverflowError "int too large to convert to float"); NotImplemented for anything else.
MOAT_NODISCARD bool float_binary(Run *r, Value a, Value b, int op, Value *out);
// The compare slot: a is a float; ints compare exactly (2**53 + 1 != 2.0**53).
MOAT_NODISCARD bool float_compare(Run *r, Value a, Value b, int op, Value *out);
// x ** y as CPython's float_pow: ZeroDivisionError "zero to a negative power", OverflowError
// (34, 'Numerical result out of range'). A negative x with a fractional y gives a complex, as
// CPython hands those to complex's power; every other result is a float.
MOAT_NODISCARD bool float_pow(Run *r, double x, double y, Value *out);
// divmod(x, y) for y != 0 (callers raise "division by zero"): floor quotient, remainder with
// y's sign, as CPython's float_divmod.
void float_divmod(double x, double y, double *q, double *m);
// x % y for y != 0, as CPython's float_rem.
double float_mod(double x, double y);
// divmod(a, b) for two numbers (int, bool, float): a tuple; NotImplemented when either is not
// a number, so the builtin can raise "unsupported operand type(s) for divmod()".
MOAT_NODISCARD bool float_number_divmod(Run *r, Value a, Value b, Value *out);

// CPython's _Py_HashDouble: integral values hash as the equal int; inf is +-314159; a NaN by
// its identity.
int64_t float_hash(double x);
// repr(x) (= str(x)), appended.
MOAT_NODISCARD bool float_repr_into(Buf *out, double x);

// int(x), truncating: ValueError "cannot convert float NaN to integer", OverflowError "cannot
// convert float infinity to integer".
MOAT_NODISCARD bool float_to_int(Run *r, double x, Value *out);
// math.floor(x), math.ceil(x) as ints, with float_to_int's errors.
MOAT_NODISCARD bool float_floor(Run *r, double x, Value *out);
MOAT_NODISCARD bool float_ceil(Run *r, double x, Value *out);
// round(x, ndigits): ndigits undef or None gives an int (ties to even); else a float rounded
// to ndigits decimal places (ndigits any int, or an object with __index__).
MOAT_NODISCARD bool float_round(Run *r, double x, Value ndigits, Value *out);

// float(v) for a number: floats, ints, bools, and instances of user classes with __float__ or
// __index__; TypeError "must be real number, not str" otherwise (what math functions raise).
MOAT_NODISCARD bool number_to_double(Run *r, Value v, double *out);
// float(text) on a str's UTF-8 or a bytes' data (unicode: map Unicode spaces and digits
// first); ValueError "could not convert string to float: <repr of src>".
MOAT_NODISCARD bool float_parse(Run *r, Value src, const char *s, size_t len, bool unicode,
                                double *out);

// float(x=0.0, /): self is the type.
MOAT_NODISCARD bool float_construct(Run *r, Value self, const Args *a, Value *out);

#endif
