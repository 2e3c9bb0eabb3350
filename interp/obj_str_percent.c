// `format % args` for str and bytes, after CPython 3.14's unicode_format.c and bytesobject.c:
// the parsing of each conversion (mapping key, flags, width, precision, length modifier) and
// the choice of the argument; numfmt_percent renders and pads the values.
#include "interp/obj_str_percent.h"

#include <math.h>
#include <string.h>

#include "interp/container.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_bytes.h"
#include "interp/exc.h"
#include "interp/obj_class.h"
#include "interp/gc.h"
#include "interp/numfmt_percent.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_str_char.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// CPython's formatter state: `args` is the tuple, or a single value (arglen -1, argidx -2),
// or what the last %(key) looked up.
typedef struct Percent {
    Run *r;
    const char *data;  // the format
    size_t len;
    const ObjStr *str;  // the format as a str (for code point positions), NULL for bytes
    Value args;
    Value dict;  // the mapping for %(key), or undef
    int64_t arglen, argidx;
    uint32_t root;  // r->roots slot holding `args` once a key lookup replaced it
} Percent;

static bool percent_next_arg(Percent *p, Value *out) {
    if (p->argidx < p->arglen) {
        int64_t i = p->argidx++;
        *out = p->arglen < 0 ? p->args : as_tuple(p->args)->items[i];
        return true;
    }
    return exc_raise(p->r, &exc_TypeError, "not enough arguments for format string");
}

// %(key): looks key up in the mapping; it becomes the argument of this conversion.
static bool percent_key(Percent *p, size_t *pos) {
    Run *r = p->r;
    const char *s = p->data;
    size_t i = *pos + 1, len = p->len;
    if (is_undef(p->dict)) return exc_raise(r, &exc_TypeError, "format requires a mapping");
    int depth = 1;
    size_t start = i;
    while (depth > 0 && i < len) {
        if (s[i] == ')') depth--;
        else if (s[i] == '(') depth++;
        i++;
    }
    if (depth > 0) return exc_raise(r, &exc_ValueError, "incomplete format key");
    Obj *key = p->str ? str_new(r, s + start, i - 1 - start) : bytes_new(r, s + start, i - 1 - start);
    if (!key || !gc_push_root(r, v_obj(key))) return false;
    Value v;
    bool ok = ops_getitem(r, p->dict, v_obj(key), &v);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    p->args = v;
    r->roots[p->root] = v;
    p->arglen = -1;
    p->argidx = -2;
    *pos = i;
    return true;
}

// Width or precision from a '*': the next argument, which must be an int.
static bool percent_star(Percent *p, bool precision, int64_t *out) {
    Value v;
    if (!percent_next_arg(p, &v)) return false;
    if (!container_is_int(v)) return exc_raise(p->r, &exc_TypeError, "* wants int");
    if (!is_int(v) && !is_bool(v)) {
        return exc_raise(p->r, &exc_OverflowError, "Python int too large to convert to C %s",
                         precision ? "int" : "ssize_t");
    }
    *out = is_int(v) ? v.as.i : v.as.b;
    if (precision && (*out > INT32_MAX || *out < INT32_MIN)) {
        return exc_raise(p->r, &exc_OverflowError, "Python int too large to convert to C int");
    }
    return true;
}

static bool percent_digits(Percent *p, size_t *pos, int64_t max, const char *what, int64_t *out) {
    const char *s = p->data;
    int64_t v = 0;
    while (*pos < p->len && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = s[(*pos)++] - '0';
        if (v > (max - d) / 10) return exc_raise(p->r, &exc_ValueError, "%s too big", what);
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

// Everything between '%' and the conversion character; *pos ends on the conversion.
static bool percent_spec(Percent *p, size_t *pos, NumfmtPercent *f) {
    const char *s = p->data;
    size_t len = p->len;
    if (s[*pos] == '(' && !percent_key(p, pos)) return false;
    for (; *pos < len; (*pos)++) {
        char c = s[*pos];
        if (c == '-') f->left = true;
        else if (c == '+') f->plus = true;
        else if (c == ' ') f->space = true;
        else if (c == '#') f->alternate = true;
        else if (c == '0') f->zero = true;
        else break;
    }
    if (*pos < len && s[*pos] == '*') {
        (*pos)++;
        if (!percent_star(p, false, &f->width)) return false;
        if (f->width < 0) {
            f->left = true;
            f->width = f->width == INT64_MIN ? INT64_MAX : -f->width;
        }
    } else if (*pos < len && s[*pos] >= '0' && s[*pos] <= '9') {
        if (!percent_digits(p, pos, INT64_MAX, "width", &f->width)) return false;
    }
    if (*pos < len && s[*pos] == '.') {
        (*pos)++;
        f->precision = 0;
        if (*pos < len && s[*pos] == '*') {
            (*pos)++;
            if (!percent_star(p, true, &f->precision)) return false;
            if (f->precision < 0) f->precision = 0;
        } else if (!percent_digits(p, pos, INT32_MAX, "precision", &f->precision)) {
            return false;
        }
    }
    if (*pos < len && (s[*pos] == 'h' || s[*pos] == 'l' || s[*pos] == 'L')) (*pos)++;
    if (*pos >= len) return exc_raise(p->r, &exc_ValueError, "incomplete format");
    return true;
}

// ---- rendering one conversion ----

static bool percent_text(Run *r, const char *s, size_t len, const NumfmtPercent *f, Buf *out) {
    if (f->width < 0 && f->precision < 0) return buf_append(out, s, len);
    NumBuf nb;
    NumfmtError err;
    buf_numbuf(out, &nb);
    bool ok = numfmt_percent_text(&nb, s, len, f, &err);
    buf_numbuf_done(out, &nb);
    return ok || str_raise_numfmt(r, &err);
}

// %s %r %a: the value's str, repr or ascii, then padded and cut.
static bool percent_object(Run *r, Value v, const NumfmtPercent *f, Buf *out) {
    if (f->conv == 's' && is_str(v)) return percent_text(r, as_str(v)->data, as_str(v)->len, f, out);
    Buf tmp, esc;
    buf_init(&tmp, r);
    buf_init(&esc, r);
    tmp.depth = out->depth;
    bool ok = f->conv == 's' ? ops_str(r, v, &tmp) : ops_repr(r, v, &tmp);
    Buf *text = &tmp;
    if (ok && f->conv == 'a') {
        ok = str_ascii_escape_into(&esc, tmp.data ? tmp.data : "", tmp.len);
        text = &esc;
    }
    ok = ok && percent_text(r, text->data ? text->data : "", text->len, f, out);
    buf_fini(&tmp);
    buf_fini(&esc);
    return ok;
}

static bool percent_char(Run *r, Value v, const NumfmtPercent *f, Buf *out) {
    if (is_str(v)) {
        if (as_str(v)->chars != 1) {
            return exc_raise(r, &exc_TypeError,
                             "%%c requires an int or a unicode character, not a string of length %zu",
                             as_str(v)->chars);
        }
        return percent_text(r, as_str(v)->data, as_str(v)->len, f, out);
    }
    if (!container_is_int(v)) {
        return exc_raise(r, &exc_TypeError, "%%c requires an int or a unicode character, not %s",
                         value_type_name(v));
    }
    NumBuf nb;
    NumfmtError err;
    IntView iv;
    buf_numbuf(out, &nb);
    bool ok = numfmt_percent_char(&nb, int_as_numfmt(v, &iv), f, &err);
    buf_numbuf_done(out, &nb);
    return ok || str_raise_numfmt(r, &err);
}

// %d of a float: int(x), truncated; *big receives huge values.
static bool percent_float_to_int(Run *r, double x, NumfmtInt *out, mpz_t big) {
    if (isnan(x)) return exc_raise(r, &exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(x)) {
        return exc_raise(r, &exc_OverflowError, "cannot convert float infinity to integer");
    }
    double t = trunc(x);
    if (t >= -9.2e18 && t <= 9.2e18) {
        *out = numfmt_int_small((int64_t)t);
        return true;
    }
    mpz_set_d(big, t);  // at most 1024 bits: not worth accounting
    *out = numfmt_int_big(big);
    return true;
}

// An instance of a class as an int for %d (__index__, else __int__) or %x and %o (__index__).
static bool percent_user_int(Run *r, Value *v, bool decimal) {
    bool found;
    Value res;
    if (!class_index(r, *v, &res, &found)) return false;
    if (!found && decimal && !class_call_dunder(r, *v, "__int__", NULL, 0, &res, &found)) return false;
    if (!found) return true;
    if (!container_is_int(res)) {
        return exc_raise(r, &exc_TypeError, "__int__ returned non-int (type %s)", value_type_name(res));
    }
    *v = res;
    return true;
}

static bool percent_int(Run *r, Value v, const NumfmtPercent *f, Buf *out) {
    bool decimal = f->conv == 'd' || f->conv == 'i' || f->conv == 'u';
    if (type_is_class(value_type(v)) && !percent_user_int(r, &v, decimal)) return false;
    NumfmtInt n;
    mpz_t big;
    mpz_init(big);
    bool ok = true;
    IntView iv;
    if (container_is_int(v)) {
        n = int_as_numfmt(v, &iv);
    } else if (decimal && is_float(v)) {
        ok = percent_float_to_int(r, v.as.f, &n, big);
    } else if (decimal) {
        ok = exc_raise(r, &exc_TypeError, "%%%c format: a real number is required, not %s",
                       f->conv, value_type_name(v));
    } else {
        ok = exc_raise(r, &exc_TypeError, "%%%c format: an integer is required, not %s", f->conv,
                       value_type_name(v));
    }
    if (ok) {
        NumBuf nb;
        NumfmtError err;
        buf_numbuf(out, &nb);
        ok = numfmt_percent_int(&nb, n, f, &err);
        buf_numbuf_done(out, &nb);
        if (!ok) str_raise_numfmt(r, &err);
    }
    mpz_clear(big);
    return ok;
}

static bool percent_float(Run *r, Value v, const NumfmtPercent *f, Buf *out) {
    double x;
    NumfmtError err;
    if (!number_to_double(r, v, &x)) return false;
    NumBuf nb;
    buf_numbuf(out, &nb);
    bool ok = numfmt_percent_float(&nb, x, f, &err);
    buf_numbuf_done(out, &nb);
    return ok || str_raise_numfmt(r, &err);
}

// %s %b %r %a %c of a bytes format.
static bool percent_bytes_object(Run *r, Value v, const NumfmtPercent *f, Buf *out) {
    if (f->conv == 'r' || f->conv == 'a') {
        NumfmtPercent g = *f;
        g.conv = 'a';
        return percent_object(r, v, &g, out);
    }
    if (f->conv == 'c') {
        if (is_bytes(v) && as_bytes(v)->len == 1) return percent_text(r, as_bytes(v)->data, 1, f, out);
        if (is_bytes(v)) {
            return exc_raise(r, &exc_TypeError,
                             "%%c requires an integer in range(256) or a single byte, not a bytes "
                             "object of length %zu",
                             as_bytes(v)->len);
        }
        int64_t c;
        if (!container_is_int(v)) {
            return exc_raise(r, &exc_TypeError,
                             "%%c requires an integer in range(256) or a single byte, not %s",
                             value_type_name(v));
        }
        if (!is_int(v) && !is_bool(v)) c = -1;
        else c = is_int(v) ? v.as.i : v.as.b;
        if (c < 0 || c > 255) return exc_raise(r, &exc_OverflowError, "%%c arg not in range(256)");
        char byte = (char)c;
        return percent_text(r, &byte, 1, f, out);
    }
    if (!is_byteslike(v)) {
        return exc_raise(r, &exc_TypeError,
                         "%%b requires a bytes-like object, or an object that implements __bytes__, "
                         "not '%s'",
                         value_type_name(v));
    }
    return percent_text(r, bytes_storage(v)->data, bytes_storage(v)->len, f, out);
}

// One conversion starting after its '%'.
static bool percent_conversion(Percent *p, size_t *pos, Buf *out) {
    Run *r = p->r;
    NumfmtPercent f;
    numfmt_percent_init(&f, 's');
    if (!percent_spec(p, pos, &f)) return false;
    size_t at = *pos;
    uint32_t conv = p->str ? str_char_decode(p->data, pos) : (unsigned char)p->data[(*pos)++];
    Value v;
    if (!percent_next_arg(p, &v)) return false;
    f.conv = (char)conv;
    switch (conv) {
    case 'b':
        if (p->str) break;
        f.conv = 's';
        return percent_bytes_object(r, v, &f, out);
    case 's': case 'r': case 'a': case 'c':
        if (!p->str) return percent_bytes_object(r, v, &f, out);
        return conv == 'c' ? percent_char(r, v, &f, out) : percent_object(r, v, &f, out);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': return percent_int(r, v, &f, out);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': return percent_float(r, v, &f, out);
    default: break;
    }
    char hex[9];
    return exc_raise(r, &exc_ValueError, "unsupported format character '%c' (0x%s) at index %zu",
                     conv >= 32 && conv <= 126 ? (int)conv : '?', str_hex_text(conv, hex),
                     p->str ? str_char_index(p->str, at) : at);
}

static bool percent_run(Percent *p, Buf *out) {
    const char *s = p->data;
    size_t len = p->len, i = 0;
    while (i < len) {
        const char *pct = memchr(s + i, '%', len - i);
        size_t lit = pct ? (size_t)(pct - s) : len;
        if (!buf_append(out, s + i, lit - i)) return false;
        if (!pct) break;
        i = lit + 1;
        if (i >= len) return exc_raise(p->r, &exc_ValueError, "incomplete format");
        if (s[i] == '%') {
            if (!buf_append_char(out, '%')) return false;
            i++;
            continue;
        }
        if (!percent_conversion(p, &i, out)) return false;
    }
    if (p->argidx < p->arglen && is_undef(p->dict)) {
        return exc_raise(p->r, &exc_TypeError, "not all arguments converted during %s formatting",
                         p->str ? "string" : "bytes");
    }
    return true;
}

static bool percent_start(Percent *p, Value args, Buf *b) {
    Run *r = p->r;
    p->args = args;
    p->dict = v_undef();
    if (is_tuple(args)) {
        p->arglen = (int64_t)as_tuple(args)->len;
        p->argidx = 0;
    } else {
        p->arglen = -1;
        p->argidx = -2;
        // CPython's PyMapping_Check: anything subscriptable but a tuple or str (and, for
        // bytes formatting, bytes and bytearray)
        bool excluded = is_str(args) || (!p->str && is_byteslike(args));
        if (!excluded && value_type(args)->slots.getitem) p->dict = args;
    }
    p->root = r->root_count;
    if (!gc_push_root(r, args)) return false;
    buf_init(b, r);
    bool ok = percent_run(p, b);
    gc_pop_roots(r, 1);
    if (!ok) buf_fini(b);
    return ok;
}

bool str_percent(Run *r, ObjStr *format, Value args, Value *out) {
    Percent p = {.r = r, .data = format->data, .len = format->len, .str = format};
    Buf b;
    if (!percent_start(&p, args, &b)) return false;
    Obj *res = buf_to_str(&b);
    if (!res) return false;
    *out = v_obj(res);
    return true;
}

bool str_percent_bytes(Run *r, ObjBytes *format, Value args, Value *out) {
    Percent p = {.r = r, .data = format->data, .len = format->len, .str = NULL};
    Buf b;
    if (!percent_start(&p, args, &b)) return false;
    Obj *res = bytes_new(r, b.data ? b.data : "", b.len);
    buf_fini(&b);
    if (!res) return false;
    *out = v_obj(res);
    return true;
}
