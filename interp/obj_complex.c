// complex: the object, its slots (operators with int and float operands, ==, hash, repr), the
// constructor with its string parser, and the methods, as CPython 3.14's complexobject.c.
#include "interp/obj_complex.h"

#include <math.h>
#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/format.h"
#include "interp/gc.h"
#include "interp/numfmt_digits.h"
#include "interp/numfmt_parse.h"
#include "interp/numfmt_repr.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_int_methods.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

// CPython's multiplier of the imaginary part's hash.
enum { COMPLEX_HASH_IMAG = 1000003 };

bool complex_new(Run *r, Complex z, Value *out) {
    ObjComplex *c = gc_new(r, ObjComplex, &type_complex);
    if (!c) return false;
    c->z = z;
    *out = v_obj(&c->base);
    return true;
}

Obj *complex_init_static(void *mem, Complex z) {
    ObjComplex *c = mem;
    memset(c, 0, sizeof *c);
    c->base.type = &type_complex;
    c->base.size = sizeof *c;
    c->base.flags = OBJ_STATIC;
    c->z = z;
    return &c->base;
}

static inline Value complex_notimpl(void) {
    return v_obj((Obj *)&obj_notimpl);
}

// ---- arithmetic ----

// An operand of the binary slot: a complex, or a real (int, bool, float, or a subclass's boxed
// value) as a double; *kind OPERAND_OTHER for anything else.
typedef enum OperandKind { OPERAND_COMPLEX, OPERAND_REAL, OPERAND_OTHER } OperandKind;

static bool complex_operand(Run *r, Value v, OperandKind *kind, Complex *z) {
    v = boxed_unbox(v);
    *z = (Complex){0.0, 0.0};
    if (is_complex(v)) {
        *kind = OPERAND_COMPLEX;
        *z = as_complex(v);
        return true;
    }
    *kind = OPERAND_REAL;
    if (is_float(v)) {
        z->real = v.as.f;
        return true;
    }
    if (int_check(v)) return int_to_double(r, v, &z->real);
    *kind = OPERAND_OTHER;
    return true;
}

static bool complex_raise_status(Run *r, ComplexStatus st, bool power) {
    if (st == COMPLEX_ZERO_DIVISION) {
        return exc_raise(r, &exc_ZeroDivisionError,
                         power ? "zero to a negative or complex power" : "division by zero");
    }
    return exc_raise(r, &exc_OverflowError, "complex exponentiation");
}

static bool complex_result(Run *r, Complex z, ComplexStatus st, bool power, Value *out) {
    if (st != COMPLEX_OK) return complex_raise_status(r, st, power);
    return complex_new(r, z, out);
}

// a op b for + - * /, where a real operand takes part as a real (C99's mixed-mode rules).
static Complex complex_arith(Complex x, OperandKind kx, Complex y, OperandKind ky, int op,
                             ComplexStatus *st) {
    bool x_real = kx == OPERAND_REAL, y_real = ky == OPERAND_REAL;
    switch (op) {
    case AST_OP_ADD:
        return x_real ? complex_sum_real(y, x.real)
               : y_real ? complex_sum_real(x, y.real) : complex_sum(x, y);
    case AST_OP_SUB:
        return x_real ? complex_real_diff(x.real, y)
               : y_real ? complex_diff_real(x, y.real) : complex_diff(x, y);
    case AST_OP_MUL:
        return x_real ? complex_prod_real(y, x.real)
               : y_real ? complex_prod_real(x, y.real) : complex_prod(x, y);
    default:
        return x_real ? complex_real_quot(x.real, y, st)
               : y_real ? complex_quot_real(x, y.real, st) : complex_quot(x, y, st);
    }
}

bool complex_binary(Run *r, Value a, Value b, int op, Value *out) {
    bool supported = op == AST_OP_ADD || op == AST_OP_SUB || op == AST_OP_MUL ||
                     op == AST_OP_DIV || op == AST_OP_POW;
    OperandKind ka, kb;
    Complex x, y;
    *out = complex_notimpl();
    if (!supported) return true;
    if (!complex_operand(r, a, &ka, &x) || !complex_operand(r, b, &kb, &y)) return false;
    if (ka == OPERAND_OTHER || kb == OPERAND_OTHER) return true;
    if (ka == OPERAND_REAL && kb == OPERAND_REAL) return true;
    ComplexStatus st = COMPLEX_OK;
    if (op == AST_OP_POW) {
        Complex p = complex_pow(x, y, &st);
        return complex_result(r, p, st, true, out);
    }
    Complex z = complex_arith(x, ka, y, kb, op, &st);
    return complex_result(r, z, st, false, out);
}

bool complex_pow_reals(Run *r, double x, double y, Value *out) {
    ComplexStatus st;
    Complex p = complex_pow((Complex){x, 0.0}, (Complex){y, 0.0}, &st);
    return complex_result(r, p, st, true, out);
}

bool complex_abs_value(Run *r, Value v, Value *out) {
    ComplexStatus st;
    double d = complex_abs(as_complex(v), &st);
    if (st != COMPLEX_OK) return exc_raise(r, &exc_OverflowError, "absolute value too large");
    *out = float_from_double(r, d);
    return true;
}

static bool complex_unary(Run *r, Value v, int op, Value *out) {
    Complex z = as_complex(v);
    if (op == AST_UOP_NEG) return complex_new(r, (Complex){-z.real, -z.imag}, out);
    *out = op == AST_UOP_POS ? v : complex_notimpl();
    return true;
}

// == and != only: a complex equals an int or float when its imaginary part is zero and its
// real part equals the number exactly (complex(2**53, 0) != 2**53 + 1).
static bool complex_compare(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    Complex z = as_complex(a);
    Value o = boxed_unbox(b);
    bool equal;
    if (op != AST_CMP_EQ && op != AST_CMP_NE) {
        *out = complex_notimpl();
        return true;
    }
    if (is_complex(o)) {
        Complex w = as_complex(o);
        equal = z.real == w.real && z.imag == w.imag;
    } else if (is_float(o)) {
        equal = z.real == o.as.f && z.imag == 0.0;
    } else if (int_check(o)) {
        equal = z.imag == 0.0 && int_cmp_double(o, z.real) == 0;
    } else {
        *out = complex_notimpl();
        return true;
    }
    *out = v_bool(equal == (op == AST_CMP_EQ));
    return true;
}

// ---- hash and text ----

// hash(real) + 1000003 * hash(imag) in wrapping arithmetic, so hash(complex(x, 0)) == hash(x).
static bool complex_hash(Run *r, Value v, int64_t *out) {
    (void)r;
    Complex z = as_complex(v);
    uint64_t h = (uint64_t)float_hash(z.real) + COMPLEX_HASH_IMAG * (uint64_t)float_hash(z.imag);
    *out = h == (uint64_t)-1 ? -2 : (int64_t)h;
    return true;
}

bool complex_repr_into(Buf *out, Complex z) {
    // repr of each part without ".0"; a real part of +0 is left out, with the parentheses
    char text[2 * NUMFMT_REPR_MAX + 4];
    NumBuf nb;
    NumfmtError err;
    numbuf_init_fixed(&nb, text, sizeof text);
    NumfmtFloatStyle st = {.type = 'r'};
    bool whole = z.real == 0.0 && !signbit(z.real);
    if (!whole) {
        numbuf_put(&nb, '(');
        (void)numfmt_float_format(&nb, z.real, &st, &err);  // fits: the buffer is sized for it
        st.sign_plus = true;
    }
    (void)numfmt_float_format(&nb, z.imag, &st, &err);
    numbuf_put(&nb, 'j');
    if (!whole) numbuf_put(&nb, ')');
    return buf_append(out, text, nb.len);
}

static bool complex_repr_slot(Run *r, Value v, Buf *out) {
    (void)r;
    return complex_repr_into(out, as_complex(v));
}

static bool complex_truthy(Run *r, Value v, bool *out) {
    (void)r;
    Complex z = as_complex(v);
    *out = z.real != 0.0 || z.imag != 0.0;
    return true;
}

// ---- the constructor ----

static size_t skip_spaces(const char *s, size_t len, size_t i) {
    while (i < len && int_is_ascii_space(s[i])) i++;
    return i;
}

static bool is_j(const char *s, size_t len, size_t i) {
    return i < len && (s[i] == 'j' || s[i] == 'J');
}

// complex(text) on ASCII text without underscores, as CPython's complex_from_string_inner:
// [ws] ['(' [ws]] (x | xj | x+yj | x+j | +j | j) [ws] [')' [ws]], where x and y are what
// float() reads (inf and nan included) and + is either sign.
static bool complex_scan(const char *s, size_t len, Complex *out) {
    double x = 0.0, y = 0.0, z;
    size_t i = skip_spaces(s, len, 0);
    bool bracket = i < len && s[i] == '(';
    if (bracket) i = skip_spaces(s, len, i + 1);
    size_t n = numfmt_float_parse_prefix(s + i, len - i, &z);
    i += n;
    if (n == 0) {
        // +j, -j or j
        y = 1.0;
        if (i < len && (s[i] == '+' || s[i] == '-')) y = s[i++] == '+' ? 1.0 : -1.0;
        if (!is_j(s, len, i++)) return false;
    } else if (i < len && (s[i] == '+' || s[i] == '-')) {
        // x+yj or x+j
        x = z;
        n = numfmt_float_parse_prefix(s + i, len - i, &y);
        if (n == 0) y = s[i++] == '+' ? 1.0 : -1.0;
        i += n;
        if (!is_j(s, len, i++)) return false;
    } else if (is_j(s, len, i)) {
        y = z;
        i++;
    } else {
        x = z;
    }
    i = skip_spaces(s, len, i);
    if (bracket) {
        if (i >= len || s[i] != ')') return false;
        i = skip_spaces(s, len, i + 1);
    }
    *out = (Complex){x, y};
    return i == len;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// CPython's _Py_string_to_number_with_underscores, in place: each '_' must sit between two
// digits and is dropped. False when one does not, or on a NUL (CPython reads a C string).
static bool complex_drop_underscores(Buf *b) {
    size_t k = 0;
    char prev = 0;
    for (size_t i = 0; i < b->len; i++) {
        char c = b->data[i];
        if (c == '\0' || (c == '_' && !is_digit(prev)) || (prev == '_' && c != '_' && !is_digit(c))) {
            return false;
        }
        if (c != '_') b->data[k++] = c;
        prev = c;
    }
    b->len = k;
    return prev != '_';
}

// complex(src) for a str: Unicode digits and spaces mapped to ASCII, underscores dropped,
// then scanned.
static bool complex_parse(Run *r, Value src, Complex *out) {
    const ObjStr *s = as_str(src);
    const char *text = s->data;
    size_t len = s->len;
    Buf tmp;
    buf_init(&tmp, r);
    bool ok = false;
    if (!s->ascii) {
        if (!int_ascii_digits(&tmp, text, len)) goto done;
        text = tmp.data;
        len = tmp.len;
    }
    if (memchr(text, '_', len)) {
        if (text != tmp.data && !buf_append(&tmp, text, len)) goto done;
        if (!complex_drop_underscores(&tmp)) {
            exc_raise(r, &exc_ValueError, "could not convert string to complex: %R", src);
            goto done;
        }
        text = tmp.data;
        len = tmp.len;
    }
    ok = complex_scan(text, len, out);
    if (!ok) exc_raise(r, &exc_ValueError, "complex() arg is a malformed string");
done:
    buf_fini(&tmp);
    return ok;
}

// Whether complex() takes v as a real number: CPython asks for __float__ or __index__.
static bool complex_is_real(Value v) {
    v = boxed_unbox(v);
    if (int_check(v) || is_float(v)) return true;
    if (!container_is_user(v)) return false;
    const ObjType *t = value_type(v);
    return !is_undef(class_lookup(t, "__float__")) || !is_undef(class_lookup(t, "__index__"));
}

// v.__complex__() for an instance of a class that defines it (*found false otherwise); it
// must return a complex.
static bool complex_from_dunder(Run *r, Value v, bool *found, Complex *out) {
    Value res;
    if (!int_call_dunder(r, v, "__complex__", found, &res)) return false;
    if (!*found) return true;
    if (!is_complex(res)) {
        return exc_raise(r, &exc_TypeError, "__complex__ returned non-complex (type %T)", res);
    }
    *out = as_complex(res);
    return true;
}

// complex(x), one positional argument: a str to parse, or a number: a complex, anything with
// __complex__, __float__ or __index__.
static bool complex_from_one(Run *r, Value x, Value *out) {
    if (is_complex(x)) {
        *out = x;
        return true;
    }
    Complex z = {0.0, 0.0};
    bool found;
    if (is_str(boxed_unbox(x))) {
        if (!complex_parse(r, boxed_unbox(x), &z)) return false;
    } else if (!complex_from_dunder(r, x, &found, &z)) {
        return false;
    } else if (!found) {
        if (!complex_is_real(x)) {
            return exc_raise(r, &exc_TypeError,
                             "complex() argument must be a string or a number, not %T", x);
        }
        if (!number_to_double(r, x, &z.real)) return false;
    }
    return complex_new(r, z, out);
}

static bool complex_part_error(Run *r, const char *which, Value v) {
    return exc_raise(r, &exc_TypeError, "complex() argument '%s' must be a real number, not %T",
                     which, v);
}

// complex(real, imag), or with either given by name: real numbers, or complex ones (which
// CPython accepts with a DeprecationWarning), and `real` may have __complex__. Both types are
// checked before either converts, as CPython does. imag is undef when not given.
static bool complex_from_parts(Run *r, Value real, Value imag, Value *out) {
    Complex cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_complex = is_complex(real), ci_complex = is_complex(imag), found = false;
    if (is_str(boxed_unbox(real))) return complex_part_error(r, "real", real);
    if (cr_complex) cr = as_complex(real);
    else if (!complex_from_dunder(r, real, &found, &cr)) return false;
    cr_complex = cr_complex || found;
    if (!cr_complex && !complex_is_real(real)) return complex_part_error(r, "real", real);
    if (!is_undef(imag) && !ci_complex && !complex_is_real(imag)) {
        return complex_part_error(r, "imag", imag);
    }
    if (!cr_complex && !number_to_double(r, real, &cr.real)) return false;
    if (ci_complex) ci = as_complex(imag);
    else if (!is_undef(imag) && !number_to_double(r, imag, &ci.real)) return false;
    // real + imag * 1j, for parts that may themselves be complex
    if (is_undef(imag)) {
        ci.real = cr.imag;
    } else {
        if (ci_complex) cr.real -= ci.imag;
        if (cr_complex) ci.real += cr.imag;
    }
    return complex_new(r, (Complex){cr.real, ci.real}, out);
}

bool complex_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    // only a lone positional argument may be a string or a number with __complex__ alone
    if (a->npos == 1 && a->nkw == 0) return complex_from_one(r, a->pos[0], out);
    if (a->npos + a->nkw > 2) {
        return exc_raise(r, &exc_TypeError, "complex() takes at most 2 %sarguments (%u given)",
                         a->npos ? "" : "keyword ", a->npos + a->nkw);
    }
    static const char *const names[] = {"real", "imag"};
    static const ArgSpec spec = {"complex", names, 2, 0, 2, 0};
    Value p[2];
    if (!args_bind(r, a, &spec, p)) return false;
    return complex_from_parts(r, is_undef(p[0]) ? v_int(0) : p[0], p[1], out);
}

// complex.__new__(cls, ...): a class method here, so cls is the first argument.
static bool complex_m_new(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (a->npos == 0) return exc_raise(r, &exc_TypeError, "complex.__new__(): not enough arguments");
    Value cls = a->pos[0];
    if (value_type(cls) != &type_type) {
        return exc_raise(r, &exc_TypeError, "complex.__new__(X): X is not a type object (%T)",
                         cls);
    }
    const ObjType *t = (const ObjType *)cls.as.obj;
    if (!type_is_subtype(t, &type_complex)) {
        return exc_raise(r, &exc_TypeError, "complex.__new__(%s): %s is not a subtype of complex",
                         t->name, t->name);
    }
    Args rest = {a->pos + 1, a->npos - 1, a->nkw, a->kwvalues, a->kwnames};
    return complex_construct(r, cls, &rest, out);
}

// complex.from_number(number) (3.14): a number only, never a str.
static bool complex_m_from_number(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_one(r, a, "complex.from_number")) return false;
    Value x = a->pos[0];
    if (is_complex(x)) {
        *out = x;
        return true;
    }
    Complex z = {0.0, 0.0};
    bool found;
    if (!complex_from_dunder(r, x, &found, &z)) return false;
    if (!found && !number_to_double(r, x, &z.real)) return false;
    return complex_new(r, z, out);
}

// ---- methods and attributes ----

static bool complex_m_conjugate(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "complex.conjugate")) return false;
    Complex z = as_complex(self);
    return complex_new(r, (Complex){z.real, -z.imag}, out);
}

static bool complex_m_complex(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "complex.__complex__")) return false;
    *out = self;
    return true;
}

static bool complex_m_getnewargs(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "complex.__getnewargs__")) return false;
    Complex z = as_complex(self);
    Obj *t = tuple_pack2(r, float_from_double(r, z.real), float_from_double(r, z.imag));
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

static bool complex_m_format(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "complex.__format__")) return false;
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "__format__() argument must be str, not %T", a->pos[0]);
    }
    return format_spec(r, self, a->pos[0], out);
}

enum { COMPLEX_METHOD_COUNT = 6 };
// Sorted by name (strcmp order: '_' sorts before lower-case letters).
static const MethodDef complex_methods[COMPLEX_METHOD_COUNT] = {
    {"__complex__", complex_m_complex},
    {"__format__", complex_m_format},
    {"__getnewargs__", complex_m_getnewargs},
    {"__new__", complex_m_new, METHOD_CLASS},
    {"conjugate", complex_m_conjugate},
    {"from_number", complex_m_from_number, METHOD_CLASS},
};

// z.real, z.imag; *out undef for other names (methods come from the table).
static bool complex_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjStr *n = (ObjStr *)name;
    if (str_equal_cstr(n, "real")) *out = float_from_double(r, as_complex(v).real);
    else if (str_equal_cstr(n, "imag")) *out = float_from_double(r, as_complex(v).imag);
    else *out = v_undef();
    return true;
}

// The parts are members, not properties: CPython's message for them is its members'.
static bool complex_setattr(Run *r, Value v, Obj *name, Value val) {
    (void)v;
    (void)val;
    ObjStr *n = (ObjStr *)name;
    if (str_equal_cstr(n, "real") || str_equal_cstr(n, "imag")) {
        return exc_raise(r, &exc_AttributeError, "readonly attribute");
    }
    if (ops_type_method(&type_complex, n->data)) {
        return exc_raise(r, &exc_AttributeError, "'complex' object attribute '%s' is read-only",
                         n->data);
    }
    return exc_raise(r, &exc_AttributeError,
                     "'complex' object has no attribute '%s' and no __dict__ for setting new "
                     "attributes",
                     n->data);
}

const ObjType type_complex = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "complex",
    .id = TYPE_COMPLEX,
    .base_type = &type_object,
    .methods = complex_methods,
    .method_count = COMPLEX_METHOD_COUNT,
    .construct = complex_construct,
    .slots =
        {
            .repr = complex_repr_slot,
            .hash = complex_hash,
            .compare = complex_compare,
            .binary = complex_binary,
            .unary = complex_unary,
            .truthy = complex_truthy,
            .getattr = complex_getattr,
            .setattr = complex_setattr,
        },
};
