// The json module: dumps and loads as CPython 3.14's json/__init__.py calls them (argument
// binding with a Python function's messages, JSONEncoder/JSONDecoder's option handling in
// their order), the JSONEncoder and JSONDecoder classes (for cls=), and JSONDecodeError. The encoding and decoding themselves are in
// mod_json_encode.c and mod_json_decode.c. json.dump and json.load are not provided: moat has
// no files, so they are missing names (AttributeError) like any other.
#include "interp/mod_json.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_json_decode.h"
#include "interp/mod_json_encode.h"
#include "interp/modules.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_bytes.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_int.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/suggest.h"
#include "interp/vm.h"
#include "parser/ast.h"

// ---- binding arguments as a Python def does ----

// A Python signature: `names` are the positional-or-keyword parameters (npos of them), then
// the keyword-only ones. With `kw_owner`, unknown keywords go to **kw and reach kw_owner (a
// class's __init__) later: kw_accept names the ones it takes beyond the explicit parameters,
// kw_params all its parameters (for "Did you mean").
typedef struct PySig {
    const char *name;
    const char *const *names;
    uint8_t count, npos;
    bool method;  // an __init__: messages count self among the positional arguments
    const char *kw_owner;
    const char *const *kw_accept;
    uint8_t kw_accept_count;
    const char *const *kw_params;
    uint8_t kw_params_count;
} PySig;

enum { SUGGEST_MAX = 12 };  // room for "self" and a signature's names

// TypeError "f() got an unexpected keyword argument 'x'", with CPython 3.14's "Did you mean"
// among the parameter names `cands`.
static bool raise_unexpected_keyword(Run *r, const char *owner, const ObjStr *name,
                                     const char *const *cands, size_t n) {
    const char *best = suggest_closest_cstr(name->data, name->len, cands, (uint32_t)n);
    if (best) {
        return exc_raise(r, &exc_TypeError,
                         "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", owner,
                         name->data, best);
    }
    return exc_raise(r, &exc_TypeError, "%s() got an unexpected keyword argument '%s'", owner,
                     name->data);
}

static int sig_find(const char *const *names, size_t n, const ObjStr *name) {
    for (size_t k = 0; k < n; k++) {
        if (str_equal_cstr(name, names[k])) return (int)k;
    }
    return -1;
}

// "f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument)
// were given", CPython's too_many_positional.
static bool raise_too_many(Run *r, const PySig *sig, uint32_t given, uint32_t kwonly) {
    uint32_t takes = sig->npos + sig->method, g = given + sig->method;
    char extra[80] = "";
    if (kwonly) {
        snprintf(extra, sizeof extra, " positional argument%s (and %u keyword-only argument%s)",
                 g != 1 ? "s" : "", kwonly, kwonly != 1 ? "s" : "");
    }
    return exc_raise(r, &exc_TypeError, "%s() takes %u positional argument%s but %u%s %s given",
                     sig->name, takes, takes != 1 ? "s" : "", g, extra,
                     g == 1 && !kwonly ? "was" : "were");
}

// "f() missing 2 required positional arguments: 'doc' and 'pos'"
static bool raise_missing(Run *r, const PySig *sig, const Value *out) {
    Buf b;
    buf_init(&b, r);
    uint32_t missing = 0, seen = 0;
    for (uint8_t k = 0; k < sig->npos; k++) missing += is_undef(out[k]);
    bool ok = true;
    for (uint8_t k = 0; k < sig->npos && ok; k++) {
        if (!is_undef(out[k])) continue;
        seen++;
        const char *sep = seen == 1         ? ""
                          : seen < missing  ? ", "
                          : missing == 2    ? " and "
                                            : ", and ";
        ok = buf_printf(&b, "%s'%s'", sep, sig->names[k]);
    }
    if (ok) ok = buf_append_char(&b, '\0');
    if (ok) {
        exc_raise(r, &exc_TypeError, "%s() missing %u required positional argument%s: %s",
                  sig->name, missing, missing != 1 ? "s" : "", b.data);
    }
    buf_fini(&b);
    return false;
}

// Binds a's arguments to out[0..count) and, for **kw, out[count..count + kw_accept_count);
// undef for what was not given. Every parameter without a default is positional here. The
// first keyword that **kw's owner does not take is left in *unexpected for the caller to
// report where CPython's function body would.
static bool sig_bind(Run *r, const Args *a, const PySig *sig, Value *out,
                     const ObjStr **unexpected) {
    for (size_t k = 0; k < (size_t)sig->count + sig->kw_accept_count; k++) out[k] = v_undef();
    *unexpected = NULL;
    for (uint32_t k = 0; k < a->npos && k < sig->npos; k++) out[k] = a->pos[k];
    uint32_t kwonly = 0;
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *name = (const ObjStr *)a->kwnames[k];
        int slot = sig_find(sig->names, sig->count, name);
        if (slot < 0 && sig->kw_owner) {
            int extra = sig_find(sig->kw_accept, sig->kw_accept_count, name);
            if (extra >= 0) out[sig->count + extra] = a->kwvalues[k];
            else if (!*unexpected) *unexpected = name;
            continue;
        }
        if (slot < 0) {
            const char *cands[SUGGEST_MAX] = {"self"};
            size_t n = 1;
            for (size_t j = 0; j < sig->count && n < SUGGEST_MAX; j++) cands[n++] = sig->names[j];
            size_t skip = !sig->method;  // "self" is a candidate of methods only
            return raise_unexpected_keyword(r, sig->name, name, cands + skip, n - skip);
        }
        if (!is_undef(out[slot])) {
            return exc_raise(r, &exc_TypeError, "%s() got multiple values for argument '%s'",
                             sig->name, name->data);
        }
        out[slot] = a->kwvalues[k];
        kwonly += slot >= sig->npos;
    }
    if (a->npos > sig->npos) return raise_too_many(r, sig, a->npos, kwonly);
    for (uint8_t k = 0; k < sig->npos; k++) {
        if (is_undef(out[k])) return raise_missing(r, sig, out);
    }
    return true;
}

// A flag option: its truth value, or `dflt` when it was not given.
static bool option_flag(Run *r, Value v, bool dflt, bool *out) {
    if (is_undef(v)) {
        *out = dflt;
        return true;
    }
    return ops_truthy(r, v, out);
}

static bool given(Value v) {
    return !is_undef(v) && !is_none(v);
}

// ---- JSONDecodeError ----

enum { JDE_MSG, JDE_DOC, JDE_POS, JDE_LINENO, JDE_COLNO, JDE_FIELDS };
static const char *const jde_fields[JDE_FIELDS] = {"msg", "doc", "pos", "lineno", "colno"};

// The five attributes, kept as a tuple in the exception's `value` (NULL if absent).
static ObjTuple *jde_tuple(Value v) {
    Value t = ((ObjException *)v.as.obj)->value;
    if (!is_tuple(t) || as_tuple(t)->len != JDE_FIELDS) return NULL;
    return as_tuple(t);
}

// The slots delegate to ValueError's (a static initializer cannot copy them).
static bool jde_repr(Run *r, Value v, Buf *out) {
    return exc_ValueError.slots.repr(r, v, out);
}

static bool jde_str(Run *r, Value v, Buf *out) {
    return exc_ValueError.slots.str(r, v, out);
}

static void jde_trace(Run *r, Obj *o) {
    exc_ValueError.slots.trace(r, o);
}

static bool jde_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjTuple *t = jde_tuple(v);
    int k = t ? sig_find(jde_fields, JDE_FIELDS, (const ObjStr *)name) : -1;
    if (k >= 0) {
        *out = t->items[k];
        return true;
    }
    return exc_ValueError.slots.getattr(r, v, name, out);
}

static bool jde_setattr(Run *r, Value v, Obj *name, Value val) {
    ObjTuple *t = jde_tuple(v);
    int k = t ? sig_find(jde_fields, JDE_FIELDS, (const ObjStr *)name) : -1;
    if (k < 0 || is_undef(val)) return exc_ValueError.slots.setattr(r, v, name, val);
    if (!gc_push_root(r, val)) return false;
    Obj *copy = tuple_new(r, JDE_FIELDS);
    gc_pop_roots(r, 1);
    if (!copy) return false;
    t = jde_tuple(v);
    for (int j = 0; j < JDE_FIELDS; j++) ((ObjTuple *)copy)->items[j] = t->items[j];
    ((ObjTuple *)copy)->items[k] = val;
    ((ObjException *)v.as.obj)->value = v_obj(copy);
    return true;
}

// What doc.count('\n', 0, pos) and doc.rfind('\n', 0, pos) see of a doc that is not a str.
static bool jde_doc_error(Run *r, Value doc) {
    if (is_bytes(doc)) {
        return exc_raise(r, &exc_TypeError,
                         "argument should be integer or bytes-like object, not 'str'");
    }
    if (is_list(doc) || is_tuple(doc)) {
        return exc_raise(r, &exc_TypeError, "%s.count() takes exactly one argument (3 given)",
                         value_type_name(doc));
    }
    return exc_raise(r, &exc_AttributeError, "'%s' object has no attribute 'count'",
                     value_type_name(doc));
}

// Where `pos` (a slice index; None is the end) falls in doc: lineno = doc.count('\n', 0, pos)
// + 1 and *last = doc.rfind('\n', 0, pos), in code points.
static bool jde_position(Run *r, const ObjStr *doc, Value pos, int64_t *lineno, int64_t *last) {
    int64_t chars = (int64_t)doc->chars, p = chars;
    if (!container_slice_index(r, pos, true, &p)) return false;
    if (p < 0) p = p < -chars ? 0 : p + chars;
    if (p > chars) p = chars;
    size_t end = str_byte_offset(doc, (size_t)p), nl = SIZE_MAX;
    *lineno = 1;
    for (size_t i = 0; i < end; i++) {
        if (doc->data[i] != '\n') continue;
        ++*lineno;
        nl = i;
    }
    *last = nl == SIZE_MAX ? -1 : (int64_t)str_char_index(doc, nl);
    return true;
}

// '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
static Obj *jde_message(Run *r, Value msg, int64_t lineno, Value colno, Value pos) {
    Buf b;
    buf_init(&b, r);
    bool ok = ops_str(r, msg, &b) && buf_printf(&b, ": line %lld column ", (long long)lineno) &&
              ops_str(r, colno, &b) && buf_append_cstr(&b, " (char ") &&
              ops_str(r, int_plain(pos), &b) && buf_append_char(&b, ')');
    if (!ok) {
        buf_fini(&b);
        return NULL;
    }
    return buf_to_str(&b);
}

// The exception object: args (text,), the five attributes in `value`.
static bool jde_build(Run *r, Obj *text, const Value *fields, Value *out) {
    Obj *args = tuple_new(r, 1);
    if (!args || !gc_push_root(r, v_obj(args))) return false;
    ((ObjTuple *)args)->items[0] = v_obj(text);
    Obj *t = tuple_new(r, JDE_FIELDS), *e = NULL;
    if (t && gc_push_root(r, v_obj(t))) {
        for (int k = 0; k < JDE_FIELDS; k++) ((ObjTuple *)t)->items[k] = fields[k];
        e = exc_new(r, &mod_json_decode_error, args);
        if (e) ((ObjException *)e)->value = v_obj(t);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    if (!e) return false;
    *out = v_obj(e);
    return true;
}

// JSONDecodeError(msg, doc, pos) as json/decoder.py builds it: args is the one formatted
// message, "Expecting value: line 1 column 1 (char 0)". The caller keeps msg, doc, pos alive.
static bool jde_new(Run *r, Value msg, Value doc, Value pos, Value *out) {
    int64_t lineno, last;
    if (!is_str(doc)) return jde_doc_error(r, doc);
    if (!jde_position(r, as_str(doc), pos, &lineno, &last)) return false;
    Value colno;
    if (!ops_binary(r, pos, v_int(last), AST_OP_SUB, &colno)) return false;
    if (!gc_push_root(r, colno)) return false;
    Obj *text = jde_message(r, msg, lineno, colno, pos);
    bool ok = false;
    if (text && gc_push_root(r, v_obj(text))) {
        Value fields[JDE_FIELDS] = {msg, doc, pos, v_int(lineno), colno};
        ok = jde_build(r, text, fields, out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static const char *const jde_names[] = {"msg", "doc", "pos"};
static const PySig jde_sig = {"JSONDecodeError.__init__", jde_names, 3, 3, .method = true};

static bool jde_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value p[3];
    const ObjStr *unexpected;
    return sig_bind(r, a, &jde_sig, p, &unexpected) && jde_new(r, p[0], p[1], p[2], out);
}

const ObjType mod_json_decode_error = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "JSONDecodeError",
    .module = "json.decoder",
    .id = TYPE_EXCEPTION,
    .base_type = &exc_ValueError,
    .construct = jde_construct,
    .slots = {
        .repr = jde_repr,
        .str = jde_str,
        .getattr = jde_getattr,
        .setattr = jde_setattr,
        .trace = jde_trace,
    },
};

bool mod_json_raise_decode_error(Run *r, const char *msg, Obj *doc, size_t offset) {
    Obj *m = str_from_cstr(r, msg);
    if (!m || !gc_push_root(r, v_obj(m))) return false;
    size_t pos = str_char_index((const ObjStr *)doc, offset);
    Value e;
    bool ok = jde_new(r, v_obj(m), v_obj(doc), v_int((int64_t)pos), &e);
    gc_pop_roots(r, 1);
    if (ok) r->exc = e;
    return false;
}

// ---- dumps ----

enum {
    D_OBJ, D_SKIPKEYS, D_ENSURE_ASCII, D_CHECK_CIRCULAR, D_ALLOW_NAN, D_CLS, D_INDENT,
    D_SEPARATORS, D_DEFAULT, D_SORT_KEYS, D_COUNT
};
static const char *const dumps_names[D_COUNT] = {
    "obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent",
    "separators", "default", "sort_keys",
};
static const char *const encoder_params[] = {
    "self", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent",
    "separators", "default",
};
static const PySig dumps_sig = {
    "dumps", dumps_names, D_COUNT, 1, false, "JSONEncoder.__init__", NULL, 0, encoder_params,
    sizeof encoder_params / sizeof *encoder_params,
};

// a, b = seq, with the unpacking errors of the VM.
static bool unpack2(Run *r, Value seq, Value *a, Value *b) {
    if (is_tuple(seq) || is_list(seq)) {
        size_t n = is_tuple(seq) ? as_tuple(seq)->len : as_list(seq)->len;
        const Value *items = is_tuple(seq) ? as_tuple(seq)->items : as_list(seq)->items;
        if (n != 2) {
            const char *fmt = n < 2 ? "not enough values to unpack (expected 2, got %zu)"
                                    : "too many values to unpack (expected 2, got %zu)";
            return exc_raise(r, &exc_ValueError, fmt, n);
        }
        *a = items[0];
        *b = items[1];
        return true;
    }
    if (!value_type(seq)->slots.iter) {
        return exc_raise(r, &exc_TypeError, "cannot unpack non-iterable %s object",
                         value_type_name(seq));
    }
    Value it, item, got[2];
    if (!ops_iter(r, seq, &it) || !gc_push_root(r, it)) return false;
    uint32_t n = 0;
    IterStep s = ITER_ITEM;
    bool ok = false;
    while (n < 2 && (s = ops_next(r, it, &item)) == ITER_ITEM) {
        got[n++] = item;
        if (!gc_push_root(r, item)) goto done;
    }
    if (s == ITER_ERROR) goto done;
    if (n < 2) {
        exc_raise(r, &exc_ValueError, "not enough values to unpack (expected 2, got %u)", n);
        goto done;
    }
    s = ops_next(r, it, &item);
    if (s == ITER_ITEM) exc_raise(r, &exc_ValueError, "too many values to unpack (expected 2)");
    ok = s == ITER_END;
    *a = got[0];
    *b = got[1];
done:
    gc_pop_roots(r, 1 + n);
    return ok;
}

// The string json.dumps writes for a str: JSONEncoder.encode's shortcut, before any of the
// options that only iterencode looks at.
static bool dumps_str(Run *r, Value obj, bool ensure_ascii, Value *out) {
    Buf b;
    buf_init(&b, r);
    if (!mod_json_encode_string(&b, as_str(obj)->data, as_str(obj)->len, ensure_ascii)) {
        buf_fini(&b);
        return false;
    }
    Obj *s = buf_to_str(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

// The indent text: a str as is, anything else as ' ' * indent (so an int, or an error).
static bool dumps_indent(Run *r, Value indent, Value *out) {
    if (is_str(indent)) {
        *out = indent;
        return true;
    }
    if (!ops_binary(r, v_obj(str_ascii_char(' ')), indent, AST_OP_MUL, out)) return false;
    if (is_str(*out)) return true;
    return exc_raise(r, &exc_TypeError, "make_encoder() argument 4 must be str or None, not %s",
                     value_type_name(*out));
}

// c_make_encoder's "U" arguments: separators must be str.
static bool check_separator(Run *r, Value sep, int argno) {
    if (is_str(sep)) return true;
    return exc_raise(r, &exc_TypeError, "make_encoder() argument %d must be str, not %s", argno,
                     str_clinic_type_name(sep));
}

// c_make_encoder's checks of the options, then the encode. seps[0], seps[1]: the item and
// key separators given (undef: the defaults); indent: the indent str or undef.
static bool dumps_encode_with(Run *r, const Value *p, const Value *seps, Value indent, Value *out) {
    JsonEncodeOptions o = {.item_sep = ", ", .item_sep_len = 2, .key_sep = ": ", .key_sep_len = 2};
    if ((!is_undef(seps[1]) && !check_separator(r, seps[1], 5)) ||
        (!is_undef(seps[0]) && !check_separator(r, seps[0], 6)) ||
        !option_flag(r, p[D_SORT_KEYS], false, &o.sort_keys) ||
        !option_flag(r, p[D_SKIPKEYS], false, &o.skipkeys) ||
        !option_flag(r, p[D_ALLOW_NAN], true, &o.allow_nan) ||
        !option_flag(r, p[D_CHECK_CIRCULAR], true, &o.check_circular) ||
        !option_flag(r, p[D_ENSURE_ASCII], true, &o.ensure_ascii)) {
        LIBFRAMES_ADD(r, LF_JSON_ITERENCODE_MAKE, LF_JSON_ENCODE);
        return false;
    }
    o.default_fn = given(p[D_DEFAULT]) ? p[D_DEFAULT] : v_undef();
    if (!is_undef(indent)) {
        o.indent = as_str(indent)->data;
        o.indent_len = as_str(indent)->len;
        o.item_sep = ",";
        o.item_sep_len = 1;
    }
    if (!is_undef(seps[0])) {
        o.item_sep = as_str(seps[0])->data;
        o.item_sep_len = as_str(seps[0])->len;
    }
    if (!is_undef(seps[1])) {
        o.key_sep = as_str(seps[1])->data;
        o.key_sep_len = as_str(seps[1])->len;
    }
    if (mod_json_encode(r, &o, p[D_OBJ], out)) return true;
    LIBFRAMES_ADD(r, LF_JSON_ITERENCODE, LF_JSON_ENCODE);
    return false;
}

// JSONEncoder.iterencode: check_circular and ensure_ascii are read first, then the indent.
// A failure carries the frames of encoder.py, innermost first, up to encode().
static bool dumps_encode(Run *r, const Value *p, const Value *seps, Value *out) {
    bool circular, ascii;
    Value indent = v_undef();
    if (!option_flag(r, p[D_CHECK_CIRCULAR], true, &circular) ||
        !option_flag(r, p[D_ENSURE_ASCII], true, &ascii)) {
        return false;
    }
    if (given(p[D_INDENT]) && !dumps_indent(r, p[D_INDENT], &indent)) {
        LIBFRAMES_ADD(r, LF_JSON_ITERENCODE_INDENT, LF_JSON_ENCODE);
        return false;
    }
    if (!gc_push_root(r, indent)) return false;
    bool ok = dumps_encode_with(r, p, seps, indent, out);
    gc_pop_roots(r, 1);
    return ok;
}

// Whether json.dumps takes its shortcut through the module's default encoder: every option
// at its default, by truth value as dumps tests them.
static bool dumps_is_default(Run *r, const Value *p, bool *out) {
    static const struct { uint8_t slot; bool dflt; } flags[] = {
        {D_SKIPKEYS, false}, {D_ENSURE_ASCII, true}, {D_CHECK_CIRCULAR, true},
        {D_ALLOW_NAN, true}, {D_SORT_KEYS, false},
    };
    *out = !given(p[D_INDENT]) && !given(p[D_SEPARATORS]) && !given(p[D_DEFAULT]);
    for (size_t k = 0; k < sizeof flags / sizeof *flags && *out; k++) {
        bool truth;
        if (!option_flag(r, p[flags[k].slot], flags[k].dflt, &truth)) return false;
        *out = truth == flags[k].dflt;
    }
    return true;
}

// ---- JSONEncoder ----
// encoder.py's class, made when json is imported: its methods are built-ins that keep the
// options in the instance's attributes, so that a subclass may override default() or encode()
// and json.dumps(obj, cls=...) goes through them. iterencode() is not provided.

enum {
    E_SKIPKEYS, E_ENSURE_ASCII, E_CHECK_CIRCULAR, E_ALLOW_NAN, E_SORT_KEYS, E_INDENT,
    E_SEPARATORS, E_DEFAULT, E_COUNT
};
static const char *const encoder_names[E_COUNT] = {
    "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent",
    "separators", "default",
};
static const PySig encoder_init_sig = {"JSONEncoder.__init__", encoder_names, E_COUNT, 0, true};

static bool set_attr(Run *r, Value self, const char *name, Value v) {
    if (!gc_push_root(r, v)) return false;  // v may be held only by the caller
    Obj *key = str_from_cstr(r, name);
    bool ok = key && ops_setattr(r, self, key, v);
    gc_pop_roots(r, 1);
    return ok;
}

// JSONEncoder.__init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
//                      allow_nan=True, sort_keys=False, indent=None, separators=None, default=None)
static bool encoder_init(Run *r, Value self, const Args *a, Value *out) {
    Value p[E_COUNT];
    const ObjStr *unexpected;
    if (!sig_bind(r, a, &encoder_init_sig, p, &unexpected)) return false;
    static const bool truth[E_INDENT] = {false, true, true, true, false};
    for (int k = 0; k < E_INDENT; k++) {
        if (!set_attr(r, self, encoder_names[k], is_undef(p[k]) ? v_bool(truth[k]) : p[k])) return false;
    }
    if (!set_attr(r, self, "indent", is_undef(p[E_INDENT]) ? v_none() : p[E_INDENT])) return false;
    *out = v_none();
    if (given(p[E_SEPARATORS])) {
        Value item, key;
        if (!unpack2(r, p[E_SEPARATORS], &item, &key)) {
            LIBFRAMES_ADD(r, LF_JSON_ENCODER_INIT_SEPARATORS);
            return false;
        }
        if (!gc_push_root(r, item) || !gc_push_root(r, key)) return false;
        bool ok = set_attr(r, self, "item_separator", item) && set_attr(r, self, "key_separator", key);
        gc_pop_roots(r, 2);
        if (!ok) return false;
    } else if (given(p[E_INDENT]) && !set_attr(r, self, "item_separator", v_obj(str_ascii_char(',')))) {
        return false;
    }
    return !given(p[E_DEFAULT]) || set_attr(r, self, "default", p[E_DEFAULT]);
}

static bool encoder_default(Run *r, Value self, const Args *a, Value *out);
STATIC_METHOD(encoder_init_fn, "__init__", encoder_init)
STATIC_METHOD(encoder_default_fn, "default", encoder_default)

static const char *const encoder_o_name[] = {"o"};
static const PySig encoder_default_sig = {"JSONEncoder.default", encoder_o_name, 1, 1, true};
static const PySig encoder_encode_sig = {"JSONEncoder.encode", encoder_o_name, 1, 1, true};

// JSONEncoder.default(o): what an object json cannot write gives, unless a subclass says
static bool encoder_default(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)out;
    Value o;
    const ObjStr *unexpected;
    if (!sig_bind(r, a, &encoder_default_sig, &o, &unexpected)) return false;
    const char *name = value_type_name(o), *dot = strrchr(name, '.');
    exc_raise(r, &exc_TypeError, "Object of type %s is not JSON serializable", dot ? dot + 1 : name);
    LIBFRAMES_ADD(r, LF_JSON_DEFAULT);
    return false;
}

// self.<name>, rooted (a default() may rebind the attribute while the encode runs).
static bool encoder_attr(Run *r, Value self, const char *name, Value *out) {
    return ops_getattr_cstr(r, self, name, out) && gc_push_root(r, *out);
}

// The dumps options the encoder's attributes give; *pushed counts what was rooted.
static bool encoder_options(Run *r, Value self, Value *p, Value *seps, uint32_t *pushed) {
    static const struct { uint8_t slot; const char *name; } attrs[] = {
        {D_SKIPKEYS, "skipkeys"}, {D_ENSURE_ASCII, "ensure_ascii"}, {D_CHECK_CIRCULAR, "check_circular"},
        {D_ALLOW_NAN, "allow_nan"}, {D_SORT_KEYS, "sort_keys"}, {D_INDENT, "indent"}, {D_DEFAULT, "default"},
    };
    for (size_t k = 0; k < sizeof attrs / sizeof *attrs; k++, ++*pushed) {
        if (!encoder_attr(r, self, attrs[k].name, &p[attrs[k].slot])) return false;
    }
    Value d = p[D_DEFAULT];  // the built-in default: the encoder raises as encoder.py does
    if (d.tag == VAL_OBJ && d.as.obj->type == &type_builtin && ((ObjBuiltin *)d.as.obj)->def == &encoder_default_fn_def) {
        p[D_DEFAULT] = v_undef();
    }
    if (!encoder_attr(r, self, "item_separator", &seps[0])) return false;
    ++*pushed;
    if (!encoder_attr(r, self, "key_separator", &seps[1])) return false;
    ++*pushed;
    return true;
}

// JSONEncoder.encode(o): the JSON text of o
static bool encoder_encode(Run *r, Value self, const Args *a, Value *out) {
    Value p[D_COUNT], seps[2];
    const ObjStr *unexpected;
    if (!sig_bind(r, a, &encoder_encode_sig, p, &unexpected)) return false;
    for (int k = 1; k < D_COUNT; k++) p[k] = v_undef();
    uint32_t pushed = 0;
    bool ok = encoder_options(r, self, p, seps, &pushed);
    if (ok && is_str(p[D_OBJ])) {
        bool ascii;
        ok = ops_truthy(r, p[D_ENSURE_ASCII], &ascii) && dumps_str(r, p[D_OBJ], ascii, out);
    } else if (ok) {
        ok = dumps_encode(r, p, seps, out);
    }
    gc_pop_roots(r, pushed);
    return ok;
}

STATIC_METHOD(encoder_encode_fn, "encode", encoder_encode)

static bool ns_set(Run *r, Obj *ns, const char *key, Value v) {
    if (!gc_push_root(r, v)) return false;  // v may be held only by the caller
    Obj *k = str_from_cstr(r, key);
    bool ok = k && dict_set(r, ns, v_obj(k), v);
    gc_pop_roots(r, 1);
    return ok;
}

// A namespace for a class of json's own: __module__ and the built-in methods.
static Obj *json_class_namespace(Run *r, const char *module, const ObjBuiltin *const *methods, size_t n) {
    Obj *ns = dict_new(r);
    if (!ns || !gc_push_root(r, v_obj(ns))) return NULL;
    Obj *mod = str_from_cstr(r, module);
    bool ok = mod && ns_set(r, ns, "__module__", v_obj(mod));
    for (size_t k = 0; ok && k < n; k++) ok = ns_set(r, ns, methods[k]->def->name, v_obj((Obj *)&methods[k]->base));
    gc_pop_roots(r, 1);
    return ok ? ns : NULL;
}

// module.<name> = class name: with the namespace ns (rooted by the caller)
static bool json_add_class(Run *r, Obj *module, const char *name, Obj *ns) {
    Value cls;
    return module_add_class(r, module, name, v_obj((Obj *)&type_object), ns, &cls);
}

// class JSONEncoder: with the built-in methods and the default separators
static bool json_make_encoder_class(Run *r, Obj *module) {
    const ObjBuiltin *const methods[] = {&encoder_init_fn, &encoder_default_fn, &encoder_encode_fn};
    Obj *ns = json_class_namespace(r, "json.encoder", methods, sizeof methods / sizeof *methods);
    if (!ns || !gc_push_root(r, v_obj(ns))) return false;
    Obj *item = str_from_cstr(r, ", ");
    bool ok = item && ns_set(r, ns, "item_separator", v_obj(item));
    Obj *key = ok ? str_from_cstr(r, ": ") : NULL;
    ok = key && ns_set(r, ns, "key_separator", v_obj(key)) && json_add_class(r, module, "JSONEncoder", ns);
    gc_pop_roots(r, 1);
    return ok;
}

// json.dumps(obj, cls=C, ...): C(skipkeys=..., ..., **kw).encode(obj), every option passed on
static bool dumps_with_cls(Run *r, const Args *a, const Value *p, Value *out) {
    static const struct { uint8_t slot; const char *name; Value dflt; } opts[] = {
        {D_SKIPKEYS, "skipkeys", {.tag = VAL_BOOL, .as.b = false}},
        {D_ENSURE_ASCII, "ensure_ascii", {.tag = VAL_BOOL, .as.b = true}},
        {D_CHECK_CIRCULAR, "check_circular", {.tag = VAL_BOOL, .as.b = true}},
        {D_ALLOW_NAN, "allow_nan", {.tag = VAL_BOOL, .as.b = true}},
        {D_INDENT, "indent", {.tag = VAL_NONE}}, {D_SEPARATORS, "separators", {.tag = VAL_NONE}},
        {D_DEFAULT, "default", {.tag = VAL_NONE}}, {D_SORT_KEYS, "sort_keys", {.tag = VAL_BOOL, .as.b = false}},
    };
    enum { N_OPTS = sizeof opts / sizeof *opts, MAX_KW = 40 };
    Obj *names[MAX_KW];
    Value vals[MAX_KW];
    uint32_t n = 0;
    for (uint32_t k = 0; k < N_OPTS; k++, n++) {
        names[n] = str_from_cstr(r, opts[k].name);
        if (!names[n] || !gc_push_root(r, v_obj(names[n]))) {
            gc_pop_roots(r, n);
            return false;
        }
        vals[n] = is_undef(p[opts[k].slot]) ? opts[k].dflt : p[opts[k].slot];
    }
    for (uint32_t k = 0; k < a->nkw; k++) {  // **kw: what dumps itself does not name
        if (sig_find(dumps_names, D_COUNT, (const ObjStr *)a->kwnames[k]) >= 0) continue;
        if (n == MAX_KW) {
            gc_pop_roots(r, N_OPTS);
            return exc_raise(r, &exc_TypeError, "dumps(): moat passes at most %d keywords to cls", MAX_KW);
        }
        names[n] = a->kwnames[k];
        vals[n++] = a->kwvalues[k];
    }
    Args init = {NULL, 0, n, vals, (Obj *const *)names};
    Value enc, encode;
    bool ok = vm_call(r, p[D_CLS], &init, &enc);
    gc_pop_roots(r, N_OPTS);
    if (!ok) {
        if (!r->abort) LIBFRAMES_ADD(r, LF_JSON_DUMPS_ENCODER_INIT);
        return false;
    }
    if (!gc_push_root(r, enc)) return false;
    ok = ops_getattr_cstr(r, enc, "encode", &encode) && gc_push_root(r, encode);
    if (ok) {
        Args call = {(Value *)&p[D_OBJ], 1, 0, NULL, NULL};
        ok = vm_call(r, encode, &call, out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    if (!ok && !r->abort) LIBFRAMES_ADD(r, LF_JSON_DUMPS_CUSTOM);
    return ok;
}

// json.dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
//            cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw)
static bool json_dumps(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value p[D_COUNT];
    const ObjStr *unexpected;
    if (!sig_bind(r, a, &dumps_sig, p, &unexpected)) return false;
    if (given(p[D_CLS])) return dumps_with_cls(r, a, p, out);
    if (unexpected) {
        raise_unexpected_keyword(r, dumps_sig.kw_owner, unexpected, dumps_sig.kw_params,
                                 dumps_sig.kw_params_count);
        LIBFRAMES_ADD(r, LF_JSON_DUMPS_ENCODER_INIT);
        return false;
    }
    Value seps[2] = {v_undef(), v_undef()};
    if (given(p[D_SEPARATORS]) && !unpack2(r, p[D_SEPARATORS], &seps[0], &seps[1])) {
        LIBFRAMES_ADD(r, LF_JSON_ENCODER_INIT_SEPARATORS, LF_JSON_DUMPS_ENCODER_INIT);
        return false;
    }
    bool shortcut;
    if (!dumps_is_default(r, p, &shortcut)) return false;
    if (!gc_push_root(r, seps[0]) || !gc_push_root(r, seps[1])) return false;
    bool ok;
    if (is_str(p[D_OBJ])) {
        bool ascii;
        ok = option_flag(r, p[D_ENSURE_ASCII], true, &ascii) && dumps_str(r, p[D_OBJ], ascii, out);
    } else {
        ok = dumps_encode(r, p, seps, out);
    }
    gc_pop_roots(r, 2);
    if (!ok) LIBFRAMES_ADD(r, shortcut ? LF_JSON_DUMPS : LF_JSON_DUMPS_CUSTOM);
    return ok;
}

// ---- loads ----

enum {
    L_S, L_CLS, L_OBJECT_HOOK, L_PARSE_FLOAT, L_PARSE_INT, L_PARSE_CONSTANT, L_PAIRS_HOOK,
    L_COUNT, L_STRICT = L_COUNT, L_ALL
};
static const char *const loads_names[L_COUNT] = {
    "s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook",
};
static const char *const loads_kw_accept[] = {"strict"};
static const char *const decoder_params[] = {
    "self", "object_hook", "parse_float", "parse_int", "parse_constant", "strict",
    "object_pairs_hook",
};
static const PySig loads_sig = {
    "loads", loads_names, L_COUNT, 1, false, "JSONDecoder.__init__", loads_kw_accept, 1,
    decoder_params, sizeof decoder_params / sizeof *decoder_params,
};

// A `parse_* or default` hook of JSONDecoder: undef (the built-in) when None or false.
static bool loads_parse_hook(Run *r, Value v, Value *out) {
    *out = v_undef();
    bool truth;
    if (!given(v)) return true;
    if (!ops_truthy(r, v, &truth)) return false;
    if (truth) *out = v;
    return true;
}

// The document as a str: str as is (a UTF-8 BOM refused), bytes decoded as json.loads does.
static bool loads_document(Run *r, Value s, Value *doc) {
    if (is_str(s)) {
        if (as_str(s)->len >= 3 && memcmp(as_str(s)->data, "\xEF\xBB\xBF", 3) == 0) {
            mod_json_raise_decode_error(r, "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                        s.as.obj, 0);
            LIBFRAMES_ADD(r, LF_JSON_LOADS_BOM);
            return false;
        }
        *doc = s;
        return true;
    }
    if (is_bytes(s)) {
        if (mod_json_decode_bytes(r, s, doc)) return true;
        LIBFRAMES_ADD(r, LF_JSON_LOADS_BYTES);
        return false;
    }
    if (is_bytearray(s)) {
        Obj *copy = bytearray_snapshot(r, s);
        if (!copy || !gc_push_root(r, v_obj(copy))) return false;
        bool ok = mod_json_decode_bytes(r, v_obj(copy), doc);
        gc_pop_roots(r, 1);
        if (!ok && !r->abort) LIBFRAMES_ADD(r, LF_JSON_LOADS_BYTES);
        return ok;
    }
    exc_raise(r, &exc_TypeError, "the JSON object must be str, bytes or bytearray, not %s",
              value_type_name(s));
    LIBFRAMES_ADD(r, LF_JSON_LOADS_TYPE);
    return false;
}

// Whether json.loads takes its shortcut through the module's default decoder: no hook and
// no keyword for JSONDecoder given.
static bool loads_is_default(const Value *p) {
    for (int k = L_OBJECT_HOOK; k < L_COUNT; k++) {
        if (given(p[k])) return false;
    }
    return is_undef(p[L_STRICT]);
}

// ---- JSONDecoder ----
// decoder.py's class, made when json is imported, like JSONEncoder: __init__ keeps the hooks in
// attributes, decode() reads them back, so a subclass may set them (or override decode) and
// json.loads(s, cls=...) goes through it. raw_decode() is not provided, and parse_constant
// stays None when not given (CPython keeps a dict's __getitem__ there).

enum { DC_OBJECT_HOOK, DC_PARSE_FLOAT, DC_PARSE_INT, DC_PARSE_CONSTANT, DC_STRICT, DC_PAIRS_HOOK, DC_COUNT };
static const char *const decoder_names[DC_COUNT] = {
    "object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook",
};
static const PySig decoder_init_sig = {"JSONDecoder.__init__", decoder_names, DC_COUNT, 0, true};
static const char *const decoder_s_name[] = {"s"};
static const PySig decoder_decode_sig = {"JSONDecoder.decode", decoder_s_name, 1, 1, true};

// `hook or fallback`
static bool hook_or(Run *r, Value hook, Value fallback, Value *out) {
    bool truth = false;
    if (!is_undef(hook) && !ops_truthy(r, hook, &truth)) return false;
    *out = truth ? hook : fallback;
    return true;
}

// JSONDecoder.__init__(self, *, object_hook=None, parse_float=None, parse_int=None,
//                      parse_constant=None, strict=True, object_pairs_hook=None)
static bool decoder_init(Run *r, Value self, const Args *a, Value *out) {
    Value p[DC_COUNT], pf, pi, pc;
    const ObjStr *unexpected;
    if (!sig_bind(r, a, &decoder_init_sig, p, &unexpected)) return false;
    *out = v_none();
    return set_attr(r, self, "object_hook", is_undef(p[DC_OBJECT_HOOK]) ? v_none() : p[DC_OBJECT_HOOK]) &&
           hook_or(r, p[DC_PARSE_FLOAT], v_obj((Obj *)&type_float), &pf) && set_attr(r, self, "parse_float", pf) &&
           hook_or(r, p[DC_PARSE_INT], v_obj((Obj *)&type_int), &pi) && set_attr(r, self, "parse_int", pi) &&
           hook_or(r, p[DC_PARSE_CONSTANT], v_none(), &pc) && set_attr(r, self, "parse_constant", pc) &&
           set_attr(r, self, "strict", is_undef(p[DC_STRICT]) ? v_bool(true) : p[DC_STRICT]) &&
           set_attr(r, self, "object_pairs_hook", is_undef(p[DC_PAIRS_HOOK]) ? v_none() : p[DC_PAIRS_HOOK]);
}

// A hook attribute as the decoder takes it: undef for None and for the built-in conversion.
static bool decoder_hook(Run *r, Value self, const char *name, const ObjType *builtin, Value *out, uint32_t *pushed) {
    if (!ops_getattr_cstr(r, self, name, out) || !gc_push_root(r, *out)) return false;
    ++*pushed;
    if (is_none(*out) || (builtin && out->tag == VAL_OBJ && out->as.obj == &builtin->base)) *out = v_undef();
    return true;
}

// JSONDecoder.decode(s): the value of the JSON document s (a str)
static bool decoder_decode(Run *r, Value self, const Args *a, Value *out) {
    Value s, strict;
    const ObjStr *unexpected;
    if (!sig_bind(r, a, &decoder_decode_sig, &s, &unexpected)) return false;
    if (is_bytes(s) || is_bytearray(s)) {
        return exc_raise(r, &exc_TypeError, "cannot use a string pattern on a bytes-like object");
    }
    if (!is_str(s)) {
        return exc_raise(r, &exc_TypeError, "expected string or bytes-like object, got '%s'", value_type_name(s));
    }
    JsonDecodeOptions o = {0};
    uint32_t pushed = 0;
    bool ok = decoder_hook(r, self, "object_hook", NULL, &o.object_hook, &pushed) &&
              decoder_hook(r, self, "object_pairs_hook", NULL, &o.object_pairs_hook, &pushed) &&
              decoder_hook(r, self, "parse_float", &type_float, &o.parse_float, &pushed) &&
              decoder_hook(r, self, "parse_int", &type_int, &o.parse_int, &pushed) &&
              decoder_hook(r, self, "parse_constant", NULL, &o.parse_constant, &pushed) &&
              ops_getattr_cstr(r, self, "strict", &strict) && ops_truthy(r, strict, &o.strict) &&
              mod_json_decode(r, &o, s.as.obj, out);
    gc_pop_roots(r, pushed);
    return ok;
}

STATIC_METHOD(decoder_init_fn, "__init__", decoder_init)
STATIC_METHOD(decoder_decode_fn, "decode", decoder_decode)

static bool json_make_decoder_class(Run *r, Obj *module) {
    const ObjBuiltin *const methods[] = {&decoder_init_fn, &decoder_decode_fn};
    Obj *ns = json_class_namespace(r, "json.decoder", methods, sizeof methods / sizeof *methods);
    if (!ns || !gc_push_root(r, v_obj(ns))) return false;
    bool ok = json_add_class(r, module, "JSONDecoder", ns);
    gc_pop_roots(r, 1);
    return ok;
}

// json.loads(s, cls=C, ...): C(**kw).decode(s), with the hooks that were given in kw
static bool loads_with_cls(Run *r, const Args *a, const Value *p, Value doc, Value *out) {
    enum { MAX_KW = 40 };
    static const struct { uint8_t slot; const char *name; } hooks[] = {
        {L_OBJECT_HOOK, "object_hook"}, {L_PAIRS_HOOK, "object_pairs_hook"}, {L_PARSE_FLOAT, "parse_float"},
        {L_PARSE_INT, "parse_int"}, {L_PARSE_CONSTANT, "parse_constant"},
    };
    Obj *names[MAX_KW];
    Value vals[MAX_KW];
    uint32_t n = 0, rooted = 0;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->nkw; k++) {  // **kw: what loads itself does not name
        if (sig_find(loads_names, L_COUNT, (const ObjStr *)a->kwnames[k]) >= 0) continue;
        ok = n < MAX_KW || exc_raise(r, &exc_TypeError, "loads(): moat passes at most %d keywords to cls", MAX_KW);
        if (!ok) break;
        names[n] = a->kwnames[k];
        vals[n++] = a->kwvalues[k];
    }
    for (size_t k = 0; ok && k < sizeof hooks / sizeof *hooks; k++) {
        if (!given(p[hooks[k].slot])) continue;
        names[n] = str_from_cstr(r, hooks[k].name);
        ok = names[n] && gc_push_root(r, v_obj(names[n]));
        if (!ok) break;
        rooted++;
        vals[n++] = p[hooks[k].slot];
    }
    Value dec, decode;
    if (ok) {
        Args init = {NULL, 0, n, vals, (Obj *const *)names};
        ok = vm_call(r, p[L_CLS], &init, &dec);
        if (!ok && !r->abort) LIBFRAMES_ADD(r, LF_JSON_LOADS_DECODER_INIT);
    }
    gc_pop_roots(r, rooted);
    if (!ok || !gc_push_root(r, dec)) return false;
    ok = ops_getattr_cstr(r, dec, "decode", &decode) && gc_push_root(r, decode);
    if (ok) {
        Args call = {&doc, 1, 0, NULL, NULL};
        ok = vm_call(r, decode, &call, out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    if (!ok && !r->abort) LIBFRAMES_ADD(r, LF_JSON_LOADS_CUSTOM);
    return ok;
}

// json.loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
//            parse_constant=None, object_pairs_hook=None, **kw)
static bool json_loads(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value p[L_ALL], doc;
    const ObjStr *unexpected;
    if (!sig_bind(r, a, &loads_sig, p, &unexpected)) return false;
    if (!loads_document(r, p[L_S], &doc)) return false;
    if (given(p[L_CLS])) {
        if (!gc_push_root(r, doc)) return false;
        bool ok = loads_with_cls(r, a, p, doc, out);
        gc_pop_roots(r, 1);
        return ok;
    }
    if (unexpected) {
        raise_unexpected_keyword(r, loads_sig.kw_owner, unexpected, loads_sig.kw_params,
                                 loads_sig.kw_params_count);
        LIBFRAMES_ADD(r, LF_JSON_LOADS_DECODER_INIT);
        return false;
    }
    if (!gc_push_root(r, doc)) return false;
    JsonDecodeOptions o = {
        .object_hook = given(p[L_OBJECT_HOOK]) ? p[L_OBJECT_HOOK] : v_undef(),
        .object_pairs_hook = given(p[L_PAIRS_HOOK]) ? p[L_PAIRS_HOOK] : v_undef(),
    };
    bool ok = loads_parse_hook(r, p[L_PARSE_FLOAT], &o.parse_float) &&
              loads_parse_hook(r, p[L_PARSE_INT], &o.parse_int) &&
              loads_parse_hook(r, p[L_PARSE_CONSTANT], &o.parse_constant) &&
              option_flag(r, p[L_STRICT], true, &o.strict) &&
              mod_json_decode(r, &o, doc.as.obj, out);
    gc_pop_roots(r, 1);
    if (!ok) LIBFRAMES_ADD(r, loads_is_default(p) ? LF_JSON_LOADS : LF_JSON_LOADS_CUSTOM);
    return ok;
}

// ---- the module ----

STATIC_BUILTIN("dumps", json_dumps, 0)
STATIC_BUILTIN("loads", json_loads, 0)

bool mod_json_init(Run *r, Obj *module) {
    return module_set(r, module, "dumps", v_obj((Obj *)&obj_json_dumps)) &&
           module_set(r, module, "loads", v_obj((Obj *)&obj_json_loads)) &&
           module_set(r, module, "JSONDecodeError", v_obj((Obj *)&mod_json_decode_error)) &&
           json_make_encoder_class(r, module) && json_make_decoder_class(r, module);
}
