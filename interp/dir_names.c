// dir() of built-in types. Methods and slot wrappers come from the types' tables; the data
// attributes, which getattr slots serve by name, are listed here, one row per type that
// serves them, as CPython's member and getset descriptors would show them. What the sandbox
// hides (gi_frame, __code__, __globals__) is not listed, as it is not served.
#include "interp/dir_names.h"

#include "interp/exc.h"
#include "interp/obj_complex.h"
#include "interp/obj_dict.h"
#include "interp/obj_float.h"
#include "interp/obj_func.h"
#include "interp/obj_gen.h"
#include "interp/obj_int.h"
#include "interp/obj_iter.h"
#include "interp/obj_range.h"
#include "interp/obj_slice.h"
#include "interp/obj_slotwrap.h"
#include "interp/obj_str.h"
#include "interp/ops.h"

typedef struct DataAttrs {
    const ObjType *type;
    const char *const *names;  // NULL-terminated
} DataAttrs;

#define NAMES(...) (const char *const[]){__VA_ARGS__, NULL}

static const DataAttrs data_attrs[] = {
    {&type_int, NAMES("denominator", "imag", "numerator", "real")},
    {&type_float, NAMES("imag", "real")},
    {&type_complex, NAMES("imag", "real")},
    {&type_range, NAMES("start", "step", "stop")},
    {&type_dict_keys, NAMES("mapping")},
    {&type_dict_values, NAMES("mapping")},
    {&type_dict_items, NAMES("mapping")},
    {&type_slice, NAMES("start", "step", "stop")},
    {&type_function, NAMES("__annotations__", "__closure__", "__defaults__", "__dict__",
                           "__kwdefaults__", "__module__", "__name__", "__qualname__",
                           "__type_params__")},
    {&type_builtin, NAMES("__name__", "__qualname__")},
    {&type_generator, NAMES("__name__", "__qualname__", "gi_running", "gi_suspended",
                            "gi_yieldfrom")},
    {&type_coroutine, NAMES("__name__", "__qualname__", "cr_await", "cr_running",
                            "cr_suspended")},
    {&type_async_generator, NAMES("__name__", "__qualname__", "ag_await", "ag_running",
                                  "ag_suspended")},
    {&exc_BaseException, NAMES("__cause__", "__context__", "__suppress_context__",
                               "__traceback__", "args")},
    {&exc_StopIteration, NAMES("value")},
    {&exc_SystemExit, NAMES("code")},
    {&exc_OSError, NAMES("errno", "filename", "filename2", "strerror")},
    {&exc_SyntaxError, NAMES("end_lineno", "end_offset", "filename", "lineno", "msg", "offset",
                             "print_file_and_line", "text")},
    {&exc_ImportError, NAMES("name")},
    {&exc_NameError, NAMES("name")},
    {&exc_AttributeError, NAMES("name", "obj")},
    {&exc_BaseExceptionGroup, NAMES("exceptions", "message")},
    {&exc_UnicodeDecodeError, NAMES("encoding", "end", "object", "reason", "start")},
    {&exc_UnicodeEncodeError, NAMES("encoding", "end", "object", "reason", "start")},
};

static bool dir_add_name(Run *r, Obj *names, const char *name) {
    Obj *s = str_from_cstr(r, name);
    return s && dict_set(r, names, v_obj(s), v_none());
}

bool dir_names_add(Run *r, Obj *names, const ObjType *t) {
    const MethodDef *m;
    for (uint32_t k = 0; (m = ops_method_at(t, k)); k++) {
        if (!dir_add_name(r, names, m->name)) return false;
    }
    for (size_t k = 0; k < slotwrap_count(); k++) {
        m = slotwrap_defined(t, k);
        if (m && !dir_add_name(r, names, m->name)) return false;
    }
    for (size_t k = 0; k < sizeof data_attrs / sizeof *data_attrs; k++) {
        if (data_attrs[k].type != t) continue;
        for (const char *const *n = data_attrs[k].names; *n; n++) {
            if (!dir_add_name(r, names, *n)) return false;
        }
    }
    return true;
}
