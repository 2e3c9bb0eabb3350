// sys: version facts, maxsize, argv, exit(), the recursion limit, the exception being handled
// (exc_info(), exception()), and the two text streams.
#include "interp/mod_sys.h"

#include <float.h>

#include "interp/args.h"
#include "interp/builtins.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/modules.h"
#include "interp/numfmt_int.h"
#include "interp/obj_func.h"
#include "interp/obj_int.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "moat.h"

// ---- stdout and stderr ----

typedef struct ObjStream {
    Obj base;
    const char *name;  // "<stdout>"
    bool is_stdout;
} ObjStream;

static bool stream_write(Run *r, Value self, const Args *a, Value *out);
static bool stream_flush(Run *r, Value self, const Args *a, Value *out);

static const MethodDef stream_methods[] = {
    {"flush", stream_flush, 0},
    {"write", stream_write, 0},
};

static bool stream_repr(Run *r, Value v, Buf *out) {
    (void)r;
    return buf_printf(out, "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>",
                      ((const ObjStream *)v.as.obj)->name);
}

static const ObjType type_stream = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "TextIOWrapper",
    .module = "_io",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = stream_methods,
    .method_count = sizeof stream_methods / sizeof *stream_methods,
    .slots = {.repr = stream_repr},
};

static const ObjStream sys_stdout = {
    .base = {.type = &type_stream, .size = sizeof(ObjStream), .flags = OBJ_STATIC},
    .name = "<stdout>",
    .is_stdout = true,
};
static const ObjStream sys_stderr = {
    .base = {.type = &type_stream, .size = sizeof(ObjStream), .flags = OBJ_STATIC},
    .name = "<stderr>",
    .is_stdout = false,
};

bool mod_sys_is_stream(Value v, bool *is_stdout) {
    if (!is_obj(v) || v.as.obj->type != &type_stream) return false;
    *is_stdout = ((const ObjStream *)v.as.obj)->is_stdout;
    return true;
}

// write(s) returns the number of characters written
static bool stream_write(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "write", 1, 1)) return false;
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "write() argument must be str, not %T", a->pos[0]);
    }
    const ObjStr *s = as_str(a->pos[0]);
    if (((const ObjStream *)self.as.obj)->is_stdout && !builtins_write(r, s->data, s->len)) {
        return false;
    }
    *out = v_int((int64_t)s->chars);
    return true;
}

static bool stream_flush(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "flush", 0, 0)) return false;
    *out = v_none();
    return true;
}

// ---- exit() and quit(): the site module's Quitter objects among the builtins ----

static bool quitter_repr(Run *r, Value v, Buf *out) {
    (void)r;
    return buf_printf(out, "Use %s() or Ctrl-D (i.e. EOF) to exit", ((const ObjQuitter *)v.as.obj)->name);
}

// exit(code=None): raises SystemExit(code)
static bool quitter_call(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    (void)out;
    static const char *const names[] = {"code"};
    static const ArgSpec spec = {"__call__", names, 1, 0, 1, 0};
    Value code;
    if (!args_bind(r, a, &spec, &code)) return false;
    Obj *args = tuple_new(r, 1);
    if (!args) return false;
    ((ObjTuple *)args)->items[0] = is_undef(code) ? v_none() : code;
    Obj *e = exc_new(r, &exc_SystemExit, args);
    return e && exc_raise_value(r, v_obj(e));
}

static const ObjType type_quitter = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Quitter",
    .module = "_sitebuiltins",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.repr = quitter_repr, .call = quitter_call, .hash = identity_hash},
};

const ObjQuitter mod_sys_exit = {{.type = &type_quitter, .flags = OBJ_STATIC}, "exit"};
const ObjQuitter mod_sys_quit = {{.type = &type_quitter, .flags = OBJ_STATIC}, "quit"};

// ---- functions ----

// exit([status]): raises SystemExit(status); a tuple status becomes the args, as
// PyErr_SetObject makes it
static bool sys_exit(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)out;
    if (!args_positional(r, a, "exit", 0, 1)) return false;
    Obj *args = a->npos && is_tuple(a->pos[0]) ? a->pos[0].as.obj : tuple_new(r, a->npos);
    if (!args) return false;
    if (a->npos && !is_tuple(a->pos[0])) ((ObjTuple *)args)->items[0] = a->pos[0];
    Obj *e = exc_new(r, &exc_SystemExit, args);
    return e && exc_raise_value(r, v_obj(e));
}

static bool sys_getrecursionlimit(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "getrecursionlimit", 0, 0)) return false;
    *out = v_int(r->max_depth);
    return true;
}

// setrecursionlimit(n) checks n as CPython does but may only lower the limit: the host's
// limit bounds the script.
static bool sys_setrecursionlimit(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "setrecursionlimit", 1, 1)) return false;
    Value n = a->pos[0];
    if (!int_check(n)) {
        return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(n));
    }
    bool small = !is_bigint(n) && int_sign(n) >= 0 && (is_bool(n) || n.as.i <= INT32_MAX);
    if (int_sign(n) > 0 && !small) {
        return exc_raise(r, &exc_OverflowError, "Python int too large to convert to C int");
    }
    if (!small || (is_bool(n) ? n.as.b : n.as.i) < 1) {
        return exc_raise(r, &exc_ValueError, "recursion limit must be greater or equal than 1");
    }
    int64_t limit = is_bool(n) ? n.as.b : n.as.i;
    if ((uint64_t)limit < r->max_depth) r->max_depth = (uint32_t)limit;
    *out = v_none();
    return true;
}

// get_int_max_str_digits(): the fixed limit of int-to-decimal conversions (numfmt_int.h).
static bool sys_get_int_max_str_digits(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "get_int_max_str_digits", 0, 0)) return false;
    *out = v_int(NUMFMT_MAX_STR_DIGITS);
    return true;
}

// exception(): the exception being handled, or None.
static bool sys_exception(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "sys.exception", 0, 0)) return false;
    Value e = vm_handling(r);
    *out = is_undef(e) ? v_none() : e;
    return true;
}

// exc_info(): (type, value, traceback) of the exception being handled, or three Nones.
static bool sys_exc_info(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "sys.exc_info", 0, 0)) return false;
    Value e = vm_handling(r);
    Obj *t = tuple_new(r, 3);
    if (!t) return false;
    ObjTuple *info = (ObjTuple *)t;
    info->items[0] = is_undef(e) ? v_none() : v_obj((Obj *)value_type(e));
    info->items[1] = is_undef(e) ? v_none() : e;
    info->items[2] = is_undef(e) ? v_none() : exc_traceback(e);
    *out = v_obj(t);
    return true;
}

#define SYS_FUNCTIONS(X) \
    X(exit) X(getrecursionlimit) X(setrecursionlimit) X(get_int_max_str_digits) X(exception) \
        X(exc_info)

#define SYS_DEF(NAME) STATIC_BUILTIN(#NAME, sys_##NAME, 0)
SYS_FUNCTIONS(SYS_DEF)
#undef SYS_DEF

#define SYS_ENTRY(NAME) &obj_sys_##NAME,
static const ObjBuiltin *const sys_builtins[] = {SYS_FUNCTIONS(SYS_ENTRY)};
#undef SYS_ENTRY

// ---- version_info, float_info, int_info ----

static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static const char *const float_fields[] = {"max",     "max_exp",  "max_10_exp", "min",
                                           "min_exp", "min_10_exp", "dig",      "mant_dig",
                                           "epsilon", "radix",    "rounds"};
static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit",
                                         "default_max_str_digits", "str_digits_check_threshold"};

static const StructSeqType type_version_info =
    STRUCT_SEQ_TYPE("sys", "version_info", version_fields);
static const StructSeqType type_float_info = STRUCT_SEQ_TYPE("sys", "float_info", float_fields);
static const StructSeqType type_int_info = STRUCT_SEQ_TYPE("sys", "int_info", int_fields);

static bool sys_set_structseq(Run *r, Obj *m, const char *name, const StructSeqType *type,
                              const Value *items) {
    Obj *o = structseq_new(r, type, items);
    return o && module_set(r, m, name, v_obj(o));
}

static bool sys_set_infos(Run *r, Obj *m) {
    Obj *final = str_from_cstr(r, "final");
    if (!final || !gc_push_root(r, v_obj(final))) return false;
    const Value version[] = {v_int(3), v_int(14), v_int(0), v_obj(final), v_int(0)};
    bool ok = sys_set_structseq(r, m, "version_info", &type_version_info, version);
    gc_pop_roots(r, 1);
    // the IEEE 754 double, as CPython's float_info describes it
    const Value floats[] = {v_float(DBL_MAX), v_int(DBL_MAX_EXP), v_int(DBL_MAX_10_EXP),
                            v_float(DBL_MIN), v_int(DBL_MIN_EXP), v_int(DBL_MIN_10_EXP),
                            v_int(DBL_DIG),   v_int(DBL_MANT_DIG), v_float(DBL_EPSILON),
                            v_int(FLT_RADIX), v_int(1)};
    // CPython's int layout and its int/str conversion limit
    const Value ints[] = {v_int(30), v_int(4), v_int(4300), v_int(640)};
    return ok && sys_set_structseq(r, m, "float_info", &type_float_info, floats) &&
           sys_set_structseq(r, m, "int_info", &type_int_info, ints);
}

// ---- the module ----

static bool sys_set_str(Run *r, Obj *m, const char *name, const char *text) {
    Obj *s = str_from_cstr(r, text);
    return s && module_set(r, m, name, v_obj(s));
}

bool mod_sys_init(Run *r, Obj *m) {
    for (size_t k = 0; k < sizeof sys_builtins / sizeof *sys_builtins; k++) {
        const ObjBuiltin *b = sys_builtins[k];
        if (!module_set(r, m, b->def->name, v_obj((Obj *)&b->base))) return false;
    }
    if (!sys_set_str(r, m, "version", "3.14.0 (moat " MOAT_VERSION ")") ||
        !sys_set_str(r, m, "platform", "moat") ||
        !module_set(r, m, "maxsize", v_int(INT64_MAX)) ||
        !module_set(r, m, "stdout", v_obj((Obj *)&sys_stdout.base)) ||
        !module_set(r, m, "stderr", v_obj((Obj *)&sys_stderr.base)) ||
        !module_set(r, m, "__stdout__", v_obj((Obj *)&sys_stdout.base)) ||
        !module_set(r, m, "__stderr__", v_obj((Obj *)&sys_stderr.base))) {
        return false;
    }
    if (!module_set(r, m, "maxunicode", v_int(0x10FFFF)) ||
        !sys_set_str(r, m, "byteorder", "little")) {
        return false;
    }
    Obj *argv = list_new(r, 0);
    if (!argv || !module_set(r, m, "argv", v_obj(argv))) return false;
    return sys_set_infos(r, m);
}
