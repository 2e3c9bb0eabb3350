// A bare run for the container suites (test_obj_*.c): no program, no VM, just the heap, the
// exception state and the generic operations; plus helpers that print values and errors.
#ifndef MOAT_TESTS_UNIT_CONTAINER_FIXTURE_H
#define MOAT_TESTS_UNIT_CONTAINER_FIXTURE_H

#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "suites.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/run.h"

static Run fx;

// Value initializers for static tables of cases.
#define FX_NONE                                                                                    \
    { .tag = VAL_NONE }
#define FX_INT(x)                                                                                  \
    { .tag = VAL_INT, .as.i = (x) }
#define FX_FLOAT(x)                                                                                \
    { .tag = VAL_FLOAT, .as.f = (x) }
#define FX_BOOL(x)                                                                                 \
    { .tag = VAL_BOOL, .as.b = (x) }

static inline void fx_setup(void) {
    memset(&fx, 0, sizeof fx);
    fx.gc_threshold = (size_t)1 << 40;  // collect only when a test asks (gc_collect)
}

// Frees everything and checks that the heap gave every byte back.
static inline void fx_teardown(void) {
    exc_clear(&fx);
    gc_free_all(&fx);
    if (fx.roots) mem_free(&fx, fx.roots, fx.root_cap * sizeof(Value));
    ck_assert_uint_eq(fx.mem.bytes, 0);
}

// Keeps v alive until the test ends (a test's locals are not roots).
static inline Value fx_keep(Value v) {
    ck_assert(gc_push_root(&fx, v));
    return v;
}

// The pending exception as "Type: message".
static inline const char *fx_error(void) {
    static char text[512];
    ck_assert(is_exception(fx.exc));
    Value exc = fx.exc, msg;
    exc_clear(&fx);
    ck_assert(gc_push_root(&fx, exc));
    ck_assert(ops_str_value(&fx, exc, &msg));
    gc_pop_roots(&fx, 1);
    snprintf(text, sizeof text, "%s: %s", exc.as.obj->type->name, as_str(msg)->data);
    return text;
}

// repr(v), or the error it raised as "!! Type: message".
static inline const char *fx_repr(Value v) {
    static char text[4096];
    Value s;
    ck_assert(gc_push_root(&fx, v));  // a result nothing else holds yet
    bool ok = ops_repr_value(&fx, v, &s);
    gc_pop_roots(&fx, 1);
    if (!ok) {
        snprintf(text, sizeof text, "!! %s", fx_error());
        return text;
    }
    snprintf(text, sizeof text, "%s", as_str(s)->data);
    return text;
}

// Outcome of an operation: the repr of *out when ok, else "!! Type: message".
static inline const char *fx_result(bool ok, Value out) {
    static char text[4096];
    if (!ok) {
        snprintf(text, sizeof text, "!! %s", fx_error());
        return text;
    }
    snprintf(text, sizeof text, "%s", fx_repr(out));
    return text;
}

static inline Value fx_str(const char *s) {
    Obj *o = str_from_cstr(&fx, s);
    ck_assert_ptr_nonnull(o);
    return fx_keep(v_obj(o));
}

// A list of the n ints given, rooted.
static inline Value fx_ints(int n, ...) {
    Obj *l = list_new(&fx, 0);
    ck_assert_ptr_nonnull(l);
    fx_keep(v_obj(l));
    va_list ap;
    va_start(ap, n);
    for (int k = 0; k < n; k++) ck_assert(list_append(&fx, l, v_int(va_arg(ap, int))));
    va_end(ap);
    return v_obj(l);
}

// A tuple of the n Values given, rooted.
static inline Value fx_tuple(int n, ...) {
    Obj *t = tuple_new(&fx, (size_t)n);
    ck_assert_ptr_nonnull(t);
    va_list ap;
    va_start(ap, n);
    for (int k = 0; k < n; k++) ((ObjTuple *)t)->items[k] = va_arg(ap, Value);
    va_end(ap);
    return fx_keep(v_obj(t));
}

// Calls the type t as Python code would: t(args...).
static inline bool fx_construct(const ObjType *t, uint32_t n, Value *args, Value *out) {
    Args a = {.pos = args, .npos = n};
    return t->construct(&fx, v_obj((Obj *)&t->base), &a, out);
}

// self.name(args...) through the method table, as the VM calls it.
static inline bool fx_call_method(Value self, const char *name, uint32_t n, Value *args,
                                  Value *out) {
    Value m;
    if (!ops_method(&fx, self, name, &m)) return false;
    Args a = {.pos = args, .npos = n};
    return ops_call(&fx, m, &a, out);
}

// Runs the iterator it to the end into a new list: its repr, or the error.
static inline const char *fx_drain(Value it) {
    Obj *l = list_new(&fx, 0);
    ck_assert_ptr_nonnull(l);
    fx_keep(v_obj(l));
    Value item;
    IterStep s;
    while ((s = ops_next(&fx, it, &item)) == ITER_ITEM) ck_assert(list_append(&fx, l, item));
    if (s == ITER_ERROR) return fx_result(false, v_none());
    return fx_repr(v_obj(l));
}

#endif
