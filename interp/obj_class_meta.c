// Metaclasses: a class statement through a metaclass, type's own methods, and what a class
// finds through its metaclass (attributes, __call__, dunders). obj_class.c makes the classes.
#include "interp/obj_class_meta.h"

#include <string.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_abc.h"
#include "interp/mod_collections_abc.h"
#include "interp/mod_enum.h"
#include "interp/mod_typing.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

enum { META_MAX_KEYWORDS = 32, META_MAX_BASES = 30 };

static const ObjClass *as_class(const ObjType *t) {
    return (const ObjClass *)t;
}

static bool is_type_value(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_type;
}

// The metaclass of the type t: enum.EnumType for enums, abc.ABCMeta for abstract base classes.
static const ObjType *meta_of_type(const ObjType *t) {
    if (type_is_class(t)) {
        if (as_class(t)->meta) return as_class(t)->meta;
        if (as_class(t)->enum_kind) return &mod_enum_EnumType;
        return as_class(t)->abc ? &mod_abc_ABCMeta : &type_type;
    }
    if (mod_enum_kind_of(t)) return &mod_enum_EnumType;
    return t == &mod_abc_ABC || mod_collections_abc_is(t) ? &mod_abc_ABCMeta : &type_type;
}

const ObjType *meta_type_of(Value v) {
    if (is_type_value(v)) return meta_of_type((const ObjType *)v.as.obj);
    return value_type(v);
}

static bool meta_conflict(Run *r) {
    return exc_raise(r, &exc_TypeError, "metaclass conflict: the metaclass of a derived class must be "
                     "a (non-strict) subclass of the metaclasses of all its bases");
}

// CPython's _calculate_meta: the most derived of `winner` and the metaclasses of the bases.
static bool meta_winner(Run *r, const ObjType *winner, const Value *bases, size_t n, const ObjType **out) {
    for (size_t k = 0; k < n; k++) {
        const ObjType *m = meta_type_of(bases[k]);
        if (type_is_subtype(winner, m)) continue;
        if (!type_is_subtype(m, winner)) return meta_conflict(r);
        winner = m;
    }
    *out = winner;
    return true;
}

bool meta_of_class_statement(Run *r, const Args *a, Value *out) {
    Value meta = v_obj((Obj *)&type_type);
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (str_equal_cstr((const ObjStr *)a->kwnames[k], "metaclass")) meta = a->kwvalues[k];
    }
    *out = meta;
    if (!is_type_value(meta)) return true;  // any callable: called as it is
    uint32_t n = a->npos - 2;
    if (n > META_MAX_BASES) return exc_raise(r, &exc_TypeError, "moat supports at most 30 bases");
    Value entries[META_MAX_BASES];
    for (uint32_t k = 0; k < n; k++) entries[k] = mod_typing_mro_entry(a->pos[2 + k]);  // Generic[T]: Generic
    const ObjType *winner;
    if (!meta_winner(r, (const ObjType *)meta.as.obj, entries, n, &winner)) return false;
    *out = v_obj((Obj *)winner);
    return true;
}

// The class keywords but `metaclass`, for meta(name, bases, ns, **kw).
static bool meta_keywords(Run *r, const Args *a, Args *rest, Obj **names, Value *vals) {
    *rest = (Args){NULL, 0, 0, vals, (Obj *const *)names};
    if (a->nkw > META_MAX_KEYWORDS) return exc_raise(r, &exc_TypeError, "too many class keywords");
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (str_equal_cstr((const ObjStr *)a->kwnames[k], "metaclass")) continue;
        names[rest->nkw] = a->kwnames[k];
        vals[rest->nkw++] = a->kwvalues[k];
    }
    return true;
}

// The namespace the body runs in: meta.__prepare__(name, bases, **kw) when the metaclass
// defines one, else a fresh dict.
static bool meta_prepare(Run *r, Value meta, Value name, Value bases, const Args *kw, Value *ns) {
    bool own = is_class_value(meta) && !is_undef(class_lookup((const ObjType *)meta.as.obj, "__prepare__"));
    if (!own) {
        Obj *d = dict_new(r);
        *ns = d ? v_obj(d) : v_undef();
        return d != NULL;
    }
    Value prepare;
    if (!ops_getattr_cstr(r, meta, "__prepare__", &prepare) || !gc_push_root(r, prepare)) return false;
    Value pos[2] = {name, bases};
    Args call = {pos, 2, kw->nkw, kw->kwvalues, kw->kwnames};
    bool ok = vm_call(r, prepare, &call, ns);
    gc_pop_roots(r, 1);
    if (!ok || is_dict(*ns)) return ok;
    const char *mname = ((const ObjType *)meta.as.obj)->name;
    if (!value_type(*ns)->slots.getitem) {
        return exc_raise(r, &exc_TypeError, "%s.__prepare__() must return a mapping, not %s", mname,
                         value_type_name(*ns));
    }
    return exc_raise(r, &exc_TypeError, "moat supports only a dict from %s.__prepare__(), not %s", mname,
                     value_type_name(*ns));
}

bool meta_build_class(Run *r, Value meta, const Args *a, Value *out) {
    Obj *names[META_MAX_KEYWORDS];
    Value vals[META_MAX_KEYWORDS];
    Args kw;
    if (!meta_keywords(r, a, &kw, names, vals)) return false;
    Obj *bases = tuple_new(r, a->npos - 2);
    if (!bases || !gc_push_root(r, v_obj(bases))) return false;
    if (a->npos > 2) memcpy(((ObjTuple *)bases)->items, a->pos + 2, (a->npos - 2) * sizeof(Value));
    Value ns, cell = v_none();
    bool ok = false;
    if (!meta_prepare(r, meta, a->pos[1], v_obj(bases), &kw, &ns) || !gc_push_root(r, ns)) goto done;
    Args body = {&ns, 1, 0, NULL, NULL};
    ok = vm_call(r, a->pos[0], &body, &cell);
    if (ok && cell.tag == VAL_OBJ && cell.as.obj->type == &type_cell) {
        // type.__new__ fills the body's __class__ cell (for super()) from the namespace
        bool pushed = gc_push_root(r, cell);
        Obj *key = pushed ? str_from_cstr(r, "__classcell__") : NULL;
        ok = key && dict_set(r, ns.as.obj, v_obj(key), cell);
        if (pushed) gc_pop_roots(r, 1);
    }
    if (ok) {
        Value pos[3] = {a->pos[1], v_obj(bases), ns};
        Args call = {pos, 3, kw.nkw, kw.kwvalues, kw.kwnames};
        ok = vm_call(r, meta, &call, out);
    }
    gc_pop_roots(r, 1);
done:
    gc_pop_roots(r, 1);
    return ok;
}

// type.__new__'s checks of (name, bases, namespace).
static bool meta_check_new_args(Run *r, const Args *a) {
    if (a->npos != 3) {
        return exc_raise(r, &exc_TypeError, "type.__new__() takes exactly 3 arguments (%u given)", a->npos);
    }
    static const char *const want[] = {"str", "tuple", "dict"};
    const ObjType *types[] = {&type_str, &type_tuple, &type_dict};
    for (int k = 0; k < 3; k++) {
        if (!type_is_subtype(value_type(a->pos[k]), types[k])) {
            return exc_raise(r, &exc_TypeError, "type.__new__() argument %d must be %s, not %s", k + 1,
                             want[k], value_type_name(a->pos[k]));
        }
    }
    if (as_tuple(a->pos[1])->len > META_MAX_BASES) {
        return exc_raise(r, &exc_TypeError, "moat supports at most 30 bases");
    }
    return true;
}

bool meta_type_new(Run *r, const ObjType *mcs, const Args *a, Value *out) {
    if (!meta_check_new_args(r, a)) return false;
    const ObjTuple *bases = as_tuple(a->pos[1]);
    const ObjType *winner;
    if (!meta_winner(r, mcs, bases->items, bases->len, &winner)) return false;
    if (winner != mcs && type_is_class(winner) && !is_undef(class_lookup(winner, "__new__"))) {
        return vm_call(r, v_obj((Obj *)winner), a, out);  // a base's metaclass is more derived
    }
    Value pos[2 + META_MAX_BASES] = {v_undef(), a->pos[0]};
    for (size_t k = 0; k < bases->len; k++) {
        if (!is_type_value(bases->items[k])) return meta_conflict(r);
        pos[2 + k] = bases->items[k];
    }
    Args build = {pos, (uint32_t)(2 + bases->len), a->nkw, a->kwvalues, a->kwnames};
    return class_make(r, winner, &build, a->pos[2], out);
}

Value meta_lookup(const ObjType *cls, const char *name) {
    if (!type_is_class(cls) || !as_class(cls)->meta) return v_undef();
    return class_lookup(as_class(cls)->meta, name);
}

bool meta_call(Run *r, Value cls, const char *name, const Args *a, Value *out, bool *found) {
    *found = false;
    if (!is_class_value(cls)) return true;
    const ObjType *meta = as_class((const ObjType *)cls.as.obj)->meta;
    Value attr = meta ? class_lookup(meta, name) : v_undef();
    if (is_undef(attr)) return true;
    *found = true;
    if (is_function(attr)) return class_call_bound(r, attr, cls, a, out);
    Value callee;
    if (!class_bind(r, attr, cls, meta, NULL, &callee) || !gc_push_root(r, callee)) return false;
    bool ok = vm_call(r, callee, a, out);
    gc_pop_roots(r, 1);
    return ok;
}

bool meta_call_dunder(Run *r, Value cls, const char *name, const Value *args, uint32_t n, Value *out,
                      bool *found) {
    Args a = {(Value *)args, n, 0, NULL, NULL};
    return meta_call(r, cls, name, &a, out, found);
}

// ---- type's methods ----

bool meta_type_call_method(Run *r, Value self, const Args *a, Value *out) {
    if (is_class_value(self)) return class_new_instance(r, self, a, out);
    return ops_call(r, self, a, out);
}

bool meta_type_init_method(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (a->nkw && a->npos == 1) return exc_raise(r, &exc_TypeError, "type.__init__() takes no keyword arguments");
    if (a->npos != 1 && a->npos != 3) return exc_raise(r, &exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    *out = v_none();
    return true;
}

bool meta_type_new_method(Run *r, Value self, const Args *a, Value *out) {
    if (!is_type_value(self)) {
        return exc_raise(r, &exc_TypeError, "type.__new__(X): X is not a type object (%s)", value_type_name(self));
    }
    const ObjType *mcs = (const ObjType *)self.as.obj;
    if (!type_is_subtype(mcs, &type_type)) {
        return exc_raise(r, &exc_TypeError, "type.__new__(%s): %s is not a subtype of type", mcs->name, mcs->name);
    }
    return meta_type_new(r, mcs, a, out);
}

bool meta_type_prepare_method(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)a;
    Obj *d = dict_new(r);
    if (!d) return false;
    *out = v_obj(d);
    return true;
}
