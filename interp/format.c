// format(value, spec), f-string conversions: dispatch to numfmt for numbers and strings,
// str() for other types with an empty spec, and CPython's TypeError otherwise.
#include "interp/format.h"

#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/numfmt_spec.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_complex.h"
#include "interp/obj_int.h"
#include "interp/obj_str.h"
#include "interp/ops.h"

// ascii(): repr with every non-ASCII code point escaped.
static bool format_ascii(Run *r, Value v, Value *out) {
    Buf b;
    buf_init(&b, r);
    if (!ops_repr(r, v, &b)) {
        buf_fini(&b);
        return false;
    }
    Buf e;
    buf_init(&e, r);
    size_t pos = 0;
    bool ok = true;
    while (pos < b.len && ok) {
        unsigned char c = (unsigned char)b.data[pos];
        if (c < 0x80) {
            ok = buf_append_char(&e, (char)c);
            pos++;
            continue;
        }
        uint32_t cp = numfmt_utf8_next(b.data, b.len, &pos);
        if (cp <= 0xFF) ok = buf_printf(&e, "\\x%02x", cp);
        else if (cp <= 0xFFFF) ok = buf_printf(&e, "\\u%04x", cp);
        else ok = buf_printf(&e, "\\U%08x", cp);
    }
    buf_fini(&b);
    if (!ok) {
        buf_fini(&e);
        return false;
    }
    Obj *s = buf_to_str(&e);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool format_fail(Run *r, const NumfmtError *err) {
    if (err->status == NUMFMT_MEMORY_ERROR) {
        if (r->abort == ABORT_NONE) r->abort = ABORT_MEMORY;
        return false;
    }
    char msg[1024];
    NumBuf nb;
    numbuf_init_fixed(&nb, msg, sizeof msg - 1);
    NumfmtError err2;
    (void)numfmt_error_text(err, &nb, &err2);
    msg[nb.len] = '\0';
    const ObjType *cls = err->status == NUMFMT_OVERFLOW_ERROR ? &exc_OverflowError : &exc_ValueError;
    return exc_raise(r, cls, "%s", msg);
}

bool format_spec(Run *r, Value value, Value spec, Value *out) {
    const ObjType *t = value_type(value);
    ObjStr *s = as_str(spec);
    NumfmtKind kind;
    if (type_is_class(t)) {
        // a __format__ of the class's own; int's, float's and str's are the code below
        bool found = false;
        if (!is_undef(class_lookup(t, "__format__")) &&
            !class_call_dunder(r, value, "__format__", &spec, 1, out, &found)) {
            return false;
        }
        if (found && !is_str(*out)) {
            return exc_raise(r, &exc_TypeError, "__format__ must return a str, not %s", value_type_name(*out));
        }
        if (found) return true;
        if (s->len && is_boxed(value)) {  // int's, float's or str's own __format__
            value = boxed_unbox(value);
            t = value_type(value);
        }
    }
    if (t == &type_str) kind = NUMFMT_KIND_STR;
    else if (t == &type_float || t == &type_complex) kind = NUMFMT_KIND_FLOAT;
    else if (t == &type_int || t == &type_bool) kind = NUMFMT_KIND_INT;
    else if (s->len == 0) return ops_str_value(r, value, out);
    else {
        return exc_raise(r, &exc_TypeError, "unsupported format string passed to %s.__format__",
                         t->name);
    }
    if (s->len == 0 && t != &type_float) return ops_str_value(r, value, out);
    NumfmtSpec ns;
    NumfmtError err;
    numfmt_spec_init(&ns, kind, t->name);
    if (!numfmt_spec_parse(&ns, s->data, s->len, &err)) return format_fail(r, &err);
    Buf b;
    buf_init(&b, r);
    NumBuf nb;
    buf_numbuf(&b, &nb);
    bool ok;
    if (kind == NUMFMT_KIND_STR) {
        ok = numfmt_format_str(&nb, as_str(value)->data, as_str(value)->len, &ns, &err);
    } else if (t == &type_complex) {
        Complex z = as_complex(value);
        ok = numfmt_format_complex(&nb, z.real, z.imag, &ns, &err);
    } else if (kind == NUMFMT_KIND_FLOAT) {
        ok = numfmt_format_float(&nb, value.as.f, &ns, &err);
    } else {
        IntView view;
        ok = numfmt_format_int(&nb, int_as_numfmt(value, &view), &ns, &err);
    }
    buf_numbuf_done(&b, &nb);
    if (!ok) {
        buf_fini(&b);
        return format_fail(r, &err);
    }
    Obj *res = buf_to_str(&b);
    if (!res) return false;
    *out = v_obj(res);
    return true;
}

bool format_value(Run *r, Value value, int conv, Value spec, Value *out) {
    Value v = value;
    if (conv == 1 && !ops_str_value(r, value, &v)) return false;
    if (conv == 2 && !ops_repr_value(r, value, &v)) return false;
    if (conv == 3 && !format_ascii(r, value, &v)) return false;
    if (is_undef(spec)) {
        if (is_str(v)) {
            *out = v;
            return true;
        }
        // f"{x}" is format(x, ""): a class may define __format__
        if (!type_is_class(value_type(v))) return ops_str_value(r, v, out);
        spec = v_obj(str_empty());
    }
    if (!gc_push_root(r, v)) return false;
    bool ok = format_spec(r, v, spec, out);
    gc_pop_roots(r, 1);
    return ok;
}
