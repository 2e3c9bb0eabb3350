// copy's view of pickling: the recipe x.__reduce_ex__(4) gives for an instance of a class.
#include "interp/mod_copy_reduce.h"

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_class.h"
#include "interp/obj_class_tuple.h"
#include "interp/obj_dict.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

static bool push_all(Run *r, Reduced *out) {
    Value *parts[REDUCED_VALUES] = {&out->func, &out->args, &out->state, &out->listitems, &out->dictitems};
    for (int k = 0; k < REDUCED_VALUES; k++) {
        if (!gc_push_root(r, *parts[k])) {
            gc_pop_roots(r, (uint32_t)k);
            return false;
        }
    }
    return true;
}

static Value empty_tuple(Run *r) {
    Obj *t = tuple_new(r, 0);
    return t ? v_obj(t) : v_undef();
}

// The tuple a __reduce_ex__ or __reduce__ of the class's own returned: (func, args[, state[,
// listitems[, dictitems]]]), iterators turned into a list / dict.
static bool reduced_from_tuple(Run *r, Value rv, Reduced *out) {
    if (is_str(rv)) {
        out->itself = true;
        return true;
    }
    if (!is_tuple(rv)) return exc_raise(r, &exc_TypeError, "__reduce__ must return a string or tuple, not %s", value_type_name(rv));
    const ObjTuple *t = as_tuple(rv);
    if (t->len < 2 || t->len > 5) return exc_raise(r, &exc_TypeError, "tuple returned by __reduce__ must contain 2 through 6 elements");
    if (!is_tuple(t->items[1])) {
        return exc_raise(r, &exc_TypeError, "copy._reconstruct() argument after * must be an iterable, not %s",
                         value_type_name(t->items[1]));
    }
    out->func = t->items[0];
    out->args = t->items[1];
    if (t->len > 2) out->state = t->items[2];
    if (t->len > 3 && !is_none(t->items[3])) {
        Obj *items = list_from_iterable(r, t->items[3]);
        if (!items) return false;
        out->listitems = v_obj(items);
    }
    if (t->len > 4 && !is_none(t->items[4])) {
        if (!gc_push_root(r, out->listitems)) return false;
        Obj *d = dict_new(r);
        bool ok = d && gc_push_root(r, v_obj(d));
        if (ok) {
            ok = dict_update(r, d, t->items[4]);
            gc_pop_roots(r, 1);
        }
        gc_pop_roots(r, 1);
        if (!ok) return false;
        out->dictitems = v_obj(d);
    }
    return true;
}

// A class's own __reduce_ex__(4) or __reduce__(); *found false when it has neither.
static bool reduce_hook(Run *r, Value x, Reduced *out, bool *found) {
    Value arg = v_int(4), rv;
    if (!class_call_dunder(r, x, "__reduce_ex__", &arg, 1, &rv, found)) return false;
    if (!*found && !class_call_dunder(r, x, "__reduce__", NULL, 0, &rv, found)) return false;
    if (!*found) return true;
    if (!gc_push_root(r, rv)) return false;
    bool ok = reduced_from_tuple(r, rv, out);
    gc_pop_roots(r, 1);
    return ok;
}

// BaseException.__reduce__: (type, args, __dict__) — add_note()'s __notes__ live in that dict.
static bool reduce_exception(Run *r, Value x, Reduced *out) {
    const ObjException *e = (const ObjException *)x.as.obj;
    out->func = v_obj((Obj *)x.as.obj->type);
    out->args = e->args;
    bool has_notes = !is_undef(e->notes);
    if ((!e->dict || dict_len(e->dict) == 0) && !has_notes) return true;
    Obj *state = e->dict ? dict_copy(r, e->dict) : dict_new(r);
    if (!state) return false;
    out->state = v_obj(state);
    if (!has_notes) return true;
    if (!gc_push_root(r, out->state)) return false;
    Obj *key = str_from_cstr(r, "__notes__");
    bool ok = key && gc_push_root(r, v_obj(key));
    if (ok) {
        ok = dict_set(r, state, v_obj(key), e->notes);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// set.__reduce__: (type, (list(x),), __dict__ or None).
static bool reduce_set(Run *r, Value x, Reduced *out) {
    Obj *items = list_from_iterable(r, x);
    if (!items || !gc_push_root(r, v_obj(items))) return false;
    Obj *args = tuple_new(r, 1);
    gc_pop_roots(r, 1);
    if (!args) return false;
    ((ObjTuple *)args)->items[0] = v_obj(items);
    out->func = v_obj((Obj *)x.as.obj->type);
    out->args = v_obj(args);
    return true;
}

// object.__getstate__(): the attribute dict, (None, {slot: value}) for a class with
// __slots__ (moat keeps their values in the same dict), None when there are none.
static bool default_state(Run *r, Value x, Reduced *out) {
    Obj *d = class_instance_dict(x);
    if (!d || dict_len(d) == 0) return true;
    if (!((const ObjClass *)x.as.obj->type)->slotted) {
        out->state = v_obj(d);
        return true;
    }
    Obj *pair = tuple_new(r, 2);
    if (!pair) return false;
    ((ObjTuple *)pair)->items[0] = v_none();
    ((ObjTuple *)pair)->items[1] = v_obj(d);
    out->state = v_obj(pair);
    return true;
}

// object.__reduce_ex__(4): copyreg.__newobj__(cls, *x.__getnewargs__()), the state, and the
// items of a list or dict subclass. A NamedTuple is rebuilt by calling its class with its
// items (what its __new__ takes).
static bool reduce_newobj(Run *r, Value x, Reduced *out) {
    const ObjClass *c = (const ObjClass *)x.as.obj->type;
    out->func = v_obj((Obj *)&c->type);
    out->newobj = true;
    Value args = v_undef();
    if (c->native == &type_tuple && class_tuple_is_named(c)) {
        out->newobj = false;
        Obj *t = tuple_from_iterable(r, x);
        if (!t) return false;
        args = v_obj(t);
    } else {
        bool found;
        if (!class_call_dunder(r, x, "__getnewargs__", NULL, 0, &args, &found)) return false;
        if (!found && c->native != &type_object && !ops_method(r, x, "__getnewargs__", &args)) {
            if (!exc_pending_is(r, &exc_AttributeError)) return false;
            exc_clear(r);
            args = v_undef();
        } else if (!found && !is_undef(args)) {
            Value method = args;
            Args none = {0};
            if (!gc_push_root(r, method)) return false;
            bool ok = ops_call(r, method, &none, &args);
            gc_pop_roots(r, 1);
            if (!ok) return false;
        }
        if (!is_undef(args) && !is_tuple(args)) {
            return exc_raise(r, &exc_TypeError, "__getnewargs__ should return a tuple, not '%s'", value_type_name(args));
        }
    }
    if (is_undef(args)) args = empty_tuple(r);
    if (is_undef(args) || !gc_push_root(r, args)) return false;
    out->args = args;
    bool found, ok = class_call_dunder(r, x, "__getstate__", NULL, 0, &out->state, &found);
    if (ok && !found) ok = default_state(r, x, out);
    if (ok && c->native == &type_list) {
        Obj *items = gc_push_root(r, out->state) ? list_from_iterable(r, x) : NULL;
        gc_pop_roots(r, 1);
        ok = items != NULL;
        if (ok) out->listitems = v_obj(items);
    } else if (ok && c->native == &type_dict) {
        Obj *items = gc_push_root(r, out->state) ? dict_copy(r, x.as.obj) : NULL;
        gc_pop_roots(r, 1);
        ok = items != NULL;
        if (ok) out->dictitems = v_obj(items);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool is_set_native(Value x) {
    const ObjType *native = ((const ObjClass *)value_type(x))->native;
    return native == &type_set || native == &type_frozenset;
}

bool copy_reduce(Run *r, Value x, Reduced *out) {
    *out = (Reduced){.func = v_none(), .args = v_none(), .state = v_none(), .listitems = v_none(), .dictitems = v_none()};
    bool found = false, ok = !type_is_class(value_type(x)) || reduce_hook(r, x, out, &found);
    if (ok && !found) {
        if (is_exception(x)) ok = reduce_exception(r, x, out);
        else if (!type_is_class(value_type(x))) ok = exc_raise(r, &exc_TypeError, "cannot pickle '%s' object", value_type_name(x));
        else if (is_set_native(x)) ok = reduce_set(r, x, out);
        else ok = reduce_newobj(r, x, out);
    }
    return ok && push_all(r, out);
}
