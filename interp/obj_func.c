// Function, built-in and cell objects.
#include "interp/obj_func.h"

#include <string.h>

#include "interp/buf.h"
#include "interp/builtin_docs.h"
#include "interp/builtins.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/obj_class.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_dict.h"
#include "interp/gc.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

static bool function_repr(Run *r, Value v, Buf *out) {
    ObjFunction *f = (ObjFunction *)v.as.obj;
    return buf_printf(out, "<function %s at 0x%llx>", ((ObjStr *)f->qualname)->data,
                      (unsigned long long)run_object_id(r, f));
}

static void function_trace(Run *r, Obj *o) {
    ObjFunction *f = (ObjFunction *)o;
    gc_mark_obj(r, f->globals);
    gc_mark_obj(r, f->defaults);
    gc_mark_obj(r, f->kwdefaults);
    gc_mark_obj(r, f->closure);
    gc_mark_obj(r, f->name);
    gc_mark_obj(r, f->qualname);
    gc_mark_obj(r, f->dict);
    gc_mark_value(r, f->doc);
    gc_mark_value(r, f->module);
    gc_mark_obj(r, f->annotate);
    gc_mark_obj(r, f->annotations);
    gc_mark_obj(r, f->type_params);
}

static bool function_hash(Run *r, Value v, int64_t *out) {
    *out = (int64_t)(run_object_id(r, v.as.obj) >> 4);
    return true;
}

static bool function_call(Run *r, Value callee, const Args *a, Value *out) {
    return vm_call(r, callee, a, out);
}

// __annotations__: evaluated on first read by __annotate__ (PEP 649: a name the annotations use
// need not exist when the def runs), then kept.
static bool function_annotations(Run *r, ObjFunction *f, Value *out) {
    if (!f->annotations) {
        Value made;
        Args none = {0};
        if (f->annotate) {
            if (!vm_call(r, v_obj(f->annotate), &none, &made)) return false;
        } else {
            Obj *d = dict_new(r);
            if (!d) return false;
            made = v_obj(d);
        }
        if (!f->annotations) f->annotations = made.as.obj;
    }
    *out = v_obj(f->annotations);
    return true;
}

static bool function_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjFunction *f = (ObjFunction *)v.as.obj;
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "__annotations__")) return function_annotations(r, f, out);
    if (str_equal_cstr(n, "__annotate__")) *out = f->annotate ? v_obj(f->annotate) : v_none();
    else if (str_equal_cstr(n, "__type_params__")) *out = v_obj(f->type_params ? f->type_params : tuple_new(r, 0));
    else if (str_equal_cstr(n, "__name__")) *out = v_obj(f->name);
    else if (str_equal_cstr(n, "__qualname__")) *out = v_obj(f->qualname);
    else if (str_equal_cstr(n, "__doc__")) *out = f->doc;
    else if (str_equal_cstr(n, "__defaults__")) *out = f->defaults ? v_obj(f->defaults) : v_none();
    else if (str_equal_cstr(n, "__kwdefaults__")) *out = f->kwdefaults ? v_obj(f->kwdefaults) : v_none();
    else if (str_equal_cstr(n, "__closure__")) {
        bool none = !f->closure || ((const ObjTuple *)f->closure)->len == 0;
        *out = none ? v_none() : v_obj(f->closure);
    }
    else if (str_equal_cstr(n, "__module__")) {
        *out = f->module;
        if (is_undef(*out)) {
            Obj *m = str_from_cstr(r, "__main__");
            if (!m) return false;
            *out = v_obj(m);
        }
    } else if (str_equal_cstr(n, "__dict__")) {
        if (!f->dict && !(f->dict = dict_new(r))) return false;
        *out = v_obj(f->dict);
    } else if (f->dict) {
        *out = dict_get_str(f->dict, n);
    }
    return true;
}

// __annotate__ = a callable (functools.wraps copies it) or None; the annotations it made are
// dropped so the next read asks it.
static bool function_set_annotate(Run *r, ObjFunction *f, Value val) {
    if (is_undef(val)) return exc_raise(r, &exc_TypeError, "cannot delete __annotate__ attribute");
    bool callable = is_none(val) || value_type(val)->slots.call != NULL;
    if (!callable) return exc_raise(r, &exc_TypeError, "__annotate__ must be callable or None");
    f->annotate = is_none(val) ? NULL : val.as.obj;
    if (!is_none(val)) f->annotations = NULL;
    return true;
}

// guard: only plain attributes and the documented dunders; nothing that reaches code or globals
static bool function_setattr(Run *r, Value v, Obj *name, Value val) {
    ObjFunction *f = (ObjFunction *)v.as.obj;
    ObjStr *n = (ObjStr *)name;
    bool del = is_undef(val);
    if (str_equal_cstr(n, "__name__") || str_equal_cstr(n, "__qualname__")) {
        if (del || !is_str(val)) {
            return exc_raise(r, &exc_TypeError, "%s must be set to a string object", n->data);
        }
        if (str_equal_cstr(n, "__name__")) f->name = val.as.obj;
        else f->qualname = val.as.obj;
        return true;
    }
    if (str_equal_cstr(n, "__doc__")) {
        f->doc = del ? v_none() : val;
        return true;
    }
    if (str_equal_cstr(n, "__module__")) {
        f->module = del ? v_none() : val;
        return true;
    }
    if (str_equal_cstr(n, "__annotate__")) return function_set_annotate(r, f, val);
    if (str_equal_cstr(n, "__type_params__")) {
        if (del || !is_tuple(val)) return exc_raise(r, &exc_TypeError, "__type_params__ must be set to a tuple");
        f->type_params = val.as.obj;
        return true;
    }
    // functools.wraps sets __wrapped__, an ordinary attribute
    if (!str_equal_cstr(n, "__wrapped__") && n->len > 4 && n->data[0] == '_' && n->data[1] == '_') {
        return exc_raise(r, &exc_AttributeError, "'function' object attribute '%s' is read-only",
                         n->data);
    }
    if (!f->dict && !(f->dict = dict_new(r))) return false;
    if (!del) return dict_set(r, f->dict, v_obj(name), val);
    bool found;
    if (!dict_del(r, f->dict, v_obj(name), &found)) return false;
    if (!found) {
        return exc_raise(r, &exc_AttributeError, "'function' object has no attribute '%s'", n->data);
    }
    return true;
}

// function.__get__(instance, owner=None): the method bound to instance, or the function itself
// when there is no instance (read from the class).
static bool function_get(Run *r, Value self, const Args *a, Value *out) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "wrapper __get__() takes no keyword arguments");
    if (!container_args_count(r, a, "__get__", 1, 2)) return false;
    Value instance = a->pos[0], owner = a->npos > 1 ? a->pos[1] : v_none();
    if (!is_none(instance)) return bound_method_new(r, self, instance, out);
    if (is_none(owner)) return exc_raise(r, &exc_TypeError, "__get__(None, None) is invalid");
    *out = self;
    return true;
}

static const MethodDef function_methods[] = {
    {"__get__", function_get, METHOD_SLOT},
};

const ObjType type_function = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "function",
    .id = TYPE_FUNCTION,
    .base_type = &type_object,
    .methods = function_methods,
    .method_count = sizeof function_methods / sizeof *function_methods,
    .slots = {
        .repr = function_repr,
        .hash = function_hash,
        .call = function_call,
        .getattr = function_getattr,
        .setattr = function_setattr,
        .trace = function_trace,
    },
};

// The self a built-in method of int, float or str is given: the value a boxed instance holds
// (object's own methods take the instance itself: object.__setattr__(self, ...)).
static Value method_self(Value self, const MethodDef *m) {
    bool of_object = m >= object_methods && m < object_methods + OBJECT_METHOD_COUNT;
    return of_object ? self : boxed_unbox(self);
}

// A class's own generated method (a dataclass's __init__) prints as the function CPython
// generates: <function Point.__init__ at 0x...>, bound <bound method Point.__init__ of ...>.
static bool builtin_repr_generated(Run *r, const ObjBuiltin *b, Buf *out) {
    const char *qualname = type_qualname(b->owner);
    if (!is_undef(b->self)) {
        return buf_printf(out, "<bound method %s.%s of ", qualname, b->def->name) &&
               ops_repr(r, b->self, out) && buf_append_char(out, '>');
    }
    return buf_printf(out, "<function %s.%s at 0x%llx>", qualname, b->def->name,
                      (unsigned long long)run_object_id(r, &b->base));
}

// What CPython has as slot wrappers: METHOD_SLOT's dunders but those it defines as methods.
static bool builtin_is_slot_wrapper(const MethodDef *def) {
    static const char *const methods[] = {"__format__", "__reversed__", "__bytes__"};
    if (!(def->flags & METHOD_SLOT)) return false;
    for (size_t k = 0; k < sizeof methods / sizeof *methods; k++) {
        if (strcmp(def->name, methods[k]) == 0) return false;
    }
    return true;
}

static bool builtin_repr(Run *r, Value v, Buf *out) {
    ObjBuiltin *b = (ObjBuiltin *)v.as.obj;
    if (b->owner && type_is_class(b->owner)) return builtin_repr_generated(r, b, out);
    bool slot = builtin_is_slot_wrapper(b->def);
    if (is_undef(b->self)) {
        return buf_printf(out, slot ? "<slot wrapper '%s' of '%s' objects>" : "<method '%s' of '%s' objects>",
                          b->def->name, b->owner->name);
    }
    if (is_none(b->self) && !slot) return buf_printf(out, "<built-in function %s>", b->def->name);
    unsigned long long id = is_obj(b->self) ? run_object_id(r, b->self.as.obj) : 0;
    return buf_printf(out, slot ? "<method-wrapper '%s' of %s object at 0x%llx>" : "<built-in method %s of %s object at 0x%llx>",
                      b->def->name, value_type_name(b->self), id);
}

static bool args_have_boxed(const Args *a) {
    for (uint32_t k = 0; k < a->npos; k++) {
        if (is_boxed(a->pos[k])) return true;
    }
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (is_boxed(a->kwvalues[k])) return true;
    }
    return false;
}

// Calls the method with the values of boxed arguments, for the types that take them so.
static bool builtin_call_unboxed(Run *r, const MethodDef *def, Value self, const Args *a, Value *out) {
    uint32_t n = a->npos + a->nkw;
    Value buf[16];
    Value *copy = n <= 16 ? buf : mem_alloc(r, n * sizeof(Value));
    if (!copy) return false;
    if (a->npos) memcpy(copy, a->pos, a->npos * sizeof(Value));
    if (a->nkw) memcpy(copy + a->npos, a->kwvalues, a->nkw * sizeof(Value));
    boxed_unbox_args(copy, n);
    Args b = {copy, a->npos, a->nkw, copy + a->npos, a->kwnames};
    bool ok = def->fn(r, self, &b, out);
    if (copy != buf) mem_free(r, copy, n * sizeof(Value));
    return ok;
}

// An unbound method called without its self: each kind of CPython descriptor says it its way.
static bool builtin_raise_no_self(Run *r, const ObjBuiltin *b) {
    if (strcmp(b->def->name, "__new__") == 0) {  // a builtin bound to the type in CPython
        return exc_raise(r, &exc_TypeError, "%s.__new__(): not enough arguments", b->owner->name);
    }
    if (builtin_is_slot_wrapper(b->def)) {
        return exc_raise(r, &exc_TypeError, "descriptor '%s' of '%s' object needs an argument", b->def->name,
                         b->owner->name);
    }
    return exc_raise(r, &exc_TypeError, "unbound method %s.%s() needs an argument", b->owner->name, b->def->name);
}

static bool builtin_call(Run *r, Value callee, const Args *a, Value *out) {
    ObjBuiltin *b = (ObjBuiltin *)callee.as.obj;
    if (!is_undef(b->self) && boxed_args_unboxed_for(b->self) && args_have_boxed(a)) {
        return builtin_call_unboxed(r, b->def, b->self, a, out);
    }
    if (!is_undef(b->self)) return b->def->fn(r, b->self, a, out);
    // str.lower(s): an unbound method takes self as its first argument
    if (a->npos == 0) return builtin_raise_no_self(r, b);
    if (!type_is_subtype(value_type(a->pos[0]), b->owner) && (b->def->flags & METHOD_SLOT)) {
        return exc_raise(r, &exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                         b->def->name, b->owner->name, value_type_name(a->pos[0]));
    }
    if (!type_is_subtype(value_type(a->pos[0]), b->owner)) {
        return exc_raise(r, &exc_TypeError,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         b->def->name, b->owner->name, value_type_name(a->pos[0]));
    }
    Args rest = {a->pos + 1, a->npos - 1, a->nkw, a->kwvalues, a->kwnames};
    return b->def->fn(r, method_self(a->pos[0], b->def), &rest, out);
}

// The type a method's __qualname__ starts with: its own for an unbound method and a
// classmethod's, else the bound object's (CPython names [].append 'list.append'); NULL for a
// function (len).
static const ObjType *builtin_qualname_type(const ObjBuiltin *b) {
    if (is_undef(b->self) || (b->owner && type_is_class(b->owner))) return b->owner;
    if (is_none(b->self) && !(b->def->flags & METHOD_SLOT)) return NULL;
    if (b->def->flags & METHOD_CLASS) return (const ObjType *)b->self.as.obj;
    return value_type(b->self);
}

// __doc__ (or __text_signature__) of a function of builtins that builtin_docs.c knows;
// None for any other built-in.
static bool builtin_doc_attr(Run *r, const ObjBuiltin *b, bool doc, Value *out) {
    *out = v_none();
    const char *text, *signature;
    if (!is_none(b->self) || !builtin_docs_find(b->def->name, &text, &signature)) return true;
    Obj *name = str_from_cstr(r, b->def->name);
    Value same;
    if (!name || !builtins_lookup((const ObjStr *)name, &same) || same.as.obj != &b->base) {
        return name != NULL;  // operator.abs is no builtins.abs
    }
    if (!doc && !signature) return true;
    Obj *s = str_from_cstr(r, doc ? text : signature);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool builtin_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjBuiltin *b = (ObjBuiltin *)v.as.obj;
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    const ObjType *t = builtin_qualname_type(b);
    if (str_equal_cstr(n, "__self__") && t && !is_undef(b->self)) {
        *out = b->self;  // a function's would be the module builtins, which moat has not
        return true;
    }
    if (str_equal_cstr(n, "__doc__") || str_equal_cstr(n, "__text_signature__")) {
        return builtin_doc_attr(r, b, str_equal_cstr(n, "__doc__"), out);
    }
    bool qualname = str_equal_cstr(n, "__qualname__");
    if (!qualname && !str_equal_cstr(n, "__name__")) return true;
    Buf text;
    buf_init(&text, r);
    bool ok = qualname && t ? buf_printf(&text, "%s.%s", type_qualname(t), b->def->name)
                            : buf_printf(&text, "%s", b->def->name);
    Obj *s = ok ? buf_to_str(&text) : NULL;
    if (!ok) buf_fini(&text);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static void builtin_trace(Run *r, Obj *o) {
    const ObjBuiltin *b = (const ObjBuiltin *)o;
    gc_mark_value(r, b->self);
    // a class's own generated method (a dataclass's __init__) keeps its class
    if (b->owner && type_is_class(b->owner)) gc_mark_obj(r, (Obj *)b->owner);
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
        .getattr = builtin_getattr,
        .trace = builtin_trace,
    },
};

static void cell_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjCell *)o)->value);
}

// cell_contents: the captured variable's value; reading an empty cell is a ValueError
static bool cell_getattr(Run *r, Value v, Obj *name, Value *out) {
    *out = v_undef();
    if (!str_equal_cstr((ObjStr *)name, "cell_contents")) return true;
    Value held = ((const ObjCell *)v.as.obj)->value;
    if (is_undef(held)) return exc_raise(r, &exc_ValueError, "Cell is empty");
    *out = held;
    return true;
}

const ObjType type_cell = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "cell",
    .id = TYPE_CELL,
    .base_type = &type_object,
    .slots = {.trace = cell_trace, .getattr = cell_getattr},
};

bool method_bind(Run *r, Value self, const MethodDef *m, Value *out) {
    self = method_self(self, m);
    if (!gc_push_root(r, self)) return false;
    ObjBuiltin *b = gc_new(r, ObjBuiltin, &type_builtin);
    gc_pop_roots(r, 1);
    if (!b) return false;
    b->def = m;
    b->self = self;
    *out = v_obj(&b->base);
    return true;
}

// ---- the unbound methods made so far, by type and method ----

static const char unbound_gone;  // a tombstone's address: an entry the collector freed
#define UNBOUND_GONE ((Obj *)&unbound_gone)

static size_t unbound_slot(const Run *r, const ObjType *owner, const MethodDef *m) {
    uint64_t h = ((uint64_t)(uintptr_t)owner * 0x9e3779b97f4a7c15u) ^ (uint64_t)(uintptr_t)m;
    h ^= h >> 29;
    return (size_t)(h * 0xbf58476d1ce4e5b9u >> 7) & (r->unbound_cap - 1);
}

static Obj *unbound_find(const Run *r, const ObjType *owner, const MethodDef *m) {
    if (!r->unbound) return NULL;
    for (size_t k = unbound_slot(r, owner, m);; k = (k + 1) & (r->unbound_cap - 1)) {
        Obj *o = r->unbound[k];
        if (!o) return NULL;
        if (o != UNBOUND_GONE && ((ObjBuiltin *)o)->owner == owner && ((ObjBuiltin *)o)->def == m) return o;
    }
}

static void unbound_put(Run *r, Obj *o) {
    const ObjBuiltin *b = (const ObjBuiltin *)o;
    size_t k = unbound_slot(r, b->owner, b->def);
    while (r->unbound[k] && r->unbound[k] != UNBOUND_GONE) k = (k + 1) & (r->unbound_cap - 1);
    if (!r->unbound[k]) r->unbound_used++;
    r->unbound[k] = o;
}

// Room for one more entry: the table rebuilt (twice as large when it is live entries that fill
// it) once entries and tombstones take half of it.
static bool unbound_reserve(Run *r) {
    if (r->unbound && (r->unbound_used + 1) * 2 <= r->unbound_cap) return true;
    size_t live = 0;
    for (size_t k = 0; k < r->unbound_cap; k++) live += r->unbound[k] && r->unbound[k] != UNBOUND_GONE;
    uint32_t cap = 16;
    while ((live + 1) * 4 > cap) cap *= 2;
    Obj **table = mem_alloc(r, cap * sizeof *table);
    if (!table) return false;
    memset(table, 0, cap * sizeof *table);
    Obj **old = r->unbound;
    uint32_t old_cap = r->unbound_cap;
    r->unbound = table;
    r->unbound_cap = cap;
    r->unbound_used = 0;
    for (size_t k = 0; k < old_cap; k++) {
        if (old[k] && old[k] != UNBOUND_GONE) unbound_put(r, old[k]);
    }
    if (old) mem_free(r, old, old_cap * sizeof *old);
    return true;
}

void method_unbound_sweep(Run *r) {
    for (size_t k = 0; k < r->unbound_cap; k++) {
        Obj *o = r->unbound[k];
        if (o && o != UNBOUND_GONE && !(o->flags & OBJ_MARKED)) r->unbound[k] = UNBOUND_GONE;
    }
}

bool method_unbound(Run *r, const ObjType *owner, const MethodDef *m, Value *out) {
    Obj *known = unbound_find(r, owner, m);
    if (known) {
        *out = v_obj(known);
        return true;
    }
    if (!unbound_reserve(r)) return false;
    ObjBuiltin *b = gc_new(r, ObjBuiltin, &type_builtin);
    if (!b) return false;
    b->def = m;
    b->self = v_undef();
    b->owner = owner;
    unbound_put(r, &b->base);
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
    f->doc = code->doc;
    f->module = v_undef();
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
