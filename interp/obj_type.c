// The types `object` and `type`, and the Ellipsis and NotImplemented singletons.
#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_enum.h"
#include "interp/mod_typing.h"
#include "interp/obj_class.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_class_meta.h"
#include "interp/obj_class_slots.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/ops.h"

static bool object_repr(Run *r, Value v, Buf *out) {
    if (type_is_class(value_type(v))) {
        return buf_printf(out, "<%s.%s object at 0x%llx>", class_module_name(value_type(v)), type_qualname(value_type(v)),
                          (unsigned long long)run_object_id(r, v.as.obj));
    }
    return buf_printf(out, "<%s object at 0x%llx>", value_type_name(v),
                      (unsigned long long)(is_obj(v) ? run_object_id(r, v.as.obj) : 0));
}

static bool object_hash(Run *r, Value v, int64_t *out) {
    *out = (int64_t)(run_object_id(r, v.as.obj) >> 4);
    return true;
}

const ObjType type_object = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "object",
    .id = TYPE_OBJECT,
    .methods = object_methods,
    .method_count = OBJECT_METHOD_COUNT,
    .construct = object_construct,
    .slots = {.repr = object_repr, .hash = object_hash},
};

// A dunder of the class v's metaclass, its str result appended to out (*found false when the
// metaclass has none).
static bool type_meta_str(Run *r, Value v, const char *name, Buf *out, bool *found) {
    Value res;
    if (!meta_call_dunder(r, v, name, NULL, 0, &res, found)) return false;
    if (!*found) return true;
    if (!is_str(res)) {
        return exc_raise(r, &exc_TypeError, "%s returned non-string (type %s)", name, value_type_name(res));
    }
    return buf_append(out, as_str(res)->data, as_str(res)->len);
}

static bool type_repr(Run *r, Value v, Buf *out) {
    const ObjType *t = (const ObjType *)v.as.obj;
    bool found;
    if (!type_meta_str(r, v, "__repr__", out, &found)) return false;
    if (found) return true;
    int kind = type_is_class(t) ? ((const ObjClass *)t)->enum_kind : mod_enum_kind_of(t);
    if (kind != ENUM_NONE) {
        return buf_printf(out, "<%s '%s'>", kind == ENUM_FLAG || kind == ENUM_INTFLAG ? "flag" : "enum", t->name);
    }
    if (type_is_class(t)) return buf_printf(out, "<class '%s.%s'>", class_module_name(t), type_qualname(t));
    if (t->module) return buf_printf(out, "<class '%s.%s'>", t->module, t->name);
    return buf_printf(out, "<class '%s'>", t->name);
}

// str(cls): the metaclass's __str__, else repr
static bool type_str_slot(Run *r, Value v, Buf *out) {
    bool found;
    if (!type_meta_str(r, v, "__str__", out, &found)) return false;
    return found || type_repr(r, v, out);
}

static bool type_call(Run *r, Value callee, const Args *a, Value *out) {
    const ObjType *t = (const ObjType *)callee.as.obj;
    if (t == &type_type && a->npos == 1 && a->nkw == 0) {
        *out = v_obj((Obj *)meta_type_of(a->pos[0]));
        return true;
    }
    if (t == &type_type && a->npos == 3) return meta_type_new(r, &type_type, a, out);
    if (t == &type_type) return exc_raise(r, &exc_TypeError, "type() takes 1 or 3 arguments");
    if (!t->construct) return exc_raise(r, &exc_TypeError, "cannot create '%s' instances", t->name);
    return t->construct(r, callee, a, out);
}

static bool type_getattr(Run *r, Value v, Obj *name, Value *out);

// type.mro(): the method resolution order, as a list.
static bool type_mro(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "mro", 0, 0)) return false;
    Obj *name = str_from_cstr(r, "__mro__");
    Value mro;
    if (!name || !type_getattr(r, self, name, &mro) || !gc_push_root(r, mro)) return false;
    Obj *list = list_from_iterable(r, mro);
    gc_pop_roots(r, 1);
    if (!list) return false;
    *out = v_obj(list);
    return true;
}

static const MethodDef type_methods[] = {
    {"__call__", meta_type_call_method},
    {"__init__", meta_type_init_method},
    {"__new__", meta_type_new_method},
    {"__prepare__", meta_type_prepare_method, METHOD_CLASS},
    {"mro", type_mro},
};

static bool type_getitem(Run *r, Value v, Value key, Value *out) {
    const ObjType *t = (const ObjType *)v.as.obj;
    if (type_is_class(t)) return class_getitem(r, t, key, out);
    return mod_typing_class_getitem(r, v, key, out);
}

// Enum classes iterate over their members, have a length and answer `in`; other classes do
// not (the slots give the errors ops would).
static const ObjClass *type_as_enum(Value v) {
    const ObjType *t = (const ObjType *)v.as.obj;
    return type_is_class(t) && ((const ObjClass *)t)->enum_members ? (const ObjClass *)t : NULL;
}

static bool type_iter(Run *r, Value v, Value *out) {
    bool found;
    if (!meta_call_dunder(r, v, "__iter__", NULL, 0, out, &found)) return false;
    if (found) return true;
    const ObjClass *e = type_as_enum(v);
    if (!e) return exc_raise(r, &exc_TypeError, "'type' object is not iterable");
    return mod_enum_iter(r, e, out);
}

static bool type_len(Run *r, Value v, int64_t *out) {
    Value n;
    bool found;
    if (!meta_call_dunder(r, v, "__len__", NULL, 0, &n, &found)) return false;
    if (found) return class_len_result(r, n, out);
    const ObjClass *e = type_as_enum(v);
    if (!e) return exc_raise(r, &exc_TypeError, "object of type 'type' has no len()");
    *out = mod_enum_len(e);
    return true;
}

static bool type_contains(Run *r, Value v, Value x, bool *out) {
    Value res;
    bool found;
    if (!meta_call_dunder(r, v, "__contains__", &x, 1, &res, &found)) return false;
    if (found) return ops_truthy(r, res, out);
    const ObjClass *e = type_as_enum(v);
    if (!e) return exc_raise(r, &exc_TypeError, "argument of type 'type' is not a container or iterable");
    return mod_enum_contains(r, e, x, out);
}

static bool type_truthy(Run *r, Value v, bool *out) {
    (void)r;
    (void)v;
    *out = true;
    return true;
}

static bool type_setattr(Run *r, Value v, Obj *name, Value val) {
    const ObjType *t = (const ObjType *)v.as.obj;
    if (type_is_class(t)) return class_type_setattr(r, t, name, val);
    return exc_raise(r, &exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                     ((ObjStr *)name)->data, t->name);
}

const ObjType type_type = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "type",
    .id = TYPE_TYPE,
    .base_type = &type_object,
    .methods = type_methods,
    .method_count = sizeof type_methods / sizeof *type_methods,
    .slots = {.repr = type_repr, .str = type_str_slot, .hash = object_hash, .call = type_call, .getattr = type_getattr,
              .setattr = type_setattr, .getitem = type_getitem,
              .binary = mod_typing_type_or, .trace = class_trace, .iter = type_iter,
              .len = type_len, .contains = type_contains, .truthy = type_truthy},
};

#include "interp/obj_str.h"
#include "interp/obj_tuple.h"

static bool type_getattr(Run *r, Value v, Obj *name, Value *out) {
    const ObjType *t = (const ObjType *)v.as.obj;
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (type_is_class(t)) return class_type_getattr(r, t, n, out);
    // Types that CPython writes in C carry their module in the name ("typing.TypeVar").
    const char *dot = strrchr(t->name, '.');
    if (str_equal_cstr(n, "__name__") || str_equal_cstr(n, "__qualname__")) {
        Obj *s = str_from_cstr(r, dot ? dot + 1 : t->name);
        if (!s) return false;
        *out = v_obj(s);
    } else if (str_equal_cstr(n, "__module__")) {
        Obj *s = dot ? str_new(r, t->name, (size_t)(dot - t->name))
                     : str_from_cstr(r, t->module ? t->module : "builtins");
        if (!s) return false;
        *out = v_obj(s);
    } else if (str_equal_cstr(n, "__mro__") || str_equal_cstr(n, "__bases__")) {
        bool mro = str_equal_cstr(n, "__mro__");
        size_t count = 0;
        for (const ObjType *b = mro ? t : t->base_type; b && (mro || count == 0); b = b->base_type) count++;
        Obj *tup = tuple_new(r, count);
        if (!tup) return false;
        const ObjType *b = mro ? t : t->base_type;
        for (size_t k = 0; k < count; k++, b = b->base_type) ((ObjTuple *)tup)->items[k] = v_obj((Obj *)b);
        *out = v_obj(tup);
    } else if (str_equal_cstr(n, "__base__")) {
        *out = t->base_type ? v_obj((Obj *)t->base_type) : v_none();
    } else if (str_equal_cstr(n, "__doc__")) {
        *out = v_none();  // moat keeps no docstrings of its types (interp/README.md)
    }
    return true;
}

static bool ellipsis_repr(Run *r, Value v, Buf *out) {
    (void)r;
    (void)v;
    return buf_append_cstr(out, "Ellipsis");
}

static bool notimpl_repr(Run *r, Value v, Buf *out) {
    (void)r;
    (void)v;
    return buf_append_cstr(out, "NotImplemented");
}

// EllipsisType() and NotImplementedType(): the singletons; they take no arguments.
static bool singleton_construct(Run *r, Value callee, const Args *a, Value *out) {
    const ObjType *t = (const ObjType *)callee.as.obj;
    bool ellipsis = t->id == TYPE_ELLIPSIS;
    if (a->npos || a->nkw) {
        return exc_raise(r, &exc_TypeError, "%s takes no arguments",
                         ellipsis ? "EllipsisType" : t->name);
    }
    *out = v_obj((Obj *)(ellipsis ? &obj_ellipsis : &obj_notimpl));
    return true;
}

// CPython 3.14 refuses NotImplemented's truth value (it was a DeprecationWarning since 3.9).
static bool notimpl_truthy(Run *r, Value v, bool *out) {
    (void)v;
    (void)out;
    return exc_raise(r, &exc_TypeError, "NotImplemented should not be used in a boolean context");
}

const ObjType type_ellipsis = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "ellipsis",
    .id = TYPE_ELLIPSIS,
    .base_type = &type_object,
    .construct = singleton_construct,
    .slots = {.repr = ellipsis_repr, .hash = object_hash},
};

const ObjType type_notimpl = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "NotImplementedType",
    .id = TYPE_NOTIMPL,
    .base_type = &type_object,
    .construct = singleton_construct,
    .slots = {.repr = notimpl_repr, .hash = object_hash, .truthy = notimpl_truthy},
};

const Obj obj_ellipsis = {.type = &type_ellipsis, .flags = OBJ_STATIC};
const Obj obj_notimpl = {.type = &type_notimpl, .flags = OBJ_STATIC};
