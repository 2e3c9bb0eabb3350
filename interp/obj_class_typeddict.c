// TypedDict classes and the __annotations__ of classes. A TypedDict class derives from dict
// (its instances are plain dicts); like typing's _TypedDictMeta it records which keys are
// required: those its body annotates (Required[...] and NotRequired[...] overriding the class's
// `total`) added to its TypedDict bases' keys.
#include "interp/obj_class_typeddict.h"

#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/obj_set.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

// What compile.c records of an annotation's outer name (cu_annotation_kind).
enum { ANNOTATION_REQUIRED = 4, ANNOTATION_NOT_REQUIRED = 5 };

bool typeddict_is_class(Value v) {
    return is_class_value(v) && ((const ObjClass *)v.as.obj)->typeddict;
}

static bool set_class_attr(Run *r, ObjClass *c, const char *name, Value v) {
    if (!gc_push_root(r, v)) return false;
    Obj *key = str_from_cstr(r, name);
    bool ok = key && dict_set(r, c->dict, v_obj(key), v);
    gc_pop_roots(r, 1);
    return ok;
}

// Moves key into `into` and out of `from` (two frozensets being built).
static bool keys_move(Run *r, Obj *into, Obj *from, Value key) {
    bool found;
    return set_add(r, into, key) && set_discard(r, from, key, &found);
}

static bool typeddict_keys(Run *r, ObjClass *c, bool total, Obj *required, Obj *optional) {
    const ObjTuple *bases = (const ObjTuple *)c->bases;
    for (size_t k = 0; k < bases->len; k++) {
        if (!typeddict_is_class(bases->items[k])) continue;
        const ObjType *b = (const ObjType *)bases->items[k].as.obj;
        if (!set_update(r, required, class_type_own(b, "__required_keys__")) ||
            !set_update(r, optional, class_type_own(b, "__optional_keys__"))) {
            return false;
        }
    }
    const ObjTuple *ann = c->annotated ? (const ObjTuple *)c->annotated : NULL;
    for (size_t k = 0; ann && k < ann->len; k++) {
        const ObjTuple *entry = as_tuple(ann->items[k]);
        int64_t kind = entry->items[1].as.i;
        bool req = kind == ANNOTATION_REQUIRED || (kind != ANNOTATION_NOT_REQUIRED && total);
        bool ok = req ? keys_move(r, required, optional, entry->items[0])
                      : keys_move(r, optional, required, entry->items[0]);
        if (!ok) return false;
    }
    return true;
}

bool typeddict_setup(Run *r, ObjClass *c, Value total) {
    c->typeddict = true;
    if (is_undef(total)) total = v_bool(true);
    bool truthy;
    if (!ops_truthy(r, total, &truthy)) return false;
    Obj *required = set_new(r, true);
    if (!required || !gc_push_root(r, v_obj(required))) return false;
    Obj *optional = set_new(r, true);
    bool ok = optional && gc_push_root(r, v_obj(optional));
    if (ok) {
        ok = typeddict_keys(r, c, truthy, required, optional) &&
             set_class_attr(r, c, "__required_keys__", v_obj(required)) &&
             set_class_attr(r, c, "__optional_keys__", v_obj(optional)) &&
             set_class_attr(r, c, "__total__", total);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// Adds the class's own annotations to the dict d, each evaluated now (PEP 649).
static bool annotations_own(Run *r, const ObjClass *c, Obj *d) {
    const ObjTuple *ann = c->annotated ? (const ObjTuple *)c->annotated : NULL;
    for (size_t k = 0; ann && k < ann->len; k++) {
        const ObjTuple *entry = as_tuple(ann->items[k]);
        if (!is_function(entry->items[2])) continue;
        Value v;
        Args none = {0};
        if (!vm_call(r, entry->items[2], &none, &v) || !gc_push_root(r, v)) return false;
        bool ok = dict_set(r, d, entry->items[0], v);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

bool class_annotations(Run *r, ObjClass *c, Value *out) {
    if (c->annotations) {
        *out = v_obj(c->annotations);
        return true;
    }
    Obj *d = dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) return false;
    bool ok = true;
    // a TypedDict's are its TypedDict bases' and then its own
    const ObjTuple *bases = (const ObjTuple *)c->bases;
    for (size_t k = 0; c->typeddict && ok && k < bases->len; k++) {
        if (!typeddict_is_class(bases->items[k])) continue;
        Value inherited;
        // guard: a long chain of TypedDict classes none of which was asked yet
        ok = container_nest_enter(r, "while getting the annotations of a class");
        if (!ok) break;
        ok = class_annotations(r, (ObjClass *)bases->items[k].as.obj, &inherited) &&
             dict_update(r, d, inherited);
        container_nest_leave(r);
    }
    ok = ok && annotations_own(r, c, d);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    c->annotations = d;
    *out = v_obj(d);
    return true;
}
