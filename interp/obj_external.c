// External function objects (see obj_external.h). The VM intercepts calls to them; what is
// left here is how they look to the script and the calls the VM cannot suspend.
#include "interp/obj_external.h"

#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_str.h"
#include "interp/ops.h"

static const char *external_name(Value v) {
    return ((ObjStr *)((ObjExternal *)v.as.obj)->name)->data;
}

// Tools look like the functions they stand for.
static bool external_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "<function %s at 0x%llx>", external_name(v),
                      (unsigned long long)run_object_id(r, v.as.obj));
}

static bool external_hash(Run *r, Value v, int64_t *out) {
    *out = (int64_t)(run_object_id(r, v.as.obj) >> 4);
    return true;
}

bool external_refuse_call(Run *r, Value callee) {
    return exc_raise(r, &exc_RuntimeError,
                     "external function '%s' cannot be called from inside a built-in such as "
                     "filter() or list.sort(key=...); call it directly, e.g. in a for loop",
                     external_name(callee));
}

// The VM intercepts every call it can suspend at; this slot sees only the others.
static bool external_call(Run *r, Value callee, const Args *a, Value *out) {
    (void)a;
    (void)out;
    return external_refuse_call(r, callee);
}

// A miss leaves *out undef: the generic lookup then raises AttributeError.
static bool external_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "__name__") || str_equal_cstr(n, "__qualname__")) {
        *out = v_obj(((ObjExternal *)v.as.obj)->name);
    }
    return true;
}

static void external_trace(Run *r, Obj *o) {
    gc_mark_obj(r, ((ObjExternal *)o)->name);
}

const ObjType type_external = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "function",
    .id = TYPE_EXTERNAL,
    .base_type = &type_object,
    .slots = {
        .repr = external_repr,
        .hash = external_hash,
        .call = external_call,
        .getattr = external_getattr,
        .trace = external_trace,
    },
};

Obj *external_new(Run *r, const char *name, bool is_async) {
    Obj *s = str_from_cstr(r, name);
    if (!s || !gc_push_root(r, v_obj(s))) return NULL;
    ObjExternal *e = gc_new(r, ObjExternal, &type_external);
    gc_pop_roots(r, 1);
    if (!e) return NULL;
    e->name = s;
    e->is_async = is_async;
    return &e->base;
}
