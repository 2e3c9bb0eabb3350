// copy: copy.copy and copy.deepcopy as CPython's copy.py decides them, for what scripts copy:
// immutable values are their own copies; list, dict, set and bytearray copy directly (dict's
// subclasses from collections through their own copy()); instances of classes with object's
// layout (dataclasses included) get a new instance holding a copy of the attribute dict; a
// class's __copy__ / __deepcopy__(memo) decides for itself, and Enum members are their own
// copies. A deep copy keeps CPython's memo: a dict from id() to the copy, with the originals
// kept alive in a list under id(memo), so shared and cyclic structures stay so in the copy.
// Anything else raises TypeError "cannot pickle 'X' object", as CPython does for objects it
// cannot reduce.
#include "interp/mod_copy.h"

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_copy_reduce.h"
#include "interp/modules.h"
#include "interp/mem.h"
#include "interp/mod_collections.h"
#include "interp/mod_functools.h"
#include "interp/mod_re.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_class.h"
#include "interp/obj_deque.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

enum { COPY_MAX_DEPTH = 500 };  // guard: the nesting a deep copy follows on the C stack

// Values copy.py returns as they are (its _copy_immutable and _deepcopy_atomic types).
static bool copy_atomic(Value v) {
    if (v.tag != VAL_OBJ) return true;
    if (is_class_value(v)) return true;
    if (type_is_class(value_type(v))) return false;
    // re's Pattern and Match: their __copy__ and __deepcopy__ return themselves
    if (value_type(v) == &mod_re_pattern_type || value_type(v) == &mod_re_match_type) return true;
    switch (value_type(v)->id) {
        case TYPE_INT: case TYPE_FLOAT: case TYPE_COMPLEX: case TYPE_STR: case TYPE_BYTES:
        case TYPE_RANGE: case TYPE_SLICE: case TYPE_TYPE: case TYPE_FUNCTION: case TYPE_BUILTIN:
        case TYPE_ELLIPSIS: case TYPE_NOTIMPL: case TYPE_CODE: case TYPE_DESCRIPTOR:
            return true;
        default:
            return false;
    }
}

static bool is_enum_member(Value v) {
    return v.tag == VAL_OBJ && type_is_class(v.as.obj->type) &&
           ((const ObjClass *)v.as.obj->type)->enum_kind != 0;
}

// An instance of a class whose instances only hold attributes (object's layout).
static bool is_plain_instance(Value v) {
    return v.tag == VAL_OBJ && type_is_class(v.as.obj->type) && !is_class_value(v) &&
           ((const ObjClass *)v.as.obj->type)->native == &type_object &&
           !((const ObjClass *)v.as.obj->type)->boxed;
}

// Whether the class of an instance has a say in how it pickles, so copying must reduce it as
// copy.py does rather than copy its attribute dict.
static bool has_pickle_hooks(const ObjType *t) {
    static const char *const hooks[] = {"__reduce_ex__", "__reduce__", "__getstate__", "__setstate__",
                                        "__getnewargs__", "__getnewargs_ex__", "__new__"};
    for (size_t k = 0; k < sizeof hooks / sizeof *hooks; k++) {
        if (!is_undef(class_lookup(t, hooks[k]))) return true;
    }
    return false;
}

// collections' OrderedDict, defaultdict, Counter, deque: they copy themselves (copy()).
static bool is_native_collection(const ObjType *t) {
    return !type_is_class(t) && (t->id == TYPE_DICT || t == &type_deque);
}

static bool cannot_copy(Run *r, Value v) {
    return exc_raise(r, &exc_TypeError, "cannot pickle '%s' object", value_type_name(v));
}

// x.__copy__() or x.__deepcopy__(memo) when x's class defines it; *found false otherwise.
static bool copy_hook(Run *r, Value x, const char *name, const Value *memo, Value *out, bool *found) {
    *found = false;
    if (x.tag != VAL_OBJ || !type_is_class(x.as.obj->type) || is_class_value(x)) return true;
    return class_call_dunder(r, x, name, memo, memo ? 1 : 0, out, found);
}

// obj.copy(): bytearray's, and that of dict's subclasses from collections.
static bool copy_method(Run *r, Value x, Value *out) {
    Value m;
    if (!ops_method(r, x, "copy", &m) || !gc_push_root(r, m)) return false;
    Args none = {0};
    bool ok = ops_call(r, m, &none, out);
    gc_pop_roots(r, 1);
    return ok;
}

// A new instance of x's class whose attribute dict is `state` (NULL: none), set directly as
// copy.py's _reconstruct does: a frozen dataclass's __setattr__ is not involved.
static bool instance_with_state(Run *r, Value x, Obj *state, Value *out) {
    if (state && !gc_push_root(r, v_obj(state))) return false;
    bool ok = class_alloc_instance(r, x.as.obj->type, NULL, out);
    if (state) gc_pop_roots(r, 1);
    if (ok) ((ObjInstance *)out->as.obj)->dict = state;
    return ok;
}

struct DeepCopy;
static bool copy_by_reduce(Run *r, struct DeepCopy *dc, Value x, Value *out);
static bool copy_partial(Run *r, struct DeepCopy *dc, Value x, Value *out);

// copy.copy(x)
static bool copy_shallow(Run *r, Value x, Value *out) {
    bool found;
    if (!copy_hook(r, x, "__copy__", NULL, out, &found)) {
        LIBFRAMES_ADD(r, LF_COPY_HOOK);
        return false;
    }
    if (found) return true;
    if (copy_atomic(x) || value_type(x) == &type_tuple || value_type(x) == &type_frozenset || is_enum_member(x)) {
        *out = x;
        return true;
    }
    const ObjType *t = value_type(x);
    Obj *made = NULL;
    if (t == &type_list) made = list_from_iterable(r, x);
    else if (t == &type_dict) made = dict_copy(r, x.as.obj);
    else if (t == &type_set) made = set_from_iterable(r, x, false);
    else if (t == &type_bytearray || is_native_collection(t) || t == &mod_collections_ChainMap) {
        return copy_method(r, x, out);
    } else if (t == &mod_functools_partial) {
        return copy_partial(r, NULL, x, out);
    }
    else if (is_plain_instance(x) && !has_pickle_hooks(t)) {
        Obj *d = class_instance_dict(x);
        Obj *state = d ? dict_copy(r, d) : NULL;
        return (!d || state) && instance_with_state(r, x, state, out);
    } else if ((type_is_class(t) && !is_class_value(x)) || is_exception(x)) {
        return copy_by_reduce(r, NULL, x, out);
    } else {
        cannot_copy(r, x);
        LIBFRAMES_ADD(r, LF_COPY_REDUCTOR);
        return false;
    }
    *out = v_obj(made);
    return made != NULL;
}

static bool copy_copy(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"x"};
    static const ArgSpec spec = {"copy", names, 1, 0, 1, 1};
    Value x;
    return args_bind(r, a, &spec, &x) && copy_shallow(r, x, out);
}
STATIC_BUILTIN("copy", copy_copy, 0)

// ---- deepcopy ----

typedef struct DeepCopy {
    Obj *memo;       // dict: id(original) -> copy (rooted by the caller)
    Value memo_arg;  // the memo as __deepcopy__ hooks receive it
    Obj *keep;       // list of the originals copied, memo[id(memo)] (NULL until the first)
    uint32_t depth;
} DeepCopy;

static bool deep(Run *r, DeepCopy *dc, Value x, Value *out);

static Value object_id(Run *r, Value v) {
    return v_int((int64_t)run_object_id(r, v.as.obj));
}

// memo.get(id(x)): undef when x was not copied yet (an int key runs no Python code).
static Value memo_get(Run *r, const DeepCopy *dc, Value x) {
    Value y;
    bool found;
    if (!dict_get(r, dc->memo, object_id(r, x), &y, &found) || !found) return v_undef();
    return y;
}

static bool same_value(Value a, Value b) {
    return a.tag == b.tag && (a.tag == VAL_OBJ ? a.as.obj == b.as.obj : a.as.i == b.as.i);
}

// memo[id(x)] = y, and x kept alive as copy.py's _keep_alive does.
static bool memo_record(Run *r, DeepCopy *dc, Value x, Value y) {
    if (!dict_set(r, dc->memo, object_id(r, x), y)) return false;
    if (!dc->keep) {
        Obj *keep = list_new(r, 0);
        if (!keep || !gc_push_root(r, v_obj(keep))) return false;
        bool ok = dict_set(r, dc->memo, object_id(r, v_obj(dc->memo)), v_obj(keep));
        gc_pop_roots(r, 1);
        if (!ok) return false;
        dc->keep = keep;
    }
    return list_append(r, dc->keep, x);
}

static bool deep_list(Run *r, DeepCopy *dc, Value x, Value *out) {
    Obj *y = list_new(r, 0);
    if (!y || !gc_push_root(r, v_obj(y))) return false;
    bool ok = memo_record(r, dc, x, v_obj(y));
    for (size_t k = 0; ok && k < as_list(x)->len; k++) {
        Value item;
        ok = deep(r, dc, as_list(x)->items[k], &item) && list_append(r, y, item);
    }
    gc_pop_roots(r, 1);
    *out = v_obj(y);
    return ok;
}

// A tuple whose items all copy to themselves is its own copy.
static bool deep_tuple(Run *r, DeepCopy *dc, Value x, Value *out) {
    size_t n = as_tuple(x)->len;
    Obj *y = tuple_new(r, n);
    if (!y || !gc_push_root(r, v_obj(y))) return false;
    for (size_t k = 0; k < n; k++) ((ObjTuple *)y)->items[k] = v_none();
    bool ok = true, same = true;
    for (size_t k = 0; ok && k < n; k++) {
        Value item = as_tuple(x)->items[k], copied;
        ok = deep(r, dc, item, &copied);
        if (ok) ((ObjTuple *)y)->items[k] = copied;
        same = same && ok && same_value(copied, item);
    }
    // a cycle through the tuple may have recorded its copy meanwhile
    Value recorded = ok ? memo_get(r, dc, x) : v_undef();
    *out = !is_undef(recorded) ? recorded : same ? x : v_obj(y);
    ok = ok && (!is_undef(recorded) || same || memo_record(r, dc, x, *out));
    gc_pop_roots(r, 1);
    return ok;
}

// to[deepcopy(k)] = deepcopy(v) for the items of `from`, read from a private copy: a
// __deepcopy__ hook may change the original meanwhile.
static bool deep_dict_items(Run *r, DeepCopy *dc, Obj *from, Obj *to) {
    Obj *snapshot = dict_copy(r, from);
    if (!snapshot || !gc_push_root(r, v_obj(snapshot))) return false;
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && dict_next(snapshot, &pos, &k, &v)) {
        Value kc, vc;
        if (!gc_push_root(r, v)) break;
        ok = deep(r, dc, k, &kc);
        if (!ok) LIBFRAMES_ADD(r, LF_DEEPCOPY_DICT_KEY);
        if (ok && (ok = gc_push_root(r, kc))) {
            ok = deep(r, dc, v, &vc);
            if (!ok) LIBFRAMES_ADD(r, LF_DEEPCOPY_DICT_VALUE);
            ok = ok && dict_set(r, to, kc, vc);
            gc_pop_roots(r, 1);
        }
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool deep_dict(Run *r, DeepCopy *dc, Value x, Value *out) {
    Obj *y = dict_new(r);
    if (!y || !gc_push_root(r, v_obj(y))) return false;
    bool ok = memo_record(r, dc, x, v_obj(y)) && deep_dict_items(r, dc, x.as.obj, y);
    gc_pop_roots(r, 1);
    *out = v_obj(y);
    return ok;
}

// set and frozenset reduce to their type called with a deep copy of their items' list.
static bool deep_set(Run *r, DeepCopy *dc, Value x, bool frozen, Value *out) {
    Obj *items = list_from_iterable(r, x);
    if (!items || !gc_push_root(r, v_obj(items))) return false;
    Value copied;
    bool ok = deep_list(r, dc, v_obj(items), &copied) && gc_push_root(r, copied);
    if (ok) {
        Obj *y = set_from_iterable(r, copied, frozen);
        ok = y && memo_record(r, dc, x, v_obj(y));
        *out = v_obj(y);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool deep_instance(Run *r, DeepCopy *dc, Value x, Value *out) {
    if (!instance_with_state(r, x, NULL, out) || !gc_push_root(r, *out)) return false;
    bool ok = memo_record(r, dc, x, *out);
    Obj *d = class_instance_dict(x);
    if (ok && d) {
        Obj *state = dict_new(r);
        ok = state && gc_push_root(r, v_obj(state));
        if (ok) {
            ok = deep_dict_items(r, dc, d, state);
            ((ObjInstance *)out->as.obj)->dict = state;
            gc_pop_roots(r, 1);
        }
    }
    gc_pop_roots(r, 1);
    return ok;
}

// ---- _reconstruct ----

// y.__dict__.update(state) and setattr(y, key, value) for the slot state.
static bool set_state_items(Run *r, Value y, Value items) {
    if (!is_dict(items)) return exc_raise(r, &exc_TypeError, "'%s' object is not a mapping", value_type_name(items));
    Obj *snapshot = dict_copy(r, items.as.obj);
    if (!snapshot || !gc_push_root(r, v_obj(snapshot))) return false;
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && dict_next(snapshot, &pos, &k, &v)) {
        if (!is_str(k)) ok = exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'", value_type_name(k));
        else ok = is_exception(y) ? ops_setattr(r, y, k.as.obj, v) : class_generic_setattr(r, y, k.as.obj, v);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// y.__setstate__(state) if y has one, else the attribute dict and the slots.
static bool apply_state(Run *r, Value y, Value state) {
    Value setstate;
    if (ops_getattr_cstr(r, y, "__setstate__", &setstate)) {
        if (!gc_push_root(r, setstate)) return false;
        Args a = {&state, 1, 0, NULL, NULL};
        Value ignored;
        bool ok = ops_call(r, setstate, &a, &ignored);
        gc_pop_roots(r, 1);
        return ok;
    }
    if (!exc_pending_is(r, &exc_AttributeError)) return false;
    exc_clear(r);
    Value slots = v_none();
    if (is_tuple(state) && as_tuple(state)->len == 2) {
        slots = as_tuple(state)->items[1];
        state = as_tuple(state)->items[0];
    }
    return (is_none(state) || set_state_items(r, y, state)) && (is_none(slots) || set_state_items(r, y, slots));
}

// The copy's first form: func(*args), or cls.__new__(cls, *args) (copyreg.__newobj__).
static bool reconstruct_call(Run *r, const Reduced *red, Value args, Value *out) {
    const ObjTuple *t = as_tuple(args);
    if (!red->newobj) {
        Args a = {(Value *)t->items, (uint32_t)t->len, 0, NULL, NULL};
        return ops_call(r, red->func, &a, out);
    }
    const ObjType *cls = (const ObjType *)red->func.as.obj;
    if (t->len == 0 && ((const ObjClass *)cls)->native == &type_object && is_undef(class_lookup(cls, "__new__"))) {
        return class_alloc_instance(r, cls, NULL, out);
    }
    Value new_fn;
    if (!ops_getattr_cstr(r, red->func, "__new__", &new_fn) || !gc_push_root(r, new_fn)) return false;
    Obj *all = tuple_new(r, t->len + 1);
    bool ok = all && gc_push_root(r, v_obj(all));
    if (ok) {
        ((ObjTuple *)all)->items[0] = red->func;
        for (size_t k = 0; k < t->len; k++) ((ObjTuple *)all)->items[k + 1] = t->items[k];
        Args a = {((ObjTuple *)all)->items, (uint32_t)t->len + 1, 0, NULL, NULL};
        ok = ops_call(r, new_fn, &a, out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool deep_or_same(Run *r, DeepCopy *dc, Value x, Value *out) {
    if (!dc) {
        *out = x;
        return true;
    }
    return deep(r, dc, x, out);
}

// Appends listitems with y.append and stores dictitems with y[key] = value.
static bool reconstruct_items(Run *r, DeepCopy *dc, const Reduced *red, Value y) {
    bool ok = true;
    if (is_list(red->listitems)) {
        Value append;
        if (!ops_getattr_cstr(r, y, "append", &append) || !gc_push_root(r, append)) return false;
        const ObjList *items = as_list(red->listitems);
        for (size_t k = 0; ok && k < items->len; k++) {
            Value item, ignored;
            ok = deep_or_same(r, dc, items->items[k], &item);
            Args a = {&item, 1, 0, NULL, NULL};
            ok = ok && gc_push_root(r, item) && ops_call(r, append, &a, &ignored);
            if (ok) gc_pop_roots(r, 1);
        }
        gc_pop_roots(r, 1);
    }
    size_t pos = 0;
    Value k, v;
    while (ok && is_dict(red->dictitems) && dict_next(red->dictitems.as.obj, &pos, &k, &v)) {
        Value kc, vc;
        ok = deep_or_same(r, dc, k, &kc) && gc_push_root(r, kc);
        if (!ok) break;
        ok = deep_or_same(r, dc, v, &vc) && ops_setitem(r, y, kc, vc);
        gc_pop_roots(r, 1);
    }
    return ok;
}

// copy.py's _reconstruct(x, memo, *rv): dc NULL for a shallow copy.
static bool reconstruct(Run *r, DeepCopy *dc, Value x, const Reduced *red, Value *out) {
    Value args = red->args;
    if (dc && as_tuple(args)->len) {
        Obj *copied = tuple_new(r, as_tuple(args)->len);
        if (!copied || !gc_push_root(r, v_obj(copied))) return false;
        for (size_t k = 0; k < as_tuple(args)->len; k++) ((ObjTuple *)copied)->items[k] = v_none();
        bool ok = true;
        for (size_t k = 0; ok && k < as_tuple(args)->len; k++) {
            ok = deep(r, dc, as_tuple(args)->items[k], &((ObjTuple *)copied)->items[k]);
        }
        gc_pop_roots(r, 1);
        if (!ok) {
            LIBFRAMES_ADD(r, LF_RECONSTRUCT_ARGS, LF_RECONSTRUCT_CALL);
            return false;
        }
        args = v_obj(copied);
    }
    if (!gc_push_root(r, args)) return false;
    bool ok = reconstruct_call(r, red, args, out);
    gc_pop_roots(r, 1);
    if (!ok) {
        LIBFRAMES_ADD(r, LF_RECONSTRUCT_CALL);
        return false;
    }
    if (!gc_push_root(r, *out)) return false;
    ok = !dc || memo_record(r, dc, x, *out);
    if (ok && !is_none(red->state)) {
        Value state = red->state;
        ok = deep_or_same(r, dc, state, &state) && gc_push_root(r, state);
        if (!ok && dc) LIBFRAMES_ADD(r, LF_RECONSTRUCT_STATE);
        if (ok) {
            ok = apply_state(r, *out, state);
            gc_pop_roots(r, 1);
        }
    }
    ok = ok && reconstruct_items(r, dc, red, *out);
    gc_pop_roots(r, 1);
    return ok;
}

// x reduced as __reduce_ex__(4) would and rebuilt.
static bool copy_by_reduce(Run *r, DeepCopy *dc, Value x, Value *out) {
    Reduced red;
    if (!copy_reduce(r, x, &red)) {
        LIBFRAMES_ADD(r, dc ? LF_DEEPCOPY_REDUCTOR : LF_COPY_REDUCTOR);
        return false;
    }
    bool ok = true;
    if (red.itself) *out = x;
    else if (!(ok = reconstruct(r, dc, x, &red, out))) LIBFRAMES_ADD(r, dc ? LF_DEEPCOPY_RECONSTRUCT : LF_COPY_RECONSTRUCT);
    gc_pop_roots(r, REDUCED_VALUES);
    return ok;
}

// OrderedDict, defaultdict, Counter and deque reduce to their class (with default_factory,
// maxlen) and their items: a shallow copy emptied, then given deep copies of the items.
static bool deep_native_collection(Run *r, DeepCopy *dc, Value x, Value *out) {
    bool mapping = value_type(x)->id == TYPE_DICT;
    Obj *items = mapping ? dict_copy(r, x.as.obj) : list_from_iterable(r, x);
    if (!items || !gc_push_root(r, v_obj(items))) return false;
    Value clear, ignored;
    Args none = {0};
    bool ok = copy_method(r, x, out) && gc_push_root(r, *out);
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    ok = memo_record(r, dc, x, *out) && ops_method(r, *out, "clear", &clear) && ops_call(r, clear, &none, &ignored);
    Reduced red = {.func = v_none(), .args = v_none(), .state = v_none(), .listitems = v_none(), .dictitems = v_none()};
    if (mapping) red.dictitems = v_obj(items);
    else red.listitems = v_obj(items);
    ok = ok && reconstruct_items(r, dc, &red, *out);
    gc_pop_roots(r, 2);
    return ok;
}

// ChainMap reduces to its class and the state {'maps': [...]}: a ChainMap of deep copies of
// the maps.
static bool deep_chainmap(Run *r, DeepCopy *dc, Value x, Value *out) {
    Value maps, copied;
    if (!ops_getattr_cstr(r, x, "maps", &maps) || !gc_push_root(r, maps)) return false;
    bool ok = deep(r, dc, maps, &copied) && gc_push_root(r, copied);
    if (ok) {
        ok = is_list(copied);
        Args a = {ok ? as_list(copied)->items : NULL, ok ? (uint32_t)as_list(copied)->len : 0, 0, NULL, NULL};
        ok = ok && ops_call(r, v_obj((Obj *)&mod_collections_ChainMap), &a, out) && memo_record(r, dc, x, *out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// partial.__reduce__: partial(func, *args, **keywords) again, its parts deep-copied for
// deepcopy (dc not NULL).
static bool copy_partial(Run *r, DeepCopy *dc, Value x, Value *out) {
    Value part[3];  // func, args, keywords
    static const char *const names[] = {"func", "args", "keywords"};
    uint32_t roots = 0;
    bool ok = true;
    for (int k = 0; ok && k < 3; k++) {
        ok = ops_getattr_cstr(r, x, names[k], &part[k]) && deep_or_same(r, dc, part[k], &part[k]) &&
             gc_push_root(r, part[k]);
        if (ok) roots++;
    }
    ok = ok && is_tuple(part[1]) && is_dict(part[2]);
    Obj *pos = ok ? tuple_new(r, as_tuple(part[1])->len + 1) : NULL;
    if (pos && gc_push_root(r, v_obj(pos))) {
        roots++;
        ((ObjTuple *)pos)->items[0] = part[0];
        for (size_t k = 0; k < as_tuple(part[1])->len; k++) ((ObjTuple *)pos)->items[k + 1] = as_tuple(part[1])->items[k];
        Obj *kw = part[2].as.obj;
        uint32_t n = (uint32_t)dict_len(kw), i = 0;
        Value *vals = n ? mem_alloc(r, n * sizeof(Value)) : NULL;
        Obj **names_kw = n ? mem_alloc(r, n * sizeof(Obj *)) : NULL;
        ok = !n || (vals && names_kw);
        size_t at = 0;
        Value k, v;
        while (ok && dict_next(kw, &at, &k, &v)) {
            names_kw[i] = k.as.obj;
            vals[i++] = v;
        }
        Args a = {((ObjTuple *)pos)->items, (uint32_t)as_tuple(v_obj(pos))->len, n, vals, names_kw};
        ok = ok && ops_call(r, v_obj((Obj *)&mod_functools_partial), &a, out) && (!dc || memo_record(r, dc, x, *out));
        if (vals) mem_free(r, vals, n * sizeof(Value));
        if (names_kw) mem_free(r, names_kw, n * sizeof(Obj *));
    } else {
        ok = false;
    }
    gc_pop_roots(r, roots);
    return ok;
}

// One deepcopy() of x, which was not copied yet; failing, it adds the frames copy.py's code
// for x's kind passes (those of x's items came first).
static bool deep_uncached(Run *r, DeepCopy *dc, Value x, Value *out) {
    bool found;
    if (!copy_hook(r, x, "__deepcopy__", &dc->memo_arg, out, &found)) {
        LIBFRAMES_ADD(r, LF_DEEPCOPY_HOOK);
        return false;
    }
    if (found) return same_value(*out, x) || memo_record(r, dc, x, *out);
    const ObjType *t = value_type(x);
    if (t == &type_list) {
        if (deep_list(r, dc, x, out)) return true;
        LIBFRAMES_ADD(r, LF_DEEPCOPY_LIST, LF_DEEPCOPY_COPIER);
    } else if (t == &type_tuple) {
        if (deep_tuple(r, dc, x, out)) return true;
        LIBFRAMES_ADD(r, LF_DEEPCOPY_TUPLE, LF_DEEPCOPY_COPIER);
    } else if (t == &type_dict) {
        if (deep_dict(r, dc, x, out)) return true;
        LIBFRAMES_ADD(r, LF_DEEPCOPY_COPIER);
    } else if (t == &type_set || t == &type_frozenset) {
        // set(deepcopy(list(x))), through copy.py's _reconstruct
        if (deep_set(r, dc, x, t == &type_frozenset, out)) return true;
        LIBFRAMES_ADD(r, LF_DEEPCOPY_LIST, LF_DEEPCOPY_COPIER, LF_RECONSTRUCT_ARGS, LF_RECONSTRUCT_CALL,
                      LF_DEEPCOPY_RECONSTRUCT);
    } else if (t == &type_bytearray) {
        return copy_method(r, x, out) && memo_record(r, dc, x, *out);
    } else if (is_native_collection(t)) {
        if (deep_native_collection(r, dc, x, out)) return true;
        LIBFRAMES_ADD(r, LF_DEEPCOPY_RECONSTRUCT);
    } else if (t == &mod_collections_ChainMap) {
        if (deep_chainmap(r, dc, x, out)) return true;
        LIBFRAMES_ADD(r, LF_DEEPCOPY_RECONSTRUCT);
    } else if (t == &mod_functools_partial) {
        if (copy_partial(r, dc, x, out)) return true;
        LIBFRAMES_ADD(r, LF_DEEPCOPY_RECONSTRUCT);
    } else if (is_plain_instance(x) && !has_pickle_hooks(t)) {
        // the state, x's attribute dict, is deep-copied as a dict
        if (deep_instance(r, dc, x, out)) return true;
        LIBFRAMES_ADD(r, LF_DEEPCOPY_COPIER, LF_RECONSTRUCT_STATE, LF_DEEPCOPY_RECONSTRUCT);
    } else if ((type_is_class(t) && !is_class_value(x)) || is_exception(x)) {
        return copy_by_reduce(r, dc, x, out);
    } else {
        cannot_copy(r, x);
        LIBFRAMES_ADD(r, LF_DEEPCOPY_REDUCTOR);
    }
    return false;
}

static bool deep(Run *r, DeepCopy *dc, Value x, Value *out) {
    if (copy_atomic(x) || is_enum_member(x)) {
        *out = x;
        return true;
    }
    *out = memo_get(r, dc, x);
    if (!is_undef(*out)) return true;
    if (dc->depth >= COPY_MAX_DEPTH) {
        return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded");
    }
    if (!gc_push_root(r, x)) return false;
    dc->depth++;
    bool ok = deep_uncached(r, dc, x, out);
    dc->depth--;
    gc_pop_roots(r, 1);
    return ok;
}

// deepcopy(x, memo=None)
static bool copy_deepcopy(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"x", "memo"};
    static const ArgSpec spec = {"deepcopy", names, 2, 0, 2, 1};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    DeepCopy dc = {0};
    if (is_undef(v[1]) || is_none(v[1])) {
        dc.memo = dict_new(r);
        if (!dc.memo) return false;
    } else if (is_dict(v[1])) {
        dc.memo = v[1].as.obj;
        Value kept = memo_get(r, &dc, v[1]);
        if (is_list(kept)) dc.keep = kept.as.obj;
    } else {
        return exc_raise(r, &exc_TypeError, "memo must be a dict, not %s", value_type_name(v[1]));
    }
    dc.memo_arg = v_obj(dc.memo);
    if (!gc_push_root(r, dc.memo_arg)) return false;
    bool ok = deep(r, &dc, v[0], out);
    gc_pop_roots(r, 1);
    return ok;
}
STATIC_BUILTIN("deepcopy", copy_deepcopy, 0)

bool mod_copy_init(Run *r, Obj *module) {
    return module_set(r, module, "copy", v_obj((Obj *)&obj_copy_copy.base)) &&
           module_set(r, module, "deepcopy", v_obj((Obj *)&obj_copy_deepcopy.base));
}
