// Function, built-in and cell objects.
#include "interp/obj_func.h"

#include "interp/buf.h"
#include "interp/gc.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "interp/vm.h"

static bool function_repr(Run *r, Value v, Buf *out) {
    (void)r;
    ObjFunction *f = (ObjFunction *)v.as.obj;
    return buf_printf(out, "<function %s at %p>", ((ObjStr *)f->qualname)->data, (void *)f);
}

static void function_trace(Run *r, Obj *o) {
    ObjFunction *f = (ObjFunction *)o;
    gc_mark_obj(r, f->globals);
    gc_mark_obj(r, f->defaults);
    gc_mark_obj(r, f->kwdefaults);
    gc_mark_obj(r, f->closure);
    gc_mark_obj(r, f->name);
    gc_mark_obj(r, f->qualname);
}

static bool function_hash(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)((uintptr_t)v.as.obj >> 4);
    return true;
}

static bool function_call(Run *r, Value callee, const Args *a, Value *out) {
    return vm_call(r, callee, a, out);
}

static bool function_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    ObjFunction *f = (ObjFunction *)v.as.obj;
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "__name__")) *out = v_obj(f->name);
    else if (str_equal_cstr(n, "__qualname__")) *out = v_obj(f->qualname);
    return true;
}

const ObjType type_function = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "function",
    .id = TYPE_FUNCTION,
    .base_type = &type_object,
    .slots = {
        .repr = function_repr,
        .hash = function_hash,
        .call = function_call,
        .getattr = function_getattr,
        .trace = function_trace,
    },
};

static bool builtin_repr(Run *r, Value v, Buf *out) {
    (void)r;
    ObjBuiltin *b = (ObjBuiltin *)v.as.obj;
    if (is_none(b->self)) return buf_printf(out, "<built-in function %s>", b->def->name);
    return buf_printf(out, "<built-in method %s of %s object at %p>", b->def->name,
                      value_type_name(b->self), (void *)(is_obj(b->self) ? b->self.as.obj : NULL));
}

static bool builtin_call(Run *r, Value callee, const Args *a, Value *out) {
    ObjBuiltin *b = (ObjBuiltin *)callee.as.obj;
    return b->def->fn(r, b->self, a, out);
}

static void builtin_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjBuiltin *)o)->self);
}

const ObjType type_builtin = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "builtin_function_or_method",
    .id = TYPE_BUILTIN,
    .base_type = &type_object,
    .slots = {
        .repr = builtin_repr,
        .hash = function_hash,
        .call = builtin_call,
        .trace = builtin_trace,
    },
};

static void cell_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjCell *)o)->value);
}

const ObjType type_cell = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "cell",
    .id = TYPE_CELL,
    .base_type = &type_object,
    .slots = {.trace = cell_trace},
};

bool method_bind(Run *r, Value self, const MethodDef *m, Value *out) {
    if (!gc_push_root(r, self)) return false;
    ObjBuiltin *b = gc_new(r, ObjBuiltin, &type_builtin);
    gc_pop_roots(r, 1);
    if (!b) return false;
    b->def = m;
    b->self = self;
    *out = v_obj(&b->base);
    return true;
}

Obj *function_new(Run *r, const Code *code, Obj *globals) {
    ObjFunction *f = gc_new(r, ObjFunction, &type_function);
    if (!f) return NULL;
    f->code = code;
    f->globals = globals;
    f->name = code->name;
    f->qualname = code->qualname;
    return &f->base;
}

Obj *cell_new(Run *r, Value v) {
    if (!gc_push_root(r, v)) return NULL;
    ObjCell *c = gc_new(r, ObjCell, &type_cell);
    gc_pop_roots(r, 1);
    if (!c) return NULL;
    c->value = v;
    return &c->base;
}

// Code objects are constants of the program; they appear as values only inside the VM.
const ObjType type_code = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "code",
    .id = TYPE_CODE,
    .base_type = &type_object,
};
