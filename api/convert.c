// Values across the boundary: a run's values out to the host (call arguments) and the host's
// MoatValues into a run (inputs, call results). Both directions distrust what they get:
// depth is bounded (cycles and deep nests end there), and everything a run receives goes
// through its allocator and limits.
#include "api/convert.h"

#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/value.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_bytes.h"
#include "interp/obj_dict.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// guard: nesting of values either way; a cyclic list reaches it too
enum { CONVERT_MAX_DEPTH = 200 };

// The text naming `who` in a message, in buf.
static const char *who_text(ConvertWho who, char *buf, size_t cap) {
    switch (who.role) {
    case CONVERT_CALL_ARGS: snprintf(buf, cap, "external function '%.100s'", who.fn); break;
    case CONVERT_CALL_RESULT:
        snprintf(buf, cap, "the value external function '%.100s' returned", who.fn);
        break;
    case CONVERT_INPUT: snprintf(buf, cap, "an input value"); break;
    }
    return buf;
}

// ---- out of a run ----

typedef struct Out {
    Run *r;
    ConvertWho who;  // who the values go to, for messages
} Out;

static bool out_refuse(Out *o, Value v, const char *why) {
    char who[160];
    return exc_raise(o->r, &exc_TypeError, "cannot pass %s to %s: %s", why,
                     who_text(o->who, who, sizeof who), value_type_name(v));
}

static bool out_value(Out *o, Value v, int depth, MoatValue **res);

static bool out_items(Out *o, MoatValueKind kind, const Value *items, size_t n, int depth,
                      MoatValue **res) {
    MoatValue *c = moat_value_container(kind);
    if (!c) return exc_raise(o->r, &exc_MemoryError, "");
    for (size_t k = 0; k < n; k++) {
        MoatValue *item;
        if (!out_value(o, items[k], depth + 1, &item)) {
            moat_value_free(c);
            return false;
        }
        if (moat_value_append(c, item) != MOAT_OK) {
            moat_value_free(c);
            return exc_raise(o->r, &exc_MemoryError, "");
        }
    }
    *res = c;
    return true;
}

static bool out_int(Out *o, Value v, MoatValue **res) {
    if (is_int(v)) {
        *res = moat_value_int(v.as.i);
    } else {
        Buf b;
        buf_init(&b, o->r);
        if (!int_text_into(o->r, v, 10, &b) || !buf_append_char(&b, '\0')) {
            buf_fini(&b);
            return false;
        }
        *res = moat_value_int_decimal(b.data);
        buf_fini(&b);
    }
    return *res ? true : exc_raise(o->r, &exc_MemoryError, "");
}

static bool out_value(Out *o, Value v, int depth, MoatValue **res) {
    *res = NULL;
    if (depth > CONVERT_MAX_DEPTH) return out_refuse(o, v, "a value nested this deeply (or cyclic)");
    switch (v.tag) {
    case VAL_NONE: *res = moat_value_none(); break;
    case VAL_BOOL: *res = moat_value_bool(v.as.b); break;
    case VAL_INT: return out_int(o, v, res);
    case VAL_FLOAT:  // a NaN's identity (obj_float.h) stays inside the run
        *res = moat_value_float(isnan(v.as.f) ? copysign(NAN, v.as.f) : v.as.f);
        break;
    case VAL_UNDEF: return out_refuse(o, v, "an unbound value");
    case VAL_OBJ:
        if (is_bigint(v)) return out_int(o, v, res);
        if (is_str(v)) {
            const ObjStr *s = as_str(v);
            *res = moat_value_str(s->data, s->len);
            if (!*res && !value_utf8_valid(s->data, s->len)) return out_refuse(o, v, "a str with surrogates");
        } else if (is_bytes(v)) {
            const ObjBytes *b = (const ObjBytes *)v.as.obj;
            *res = moat_value_bytes(b->data, b->len);
        } else if (is_list(v)) {
            const ObjList *l = (const ObjList *)v.as.obj;
            return out_items(o, MOAT_VALUE_LIST, l->items, l->len, depth, res);
        } else if (is_tuple(v)) {
            const ObjTuple *t = (const ObjTuple *)v.as.obj;
            return out_items(o, MOAT_VALUE_TUPLE, t->items, t->len, depth, res);
        } else if (is_anyset(v)) {
            MoatValue *c = moat_value_container(is_frozenset(v) ? MOAT_VALUE_FROZENSET : MOAT_VALUE_SET);
            size_t pos = 0;
            Value key;
            while (c && set_next(v.as.obj, &pos, &key)) {
                MoatValue *item;
                if (!out_value(o, key, depth + 1, &item)) {
                    moat_value_free(c);
                    return false;
                }
                if (moat_value_append(c, item) != MOAT_OK) {
                    moat_value_free(c);
                    c = NULL;
                }
            }
            *res = c;
        } else if (is_dict(v)) {
            MoatValue *d = moat_value_container(MOAT_VALUE_DICT);
            size_t pos = 0;
            Value key, val;
            while (d && dict_next(v.as.obj, &pos, &key, &val)) {
                MoatValue *mk, *mv;
                if (!out_value(o, key, depth + 1, &mk)) {
                    moat_value_free(d);
                    return false;
                }
                if (!out_value(o, val, depth + 1, &mv)) {
                    moat_value_free(mk);
                    moat_value_free(d);
                    return false;
                }
                if (moat_value_dict_set(d, mk, mv) != MOAT_OK) {
                    moat_value_free(d);
                    d = NULL;
                }
            }
            *res = d;
        } else {
            return out_refuse(o, v, "an object of this type (only None, bool, int, float, str, "
                                    "bytes, list, tuple, dict, set and frozenset cross)");
        }
        break;
    }
    return *res ? true : exc_raise(o->r, &exc_MemoryError, "");
}

bool convert_out(Run *r, Value v, ConvertWho who, MoatValue **out) {
    Out o = {r, who};
    return out_value(&o, v, 0, out);
}

// ---- into a run ----

typedef struct In {
    Run *r;
    ConvertWho who;  // who the values come from, for messages
} In;

static bool in_value(In *in, const MoatValue *m, int depth, Value *out);

static const ObjType *const exc_classes[] = {
#define EXC_ADDRESS(name, base) &exc_##name,
    EXC_CLASSES(EXC_ADDRESS)
#undef EXC_ADDRESS
};

// The built-in exception class named `name`, if it derives from Exception; else RuntimeError.
static const ObjType *in_exception_class(const char *name) {
    for (size_t k = 0; k < sizeof exc_classes / sizeof *exc_classes; k++) {
        if (strcmp(exc_classes[k]->name, name) == 0 && type_is_subtype(exc_classes[k], &exc_Exception)) {
            return exc_classes[k];
        }
    }
    return &exc_RuntimeError;
}

static bool in_int_digits(In *in, const char *digits, Value *out) {
    size_t n = strlen(digits);
    bool neg = digits[0] == '-';
    // guard: the memory limit before GMP allocates (log2(10) < 3.33 bits a digit)
    if (!int_reserve(in->r, (uint64_t)n * 10 / 3 + 64)) return false;
    mpz_t z;
    mpz_init(z);
    bool ok = int_parse_literal(digits + neg, n - neg, 10, z);
    if (neg) mpz_neg(z, z);
    char who[160];
    ok = ok ? int_from_mpz(in->r, z, out)
            : exc_raise(in->r, &exc_ValueError, "%s: malformed int", who_text(in->who, who, sizeof who));
    mpz_clear(z);
    return ok;
}

// Items of a list, tuple, set or frozenset into a fresh list, rooted by the caller's slot.
static bool in_items(In *in, const MoatValue *m, int depth, Obj *list) {
    for (size_t k = 0; k < m->len; k++) {
        Value item;
        if (!in_value(in, m->items[k], depth + 1, &item) || !list_append_obj(in->r, list, item)) return false;
    }
    return true;
}

static bool in_container(In *in, const MoatValue *m, int depth, Value *out) {
    Run *r = in->r;
    Obj *c = m->kind == MOAT_VALUE_DICT ? dict_new(r)
             : m->kind == MOAT_VALUE_SET || m->kind == MOAT_VALUE_FROZENSET
                 ? set_new(r, m->kind == MOAT_VALUE_FROZENSET)
                 : list_new(r, 0);
    if (!c || !gc_push_root(r, v_obj(c))) return false;
    bool ok = true;
    if (m->kind == MOAT_VALUE_DICT) {
        for (size_t k = 0; ok && k < m->len; k++) {
            Value key, val;
            ok = in_value(in, m->items[2 * k], depth + 1, &key) && gc_push_root(r, key);
            if (!ok) break;
            ok = in_value(in, m->items[2 * k + 1], depth + 1, &val) && dict_set(r, c, key, val);
            gc_pop_roots(r, 1);
        }
    } else if (m->kind == MOAT_VALUE_SET || m->kind == MOAT_VALUE_FROZENSET) {
        for (size_t k = 0; ok && k < m->len; k++) {
            Value item;
            ok = in_value(in, m->items[k], depth + 1, &item) && set_add(r, c, item);
        }
    } else {
        ok = in_items(in, m, depth, c);
    }
    if (ok && m->kind == MOAT_VALUE_TUPLE) {
        const ObjList *l = (const ObjList *)c;
        Obj *t = tuple_new(r, l->len);
        if (t && l->len) memcpy(((ObjTuple *)t)->items, l->items, l->len * sizeof(Value));
        ok = t != NULL;
        c = t;
    }
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(c);
    return ok;
}

static bool in_value(In *in, const MoatValue *m, int depth, Value *out) {
    Run *r = in->r;
    // guard: deep host data would otherwise recurse here without end
    if (depth > CONVERT_MAX_DEPTH) {
        char who[160];
        return exc_raise(r, &exc_ValueError, "%s is nested too deeply",
                         who_text(in->who, who, sizeof who));
    }
    switch (m->kind) {
    case MOAT_VALUE_NONE: *out = v_none(); return true;
    case MOAT_VALUE_BOOL: *out = v_bool(m->b); return true;
    case MOAT_VALUE_INT:
        if (!m->digits) {
            *out = v_int(m->i);
            return true;
        }
        return in_int_digits(in, m->digits, out);
    case MOAT_VALUE_FLOAT: *out = float_from_double(r, m->f); return true;
    case MOAT_VALUE_STR: {
        Obj *s = str_new(r, m->data, m->len);
        if (s) *out = v_obj(s);
        return s != NULL;
    }
    case MOAT_VALUE_BYTES: {
        Obj *b = bytes_new(r, m->data, m->len);
        if (b) *out = v_obj(b);
        return b != NULL;
    }
    case MOAT_VALUE_EXCEPTION: {
        Obj *msg = m->message ? str_from_cstr(r, m->message) : NULL;
        if (m->message && (!msg || !gc_push_root(r, v_obj(msg)))) return false;
        Obj *args = tuple_new(r, msg ? 1 : 0);
        if (msg) gc_pop_roots(r, 1);
        if (!args) return false;
        if (msg) ((ObjTuple *)args)->items[0] = v_obj(msg);
        if (!gc_push_root(r, v_obj(args))) return false;
        Obj *e = exc_new(r, in_exception_class(m->data), args);
        gc_pop_roots(r, 1);
        if (e) *out = v_obj(e);
        return e != NULL;
    }
    default: return in_container(in, m, depth, out);
    }
}

bool convert_in(Run *r, const MoatValue *m, ConvertWho who, Value *out) {
    In in = {r, who};
    return in_value(&in, m, 0, out);
}
