// string.Template: a class made as string/__init__.py writes it, so scripts can subclass it
// and override delimiter, idpattern, braceidpattern, flags or pattern. Its methods are
// built-ins; __init_subclass__ (and the module, for Template itself) compiles the class's
// pattern with re as _compile_pattern does, and substitution walks pattern.finditer() as
// pattern.sub(convert, template) would. Errors carry string/__init__.py's frames.
#include "interp/mod_string_template.h"

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/modules.h"
#include "interp/numfmt.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

// re.<name>
static bool re_attr(Run *r, const char *name, Value *out) {
    Obj *re = str_from_cstr(r, "re");
    Value module;
    if (!re || !gc_push_root(r, v_obj(re))) return false;
    bool ok = modules_import(r, re, &module);
    gc_pop_roots(r, 1);
    return ok && ops_getattr_cstr(r, module, name, out);
}

// ---- the class's pattern ----

// The text of _compile_pattern's default pattern around the escaped delimiter and the patterns.
static bool pattern_text(Run *r, Value delim, Value id, Value bid, Value *out) {
    Buf b;
    buf_init(&b, r);
    bool ok = buf_append_cstr(&b, "\n            ") && ops_str(r, delim, &b) &&
              buf_append_cstr(&b, "(?:\n              (?P<escaped>") && ops_str(r, delim, &b) &&
              buf_append_cstr(&b, ")  |   # Escape sequence of two delimiters\n              (?P<named>") &&
              ops_str(r, id, &b) &&
              buf_append_cstr(&b, ")       |   # delimiter and a Python identifier\n              {(?P<braced>") &&
              ops_str(r, bid, &b) &&
              buf_append_cstr(&b, ")} |   # delimiter and a braced identifier\n"
                                  "              (?P<invalid>)             # Other ill-formed delimiter exprs\n"
                                  "            )\n            ");
    Obj *s = ok ? buf_to_str(&b) : NULL;
    if (!s) {
        buf_fini(&b);
        return false;
    }
    *out = v_obj(s);
    return true;
}

// obj.name = v
static bool set_attr(Run *r, Value obj, const char *name, Value v) {
    if (!gc_push_root(r, v)) return false;
    Obj *key = str_from_cstr(r, name);
    bool ok = key && gc_push_root(r, v_obj(key));
    if (ok) {
        ok = ops_setattr(r, obj, key, v);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// cls.__dict__.get('pattern'), else the pattern made of re.escape(delimiter), idpattern and
// braceidpattern (idpattern when that is false).
static bool class_pattern_source(Run *r, Value cls, Value *out) {
    *out = class_type_own((const ObjType *)cls.as.obj, "pattern");
    if (!is_undef(*out)) return true;
    Value delim, escape, escaped, id, bid;
    if (!ops_getattr_cstr(r, cls, "delimiter", &delim) || !gc_push_root(r, delim)) return false;
    uint32_t roots = 1;
    Args one = {&delim, 1, 0, NULL, NULL};
    bool ok = re_attr(r, "escape", &escape) && ops_call(r, escape, &one, &escaped) && gc_push_root(r, escaped);
    if (ok) roots++;
    ok = ok && ops_getattr_cstr(r, cls, "idpattern", &id) && gc_push_root(r, id);
    if (ok) roots++;
    ok = ok && ops_getattr_cstr(r, cls, "braceidpattern", &bid) && gc_push_root(r, bid);
    if (ok) roots++;
    bool given = false;
    ok = ok && ops_truthy(r, bid, &given) && pattern_text(r, escaped, id, given ? bid : id, out);
    gc_pop_roots(r, roots);
    return ok;
}

// Template._compile_pattern: cls.pattern = re.compile(source, cls.flags | re.VERBOSE), flags
// None meaning re.IGNORECASE (then set on the class).
static bool compile_pattern(Run *r, Value cls) {
    Value source, flags, verbose, combined, compile, pattern;
    if (!class_pattern_source(r, cls, &source) || !gc_push_root(r, source)) return false;
    bool ok = ops_getattr_cstr(r, cls, "flags", &flags);
    if (ok && is_none(flags)) ok = re_attr(r, "IGNORECASE", &flags) && set_attr(r, cls, "flags", flags);
    ok = ok && gc_push_root(r, flags);
    uint32_t roots = ok ? 2 : 1;
    ok = ok && re_attr(r, "VERBOSE", &verbose) && ops_binary(r, flags, verbose, AST_OP_BITOR, &combined) &&
         gc_push_root(r, combined);
    if (ok) roots++;
    Value args[2] = {source, ok ? combined : v_none()};
    Args a = {args, 2, 0, NULL, NULL};
    ok = ok && re_attr(r, "compile", &compile) && ops_call(r, compile, &a, &pattern) &&
         set_attr(r, cls, "pattern", pattern);
    gc_pop_roots(r, roots);
    return ok;
}

// __init_subclass__(cls): a subclass compiles its pattern as it is made.
static bool template_init_subclass(Run *r, Value cls, const Args *a, Value *out) {
    *out = v_none();
    return args_positional(r, a, "Template.__init_subclass__", 0, 0) && compile_pattern(r, cls);
}

static bool template_init(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"template"};
    static const ArgSpec spec = {"Template.__init__", names, 1, 0, 1, 1};
    Value text;
    *out = v_none();
    // a Python function's messages: __init__(self, template)
    if (a->npos == 0 && a->nkw == 0) {
        return exc_raise(r, &exc_TypeError, "Template.__init__() missing 1 required positional argument: 'template'");
    }
    if (a->npos > 1) {
        return exc_raise(r, &exc_TypeError, "Template.__init__() takes 2 positional arguments but %u were given",
                         a->npos + 1);
    }
    return args_bind(r, a, &spec, &text) && set_attr(r, self, "template", text);
}

// ---- matches ----

// One match of the pattern: its span, and its named, braced, escaped and invalid groups
// (None when they did not take part), as mo.group() gives them.
typedef struct Placeholder {
    Value match, named, escaped, invalid;
    int64_t start, end;
} Placeholder;
enum { PLACEHOLDER_VALUES = 4 };

static bool group(Run *r, Value m, const char *name, Value *out) {
    Obj *key = str_from_cstr(r, name);
    if (!key || !gc_push_root(r, v_obj(key))) return false;
    Value arg = v_obj(key);
    bool ok = ops_call_method(r, m, "group", &arg, 1, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool span_end(Run *r, Value m, const char *which, int64_t *out) {
    Value v;
    return ops_call_method(r, m, which, NULL, 0, &v) && ops_index(r, v, out);
}

// Reads match m; the four values are pushed as roots (the caller pops PLACEHOLDER_VALUES).
// named is `mo.group('named') or mo.group('braced')`; escaped and invalid are read only when
// named is None, as convert() reads them.
static bool placeholder_read(Run *r, Value m, Placeholder *p) {
    *p = (Placeholder){.match = m, .named = v_none(), .escaped = v_none(), .invalid = v_none()};
    if (!gc_push_root(r, m)) return false;
    uint32_t roots = 1;
    bool ok = group(r, m, "named", &p->named) && gc_push_root(r, p->named), truthy = false;
    if (ok) roots++;
    ok = ok && ops_truthy(r, p->named, &truthy);
    if (ok && !truthy) {
        gc_pop_roots(r, 1);
        roots--;
        ok = group(r, m, "braced", &p->named) && gc_push_root(r, p->named);
        if (ok) roots++;
    }
    if (ok && is_none(p->named)) ok = group(r, m, "escaped", &p->escaped);
    ok = ok && gc_push_root(r, p->escaped);
    if (ok) roots++;
    if (ok && is_none(p->named) && is_none(p->escaped)) ok = group(r, m, "invalid", &p->invalid);
    ok = ok && gc_push_root(r, p->invalid);
    if (ok) roots++;
    ok = ok && span_end(r, m, "start", &p->start) && span_end(r, m, "end", &p->end);
    if (!ok) gc_pop_roots(r, roots);
    return ok;
}

// ValueError('Unrecognized named group in pattern', self.pattern): the pattern has none of the
// groups the methods look for.
static bool unrecognized_group(Run *r, Value self) {
    Value pattern;
    if (!ops_getattr_cstr(r, self, "pattern", &pattern) || !gc_push_root(r, pattern)) return false;
    Obj *msg = str_from_cstr(r, "Unrecognized named group in pattern");
    bool ok = msg && gc_push_root(r, v_obj(msg));
    Obj *args = ok ? tuple_new(r, 2) : NULL;
    if (ok) gc_pop_roots(r, 1);
    if (args) {
        ((ObjTuple *)args)->items[0] = v_obj(msg);
        ((ObjTuple *)args)->items[1] = pattern;
    }
    gc_pop_roots(r, 1);
    Obj *e = args && gc_push_root(r, v_obj(args)) ? exc_new(r, &exc_ValueError, args) : NULL;
    if (args) gc_pop_roots(r, 1);
    return e && exc_raise_value(r, v_obj(e));
}

// Template._invalid: ValueError naming the line and column (in code points) of byte `at`.
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
    if (at == 0) col = 1;  // no lines before it: line 1, col 1
    exc_raise(r, &exc_ValueError, "Invalid placeholder in string: line %zu, col %zu", line, col);
    LIBFRAMES_ADD(r, LF_STRING_INVALID, LF_STRING_CONVERT_INVALID, LF_STRING_SUBSTITUTE);
    return false;
}

// ---- substitute ----

typedef struct Fill {
    Value self, mapping;
    ObjStr *text;
    Obj *kws;  // keywords looked up before the mapping (ChainMap(kws, mapping)), or NULL
    bool safe;
} Fill;

// mapping[name], the keywords first.
static bool fill_lookup(Run *r, const Fill *f, Value name, Value *out) {
    *out = f->kws && is_str(name) ? dict_get_str(f->kws, as_str(name)) : v_undef();
    return !is_undef(*out) || ops_getitem(r, f->mapping, name, out);
}

// What convert() returns for the placeholder, appended to b.
static bool fill_one(Run *r, const Fill *f, const Placeholder *p, Buf *b) {
    if (!is_none(p->named)) {
        Value v;
        if (fill_lookup(r, f, p->named, &v)) {
            if (!gc_push_root(r, v)) return false;
            bool ok = ops_str(r, v, b);
            gc_pop_roots(r, 1);
            return ok;
        }
        if (f->safe && exc_pending_is(r, &exc_KeyError)) {
            exc_clear(r);
            return ops_call_method(r, p->match, "group", NULL, 0, &v) && ops_str(r, v, b);
        }
        if (!f->safe) LIBFRAMES_ADD(r, LF_STRING_CONVERT, LF_STRING_SUBSTITUTE);
        return false;
    }
    if (!is_none(p->escaped)) {
        Value delim;
        return ops_getattr_cstr(r, f->self, "delimiter", &delim) && ops_str(r, delim, b);
    }
    if (!is_none(p->invalid)) {
        Value v;
        if (f->safe) return ops_call_method(r, p->match, "group", NULL, 0, &v) && ops_str(r, v, b);
        int64_t at;
        Obj *name = str_from_cstr(r, "invalid");
        if (!name) return false;
        Value arg = v_obj(name);
        if (!gc_push_root(r, arg)) return false;
        bool ok = ops_call_method(r, p->match, "start", &arg, 1, &v) && ops_index(r, v, &at);
        gc_pop_roots(r, 1);
        return ok && template_invalid(r, f->text, str_byte_offset(f->text, (size_t)at));
    }
    return unrecognized_group(r, f->self);
}

// self.pattern.finditer(self.template), with the template (a str) in *text.
static bool template_matches(Run *r, Value self, ObjStr **text, Value *it) {
    Value t, pattern;
    if (!ops_getattr_cstr(r, self, "template", &t) || !gc_push_root(r, t)) return false;
    bool ok = ops_getattr_cstr(r, self, "pattern", &pattern) && gc_push_root(r, pattern);
    if (ok) {
        Value found;
        ok = ops_call_method(r, pattern, "finditer", &t, 1, &found) && ops_iter(r, found, it);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    if (ok) *text = as_str(t);  // finditer took only a str; the iterator holds it
    return ok;
}

static bool fill_all(Run *r, Fill *f, Value *out) {
    Value it, m;
    if (!template_matches(r, f->self, &f->text, &it) || !gc_push_root(r, it)) return false;
    Buf b;
    buf_init(&b, r);
    size_t from = 0;  // bytes of the text copied so far
    IterStep s = ITER_END;
    bool ok = true;
    while (ok && (s = ops_next(r, it, &m)) == ITER_ITEM) {
        Placeholder p;
        if (!placeholder_read(r, m, &p)) {
            ok = false;
            break;
        }
        size_t start = str_byte_offset(f->text, (size_t)p.start);
        ok = buf_append(&b, f->text->data + from, start - from) && fill_one(r, f, &p, &b);
        from = str_byte_offset(f->text, (size_t)p.end);
        gc_pop_roots(r, PLACEHOLDER_VALUES);
    }
    ok = ok && s != ITER_ERROR && buf_append(&b, f->text->data + from, f->text->len - from);
    gc_pop_roots(r, 1);
    Obj *str = ok ? buf_to_str(&b) : NULL;
    if (!str) {
        buf_fini(&b);
        return false;
    }
    *out = v_obj(str);
    return true;
}

// substitute(mapping={}, /, **kws) and safe_substitute.
static bool template_substitute_common(Run *r, Value self, const Args *a, bool safe, Value *out) {
    const char *fname = safe ? "safe_substitute" : "substitute";
    if (a->npos > 1) {
        return exc_raise(r, &exc_TypeError, "Template.%s() takes from 1 to 2 positional arguments but %u were given",
                         fname, a->npos + 1);
    }
    Obj *kws = dict_new(r);
    if (!kws || !gc_push_root(r, v_obj(kws))) return false;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->nkw; k++) ok = dict_set(r, kws, v_obj(a->kwnames[k]), a->kwvalues[k]);
    Fill f = {self, a->npos ? a->pos[0] : v_obj(kws), NULL, a->npos && a->nkw ? kws : NULL, safe};
    ok = ok && fill_all(r, &f, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool template_substitute(Run *r, Value self, const Args *a, Value *out) {
    return template_substitute_common(r, self, a, false, out);
}

static bool template_safe_substitute(Run *r, Value self, const Args *a, Value *out) {
    return template_substitute_common(r, self, a, true, out);
}

// get_identifiers() (ids: the names in order of first appearance) and is_valid() (ids NULL).
static bool template_scan(Run *r, Value self, Obj *ids, bool *valid) {
    Value it, m;
    ObjStr *text;
    if (!template_matches(r, self, &text, &it) || !gc_push_root(r, it)) return false;
    IterStep s = ITER_END;
    bool ok = true;
    *valid = true;
    while (ok && *valid && (s = ops_next(r, it, &m)) == ITER_ITEM) {
        Placeholder p;
        if (!placeholder_read(r, m, &p)) {
            ok = false;
            break;
        }
        bool seen = false;
        if (!is_none(p.named) && ids) {
            ok = ops_contains(r, v_obj(ids), p.named, &seen) && (seen || list_append(r, ids, p.named));
        } else if (!is_none(p.invalid) && !ids) {
            *valid = false;
        } else if (is_none(p.named) && is_none(p.escaped) && is_none(p.invalid)) {
            ok = unrecognized_group(r, self);
        }
        gc_pop_roots(r, PLACEHOLDER_VALUES);
    }
    gc_pop_roots(r, 1);
    return ok && (!*valid || s != ITER_ERROR);
}

static bool template_get_identifiers(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "get_identifiers", 0, 0)) return false;
    Obj *ids = list_new(r, 0);
    if (!ids || !gc_push_root(r, v_obj(ids))) return false;
    bool valid, ok = template_scan(r, self, ids, &valid);
    gc_pop_roots(r, 1);
    *out = v_obj(ids);
    return ok;
}

static bool template_is_valid(Run *r, Value self, const Args *a, Value *out) {
    bool valid;
    if (!args_positional(r, a, "is_valid", 0, 0) || !template_scan(r, self, NULL, &valid)) return false;
    *out = v_bool(valid);
    return true;
}

STATIC_METHOD(template_init_fn, "__init__", template_init)
STATIC_METHOD(template_init_subclass_fn, "__init_subclass__", template_init_subclass)
STATIC_METHOD(template_substitute_fn, "substitute", template_substitute)
STATIC_METHOD(template_safe_substitute_fn, "safe_substitute", template_safe_substitute)
STATIC_METHOD(template_get_identifiers_fn, "get_identifiers", template_get_identifiers)
STATIC_METHOD(template_is_valid_fn, "is_valid", template_is_valid)

// ---- the class ----

static bool ns_set(Run *r, Obj *ns, const char *key, Value v) {
    if (!gc_push_root(r, v)) return false;
    Obj *k = str_from_cstr(r, key);
    bool ok = k && gc_push_root(r, v_obj(k));
    if (ok) {
        ok = dict_set(r, ns, v_obj(k), v);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool ns_set_str(Run *r, Obj *ns, const char *key, const char *text) {
    Obj *s = str_from_cstr(r, text);
    return s && ns_set(r, ns, key, v_obj(s));
}

static bool template_namespace(Run *r, Obj *ns) {
    const ObjBuiltin *const methods[] = {&template_init_fn, &template_init_subclass_fn, &template_substitute_fn,
                                         &template_safe_substitute_fn, &template_get_identifiers_fn,
                                         &template_is_valid_fn};
    bool ok = ns_set_str(r, ns, "__module__", "string") &&
              ns_set_str(r, ns, "__doc__", "A string class for supporting $-substitutions.") &&
              ns_set_str(r, ns, "delimiter", "$") && ns_set_str(r, ns, "idpattern", "(?a:[_a-z][_a-z0-9]*)") &&
              ns_set(r, ns, "braceidpattern", v_none()) && ns_set(r, ns, "flags", v_none());
    for (size_t k = 0; ok && k < sizeof methods / sizeof *methods; k++) {
        ok = ns_set(r, ns, methods[k]->def->name, v_obj((Obj *)&methods[k]->base));
    }
    return ok;
}

bool mod_string_template_init(Run *r, Obj *module) {
    Obj *ns = dict_new(r);
    if (!ns || !gc_push_root(r, v_obj(ns))) return false;
    Value cls = v_none();
    bool ok = template_namespace(r, ns) &&
              module_add_class(r, module, "Template", v_obj((Obj *)&type_object), ns, &cls) &&
              compile_pattern(r, cls);
    gc_pop_roots(r, 1);
    return ok;
}
