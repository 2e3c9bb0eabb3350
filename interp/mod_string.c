// string: the constants, capwords() and Template with its default pattern (delimiter '$',
// ASCII identifiers), scanned here as Template.pattern matches: at each '$', an escaped "$$",
// a name, a braced "${name}", or else an invalid placeholder that is the '$' alone. Errors carry
// the frames of string/__init__.py that CPython's tracebacks show. Formatter is not provided,
// nor Template subclasses with another delimiter or pattern.
#include "interp/mod_string.h"

#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/modules.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/ops.h"

// ---- capwords(s, sep=None): (sep or ' ').join(w.capitalize() for w in s.split(sep)) ----

static bool call_method(Run *r, Value obj, const char *name, Value *args, uint32_t n, Value *out) {
    Value m;
    if (!ops_method(r, obj, name, &m) || !gc_push_root(r, m)) return false;
    Args a = {.pos = args, .npos = n};
    bool ok = ops_call(r, m, &a, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool string_capwords(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"s", "sep"};
    static const ArgSpec spec = {"capwords", names, 2, 0, 2, 1};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    Value sep = is_undef(v[1]) ? v_none() : v[1], words;
    if (!call_method(r, v[0], "split", &sep, 1, &words) || !gc_push_root(r, words)) return false;
    bool ok = is_list(words);
    for (size_t k = 0; ok && k < as_list(words)->len; k++) {
        Value cap;
        ok = call_method(r, as_list(words)->items[k], "capitalize", NULL, 0, &cap);
        if (ok && k < as_list(words)->len) as_list(words)->items[k] = cap;
    }
    bool sep_given = false;
    ok = ok && ops_truthy(r, sep, &sep_given);
    Value joiner = sep_given ? sep : v_obj(str_ascii_char(' '));
    ok = ok && call_method(r, joiner, "join", &words, 1, out);
    gc_pop_roots(r, 1);
    return ok;
}
STATIC_BUILTIN("capwords", string_capwords, 0)

// ---- Template ----

typedef struct ObjTemplate {
    Obj base;
    Value template;
} ObjTemplate;

static const ObjType type_template;

typedef enum PlaceholderKind { PH_ESCAPED, PH_NAMED, PH_INVALID } PlaceholderKind;

// One match of the pattern: bytes [start, end) of the template, the name's bytes for PH_NAMED.
typedef struct Placeholder {
    PlaceholderKind kind;
    size_t start, end, name, name_len;
} Placeholder;

static bool ident_start(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t ident_end(const char *s, size_t len, size_t at) {
    if (at >= len || !ident_start(s[at])) return at;
    while (++at < len && (ident_start(s[at]) || (s[at] >= '0' && s[at] <= '9'))) {}
    return at;
}

// The next placeholder at or after byte `from`; false when no '$' is left.
static bool next_placeholder(const ObjStr *t, size_t from, Placeholder *p) {
    const char *s = t->data, *dollar = from < t->len ? memchr(s + from, '$', t->len - from) : NULL;
    if (!dollar) return false;
    size_t at = (size_t)(dollar - s) + 1, end;
    p->start = at - 1;
    if (at < t->len && s[at] == '$') {
        *p = (Placeholder){PH_ESCAPED, at - 1, at + 1, 0, 0};
    } else if ((end = ident_end(s, t->len, at)) > at) {
        *p = (Placeholder){PH_NAMED, at - 1, end, at, end - at};
    } else if (at < t->len && s[at] == '{' && (end = ident_end(s, t->len, at + 1)) > at + 1 && end < t->len &&
               s[end] == '}') {
        *p = (Placeholder){PH_NAMED, at - 1, end + 1, at + 1, end - at - 1};
    } else {
        *p = (Placeholder){PH_INVALID, at - 1, at, 0, 0};
    }
    return true;
}

// Template._invalid: ValueError naming the line and column (in code points) after the '$'.
static bool template_invalid(Run *r, const ObjStr *t, size_t at) {
    size_t line = 1, line_start = 0, pos = 0;
    while (pos < at) {
        uint32_t c = numfmt_utf8_next(t->data, at, &pos);
        bool crlf = c == '\r' && pos < at && t->data[pos] == '\n';
        if (crlf) pos++;
        // str.splitlines()'s line boundaries
        if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 ||
            c == 0x2028 || c == 0x2029) {
            line++;
            line_start = pos;
        }
    }
    size_t col = str_char_index(t, at) - str_char_index(t, line_start);
    exc_raise(r, &exc_ValueError, "Invalid placeholder in string: line %zu, col %zu", line, col);
    LIBFRAMES_ADD(r, LF_STRING_INVALID, LF_STRING_CONVERT_INVALID, LF_STRING_SUBSTITUTE);
    return false;
}

// mapping[name] for substitute(mapping, **kws): the keywords first, as ChainMap(kws, mapping).
static bool template_lookup(Run *r, Value mapping, Obj *kws, const Placeholder *p, const ObjStr *t,
                            Value *out) {
    Obj *name = str_new(r, t->data + p->name, p->name_len);
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    *out = kws ? dict_get_str(kws, (ObjStr *)name) : v_undef();
    bool ok = !is_undef(*out) || ops_getitem(r, mapping, v_obj(name), out);
    gc_pop_roots(r, 1);
    return ok;
}

// The template with its placeholders replaced; `safe` leaves missing names and invalid
// placeholders as they are written.
static bool template_fill(Run *r, ObjStr *t, Value mapping, Obj *kws, bool safe, Value *out) {
    Buf b;
    buf_init(&b, r);
    size_t from = 0;
    Placeholder p;
    bool ok = true;
    while (ok && next_placeholder(t, from, &p)) {
        ok = buf_append(&b, t->data + from, p.start - from);
        from = p.end;
        if (!ok) break;
        if (p.kind == PH_ESCAPED) {
            ok = buf_append_char(&b, '$');
        } else if (p.kind == PH_INVALID) {
            ok = safe ? buf_append_char(&b, '$') : template_invalid(r, t, p.end);
        } else {
            Value v;
            ok = template_lookup(r, mapping, kws, &p, t, &v);
            if (!ok && safe && exc_pending_is(r, &exc_KeyError)) {
                exc_clear(r);
                ok = buf_append(&b, t->data + p.start, p.end - p.start);
                continue;
            }
            if (!ok && !safe) LIBFRAMES_ADD(r, LF_STRING_CONVERT, LF_STRING_SUBSTITUTE);
            if (ok && (ok = gc_push_root(r, v))) {
                ok = ops_str(r, v, &b);
                gc_pop_roots(r, 1);
            }
        }
    }
    ok = ok && buf_append(&b, t->data + from, t->len - from);
    if (!ok) {
        buf_fini(&b);
        return false;
    }
    Obj *s = buf_to_str(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static ObjStr *template_text(Run *r, Value self) {
    Value t = ((ObjTemplate *)self.as.obj)->template;
    if (is_str(t)) return as_str(t);
    exc_raise(r, &exc_TypeError, "expected string or bytes-like object, got '%s'", value_type_name(t));
    return NULL;
}

// substitute(mapping={}, /, **kws) and safe_substitute.
static bool template_substitute_common(Run *r, Value self, const Args *a, bool safe, Value *out) {
    const char *fname = safe ? "safe_substitute" : "substitute";
    if (a->npos > 1) {
        return exc_raise(r, &exc_TypeError, "Template.%s() takes from 1 to 2 positional arguments but %u were given",
                         fname, a->npos + 1);
    }
    ObjStr *t = template_text(r, self);
    if (!t) return false;
    Obj *kws = dict_new(r);
    if (!kws || !gc_push_root(r, v_obj(kws))) return false;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->nkw; k++) ok = dict_set(r, kws, v_obj(a->kwnames[k]), a->kwvalues[k]);
    Value mapping = a->npos ? a->pos[0] : v_obj(kws);
    ok = ok && template_fill(r, t, mapping, a->npos && a->nkw ? kws : NULL, safe, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool template_substitute(Run *r, Value self, const Args *a, Value *out) {
    return template_substitute_common(r, self, a, false, out);
}

static bool template_safe_substitute(Run *r, Value self, const Args *a, Value *out) {
    return template_substitute_common(r, self, a, true, out);
}

// get_identifiers(): the names in order of first appearance.
static bool template_get_identifiers(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "get_identifiers", 0, 0)) return false;
    ObjStr *t = template_text(r, self);
    Obj *ids = t ? list_new(r, 0) : NULL;
    if (!ids || !gc_push_root(r, v_obj(ids))) return false;
    Placeholder p;
    bool ok = true;
    for (size_t from = 0; ok && next_placeholder(t, from, &p); from = p.end) {
        if (p.kind != PH_NAMED) continue;
        Obj *name = str_new(r, t->data + p.name, p.name_len);
        bool seen = false;
        ok = name && ops_contains(r, v_obj(ids), v_obj(name), &seen);
        if (ok && !seen) ok = list_append(r, ids, v_obj(name));
    }
    gc_pop_roots(r, 1);
    *out = v_obj(ids);
    return ok;
}

// is_valid(): whether no placeholder is invalid.
static bool template_is_valid(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "is_valid", 0, 0)) return false;
    ObjStr *t = template_text(r, self);
    if (!t) return false;
    Placeholder p;
    bool valid = true;
    for (size_t from = 0; valid && next_placeholder(t, from, &p); from = p.end) valid = p.kind != PH_INVALID;
    *out = v_bool(valid);
    return true;
}

static bool template_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"template"};
    static const ArgSpec spec = {"Template", names, 1, 0, 1, 1};
    Value text;
    if (!args_bind(r, a, &spec, &text)) return false;
    ObjTemplate *t = gc_new(r, ObjTemplate, &type_template);
    if (!t) return false;
    t->template = text;
    *out = v_obj(&t->base);
    return true;
}

// The attributes of instances and the class alike: template (instances), delimiter.
static bool template_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "template")) *out = ((ObjTemplate *)v.as.obj)->template;
    else if (str_equal_cstr(n, "delimiter")) *out = v_obj(str_ascii_char('$'));
    return true;
}

static void template_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjTemplate *)o)->template);
}

static const MethodDef template_methods[] = {
    {"get_identifiers", template_get_identifiers, 0},
    {"is_valid", template_is_valid, 0},
    {"safe_substitute", template_safe_substitute, 0},
    {"substitute", template_substitute, 0},
};

static const ObjType type_template = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "string.Template",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = template_methods,
    .method_count = sizeof template_methods / sizeof *template_methods,
    .construct = template_construct,
    .slots = {.getattr = template_getattr, .trace = template_trace},
};

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
           module_set(r, module, "Template", v_obj((Obj *)&type_template.base));
}
