// Modules: the module object, the table of modules moat provides, and import. A module is
// built the first time a run imports it and kept in r->modules.
#include "interp/modules.h"

#include <string.h>

#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_asyncio.h"
#include "interp/mod_bisect.h"
#include "interp/mod_heapq.h"
#include "interp/mod_json.h"
#include "interp/mod_abc.h"
#include "interp/mod_collections.h"
#include "interp/mod_collections_abc.h"
#include "interp/mod_contextlib.h"
#include "interp/mod_copy.h"
#include "interp/mod_dataclasses.h"
#include "interp/mod_enum.h"
#include "interp/mod_functools.h"
#include "interp/mod_itertools.h"
#include "interp/mod_math.h"
#include "interp/mod_operator.h"
#include "interp/mod_re.h"
#include "interp/mod_string.h"
#include "interp/mod_sys.h"
#include "interp/mod_traceback.h"
#include "interp/mod_typing.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_list.h"
#include "interp/obj_tuple.h"
#include "interp/obj_str.h"
#include "interp/ops.h"

typedef struct ObjModule {
    Obj base;
    Obj *name;  // str
    Obj *dict;
} ObjModule;

static bool module_repr(Run *r, Value v, Buf *out) {
    (void)r;
    return buf_printf(out, "<module '%s' (built-in)>", as_str(v_obj(((ObjModule *)v.as.obj)->name))->data);
}

static bool module_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjModule *m = (ObjModule *)v.as.obj;
    *out = dict_get_str(m->dict, (ObjStr *)name);
    if (!is_undef(*out)) return true;
    if (str_equal_cstr((ObjStr *)name, "__name__")) {
        *out = v_obj(m->name);
        return true;
    }
    exc_raise(r, &exc_AttributeError, "module '%s' has no attribute '%s'",
              as_str(v_obj(m->name))->data, ((ObjStr *)name)->data);
    exc_set_name(r, name, v);
    return false;
}

static bool module_setattr(Run *r, Value v, Obj *name, Value val) {
    ObjModule *m = (ObjModule *)v.as.obj;
    // guard: built-in modules are shared knowledge for the whole script; keep them read-only
    (void)val;
    return exc_raise(r, &exc_AttributeError, "module '%s' attribute '%s' is read-only",
                     as_str(v_obj(m->name))->data, ((ObjStr *)name)->data);
}

static void module_trace(Run *r, Obj *o) {
    gc_mark_obj(r, ((ObjModule *)o)->name);
    gc_mark_obj(r, ((ObjModule *)o)->dict);
}

const ObjType type_module = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "module",
    .id = TYPE_MODULE,
    .base_type = &type_object,
    .slots = {
        .repr = module_repr,
        .getattr = module_getattr,
        .setattr = module_setattr,
        .trace = module_trace,
    },
};

// Sets module attribute `name` to v.
bool module_set(Run *r, Obj *module, const char *name, Value v) {
    if (!gc_push_root(r, v)) return false;
    Obj *key = str_from_cstr(r, name);
    bool ok = key && dict_set(r, ((ObjModule *)module)->dict, v_obj(key), v);
    gc_pop_roots(r, 1);
    return ok;
}

bool module_add_class(Run *r, Obj *module, const char *name, Value base, Obj *ns, Value *cls) {
    Obj *n = str_from_cstr(r, name);
    if (!n || !gc_push_root(r, v_obj(n))) return false;
    bool ok = class_from_namespace(r, v_obj(n), base, v_obj(ns), cls) &&
              module_set(r, module, name, *cls);
    gc_pop_roots(r, 1);
    return ok;
}

// __future__: its features are all on in 3.14; importing them only has to succeed. Each is
// bound to True (CPython binds _Feature objects, which programs do not inspect).
static bool future_init(Run *r, Obj *m) {
    static const char *const features[] = {"nested_scopes", "generators", "division", "absolute_import",
                                           "with_statement", "print_function", "unicode_literals",
                                           "generator_stop", "annotations"};
    for (size_t k = 0; k < sizeof features / sizeof *features; k++) {
        if (!module_set(r, m, features[k], v_bool(true))) return false;
    }
    return true;
}

typedef struct ModuleDef {
    const char *name;
    bool (*init)(Run *r, Obj *module);
    bool package;  // a package in CPython: `import json.x` is a missing submodule
} ModuleDef;

static const ModuleDef module_defs[] = {
    {"sys", mod_sys_init},
    {"asyncio", mod_asyncio_init, true},
    {"__future__", future_init},
    {"abc", mod_abc_init},
    {"bisect", mod_bisect_init},
    {"collections", mod_collections_init, true},
    {"collections.abc", mod_collections_abc_init},
    {"contextlib", mod_contextlib_init},
    {"copy", mod_copy_init},
    {"dataclasses", mod_dataclasses_init},
    {"enum", mod_enum_init},
    {"functools", mod_functools_init},
    {"heapq", mod_heapq_init},
    {"itertools", mod_itertools_init},
    {"json", mod_json_init, true},
    {"math", mod_math_init},
    {"operator", mod_operator_init},
    {"re", mod_re_init},
    {"string", mod_string_init},
    {"traceback", mod_traceback_init},
    {"typing", mod_typing_init},
};

static Obj *module_new(Run *r, const char *name) {
    Obj *n = str_from_cstr(r, name);
    if (!n || !gc_push_root(r, v_obj(n))) return NULL;
    Obj *d = dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) {
        gc_pop_roots(r, 1);
        return NULL;
    }
    ObjModule *m = gc_new(r, ObjModule, &type_module);
    gc_pop_roots(r, 2);
    if (!m) return NULL;
    m->name = n;
    m->dict = d;
    return &m->base;
}

// The module of moat's named by the first `len` bytes of name, or NULL.
static const ModuleDef *module_def(const char *name, size_t len) {
    for (size_t k = 0; k < sizeof module_defs / sizeof *module_defs; k++) {
        if (strlen(module_defs[k].name) == len && memcmp(module_defs[k].name, name, len) == 0) {
            return &module_defs[k];
        }
    }
    return NULL;
}

bool modules_import(Run *r, Obj *name, Value *out) {
    ObjStr *n = (ObjStr *)name;
    if (!r->modules) {
        r->modules = dict_new(r);
        if (!r->modules) return false;
    }
    *out = dict_get_str(r->modules, n);
    if (!is_undef(*out)) return true;
    for (size_t k = 0; k < sizeof module_defs / sizeof *module_defs; k++) {
        if (!str_equal_cstr(n, module_defs[k].name)) continue;
        Obj *m = module_new(r, module_defs[k].name);
        if (!m || !gc_push_root(r, v_obj(m))) return false;
        bool ok = module_defs[k].init(r, m) && dict_set(r, r->modules, v_obj(name), v_obj(m));
        gc_pop_roots(r, 1);
        if (!ok) return false;
        *out = v_obj(m);
        return true;
    }
    // guard: nothing outside moat's own modules can be imported
    const char *dot = memchr(n->data, '.', n->len);
    if (dot) {
        // `import a.b`: a missing package is named alone, a module that is no package says so
        size_t head = (size_t)(dot - n->data);
        const ModuleDef *parent = module_def(n->data, head);
        if (parent) {
            if (parent->package) {
                exc_raise(r, &exc_ModuleNotFoundError, "No module named '%s'", n->data);
            } else {
                exc_raise(r, &exc_ModuleNotFoundError, "No module named '%s'; '%.*s' is not a package",
                          n->data, (int)head, n->data);
            }
            exc_set_name(r, name, v_undef());
            return false;
        }
        Obj *h = str_new(r, n->data, head);
        if (!h || !gc_push_root(r, v_obj(h))) return false;  // raising allocates
        exc_raise(r, &exc_ModuleNotFoundError, "No module named '%.*s'", (int)head, n->data);
        exc_set_name(r, h, v_undef());
        gc_pop_roots(r, 1);
        return false;
    }
    exc_raise(r, &exc_ModuleNotFoundError, "No module named '%s'", n->data);
    exc_set_name(r, name, v_undef());
    return false;
}

bool modules_import_from(Run *r, Value module, Obj *name, Value *out) {
    if (ops_getattr(r, module, name, out)) return true;
    if (!exc_pending_is(r, &exc_AttributeError)) return false;
    exc_clear(r);
    ObjModule *m = (ObjModule *)module.as.obj;
    return exc_raise(r, &exc_ImportError, "cannot import name '%s' from '%s' (unknown location)",
                     ((ObjStr *)name)->data, as_str(v_obj(m->name))->data);
}

// Binds one name of `from module import *`; names in __all__ must exist.
static bool import_star_name(Run *r, Value module, Value name, Obj *globals) {
    if (!is_str(name)) {
        return exc_raise(r, &exc_TypeError, "Item in %s.__all__ must be str, not %s",
                         as_str(v_obj(((ObjModule *)module.as.obj)->name))->data, value_type_name(name));
    }
    Value v;
    return ops_getattr(r, module, name.as.obj, &v) && dict_set(r, globals, name, v);
}

bool modules_import_star(Run *r, Value module, Obj *globals) {
    ObjModule *m = (ObjModule *)module.as.obj;
    size_t pos = 0;
    Value name, v, all = v_undef();
    while (dict_next(m->dict, &pos, &name, &v)) {
        if (is_str(name) && str_equal_cstr(as_str(name), "__all__")) all = v;
    }
    if (is_list(all) || is_tuple(all)) {
        for (size_t i = 0; i < (is_list(all) ? as_list(all)->len : as_tuple(all)->len); i++) {
            Value listed = is_list(all) ? as_list(all)->items[i] : as_tuple(all)->items[i];
            if (!import_star_name(r, module, listed, globals)) return false;
        }
        return true;
    }
    pos = 0;
    while (dict_next(m->dict, &pos, &name, &v)) {
        // the public names: those not starting with an underscore
        if (is_str(name) && as_str(name)->data[0] != '_' && !dict_set(r, globals, name, v)) return false;
    }
    return true;
}

Obj *module_dict(Obj *module) {
    return ((ObjModule *)module)->dict;
}
