// Classes made by `class` statements: building them (__build_class__, the C3 MRO), their
// instances, and attribute lookup on both. Dunder dispatch is in obj_class_slots.c, bound
// methods and the descriptor types in obj_class_descr.c.
#include "interp/obj_class.h"

#include <string.h>

#include "interp/dir_names.h"
#include "interp/exc.h"
#include "interp/exc_fields.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_abc.h"
#include "interp/mod_collections.h"
#include "interp/mod_collections_abc.h"
#include "interp/mod_contextlib.h"
#include "interp/mod_functools.h"
#include "interp/mod_enum.h"
#include "interp/mod_typing.h"
#include "interp/mod_typing_alias.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_class_typeddict.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_class_meta.h"
#include "interp/obj_class_slots.h"
#include "interp/obj_class_tuple.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_list_sort.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

static const ObjClass *as_class(const ObjType *t) {
    return (const ObjClass *)t;
}

const char *type_qualname(const ObjType *t) {
    return type_is_class(t) ? as_str(v_obj(as_class(t)->qualname))->data : t->name;
}

const char *class_module_name(const ObjType *t) {
    Value m = class_type_own(t, "__module__");
    return is_str(m) ? as_str(m)->data : "__main__";
}

bool class_mro_contains(const ObjType *t, const ObjType *base) {
    const ObjTuple *mro = (const ObjTuple *)as_class(t)->mro;
    for (size_t k = 0; k < mro->len; k++) {
        if (mro->items[k].as.obj == &base->base) return true;
    }
    return false;
}

// A lookup key for a C string without allocating: a str living on the C stack.
typedef struct NameKey {
    _Alignas(16) char mem[sizeof(ObjStr) + 48];
} NameKey;

static ObjStr *name_key(NameKey *k, const char *s) {
    size_t len = strlen(s);
    MOAT_ASSERT(str_static_size(len) <= sizeof k->mem);
    return (ObjStr *)str_init_static(k->mem, s, len);
}

static Value class_lookup_str(const ObjType *t, ObjStr *name) {
    if (!type_is_class(t)) return v_undef();
    const ObjTuple *mro = (const ObjTuple *)as_class(t)->mro;
    for (size_t k = 0; k < mro->len; k++) {
        const ObjType *c = (const ObjType *)mro->items[k].as.obj;
        if (!type_is_class(c)) continue;
        Value v = dict_get_str(as_class(c)->dict, name);
        if (!is_undef(v)) return v;
    }
    return v_undef();
}

Value class_type_own(const ObjType *t, const char *name) {
    NameKey k;
    return dict_get_str(as_class(t)->dict, name_key(&k, name));
}

Value class_lookup(const ObjType *t, const char *name) {
    NameKey k;
    return class_lookup_str(t, name_key(&k, name));
}

// ---- instances ----

// Instances of classes deriving from dict, list or collections' types: the built-in's struct,
// then the attribute dict pointer. 0 for other built-ins.
static size_t container_size(const ObjType *native) {
    if (native == &type_dict) return sizeof(ObjDict);
    return native == &type_list ? sizeof(ObjList) : mod_collections_layout_size(native);
}

static bool is_container(const ObjType *native) {
    return container_size(native) != 0;
}

// Where the instance keeps its attribute dict; NULL for tuple-like instances, which have none.
static Obj **instance_dict_slot(Value v) {
    const ObjClass *c = as_class(v.as.obj->type);
    if (c->native->id == TYPE_EXCEPTION) return &((ObjException *)v.as.obj)->dict;
    if (is_container(c->native)) {
        return (Obj **)(void *)((char *)v.as.obj + container_size(c->native));
    }
    if (c->native == &type_tuple) return class_tuple_is_named(c) ? NULL : class_tuple_dict_slot(v);
    if (c->native != &type_object && !c->boxed) return NULL;
    return &((ObjInstance *)v.as.obj)->dict;
}

Obj *class_instance_dict(Value v) {
    if (v.tag != VAL_OBJ || !type_is_class(v.as.obj->type)) return NULL;
    Obj **slot = instance_dict_slot(v);
    return slot ? *slot : NULL;
}

static Obj *instance_dict_make(Run *r, Value v, Obj *name) {
    Obj **slot = instance_dict_slot(v);
    Value field;
    if (!slot && class_tuple_field(v, (ObjStr *)name, &field)) {
        // a named tuple's field is a read-only property
        exc_raise(r, &exc_AttributeError, "can't set attribute");
        return NULL;
    }
    if (!slot) {
        exc_raise(r, &exc_AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                  v.as.obj->type->name, ((ObjStr *)name)->data);
        return NULL;
    }
    if (!*slot) *slot = dict_new(r);
    return *slot;
}

// "Can't instantiate abstract class Shape without an implementation for abstract method 'area'"
static bool class_abstract_error(Run *r, const ObjClass *c) {
    const ObjTuple *names = (const ObjTuple *)c->abstracts;
    Buf b;
    buf_init(&b, r);
    bool ok = true;
    for (size_t k = 0; ok && k < names->len; k++) {
        ok = buf_printf(&b, "%s'%s'", k ? ", " : "", as_str(names->items[k])->data);
    }
    Obj *list = ok ? buf_to_str(&b) : NULL;
    if (!ok) buf_fini(&b);
    if (!list) return false;
    return exc_raise(r, &exc_TypeError, "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                     c->type.name, names->len == 1 ? "" : "s", as_str(v_obj(list))->data);
}

bool class_alloc_instance(Run *r, const ObjType *cls, const Args *a, Value *out) {
    const ObjClass *c = as_class(cls);
    if (c->abstracts) return class_abstract_error(r, c);
    if (c->native == &type_type) {
        // CPython names the nearest class of the base chain with no __new__ of its own
        const ObjType *b = cls;
        while (type_is_class(b) && !is_undef(class_type_own(b, "__new__"))) b = b->base_type;
        return exc_raise(r, &exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls->name, b->name);
    }
    if (c->native->id == TYPE_EXCEPTION) {
        Obj *args = tuple_new(r, a ? a->npos : 0);
        if (!args) return false;
        if (a && a->npos) memcpy(((ObjTuple *)args)->items, a->pos, a->npos * sizeof(Value));
        Obj *e = exc_new(r, cls, args);
        if (!e || !gc_push_root(r, v_obj(e))) return false;
        bool ok = exc_fields_init(r, e, a ? a : &(Args){0});
        gc_pop_roots(r, 1);
        *out = v_obj(e);
        return ok;
    }
    if (c->boxed) return boxed_new(r, cls, a, out);
    if (c->native == &type_tuple) return class_tuple_from(r, c, a, out);
    if (is_container(c->native)) {
        // a zeroed dict, list or deque is an empty one; the attribute dict follows it
        Obj *o = gc_alloc(r, cls, container_size(c->native) + sizeof(Obj *));
        if (!o) return false;
        *out = v_obj(o);
        return true;
    }
    ObjInstance *o = (ObjInstance *)gc_alloc(r, cls, sizeof(ObjInstance));
    if (!o) return false;
    *out = v_obj(&o->base);
    return true;
}

Value class_init_function(const ObjType *cls) {
    if (as_class(cls)->enum_members || as_class(cls)->native == &type_tuple ||
        as_class(cls)->native == &type_type || !is_undef(meta_lookup(cls, "__call__")) ||
        !is_undef(class_lookup(cls, "__new__"))) {
        return v_undef();
    }
    Value init = class_lookup(cls, "__init__");
    return is_function(init) ? init : v_undef();
}

bool class_check_init_result(Run *r, Value result) {
    if (is_none(result)) return true;
    return exc_raise(r, &exc_TypeError, "__init__() should return None, not '%s'",
                     value_type_name(result));
}

// Calls callee(first, a...): a method with its self, __new__ with its class.
static bool call_with_first(Run *r, Value callee, Value first, const Args *a, Value *out) {
    uint32_t n = a->npos + a->nkw + 1;
    Value buf[16];
    Value *vals = n <= 16 ? buf : mem_alloc(r, n * sizeof(Value));
    if (!vals) return false;
    vals[0] = first;
    if (a->npos) memcpy(vals + 1, a->pos, a->npos * sizeof(Value));
    if (a->nkw) memcpy(vals + 1 + a->npos, a->kwvalues, a->nkw * sizeof(Value));
    Args b = {vals, a->npos + 1, a->nkw, vals + 1 + a->npos, a->kwnames};
    bool ok = vm_call(r, callee, &b, out);
    if (vals != buf) mem_free(r, vals, n * sizeof(Value));
    return ok;
}

bool class_call_bound(Run *r, Value func, Value self, const Args *a, Value *out) {
    return call_with_first(r, func, self, a, out);
}

static Value descr_func(Value v) {
    return ((ObjDescr *)v.as.obj)->func;
}

bool class_new_instance(Run *r, Value callee, const Args *a, Value *out) {
    const ObjType *cls = (const ObjType *)callee.as.obj;
    if (as_class(cls)->enum_members) return mod_enum_call(r, as_class(cls), a, out);
    if (as_class(cls)->native == &type_tuple && class_tuple_is_named(as_class(cls))) {
        return class_tuple_new(r, as_class(cls), a, out);
    }
    Value newf = class_lookup(cls, "__new__"), self;
    if (!is_undef(newf)) {
        if (is_obj(newf) && newf.as.obj->type == &type_staticmethod) newf = descr_func(newf);
        if (!call_with_first(r, newf, callee, a, &self)) return false;
        if (!type_is_subtype(meta_type_of(self), cls)) {
            *out = self;
            return true;
        }
    } else if (as_class(cls)->native == &type_type) {
        if (!meta_type_new(r, cls, a, &self)) return false;  // a metaclass: type.__new__
    } else if (!class_alloc_instance(r, cls, a, &self)) {
        return false;
    }
    if (!gc_push_root(r, self)) return false;
    Value init = class_lookup(cls, "__init__"), res;
    bool ok = true;
    if (!is_undef(init)) {
        ok = class_bind(r, init, self, cls, NULL, &init) && gc_push_root(r, init);
        if (ok) {
            ok = vm_call(r, init, a, &res) && class_check_init_result(r, res);
            gc_pop_roots(r, 1);
        }
    } else if (mod_collections_layout_size(as_class(cls)->native)) {
        ok = mod_collections_init_instance(r, as_class(cls)->native, self, a);
    } else if (as_class(cls)->native == &type_dict || as_class(cls)->native == &type_list) {
        ok = object_init_container(r, self, a);
    } else if (is_undef(newf) && as_class(cls)->native == &type_object && (a->npos || a->nkw)) {
        ok = exc_raise(r, &exc_TypeError, "%s() takes no arguments", cls->name);
    }
    gc_pop_roots(r, 1);
    *out = self;
    return ok;
}

// Calling a class from C (the VM runs most __init__ calls in a frame of their own instead):
// its metaclass's __call__ when that has one.
static bool class_construct(Run *r, Value callee, const Args *a, Value *out) {
    // a TypedDict class makes plain dicts
    if (as_class((const ObjType *)callee.as.obj)->typeddict) return ops_call(r, v_obj((Obj *)&type_dict), a, out);
    bool found;
    if (!meta_call(r, callee, "__call__", a, out, &found)) return false;
    return found || class_new_instance(r, callee, a, out);
}

// ---- attributes ----

bool class_bind(Run *r, Value attr, Value self, const ObjType *cls, ObjStr *name, Value *out) {
    const ObjType *at = attr.tag == VAL_OBJ ? attr.as.obj->type : NULL;
    if (is_function(attr) || at == &mod_contextlib_factory || at == &mod_functools_partial ||
        at == &mod_functools_lru_wrapper) {
        if (is_undef(self)) {
            *out = attr;
            return true;
        }
        return bound_method_new(r, attr, self, out);
    }
    if (attr.tag == VAL_OBJ && attr.as.obj->type == &type_builtin &&
        is_undef(((ObjBuiltin *)attr.as.obj)->self) && !is_undef(self)) {
        // a method descriptor (str.upper, a dataclass's __init__) binds like a function
        const ObjBuiltin *m = (const ObjBuiltin *)attr.as.obj;
        if (!method_bind(r, self, m->def, out)) return false;
        if (m->owner && type_is_class(m->owner)) ((ObjBuiltin *)out->as.obj)->owner = m->owner;  // a class's own
        return true;
    }
    if (at == &mod_functools_cached_property && name) {
        return mod_functools_cached_get(r, attr, self, name, out);
    }
    if (attr.tag == VAL_OBJ && attr.as.obj->type == &type_staticmethod) {
        *out = descr_func(attr);
        return true;
    }
    if (attr.tag == VAL_OBJ && attr.as.obj->type == &type_classmethod) {
        return bound_method_new(r, descr_func(attr), v_obj((Obj *)cls), out);
    }
    if (attr.tag == VAL_OBJ && attr.as.obj->type == &type_property && !is_undef(self)) {
        return property_get(r, attr, self, name, out);
    }
    if (attr.tag == VAL_OBJ && type_is_class(attr.as.obj->type) &&
        !is_undef(class_lookup(attr.as.obj->type, "__get__"))) {
        // a descriptor written in Python: __get__(instance or None, owner)
        Value args[2] = {is_undef(self) ? v_none() : self, v_obj((Obj *)cls)};
        bool found;
        return class_call_dunder(r, attr, "__get__", args, 2, out, &found);
    }
    *out = attr;
    return true;
}

// Properties and classes with __set__ or __delete__ take precedence over the instance dict.
static bool is_data_descriptor(Value v) {
    if (v.tag != VAL_OBJ) return false;
    if (v.as.obj->type == &type_property) return true;
    const ObjType *t = v.as.obj->type;
    return type_is_class(t) && (!is_undef(class_lookup(t, "__set__")) || !is_undef(class_lookup(t, "__delete__")));
}

static bool is_property(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_property;
}

// Assigning (val undef: deleting) through a descriptor written in Python.
static bool descriptor_set(Run *r, Value descr, Value self, Value val) {
    const char *hook = is_undef(val) ? "__delete__" : "__set__";
    Value args[2] = {self, val}, res;
    bool found;
    if (!class_call_dunder(r, descr, hook, args, is_undef(val) ? 1 : 2, &res, &found)) return false;
    if (found) return true;
    return exc_raise(r, &exc_AttributeError, "%s", is_undef(val) ? "__delete__" : "__set__");
}

bool class_instance_getattr(Run *r, Value v, Obj *name, Value *out) {
    const ObjType *t = v.as.obj->type;
    ObjStr *n = (ObjStr *)name;
    if (as_class(t)->native == &type_tuple && class_tuple_field(v, n, out)) return true;
    Value attr = class_lookup_str(t, n);
    if (is_data_descriptor(attr)) return class_bind(r, attr, v, t, n, out);
    Obj *d = class_instance_dict(v);
    *out = d ? dict_get_str(d, n) : v_undef();
    if (!is_undef(*out)) return true;
    if (!is_undef(attr)) return class_bind(r, attr, v, t, n, out);
    if (str_equal_cstr(n, "__dict__") && !as_class(t)->slotted) {
        Obj *made = instance_dict_make(r, v, name);
        if (!made) return false;
        *out = v_obj(made);
        return true;
    }
    const ObjType *native = as_class(t)->native;
    if (native->slots.getattr) return native->slots.getattr(r, boxed_unbox(v), name, out);
    return true;
}

// ---- __slots__ ----

// Whether the class and every class of its MRO list __slots__, with object's layout.
static bool class_is_slotted(const ObjClass *c) {
    if (c->native != &type_object) return false;
    const ObjTuple *mro = (const ObjTuple *)c->mro;
    for (size_t k = 0; k < mro->len; k++) {
        const ObjType *t = (const ObjType *)mro->items[k].as.obj;
        if (type_is_class(t) && is_undef(class_type_own(t, "__slots__"))) return false;
    }
    return true;
}

void class_update_slotted(ObjClass *c) {
    c->slotted = class_is_slotted(c);
}

// Whether some class of the MRO names `name` in its __slots__ (a str or a tuple/list of them).
static bool slot_declared(const ObjType *t, const ObjStr *name) {
    const ObjTuple *mro = (const ObjTuple *)as_class(t)->mro;
    for (size_t k = 0; k < mro->len; k++) {
        const ObjType *c = (const ObjType *)mro->items[k].as.obj;
        if (!type_is_class(c)) continue;
        Value slots = class_type_own(c, "__slots__");
        if (is_str(slots) && str_equal(as_str(slots), name)) return true;
        const Value *items = NULL;
        size_t n = 0;
        if (is_tuple(slots)) items = as_tuple(slots)->items, n = as_tuple(slots)->len;
        else if (is_list(slots)) items = as_list(slots)->items, n = as_list(slots)->len;
        for (size_t j = 0; j < n; j++) {
            if (is_str(items[j]) && str_equal(as_str(items[j]), name)) return true;
        }
    }
    return false;
}

bool class_generic_setattr(Run *r, Value v, Obj *name, Value val) {
    const ObjType *t = v.as.obj->type;
    ObjStr *n = (ObjStr *)name;
    Value attr = class_lookup_str(t, n);
    if (is_property(attr)) return property_set(r, attr, v, n, val);
    if (is_data_descriptor(attr)) return descriptor_set(r, attr, v, val);
    const ObjType *native = as_class(t)->native;
    if (native->id == TYPE_EXCEPTION) {
        // args, __cause__ and the other exception fields belong to the exception
        Value field = v_undef();
        if (!native->slots.getattr(r, v, name, &field)) return false;
        if (!is_undef(field) || str_equal_cstr(n, "__traceback__")) {
            return native->slots.setattr(r, v, name, val);
        }
    }
    Value field;
    if (as_class(t)->native == &type_tuple && class_tuple_field(v, n, &field)) {
        // a named tuple's fields are read-only descriptors
        return exc_raise(r, &exc_AttributeError, "can't %s attribute", is_undef(val) ? "delete" : "set");
    }
    if (as_class(t)->slotted && !slot_declared(t, n)) {
        return exc_raise(r, &exc_AttributeError,
                         "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                         t->name, n->data);
    }
    // name and val may be held only by a C caller
    if (!gc_push_root(r, v_obj(name)) || !gc_push_root(r, val)) return false;
    Obj *d = instance_dict_make(r, v, name);
    gc_pop_roots(r, 2);
    if (!d) return false;
    if (!is_undef(val)) return dict_set(r, d, v_obj(name), val);
    bool found;
    if (!dict_del(r, d, v_obj(name), &found)) return false;
    if (found) return true;
    exc_raise(r, &exc_AttributeError, "'%s' object has no attribute '%s'", t->name, n->data);
    exc_set_name(r, name, v);
    return false;
}

bool class_instance_setattr(Run *r, Value v, Obj *name, Value val) {
    const char *hook = is_undef(val) ? "__delattr__" : "__setattr__";
    Value f = class_lookup(v.as.obj->type, hook);
    if (is_undef(f)) return class_generic_setattr(r, v, name, val);
    Value args[2] = {v_obj(name), val}, res;
    bool found;
    return class_call_dunder(r, v, hook, args, is_undef(val) ? 1 : 2, &res, &found);
}

bool class_getattr_hook(Run *r, Value v, Obj *name, Value *out, bool *handled) {
    *handled = false;
    if (is_class_value(v) && !is_undef(meta_lookup((const ObjType *)v.as.obj, "__getattr__"))) {
        exc_clear(r);
        Value arg = v_obj(name);
        return meta_call_dunder(r, v, "__getattr__", &arg, 1, out, handled);
    }
    if (v.tag != VAL_OBJ || !type_is_class(v.as.obj->type)) return true;
    if (is_undef(class_lookup(v.as.obj->type, "__getattr__"))) return true;
    *handled = true;
    exc_clear(r);
    Value arg = v_obj(name);
    bool found;
    return class_call_dunder(r, v, "__getattr__", &arg, 1, out, &found);
}

Value class_property_getter(Value obj, Obj *name) {
    if (class_overrides_getattribute(obj.as.obj->type)) return v_undef();  // it sees every read
    // a getter's AttributeError falls back to __getattr__: ops_getattr's path does that
    if (!is_undef(class_lookup(obj.as.obj->type, "__getattr__"))) return v_undef();
    Value attr = class_lookup_str(obj.as.obj->type, (ObjStr *)name);
    if (!is_property(attr)) return v_undef();
    Value fget = ((ObjDescr *)attr.as.obj)->func;
    return is_function(fget) ? fget : v_undef();
}

Value class_python_dunder(Value obj, const char *name) {
    if (obj.tag != VAL_OBJ || !type_is_class(obj.as.obj->type)) return v_undef();
    Value f = class_lookup(obj.as.obj->type, name);
    return is_function(f) ? f : v_undef();
}

bool class_lookup_method(Run *r, Value obj, Obj *name, Value *func, Value *attr) {
    *func = v_undef();
    const ObjType *t = obj.as.obj->type;
    Value f = class_lookup_str(t, (ObjStr *)name);
    Obj *d = class_instance_dict(obj);
    if (is_function(f) && (!d || is_undef(dict_get_str(d, (ObjStr *)name))) &&
        !class_overrides_getattribute(t)) {
        *func = f;
        return true;
    }
    return ops_getattr(r, obj, name, attr);
}

bool class_call_dunder(Run *r, Value v, const char *name, const Value *args, uint32_t n,
                       Value *out, bool *found) {
    NameKey k;
    ObjStr *key = name_key(&k, name);
    const ObjType *t = value_type(v);
    Value attr = class_lookup_str(t, key);
    *found = !is_undef(attr);
    Args a = {(Value *)args, n, 0, NULL, NULL};
    if (!*found && is_boxed(v)) {  // int's, float's or str's own: __round__, __index__, __abs__
        const MethodDef *m = ops_type_method(as_class(t)->native, name);
        *found = m != NULL;
        return !m || m->fn(r, boxed_unbox(v), &a, out);
    }
    if (!*found) return true;
    if (is_function(attr)) return call_with_first(r, attr, v, &a, out);
    Value callee;
    if (!class_bind(r, attr, v, t, NULL, &callee) || !gc_push_root(r, callee)) return false;
    bool ok = vm_call(r, callee, &a, out);
    gc_pop_roots(r, 1);
    return ok;
}

// What reading attribute `name` of the class t gives; undef when the class has no such
// attribute (the built-in methods of its base are looked up after).
bool class_type_getattr(Run *r, const ObjType *t, ObjStr *name, Value *out) {
    const ObjClass *c = as_class(t);
    *out = v_undef();
    if (str_equal_cstr(name, "__name__")) *out = v_obj(c->name);
    else if (str_equal_cstr(name, "__qualname__")) *out = v_obj(c->qualname);
    else if (str_equal_cstr(name, "__dict__")) *out = v_obj(c->dict);
    else if (str_equal_cstr(name, "__mro__")) *out = v_obj(c->mro);
    else if (str_equal_cstr(name, "__bases__")) *out = v_obj(c->bases);
    else if (str_equal_cstr(name, "__base__")) *out = v_obj((Obj *)t->base_type);
    else if (str_equal_cstr(name, "__members__") && c->enum_map) *out = v_obj(c->enum_map);
    else if (str_equal_cstr(name, "__class__")) *out = v_obj((Obj *)meta_type_of(v_obj((Obj *)t)));
    else if (str_equal_cstr(name, "__annotations__") && is_undef(class_type_own(t, "__annotations__"))) {
        return class_annotations(r, (ObjClass *)c, out);
    }
    if (!is_undef(*out)) return true;
    // the metaclass's data descriptors come first, its other attributes after the class's own
    Value meta_attr = c->meta ? class_lookup_str(c->meta, name) : v_undef();
    if (is_data_descriptor(meta_attr)) return class_bind(r, meta_attr, v_obj((Obj *)t), c->meta, name, out);
    Value attr = class_lookup_str(t, name);
    if (!is_undef(attr)) return class_bind(r, attr, v_undef(), t, name, out);
    // a built-in base's method (object.__repr__) is the class's own before the metaclass's
    if (!is_undef(meta_attr) && !ops_type_method(t->base_type, name->data)) {
        return class_bind(r, meta_attr, v_obj((Obj *)t), c->meta, name, out);
    }
    if (str_equal_cstr(name, "__doc__")) *out = v_none();
    return true;
}

// A dunder assigned to t changes the slots of t and of every class deriving from it; classes
// do not list their subclasses, so the heap is searched (rare: assigning dunders to classes).
static void class_refill_slots(Run *r, const ObjType *t) {
    for (Obj *o = r->objects; o; o = o->gc_next) {
        if (o->type == &type_type && type_is_class((const ObjType *)o) &&
            class_mro_contains((const ObjType *)o, t)) {
            class_slots_fill((ObjClass *)o);
        }
    }
}

// Assigning a dunder may change which slots the class needs.
bool class_type_setattr_plain(Run *r, const ObjType *t, Obj *name, Value val) {
    ObjClass *c = (ObjClass *)t;
    ObjStr *n = (ObjStr *)name;
    if (!mod_enum_check_class_setattr(r, c, name, val)) return false;
    Value meta_attr = c->meta ? class_lookup_str(c->meta, n) : v_undef();
    if (is_property(meta_attr)) return property_set(r, meta_attr, v_obj((Obj *)t), n, val);
    if (is_data_descriptor(meta_attr)) return descriptor_set(r, meta_attr, v_obj((Obj *)t), val);
    if (is_undef(val)) {
        bool found;
        if (!dict_del(r, c->dict, v_obj(name), &found)) return false;
        if (!found) {
            exc_raise(r, &exc_AttributeError, "type object '%s' has no attribute '%s'", t->name, n->data);
            exc_set_name(r, name, v_obj((Obj *)t));
            return false;
        }
    } else if (!dict_set(r, c->dict, v_obj(name), val)) {
        return false;
    }
    if (n->len > 4 && memcmp(n->data, "__", 2) == 0) class_refill_slots(r, t);
    return true;
}

// C.x = v (val undef: del C.x): the metaclass's __setattr__ or __delattr__ when it has one
bool class_type_setattr(Run *r, const ObjType *t, Obj *name, Value val) {
    const char *hook = is_undef(val) ? "__delattr__" : "__setattr__";
    if (is_undef(meta_lookup(t, hook))) return class_type_setattr_plain(r, t, name, val);
    Value args[2] = {v_obj(name), val}, res;
    bool found;
    return meta_call_dunder(r, v_obj((Obj *)t), hook, args, is_undef(val) ? 1 : 2, &res, &found);
}

bool class_index(Run *r, Value v, Value *out, bool *found) {
    *found = false;
    if (!type_is_class(value_type(v))) return true;
    if (!class_call_dunder(r, v, "__index__", NULL, 0, out, found)) return false;
    if (!*found) return true;
    if (value_type(*out) != &type_int && !is_bool(*out)) {
        return exc_raise(r, &exc_TypeError, "__index__ returned non-int (type %s)", value_type_name(*out));
    }
    if (is_bool(*out)) *out = v_int(out->as.b);
    return true;
}

bool class_getitem(Run *r, const ObjType *t, Value key, Value *out) {
    if (as_class(t)->enum_map) return mod_enum_getitem(r, as_class(t), key, out);
    bool found;  // the metaclass's __getitem__ comes before __class_getitem__
    if (!meta_call_dunder(r, v_obj((Obj *)t), "__getitem__", &key, 1, out, &found)) return false;
    if (found) return true;
    Value f = class_lookup(t, "__class_getitem__");
    if (!is_undef(f)) {
        Value bound;
        if (is_function(f)) {
            if (!bound_method_new(r, f, v_obj((Obj *)t), &bound)) return false;
        } else if (!class_bind(r, f, v_undef(), t, NULL, &bound)) {
            return false;
        }
        if (!gc_push_root(r, bound)) return false;
        Args a = {&key, 1, 0, NULL, NULL};
        bool ok = vm_call(r, bound, &a, out);
        gc_pop_roots(r, 1);
        return ok;
    }
    if (!as_class(t)->generic) return exc_raise(r, &exc_TypeError, "type '%s' is not subscriptable", t->name);
    return typing_generic_class_getitem(r, v_obj((Obj *)t), class_type_own(t, "__parameters__"), key, out);
}

// A built-in context manager (contextlib's): its __enter__ and __exit__ methods.
// The names `with` (or, async, `async with`) looks up, and what its error calls the protocol.
static void with_names(bool async, const char **enter, const char **exit, const char **protocol) {
    *enter = async ? "__aenter__" : "__enter__";
    *exit = async ? "__aexit__" : "__exit__";
    *protocol = async ? "asynchronous context manager" : "context manager";
}

// The TypeError of a `with` whose manager lacks `method`; `other`: it supports the protocol of
// the other kind of `with`, which CPython suggests.
static bool with_missing(Run *r, const char *type_name, bool async, const char *method, bool other) {
    const char *en, *ex, *protocol, *other_protocol;
    with_names(async, &en, &ex, &protocol);
    with_names(!async, &en, &ex, &other_protocol);
    if (!other) {
        return exc_raise(r, &exc_TypeError, "'%s' object does not support the %s protocol (missed %s method)",
                         type_name, protocol, method);
    }
    return exc_raise(r, &exc_TypeError,
                     "'%s' object does not support the %s protocol (missed %s method) but it supports "
                     "the %s protocol. Did you mean to use '%swith'?",
                     type_name, protocol, method, other_protocol, async ? "" : "async ");
}

static bool builtin_with_methods(Run *r, Value mgr, bool async, Value *exit, Value *enter) {
    const ObjType *t = value_type(mgr);
    const char *en, *ex, *protocol;
    with_names(async, &en, &ex, &protocol);
    if (!ops_method(r, mgr, ex, exit) || !gc_push_root(r, *exit)) {
        exc_clear(r);
        return with_missing(r, t->name, async, ex, false);
    }
    bool ok = ops_method(r, mgr, en, enter);
    gc_pop_roots(r, 1);
    if (ok) return true;
    exc_clear(r);
    return with_missing(r, t->name, async, en, false);
}

static bool dir_add_type_own(Run *r, Obj *names, const ObjType *t);

// Adds the str keys of d to the set `names` (a dict used as a set).
static bool dir_add_dict(Run *r, Obj *names, Obj *d) {
    size_t pos = 0;
    Value k, v;
    while (d && dict_next(d, &pos, &k, &v)) {
        if (is_str(k) && !dict_set(r, names, k, v_none())) return false;
    }
    return true;
}

static bool dir_add_type(Run *r, Obj *names, const ObjType *t) {
    if (type_is_class(t)) {
        const ObjTuple *mro = (const ObjTuple *)as_class(t)->mro;
        for (size_t k = 0; k < mro->len; k++) {
            if (!dir_add_type_own(r, names, (const ObjType *)mro->items[k].as.obj)) return false;
        }
        return true;
    }
    for (; t; t = t->base_type) {
        if (!dir_add_type_own(r, names, t)) return false;
    }
    return true;
}

static bool dir_add_type_own(Run *r, Obj *names, const ObjType *t) {
    if (type_is_class(t)) return dir_add_dict(r, names, as_class(t)->dict);
    return dir_names_add(r, names, t);
}

bool class_dir(Run *r, Value v, Value *out) {
    Obj *names = dict_new(r);
    if (!names || !gc_push_root(r, v_obj(names))) return false;
    bool ok = dir_add_dict(r, names, class_instance_dict(v));
    if (ok && v.tag == VAL_OBJ && v.as.obj->type == &type_type) {
        ok = dir_add_type(r, names, (const ObjType *)v.as.obj);
    } else if (ok) {
        ok = dir_add_type(r, names, value_type(v));
    }
    static const char *const always[] = {"__class__", "__doc__"};
    for (size_t k = 0; ok && k < 2; k++) {
        Obj *s = str_from_cstr(r, always[k]);
        ok = s && dict_set(r, names, v_obj(s), v_none());
    }
    Obj *list = ok ? list_new(r, 0) : NULL;
    if (list && gc_push_root(r, v_obj(list))) {
        size_t pos = 0;
        Value k, x;
        while (ok && dict_next(names, &pos, &k, &x)) ok = list_append(r, list, k);
        ok = ok && list_sort(r, list, v_none(), false);
        gc_pop_roots(r, 1);
        *out = v_obj(list);
    } else {
        ok = false;
    }
    gc_pop_roots(r, 1);
    return ok;
}

bool class_divmod(Run *r, Value a, Value b, Value *out) {
    *out = v_undef();
    bool found;
    if (type_is_class(value_type(a))) {
        if (!class_call_dunder(r, a, "__divmod__", &b, 1, out, &found)) return false;
        if (found && !is_notimpl(*out)) return true;
    }
    *out = v_undef();
    if (type_is_class(value_type(b)) && value_type(b) != value_type(a)) {
        if (!class_call_dunder(r, b, "__rdivmod__", &a, 1, out, &found)) return false;
        if (found && !is_notimpl(*out)) return true;
    }
    *out = v_undef();
    return true;
}

bool class_with_methods(Run *r, Value mgr, bool async, Value *exit, Value *enter) {
    const ObjType *t = value_type(mgr);
    if (!type_is_class(t)) return builtin_with_methods(r, mgr, async, exit, enter);
    const char *enter_name, *exit_name, *protocol;
    with_names(async, &enter_name, &exit_name, &protocol);
    Value en = class_lookup(t, enter_name), ex = class_lookup(t, exit_name);
    if (is_undef(en) || is_undef(ex)) {
        const char *other_enter, *other_exit;
        with_names(!async, &other_enter, &other_exit, &protocol);
        bool other = !is_undef(class_lookup(t, other_enter)) && !is_undef(class_lookup(t, other_exit));
        return with_missing(r, type_qualname(t), async, is_undef(ex) ? exit_name : enter_name, other);
    }
    if (!class_bind(r, ex, mgr, t, NULL, exit) || !gc_push_root(r, *exit)) return false;
    bool ok = class_bind(r, en, mgr, t, NULL, enter);
    gc_pop_roots(r, 1);
    return ok;
}

// ---- the class object ----

void class_trace(Run *r, Obj *o) {
    ObjClass *c = (ObjClass *)o;
    gc_mark_obj(r, c->name);
    gc_mark_obj(r, c->qualname);
    gc_mark_obj(r, c->dict);
    gc_mark_obj(r, c->bases);
    gc_mark_obj(r, c->mro);
    gc_mark_obj(r, c->annotated);
    gc_mark_obj(r, c->annotations);
    gc_mark_obj(r, c->dataclass);
    gc_mark_obj(r, c->abstracts);
    gc_mark_obj(r, c->enum_members);
    gc_mark_obj(r, c->enum_map);
    gc_mark_obj(r, (Obj *)c->meta);
}

void class_instance_trace(Run *r, Obj *o) {
    const ObjClass *c = as_class(o->type);
    gc_mark_obj(r, (Obj *)c);
    if (c->boxed) {
        gc_mark_obj(r, ((ObjBoxed *)o)->inst.dict);
        gc_mark_value(r, ((ObjBoxed *)o)->value);
        return;
    }
    if (c->native->slots.trace) c->native->slots.trace(r, o);
    Obj **dict = instance_dict_slot(v_obj(o));
    if (dict) gc_mark_obj(r, *dict);
}

void class_instance_free(Run *r, Obj *o) {
    const ObjClass *c = as_class(o->type);
    if (c->native->slots.free && !c->boxed) c->native->slots.free(r, o);
}

const TypeSlots *class_instance_base_slots(const ObjType *t) {
    return as_class(t)->boxed ? &boxed_slots : &as_class(t)->native->slots;
}

// The linearization of a base: its MRO tuple, or for a built-in its chain of bases.
static size_t base_linear(const ObjType *b, const ObjType **out, size_t cap) {
    size_t n = 0;
    if (type_is_class(b)) {
        const ObjTuple *mro = (const ObjTuple *)as_class(b)->mro;
        for (size_t k = 0; k < mro->len && n < cap; k++) out[n++] = (const ObjType *)mro->items[k].as.obj;
        return n;
    }
    for (; b && n < cap; b = b->base_type) out[n++] = b;
    return n;
}

enum { MRO_MAX = 64 };  // guard: classes this deep or wide are refused, not merged slowly

typedef struct Merge {
    const ObjType *seqs[MRO_MAX + 1][MRO_MAX];
    size_t len[MRO_MAX + 1], head[MRO_MAX + 1];
    size_t count;
} Merge;

static bool in_tail(const Merge *m, const ObjType *t) {
    for (size_t s = 0; s < m->count; s++) {
        for (size_t k = m->head[s] + 1; k < m->len[s]; k++) {
            if (m->seqs[s][k] == t) return true;
        }
    }
    return false;
}

// "Cannot create a consistent method resolution order (MRO) for bases X, Y": the distinct
// heads left when the merge got stuck.
static bool c3_error(Run *r, const Merge *m) {
    Buf b;
    buf_init(&b, r);
    bool ok = buf_append_cstr(&b, "Cannot create a consistent method resolution order (MRO) for bases");
    size_t shown = 0;
    for (size_t s = 0; ok && s < m->count; s++) {
        if (m->head[s] >= m->len[s]) continue;
        const ObjType *h = m->seqs[s][m->head[s]];
        bool dup = false;
        for (size_t p = 0; p < s; p++) dup |= m->head[p] < m->len[p] && m->seqs[p][m->head[p]] == h;
        if (!dup) ok = buf_printf(&b, "%s %s", shown++ ? "," : "", type_qualname(h));
    }
    Obj *msg = ok ? buf_to_str(&b) : NULL;
    if (!ok) buf_fini(&b);
    if (!msg) return false;
    return exc_raise(r, &exc_TypeError, "%s", as_str(v_obj(msg))->data);
}

// C3: repeatedly take the first head that is in no list's tail.
static bool c3_merge(Run *r, Merge *m, const ObjType **out, size_t *n) {
    for (;;) {
        const ObjType *pick = NULL;
        bool left = false;
        for (size_t s = 0; s < m->count && !pick; s++) {
            if (m->head[s] >= m->len[s]) continue;
            left = true;
            if (!in_tail(m, m->seqs[s][m->head[s]])) pick = m->seqs[s][m->head[s]];
        }
        if (!left) return true;
        if (!pick || *n >= MRO_MAX) return c3_error(r, m);
        out[(*n)++] = pick;
        for (size_t s = 0; s < m->count; s++) {
            if (m->head[s] < m->len[s] && m->seqs[s][m->head[s]] == pick) m->head[s]++;
        }
    }
}

static bool class_make_mro(Run *r, ObjClass *c) {
    const ObjTuple *bases = (const ObjTuple *)c->bases;
    if (bases->len > MRO_MAX) return exc_raise(r, &exc_TypeError, "too many base classes");
    Merge *m = mem_alloc(r, sizeof *m);
    const ObjType **lin = mem_alloc(r, (MRO_MAX + 1) * sizeof *lin);
    bool ok = false;
    size_t n = 0;
    if (!m || !lin) goto done;
    m->count = 0;
    for (size_t k = 0; k < bases->len; k++, m->count++) {
        m->len[m->count] = base_linear((const ObjType *)bases->items[k].as.obj, m->seqs[m->count], MRO_MAX);
        m->head[m->count] = 0;
    }
    for (size_t k = 0; k < bases->len; k++) m->seqs[m->count][k] = (const ObjType *)bases->items[k].as.obj;
    m->len[m->count] = bases->len;
    m->head[m->count++] = 0;
    lin[n++] = &c->type;
    if (!c3_merge(r, m, lin, &n)) goto done;
    Obj *mro = tuple_new(r, n);
    if (!mro) goto done;
    for (size_t k = 0; k < n; k++) ((ObjTuple *)mro)->items[k] = v_obj((Obj *)lin[k]);
    c->mro = mro;
    ok = true;
done:
    if (m) mem_free(r, m, sizeof *m);
    if (lin) mem_free(r, lin, (MRO_MAX + 1) * sizeof *lin);
    return ok;
}

// The built-in layout instances get: object's, an exception class's, dict's, list's, tuple's
// (NamedTuple), or a boxed int, float or str. Other built-in bases are not supported yet.
// Whether an Enum base comes in the MRO from position `from` on.
static bool class_mro_has_enum(const ObjTuple *mro, size_t from) {
    for (size_t k = from; k < mro->len; k++) {
        const ObjType *t = (const ObjType *)mro->items[k].as.obj;
        if (type_is_class(t) ? as_class(t)->enum_kind != ENUM_NONE : mod_enum_kind_of(t)) return true;
    }
    return false;
}

static bool class_pick_native(Run *r, ObjClass *c) {
    const ObjTuple *mro = (const ObjTuple *)c->mro;
    for (size_t k = 0; k < mro->len; k++) {
        const ObjType *t = (const ObjType *)mro->items[k].as.obj;
        if (type_is_class(t)) continue;
        if (t == &mod_abc_ABC || mod_collections_abc_is(t)) {  // collections.abc's are ABCs too
            c->abc = true;
            continue;
        }
        if (mod_enum_kind_of(t)) {
            if (!c->enum_kind) c->enum_kind = mod_enum_kind_of(t);
            continue;
        }
        // class C(str, Enum) / (int, Enum): the data type is a mixin of an enum further on
        int mixin = t == &type_str ? ENUM_STR : t == &type_int ? ENUM_INT : ENUM_NONE;
        if (mixin && !c->enum_kind && class_mro_has_enum(mro, k + 1)) {
            c->enum_mixin = true;
            c->enum_kind = mixin;
            continue;
        }
        if (type_is_subtype(t, &type_type)) {  // a metaclass: its instances are classes
            c->native = &type_type;
            break;
        }
        bool container_ok = is_container(t) || t == &type_tuple;
        if (t != &type_object && t->id != TYPE_EXCEPTION && !container_ok && !boxed_native(t)) {
            return exc_raise(r, &exc_TypeError, "moat does not support subclassing '%s' yet", t->name);
        }
        c->native = t;
        c->boxed = boxed_native(t);
        break;
    }
    // the first base that shares the layout: where built-in methods are inherited from
    const ObjTuple *bases = (const ObjTuple *)c->bases;
    c->type.base_type = &type_object;
    for (size_t k = 0; k < bases->len; k++) {
        const ObjType *b = (const ObjType *)bases->items[k].as.obj;
        if (type_is_subtype(b, c->native)) {
            c->type.base_type = b;
            break;
        }
    }
    return true;
}

// The bases a class statement lists, with typing's Generic[T], Protocol and aliases such as
// List[int] replaced by the class they stand for (CPython's __mro_entries__); the object
// they may stand for is dropped when real bases are there.
static bool class_resolve_bases(Run *r, ObjClass *c, const Args *a, Obj **out) {
    uint32_t given = a->npos - 2, n = 0;
    Obj *t = tuple_new(r, given ? given : 1);
    if (!t) return false;
    ObjTuple *bases = (ObjTuple *)t;
    for (uint32_t k = 0; k < given; k++) {
        Value b = a->pos[2 + k], e = mod_typing_mro_entry(b);
        if (mod_typing_is_protocol_base(b)) c->protocol = PROTOCOL_STATIC;
        if (e.tag == VAL_OBJ && e.as.obj == &type_tuple.base && b.as.obj != e.as.obj) {
            c->namedtuple = true;
        } else {
            c->generic |= e.as.obj != b.as.obj || (is_class_value(b) && ((const ObjClass *)b.as.obj)->generic);
        }
        if (e.tag != VAL_OBJ || e.as.obj->type != &type_type) {
            return exc_raise(r, &exc_TypeError, "bases must be types");
        }
        if (e.as.obj != b.as.obj && e.as.obj == &type_object.base && given > 1) continue;
        for (uint32_t j = 0; j < n; j++) {
            if (bases->items[j].as.obj != e.as.obj) continue;
            if (e.as.obj != b.as.obj) goto next;
            return exc_raise(r, &exc_TypeError, "duplicate base class %s", ((const ObjType *)e.as.obj)->name);
        }
        if (e.as.obj == &type_bool.base) {
            return exc_raise(r, &exc_TypeError, "type '%s' is not an acceptable base type",
                             ((const ObjType *)e.as.obj)->name);
        }
        bases->items[n++] = e;
    next:;
    }
    if (n == 0) bases->items[n++] = v_obj((Obj *)&type_object);
    bases->len = n;
    *out = t;
    return true;
}

// Fills the class from its namespace after the body ran.
static bool class_setup(Run *r, ObjClass *c, Value name) {
    c->type.base.type = &type_type;
    c->name = name.as.obj;
    c->type.name = as_str(name)->data;
    c->type.id = TYPE_INSTANCE;
    c->type.construct = class_construct;
    if (!class_make_mro(r, c) || !class_pick_native(r, c)) return false;
    if (c->native != &type_object && !c->boxed) c->type.id = c->native->id;
    c->type.methods = NULL;
    c->type.method_count = 0;
    return true;
}

static bool build_class_namespace(Run *r, ObjClass *c) {
    NameKey k;
    Value q = dict_get_str(c->dict, name_key(&k, "__qualname__"));
    bool found;
    if (is_str(q)) {
        c->qualname = q.as.obj;
        if (!dict_del(r, c->dict, v_obj((Obj *)name_key(&k, "__qualname__")), &found)) return false;
    }
    Value fields = dict_get_str(c->dict, name_key(&k, ".fields"));
    if (is_tuple(fields)) {
        c->annotated = fields.as.obj;
        if (!dict_del(r, c->dict, v_obj((Obj *)name_key(&k, ".fields")), &found)) return false;
    }
    // a class that defines __eq__ but not __hash__ is unhashable, as in CPython
    if (!is_undef(dict_get_str(c->dict, name_key(&k, "__eq__"))) &&
        is_undef(dict_get_str(c->dict, name_key(&k, "__hash__")))) {
        Obj *h = str_from_cstr(r, "__hash__");
        if (!h || !dict_set(r, c->dict, v_obj(h), v_none())) return false;
    }
    if (is_undef(dict_get_str(c->dict, name_key(&k, "__doc__")))) {
        Obj *d = str_from_cstr(r, "__doc__");
        if (!d || !dict_set(r, c->dict, v_obj(d), v_none())) return false;
    }
    return true;
}

// attr.__set_name__(cls, name) for each attribute that has one, over a copy of the
// namespace (the calls may change it).
static bool class_set_names(Run *r, ObjClass *c) {
    Obj *copy = dict_copy(r, c->dict);
    if (!copy || !gc_push_root(r, v_obj(copy))) return false;
    size_t pos = 0;
    Value k, v, res;
    bool ok = true, found;
    while (ok && dict_next(copy, &pos, &k, &v)) {
        if (v.tag != VAL_OBJ || !type_is_class(v.as.obj->type)) continue;
        Value args[2] = {v_obj(&c->type.base), k};
        ok = class_call_dunder(r, v, "__set_name__", args, 2, &res, &found);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// The nearest base's __init_subclass__ (implicitly a classmethod), given the class
// statement's keywords; object's accepts none.
static bool class_init_subclass(Run *r, ObjClass *c, const Args *a) {
    const ObjTuple *mro = (const ObjTuple *)c->mro;
    NameKey key;
    ObjStr *name = name_key(&key, "__init_subclass__");
    for (size_t k = 1; k < mro->len; k++) {
        const ObjType *t = (const ObjType *)mro->items[k].as.obj;
        if (!type_is_class(t)) break;
        Value f = dict_get_str(as_class(t)->dict, name);
        if (is_undef(f)) continue;
        if (f.tag == VAL_OBJ && f.as.obj->type == &type_classmethod) f = descr_func(f);
        Args kw = {NULL, 0, a->nkw, a->kwvalues, a->kwnames};
        Value out;
        return call_with_first(r, f, v_obj(&c->type.base), &kw, &out);
    }
    if (a->nkw) {
        return exc_raise(r, &exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                         c->type.name);
    }
    return true;
}

static bool name_in(const ObjList *l, Value name) {
    for (size_t k = 0; k < l->len; k++) {
        if (str_equal(as_str(l->items[k]), as_str(name))) return true;
    }
    return false;
}

// The names of abstract methods (abc.abstractmethod) no class of the MRO overrides, sorted.
static bool class_find_abstracts(Run *r, ObjClass *c) {
    for (size_t k = 0; k < as_tuple(v_obj(c->bases))->len; k++) {
        Value b = as_tuple(v_obj(c->bases))->items[k];
        if (is_class_value(b) && ((const ObjClass *)b.as.obj)->abc) c->abc = true;
    }
    if (!c->abc) return true;
    Obj *found = list_new(r, 0);
    if (!found || !gc_push_root(r, v_obj(found))) return false;
    const ObjTuple *mro = (const ObjTuple *)c->mro;
    bool ok = true;
    for (size_t k = 0; ok && k < mro->len; k++) {
        const ObjType *t = (const ObjType *)mro->items[k].as.obj;
        if (!type_is_class(t)) continue;
        size_t pos = 0;
        Value key, v;
        while (ok && dict_next(as_class(t)->dict, &pos, &key, &v)) {
            if (!is_str(key) || !mod_abc_is_abstract(v) || name_in((ObjList *)found, key)) continue;
            if (mod_abc_is_abstract(class_lookup_str(&c->type, as_str(key)))) ok = list_append(r, found, key);
        }
    }
    ObjList *l = (ObjList *)found;
    if (ok && l->len) {
        ok = list_sort(r, found, v_none(), false) && (c->abstracts = tuple_new(r, l->len)) != NULL;
        if (ok) memcpy(((ObjTuple *)c->abstracts)->items, l->items, l->len * sizeof(Value));
    }
    gc_pop_roots(r, 1);
    return ok;
}

// The names a protocol class's body defines that are not members (CPython's _SPECIAL_NAMES
// and the attributes every class has).
static bool protocol_special_name(const ObjStr *n) {
    static const char *const special[] = {
        "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
        "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
        "__class_getitem__", "__match_args__", "__static_attributes__", "__firstlineno__",
        "__qualname__", "__parameters__", "__orig_bases__", "__type_params__", "__classcell__",
        "__annotate__", "__annotate_func__", "__annotations_cache__"};
    for (size_t k = 0; k < sizeof special / sizeof *special; k++) {
        if (str_equal_cstr(n, special[k])) return true;
    }
    return false;
}

// A built-in type's dunder that moat keeps as a slot rather than a method: [1].__len__
static bool builtin_has_dunder_slot(const ObjType *t, const ObjStr *n) {
    const TypeSlots *s = &t->slots;
    return (str_equal_cstr(n, "__len__") && s->len) || (str_equal_cstr(n, "__iter__") && s->iter) ||
           (str_equal_cstr(n, "__next__") && s->next) || (str_equal_cstr(n, "__getitem__") && s->getitem) ||
           (str_equal_cstr(n, "__contains__") && (s->contains || s->iter)) ||
           (str_equal_cstr(n, "__call__") && s->call) || (str_equal_cstr(n, "__hash__") && s->hash);
}

// Whether obj has attribute n, found without running its code (inspect.getattr_static)
static bool protocol_has_member(Run *r, Value obj, Obj *n, bool *out) {
    const ObjType *t = value_type(obj);
    if (!type_is_class(t) && builtin_has_dunder_slot(t, (const ObjStr *)n)) {
        *out = true;
        return true;
    }
    if (type_is_class(t)) {
        Obj *d = class_instance_dict(obj);
        *out = !is_undef(class_lookup_str(t, (ObjStr *)n)) || (d && !is_undef(dict_get_str(d, (ObjStr *)n)));
        if (*out) return true;
    }
    Value v;  // no __getattribute__ or __getattr__: nothing of the script runs
    *out = ops_generic_getattr(r, obj, n, &v);
    if (*out || !exc_pending_is(r, &exc_AttributeError)) return *out;
    exc_clear(r);
    return true;
}

bool class_protocol_isinstance(Run *r, const ObjClass *proto, Value obj, bool *out) {
    if (proto->protocol != PROTOCOL_RUNTIME) {
        exc_raise(r, &exc_TypeError, "Instance and class checks can only be used with @runtime_checkable protocols");
        LIBFRAMES_ADD(r, LF_TYPING_PROTOCOL_INSTANCECHECK);
        return false;
    }
    *out = true;
    const ObjTuple *mro = (const ObjTuple *)proto->mro;
    for (size_t k = 0; k < mro->len && *out; k++) {
        const ObjType *t = (const ObjType *)mro->items[k].as.obj;
        if (!type_is_class(t) || as_class(t)->protocol == PROTOCOL_NONE) continue;
        const ObjClass *p = as_class(t);
        size_t pos = 0;
        Value key, val;
        while (*out && dict_next(p->dict, &pos, &key, &val)) {
            if (!is_str(key) || protocol_special_name(as_str(key))) continue;
            if (!protocol_has_member(r, obj, key.as.obj, out)) return false;
        }
        const ObjTuple *ann = p->annotated ? (const ObjTuple *)p->annotated : NULL;
        for (size_t j = 0; ann && j < ann->len && *out; j++) {
            Value name = as_tuple(ann->items[j])->items[0];
            if (!protocol_has_member(r, obj, name.as.obj, out)) return false;
        }
    }
    return true;
}

static bool class_set_own(Run *r, ObjClass *c, const char *name, Value v) {
    if (!gc_push_root(r, v)) return false;
    Obj *key = str_from_cstr(r, name);
    bool ok = key && dict_set(r, c->dict, v_obj(key), v);
    gc_pop_roots(r, 1);
    return ok;
}

// What typing records on a class: __orig_bases__, the bases as listed when some stood for
// another class (Box[int] for Box), and for a Generic one its __parameters__.
static bool class_generic_setup(Run *r, ObjClass *c, const Args *a) {
    uint32_t n = a->npos - 2;
    bool replaced = false;
    for (uint32_t k = 0; k < n; k++) replaced |= mod_typing_mro_entry(a->pos[2 + k]).as.obj != a->pos[2 + k].as.obj;
    if (!replaced && !c->generic) return true;
    Obj *orig = tuple_new(r, n);
    if (!orig || !gc_push_root(r, v_obj(orig))) return false;
    for (uint32_t k = 0; k < n; k++) ((ObjTuple *)orig)->items[k] = a->pos[2 + k];
    Value params;
    bool ok = (!replaced || class_set_own(r, c, "__orig_bases__", v_obj(orig))) &&
              (!c->generic || (typing_class_params(r, v_obj(orig), &params) &&
                               class_set_own(r, c, "__parameters__", params)));
    gc_pop_roots(r, 1);
    return ok;
}

// class X(TypedDict, total=False): typing.TypedDict's metaclass takes `total`
static bool class_lists_typeddict(const Args *a) {
    for (uint32_t k = 2; k < a->npos; k++) {
        Value b = a->pos[k], e = mod_typing_mro_entry(b);
        if (is_obj(e) && e.as.obj == &type_dict.base && is_obj(b) && b.as.obj != e.as.obj) return true;
        if (typeddict_is_class(b)) return true;
    }
    return false;
}

// The class keyword `total` (a TypedDict's), or undef.
static Value class_total_keyword(const Args *a) {
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (str_equal_cstr((const ObjStr *)a->kwnames[k], "total")) return a->kwvalues[k];
    }
    return v_undef();
}

// The class keywords but `metaclass` (settled before: obj_class_meta.c) go to
// __init_subclass__, but for the `total` of a TypedDict.
static void class_keywords(const Args *a, Args *rest, Obj **names, Value *vals) {
    *rest = (Args){NULL, 0, 0, vals, (Obj *const *)names};
    bool typeddict = class_lists_typeddict(a);
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (typeddict && str_equal_cstr((const ObjStr *)a->kwnames[k], "total")) continue;
        if (str_equal_cstr((const ObjStr *)a->kwnames[k], "metaclass")) continue;
        names[rest->nkw] = a->kwnames[k];
        vals[rest->nkw++] = a->kwvalues[k];
    }
}

// type.__new__ takes the __class__ cell of the body (for super()) from the namespace.
static bool class_take_classcell(Run *r, ObjClass *c, Value *cell) {
    NameKey k;
    ObjStr *key = name_key(&k, "__classcell__");
    Value v = dict_get_str(c->dict, key);
    if (is_undef(v)) return true;
    if (v.tag != VAL_OBJ || v.as.obj->type != &type_cell) {
        return exc_raise(r, &exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                         v_obj((Obj *)value_type(v)));
    }
    *cell = v;
    bool found;
    return dict_del(r, c->dict, v_obj((Obj *)key), &found);
}

bool class_make(Run *r, const ObjType *meta, const Args *a, Value ns_given, Value *out) {
    ObjClass *c = (ObjClass *)gc_alloc(r, &type_type, sizeof(ObjClass));
    if (!c || !gc_push_root(r, v_obj(&c->type.base))) return false;
    bool ok = false;
    uint32_t roots = 1;
    c->meta = meta;
    c->abc = meta && type_is_subtype(meta, &mod_abc_ABCMeta);
    if (meta && !type_is_class(meta)) c->meta = NULL;  // abc.ABCMeta: the abc flag says it
    c->name = a->pos[1].as.obj;
    c->qualname = c->name;
    c->type.name = as_str(a->pos[1])->data;
    c->type.base_type = &type_object;
    c->native = &type_object;
    Obj *empty = tuple_new(r, 0);
    if (!empty) goto done;
    c->bases = empty;
    c->mro = empty;
    if (!class_resolve_bases(r, c, a, &c->bases) || !(c->dict = dict_new(r))) goto done;
    Value ns = v_obj(c->dict), cell = v_none();
    Args body = {&ns, 1, 0, NULL, NULL};
    if (is_undef(a->pos[0])) {
        if (!dict_update(r, c->dict, ns_given) || !class_take_classcell(r, c, &cell)) goto done;
    } else {
        if (!mod_enum_body_begin(r, c)) goto done;
        bool ran = vm_call(r, a->pos[0], &body, &cell);
        if (!mod_enum_body_end(r, c) || !ran) goto done;
    }
    if (!gc_push_root(r, cell)) goto done;  // the __class__ cell, filled once the class is made
    roots++;
    if (!class_setup(r, c, a->pos[1]) || !build_class_namespace(r, c)) goto done;
    if (c->namedtuple && !class_tuple_setup(r, c)) goto done;
    if (!is_undef(a->pos[0]) && !class_generic_setup(r, c, a)) goto done;
    if (!is_undef(a->pos[0]) && class_lists_typeddict(a) && !typeddict_setup(r, c, class_total_keyword(a))) goto done;
    class_slots_fill(c);
    class_update_slotted(c);
    if (c->enum_kind && !mod_enum_setup(r, c)) goto done;
    if (cell.tag == VAL_OBJ && cell.as.obj->type == &type_cell) {
        ((ObjCell *)cell.as.obj)->value = v_obj(&c->type.base);
    }
    Obj *kwnames[32];
    Value kwvals[32];
    Args kw;
    if (a->nkw > 32) {
        exc_raise(r, &exc_TypeError, "too many class keywords");
        goto done;
    }
    class_keywords(a, &kw, kwnames, kwvals);
    if (!class_find_abstracts(r, c)) goto done;
    if (!class_set_names(r, c) || !class_init_subclass(r, c, &kw)) goto done;
    *out = v_obj(&c->type.base);
    ok = true;
done:
    gc_pop_roots(r, roots);
    return ok;
}

// __build_class__(body, name, *bases, **kw): runs the body with a fresh namespace, then makes
// the class; the body returns the __class__ cell (for super()) or None. A metaclass written in
// Python (or any callable) takes over (obj_class_meta.c); type, abc.ABCMeta and enum.EnumType
// are moat's own.
static bool build_class(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value meta;
    if (!meta_of_class_statement(r, a, &meta)) return false;
    if (is_obj(meta) && meta.as.obj->type == &type_type && !is_class_value(meta)) {
        return class_make(r, (const ObjType *)meta.as.obj, a, v_undef(), out);
    }
    return meta_build_class(r, meta, a, out);
}

bool class_from_namespace(Run *r, Value name, Value base, Value ns, Value *out) {
    Value pos[3] = {v_undef(), name, base};
    Args build = {pos, 3, 0, NULL, NULL};
    return class_make(r, NULL, &build, ns, out);
}

static const MethodDef build_class_def = {"__build_class__", build_class};
const ObjBuiltin obj_build_class = {
    .base = {.type = &type_builtin, .flags = OBJ_STATIC},
    .def = &build_class_def,
    .self = {.tag = VAL_NONE},
};
