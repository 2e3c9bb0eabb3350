// float: arithmetic, comparison, hash, repr, rounding, the constructor and the methods, as
// CPython's floatobject.c computes them (numfmt*.c does the exact text conversions).
#include "interp/obj_float.h"

#include <math.h>
#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_complex.h"
#include "interp/gc.h"
#include "interp/numfmt_digits.h"
#include "interp/numfmt_hex.h"
#include "interp/numfmt_parse.h"
#include "interp/numfmt_repr.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_bytes.h"
#include "interp/obj_int.h"
#include "interp/obj_int_methods.h"
#include "interp/obj_new.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

// CPython's hash of an infinity, and the parameters of its numeric hash.
enum { FLOAT_HASH_INF = 314159, FLOAT_HASH_BITS = 61 };
#define FLOAT_HASH_MODULUS (((uint64_t)1 << FLOAT_HASH_BITS) - 1)

static inline Value float_notimpl(void) {
    return v_obj((Obj *)&obj_notimpl);
}

static inline bool float_is_number(Value v) {
    return is_float(v) || int_check(v);
}

// A number operand as a double: OverflowError for an int past the float range.
static bool float_operand(Run *r, Value v, double *out) {
    if (is_float(v)) {
        *out = v.as.f;
        return true;
    }
    return int_to_double(r, v, out);
}

// ---- NaN identity ----

// A double's bits: sign, 11 exponent bits, the quiet bit, then the 51 payload bits: the
// boxed mark and 50 bits of serial.
#define FLOAT_NAN_QUIET ((uint64_t)1 << 51)
#define FLOAT_NAN_PAYLOAD (FLOAT_NAN_QUIET - 1)
#define FLOAT_NAN_BOXED ((uint64_t)1 << 50)
#define FLOAT_NAN_SERIAL (FLOAT_NAN_BOXED - 1)

static uint64_t float_bits(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

double float_nan_with_id(double nan, uint64_t id) {
    uint64_t bits = float_bits(nan) & ~FLOAT_NAN_PAYLOAD;
    bits |= FLOAT_NAN_QUIET | (id & FLOAT_NAN_PAYLOAD);
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

// 2^50 serials: more NaNs than any run's limits let it make
static uint64_t float_nan_serial(Run *r) {
    return (FLOAT_NAN_FIRST_FRESH + r->nan_count++) & FLOAT_NAN_SERIAL;
}

Value float_nan_fresh(Run *r, double nan) {
    return v_float(float_nan_with_id(nan, float_nan_serial(r)));
}

Value float_nan_boxed(Run *r, double nan) {
    return v_float(float_nan_with_id(nan, FLOAT_NAN_BOXED | float_nan_serial(r)));
}

Value float_self(Run *r, Value x) {
    bool boxed = isnan(x.as.f) && (float_bits(x.as.f) & FLOAT_NAN_BOXED);
    return boxed ? float_nan_fresh(r, x.as.f) : x;
}

// ---- arithmetic ----

double float_mod(double x, double y) {
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;  // the remainder takes the divisor's sign
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

void float_divmod(double x, double y, double *q, double *m) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;  // x - mod is a multiple of y: nearly exact
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;  // div was a hair below an integer
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *q = floordiv;
    *m = mod;
}

static inline bool float_is_odd_integer(double y) {
    return fmod(fabs(y), 2.0) == 1.0;
}

// OverflowError(34, 'Numerical result out of range'), the args CPython's errno path builds.
static bool float_raise_range(Run *r) {
    Obj *msg = str_from_cstr(r, "Numerical result out of range");
    if (!msg || !gc_push_root(r, v_obj(msg))) return false;
    Obj *args = tuple_new(r, 2);
    Obj *e = NULL;
    if (args) {
        ((ObjTuple *)args)->items[0] = v_int(34);
        ((ObjTuple *)args)->items[1] = v_obj(msg);
        if (gc_push_root(r, v_obj(args))) {
            e = exc_new(r, &exc_OverflowError, args);
            gc_pop_roots(r, 1);
        }
    }
    gc_pop_roots(r, 1);
    if (e) exc_raise_value(r, v_obj(e));
    return false;
}

// x ** y for finite x > 0, x != 1, finite y != 0: the platform's pow, with overflow caught.
static bool float_pow_finite(Run *r, double x, double y, bool negate, Value *out) {
    double z = pow(x, y);
    if (isinf(z)) return float_raise_range(r);
    *out = v_float(negate ? -z : z);
    return true;
}

bool float_pow(Run *r, double x, double y, Value *out) {
    if (y == 0) {
        *out = v_float(1.0);  // x ** 0 is 1, even for NaN
    } else if (isnan(x)) {
        *out = float_nan_fresh(r, x);
    } else if (isnan(y)) {
        *out = x == 1.0 ? v_float(1.0) : float_nan_fresh(r, y);
    } else if (isinf(y)) {
        double ax = fabs(x);
        *out = v_float(ax == 1.0 ? 1.0 : (y > 0.0) == (ax > 1.0) ? fabs(y) : 0.0);
    } else if (isinf(x)) {
        bool odd = float_is_odd_integer(y);
        *out = v_float(y > 0.0 ? (odd ? x : fabs(x)) : (odd ? copysign(0.0, x) : 0.0));
    } else if (x == 0.0) {
        if (y < 0.0) return exc_raise(r, &exc_ZeroDivisionError, "zero to a negative power");
        *out = v_float(float_is_odd_integer(y) ? x : 0.0);
    } else if (x < 0.0) {
        if (y != floor(y)) return complex_pow_reals(r, x, y, out);
        bool odd = float_is_odd_integer(y);
        if (x == -1.0) {
            *out = v_float(odd ? -1.0 : 1.0);  // (-1) ** huge_integer is exact; libms disagree
            return true;
        }
        return float_pow_finite(r, -x, y, odd, out);
    } else if (x == 1.0) {
        *out = v_float(1.0);
    } else {
        return float_pow_finite(r, x, y, false, out);
    }
    return true;
}

static bool float_arith(Run *r, double x, double y, int op, Value *out) {
    double q, m;
    switch (op) {
    case AST_OP_ADD: *out = float_from_double(r, x + y); return true;
    case AST_OP_SUB: *out = float_from_double(r, x - y); return true;
    case AST_OP_MUL: *out = float_from_double(r, x * y); return true;
    case AST_OP_POW: return float_pow(r, x, y, out);
    default: break;
    }
    if (y == 0.0) return exc_raise(r, &exc_ZeroDivisionError, "division by zero");
    if (op == AST_OP_DIV) {
        *out = float_from_double(r, x / y);
    } else if (op == AST_OP_MOD) {
        *out = float_from_double(r, float_mod(x, y));
    } else {
        float_divmod(x, y, &q, &m);
        *out = float_from_double(r, q);
    }
    return true;
}

bool float_binary(Run *r, Value a, Value b, int op, Value *out) {
    bool arith = op == AST_OP_ADD || op == AST_OP_SUB || op == AST_OP_MUL || op == AST_OP_DIV ||
                 op == AST_OP_MOD || op == AST_OP_FLOORDIV || op == AST_OP_POW;
    if (!arith || !float_is_number(a) || !float_is_number(b)) {
        *out = float_notimpl();
        return true;
    }
    double x, y;
    if (!float_operand(r, a, &x) || !float_operand(r, b, &y)) return false;
    return float_arith(r, x, y, op, out);
}

bool float_number_divmod(Run *r, Value a, Value b, Value *out) {
    if (!float_is_number(a) || !float_is_number(b)) {
        *out = float_notimpl();
        return true;
    }
    Value q, m;
    if (int_check(a) && int_check(b)) {
        if (!int_divmod(r, a, b, &q, &m)) return false;
    } else {
        double x, y, dq, dm;
        if (!float_operand(r, a, &x) || !float_operand(r, b, &y)) return false;
        if (y == 0.0) return exc_raise(r, &exc_ZeroDivisionError, "division by zero");
        float_divmod(x, y, &dq, &dm);
        q = float_from_double(r, dq);
        m = float_from_double(r, dm);
    }
    if (!container_push2(r, q, m)) return false;
    Obj *t = tuple_pack2(r, q, m);
    gc_pop_roots(r, 2);
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

static bool float_unary(Run *r, Value v, int op, Value *out) {
    if (op == AST_UOP_NEG) *out = float_from_double(r, -v.as.f);
    else if (op == AST_UOP_POS) *out = float_self(r, v);
    else *out = float_notimpl();
    return true;
}

bool float_compare(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    double x = a.as.f;
    int c;
    if (is_float(b)) {
        double y = b.as.f;
        c = isnan(x) || isnan(y) ? 2 : (x > y) - (x < y);
    } else if (int_check(b)) {
        c = int_cmp_double(b, x);
        if (c != 2) c = -c;
    } else {
        *out = float_notimpl();
        return true;
    }
    *out = v_bool(int_cmp_holds(c, op));
    return true;
}

// ---- hash and text ----

int64_t float_hash(double x) {
    if (isinf(x)) return x > 0 ? FLOAT_HASH_INF : -FLOAT_HASH_INF;
    if (isnan(x)) return (int64_t)(float_bits(x) & FLOAT_NAN_PAYLOAD);  // its identity
    int e;
    double m = frexp(x, &e);
    bool negative = m < 0;
    if (negative) m = -m;
    uint64_t h = 0;
    // 28 bits of the mantissa at a time, reduced modulo 2^61 - 1 as they come
    while (m) {
        h = ((h << 28) & FLOAT_HASH_MODULUS) | h >> (FLOAT_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        h += y;
        if (h >= FLOAT_HASH_MODULUS) h -= FLOAT_HASH_MODULUS;
    }
    // multiplying by 2^e modulo 2^61 - 1 is a rotation by e modulo 61
    e = e >= 0 ? e % FLOAT_HASH_BITS : FLOAT_HASH_BITS - 1 - ((-1 - e) % FLOAT_HASH_BITS);
    h = ((h << e) & FLOAT_HASH_MODULUS) | h >> (FLOAT_HASH_BITS - e);
    int64_t s = negative ? -(int64_t)h : (int64_t)h;
    return s == -1 ? -2 : s;
}

bool float_repr_into(Buf *out, double x) {
    char text[NUMFMT_REPR_MAX];
    size_t n = numfmt_float_repr(x, text);
    return buf_append(out, text, n);
}

// ---- conversions ----

static bool float_check_finite(Run *r, double x) {
    if (isnan(x)) return exc_raise(r, &exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(x)) {
        return exc_raise(r, &exc_OverflowError, "cannot convert float infinity to integer");
    }
    return true;
}

bool float_to_int(Run *r, double x, Value *out) {
    return float_check_finite(r, x) && int_from_integral_double(r, trunc(x), out);
}

bool float_floor(Run *r, double x, Value *out) {
    return float_check_finite(r, x) && int_from_integral_double(r, floor(x), out);
}

bool float_ceil(Run *r, double x, Value *out) {
    return float_check_finite(r, x) && int_from_integral_double(r, ceil(x), out);
}

// ndigits as CPython's PyNumber_AsSsize_t(o, NULL): ints past int64 clamp to its range.
static bool float_ndigits(Run *r, Value v, int64_t *out) {
    if (is_bigint(v)) {
        *out = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    return ops_index(r, v, out);
}

bool float_round(Run *r, double x, Value ndigits, Value *out) {
    NumfmtError err;
    double d;
    if (is_undef(ndigits) || is_none(ndigits)) {
        if (!numfmt_float_round_int(x, &d, &err)) return str_raise_numfmt(r, &err);
        return int_from_integral_double(r, d, out);
    }
    int64_t n;
    if (!float_ndigits(r, ndigits, &n)) return false;
    if (!numfmt_float_round(x, n, &d, &err)) return str_raise_numfmt(r, &err);
    *out = float_from_double(r, d);
    return true;
}

// float(v) through v's __float__, then __index__ (user classes only); *found false when v has
// neither.
static bool float_from_user(Run *r, Value v, bool *found, double *out) {
    Value res;
    if (!int_call_dunder(r, v, "__float__", found, &res)) return false;
    if (*found) {
        if (is_float(res)) {
            *out = res.as.f;
            return true;
        }
        return exc_raise(r, &exc_TypeError, "%s.__float__ returned non-float (type %s)",
                         value_type_name(v), value_type_name(res));
    }
    if (!int_call_dunder(r, v, "__index__", found, &res)) return false;
    if (!*found) return true;
    if (int_check(res)) return int_to_double(r, res, out);
    return exc_raise(r, &exc_TypeError, "__index__ returned non-int (type %s)",
                     value_type_name(res));
}

bool number_to_double(Run *r, Value v, double *out) {
    if (float_is_number(v)) return float_operand(r, v, out);
    bool found;
    if (!float_from_user(r, v, &found, out)) return false;
    if (found) return true;
    return exc_raise(r, &exc_TypeError, "must be real number, not %s", value_type_name(v));
}

bool float_parse(Run *r, Value src, const char *s, size_t len, bool unicode, double *out) {
    Buf tmp;
    buf_init(&tmp, r);
    if (unicode) {
        if (!int_ascii_digits(&tmp, s, len)) {
            buf_fini(&tmp);
            return false;
        }
        s = tmp.data ? tmp.data : "";
        len = tmp.len;
    }
    while (len && int_is_ascii_space(s[0])) s++, len--;
    while (len && int_is_ascii_space(s[len - 1])) len--;
    bool ok = numfmt_float_parse(s, len, out);
    buf_fini(&tmp);
    if (ok) return true;
    return exc_raise(r, &exc_ValueError, "could not convert string to float: %R", src);
}

// ---- the constructor and methods ----

// float(x) for a str, bytes or bytearray x.
static bool float_parse_text(Run *r, Value x, double *out) {
    if (is_str(x)) {
        return float_parse(r, x, as_str(x)->data, as_str(x)->len, !as_str(x)->ascii, out);
    }
    return float_parse(r, x, bytes_storage(x)->data, bytes_storage(x)->len, false, out);
}

bool float_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_count(r, a, "float", 0, 1)) return false;
    double d = 0.0;
    Value x = a->npos ? a->pos[0] : v_float(0.0);
    if (is_boxed(x) && is_str(boxed_unbox(x))) x = boxed_unbox(x);  // float(S('1.5')) parses
    if (is_str(x) || is_byteslike(x)) {
        if (!float_parse_text(r, x, &d)) return false;
        *out = float_from_double(r, d);
        return true;
    }
    // a float given, or returned by __float__, comes back as the same object: bits kept
    if (float_is_number(x)) {
        if (!float_operand(r, x, &d)) return false;
    } else {
        bool found = false;
        if (!float_from_user(r, x, &found, &d)) return false;
        if (!found) {
            return exc_raise(r, &exc_TypeError,
                             "float() argument must be a string or a real number, not '%s'",
                             value_type_name(x));
        }
    }
    *out = v_float(d);
    return true;
}

static bool float_m_is_integer(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "float.is_integer")) return false;
    double x = self.as.f;
    *out = v_bool(isfinite(x) && floor(x) == x);
    return true;
}

static bool float_m_conjugate(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "float.conjugate")) return false;
    *out = float_self(r, self);
    return true;
}

static bool float_m_as_integer_ratio(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "float.as_integer_ratio")) return false;
    NumfmtError err;
    mpz_t num, den;
    mpz_inits(num, den, NULL);  // at most 1075 bits each: no check needed
    Value n, d;
    bool ok = numfmt_float_as_integer_ratio(self.as.f, num, den, &err);
    if (!ok) {
        str_raise_numfmt(r, &err);
    } else if ((ok = int_from_mpz(r, num, &n) && gc_push_root(r, n))) {
        ok = int_from_mpz(r, den, &d) && gc_push_root(r, d);
        Obj *t = ok ? tuple_pack2(r, n, d) : NULL;
        gc_pop_roots(r, ok ? 2 : 1);
        ok = t != NULL;
        if (ok) *out = v_obj(t);
    }
    mpz_clears(num, den, NULL);
    return ok;
}

static bool float_m_hex(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "float.hex")) return false;
    char text[NUMFMT_HEX_MAX];
    size_t n = numfmt_float_hex(self.as.f, text);
    Obj *s = str_new(r, text, n);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

// float.fromhex(string): a classmethod; self is the class.
static bool float_m_fromhex(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_one(r, a, "float.fromhex")) return false;
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "bad argument type for built-in operation");
    }
    ObjStr *s = as_str(a->pos[0]);
    NumfmtError err;
    double d;
    if (!numfmt_float_fromhex(s->data, s->len, &d, &err)) return str_raise_numfmt(r, &err);
    *out = float_from_double(r, d);
    return true;
}

// float.from_number(number): a classmethod (3.14); strings are refused, unlike float().
static bool float_m_from_number(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_one(r, a, "float.from_number")) return false;
    double d;
    if (!number_to_double(r, a->pos[0], &d)) return false;
    *out = v_float(d);
    return true;
}

static bool float_m_round(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "float.__round__", 0, 1)) return false;
    return float_round(r, self.as.f, a->npos ? a->pos[0] : v_undef(), out);
}

static bool float_m_trunc(Run *r, Value self, const Args *a, Value *out) {
    return container_args_none(r, a, "float.__trunc__") && float_to_int(r, self.as.f, out);
}

static bool float_m_floor(Run *r, Value self, const Args *a, Value *out) {
    return container_args_none(r, a, "float.__floor__") && float_floor(r, self.as.f, out);
}

static bool float_m_ceil(Run *r, Value self, const Args *a, Value *out) {
    return container_args_none(r, a, "float.__ceil__") && float_ceil(r, self.as.f, out);
}

NEW_METHOD(float_m_new, &type_float)

enum { FLOAT_METHOD_COUNT = 12 };
// Sorted by name (strcmp order: '_' sorts before lower-case letters).
static const MethodDef float_methods[FLOAT_METHOD_COUNT] = {
    {"__ceil__", float_m_ceil},
    {"__floor__", float_m_floor},
    {"__getnewargs__", new_getnewargs},
    {"__new__", float_m_new, METHOD_CLASS},
    {"__round__", float_m_round},
    {"__trunc__", float_m_trunc},
    {"as_integer_ratio", float_m_as_integer_ratio},
    {"conjugate", float_m_conjugate},
    {"from_number", float_m_from_number, METHOD_CLASS},
    {"fromhex", float_m_fromhex, METHOD_CLASS},
    {"hex", float_m_hex},
    {"is_integer", float_m_is_integer},
};

// x.real, x.imag; *out undef for other names (methods come from the table).
static bool float_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjStr *n = (ObjStr *)name;
    if (str_equal_cstr(n, "real")) *out = float_self(r, v);
    else if (str_equal_cstr(n, "imag")) *out = v_float(0.0);
    else *out = v_undef();
    return true;
}

static bool float_repr_slot(Run *r, Value v, Buf *out) {
    (void)r;
    return float_repr_into(out, v.as.f);
}

static bool float_hash_slot(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = float_hash(v.as.f);
    return true;
}

static bool float_truthy(Run *r, Value v, bool *out) {
    (void)r;
    *out = v.as.f != 0.0;
    return true;
}

const ObjType type_float = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "float",
    .id = TYPE_FLOAT,
    .base_type = &type_object,
    .methods = float_methods,
    .method_count = FLOAT_METHOD_COUNT,
    .construct = float_construct,
    .slots =
        {
            .repr = float_repr_slot,
            .hash = float_hash_slot,
            .compare = float_compare,
            .binary = float_binary,
            .unary = float_unary,
            .truthy = float_truthy,
            .getattr = float_getattr,
        },
};
