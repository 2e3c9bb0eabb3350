// Bound methods, staticmethod, classmethod, property and super, and the methods of `object`
// that classes inherit (object.__init__, object.__repr__, ...).
#include "interp/obj_class_descr.h"

#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/exc_fields.h"
#include "interp/gc.h"
#include "interp/obj_class.h"
#include "interp/obj_class_meta.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_slotwrap.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "parser/ast.h"

// ---- bound methods ----

bool bound_method_new(Run *r, Value func, Value self, Value *out) {
    if (!gc_push_root(r, func) || !gc_push_root(r, self)) return false;
    ObjBoundMethod *m = gc_new(r, ObjBoundMethod, &type_bound_method);
    gc_pop_roots(r, 2);
    if (!m) return false;
    m->func = func;
    m->self = self;
    *out = v_obj(&m->base);
    return true;
}

static ObjBoundMethod *as_bound(Value v) {
    return (ObjBoundMethod *)v.as.obj;
}

static void bound_method_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjBoundMethod *)o)->func);
    gc_mark_value(r, ((ObjBoundMethod *)o)->self);
}

static bool bound_method_repr(Run *r, Value v, Buf *out) {
    ObjBoundMethod *m = as_bound(v);
    Value q;
    static const char *const qual = "__qualname__";
    Obj *name = str_from_cstr(r, qual);
    if (!name || !ops_getattr(r, m->func, name, &q)) return false;
    return buf_append_cstr(out, "<bound method ") && ops_str(r, q, out) &&
           buf_append_cstr(out, " of ") && ops_repr(r, m->self, out) && buf_append_char(out, '>');
}

static bool bound_method_call(Run *r, Value callee, const Args *a, Value *out) {
    return class_call_bound(r, as_bound(callee)->func, as_bound(callee)->self, a, out);
}

static bool bound_method_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjStr *n = (ObjStr *)name;
    if (str_equal_cstr(n, "__self__")) {
        *out = as_bound(v)->self;
        return true;
    }
    if (str_equal_cstr(n, "__func__")) {
        *out = as_bound(v)->func;
        return true;
    }
    *out = v_undef();
    const ObjType *ft = value_type(as_bound(v)->func);
    return ft->slots.getattr ? ft->slots.getattr(r, as_bound(v)->func, name, out) : true;
}

static bool bound_method_compare(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    if ((op != AST_CMP_EQ && op != AST_CMP_NE) || !is_bound_method(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    ObjBoundMethod *x = as_bound(a), *y = as_bound(b);
    bool same = x->func.as.obj == y->func.as.obj && x->self.tag == y->self.tag &&
                x->self.as.obj == y->self.as.obj;
    *out = v_bool(same == (op == AST_CMP_EQ));
    return true;
}

static bool bound_method_hash(Run *r, Value v, int64_t *out) {
    int64_t h;
    if (!ops_hash(r, as_bound(v)->self, &h)) return false;
    *out = h ^ (int64_t)(run_object_id(r, as_bound(v)->func.as.obj) >> 4);
    if (*out == -1) *out = -2;
    return true;
}

const ObjType type_bound_method = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "method",
    .id = TYPE_BOUND_METHOD,
    .base_type = &type_object,
    .slots = {
        .repr = bound_method_repr,
        .hash = bound_method_hash,
        .compare = bound_method_compare,
        .call = bound_method_call,
        .getattr = bound_method_getattr,
        .trace = bound_method_trace,
    },
};

// ---- staticmethod, classmethod, property ----

static ObjDescr *as_descr(Value v) {
    return (ObjDescr *)v.as.obj;
}

static void descr_trace(Run *r, Obj *o) {
    ObjDescr *d = (ObjDescr *)o;
    gc_mark_value(r, d->func);
    gc_mark_value(r, d->fset);
    gc_mark_value(r, d->fdel);
    gc_mark_value(r, d->doc);
}

static bool descr_new(Run *r, const ObjType *t, Value func, Value fset, Value fdel, Value *out) {
    ObjDescr *d = gc_new(r, ObjDescr, t);
    if (!d) return false;
    d->func = func;
    d->fset = fset;
    d->fdel = fdel;
    d->doc = v_none();
    *out = v_obj(&d->base);
    return true;
}

static bool wrapper_construct(Run *r, Value callee, const Args *a, Value *out) {
    const ObjType *t = (const ObjType *)callee.as.obj;
    if (a->nkw) return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", t->name);
    if (a->npos != 1) {
        return exc_raise(r, &exc_TypeError, "%s expected 1 argument, got %u", t->name, a->npos);
    }
    return descr_new(r, t, a->pos[0], v_none(), v_none(), out);
}

static bool wrapper_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "<%s(", value_type_name(v)) && ops_repr(r, as_descr(v)->func, out) &&
           buf_append_cstr(out, ")>");
}

static bool wrapper_getattr(Run *r, Value v, Obj *name, Value *out) {
    *out = v_undef();
    if (str_equal_cstr((ObjStr *)name, "__func__")) {
        *out = as_descr(v)->func;
        return true;
    }
    const ObjType *ft = value_type(as_descr(v)->func);
    return ft->slots.getattr ? ft->slots.getattr(r, as_descr(v)->func, name, out) : true;
}

static bool staticmethod_call(Run *r, Value callee, const Args *a, Value *out) {
    return vm_call(r, as_descr(callee)->func, a, out);
}

const ObjType type_staticmethod = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "staticmethod",
    .id = TYPE_DESCRIPTOR,
    .base_type = &type_object,
    .construct = wrapper_construct,
    .slots = {.repr = wrapper_repr, .call = staticmethod_call, .getattr = wrapper_getattr,
              .trace = descr_trace},
};

const ObjType type_classmethod = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "classmethod",
    .id = TYPE_DESCRIPTOR,
    .base_type = &type_object,
    .construct = wrapper_construct,
    .slots = {.repr = wrapper_repr, .getattr = wrapper_getattr, .trace = descr_trace},
};

// A property without a doc of its own takes its getter's docstring.
static bool property_doc_from_getter(Run *r, Value prop) {
    ObjDescr *d = as_descr(prop);
    if (!is_none(d->doc) || !is_function(d->func)) return true;
    (void)r;
    d->doc = ((ObjFunction *)d->func.as.obj)->doc;
    return true;
}

static bool property_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    static const ArgSpec spec = {"property", names, 4, 0, 4, 0};
    Value p[4];
    if (!args_bind(r, a, &spec, p)) return false;
    for (int k = 0; k < 4; k++) {
        if (is_undef(p[k])) p[k] = v_none();
    }
    if (!descr_new(r, &type_property, p[0], p[1], p[2], out)) return false;
    as_descr(*out)->doc = p[3];
    return property_doc_from_getter(r, *out);
}

static bool property_missing(Run *r, Value self, ObjStr *name, const char *what) {
    if (name) {
        return exc_raise(r, &exc_AttributeError, "property '%s' of '%s' object has no %s", name->data,
                         type_qualname(value_type(self)), what);
    }
    return exc_raise(r, &exc_AttributeError, "property of '%s' object has no %s",
                     type_qualname(value_type(self)), what);
}

bool property_get(Run *r, Value prop, Value self, ObjStr *name, Value *out) {
    Value f = as_descr(prop)->func;
    if (is_none(f)) return property_missing(r, self, name, "getter");
    Args a = {&self, 1, 0, NULL, NULL};
    return vm_call(r, f, &a, out);
}

bool property_set(Run *r, Value prop, Value self, ObjStr *name, Value val) {
    bool del = is_undef(val);
    Value f = del ? as_descr(prop)->fdel : as_descr(prop)->fset;
    if (is_none(f)) return property_missing(r, self, name, del ? "deleter" : "setter");
    Value args[2] = {self, val}, res;
    Args a = {args, del ? 1 : 2, 0, NULL, NULL};
    return vm_call(r, f, &a, &res);
}

// property.setter(f) and friends: a copy with one accessor replaced.
static bool property_with(Run *r, Value self, const Args *a, int which, const char *fname,
                          Value *out) {
    if (!args_positional(r, a, fname, 1, 1)) return false;
    ObjDescr *d = as_descr(self);
    Value acc[3] = {d->func, d->fset, d->fdel};
    acc[which] = a->pos[0];
    if (!descr_new(r, &type_property, acc[0], acc[1], acc[2], out)) return false;
    if (which != 0) as_descr(*out)->doc = as_descr(self)->doc;
    return property_doc_from_getter(r, *out);
}

static bool property_deleter(Run *r, Value self, const Args *a, Value *out) {
    return property_with(r, self, a, 2, "deleter", out);
}
static bool property_getter(Run *r, Value self, const Args *a, Value *out) {
    return property_with(r, self, a, 0, "getter", out);
}
static bool property_setter(Run *r, Value self, const Args *a, Value *out) {
    return property_with(r, self, a, 1, "setter", out);
}

static bool property_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    ObjStr *n = (ObjStr *)name;
    ObjDescr *d = as_descr(v);
    *out = v_undef();
    if (str_equal_cstr(n, "fget")) *out = d->func;
    else if (str_equal_cstr(n, "fset")) *out = d->fset;
    else if (str_equal_cstr(n, "fdel")) *out = d->fdel;
    else if (str_equal_cstr(n, "__doc__")) *out = d->doc;
    return true;
}

static const MethodDef property_methods[] = {
    {"deleter", property_deleter},
    {"getter", property_getter},
    {"setter", property_setter},
};

const ObjType type_property = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "property",
    .id = TYPE_DESCRIPTOR,
    .base_type = &type_object,
    .methods = property_methods,
    .method_count = sizeof property_methods / sizeof *property_methods,
    .construct = property_construct,
    .slots = {.getattr = property_getattr, .trace = descr_trace},
};

// ---- super ----

static bool super_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (a->nkw) return exc_raise(r, &exc_TypeError, "super() takes no keyword arguments");
    if (a->npos == 0) return exc_raise(r, &exc_RuntimeError, "super(): no arguments");
    if (!args_positional(r, a, "super", 1, 2)) return false;
    Value cls = a->pos[0];
    if (cls.tag != VAL_OBJ || cls.as.obj->type != &type_type) {
        return exc_raise(r, &exc_TypeError, "super() argument 1 must be a type, not %s",
                         value_type_name(cls));
    }
    if (a->npos == 1) return exc_raise(r, &exc_RuntimeError, "moat does not support unbound super objects");
    Value self = a->pos[1];
    const ObjType *t = (const ObjType *)cls.as.obj, *st = meta_type_of(self);
    if (!type_is_subtype(st, t)) {
        if (self.tag == VAL_OBJ && st == &type_type && type_is_subtype((const ObjType *)self.as.obj, t)) {
            st = (const ObjType *)self.as.obj;
        } else {
            return exc_raise(r, &exc_TypeError,
                             "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
                             st->name, t->name);
        }
    }
    ObjSuper *s = gc_new(r, ObjSuper, &type_super);
    if (!s) return false;
    s->cls = t;
    s->self = self;
    s->self_type = st;
    *out = v_obj(&s->base);
    return true;
}

static void super_trace(Run *r, Obj *o) {
    ObjSuper *s = (ObjSuper *)o;
    gc_mark_obj(r, (Obj *)s->cls);
    gc_mark_value(r, s->self);
    gc_mark_obj(r, (Obj *)s->self_type);
}

static const MethodDef *find_method_in(const ObjType *t, ObjStr *name) {
    const MethodDef *m;
    for (uint32_t k = 0; (m = ops_method_at(t, k)); k++) {
        if (str_equal_cstr(name, m->name)) return m;
    }
    return NULL;
}

// A built-in method of a built-in class of the MRO, as super() sees it.
static bool super_native(Run *r, ObjSuper *s, const ObjType *t, ObjStr *name, Value *out) {
    for (; t; t = t->base_type) {
        const MethodDef *m = find_method_in(t, name);
        if (!m) m = slotwrap_find(t, name->data, name->len);
        if (!m) continue;
        if (m->flags & METHOD_CLASS) return method_bind(r, v_obj((Obj *)t), m, out);  // int.__new__
        if (str_equal_cstr(name, "__new__")) return method_unbound(r, t, m, out);
        return method_bind(r, s->self, m, out);
    }
    return true;
}

static bool super_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjSuper *s = (ObjSuper *)v.as.obj;
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "__class__")) return true;
    const ObjType *st = s->self_type;
    size_t k = 0, len = 1;
    const ObjTuple *mro = NULL;
    if (type_is_class(st)) {
        mro = as_tuple(v_obj(((const ObjClass *)st)->mro));
        len = mro->len;
        while (k < len && mro->items[k].as.obj != &s->cls->base) k++;
    }
    bool instance = !(s->self.tag == VAL_OBJ && s->self.as.obj == &st->base);
    for (k++; k < len; k++) {
        const ObjType *t = (const ObjType *)mro->items[k].as.obj;
        if (!type_is_class(t)) return super_native(r, s, t, n, out);
        Value attr = dict_get_str(((const ObjClass *)t)->dict, n);
        if (!is_undef(attr)) return class_bind(r, attr, instance ? s->self : v_undef(), st, n, out);
    }
    return mro ? true : super_native(r, s, s->cls->base_type, n, out);
}

static bool super_repr(Run *r, Value v, Buf *out) {
    ObjSuper *s = (ObjSuper *)v.as.obj;
    (void)r;
    return buf_printf(out, "<super: <class '%s'>, <%s object>>", type_qualname(s->cls),
                      type_qualname(s->self_type));
}

const ObjType type_super = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "super",
    .id = TYPE_SUPER,
    .base_type = &type_object,
    .construct = super_construct,
    .slots = {.repr = super_repr, .getattr = super_getattr, .trace = super_trace},
};

// ---- object's methods ----

static const TypeSlots *layout_slots(Value v) {
    const ObjType *t = value_type(v);
    return type_is_class(t) ? class_instance_base_slots(t) : &t->slots;
}

bool object_init_container(Run *r, Value self, const Args *a) {
    if (is_dict(self)) {
        if (a->npos > 1) {
            return exc_raise(r, &exc_TypeError, "dict expected at most 1 argument, got %u", a->npos);
        }
        if (a->npos && !dict_update(r, self.as.obj, a->pos[0])) return false;
        for (uint32_t k = 0; k < a->nkw; k++) {
            if (!dict_set(r, self.as.obj, v_obj(a->kwnames[k]), a->kwvalues[k])) return false;
        }
        return true;
    }
    if (a->nkw) return exc_raise(r, &exc_TypeError, "list() takes no keyword arguments");
    if (a->npos > 1) return exc_raise(r, &exc_TypeError, "list expected at most 1 argument, got %u", a->npos);
    as_list(self)->len = 0;
    return !a->npos || list_extend(r, self.as.obj, a->pos[0]);
}

static bool object_init(Run *r, Value self, const Args *a, Value *out) {
    *out = v_none();
    if (is_dict(self) || is_list(self)) return object_init_container(r, self, a);
    if (is_exception(self)) {
        if (a->nkw) {
            return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", value_type_name(self));
        }
        Obj *args = tuple_new(r, a->npos);
        if (!args) return false;
        if (a->npos) memcpy(((ObjTuple *)args)->items, a->pos, a->npos * sizeof(Value));
        ((ObjException *)self.as.obj)->args = v_obj(args);
        return exc_fields_init(r, self.as.obj, a);  // OSError's and SyntaxError's __init__
    }
    if (a->npos || a->nkw) {
        // named after the class unless it overrides __init__ (and calls this one)
        const ObjType *t = value_type(self);
        bool own_init = type_is_class(t) && !is_undef(class_lookup(t, "__init__"));
        return exc_raise(r, &exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                         own_init ? "object" : t->name);
    }
    return true;
}

// object.__init_subclass__(): called on the class being made; takes no arguments
static bool object_init_subclass(Run *r, Value self, const Args *a, Value *out) {
    *out = v_none();
    if (a->nkw || a->npos) {
        const char *name = self.tag == VAL_OBJ && self.as.obj->type == &type_type
                               ? ((const ObjType *)self.as.obj)->name : value_type_name(self);
        return exc_raise(r, &exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", name);
    }
    return true;
}

static bool object_new(Run *r, Value self, const Args *a, Value *out) {
    if (value_type(self)->id != TYPE_TYPE) {
        return exc_raise(r, &exc_TypeError, "object.__new__(X): X is not a type object (%s)",
                         value_type_name(self));
    }
    if (self.as.obj == &type_object.base) {
        Args none = {0};
        return object_construct(r, self, &none, out);
    }
    // a built-in type, or a class deriving from one, is made by that type's own __new__
    const ObjType *t = (const ObjType *)self.as.obj;
    if (!is_class_value(self) || ((const ObjClass *)t)->native != &type_object) {
        const ObjType *b = t;  // CPython names the nearest type that inherits no Python __new__
        while (type_is_class(b) && is_function(class_lookup(b, "__new__"))) b = b->base_type;
        return exc_raise(r, &exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()",
                         t->name, b->name);
    }
    return class_alloc_instance(r, (const ObjType *)self.as.obj, a, out);
}

// The argument check of CPython's slot wrappers (object.__eq__ is one).
static bool object_wrapper_args(Run *r, const Args *a, const char *name, uint32_t n) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "wrapper %s() takes no keyword arguments", name);
    if (a->npos == n) return true;
    return exc_raise(r, &exc_TypeError, "expected %u argument%s, got %u", n, n == 1 ? "" : "s",
                     a->npos);
}

static bool object_repr_method(Run *r, Value self, const Args *a, Value *out) {
    if (!object_wrapper_args(r, a, "__repr__", 0)) return false;
    const TypeSlots *s = layout_slots(self);
    Buf b;
    buf_init(&b, r);
    bool ok = s->repr ? s->repr(r, self, &b) : ops_repr(r, self, &b);
    Obj *str = ok ? buf_to_str(&b) : NULL;
    if (!ok) buf_fini(&b);
    if (!str) return false;
    *out = v_obj(str);
    return true;
}

static bool object_str_method(Run *r, Value self, const Args *a, Value *out) {
    if (!object_wrapper_args(r, a, "__str__", 0)) return false;
    const TypeSlots *s = layout_slots(self);
    if (!s->str) return ops_repr_value(r, self, out);
    Buf b;
    buf_init(&b, r);
    bool ok = s->str(r, self, &b);
    Obj *str = ok ? buf_to_str(&b) : NULL;
    if (!ok) buf_fini(&b);
    if (!str) return false;
    *out = v_obj(str);
    return true;
}

static bool object_eq(Run *r, Value self, const Args *a, Value *out) {
    if (!object_wrapper_args(r, a, "__eq__", 1)) return false;
    Value other = a->pos[0];
    bool same = self.tag == other.tag && self.as.obj == other.as.obj;
    *out = same ? v_bool(true) : v_obj((Obj *)&obj_notimpl);
    return true;
}

static bool object_ne(Run *r, Value self, const Args *a, Value *out) {
    if (!object_wrapper_args(r, a, "__ne__", 1)) return false;
    Value res;
    if (!ops_compare(r, self, a->pos[0], AST_CMP_EQ, &res)) return false;
    bool t;
    if (!ops_truthy(r, res, &t)) return false;
    *out = v_bool(!t);
    return true;
}

static bool object_hash_method(Run *r, Value self, const Args *a, Value *out) {
    if (!object_wrapper_args(r, a, "__hash__", 0)) return false;
    const TypeSlots *s = layout_slots(self);
    int64_t h;
    if (!s->hash) return exc_raise(r, &exc_TypeError, "unhashable type: '%s'", value_type_name(self));
    if (!s->hash(r, self, &h)) return false;
    *out = v_int(h);
    return true;
}

// object.__getattribute__(name): the lookup that a class's own __getattribute__ replaces
static bool object_getattribute(Run *r, Value self, const Args *a, Value *out) {
    if (!object_wrapper_args(r, a, "__getattribute__", 1)) return false;
    Value name = a->pos[0];
    if (!is_str(name)) {
        return exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'", value_type_name(name));
    }
    return ops_generic_getattr(r, self, name.as.obj, out);
}

static bool object_setattr_to(Run *r, Value self, Value name, Value val) {
    if (!is_str(name)) {
        return exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'", value_type_name(name));
    }
    if (self.tag == VAL_OBJ && type_is_class(self.as.obj->type) && !is_class_value(self)) {
        return class_generic_setattr(r, self, name.as.obj, val);
    }
    if (is_class_value(self)) return class_type_setattr_plain(r, (const ObjType *)self.as.obj, name.as.obj, val);
    return ops_setattr(r, self, name.as.obj, val);
}

static bool object_setattr(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__setattr__", 2, 2)) return false;
    *out = v_none();
    return object_setattr_to(r, self, a->pos[0], a->pos[1]);
}

static bool object_delattr(Run *r, Value self, const Args *a, Value *out) {
    if (!object_wrapper_args(r, a, "__delattr__", 1)) return false;
    *out = v_none();
    return object_setattr_to(r, self, a->pos[0], v_undef());
}

// object.__getstate__(): the instance's attribute dict itself, None while it is empty; an
// instance of a class with __slots__ gives (None, {slot: value}), as CPython's does.
static bool object_getstate(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "object.__getstate__")) return false;
    Obj *d = is_exception(self) ? ((ObjException *)self.as.obj)->dict : class_instance_dict(self);
    *out = v_none();
    if (!d || dict_len(d) == 0) return true;
    const ObjType *t = value_type(self);
    if (!type_is_class(t) || !((const ObjClass *)t)->slotted) {
        *out = v_obj(d);
        return true;
    }
    Obj *slots = dict_copy(r, d);
    if (!slots || !gc_push_root(r, v_obj(slots))) return false;
    Obj *state = tuple_pack2(r, v_none(), v_obj(slots));
    gc_pop_roots(r, 1);
    if (!state) return false;
    *out = v_obj(state);
    return true;
}

bool object_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (a->npos || a->nkw) return exc_raise(r, &exc_TypeError, "object() takes no arguments");
    Obj *o = gc_alloc(r, &type_object, sizeof(Obj));
    if (!o) return false;
    *out = v_obj(o);
    return true;
}

// sorted by name, for ops' binary search; METHOD_SLOT marks what CPython has as slot wrappers
const MethodDef object_methods[] = {
    {"__delattr__", object_delattr, METHOD_SLOT},
    {"__eq__", object_eq, METHOD_SLOT},
    {"__getattribute__", object_getattribute, METHOD_SLOT},
    {"__getstate__", object_getstate},
    {"__hash__", object_hash_method, METHOD_SLOT},
    {"__init__", object_init, METHOD_SLOT},
    {"__init_subclass__", object_init_subclass},
    {"__ne__", object_ne, METHOD_SLOT},
    {"__new__", object_new},
    {"__repr__", object_repr_method, METHOD_SLOT},
    {"__setattr__", object_setattr, METHOD_SLOT},
    {"__str__", object_str_method, METHOD_SLOT},
};
_Static_assert(sizeof object_methods / sizeof *object_methods == OBJECT_METHOD_COUNT,
               "object_methods and OBJECT_METHOD_COUNT disagree");
