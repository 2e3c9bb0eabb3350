// int: Python's arbitrary-precision integers. Ints that fit int64_t are inline Values
// (VAL_INT); larger ones are ObjInt on the heap, with GMP limbs stored inline after the header.
//
// Invariant: an int that fits int64_t is ALWAYS a VAL_INT, so equal ints have one
// representation (every result goes through int_from_mpz, which normalizes). bool (VAL_BOOL)
// is a subclass of int: every function here that takes an int accepts a bool as 0 or 1.
//
// GMP is only ever given read-only views of ObjInt limbs (mpz_roinit_n): GMP never owns, grows
// or frees an object's memory, so every byte a live int holds is on the run's tracked heap.
// GMP's own malloc serves only temporaries inside one operation, and GMP aborts the process
// when malloc fails: before each GMP call the result's size is estimated and refused with
// int_reserve when it would not fit the memory limit.
#ifndef MOAT_INTERP_OBJ_INT_H
#define MOAT_INTERP_OBJ_INT_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/buf.h"
#include "interp/numfmt.h"
#include "interp/numfmt_int.h"
#include "interp/obj.h"
#include "interp/run.h"

typedef struct ObjInt {
    Obj base;
    int64_t size;        // GMP's signed limb count: -n for negative, never 0 (0 is small)
    mp_limb_t limbs[];   // |value|, least significant limb first
} ObjInt;

extern const ObjType type_int;

// A big int (heap ObjInt); false for small ints and bools.
static inline bool is_bigint(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_int;
}
static inline ObjInt *as_bigint(Value v) {
    return (ObjInt *)v.as.obj;
}
// Any int: small, big, or bool.
static inline bool int_check(Value v) {
    return v.tag == VAL_INT || v.tag == VAL_BOOL || is_bigint(v);
}

// A GMP view of any int Value, without allocating: valid while v is and iv lives.
typedef struct IntView {
    __mpz_struct z[1];
    mp_limb_t limb;
} IntView;
mpz_srcptr int_view(Value v, IntView *iv);

// ---- construction ----

// An int Value for z: small when z fits int64_t, else a new ObjInt with a copy of z's limbs.
// false at the memory limit (r->abort set).
MOAT_NODISCARD bool int_from_mpz(Run *r, mpz_srcptr z, Value *out);
MOAT_NODISCARD bool int_from_u64(Run *r, uint64_t u, Value *out);
// The int value of a finite, integral double (callers check: float_to_int raises otherwise).
MOAT_NODISCARD bool int_from_integral_double(Run *r, double d, Value *out);
// True if z fits int64_t (then *out is its value): the compiler keeps such constants inline.
bool int_mpz_to_i64(mpz_srcptr z, int64_t *out);

// Refuses a result of about `bits` bits unless it (and GMP's scratch space) fits the memory
// limit; false with MemoryError pending. Every GMP call that can grow is preceded by one.
MOAT_NODISCARD bool int_reserve(Run *r, uint64_t bits);
// Raises MemoryError (a result too large to compute); returns false.
bool int_refuse(Run *r);

// ---- program constants ----

// Big-int literals of source code: `digits` in `base` (2, 8, 10, 16), without prefix or
// underscores, as the parser keeps them (AST_CONST_BIGINT). Sets out (initialised by the
// caller, GMP-owned: the caller clears it); false on a character that is not a digit.
bool int_parse_literal(const char *digits, size_t len, int base, mpz_t out);
// A constant ObjInt in caller-owned memory of int_static_size(z) bytes (8-aligned), for a z
// that does not fit int64_t: OBJ_STATIC, limbs copied inline. It owns nothing else, so
// nothing needs freeing besides `mem` itself.
size_t int_static_size(mpz_srcptr z);
Obj *int_init_static(void *mem, mpz_srcptr z);

// ---- access ----

// v (an int or bool) as int64_t; false if it is big.
bool int_to_i64(Value v, int64_t *out);
// v (an int or bool) for numfmt's formatters; borrows v's limbs through iv, which must live as
// long as the result is used.
NumfmtInt int_as_numfmt(Value v, IntView *iv);
// -1, 0 or 1.
int int_sign(Value v);
// Bits of |v|: v.bit_length().
uint64_t int_bit_length(Value v);
// float(v) for an int or bool, correctly rounded; OverflowError "int too large to convert to
// float".
MOAT_NODISCARD bool int_to_double(Run *r, Value v, double *out);
// Exact comparison of an int with a double: -1, 0, 1, or 2 when d is NaN (unordered).
int int_cmp_double(Value v, double d);
// Comparison of two ints: -1, 0 or 1.
int int_cmp(Value a, Value b);
// Whether a three-way result c (-1, 0, 1; 2 for unordered) satisfies AstCmpOp op.
bool int_cmp_holds(int c, int op);
// CPython's hash: |v| modulo 2**61 - 1 with v's sign; -1 becomes -2.
int64_t int_hash(Value v);
// The bool or big int v as a plain int (True -> 1); other ints unchanged.
static inline Value int_plain(Value v) {
    return v.tag == VAL_BOOL ? (Value){.tag = VAL_INT, .as.i = v.as.b} : v;
}

// ---- arithmetic (the slots' engines, for builtins and math) ----

// The binary slot: a or b is an int (or bool); floats go to float arithmetic; other operands
// give NotImplemented.
MOAT_NODISCARD bool int_binary(Run *r, Value a, Value b, int op, Value *out);
MOAT_NODISCARD bool int_unary(Run *r, Value v, int op, Value *out);
MOAT_NODISCARD bool int_compare(Run *r, Value a, Value b, int op, Value *out);
// -v and abs(v) for an int or bool.
MOAT_NODISCARD bool int_neg(Run *r, Value v, Value *out);
MOAT_NODISCARD bool int_abs(Run *r, Value v, Value *out);
// divmod(a, b) for two ints: floor quotient and remainder with b's sign. *q is not rooted:
// the caller roots it before allocating.
MOAT_NODISCARD bool int_divmod(Run *r, Value a, Value b, Value *q, Value *m);
// pow(a, b, m), the three-argument form: TypeError unless all three are ints (CPython's
// "pow() 3rd argument not allowed unless all arguments are integers"); a negative b uses the
// inverse of a modulo m.
MOAT_NODISCARD bool int_pow_mod(Run *r, Value a, Value b, Value m, Value *out);

// ---- text ----

// str(v) (= repr) of an int, appended: ValueError past CPython's 4300-digit limit.
MOAT_NODISCARD bool int_repr_into(Run *r, Value v, Buf *out);
// str(i) of an int64 as a new str, without a Buf: NULL at a limit.
Obj *int_small_str(Run *r, int64_t i);
// bin(), oct(), hex() (base 2, 8, 16) or str (base 10), with prefix and sign, appended.
MOAT_NODISCARD bool int_text_into(Run *r, Value v, int base, Buf *out);

#endif
