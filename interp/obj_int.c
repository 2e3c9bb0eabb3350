// int: small ints inline, big ints as ObjInt over GMP, and Python's integer arithmetic (floor
// division, two's-complement bitwise operators, exact comparison with floats, CPython's hash).
// The constructor, parsing and the methods live in obj_int_methods.c.
#include "interp/obj_int.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/numfmt_parse.h"
#include "interp/obj_float.h"
#include "interp/obj_int_methods.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "parser/ast.h"

_Static_assert(GMP_LIMB_BITS == 64, "int views hold an int64_t's magnitude in one limb");

// guard: no int past 2^33 bits (1 GiB) even without a memory limit: GMP aborts the process
// when malloc fails, so a size that might fail is never asked for
#define INT_MAX_BITS ((uint64_t)1 << 33)
// Results this small need no check: GMP's temporaries for them are a few hundred bytes.
#define INT_UNCHECKED_BITS ((uint64_t)1 << 12)
// 2^53: ints within it convert to double exactly.
#define INT_EXACT_DOUBLE ((int64_t)1 << 53)
// Limbs of exponent per slice of a sliced modular power (about 4096 squarings each).
#define INT_POWM_SLICE_LIMBS 64
// CPython's hash modulus, the Mersenne prime 2^61 - 1.
#define INT_HASH_MODULUS (((uint64_t)1 << 61) - 1)

static inline Value int_notimpl(void) {
    return v_obj((Obj *)&obj_notimpl);
}

// ---- representation ----

mpz_srcptr int_view(Value v, IntView *iv) {
    if (v.tag == VAL_OBJ) {
        ObjInt *o = as_bigint(v);
        return mpz_roinit_n(iv->z, o->limbs, (mp_size_t)o->size);
    }
    int64_t i = v.tag == VAL_BOOL ? v.as.b : v.as.i;
    iv->limb = i < 0 ? 0 - (mp_limb_t)i : (mp_limb_t)i;
    return mpz_roinit_n(iv->z, &iv->limb, i < 0 ? -1 : i > 0);
}

bool int_mpz_to_i64(mpz_srcptr z, int64_t *out) {
    size_t n = mpz_size(z);
    if (n > 1) return false;
    mp_limb_t m = n ? mpz_getlimbn(z, 0) : 0;
    if (mpz_sgn(z) >= 0) {
        if (m > (mp_limb_t)INT64_MAX) return false;
        *out = (int64_t)m;
        return true;
    }
    if (m > (mp_limb_t)INT64_MAX + 1) return false;
    *out = -(int64_t)(m - 1) - 1;
    return true;
}

bool int_from_mpz(Run *r, mpz_srcptr z, Value *out) {
    int64_t small;
    if (int_mpz_to_i64(z, &small)) {
        *out = v_int(small);
        return true;
    }
    size_t n = mpz_size(z);
    ObjInt *o = (ObjInt *)gc_alloc(r, &type_int, sizeof(ObjInt) + n * sizeof(mp_limb_t));
    if (!o) return false;
    o->size = mpz_sgn(z) < 0 ? -(int64_t)n : (int64_t)n;
    memcpy(o->limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
    *out = v_obj(&o->base);
    return true;
}

bool int_from_u64(Run *r, uint64_t u, Value *out) {
    if (u <= (uint64_t)INT64_MAX) {
        *out = v_int((int64_t)u);
        return true;
    }
    mp_limb_t limb = u;
    mpz_t z;
    return int_from_mpz(r, mpz_roinit_n(z, &limb, 1), out);
}

bool int_from_integral_double(Run *r, double d, Value *out) {
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        *out = v_int((int64_t)d);
        return true;
    }
    mpz_t t;
    mpz_init_set_d(t, d);  // at most 1024 bits: exact, and too small to need a check
    bool ok = int_from_mpz(r, t, out);
    mpz_clear(t);
    return ok;
}

bool int_refuse(Run *r) {
    exc_raise_value(r, v_obj((Obj *)&exc_MemoryError));
    return false;
}

bool int_reserve(Run *r, uint64_t bits) {
    if (bits <= INT_UNCHECKED_BITS) return true;
    // guard: a huge result (2 ** 10**10, 1 << 10**12) is refused before GMP computes it; the
    // factor 3 covers the result plus GMP's scratch space for products and quotients
    if (bits > INT_MAX_BITS || !mem_would_fit(r, (size_t)(bits / 8 + 64) * 3)) return int_refuse(r);
    return true;
}

// ---- program constants ----

size_t int_static_size(mpz_srcptr z) {
    return sizeof(ObjInt) + mpz_size(z) * sizeof(mp_limb_t);
}

Obj *int_init_static(void *mem, mpz_srcptr z) {
    ObjInt *o = mem;
    size_t n = mpz_size(z);
    memset(o, 0, sizeof *o);
    o->base.type = &type_int;
    o->base.flags = OBJ_STATIC;
    o->base.size = (uint32_t)int_static_size(z);
    o->size = mpz_sgn(z) < 0 ? -(int64_t)n : (int64_t)n;
    memcpy(o->limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
    return &o->base;
}

// ---- access ----

bool int_to_i64(Value v, int64_t *out) {
    if (v.tag == VAL_INT) {
        *out = v.as.i;
        return true;
    }
    if (v.tag == VAL_BOOL) {
        *out = v.as.b;
        return true;
    }
    return false;
}

NumfmtInt int_as_numfmt(Value v, IntView *iv) {
    int64_t i;
    if (int_to_i64(v, &i)) return numfmt_int_small(i);
    return numfmt_int_big(int_view(v, iv));
}

int int_sign(Value v) {
    int64_t i;
    if (int_to_i64(v, &i)) return (i > 0) - (i < 0);
    return as_bigint(v)->size < 0 ? -1 : 1;
}

uint64_t int_bit_length(Value v) {
    int64_t i;
    if (int_to_i64(v, &i)) {
        uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
        return m ? (uint64_t)(64 - __builtin_clzll(m)) : 0;
    }
    IntView iv;
    return mpz_sizeinbase(int_view(v, &iv), 2);
}

bool int_to_double(Run *r, Value v, double *out) {
    int64_t i;
    if (int_to_i64(v, &i)) {
        *out = (double)i;
        return true;
    }
    IntView iv;
    NumfmtError err;
    if (!numfmt_int_to_double(int_as_numfmt(v, &iv), out, &err)) return str_raise_numfmt(r, &err);
    return true;
}

int int_cmp_double(Value v, double d) {
    if (isnan(d)) return 2;
    int64_t i;
    if (int_to_i64(v, &i) && i >= -INT_EXACT_DOUBLE && i <= INT_EXACT_DOUBLE) {
        double x = (double)i;
        return (x > d) - (x < d);
    }
    if (isinf(d)) return d > 0 ? -1 : 1;
    IntView iv;
    int c = mpz_cmp_d(int_view(v, &iv), d);  // exact, fraction included
    return (c > 0) - (c < 0);
}

int int_cmp(Value a, Value b) {
    int64_t x, y;
    if (int_to_i64(a, &x) && int_to_i64(b, &y)) return (x > y) - (x < y);
    IntView va, vb;
    int c = mpz_cmp(int_view(a, &va), int_view(b, &vb));
    return (c > 0) - (c < 0);
}

int64_t int_hash(Value v) {
    int64_t i;
    uint64_t m;
    bool neg;
    if (int_to_i64(v, &i)) {
        if (i >= 0 && (uint64_t)i < INT_HASH_MODULUS) return i;
        neg = i < 0;
        m = (neg ? 0 - (uint64_t)i : (uint64_t)i) % INT_HASH_MODULUS;
    } else {
        IntView iv;
        mpz_srcptr z = int_view(v, &iv);
        neg = mpz_sgn(z) < 0;
        m = mpz_tdiv_ui(z, INT_HASH_MODULUS);  // |z| mod P, as CPython hashes the magnitude
    }
    int64_t h = neg ? -(int64_t)m : (int64_t)m;
    return h == -1 ? -2 : h;
}

bool int_cmp_holds(int c, int op) {
    switch (op) {
    case AST_CMP_EQ: return c == 0;
    case AST_CMP_NE: return c != 0;
    case AST_CMP_LT: return c == -1;
    case AST_CMP_LE: return c == -1 || c == 0;
    case AST_CMP_GT: return c == 1;
    case AST_CMP_GE: return c == 1 || c == 0;
    default: return false;
    }
}

// ---- arithmetic ----

static inline bool int_both_small(Value a, Value b, int64_t *x, int64_t *y) {
    return int_to_i64(a, x) && int_to_i64(b, y);
}

static inline uint64_t int_max_bits(Value a, Value b) {
    uint64_t x = int_bit_length(a), y = int_bit_length(b);
    return x > y ? x : y;
}

typedef void (*IntMpzOp)(mpz_ptr, mpz_srcptr, mpz_srcptr);

// out = fn(a, b) through GMP, for a result of about `bits` bits.
static bool int_big_op(Run *r, IntMpzOp fn, Value a, Value b, uint64_t bits, Value *out) {
    if (!int_reserve(r, bits)) return false;
    IntView va, vb;
    mpz_t t;
    mpz_init(t);
    fn(t, int_view(a, &va), int_view(b, &vb));
    bool ok = int_from_mpz(r, t, out);
    mpz_clear(t);
    return ok;
}

static bool int_add_sub(Run *r, Value a, Value b, bool sub, Value *out) {
    int64_t x, y, z;
    if (int_both_small(a, b, &x, &y) &&
        !(sub ? __builtin_sub_overflow(x, y, &z) : __builtin_add_overflow(x, y, &z))) {
        *out = v_int(z);
        return true;
    }
    return int_big_op(r, sub ? mpz_sub : mpz_add, a, b, int_max_bits(a, b) + 1, out);
}

static bool int_mul(Run *r, Value a, Value b, Value *out) {
    int64_t x, y, z;
    if (int_both_small(a, b, &x, &y) && !__builtin_mul_overflow(x, y, &z)) {
        *out = v_int(z);
        return true;
    }
    return int_big_op(r, mpz_mul, a, b, int_bit_length(a) + int_bit_length(b), out);
}

static bool int_bitwise(Run *r, Value a, Value b, int op, Value *out) {
    int64_t x, y;
    if (int_both_small(a, b, &x, &y)) {
        *out = v_int(op == AST_OP_BITAND ? (x & y) : op == AST_OP_BITOR ? (x | y) : (x ^ y));
        return true;
    }
    IntMpzOp fn = op == AST_OP_BITAND ? mpz_and : op == AST_OP_BITOR ? mpz_ior : mpz_xor;
    return int_big_op(r, fn, a, b, int_max_bits(a, b) + 1, out);
}

// |a| / |b| correctly rounded, for b != 0: the 64 leading bits of the quotient plus a sticky
// bit for the rest go to numfmt's rounding, as CPython's long_true_divide rounds.
static bool int_div_round(Run *r, mpz_srcptr za, mpz_srcptr zb, double *out) {
    int64_t na = (int64_t)mpz_sizeinbase(za, 2), nb = (int64_t)mpz_sizeinbase(zb, 2);
    // the quotient is below 2^(na - nb + 1)
    if (na - nb > 1024) {
        return exc_raise(r, &exc_OverflowError, "integer division result too large for a float");
    }
    if (na - nb < -1100) {  // below half the smallest subnormal
        *out = 0.0;
        return true;
    }
    if (!int_reserve(r, (uint64_t)(na > nb ? na : nb) + 128)) return false;
    int64_t s = 63 - (na - nb);  // scales the quotient into [2^62, 2^64)
    mpz_t num, den, q, rem;
    mpz_inits(num, den, q, rem, NULL);
    mpz_abs(num, za);
    mpz_abs(den, zb);
    if (s >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)s);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-s);
    mpz_tdiv_qr(q, rem, num, den);
    double d = numfmt_binary_to_double(mpz_getlimbn(q, 0), mpz_sgn(rem) != 0, -s);
    mpz_clears(num, den, q, rem, NULL);
    if (isinf(d)) {
        return exc_raise(r, &exc_OverflowError, "integer division result too large for a float");
    }
    *out = d;
    return true;
}

static bool int_true_div(Run *r, Value a, Value b, Value *out) {
    if (int_sign(b) == 0) return exc_raise(r, &exc_ZeroDivisionError, "division by zero");
    int64_t x, y;
    if (int_both_small(a, b, &x, &y) && x >= -INT_EXACT_DOUBLE && x <= INT_EXACT_DOUBLE &&
        y >= -INT_EXACT_DOUBLE && y <= INT_EXACT_DOUBLE) {
        *out = v_float((double)x / (double)y);  // both exact: one rounding, as required
        return true;
    }
    IntView va, vb;
    mpz_srcptr za = int_view(a, &va), zb = int_view(b, &vb);
    double d = 0.0;
    if (mpz_sgn(za) != 0 && !int_div_round(r, za, zb, &d)) return false;
    *out = v_float((mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0) ? -d : d);
    return true;
}

// Floor quotient and remainder through GMP; q or m may be NULL.
static bool int_big_divmod(Run *r, Value a, Value b, Value *q, Value *m) {
    if (!int_reserve(r, int_max_bits(a, b) + 64)) return false;
    IntView va, vb;
    mpz_t tq, tm;
    mpz_inits(tq, tm, NULL);
    mpz_fdiv_qr(tq, tm, int_view(a, &va), int_view(b, &vb));
    bool ok = true;
    if (q) ok = int_from_mpz(r, tq, q) && (!m || gc_push_root(r, *q));
    if (ok && m) {
        ok = int_from_mpz(r, tm, m);
        if (q) gc_pop_roots(r, 1);
    }
    mpz_clears(tq, tm, NULL);
    return ok;
}

// a // b into q and a % b into m (either may be NULL), Python's floor semantics.
static bool int_floor_divmod(Run *r, Value a, Value b, Value *q, Value *m) {
    if (int_sign(b) == 0) return exc_raise(r, &exc_ZeroDivisionError, "division by zero");
    int64_t x, y;
    if (!int_both_small(a, b, &x, &y) || (x == INT64_MIN && y == -1)) {
        return int_big_divmod(r, a, b, q, m);
    }
    int64_t qq = x / y, mm = x % y;
    if (mm != 0 && ((mm < 0) != (y < 0))) {
        qq--;
        mm += y;
    }
    if (q) *q = v_int(qq);
    if (m) *m = v_int(mm);
    return true;
}

bool int_divmod(Run *r, Value a, Value b, Value *q, Value *m) {
    return int_floor_divmod(r, a, b, q, m);
}

// x ** e within int64_t, or false on overflow (then the result needs more than 64 bits).
static bool int_pow_i64(int64_t x, int64_t e, int64_t *out) {
    int64_t result = 1, base = x;
    while (e) {
        if ((e & 1) && __builtin_mul_overflow(result, base, &result)) return false;
        e >>= 1;
        if (e && __builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = result;
    return true;
}

// a ** b for an exponent beyond int64_t: only 0, 1 and -1 have results that fit anywhere.
static bool int_pow_huge(Run *r, Value a, Value b, Value *out) {
    int64_t x;
    if (!int_to_i64(a, &x) || x < -1 || x > 1) return int_refuse(r);
    IntView vb;
    *out = v_int(x == -1 && mpz_even_p(int_view(b, &vb)) ? 1 : x);
    return true;
}

static bool int_pow(Run *r, Value a, Value b, Value *out) {
    if (int_sign(b) < 0) {  // CPython hands negative exponents to float's power
        double x, y;
        return int_to_double(r, a, &x) && int_to_double(r, b, &y) && float_pow(r, x, y, out);
    }
    int64_t x, e, z;
    if (!int_to_i64(b, &e)) return int_pow_huge(r, a, b, out);
    if (int_to_i64(a, &x) && int_pow_i64(x, e, &z)) {
        *out = v_int(z);
        return true;
    }
    uint64_t bits;
    // guard: the result has about bits(a) * e bits; refused before GMP computes it
    if (__builtin_mul_overflow(int_bit_length(a), (uint64_t)e, &bits)) return int_refuse(r);
    if (!int_reserve(r, bits)) return false;
    IntView va;
    mpz_t t;
    mpz_init(t);
    mpz_pow_ui(t, int_view(a, &va), (unsigned long)e);
    bool ok = int_from_mpz(r, t, out);
    mpz_clear(t);
    return ok;
}

// a << n for an n past int64_t: CPython (64-bit) says OverflowError once n // 30 (its digits
// of 30 bits) passes PY_SSIZE_T_MAX / 4, and runs out of memory below that.
static bool int_refuse_shift(Run *r, Value n) {
    IntView iv;
    mpz_srcptr z = int_view(n, &iv);
    mp_limb_t limbs[2] = {UINT64_C(0xbfffffffffffffe2), 3};  // (2^63 - 1) / 4 * 30
    mpz_t limit;
    if (mpz_cmp(z, mpz_roinit_n(limit, limbs, 2)) >= 0) {
        return exc_raise(r, &exc_OverflowError, "too many digits in integer");
    }
    return int_refuse(r);
}

// a << n or a >> n.
static bool int_shift(Run *r, Value a, Value b, bool left, Value *out) {
    if (int_sign(b) < 0) return exc_raise(r, &exc_ValueError, "negative shift count");
    int64_t n, x, z;
    if (!int_to_i64(b, &n)) {
        if (left && int_sign(a) != 0) return int_refuse_shift(r, b);
        *out = v_int(!left && int_sign(a) < 0 ? -1 : 0);
        return true;
    }
    if (int_to_i64(a, &x)) {
        if (!left) {
            *out = v_int(n >= 64 ? (x < 0 ? -1 : 0) : x >> n);  // arithmetic shift floors
            return true;
        }
        if (x == 0 || (n < 63 && !__builtin_mul_overflow(x, (int64_t)1 << n, &z))) {
            *out = v_int(x == 0 ? 0 : z);
            return true;
        }
    }
    uint64_t bits = int_bit_length(a);
    // guard: 1 << 10**12 is refused before GMP computes it
    if (left && __builtin_add_overflow(bits, (uint64_t)n, &bits)) return int_refuse(r);
    if (!int_reserve(r, bits)) return false;
    IntView va;
    mpz_t t;
    mpz_init(t);
    if (left) mpz_mul_2exp(t, int_view(a, &va), (mp_bitcnt_t)n);
    else mpz_fdiv_q_2exp(t, int_view(a, &va), (mp_bitcnt_t)n);
    bool ok = int_from_mpz(r, t, out);
    mpz_clear(t);
    return ok;
}

bool int_binary(Run *r, Value a, Value b, int op, Value *out) {
    if (!int_check(a) || !int_check(b)) {
        if ((is_float(a) && int_check(b)) || (is_float(b) && int_check(a))) {
            return float_binary(r, a, b, op, out);
        }
        *out = int_notimpl();
        return true;
    }
    switch (op) {
    case AST_OP_ADD: return int_add_sub(r, a, b, false, out);
    case AST_OP_SUB: return int_add_sub(r, a, b, true, out);
    case AST_OP_MUL: return int_mul(r, a, b, out);
    case AST_OP_DIV: return int_true_div(r, a, b, out);
    case AST_OP_FLOORDIV: return int_floor_divmod(r, a, b, out, NULL);
    case AST_OP_MOD: return int_floor_divmod(r, a, b, NULL, out);
    case AST_OP_POW: return int_pow(r, a, b, out);
    case AST_OP_LSHIFT: return int_shift(r, a, b, true, out);
    case AST_OP_RSHIFT: return int_shift(r, a, b, false, out);
    case AST_OP_BITAND:
    case AST_OP_BITOR:
    case AST_OP_BITXOR: return int_bitwise(r, a, b, op, out);
    default: *out = int_notimpl(); return true;
    }
}

// -v, |v| or ~v through GMP.
static bool int_big_unary(Run *r, Value v, void (*fn)(mpz_ptr, mpz_srcptr), Value *out) {
    if (!int_reserve(r, int_bit_length(v) + 1)) return false;
    IntView iv;
    mpz_t t;
    mpz_init(t);
    fn(t, int_view(v, &iv));
    bool ok = int_from_mpz(r, t, out);
    mpz_clear(t);
    return ok;
}

bool int_neg(Run *r, Value v, Value *out) {
    int64_t x;
    if (int_to_i64(v, &x) && x != INT64_MIN) {
        *out = v_int(-x);
        return true;
    }
    return int_big_unary(r, v, mpz_neg, out);
}

bool int_abs(Run *r, Value v, Value *out) {
    int64_t x;
    if (int_to_i64(v, &x) && x != INT64_MIN) {
        *out = v_int(x < 0 ? -x : x);
        return true;
    }
    return int_big_unary(r, v, mpz_abs, out);
}

bool int_unary(Run *r, Value v, int op, Value *out) {
    int64_t x;
    switch (op) {
    case AST_UOP_NEG: return int_neg(r, v, out);
    case AST_UOP_POS: *out = int_plain(v); return true;
    case AST_UOP_INVERT:
        if (int_to_i64(v, &x)) {
            *out = v_int(~x);
            return true;
        }
        return int_big_unary(r, v, mpz_com, out);
    default: *out = int_notimpl(); return true;
    }
}

bool int_compare(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    int c;
    if (int_check(b)) {
        c = int_cmp(a, b);
    } else if (is_float(b)) {
        c = int_cmp_double(a, b.as.f);
    } else {
        *out = int_notimpl();
        return true;
    }
    *out = v_bool(int_cmp_holds(c, op));
    return true;
}

// t = base ** e mod m. Its running time grows with e's length, which the memory limit does not
// bound (pow(3, 2**10**8, 10**1000) runs for minutes), so a long exponent goes through
// GMP in slices from its top, t = t ** 2**slice_bits * base ** slice, with the time limit
// checked between them.
static bool int_powm_sliced(Run *r, mpz_ptr t, mpz_srcptr base, mpz_srcptr e, mpz_srcptr m) {
    size_t n = mpz_size(e);
    if (n <= INT_POWM_SLICE_LIMBS) {
        mpz_powm(t, base, e, m);
        return true;
    }
    const mp_limb_t *limbs = mpz_limbs_read(e);
    mpz_t step, part;
    mpz_inits(step, part, NULL);
    mpz_set_ui(t, 1);
    bool ok = true;
    for (size_t hi = n; hi > 0 && ok;) {
        size_t lo = hi > INT_POWM_SLICE_LIMBS ? hi - INT_POWM_SLICE_LIMBS : 0;
        mpz_t slice;
        mpz_set_ui(step, 0);
        mpz_setbit(step, (mp_bitcnt_t)((hi - lo) * GMP_NUMB_BITS));
        mpz_powm(t, t, step, m);
        mpz_powm(part, base, mpz_roinit_n(slice, limbs + lo, (mp_size_t)(hi - lo)), m);
        mpz_mul(t, t, part);
        mpz_mod(t, t, m);
        hi = lo;
        // guard: the wall-time limit holds inside a long modular power
        ok = run_check_time(r);
    }
    mpz_clears(step, part, NULL);
    if (!ok && r->abort == ABORT_NONE) r->abort = ABORT_DURATION;
    return ok;
}

// pow(a, b, m) with m != 0, all ints: GMP's powm over |m|, the result taking m's sign.
static bool int_powm(Run *r, mpz_srcptr za, mpz_srcptr zb, mpz_srcptr zm, Value *out) {
    mpz_t base, e, mod, t;
    mpz_inits(base, e, mod, t, NULL);
    mpz_abs(mod, zm);
    mpz_abs(e, zb);
    bool ok = true;
    if (mpz_cmp_ui(mod, 1) == 0) {
        mpz_set_ui(t, 0);  // everything is 0 modulo 1, invertible or not (as CPython)
    } else if (mpz_sgn(zb) < 0 && !mpz_invert(base, za, mod)) {
        ok = exc_raise(r, &exc_ValueError, "base is not invertible for the given modulus");
    } else {
        if (mpz_sgn(zb) >= 0) mpz_mod(base, za, mod);
        ok = int_powm_sliced(r, t, base, e, mod);
        if (ok && mpz_sgn(zm) < 0 && mpz_sgn(t) != 0) mpz_sub(t, t, mod);
    }
    ok = ok && int_from_mpz(r, t, out);
    mpz_clears(base, e, mod, t, NULL);
    return ok;
}

bool int_pow_mod(Run *r, Value a, Value b, Value m, Value *out) {
    if (!int_check(a) || !int_check(b) || !int_check(m)) {
        return exc_raise(r, &exc_TypeError,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (int_sign(m) == 0) return exc_raise(r, &exc_ValueError, "pow() 3rd argument cannot be 0");
    // results and powm's scratch are a few times m's size; the exponent is copied once
    if (!int_reserve(r, int_max_bits(a, m) * 4 + int_bit_length(b) + 64)) return false;
    IntView va, vb, vm;
    return int_powm(r, int_view(a, &va), int_view(b, &vb), int_view(m, &vm), out);
}

// ---- text ----

bool int_text_into(Run *r, Value v, int base, Buf *out) {
    IntView iv;
    NumBuf nb;
    NumfmtError err;
    buf_numbuf(out, &nb);
    bool ok = numfmt_int_to_text(&nb, int_as_numfmt(v, &iv), base, base != 10,
                                 base == 10 ? NUMFMT_MAX_STR_DIGITS : 0, &err);
    buf_numbuf_done(out, &nb);
    return ok || str_raise_numfmt(r, &err);
}

enum { INT_SMALL_DIGITS = 20 };  // "-9223372036854775808"

// The decimal text of i, written to end at `end`: returns where it starts.
static char *int_small_digits(int64_t i, char *end) {
    uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    do {
        *--end = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (i < 0) *--end = '-';
    return end;
}

bool int_repr_into(Run *r, Value v, Buf *out) {
    int64_t i;
    if (!int_to_i64(v, &i)) return int_text_into(r, v, 10, out);
    char tmp[INT_SMALL_DIGITS];
    const char *p = int_small_digits(i, tmp + sizeof tmp);
    return buf_append(out, p, (size_t)(tmp + sizeof tmp - p));
}

Obj *int_small_str(Run *r, int64_t i) {
    char tmp[INT_SMALL_DIGITS];
    const char *p = int_small_digits(i, tmp + sizeof tmp);
    return str_new_ascii(r, p, (size_t)(tmp + sizeof tmp - p));
}

// ---- slots and the type ----

static bool int_repr_slot(Run *r, Value v, Buf *out) {
    return int_repr_into(r, int_plain(v), out);
}

static bool int_hash_slot(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = int_hash(v);
    return true;
}

static bool int_truthy(Run *r, Value v, bool *out) {
    (void)r;
    *out = int_sign(v) != 0;
    return true;
}

const ObjType type_int = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "int",
    .id = TYPE_INT,
    .base_type = &type_object,
    .methods = int_methods,
    .method_count = INT_METHOD_COUNT,
    .construct = int_construct,
    .slots =
        {
            .repr = int_repr_slot,
            .hash = int_hash_slot,
            .compare = int_compare,
            .binary = int_binary,
            .unary = int_unary,
            .truthy = int_truthy,
            .getattr = int_getattr,
        },
};
