// str.format, str.format_map and format(value, spec), after CPython's unicode_format.h: the
// replacement-field grammar {field_name!conversion:format_spec} with auto and manual
// numbering, [index] lookups and nested {} in specs. Attribute lookups ({0.attr}) are refused:
// moat's sandbox does not let format strings walk attributes.
#include "interp/obj_str_format.h"

#include <string.h>

#include "interp/container.h"
#include "interp/exc.h"
#include "interp/format.h"
#include "interp/gc.h"
#include "interp/numfmt_spec.h"
#include "interp/obj_int.h"
#include "interp/obj_complex.h"
#include "interp/obj_str_char.h"
#include "interp/obj_str.h"
#include "interp/ops.h"

// ---- format(value, spec) ----

// Runs one numfmt formatter on a parsed spec, appending to out.
static bool format_number(Run *r, Value v, NumfmtSpec *spec, Buf *out) {
    NumBuf nb;
    NumfmtError err;
    IntView iv;
    bool ok;
    buf_numbuf(out, &nb);
    if (spec->kind == NUMFMT_KIND_FLOAT) {
        ok = numfmt_format_float(&nb, v.as.f, spec, &err);
    } else {
        ok = numfmt_format_int(&nb, int_as_numfmt(v, &iv), spec, &err);
    }
    buf_numbuf_done(out, &nb);
    return ok || str_raise_numfmt(r, &err);
}

static bool format_text(Run *r, const char *s, size_t len, const char *spec, size_t spec_len,
                        Buf *out) {
    if (spec_len == 0) return buf_append(out, s, len);
    NumfmtSpec ps;
    NumfmtError err;
    numfmt_spec_init(&ps, NUMFMT_KIND_STR, "str");
    if (!numfmt_spec_parse(&ps, spec, spec_len, &err)) return str_raise_numfmt(r, &err);
    NumBuf nb;
    buf_numbuf(out, &nb);
    bool ok = numfmt_format_str(&nb, s, len, &ps, &err);
    buf_numbuf_done(out, &nb);
    return ok || str_raise_numfmt(r, &err);
}

// An instance of a class (its __format__, which format_spec finds) or a complex.
static bool str_format_user(Run *r, Value v, const char *spec, size_t spec_len, Buf *out) {
    Obj *s = str_new(r, spec, spec_len);
    if (!s || !gc_push_root(r, v_obj(s))) return false;
    Value res;
    bool ok = format_spec(r, v, v_obj(s), &res);
    gc_pop_roots(r, 1);
    return ok && buf_append(out, as_str(res)->data, as_str(res)->len);
}

bool str_format_value(Run *r, Value v, const char *spec, size_t spec_len, Buf *out) {
    if (is_str(v)) return format_text(r, as_str(v)->data, as_str(v)->len, spec, spec_len, out);
    NumfmtKind kind;
    const char *name;
    if (is_bool(v)) {
        if (spec_len == 0) return buf_append_cstr(out, v.as.b ? "True" : "False");
        kind = NUMFMT_KIND_INT;
        name = "bool";
    } else if (container_is_int(v)) {
        kind = NUMFMT_KIND_INT;
        name = "int";
    } else if (is_float(v)) {
        kind = NUMFMT_KIND_FLOAT;
        name = "float";
    } else if (container_is_user(v) || is_complex(v)) {
        return str_format_user(r, v, spec, spec_len, out);
    } else {
        if (spec_len == 0) return ops_str(r, v, out);
        return exc_raise(r, &exc_TypeError, "unsupported format string passed to %s.__format__",
                         value_type_name(v));
    }
    NumfmtSpec ps;
    NumfmtError err;
    numfmt_spec_init(&ps, kind, name);
    if (!numfmt_spec_parse(&ps, spec, spec_len, &err)) return str_raise_numfmt(r, &err);
    return format_number(r, v, &ps, out);
}

// ---- the replacement-field parser ----

enum { FORMAT_MAX_RECURSION = 2 };  // a spec may nest one level of fields, as in CPython

typedef enum Numbering { NUMBER_INIT, NUMBER_AUTO, NUMBER_MANUAL } Numbering;

typedef struct Formatter {
    Run *r;
    const Args *args;  // format(): positional and keyword arguments; NULL for format_map
    Value mapping;     // format_map(): the mapping; undef for format
    Numbering numbering;
    int64_t next_auto;
} Formatter;

// One parsed replacement field: text ranges into the format string.
typedef struct Field {
    const char *name, *spec;
    size_t name_len, spec_len;
    uint32_t conversion;  // 0 when absent
    bool spec_nested;     // the spec holds {fields} to expand first
} Field;

// Digits of a field name as an index: -1 when not all decimal digits; -2 on overflow.
static int64_t field_integer(const char *s, size_t len) {
    if (len == 0) return -1;
    int64_t acc = 0;
    for (size_t i = 0; i < len;) {
        int d = str_char_decimal(str_char_decode(s, &i));
        if (d < 0) return -1;
        if (acc > (INT64_MAX - d) / 10) return -2;
        acc = acc * 10 + d;
    }
    return acc;
}

// The conversion and format spec after a field name ended by '!' or ':' (`c`), up to the
// field's closing '}' (consumed).
static bool field_parse_tail(Run *r, const char *s, size_t len, size_t *pos, char c, Field *f) {
    size_t i = *pos;
    if (c == '!') {
        if (i >= len) {
            return exc_raise(r, &exc_ValueError, "end of string while looking for conversion specifier");
        }
        f->conversion = str_char_decode(s, &i);
        if (i < len) {
            c = s[i++];
            if (c == '}') {
                *pos = i;
                return true;
            }
            if (c != ':') return exc_raise(r, &exc_ValueError, "expected ':' after conversion specifier");
        }
    }
    f->spec = s + i;
    int count = 1;
    while (i < len) {
        c = s[i++];
        if (c == '{') {
            f->spec_nested = true;
            count++;
        } else if (c == '}' && --count == 0) {
            f->spec_len = (size_t)(s + i - 1 - f->spec);
            *pos = i;
            return true;
        }
    }
    return exc_raise(r, &exc_ValueError, "unmatched '{' in format spec");
}

// parse_field: the text after '{' up to its matching '}' (consumed), split into its parts.
// Inside [brackets] of the name, ':' '!' and '}' are plain characters.
static bool field_parse(Run *r, const char *s, size_t len, size_t *pos, Field *f) {
    size_t i = *pos;
    char c = 0;
    memset(f, 0, sizeof *f);
    f->name = s + i;
    while (i < len) {
        c = s[i++];
        if (c == '{') return exc_raise(r, &exc_ValueError, "unexpected '{' in field name");
        if (c == '[') {
            while (i < len && s[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    f->name_len = (size_t)(s + i - 1 - f->name);
    if (c == '!' || c == ':') {
        *pos = i;
        return field_parse_tail(r, s, len, pos, c, f);
    }
    if (c != '}') return exc_raise(r, &exc_ValueError, "expected '}' before end of string");
    *pos = i;
    return true;
}

static bool numbering_check(Formatter *fm, bool empty) {
    if (fm->numbering == NUMBER_INIT) fm->numbering = empty ? NUMBER_AUTO : NUMBER_MANUAL;
    if (fm->numbering == NUMBER_MANUAL && empty) {
        return exc_raise(fm->r, &exc_ValueError,
                         "cannot switch from manual field specification to automatic field "
                         "numbering");
    }
    if (fm->numbering == NUMBER_AUTO && !empty) {
        return exc_raise(fm->r, &exc_ValueError,
                         "cannot switch from automatic field numbering to manual field "
                         "specification");
    }
    return true;
}

// The object a field's first part names: a positional argument or a keyword/mapping key.
static bool field_first(Formatter *fm, const char *s, size_t len, Value *out) {
    Run *r = fm->r;
    int64_t index = field_integer(s, len);
    if (index == -2) return exc_raise(r, &exc_ValueError, "Too many decimal digits in format string");
    if (len == 0 || index >= 0) {
        if (!numbering_check(fm, len == 0)) return false;
        if (len == 0) index = fm->next_auto++;
        if (!fm->args) {
            return exc_raise(r, &exc_ValueError, "Format string contains positional fields");
        }
        if ((uint64_t)index >= fm->args->npos) {
            return exc_raise(r, &exc_IndexError,
                             "Replacement index %lld out of range for positional args tuple",
                             (long long)index);
        }
        *out = fm->args->pos[index];
        return true;
    }
    if (fm->args) {
        for (uint32_t k = 0; k < fm->args->nkw; k++) {
            const ObjStr *kw = (const ObjStr *)fm->args->kwnames[k];
            if (kw->len == len && memcmp(kw->data, s, len) == 0) {
                *out = fm->args->kwvalues[k];
                return true;
            }
        }
    }
    Obj *key = str_new(r, s, len);
    if (!key) return false;
    if (fm->args) return exc_raise(r, &exc_KeyError, "%S", v_obj(key));
    if (!gc_push_root(r, v_obj(key))) return false;
    bool ok = ops_getitem(r, fm->mapping, v_obj(key), out);
    gc_pop_roots(r, 1);
    return ok;
}

// obj[key] for one [key] of a field name: digits index, anything else is a str key.
static bool field_item(Run *r, Value obj, const char *s, size_t len, Value *out) {
    int64_t index = field_integer(s, len);
    if (index == -2) return exc_raise(r, &exc_ValueError, "Too many decimal digits in format string");
    if (index >= 0) return ops_getitem(r, obj, v_int(index), out);
    Obj *key = str_new(r, s, len);
    if (!key || !gc_push_root(r, v_obj(key))) return false;
    bool ok = ops_getitem(r, obj, v_obj(key), out);
    gc_pop_roots(r, 1);
    return ok;
}

// One .attr or [key] step of a field name at s[*pos]: *obj becomes what it names.
static bool field_step(Run *r, const char *s, size_t len, size_t *pos, Value *obj) {
    size_t i = *pos;
    char c = s[i++];
    size_t start = i;
    if (c == '.') {
        while (i < len && s[i] != '.' && s[i] != '[') i++;
    } else if (c == '[') {
        while (i < len && s[i] != ']') i++;
        if (i == len) return exc_raise(r, &exc_ValueError, "Missing ']' in format string");
        i++;
    } else {
        return exc_raise(r, &exc_ValueError,
                         "Only '.' or '[' may follow ']' in format field specifier");
    }
    size_t n = i - start - (c == '[');
    if (n == 0) return exc_raise(r, &exc_ValueError, "Empty attribute in format string");
    if (c == '.') {
        // guard: the sandbox exposes no attribute walks through format strings
        char name[64];
        size_t k = n < sizeof name - 1 ? n : sizeof name - 1;
        memcpy(name, s + start, k);
        name[k] = '\0';
        return exc_raise(r, &exc_ValueError,
                         "moat does not allow attribute access in format strings ('.%s')", name);
    }
    *pos = i;
    return field_item(r, *obj, s + start, n, obj);
}

// Resolves a whole field name ("0", "name[key][1]"); on success the result stays pushed as a
// root, which the caller pops.
static bool field_resolve(Formatter *fm, const char *s, size_t len, Value *out) {
    Run *r = fm->r;
    size_t i = 0;
    while (i < len && s[i] != '.' && s[i] != '[') i++;
    Value obj;
    if (!field_first(fm, s, i, &obj) || !gc_push_root(r, obj)) return false;
    uint32_t slot = r->root_count - 1;
    while (i < len) {
        if (!field_step(r, s, len, &i, &obj)) {
            gc_pop_roots(r, 1);
            return false;
        }
        r->roots[slot] = obj;
    }
    *out = obj;
    return true;
}

static bool format_build(Formatter *fm, const char *s, size_t len, int depth, Buf *out);

// Formats one resolved value with its conversion and (already expanded) spec.
static bool field_render(Formatter *fm, Value v, uint32_t conv, const char *spec, size_t spec_len,
                         Buf *out) {
    Run *r = fm->r;
    if (conv == 0) return str_format_value(r, v, spec, spec_len, out);
    if (conv != 'r' && conv != 's' && conv != 'a') {
        if (conv > 32 && conv < 127) {
            return exc_raise(r, &exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        }
        char hex[9];
        return exc_raise(r, &exc_ValueError, "Unknown conversion specifier \\x%s",
                         str_hex_text(conv, hex));
    }
    Buf tmp;
    buf_init(&tmp, r);
    tmp.depth = out->depth;
    bool ok;
    if (conv == 's') {
        ok = ops_str(r, v, &tmp);
    } else if (conv == 'r') {
        ok = ops_repr(r, v, &tmp);
    } else {
        Buf rep;
        buf_init(&rep, r);
        ok = ops_repr(r, v, &rep) && str_ascii_escape_into(&tmp, rep.data ? rep.data : "", rep.len);
        buf_fini(&rep);
    }
    ok = ok && format_text(r, tmp.data ? tmp.data : "", tmp.len, spec, spec_len, out);
    buf_fini(&tmp);
    return ok;
}

static bool field_output(Formatter *fm, const Field *f, int depth, Buf *out) {
    Run *r = fm->r;
    Value v;
    if (!field_resolve(fm, f->name, f->name_len, &v)) return false;
    bool ok;
    if (f->spec_nested) {
        Buf spec;
        buf_init(&spec, r);
        ok = format_build(fm, f->spec, f->spec_len, depth - 1, &spec) &&
             field_render(fm, v, f->conversion, spec.data ? spec.data : "", spec.len, out);
        buf_fini(&spec);
    } else {
        ok = field_render(fm, v, f->conversion, f->spec, f->spec_len, out);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// MarkupIterator: literal text with {{ and }} unescaped, and the fields between.
static bool format_build(Formatter *fm, const char *s, size_t len, int depth, Buf *out) {
    Run *r = fm->r;
    if (depth <= 0) return exc_raise(r, &exc_ValueError, "Max string recursion exceeded");
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        char c = 0;
        while (i < len) {
            c = s[i++];
            if (c == '{' || c == '}') break;
        }
        bool at_end = i >= len, markup = c == '{' || c == '}';
        size_t lit = i - start;
        if (c == '}' && (at_end || s[i] != '}')) {
            return exc_raise(r, &exc_ValueError, "Single '}' encountered in format string");
        }
        if (at_end && c == '{') {
            return exc_raise(r, &exc_ValueError, "Single '{' encountered in format string");
        }
        if (markup && !at_end && s[i] == c) {
            i++;  // {{ or }}: the first brace is literal text
            markup = false;
        } else if (markup) {
            lit--;
        }
        if (!buf_append(out, s + start, lit)) return false;
        if (!markup) continue;
        Field f;
        if (!field_parse(r, s, len, &i, &f) || !field_output(fm, &f, depth, out)) return false;
    }
    return true;
}

static bool format_run(Formatter *fm, ObjStr *s, Value *out) {
    Buf b;
    buf_init(&b, fm->r);
    if (!format_build(fm, s->data, s->len, FORMAT_MAX_RECURSION, &b)) {
        buf_fini(&b);
        return false;
    }
    Obj *res = buf_to_str(&b);
    if (!res) return false;
    *out = v_obj(res);
    return true;
}

bool str_format(Run *r, Value self, const Args *a, Value *out) {
    Formatter fm = {.r = r, .args = a, .mapping = v_undef()};
    return format_run(&fm, as_str(self), out);
}

bool str_format_map(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "str.format_map")) return false;
    Formatter fm = {.r = r, .args = NULL, .mapping = a->pos[0]};
    return format_run(&fm, as_str(self), out);
}
