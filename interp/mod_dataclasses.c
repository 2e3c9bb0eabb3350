// dataclasses: @dataclass, field(), fields(), asdict(), astuple(), replace(), is_dataclass()
// and FrozenInstanceError, with CPython 3.14's behaviour and messages. The fields are the
// names the class body annotated, which the compiler records (annotations are never
// evaluated); the generated methods are static built-ins that find the fields through the
// class of self.
#include "interp/mod_dataclasses.h"

#include <stdio.h>
#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/modules.h"
#include "interp/obj_class.h"
#include "interp/obj_class_slots.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "parser/ast.h"

enum { FIELD_PLAIN = 0, FIELD_CLASSVAR = 1, FIELD_INITVAR = 2, FIELD_KW_ONLY_MARK = 3 };

typedef struct ObjField {
    Obj base;
    Value name;     // str (None until the class is processed)
    Value type;     // the evaluated annotation (None until the class is processed)
    Value dflt;     // the default, or MISSING
    Value factory;  // default_factory, or MISSING
    Value hash;     // None, or a bool
    Value kw_only;  // MISSING until processed, then a bool
    Value metadata; // the mapping given to field(), or None
    Value doc;      // None, or the doc given to field()
    bool init, repr, compare;
    int kind;       // FIELD_PLAIN or FIELD_INITVAR
} ObjField;

static bool missing_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "<dataclasses._MISSING_TYPE object at 0x%llx>",
                      (unsigned long long)run_object_id(r, v.as.obj));
}

static const ObjType type_missing = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_MISSING_TYPE",
    .module = "dataclasses",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.repr = missing_repr},
};
static const Obj obj_missing = {.type = &type_missing, .flags = OBJ_STATIC};

static Value missing(void) {
    return v_obj((Obj *)&obj_missing);
}
static bool is_missing(Value v) {
    return v.tag == VAL_OBJ && v.as.obj == &obj_missing;
}

// ---- Field ----

static void field_trace(Run *r, Obj *o) {
    ObjField *f = (ObjField *)o;
    gc_mark_value(r, f->name);
    gc_mark_value(r, f->type);
    gc_mark_value(r, f->dflt);
    gc_mark_value(r, f->factory);
    gc_mark_value(r, f->hash);
    gc_mark_value(r, f->kw_only);
    gc_mark_value(r, f->metadata);
    gc_mark_value(r, f->doc);
}

static bool field_repr(Run *r, Value v, Buf *out) {
    ObjField *f = (ObjField *)v.as.obj;
    return buf_append_cstr(out, "Field(name=") && ops_repr(r, f->name, out) &&
           buf_append_cstr(out, ",type=") && ops_repr(r, f->type, out) &&
           buf_append_cstr(out, ",default=") && ops_repr(r, f->dflt, out) &&
           buf_append_cstr(out, ",default_factory=") && ops_repr(r, f->factory, out) &&
           buf_printf(out, ",init=%s,repr=%s,", f->init ? "True" : "False", f->repr ? "True" : "False") &&
           buf_append_cstr(out, "hash=") && ops_repr(r, f->hash, out) &&
           buf_printf(out, ",compare=%s,", f->compare ? "True" : "False") &&
           buf_append_cstr(out, "kw_only=") && ops_repr(r, f->kw_only, out) && buf_append_char(out, ')');
}

static bool field_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjField *f = (ObjField *)v.as.obj;
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "name")) *out = f->name;
    else if (str_equal_cstr(n, "type")) *out = f->type;
    else if (str_equal_cstr(n, "default")) *out = f->dflt;
    else if (str_equal_cstr(n, "default_factory")) *out = f->factory;
    else if (str_equal_cstr(n, "init")) *out = v_bool(f->init);
    else if (str_equal_cstr(n, "repr")) *out = v_bool(f->repr);
    else if (str_equal_cstr(n, "compare")) *out = v_bool(f->compare);
    else if (str_equal_cstr(n, "hash")) *out = f->hash;
    else if (str_equal_cstr(n, "kw_only")) *out = f->kw_only;
    else if (str_equal_cstr(n, "doc")) *out = f->doc;
    else if (str_equal_cstr(n, "metadata")) {
        // CPython wraps it in a read-only mappingproxy; moat gives the mapping (a fresh empty
        // dict when none was given).
        if (!is_none(f->metadata)) *out = f->metadata;
        else {
            Obj *d = dict_new(r);
            if (!d) return false;
            *out = v_obj(d);
        }
    }
    return true;
}

static const ObjType type_field = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Field",
    .module = "dataclasses",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.repr = field_repr, .getattr = field_getattr, .trace = field_trace},
};

static bool is_field(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_field;
}
static ObjField *as_field(Value v) {
    return (ObjField *)v.as.obj;
}

static ObjField *field_new(Run *r) {
    ObjField *f = gc_new(r, ObjField, &type_field);
    if (!f) return NULL;
    f->name = f->type = v_none();
    f->dflt = missing();
    f->factory = missing();
    f->hash = v_none();
    f->kw_only = missing();
    f->metadata = f->doc = v_none();
    f->init = f->repr = f->compare = true;
    return f;
}

static bool flag_arg(Run *r, Value v, bool dflt, bool *out) {
    if (is_undef(v)) {
        *out = dflt;
        return true;
    }
    return ops_truthy(r, v, out);
}

// field(*, default, default_factory, init, repr, hash, compare, metadata, kw_only, doc)
static bool dc_field(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"default", "default_factory", "init", "repr", "hash",
                                        "compare", "metadata", "kw_only", "doc"};
    static const ArgSpec spec = {"field", names, 9, 0, 0, 0};
    Value p[9];
    if (!args_bind(r, a, &spec, p)) return false;
    bool has_default = !is_undef(p[0]) && !is_missing(p[0]);
    bool has_factory = !is_undef(p[1]) && !is_missing(p[1]);
    if (has_default && has_factory) {
        return exc_raise(r, &exc_ValueError, "cannot specify both default and default_factory");
    }
    ObjField *f = field_new(r);
    if (!f) return false;
    if (has_default) f->dflt = p[0];
    if (has_factory) f->factory = p[1];
    if (!is_undef(p[4])) f->hash = p[4];
    if (!is_undef(p[6])) f->metadata = p[6];
    if (!is_undef(p[7])) f->kw_only = p[7];
    if (!is_undef(p[8])) f->doc = p[8];
    *out = v_obj(&f->base);
    return flag_arg(r, p[2], true, &f->init) && flag_arg(r, p[3], true, &f->repr) &&
           flag_arg(r, p[5], true, &f->compare);
}

// ---- the dataclass of a value ----

// The nearest class of t's MRO that @dataclass processed, or NULL.
static const ObjClass *dc_class_of(const ObjType *t) {
    if (!type_is_class(t)) return NULL;
    const ObjTuple *mro = as_tuple(v_obj(((const ObjClass *)t)->mro));
    for (size_t k = 0; k < mro->len; k++) {
        const ObjType *c = (const ObjType *)mro->items[k].as.obj;
        if (type_is_class(c) && ((const ObjClass *)c)->dataclass) return (const ObjClass *)c;
    }
    return NULL;
}

static const ObjTuple *dc_fields_of(const ObjClass *c) {
    return as_tuple(v_obj(c->dataclass));
}

static bool dc_getattr(Run *r, Value self, const ObjField *f, Value *out) {
    return ops_getattr(r, self, f->name.as.obj, out);
}

// ---- __init__ ----

// A required argument of the kind (keyword-only or not) that the call left out.
static bool dc_is_missing_arg(const ObjField *f, Value given, bool kw_only) {
    return f->init && is_undef(given) && f->kw_only.as.b == kw_only && is_missing(f->dflt) &&
           is_missing(f->factory);
}

// "Point.__init__() missing 2 required positional arguments: 'x' and 'y'"
static bool dc_missing_error(Run *r, const char *qual, const ObjTuple *fields, const Value *vals,
                             bool kw_only) {
    Buf b;
    buf_init(&b, r);
    uint32_t total = 0, count = 0;
    for (size_t k = 0; k < fields->len; k++) total += dc_is_missing_arg(as_field(fields->items[k]), vals[k], kw_only);
    bool ok = true;
    for (size_t k = 0; ok && k < fields->len; k++) {
        const ObjField *f = as_field(fields->items[k]);
        if (!dc_is_missing_arg(f, vals[k], kw_only)) continue;
        const char *sep = count == 0 ? "" : count + 1 == total ? (total > 2 ? ", and " : " and ") : ", ";
        ok = buf_printf(&b, "%s'%s'", sep, as_str(f->name)->data);
        count++;
    }
    Obj *names = ok ? buf_to_str(&b) : NULL;
    if (!ok) buf_fini(&b);
    if (!names) return false;
    return exc_raise(r, &exc_TypeError, "%s.__init__() missing %u required %s argument%s: %s", qual,
                     total, kw_only ? "keyword-only" : "positional", total == 1 ? "" : "s",
                     as_str(v_obj(names))->data);
}

static int dc_field_index(const ObjTuple *fields, const ObjStr *name) {
    for (size_t k = 0; k < fields->len; k++) {
        const ObjField *f = as_field(fields->items[k]);
        if (f->init && str_equal(as_str(f->name), name)) return (int)k;
    }
    return -1;
}

// Binds the call's arguments to the init fields (vals[k] undef where not given).
static bool dc_bind(Run *r, const char *qual, const ObjTuple *fields, const Args *a, Value *vals) {
    uint32_t npos = 0, ndefault = 0;
    for (size_t k = 0; k < fields->len; k++) {
        const ObjField *f = as_field(fields->items[k]);
        vals[k] = v_undef();
        if (!f->init || f->kw_only.as.b) continue;
        npos++;
        ndefault += !is_missing(f->dflt) || !is_missing(f->factory);
    }
    if (a->npos > npos) {
        if (ndefault) {
            return exc_raise(r, &exc_TypeError, "%s.__init__() takes from %u to %u positional arguments but %u were given",
                             qual, npos - ndefault + 1, npos + 1, a->npos + 1);
        }
        return exc_raise(r, &exc_TypeError, "%s.__init__() takes %u positional argument%s but %u were given",
                         qual, npos + 1, npos ? "s" : "", a->npos + 1);
    }
    uint32_t given = 0;
    for (size_t k = 0; k < fields->len && given < a->npos; k++) {
        const ObjField *f = as_field(fields->items[k]);
        if (f->init && !f->kw_only.as.b) vals[k] = a->pos[given++];
    }
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *name = (const ObjStr *)a->kwnames[k];
        int at = dc_field_index(fields, name);
        if (at < 0) {
            return exc_raise(r, &exc_TypeError, "%s.__init__() got an unexpected keyword argument '%s'",
                             qual, name->data);
        }
        if (!is_undef(vals[at])) {
            return exc_raise(r, &exc_TypeError, "%s.__init__() got multiple values for argument '%s'",
                             qual, name->data);
        }
        vals[at] = a->kwvalues[k];
    }
    for (int kw = 0; kw < 2; kw++) {
        for (size_t k = 0; k < fields->len; k++) {
            if (dc_is_missing_arg(as_field(fields->items[k]), vals[k], kw)) {
                return dc_missing_error(r, qual, fields, vals, kw);
            }
        }
    }
    return true;
}

// ---- where CPython's generated methods raise ----
// CPython compiles a dataclass's methods from one generated text, "<string>": line 1 opens
// __create_fn__, then each method follows (decorator, `def` and body lines) in the order
// __init__, __repr__, __eq__, the four comparisons, __setattr__ and __delattr__. Its
// tracebacks show those lines, without source.

// Whether the generated __init__ has a line for f (CPython's _field_init).
static bool dc_init_assigns(const ObjField *f, uint32_t flags) {
    if (f->kind != FIELD_PLAIN) return false;
    return !is_missing(f->factory) || f->init || ((flags & DC_SLOTS) && !is_missing(f->dflt));
}

// The line of __init__'s assignment of fields[upto] (upto = len: its __post_init__ call).
static uint32_t dc_init_line(const ObjTuple *fields, uint32_t flags, size_t upto) {
    uint32_t line = 2;  // the `def`
    for (size_t k = 0; k < upto && k < fields->len; k++) {
        line += dc_init_assigns(as_field(fields->items[k]), flags);
    }
    return line + 1;
}

// The line where the generated __setattr__ (or __delattr__) raises FrozenInstanceError.
static uint32_t dc_frozen_line(const ObjClass *c, bool del) {
    uint32_t flags = c->dataclass_flags, line = 2;
    if (flags & DC_INIT) {
        const ObjTuple *fields = as_tuple(v_obj(c->dataclass));
        bool post_init = !is_undef(class_lookup(&c->type, "__post_init__"));
        uint32_t body = dc_init_line(fields, flags, fields->len) - 3 + post_init;
        line += 1 + (body ? body : 1);  // an empty body is `pass`
    }
    if (flags & DC_REPR) line += 3;
    if (flags & DC_EQ) line += 6;
    if (flags & DC_ORDER) line += 4 * 4;
    if (del) line += 4;
    return line + 2;  // `def`, `if`, then the raise
}

// Sets each field from the arguments, its default or its factory; InitVars go to
// __post_init__ instead, in order.
static bool dc_assign(Run *r, Value self, const ObjTuple *fields, uint32_t flags, Value *vals,
                      ObjTuple *keep) {
    uint32_t ninitvars = 0;
    for (size_t k = 0; k < fields->len; k++) {
        ObjField *f = as_field(fields->items[k]);
        if (is_undef(vals[k]) && !is_missing(f->factory)) {
            Args none = {0};
            if (!vm_call(r, f->factory, &none, &vals[k])) {
                libframes_add_at(r, LF_DC_GENERATED_INIT, dc_init_line(fields, flags, k));
                return false;
            }
            keep->items[k] = vals[k];
        } else if (is_undef(vals[k]) && !is_missing(f->dflt)) {
            vals[k] = f->dflt;
        }
        if (f->kind == FIELD_INITVAR) {
            vals[ninitvars++] = vals[k];
            continue;
        }
        if (!is_undef(vals[k]) && !class_generic_setattr(r, self, f->name.as.obj, vals[k])) return false;
    }
    if (is_undef(class_lookup(value_type(self), "__post_init__"))) return true;
    Value res;
    bool found;
    if (class_call_dunder(r, self, "__post_init__", vals, ninitvars, &res, &found)) return true;
    libframes_add_at(r, LF_DC_GENERATED_INIT, dc_init_line(fields, flags, fields->len));
    return false;
}

static bool dc_init(Run *r, Value self, const Args *a, Value *out) {
    const ObjClass *c = dc_class_of(value_type(self));
    if (!c) return exc_raise(r, &exc_TypeError, "__init__() needs a dataclass instance");
    const ObjTuple *fields = dc_fields_of(c);
    char qual[256];
    snprintf(qual, sizeof qual, "%s", type_qualname(&c->type));
    size_t n = fields->len ? fields->len : 1;
    Value *vals = mem_alloc(r, n * sizeof *vals);
    if (!vals) return false;
    // the values are rooted by a tuple while factories and __post_init__ run
    Obj *keep = tuple_new(r, n);
    bool ok = keep && gc_push_root(r, v_obj(keep));
    if (ok) {
        ok = dc_bind(r, qual, fields, a, vals);
        for (size_t k = 0; ok && k < fields->len; k++) ((ObjTuple *)keep)->items[k] = is_undef(vals[k]) ? v_none() : vals[k];
        ok = ok && dc_assign(r, self, fields, c->dataclass_flags, vals, (ObjTuple *)keep);
        gc_pop_roots(r, 1);
    }
    mem_free(r, vals, n * sizeof *vals);
    *out = v_none();
    return ok;
}

// ---- __repr__, __eq__, ordering, __hash__ ----

static bool dc_repr_fields(Run *r, Value self, Value *out);

static bool dc_repr(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__repr__", 0, 0)) return false;
    if (!container_repr_enter(self.as.obj)) {
        // a dataclass inside itself: reprlib.recursive_repr's "..."
        Obj *dots = str_from_cstr(r, "...");
        if (!dots) return false;
        *out = v_obj(dots);
        return true;
    }
    bool ok = dc_repr_fields(r, self, out);
    container_repr_leave(self.as.obj);
    return ok;
}

static bool dc_repr_fields(Run *r, Value self, Value *out) {
    const ObjClass *c = dc_class_of(value_type(self));
    const ObjTuple *fields = dc_fields_of(c);
    Buf b;
    buf_init(&b, r);
    bool ok = buf_printf(&b, "%s(", type_qualname(value_type(self)));
    bool first = true;
    for (size_t k = 0; ok && k < fields->len; k++) {
        const ObjField *f = as_field(fields->items[k]);
        if (!f->repr || f->kind != FIELD_PLAIN) continue;
        Value v;
        ok = buf_printf(&b, "%s%s=", first ? "" : ", ", as_str(f->name)->data) &&
             dc_getattr(r, self, f, &v) && ops_repr(r, v, &b);
        first = false;
    }
    ok = ok && buf_append_char(&b, ')');
    Obj *s = ok ? buf_to_str(&b) : NULL;
    if (!ok) buf_fini(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

// The compared fields of self as a tuple (for eq and ordering) or the hashed ones.
static bool dc_key(Run *r, Value self, bool for_hash, Value *out) {
    const ObjTuple *fields = dc_fields_of(dc_class_of(value_type(self)));
    size_t n = 0;
    for (size_t k = 0; k < fields->len; k++) {
        const ObjField *f = as_field(fields->items[k]);
        bool used = for_hash ? (is_none(f->hash) ? f->compare : is_bool(f->hash) && f->hash.as.b) : f->compare;
        n += used && f->kind == FIELD_PLAIN;
    }
    Obj *t = tuple_new(r, n);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    bool ok = true;
    n = 0;
    for (size_t k = 0; ok && k < fields->len; k++) {
        const ObjField *f = as_field(fields->items[k]);
        bool used = for_hash ? (is_none(f->hash) ? f->compare : is_bool(f->hash) && f->hash.as.b) : f->compare;
        if (used && f->kind == FIELD_PLAIN) ok = dc_getattr(r, self, f, &((ObjTuple *)t)->items[n++]);
    }
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return ok;
}

static bool dc_compare(Run *r, Value self, const Args *a, int op, const char *name, Value *out) {
    if (!args_positional(r, a, name, 1, 1)) return false;
    Value other = a->pos[0], x, y;
    if (value_type(other) != value_type(self)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    if (!dc_key(r, self, false, &x) || !gc_push_root(r, x)) return false;
    bool ok = dc_key(r, other, false, &y) && gc_push_root(r, y);
    if (ok) {
        ok = ops_compare(r, x, y, op, out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool dc_eq(Run *r, Value self, const Args *a, Value *out) {
    return dc_compare(r, self, a, AST_CMP_EQ, "__eq__", out);
}
static bool dc_lt(Run *r, Value self, const Args *a, Value *out) {
    return dc_compare(r, self, a, AST_CMP_LT, "__lt__", out);
}
static bool dc_le(Run *r, Value self, const Args *a, Value *out) {
    return dc_compare(r, self, a, AST_CMP_LE, "__le__", out);
}
static bool dc_gt(Run *r, Value self, const Args *a, Value *out) {
    return dc_compare(r, self, a, AST_CMP_GT, "__gt__", out);
}
static bool dc_ge(Run *r, Value self, const Args *a, Value *out) {
    return dc_compare(r, self, a, AST_CMP_GE, "__ge__", out);
}

static bool dc_hash(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__hash__", 0, 0)) return false;
    Value key;
    int64_t h;
    if (!dc_key(r, self, true, &key) || !ops_hash(r, key, &h)) return false;
    *out = v_int(h);
    return true;
}

// ---- frozen ----

static bool frozen_str_check(Run *r, const Args *a, int n, const char *fname) {
    if (!args_positional(r, a, fname, (uint32_t)n, (uint32_t)n)) return false;
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'", value_type_name(a->pos[0]));
    }
    return true;
}

extern const ObjType dc_frozen_error;

static bool dc_frozen_raise(Run *r, const ObjClass *c, bool del, Value name) {
    exc_raise(r, &dc_frozen_error, "cannot %s field %R", del ? "delete" : "assign to", name);
    libframes_add_at(r, del ? LF_DC_GENERATED_DELATTR : LF_DC_GENERATED_SETATTR,
                     dc_frozen_line(c, del));
    return false;
}

static bool dc_setattr(Run *r, Value self, const Args *a, Value *out) {
    if (!frozen_str_check(r, a, 2, "__setattr__")) return false;
    *out = v_none();
    const ObjClass *c = dc_class_of(value_type(self));
    if (&c->type == value_type(self) || dc_field_index(dc_fields_of(c), as_str(a->pos[0])) >= 0) {
        return dc_frozen_raise(r, c, false, a->pos[0]);
    }
    return class_generic_setattr(r, self, a->pos[0].as.obj, a->pos[1]);
}

static bool dc_delattr(Run *r, Value self, const Args *a, Value *out) {
    if (!frozen_str_check(r, a, 1, "__delattr__")) return false;
    *out = v_none();
    const ObjClass *c = dc_class_of(value_type(self));
    if (&c->type == value_type(self) || dc_field_index(dc_fields_of(c), as_str(a->pos[0])) >= 0) {
        return dc_frozen_raise(r, c, true, a->pos[0]);
    }
    return class_generic_setattr(r, self, a->pos[0].as.obj, v_undef());
}

const ObjType dc_frozen_error = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "FrozenInstanceError",
    .module = "dataclasses",
    .id = TYPE_EXCEPTION,
    .base_type = &exc_AttributeError,
    .construct = exc_construct,
    .slots = {
        .repr = exc_repr,
        .str = exc_str,
        .getattr = exc_getattr,
        .setattr = exc_setattr,
        .trace = exc_trace,
    },
};

// ---- @dataclass ----

STATIC_METHOD(dc_init_fn, "__init__", dc_init)
STATIC_METHOD(dc_repr_fn, "__repr__", dc_repr)
STATIC_METHOD(dc_eq_fn, "__eq__", dc_eq)
STATIC_METHOD(dc_lt_fn, "__lt__", dc_lt)
STATIC_METHOD(dc_le_fn, "__le__", dc_le)
STATIC_METHOD(dc_gt_fn, "__gt__", dc_gt)
STATIC_METHOD(dc_ge_fn, "__ge__", dc_ge)
STATIC_METHOD(dc_hash_fn, "__hash__", dc_hash)
STATIC_METHOD(dc_setattr_fn, "__setattr__", dc_setattr)
STATIC_METHOD(dc_delattr_fn, "__delattr__", dc_delattr)

static Value own_attr(const ObjClass *c, const char *name) {
    return class_type_own(&c->type, name);
}

static bool set_attr(Run *r, ObjClass *c, const char *name, Value v) {
    if (!gc_push_root(r, v)) return false;
    Obj *key = str_from_cstr(r, name);
    bool ok = key && dict_set(r, c->dict, v_obj(key), v);
    gc_pop_roots(r, 1);
    return ok;
}

// A generated method as the class's own (named 'Point.__init__', as CPython's are).
static bool set_method(Run *r, ObjClass *c, const ObjBuiltin *fn) {
    Value m;
    return method_unbound(r, &c->type, fn->def, &m) && set_attr(r, c, fn->def->name, m);
}

// Adds a generated method unless the class defines that name itself.
static bool dc_add(Run *r, ObjClass *c, const ObjBuiltin *fn) {
    if (!is_undef(own_attr(c, fn->def->name))) return true;
    return set_method(r, c, fn);
}

static bool dc_add_strict(Run *r, ObjClass *c, const ObjBuiltin *fn, const char *hint) {
    if (!is_undef(own_attr(c, fn->def->name))) {
        return exc_raise(r, &exc_TypeError, "Cannot overwrite attribute %s in class %s%s", fn->def->name,
                         c->type.name, hint);
    }
    return set_method(r, c, fn);
}

// Replaces or appends f (by name) in the list of fields.
static bool dc_put_field(Run *r, Obj *list, Value f) {
    ObjList *l = (ObjList *)list;
    for (size_t k = 0; k < l->len; k++) {
        if (str_equal(as_str(as_field(l->items[k])->name), as_str(as_field(f)->name))) {
            l->items[k] = f;
            return true;
        }
    }
    return list_append(r, list, f);
}

static bool is_mutable_default(Value v) {
    const ObjType *t = value_type(v);
    return t == &type_list || t == &type_dict || t == &type_set;
}

// The type of a field: its annotation evaluated now, by the thunk compile.c made (PEP 649), as
// dataclasses reads it with annotationlib's FORWARDREF format; a name not defined yet gives
// that name as a str (CPython: a ForwardRef to it). An annotation moat cannot evaluate (an
// InitVar's, typing it lacks) leaves None rather than fail a class CPython accepts.
static bool dc_field_type(Run *r, const ObjTuple *entry, int kind, Value *out) {
    *out = v_none();
    if (kind == FIELD_INITVAR || entry->len < 3 || !is_function(entry->items[2])) return true;
    Args none = {0};
    if (vm_call(r, entry->items[2], &none, out)) return true;
    if (r->abort) return false;
    Value missing_name = exc_pending_is(r, &exc_NameError) ? ((ObjException *)r->exc.as.obj)->name : v_none();
    exc_clear(r);
    *out = is_str(missing_name) ? missing_name : v_none();
    return true;
}

// A field of the class body: a Field for name, its class attribute set to the default.
static bool dc_own_field_typed(Run *r, ObjClass *c, Value name, Value type, int kind, bool kw_only, Value *out) {
    Value dflt = dict_get_str(c->dict, as_str(name));
    ObjField *f;
    if (is_field(dflt)) {
        f = as_field(dflt);
    } else {
        if (!gc_push_root(r, dflt)) return false;
        f = field_new(r);
        gc_pop_roots(r, 1);
        if (!f) return false;
        if (!is_undef(dflt)) f->dflt = dflt;
    }
    *out = v_obj(&f->base);
    f->name = name;
    f->type = type;
    f->kind = kind;
    if (is_missing(f->kw_only)) f->kw_only = v_bool(kw_only);
    if (kind == FIELD_PLAIN && is_mutable_default(f->dflt)) {
        exc_raise(r, &exc_ValueError, "mutable default %R for field %s is not allowed: use default_factory",
                  v_obj((Obj *)value_type(f->dflt)), as_str(name)->data);
        LIBFRAMES_ADD(r, LF_DC_GET_FIELD, LF_DC_PROCESS_FIELD);
        return false;
    }
    if (!is_field(dflt)) return true;
    if (is_missing(f->dflt)) {
        bool found;
        return dict_del(r, c->dict, name, &found);
    }
    return dict_set(r, c->dict, name, f->dflt);
}

// One annotated name of the class body (an entry of ObjClass.annotated) as a Field.
static bool dc_own_field(Run *r, ObjClass *c, const ObjTuple *entry, int kind, bool kw_only, Value *out) {
    Value name = entry->items[0], type;
    if (!dc_field_type(r, entry, kind, &type) || !gc_push_root(r, type)) return false;
    bool ok = dc_own_field_typed(r, c, name, type, kind, kw_only, out);
    gc_pop_roots(r, 1);
    return ok;
}
// "non-default argument 'y' follows default argument 'x'"
static bool dc_check_order(Run *r, const ObjList *l) {
    const ObjField *with_default = NULL;
    for (size_t k = 0; k < l->len; k++) {
        const ObjField *f = as_field(l->items[k]);
        if (!f->init || f->kw_only.as.b) continue;
        bool has = !is_missing(f->dflt) || !is_missing(f->factory);
        if (has) with_default = f;
        else if (with_default) {
            exc_raise(r, &exc_TypeError, "non-default argument '%s' follows default argument '%s'",
                      as_str(f->name)->data, as_str(with_default->name)->data);
            LIBFRAMES_ADD(r, LF_DC_INIT_FN, LF_DC_PROCESS_INIT);
            return false;
        }
    }
    return true;
}

// The fields: those of dataclass bases (most distant first), then the body's own.
static bool dc_collect(Run *r, ObjClass *c, uint32_t flags, Obj *list) {
    const ObjTuple *mro = as_tuple(v_obj(c->mro));
    for (size_t k = mro->len; k-- > 1;) {
        const ObjType *b = (const ObjType *)mro->items[k].as.obj;
        if (!type_is_class(b) || !((const ObjClass *)b)->dataclass) continue;
        const ObjTuple *bf = dc_fields_of((const ObjClass *)b);
        for (size_t j = 0; j < bf->len; j++) {
            if (!dc_put_field(r, list, bf->items[j])) return false;
        }
    }
    const ObjTuple *ann = c->annotated ? as_tuple(v_obj(c->annotated)) : NULL;
    bool kw_only = flags & DC_KW_ONLY;
    for (size_t k = 0; ann && k < ann->len; k++) {
        const ObjTuple *pair = as_tuple(ann->items[k]);
        int kind = (int)pair->items[1].as.i;
        if (kind > FIELD_KW_ONLY_MARK) kind = FIELD_PLAIN;  // TypedDict's Required[] and kin
        if (kind == FIELD_CLASSVAR) continue;
        if (kind == FIELD_KW_ONLY_MARK) {
            kw_only = true;
            continue;
        }
        Value f;
        if (!dc_own_field(r, c, pair, kind, kw_only, &f) || !dc_put_field(r, list, f)) return false;
    }
    return dc_check_order(r, (const ObjList *)list);
}

static bool dc_add_hash(Run *r, ObjClass *c, uint32_t flags) {
    Value h = own_attr(c, "__hash__");
    bool explicit = !is_undef(h) && !(is_none(h) && !is_undef(own_attr(c, "__eq__")));
    if (flags & DC_UNSAFE_HASH) {
        if (explicit) return exc_raise(r, &exc_TypeError, "Cannot overwrite attribute __hash__ in class %s", c->type.name);
        return set_method(r, c, &dc_hash_fn);
    }
    if (!(flags & DC_EQ) || explicit) return true;
    if (flags & DC_FROZEN) return set_method(r, c, &dc_hash_fn);
    return set_attr(r, c, "__hash__", v_none());
}

static bool dc_add_methods(Run *r, ObjClass *c, uint32_t flags) {
    static const char order_hint[] = ". Consider using functools.total_ordering";
    if ((flags & DC_ORDER) && !(flags & DC_EQ)) return exc_raise(r, &exc_ValueError, "eq must be true if order is true");
    if ((flags & DC_INIT) && !dc_add(r, c, &dc_init_fn)) return false;
    if ((flags & DC_REPR) && !dc_add(r, c, &dc_repr_fn)) return false;
    if (!dc_add_hash(r, c, flags)) return false;
    if ((flags & DC_EQ) && !dc_add(r, c, &dc_eq_fn)) return false;
    if (flags & DC_ORDER) {
        if (!dc_add_strict(r, c, &dc_lt_fn, order_hint) || !dc_add_strict(r, c, &dc_le_fn, order_hint) ||
            !dc_add_strict(r, c, &dc_gt_fn, order_hint) || !dc_add_strict(r, c, &dc_ge_fn, order_hint)) {
            return false;
        }
    }
    if ((flags & DC_FROZEN) &&
        (!dc_add_strict(r, c, &dc_setattr_fn, "") || !dc_add_strict(r, c, &dc_delattr_fn, ""))) {
        return false;
    }
    return true;
}

// __dataclass_fields__ and __match_args__.
static bool dc_add_tables(Run *r, ObjClass *c, uint32_t flags) {
    const ObjTuple *fields = dc_fields_of(c);
    Obj *d = dict_new(r);
    if (!d || !set_attr(r, c, "__dataclass_fields__", v_obj(d))) return false;
    size_t npos = 0;
    for (size_t k = 0; k < fields->len; k++) {
        const ObjField *f = as_field(fields->items[k]);
        if (!dict_set(r, d, f->name, fields->items[k])) return false;
        npos += f->init && !f->kw_only.as.b;
    }
    if (!(flags & DC_MATCH_ARGS) || !is_undef(own_attr(c, "__match_args__"))) return true;
    Obj *t = tuple_new(r, npos);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    npos = 0;
    for (size_t k = 0; k < fields->len; k++) {
        const ObjField *f = as_field(fields->items[k]);
        if (f->init && !f->kw_only.as.b) ((ObjTuple *)t)->items[npos++] = f->name;
    }
    bool ok = set_attr(r, c, "__match_args__", v_obj(t));
    gc_pop_roots(r, 1);
    return ok;
}

// A frozen dataclass cannot derive from a mutable one, nor the reverse.
static bool dc_check_frozen_bases(Run *r, const ObjClass *c, uint32_t flags) {
    const ObjTuple *bases = as_tuple(v_obj(c->bases));
    for (size_t k = 0; k < bases->len; k++) {
        if (!is_class_value(bases->items[k])) continue;
        const ObjClass *b = dc_class_of((const ObjType *)bases->items[k].as.obj);
        if (!b || !(b->dataclass_flags & DC_FROZEN) == !(flags & DC_FROZEN)) continue;
        return exc_raise(r, &exc_TypeError, (flags & DC_FROZEN) ? "cannot inherit frozen dataclass from a non-frozen one"
                                                                : "cannot inherit non-frozen dataclass from a frozen one");
    }
    return true;
}

// slots=True: __slots__ names the fields, and instances take no other attributes.
static bool dc_add_slots(Run *r, ObjClass *c) {
    const ObjTuple *fields = dc_fields_of(c);
    size_t n = 0;
    for (size_t k = 0; k < fields->len; k++) n += as_field(fields->items[k])->kind == FIELD_PLAIN;
    Obj *t = tuple_new(r, n);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    n = 0;
    for (size_t k = 0; k < fields->len; k++) {
        if (as_field(fields->items[k])->kind == FIELD_PLAIN) ((ObjTuple *)t)->items[n++] = as_field(fields->items[k])->name;
    }
    bool ok = set_attr(r, c, "__slots__", v_obj(t));
    gc_pop_roots(r, 1);
    if (ok) class_update_slotted(c);
    return ok;
}

static bool dc_process(Run *r, Value cls, uint32_t flags, Value *out) {
    if (!is_class_value(cls)) {
        return exc_raise(r, &exc_TypeError, "moat's dataclass() applies to classes, not %s", value_type_name(cls));
    }
    ObjClass *c = (ObjClass *)cls.as.obj;
    if (!dc_check_frozen_bases(r, c, flags)) return false;
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    bool ok = dc_collect(r, c, flags, list);
    Obj *t = ok ? tuple_from_iterable(r, v_obj(list)) : NULL;
    if (t) {
        c->dataclass = t;
        c->dataclass_flags = flags;
    }
    gc_pop_roots(r, 1);
    if (!t || !dc_add_methods(r, c, flags) || !dc_add_tables(r, c, flags)) return false;
    if ((flags & DC_SLOTS) && !dc_add_slots(r, c)) return false;
    class_slots_fill(c);
    *out = cls;
    return true;
}

static const char *const dc_option_names[] = {"cls", "init", "repr", "eq", "order", "unsafe_hash",
                                              "frozen", "match_args", "kw_only", "slots", "weakref_slot"};

static bool dc_wrap(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "dataclass", 1, 1)) return false;
    if (dc_process(r, a->pos[0], (uint32_t)self.as.i, out)) return true;
    LIBFRAMES_ADD(r, LF_DC_WRAP);
    return false;
}
static const MethodDef dc_wrap_def = {"wrap", dc_wrap};

// dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
// frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False)
static bool dc_dataclass(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const ArgSpec spec = {"dataclass", dc_option_names, 11, 1, 1, 0};
    static const uint32_t bits[] = {0, DC_INIT, DC_REPR, DC_EQ, DC_ORDER, DC_UNSAFE_HASH,
                                    DC_FROZEN, DC_MATCH_ARGS, DC_KW_ONLY, DC_SLOTS, 0};
    static const uint32_t on = DC_INIT | DC_REPR | DC_EQ | DC_MATCH_ARGS;
    Value p[11];
    if (!args_bind(r, a, &spec, p)) return false;
    uint32_t flags = on;
    for (int k = 1; k < 10; k++) {
        bool b;
        if (!flag_arg(r, p[k], (on & bits[k]) != 0, &b)) return false;
        flags = b ? flags | bits[k] : flags & ~bits[k];
    }
    if (!is_undef(p[0]) && !is_none(p[0])) {
        if (dc_process(r, p[0], flags, out)) return true;
        LIBFRAMES_ADD(r, LF_DC_WRAP, LF_DC_DATACLASS);
        return false;
    }
    return method_bind(r, v_int(flags), &dc_wrap_def, out);
}

// ---- fields, asdict, astuple, replace, is_dataclass ----

static const ObjClass *dc_class_of_value(Value v) {
    if (is_class_value(v)) return dc_class_of((const ObjType *)v.as.obj);
    return dc_class_of(value_type(v));
}

static bool dc_fields(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "fields", 1, 1)) return false;
    const ObjClass *c = dc_class_of_value(a->pos[0]);
    if (!c) {
        exc_raise(r, &exc_TypeError, "must be called with a dataclass type or instance");
        LIBFRAMES_ADD(r, LF_DC_FIELDS);
        return false;
    }
    const ObjTuple *fields = dc_fields_of(c);
    size_t n = 0;
    for (size_t k = 0; k < fields->len; k++) n += as_field(fields->items[k])->kind == FIELD_PLAIN;
    Obj *t = tuple_new(r, n);
    if (!t) return false;
    n = 0;
    for (size_t k = 0; k < fields->len; k++) {
        if (as_field(fields->items[k])->kind == FIELD_PLAIN) ((ObjTuple *)t)->items[n++] = fields->items[k];
    }
    *out = v_obj(t);
    return true;
}

static bool dc_is_dataclass(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "is_dataclass", 1, 1)) return false;
    *out = v_bool(dc_class_of_value(a->pos[0]) != NULL);
    return true;
}

enum { DC_MAX_DEPTH = 200 };  // guard: asdict recursion over nested values

// How asdict/astuple copy a dataclass: into a dict or a tuple, or through the dict_factory /
// tuple_factory given (undef: none), called with the list of (name, value) pairs or of values.
typedef struct DcConvert {
    bool as_dict;
    Value factory;
} DcConvert;

static bool dc_convert(Run *r, Value v, const DcConvert *how, uint32_t depth, Value *out);

static bool dc_convert_items(Run *r, const Value *items, size_t n, const DcConvert *how, uint32_t depth, Obj *dst) {
    for (size_t k = 0; k < n; k++) {
        Value c;
        if (!dc_convert(r, items[k], how, depth, &c) || !list_append(r, dst, c)) return false;
    }
    return true;
}

// One field's converted value into dst: a dict's item, or a list's (a pair for a dict_factory).
static bool dc_convert_field(Run *r, const DcConvert *how, Obj *dst, Value name, Value x) {
    if (!how->as_dict) return list_append(r, dst, x);
    if (is_undef(how->factory)) return dict_set(r, dst, name, x);
    if (!gc_push_root(r, x)) return false;
    Obj *pair = tuple_new(r, 2);
    gc_pop_roots(r, 1);
    if (!pair) return false;
    ((ObjTuple *)pair)->items[0] = name;
    ((ObjTuple *)pair)->items[1] = x;
    return list_append(r, dst, v_obj(pair));
}

static bool dc_convert_instance(Run *r, Value v, const ObjClass *c, const DcConvert *how, uint32_t depth, Value *out) {
    const ObjTuple *fields = dc_fields_of(c);
    bool direct = is_undef(how->factory);
    Obj *dst = how->as_dict && direct ? dict_new(r) : list_new(r, 0);
    if (!dst || !gc_push_root(r, v_obj(dst))) return false;
    bool ok = true;
    for (size_t k = 0; ok && k < fields->len; k++) {
        const ObjField *f = as_field(fields->items[k]);
        if (f->kind != FIELD_PLAIN) continue;
        Value x;
        ok = dc_getattr(r, v, f, &x) && dc_convert(r, x, how, depth, &x) && dc_convert_field(r, how, dst, f->name, x);
    }
    if (ok && !direct) {
        Value arg = v_obj(dst);
        Args fa = {&arg, 1, 0, NULL, NULL};
        ok = vm_call(r, how->factory, &fa, out);
        gc_pop_roots(r, 1);
        return ok;
    }
    if (ok && !how->as_dict) {
        dst = tuple_from_iterable(r, v_obj(dst));
        ok = dst != NULL;
    }
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(dst);
    return ok;
}

// asdict/astuple's copy: dataclasses, lists, tuples and dicts recursively; other values as
// they are.
static bool dc_convert(Run *r, Value v, const DcConvert *how, uint32_t depth, Value *out) {
    if (depth >= DC_MAX_DEPTH) return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded");
    const ObjClass *c = is_class_value(v) ? NULL : dc_class_of(value_type(v));
    if (c) return dc_convert_instance(r, v, c, how, depth + 1, out);
    if (!is_list(v) && !is_tuple(v) && !is_dict(v)) {
        *out = v;
        return true;
    }
    Obj *dst = is_dict(v) ? dict_new(r) : list_new(r, 0);
    if (!dst || !gc_push_root(r, v_obj(dst))) return false;
    bool ok = true;
    if (is_dict(v)) {
        size_t pos = 0;
        Value k, x;
        while (ok && dict_next(v.as.obj, &pos, &k, &x)) {
            Value ck, cx;
            ok = dc_convert(r, k, how, depth + 1, &ck) && gc_push_root(r, ck);
            if (!ok) break;
            ok = dc_convert(r, x, how, depth + 1, &cx) && dict_set(r, dst, ck, cx);
            gc_pop_roots(r, 1);
        }
    } else if (is_list(v)) {
        ok = dc_convert_items(r, as_list(v)->items, as_list(v)->len, how, depth + 1, dst);
    } else {
        ok = dc_convert_items(r, as_tuple(v)->items, as_tuple(v)->len, how, depth + 1, dst);
        dst = ok ? tuple_from_iterable(r, v_obj(dst)) : NULL;
        ok = dst != NULL;
    }
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(dst);
    return ok;
}

// asdict(obj, *, dict_factory=dict) and astuple(obj, *, tuple_factory=tuple).
static bool dc_as(Run *r, const Args *a, bool as_dict, Value *out) {
    const char *fname = as_dict ? "asdict" : "astuple";
    static const char *const dict_names[] = {"obj", "dict_factory"}, *const tuple_names[] = {"obj", "tuple_factory"};
    static const ArgSpec dict_spec = {"asdict", dict_names, 2, 0, 1, 1};
    static const ArgSpec tuple_spec = {"astuple", tuple_names, 2, 0, 1, 1};
    Value p[2];
    if (a->npos > 1) {
        // a Python function in CPython: its message, not a built-in's
        return exc_raise(r, &exc_TypeError, "%s() takes 1 positional argument but %u were given", fname, a->npos);
    }
    if (!args_bind(r, a, as_dict ? &dict_spec : &tuple_spec, p)) return false;
    Value v = p[0];
    if (is_class_value(v) || !dc_class_of(value_type(v))) {
        exc_raise(r, &exc_TypeError, "%s() should be called on dataclass instances", fname);
        LIBFRAMES_ADD(r, as_dict ? LF_DC_ASDICT : LF_DC_ASTUPLE);
        return false;
    }
    DcConvert how = {.as_dict = as_dict, .factory = p[1]};
    return dc_convert(r, v, &how, 0, out);
}

static bool dc_asdict(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return dc_as(r, a, true, out);
}

static bool dc_astuple(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return dc_as(r, a, false, out);
}

// replace(obj, /, **changes): a new instance, the unchanged init fields copied.
static bool dc_replace(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (a->npos != 1) {
        return exc_raise(r, &exc_TypeError, "replace() takes 1 positional argument but %u were given", a->npos);
    }
    Value obj = a->pos[0];
    const ObjClass *c = is_class_value(obj) ? NULL : dc_class_of(value_type(obj));
    if (!c) {
        exc_raise(r, &exc_TypeError, "replace() should be called on dataclass instances");
        LIBFRAMES_ADD(r, LF_DC_REPLACE_NOT_DC);
        return false;
    }
    const ObjTuple *fields = dc_fields_of(c);
    // keyword arguments for the class: the changes, then every other init field's value,
    // checked field by field as _replace does
    Obj *kw = dict_new(r);
    if (!kw || !gc_push_root(r, v_obj(kw))) return false;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->nkw; k++) ok = dict_set(r, kw, v_obj(a->kwnames[k]), a->kwvalues[k]);
    for (size_t j = 0; ok && j < fields->len; j++) {
        const ObjField *f = as_field(fields->items[j]);
        bool changed = !is_undef(dict_get_str(kw, as_str(f->name)));
        if (!f->init && changed) {
            ok = exc_raise(r, &exc_TypeError, "field %s is declared with init=False, it cannot be specified with replace()",
                           as_str(f->name)->data);
            LIBFRAMES_ADD(r, LF_DC_REPLACE_NO_INIT, LF_DC_REPLACE);
        } else if (f->init && !changed && f->kind == FIELD_INITVAR && is_missing(f->dflt)) {
            ok = exc_raise(r, &exc_TypeError, "InitVar '%s' must be specified with replace()", as_str(f->name)->data);
            LIBFRAMES_ADD(r, LF_DC_REPLACE_INITVAR, LF_DC_REPLACE);
        } else if (f->init && !changed) {
            Value v;
            ok = dc_getattr(r, obj, f, &v) && dict_set(r, kw, f->name, v);
        }
    }
    size_t n = ok ? dict_len(kw) : 0;
    Value *vals = ok ? mem_alloc(r, (n ? n : 1) * sizeof *vals) : NULL;
    Obj **names = vals ? mem_alloc(r, (n ? n : 1) * sizeof *names) : NULL;
    if (names) {
        size_t pos = 0, k = 0;
        Value key, val;
        while (dict_next(kw, &pos, &key, &val)) {
            names[k] = key.as.obj;
            vals[k++] = val;
        }
        Args ca = {NULL, 0, (uint32_t)n, vals, names};
        ok = vm_call(r, v_obj((Obj *)value_type(obj)), &ca, out);
        if (!ok) LIBFRAMES_ADD(r, LF_DC_REPLACE_INIT, LF_DC_REPLACE);
    } else {
        ok = false;
    }
    if (vals) mem_free(r, vals, (n ? n : 1) * sizeof *vals);
    if (names) mem_free(r, names, (n ? n : 1) * sizeof *names);
    gc_pop_roots(r, 1);
    return ok;
}

STATIC_BUILTIN("dataclass", dc_dataclass, 0)
STATIC_BUILTIN("field", dc_field, 0)
STATIC_BUILTIN("fields", dc_fields, 0)
STATIC_BUILTIN("asdict", dc_asdict, 0)
STATIC_BUILTIN("astuple", dc_astuple, 0)
STATIC_BUILTIN("replace", dc_replace, 0)
STATIC_BUILTIN("is_dataclass", dc_is_dataclass, 0)

// KW_ONLY and InitVar only need to exist: annotations are never evaluated, the compiler
// recognises them by name.
static const ObjType type_kw_only = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "KW_ONLY",
    .module = "dataclasses",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
};
static const ObjType type_initvar = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "InitVar",
    .module = "dataclasses",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
};

bool mod_dataclasses_init(Run *r, Obj *module) {
    static const ObjBuiltin *const fns[] = {&obj_dc_dataclass, &obj_dc_field, &obj_dc_fields,
                                            &obj_dc_asdict, &obj_dc_astuple, &obj_dc_replace,
                                            &obj_dc_is_dataclass};
    for (size_t k = 0; k < sizeof fns / sizeof *fns; k++) {
        if (!module_set(r, module, fns[k]->def->name, v_obj((Obj *)&fns[k]->base))) return false;
    }
    return module_set(r, module, "MISSING", missing()) &&
           module_set(r, module, "Field", v_obj((Obj *)&type_field)) &&
           module_set(r, module, "KW_ONLY", v_obj((Obj *)&type_kw_only)) &&
           module_set(r, module, "InitVar", v_obj((Obj *)&type_initvar)) &&
           module_set(r, module, "FrozenInstanceError", v_obj((Obj *)&dc_frozen_error));
}
