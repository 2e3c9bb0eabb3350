// string: the constants, capwords() and Template (mod_string_template.c). Formatter is not
// provided.
#include "interp/mod_string.h"

#include <string.h>

#include "interp/args.h"
#include "interp/gc.h"
#include "interp/mod_string_template.h"
#include "interp/modules.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/ops.h"

// ---- capwords(s, sep=None): (sep or ' ').join(w.capitalize() for w in s.split(sep)) ----

static bool string_capwords(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"s", "sep"};
    static const ArgSpec spec = {"capwords", names, 2, 0, 2, 1};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    Value sep = is_undef(v[1]) ? v_none() : v[1], words;
    if (!ops_call_method(r, v[0], "split", &sep, 1, &words) || !gc_push_root(r, words)) return false;
    bool ok = is_list(words);
    for (size_t k = 0; ok && k < as_list(words)->len; k++) {
        Value cap;
        ok = ops_call_method(r, as_list(words)->items[k], "capitalize", NULL, 0, &cap);
        if (ok && k < as_list(words)->len) as_list(words)->items[k] = cap;
    }
    bool sep_given = false;
    ok = ok && ops_truthy(r, sep, &sep_given);
    Value joiner = sep_given ? sep : v_obj(str_ascii_char(' '));
    ok = ok && ops_call_method(r, joiner, "join", &words, 1, out);
    gc_pop_roots(r, 1);
    return ok;
}
STATIC_BUILTIN("capwords", string_capwords, 0)

// ---- the module ----

#define ASCII_LOWER "abcdefghijklmnopqrstuvwxyz"
#define ASCII_UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"
#define PUNCTUATION "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#define WHITESPACE " \t\n\r\x0b\x0c"

bool mod_string_init(Run *r, Obj *module) {
    static const char *const constants[][2] = {
        {"ascii_letters", ASCII_LOWER ASCII_UPPER},
        {"ascii_lowercase", ASCII_LOWER},
        {"ascii_uppercase", ASCII_UPPER},
        {"digits", DIGITS},
        {"hexdigits", DIGITS "abcdefABCDEF"},
        {"octdigits", "01234567"},
        {"punctuation", PUNCTUATION},
        {"printable", DIGITS ASCII_LOWER ASCII_UPPER PUNCTUATION WHITESPACE},
        {"whitespace", WHITESPACE},
    };
    for (size_t k = 0; k < sizeof constants / sizeof *constants; k++) {
        Obj *s = str_from_cstr(r, constants[k][1]);
        if (!s || !module_set(r, module, constants[k][0], v_obj(s))) return false;
    }
    return module_set(r, module, "capwords", v_obj((Obj *)&obj_string_capwords.base)) &&
           mod_string_template_init(r, module);
}
