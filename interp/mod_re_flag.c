// re.RegexFlag: the module's flags (re.I, re.MULTILINE) as members of an IntFlag class made as
// CPython's re/__init__.py defines it, members in its order (so re.A|re.I names ASCII first),
// with enum.global_flag_repr's repr for both repr() and str(): re.IGNORECASE|re.MULTILINE.
#include "interp/mod_re_flag.h"

#include <ctype.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/format.h"
#include "interp/gc.h"
#include "interp/mod_enum.h"
#include "interp/modules.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "interp/re.h"

static const struct {
    const char *name;
    int value;
} regex_flags[] = {
    {"NOFLAG", 0},
    {"ASCII", RE_FLAG_ASCII}, {"A", RE_FLAG_ASCII},
    {"IGNORECASE", RE_FLAG_IGNORECASE}, {"I", RE_FLAG_IGNORECASE},
    {"LOCALE", RE_FLAG_LOCALE}, {"L", RE_FLAG_LOCALE},
    {"UNICODE", RE_FLAG_UNICODE}, {"U", RE_FLAG_UNICODE},
    {"MULTILINE", RE_FLAG_MULTILINE}, {"M", RE_FLAG_MULTILINE},
    {"DOTALL", RE_FLAG_DOTALL}, {"S", RE_FLAG_DOTALL},
    {"VERBOSE", RE_FLAG_VERBOSE}, {"X", RE_FLAG_VERBOSE},
    {"DEBUG", RE_FLAG_DEBUG},
};

// One part of a member's name: "re.NAME", or the bits no member has, which enum's name gives
// in decimal and RegexFlag's _numeric_repr_ (hex) shows as 0x400.
static bool part_repr(Buf *out, const char *part, size_t len) {
    if (!len || !isdigit((unsigned char)part[0])) return buf_printf(out, "re.%.*s", (int)len, part);
    unsigned long long bits = 0;
    for (size_t k = 0; k < len && isdigit((unsigned char)part[k]); k++) bits = bits * 10 + (unsigned)(part[k] - '0');
    return buf_printf(out, "0x%llx", bits);
}

// A field of the member's instance dict (_name_, _value_); undef when absent.
static bool member_field(Run *r, Value self, const char *field, Value *out) {
    Obj *d = class_instance_dict(self);
    Obj *key = str_from_cstr(r, field);
    if (!key) return false;
    *out = d ? dict_get_str(d, as_str(v_obj(key))) : v_undef();
    return true;
}

static bool regex_flag_repr(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__repr__", 0, 0)) return false;
    Value name, value;
    if (!member_field(r, self, "_name_", &name) || !member_field(r, self, "_value_", &value)) return false;
    Buf b;
    buf_init(&b, r);
    bool ok = true;
    if (!is_str(name)) {
        ok = buf_printf(&b, "re.RegexFlag(") && ops_repr(r, is_undef(value) ? v_none() : value, &b) &&
             buf_append_char(&b, ')');
    } else {
        const char *s = as_str(name)->data;
        size_t len = as_str(name)->len, start = 0;
        for (size_t k = 0; ok && k <= len; k++) {
            if (k < len && s[k] != '|') continue;
            ok = (start == 0 || buf_append_char(&b, '|')) && part_repr(&b, s + start, k - start);
            start = k + 1;
        }
    }
    Obj *text = ok ? buf_to_str(&b) : NULL;
    if (!text) {
        buf_fini(&b);
        return false;
    }
    *out = v_obj(text);
    return true;
}

// int.__format__: an empty spec formats as str() (re.IGNORECASE), any other as the int.
static bool regex_flag_format(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__format__", 1, 1)) return false;
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "argument to __format__ must be str, not %s", value_type_name(a->pos[0]));
    }
    if (as_str(a->pos[0])->len == 0) return ops_str_value(r, self, out);
    int64_t bits;
    return ops_index(r, self, &bits) && format_spec(r, v_int(bits), a->pos[0], out);
}

STATIC_METHOD(regex_flag_repr_fn, "__repr__", regex_flag_repr)
STATIC_METHOD(regex_flag_str_fn, "__str__", regex_flag_repr)
STATIC_METHOD(regex_flag_format_fn, "__format__", regex_flag_format)

static bool ns_set(Run *r, Obj *ns, const char *key, Value v) {
    if (!gc_push_root(r, v)) return false;  // v may be held only by the caller
    Obj *k = str_from_cstr(r, key);
    bool ok = k && gc_push_root(r, v_obj(k));
    if (ok) {
        ok = dict_set(r, ns, v_obj(k), v);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool regex_flag_namespace(Run *r, Obj *ns) {
    bool ok = true;
    for (size_t k = 0; ok && k < sizeof regex_flags / sizeof *regex_flags; k++) {
        ok = ns_set(r, ns, regex_flags[k].name, v_int(regex_flags[k].value));
    }
    Obj *module = ok ? str_from_cstr(r, "re") : NULL;
    return module && ns_set(r, ns, "__module__", v_obj(module)) &&
           ns_set(r, ns, "__repr__", v_obj((Obj *)&regex_flag_repr_fn.base)) &&
           ns_set(r, ns, "__str__", v_obj((Obj *)&regex_flag_str_fn.base)) &&
           ns_set(r, ns, "__format__", v_obj((Obj *)&regex_flag_format_fn.base));
}

bool mod_re_flag_init(Run *r, Obj *module) {
    Obj *ns = dict_new(r);
    if (!ns || !gc_push_root(r, v_obj(ns))) return false;
    Value cls = v_none();
    bool ok = regex_flag_namespace(r, ns) &&
              module_add_class(r, module, "RegexFlag", v_obj((Obj *)&mod_enum_IntFlag), ns, &cls);
    gc_pop_roots(r, 1);
    for (size_t k = 0; ok && k < sizeof regex_flags / sizeof *regex_flags; k++) {
        ok = module_set(r, module, regex_flags[k].name, class_lookup((const ObjType *)cls.as.obj, regex_flags[k].name));
    }
    return ok;
}
