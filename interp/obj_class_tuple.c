// typing.NamedTuple classes: instances are tuples whose type is the class. The fields are the
// annotated names of the body (compile.c records them), their defaults the values assigned.
#include "interp/obj_class_tuple.h"

#include <string.h>

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_dict.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// The fields of the NamedTuple class c is or derives from.
static const ObjTuple *tuple_fields(const ObjClass *c) {
    const ObjTuple *mro = as_tuple(v_obj(c->mro));
    for (size_t k = 0; k < mro->len; k++) {
        const ObjType *t = (const ObjType *)mro->items[k].as.obj;
        if (!type_is_class(t)) continue;
        Value f = class_type_own(t, "_fields");
        if (is_tuple(f)) return as_tuple(f);
    }
    return NULL;
}

static Value field_default(const ObjClass *c, Value name) {
    Value d = class_lookup(&c->type, "_field_defaults");
    return is_dict(d) ? dict_get_str(d.as.obj, as_str(name)) : v_undef();
}

bool class_tuple_field(Value v, const ObjStr *name, Value *out) {
    const ObjTuple *fields = tuple_fields((const ObjClass *)v.as.obj->type);
    for (size_t k = 0; fields && k < fields->len && k < as_tuple(v)->len; k++) {
        if (str_equal(as_str(fields->items[k]), name)) {
            *out = as_tuple(v)->items[k];
            return true;
        }
    }
    return false;
}

bool class_tuple_repr(Run *r, Value v, Buf *out) {
    const ObjTuple *fields = tuple_fields((const ObjClass *)v.as.obj->type);
    if (!buf_printf(out, "%s(", v.as.obj->type->name)) return false;
    for (size_t k = 0; fields && k < fields->len && k < as_tuple(v)->len; k++) {
        if (!buf_printf(out, "%s%s=", k ? ", " : "", as_str(fields->items[k])->data) ||
            !ops_repr(r, as_tuple(v)->items[k], out)) {
            return false;
        }
    }
    return buf_append_char(out, ')');
}

// "P.__new__() missing 1 required positional argument: 'y'"
static bool tuple_missing(Run *r, const ObjClass *c, const ObjTuple *fields, const Value *vals) {
    Buf b;
    buf_init(&b, r);
    uint32_t total = 0, count = 0;
    for (size_t k = 0; k < fields->len; k++) total += is_undef(vals[k]);
    bool ok = true;
    for (size_t k = 0; ok && k < fields->len; k++) {
        if (!is_undef(vals[k])) continue;
        const char *sep = count == 0 ? "" : count + 1 == total ? (total > 2 ? ", and " : " and ") : ", ";
        ok = buf_printf(&b, "%s'%s'", sep, as_str(fields->items[k])->data);
        count++;
    }
    Obj *names = ok ? buf_to_str(&b) : NULL;
    if (!ok) buf_fini(&b);
    if (!names) return false;
    return exc_raise(r, &exc_TypeError, "%s.__new__() missing %u required positional argument%s: %s",
                     c->type.name, total, total == 1 ? "" : "s", as_str(v_obj(names))->data);
}

static bool tuple_bind(Run *r, const ObjClass *c, const ObjTuple *fields, const Args *a, Value *vals) {
    size_t n = fields->len, ndefault = 0;
    for (size_t k = 0; k < n; k++) ndefault += !is_undef(field_default(c, fields->items[k]));
    if (a->npos > n) {
        if (ndefault) {
            return exc_raise(r, &exc_TypeError, "%s.__new__() takes from %zu to %zu positional arguments but %u were given",
                             c->type.name, n - ndefault + 1, n + 1, a->npos + 1);
        }
        return exc_raise(r, &exc_TypeError, "%s.__new__() takes %zu positional arguments but %u were given",
                         c->type.name, n + 1, a->npos + 1);
    }
    for (size_t k = 0; k < n; k++) vals[k] = k < a->npos ? a->pos[k] : v_undef();
    for (uint32_t j = 0; j < a->nkw; j++) {
        const ObjStr *name = (const ObjStr *)a->kwnames[j];
        size_t k = 0;
        while (k < n && !str_equal(as_str(fields->items[k]), name)) k++;
        if (k == n) {
            return exc_raise(r, &exc_TypeError, "%s.__new__() got an unexpected keyword argument '%s'",
                             c->type.name, name->data);
        }
        if (!is_undef(vals[k])) {
            return exc_raise(r, &exc_TypeError, "%s.__new__() got multiple values for argument '%s'",
                             c->type.name, name->data);
        }
        vals[k] = a->kwvalues[j];
    }
    for (size_t k = 0; k < n; k++) {
        if (is_undef(vals[k])) vals[k] = field_default(c, fields->items[k]);
    }
    for (size_t k = 0; k < n; k++) {
        if (is_undef(vals[k])) return tuple_missing(r, c, fields, vals);
    }
    return true;
}

bool class_tuple_is_named(const ObjClass *c) {
    return tuple_fields(c) != NULL;
}

Obj **class_tuple_dict_slot(Value v) {
    ObjTuple *t = as_tuple(v);
    return (Obj **)(void *)&t->items[t->len];
}

// Every instance has room for an attribute dict past its items (used by plain tuple subclasses).
static ObjTuple *tuple_instance_alloc(Run *r, const ObjClass *c, size_t n) {
    return (ObjTuple *)gc_alloc(r, &c->type, sizeof(ObjTuple) + n * sizeof(Value) + sizeof(Obj *));
}

bool class_tuple_from(Run *r, const ObjClass *c, const Args *a, Value *out) {
    if (a && a->nkw) return exc_raise(r, &exc_TypeError, "tuple() takes no keyword arguments");
    if (a && a->npos > 1) return exc_raise(r, &exc_TypeError, "tuple expected at most 1 argument, got %u", a->npos);
    Obj *src = a && a->npos ? tuple_from_iterable(r, a->pos[0]) : tuple_new(r, 0);
    if (!src || !gc_push_root(r, v_obj(src))) return false;
    size_t n = ((ObjTuple *)src)->len;
    ObjTuple *t = tuple_instance_alloc(r, c, n);
    gc_pop_roots(r, 1);
    if (!t) return false;
    if (n) memcpy(t->items, ((ObjTuple *)src)->items, n * sizeof(Value));
    t->len = n;
    *out = v_obj(&t->base);
    return true;
}

bool class_tuple_new(Run *r, const ObjClass *c, const Args *a, Value *out) {
    const ObjTuple *fields = tuple_fields(c);
    size_t n = fields ? fields->len : 0;
    ObjTuple *t = tuple_instance_alloc(r, c, n);
    if (!t || !gc_push_root(r, v_obj(&t->base))) return false;
    t->len = 0;  // filled below; until then the collector sees no items
    bool ok = !fields || tuple_bind(r, c, fields, a, t->items);
    if (ok) t->len = n;
    gc_pop_roots(r, 1);
    *out = v_obj(&t->base);
    return ok;
}

// _asdict(): {field: value}
static bool tuple_asdict(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "_asdict", 0, 0)) return false;
    const ObjTuple *fields = tuple_fields((const ObjClass *)self.as.obj->type);
    Obj *d = dict_new(r);
    if (!d) return false;
    *out = v_obj(d);
    for (size_t k = 0; fields && k < fields->len && k < as_tuple(self)->len; k++) {
        if (!dict_set(r, d, fields->items[k], as_tuple(self)->items[k])) return false;
    }
    return true;
}

// _replace(**changes): a new instance
static bool tuple_replace(Run *r, Value self, const Args *a, Value *out) {
    const ObjClass *c = (const ObjClass *)self.as.obj->type;
    if (a->npos) {
        return exc_raise(r, &exc_TypeError, "%s._replace() takes 1 positional argument but %u were given",
                         c->type.name, a->npos + 1);
    }
    const ObjTuple *fields = tuple_fields(c);
    for (uint32_t j = 0; j < a->nkw; j++) {
        size_t k = 0;
        while (fields && k < fields->len && !str_equal(as_str(fields->items[k]), (const ObjStr *)a->kwnames[j])) k++;
        if (!fields || k == fields->len) {
            exc_raise(r, &exc_TypeError, "Got unexpected field names: ['%s']",
                      ((const ObjStr *)a->kwnames[j])->data);
            LIBFRAMES_ADD(r, LF_NT_REPLACE);
            return false;
        }
    }
    Args pos = {as_tuple(self)->items, (uint32_t)as_tuple(self)->len, 0, NULL, NULL};
    if (!class_tuple_new(r, c, &pos, out)) return false;
    for (uint32_t j = 0; j < a->nkw; j++) {
        for (size_t k = 0; k < fields->len; k++) {
            if (str_equal(as_str(fields->items[k]), (const ObjStr *)a->kwnames[j])) as_tuple(*out)->items[k] = a->kwvalues[j];
        }
    }
    return true;
}

// _make(iterable): a classmethod, a new instance from the iterable's items
static bool tuple_make(Run *r, Value self, const Args *a, Value *out) {
    if (a->npos != 1 || a->nkw) {
        return exc_raise(r, &exc_TypeError, "_make() takes 2 positional arguments but %u were given", a->npos + 1);
    }
    const ObjClass *c = (const ObjClass *)self.as.obj;
    Obj *items = tuple_from_iterable(r, a->pos[0]);
    if (!items || !gc_push_root(r, v_obj(items))) return false;
    const ObjTuple *t = (const ObjTuple *)items;
    const ObjTuple *fields = tuple_fields(c);
    bool ok = true;
    if (!fields || t->len != fields->len) {
        ok = exc_raise(r, &exc_TypeError, "Expected %zu arguments, got %zu", fields ? fields->len : 0, t->len);
        LIBFRAMES_ADD(r, LF_NT_MAKE);
    }
    Args pos = {(Value *)t->items, (uint32_t)t->len, 0, NULL, NULL};
    ok = ok && class_tuple_new(r, c, &pos, out);
    gc_pop_roots(r, 1);
    return ok;
}

#define TUPLE_METHOD(var, pyname, fn)                                         \
    static const MethodDef var##_def = {pyname, fn};                          \
    static const ObjBuiltin var = {                                           \
        .base = {.type = &type_builtin, .flags = OBJ_STATIC},                 \
        .def = &var##_def,                                                    \
        .self = {.tag = VAL_UNDEF},                                           \
        .owner = &type_object,                                                \
    };
TUPLE_METHOD(tuple_asdict_fn, "_asdict", tuple_asdict)
TUPLE_METHOD(tuple_replace_fn, "_replace", tuple_replace)
TUPLE_METHOD(tuple_make_fn, "_make", tuple_make)
#undef TUPLE_METHOD

static bool set_attr(Run *r, ObjClass *c, const char *name, Value v) {
    if (!gc_push_root(r, v)) return false;
    Obj *key = str_from_cstr(r, name);
    bool ok = key && dict_set(r, c->dict, v_obj(key), v);
    gc_pop_roots(r, 1);
    return ok;
}

bool class_tuple_setup(Run *r, ObjClass *c) {
    const ObjTuple *ann = c->annotated ? as_tuple(v_obj(c->annotated)) : NULL;
    size_t n = ann ? ann->len : 0;
    Obj *fields = tuple_new(r, n);
    if (!fields || !set_attr(r, c, "_fields", v_obj(fields))) return false;
    Obj *defaults = dict_new(r);
    if (!defaults || !set_attr(r, c, "_field_defaults", v_obj(defaults))) return false;
    Value last_default = v_undef();
    for (size_t k = 0; k < n; k++) {
        Value name = as_tuple(ann->items[k])->items[0];
        ((ObjTuple *)fields)->items[k] = name;
        Value d = dict_get_str(c->dict, as_str(name));
        if (!is_undef(d)) {
            last_default = name;
            if (!dict_set(r, defaults, name, d)) return false;
        } else if (!is_undef(last_default)) {
            return exc_raise(r, &exc_TypeError, "Non-default namedtuple field %s cannot follow default field %s",
                             as_str(name)->data, as_str(last_default)->data);
        }
    }
    ObjDescr *make = gc_new(r, ObjDescr, &type_classmethod);
    if (!make) return false;
    make->func = v_obj((Obj *)&tuple_make_fn.base);
    return set_attr(r, c, "_make", v_obj(&make->base)) &&
           set_attr(r, c, "_asdict", v_obj((Obj *)&tuple_asdict_fn.base)) &&
           set_attr(r, c, "_replace", v_obj((Obj *)&tuple_replace_fn.base));
}
