// __new__ of the built-in types as CPython's tp_new_wrapper checks its first argument, and
// __getnewargs__, the arguments that rebuild a value of an immutable built-in type.
#include "interp/obj_new.h"

#include <stdio.h>

#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_class.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_dict.h"
#include "interp/obj_int.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// The types whose __new__ makes an empty object for __init__ to fill: it ignores arguments.
static bool filled_by_init(const ObjType *t) {
    return t == &type_list || t == &type_dict || t == &type_set || t == &type_bytearray;
}

bool new_builtin(Run *r, const ObjType *owner, const Args *a, Value *out) {
    if (a->npos == 0) {
        return exc_raise(r, &exc_TypeError, "%s.__new__(): not enough arguments", owner->name);
    }
    Value cls = a->pos[0];
    if (value_type(cls)->id != TYPE_TYPE) {
        return exc_raise(r, &exc_TypeError, "%s.__new__(X): X is not a type object (%T)",
                         owner->name, cls);
    }
    const ObjType *t = (const ObjType *)cls.as.obj;
    if (!type_is_subtype(t, owner)) {
        return exc_raise(r, &exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                         owner->name, t->name, t->name, owner->name);
    }
    Args rest = {a->pos + 1, a->npos - 1, a->nkw, a->kwvalues, a->kwnames};
    if (filled_by_init(owner)) rest = (Args){0};
    if (type_is_class(t)) return class_alloc_instance(r, t, &rest, out);
    if (t != owner) {  // bool through int.__new__: bool's own __new__ must make it
        return exc_raise(r, &exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                         owner->name, t->name, t->name);
    }
    return owner->construct(r, cls, &rest, out);
}

// self as a value of its built-in type: a subclass's instance (a bool) as the plain value.
static bool plain_value(Run *r, Value self, Value *out) {
    Value v = boxed_unbox(self);
    if (int_check(v)) {
        *out = int_plain(v);
        return true;
    }
    if (!is_tuple(v) || v.as.obj->type == &type_tuple) {
        *out = v;
        return true;
    }
    Obj *t = tuple_from_iterable(r, v);  // a NamedTuple's items
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

bool new_getnewargs(Run *r, Value self, const Args *a, Value *out) {
    char qualname[48];
    snprintf(qualname, sizeof qualname, "%s.__getnewargs__", value_type_name(self));
    Value v;
    if (!container_args_none(r, a, qualname) || !plain_value(r, self, &v)) return false;
    if (!gc_push_root(r, v)) return false;
    Obj *args = tuple_new(r, 1);
    gc_pop_roots(r, 1);
    if (!args) return false;
    ((ObjTuple *)args)->items[0] = v;
    *out = v_obj(args);
    return true;
}
