// int's constructor, parsing of int(text, base) and of big literals, round(), and the methods
// (bit_length, to_bytes, from_bytes, ...), with CPython 3.14's messages.
#include "interp/obj_int_methods.h"

#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/obj_class_boxed.h"
#include "interp/gc.h"
#include "interp/numfmt_int.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_bytes.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_new.h"
#include "interp/obj_str.h"
#include "interp/obj_str_char.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// CPython cuts the text in "invalid literal for int()" to 200 characters of its repr.
enum { INT_INVALID_REPR_MAX = 200 };

// ---- digits to GMP ----

static int int_digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// Digits in a base that is a power of two go straight into limbs: linear for any length.
static void int_digits_pow2(mpz_t z, const char *s, size_t len, size_t ndigits, int base) {
    unsigned k = (unsigned)__builtin_ctz((unsigned)base);
    size_t nlimbs = (ndigits * k + GMP_NUMB_BITS - 1) / GMP_NUMB_BITS;
    if (nlimbs == 0) {
        mpz_set_ui(z, 0);
        return;
    }
    mp_limb_t *p = mpz_limbs_write(z, (mp_size_t)nlimbs);
    memset(p, 0, nlimbs * sizeof *p);
    size_t bit = 0;
    for (size_t i = len; i-- > 0;) {
        if (s[i] == '_') continue;
        mp_limb_t d = (mp_limb_t)int_digit_value((unsigned char)s[i]);
        p[bit / GMP_NUMB_BITS] |= d << (bit % GMP_NUMB_BITS);
        if (bit % GMP_NUMB_BITS + k > GMP_NUMB_BITS) {
            p[bit / GMP_NUMB_BITS + 1] |= d >> (GMP_NUMB_BITS - bit % GMP_NUMB_BITS);
        }
        bit += k;
    }
    mpz_limbs_finish(z, (mp_size_t)nlimbs);
}

// Other bases: chunks of digits that fit an unsigned long, multiplied in. Quadratic, which is
// why CPython (and moat) limit these to 4300 digits.
static void int_digits_chunked(mpz_t z, const char *s, size_t len, int base) {
    unsigned long limit = ~0UL / (unsigned long)base, chunk = 0, scale = 1;
    mpz_set_ui(z, 0);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_') continue;
        chunk = chunk * (unsigned long)base + (unsigned long)int_digit_value((unsigned char)s[i]);
        scale *= (unsigned long)base;
        if (scale > limit) {
            mpz_mul_ui(z, z, scale);
            mpz_add_ui(z, z, chunk);
            chunk = 0;
            scale = 1;
        }
    }
    mpz_mul_ui(z, z, scale);
    mpz_add_ui(z, z, chunk);
}

// Validated digits (with single underscores) to z.
static void int_digits_to_mpz(mpz_t z, const char *s, size_t len, size_t ndigits, int base) {
    if ((base & (base - 1)) == 0) int_digits_pow2(z, s, len, ndigits, base);
    else int_digits_chunked(z, s, len, base);
}

bool int_parse_literal(const char *digits, size_t len, int base, mpz_t out) {
    size_t ndigits = 0;
    for (size_t i = 0; i < len; i++) {
        if (digits[i] == '_') continue;
        if (int_digit_value((unsigned char)digits[i]) >= base) return false;
        ndigits++;
    }
    int_digits_to_mpz(out, digits, len, ndigits, base);
    return true;
}

// ---- int(text, base) ----

// The pieces of a valid int(text): what PyLong_FromString accepts.
typedef struct IntText {
    bool negative;
    int base;            // 2..36 once prefixes are read
    const char *digits;  // digits and single underscores
    size_t len;
    size_t ndigits;      // digits without the underscores
} IntText;

// Reads a base prefix at s[*i] (any for base 0, the matching one otherwise); returns the base.
static int int_scan_prefix(const char *s, size_t *i, size_t end, int base, bool *prefixed) {
    *prefixed = false;
    if (end - *i < 2 || s[*i] != '0') return base;
    char p = (char)(s[*i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (!pb || (base != 0 && base != pb)) return base;
    *i += 2;
    *prefixed = true;
    return pb;
}

// Validates s as CPython's PyLong_FromString does; false if it is not an int in `base`.
static bool int_scan(const char *s, size_t len, int base, IntText *t) {
    size_t i = 0, end = len;
    while (i < end && int_is_ascii_space(s[i])) i++;
    while (end > i && int_is_ascii_space(s[end - 1])) end--;
    t->negative = i < end && s[i] == '-';
    if (i < end && (s[i] == '+' || s[i] == '-')) i++;
    bool prefixed, only_zeros = false;
    base = int_scan_prefix(s, &i, end, base, &prefixed);
    if (base == 0) {  // base 0 without a prefix: decimal, and "0..." must be all zeros
        base = 10;
        only_zeros = i < end && s[i] == '0';
    }
    if (prefixed && i < end && s[i] == '_') i++;  // 0x_1f: one underscore after a prefix
    t->base = base;
    t->digits = s + i;
    t->len = end - i;
    t->ndigits = 0;
    bool after_underscore = true;  // no leading underscore, no double ones
    for (; i < end; i++) {
        if (s[i] == '_') {
            if (after_underscore) return false;
            after_underscore = true;
            continue;
        }
        if (int_digit_value((unsigned char)s[i]) >= base || (only_zeros && s[i] != '0')) {
            return false;
        }
        after_underscore = false;
        t->ndigits++;
    }
    return t->ndigits > 0 && !after_underscore;
}

// ValueError "invalid literal for int() with base N: <repr of src, cut to 200 characters>".
static bool int_raise_invalid(Run *r, Value src, int base) {
    Buf b;
    buf_init(&b, r);
    if (!ops_repr(r, src, &b)) {
        buf_fini(&b);
        return false;
    }
    size_t cut = 0, chars = 0;
    while (cut < b.len && chars < INT_INVALID_REPR_MAX) {
        cut += str_char_seq_len((unsigned char)b.data[cut]);
        chars++;
    }
    bool ok = buf_reserve(&b, 1);
    if (ok) {
        b.data[cut < b.len ? cut : b.len] = '\0';
        exc_raise(r, &exc_ValueError, "invalid literal for int() with base %d: %s", base, b.data);
    }
    buf_fini(&b);
    return false;
}

// The value of validated text: int64 arithmetic while it fits, GMP past that.
static bool int_convert(Run *r, const IntText *t, Value *out) {
    bool pow2 = (t->base & (t->base - 1)) == 0;
    if (!pow2 && t->ndigits > NUMFMT_MAX_STR_DIGITS) {
        NumfmtError err;
        numfmt_int_digits_error(&err, (int64_t)t->ndigits, NUMFMT_MAX_STR_DIGITS);
        return str_raise_numfmt(r, &err);
    }
    uint64_t acc = 0;
    bool fits = true;
    for (size_t i = 0; i < t->len && fits; i++) {
        if (t->digits[i] == '_') continue;
        uint64_t d = (uint64_t)int_digit_value((unsigned char)t->digits[i]);
        fits = !__builtin_mul_overflow(acc, (uint64_t)t->base, &acc) &&
               !__builtin_add_overflow(acc, d, &acc);
    }
    if (fits && acc <= (uint64_t)INT64_MAX) {
        *out = v_int(t->negative ? -(int64_t)acc : (int64_t)acc);
        return true;
    }
    // guard: at most 6 bits per digit; digits past the limit come only in power-of-two bases
    if (!int_reserve(r, (uint64_t)t->ndigits * 6)) return false;
    mpz_t z;
    mpz_init(z);
    int_digits_to_mpz(z, t->digits, t->len, t->ndigits, t->base);
    if (t->negative) mpz_neg(z, z);
    bool ok = int_from_mpz(r, z, out);
    mpz_clear(z);
    return ok;
}

bool int_ascii_digits(Buf *out, const char *s, size_t len) {
    if (!buf_reserve(out, len)) return false;  // never longer than the UTF-8 it comes from
    for (size_t i = 0; i < len;) {
        uint32_t cp = str_char_decode(s, &i);
        int digit = cp < 0x80 ? -1 : str_char_decimal(cp);
        char c = '?';
        if (cp < 0x80) c = (char)cp;
        else if (str_char_isspace(cp)) c = ' ';
        else if (digit >= 0) c = (char)('0' + digit);
        out->data[out->len++] = c;
    }
    return true;
}

bool int_parse(Run *r, Value src, const char *s, size_t len, int base, bool unicode, Value *out) {
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
    IntText t;
    bool ok = int_scan(s, len, base, &t) ? int_convert(r, &t, out) : int_raise_invalid(r, src, base);
    buf_fini(&tmp);
    return ok;
}

// ---- the constructor ----

bool int_call_dunder(Run *r, Value v, const char *dunder, bool *found, Value *out) {
    *found = false;
    if (!container_is_user(v)) return true;
    Obj *name = str_from_cstr(r, dunder);
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    Value method;
    bool ok = ops_getattr(r, v, name, &method);
    gc_pop_roots(r, 1);
    if (!ok) {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        return true;
    }
    *found = true;
    if (!gc_push_root(r, method)) return false;
    Args none = {0};
    ok = ops_call(r, method, &none, out);
    gc_pop_roots(r, 1);
    return ok;
}

// int(v) for an instance of a user class: __int__, then __index__.
static bool int_from_user(Run *r, Value v, Value *out) {
    static const char *const dunders[] = {"__int__", "__index__"};
    for (size_t k = 0; k < 2; k++) {
        bool found;
        if (!int_call_dunder(r, v, dunders[k], &found, out)) return false;
        if (!found) continue;
        if (int_check(*out)) {
            *out = int_plain(*out);
            return true;
        }
        return exc_raise(r, &exc_TypeError, "%s returned non-int (type %s)", dunders[k],
                         value_type_name(*out));
    }
    return exc_raise(r, &exc_TypeError,
                     "int() argument must be a string, a bytes-like object or a real number, "
                     "not '%s'",
                     value_type_name(v));
}

bool int_from_object(Run *r, Value v, Value *out) {
    if (is_boxed(v) && is_str(boxed_unbox(v))) v = boxed_unbox(v);  // int(S('12')) parses
    if (int_check(v)) {
        *out = int_plain(v);
        return true;
    }
    if (is_float(v)) return float_to_int(r, v.as.f, out);
    if (is_str(v)) return int_parse(r, v, as_str(v)->data, as_str(v)->len, 10, !as_str(v)->ascii, out);
    if (is_byteslike(v)) return int_parse(r, v, bytes_storage(v)->data, bytes_storage(v)->len, 10, false, out);
    return int_from_user(r, v, out);
}

bool int_index_clamped(Run *r, Value v, int64_t *out) {
    if (is_bigint(v)) {
        *out = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    return ops_index(r, v, out);
}

static const char *const int_arg_names[] = {"x", "base"};
static const ArgSpec int_args = {"int", int_arg_names, 2, 1, 2, 0};

bool int_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (a->npos > 2) {
        return exc_raise(r, &exc_TypeError, "int expected at most 2 arguments, got %u", a->npos);
    }
    Value args[2];
    if (!args_bind(r, a, &int_args, args)) return false;
    Value x = args[0];
    if (is_undef(args[1])) {
        if (is_undef(x)) {
            *out = v_int(0);
            return true;
        }
        return int_from_object(r, x, out);
    }
    if (is_undef(x)) return exc_raise(r, &exc_TypeError, "int() missing string argument");
    int64_t base;
    if (!int_index_clamped(r, args[1], &base)) return false;
    if ((base != 0 && base < 2) || base > 36) {
        return exc_raise(r, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (is_str(x)) {
        return int_parse(r, x, as_str(x)->data, as_str(x)->len, (int)base, !as_str(x)->ascii, out);
    }
    if (is_byteslike(x)) {
        return int_parse(r, x, bytes_storage(x)->data, bytes_storage(x)->len, (int)base, false, out);
    }
    return exc_raise(r, &exc_TypeError, "int() can't convert non-string with explicit base");
}

// ---- round ----

// v rounded half to even to a multiple of 10**e, e >= 1, through GMP.
static bool int_round_pow10(Run *r, Value v, uint64_t e, Value *out) {
    IntView iv;
    mpz_srcptr z = int_view(v, &iv);
    // |v| < 10**digits <= 10**e / 10: rounds to 0 (sizeinbase may say one digit too many)
    if (e > mpz_sizeinbase(z, 10)) {
        *out = v_int(0);
        return true;
    }
    if (!int_reserve(r, e * 4 + 64)) return false;
    mpz_t p, q, rem;
    mpz_inits(p, q, rem, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)e);
    mpz_fdiv_qr(q, rem, z, p);
    mpz_mul_2exp(rem, rem, 1);
    int c = mpz_cmp(rem, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    bool ok = int_from_mpz(r, q, out);
    mpz_clears(p, q, rem, NULL);
    return ok;
}

bool int_round(Run *r, Value v, Value ndigits, Value *out) {
    v = int_plain(v);
    if (is_undef(ndigits) || is_none(ndigits)) {
        *out = v;
        return true;
    }
    int64_t n;
    if (is_bigint(ndigits)) {
        *out = int_sign(ndigits) > 0 ? v : v_int(0);  // beyond int64: v, or 0
        return true;
    }
    if (!ops_index(r, ndigits, &n)) return false;
    if (n >= 0) {
        *out = v;
        return true;
    }
    return int_round_pow10(r, v, n == INT64_MIN ? (uint64_t)INT64_MAX + 1 : (uint64_t)-n, out);
}

// ---- methods ----

static bool int_m_bit_length(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "int.bit_length")) return false;
    *out = v_int((int64_t)int_bit_length(self));
    return true;
}

static bool int_m_bit_count(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "int.bit_count")) return false;
    IntView iv;
    mpz_srcptr z = int_view(self, &iv);
    mpz_t abs;  // a positive view of the same limbs: popcount of |self|
    mpz_srcptr m = mpz_roinit_n(abs, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    *out = v_int((int64_t)mpz_popcount(m));
    return true;
}

static bool int_m_as_integer_ratio(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "int.as_integer_ratio")) return false;
    Obj *t = tuple_pack2(r, int_plain(self), v_int(1));
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

static bool int_m_is_integer(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_none(r, a, "int.is_integer")) return false;
    *out = v_bool(true);
    return true;
}

// conjugate, __index__, __trunc__, __floor__, __ceil__: the int itself (a bool as an int).
#define INT_IDENTITY_METHOD(fn, qualname)                                  \
    static bool fn(Run *r, Value self, const Args *a, Value *out) {        \
        if (!container_args_none(r, a, qualname)) return false;            \
        *out = int_plain(self);                                            \
        return true;                                                       \
    }
INT_IDENTITY_METHOD(int_m_conjugate, "int.conjugate")
INT_IDENTITY_METHOD(int_m_trunc, "int.__trunc__")
INT_IDENTITY_METHOD(int_m_floor, "int.__floor__")
INT_IDENTITY_METHOD(int_m_ceil, "int.__ceil__")
#undef INT_IDENTITY_METHOD

// __index__ is a slot wrapper in CPython (nb_index), with the wrappers' count messages.
static bool int_m_index(Run *r, Value self, const Args *a, Value *out) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "wrapper __index__() takes no keyword arguments");
    if (a->npos) return exc_raise(r, &exc_TypeError, "expected 0 arguments, got %u", a->npos);
    *out = int_plain(self);
    return true;
}

static bool int_m_round(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "int.__round__", 0, 1)) return false;
    return int_round(r, self, a->npos ? a->pos[0] : v_undef(), out);
}

// byteorder of to_bytes/from_bytes: 'big' when absent.
static bool int_byteorder(Run *r, Value v, const char *fname, bool *little) {
    *little = false;
    if (is_undef(v)) return true;
    if (!is_str(v)) {
        return exc_raise(r, &exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                         value_type_name(v));
    }
    if (str_equal_cstr(as_str(v), "little")) *little = true;
    else if (!str_equal_cstr(as_str(v), "big")) {
        return exc_raise(r, &exc_ValueError, "byteorder must be either 'little' or 'big'");
    }
    return true;
}

// Bits a two's-complement (signed) or plain (unsigned) encoding of z needs.
static uint64_t int_bytes_bits(mpz_srcptr z, bool sign) {
    if (mpz_sgn(z) == 0) return 0;
    uint64_t bits = mpz_sizeinbase(z, 2);
    if (!sign) return bits;
    // -2**k needs k + 1 bits, as 2**k - 1 does: ~v has the magnitude's bits unless |v| is 2**k
    if (mpz_sgn(z) < 0 && mpz_scan1(z, 0) == bits - 1) return bits;
    return bits + 1;
}

// Writes z into data[0..len) as len bytes, two's complement when negative.
static void int_bytes_write(mpz_srcptr z, unsigned char *data, size_t len, bool little) {
    memset(data, 0, len);
    if (mpz_sgn(z) != 0) mpz_export(data, NULL, -1, 1, 0, 0, z);  // |z|, least significant first
    if (mpz_sgn(z) < 0) {
        unsigned carry = 1;
        for (size_t i = 0; i < len; i++) {
            unsigned b = (unsigned)(unsigned char)~data[i] + carry;
            data[i] = (unsigned char)b;
            carry = b >> 8;
        }
    }
    for (size_t i = 0; !little && i < len / 2; i++) {
        unsigned char c = data[i];
        data[i] = data[len - 1 - i];
        data[len - 1 - i] = c;
    }
}

static const char *const to_bytes_names[] = {"length", "byteorder", "signed"};
static const ArgSpec to_bytes_args = {"to_bytes", to_bytes_names, 3, 0, 2, 0};

static bool int_m_to_bytes(Run *r, Value self, const Args *a, Value *out) {
    Value args[3];
    int64_t length = 1;
    bool little, sign = false;
    if (!args_bind(r, a, &to_bytes_args, args)) return false;
    if (!is_undef(args[0]) && !container_ssize(r, args[0], &length)) return false;
    if (length < 0) return exc_raise(r, &exc_ValueError, "length argument must be non-negative");
    if (!int_byteorder(r, args[1], "to_bytes", &little)) return false;
    if (!is_undef(args[2]) && !ops_truthy(r, args[2], &sign)) return false;
    IntView iv;
    mpz_srcptr z = int_view(self, &iv);
    if (mpz_sgn(z) < 0 && !sign) {
        return exc_raise(r, &exc_OverflowError, "can't convert negative int to unsigned");
    }
    if ((int_bytes_bits(z, sign) + 7) / 8 > (uint64_t)length) {
        return exc_raise(r, &exc_OverflowError, "int too big to convert");
    }
    ObjBytes *b = bytes_alloc(r, (size_t)length);
    if (!b) return false;
    int_bytes_write(int_view(self, &iv), (unsigned char *)b->data, (size_t)length, little);
    *out = v_obj(&b->base);
    return true;
}

// The bytes of from_bytes' argument: a bytes' data, or an iterable of ints in range(256)
// collected into tmp.
static bool int_bytes_source(Run *r, Value src, Buf *tmp, const char **data, size_t *len) {
    if (is_bytes(src)) {
        *data = as_bytes(src)->data;
        *len = as_bytes(src)->len;
        return true;
    }
    if (is_str(src) || !value_type(src)->slots.iter) {
        return exc_raise(r, &exc_TypeError, "cannot convert '%s' object to bytes",
                         value_type_name(src));
    }
    Value it, item;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) return false;
    IterStep s = ITER_END;
    bool ok = true;
    while (ok && (s = ops_next(r, it, &item)) == ITER_ITEM) {
        int64_t byte;
        ok = ops_index(r, item, &byte);
        if (ok && (byte < 0 || byte > 255)) {
            ok = exc_raise(r, &exc_ValueError, "bytes must be in range(0, 256)");
        }
        ok = ok && buf_append_char(tmp, (char)byte);
    }
    gc_pop_roots(r, 1);
    *data = tmp->data ? tmp->data : "";
    *len = tmp->len;
    return ok && s == ITER_END;
}

// The int that data[0..len) encodes.
static bool int_bytes_read(Run *r, const unsigned char *data, size_t len, bool little, bool sign,
                           Value *out) {
    bool negative = sign && len && (data[little ? len - 1 : 0] & 0x80);
    if (len <= 8) {
        uint64_t u = 0;
        for (size_t i = 0; i < len; i++) u = u << 8 | data[little ? len - 1 - i : i];
        if (!negative) return int_from_u64(r, u, out);
        // two's complement of len bytes: u - 2**(8 len)
        *out = v_int(len == 8 ? (int64_t)(u - ((uint64_t)1 << 63)) + INT64_MIN
                              : (int64_t)u - ((int64_t)1 << (8 * len)));
        return true;
    }
    if (!int_reserve(r, (uint64_t)len * 8 + 64)) return false;
    mpz_t z;
    mpz_init(z);
    mpz_import(z, len, little ? -1 : 1, 1, 0, 0, data);
    if (negative) {
        mpz_t p;
        mpz_init(p);
        mpz_setbit(p, (mp_bitcnt_t)len * 8);
        mpz_sub(z, z, p);
        mpz_clear(p);
    }
    bool ok = int_from_mpz(r, z, out);
    mpz_clear(z);
    return ok;
}

static const char *const from_bytes_names[] = {"bytes", "byteorder", "signed"};
static const ArgSpec from_bytes_args = {"from_bytes", from_bytes_names, 3, 0, 2, 1};

bool int_from_bytes(Run *r, Value self, const Args *a, Value *out) {
    Value args[3];
    bool little, sign = false;
    if (!args_bind(r, a, &from_bytes_args, args)) return false;
    if (!int_byteorder(r, args[1], "from_bytes", &little)) return false;
    if (!is_undef(args[2]) && !ops_truthy(r, args[2], &sign)) return false;
    Buf tmp;
    buf_init(&tmp, r);
    const char *data = "";
    size_t len = 0;
    bool ok = int_bytes_source(r, args[0], &tmp, &data, &len) &&
              int_bytes_read(r, (const unsigned char *)data, len, little, sign, out);
    buf_fini(&tmp);
    // the classmethod builds an instance of its class: bool.from_bytes gives a bool
    if (ok && (is_bool(self) || (is_obj(self) && self.as.obj == &type_bool.base))) {
        *out = v_bool(int_sign(*out) != 0);
    }
    return ok;
}

NEW_METHOD(int_m_new, &type_int)

// Sorted by name (strcmp order: '_' sorts before lower-case letters).
const MethodDef int_methods[INT_METHOD_COUNT] = {
    {"__ceil__", int_m_ceil},
    {"__floor__", int_m_floor},
    {"__getnewargs__", new_getnewargs},
    {"__index__", int_m_index},
    {"__new__", int_m_new, METHOD_CLASS},
    {"__round__", int_m_round},
    {"__trunc__", int_m_trunc},
    {"as_integer_ratio", int_m_as_integer_ratio},
    {"bit_count", int_m_bit_count},
    {"bit_length", int_m_bit_length},
    {"conjugate", int_m_conjugate},
    {"from_bytes", int_from_bytes, METHOD_CLASS},
    {"is_integer", int_m_is_integer},
    {"to_bytes", int_m_to_bytes},
};

bool int_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    ObjStr *n = (ObjStr *)name;
    if (str_equal_cstr(n, "real") || str_equal_cstr(n, "numerator")) *out = int_plain(v);
    else if (str_equal_cstr(n, "imag")) *out = v_int(0);
    else if (str_equal_cstr(n, "denominator")) *out = v_int(1);
    else *out = v_undef();
    return true;
}
