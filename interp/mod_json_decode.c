// json.loads's engine: CPython's C scanner (Modules/_json.c) with its values, messages and
// error positions, over an explicit stack of open arrays and objects instead of C recursion.
// It reads the str's UTF-8 and reports byte offsets; mod_json_raise_decode_error turns them
// into CPython's code point positions.
#include "interp/mod_json_decode.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_json.h"
#include "interp/numfmt_parse.h"
#include "interp/obj_dict.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_int_methods.h"
#include "interp/obj_bytes.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_str_codec.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

typedef struct DecFrame {
    Value container;  // list (array), dict (object), or the pairs list for object_pairs_hook
    Value key;        // object: the key whose value is being read
    bool object;
} DecFrame;

// The open containers live in a heap object so that the collector sees them (a hook may run
// a collection); `value` roots the value on its way into its container.
typedef struct DecStack {
    Obj base;
    DecFrame *frames;
    size_t depth, cap;
    Value value;
} DecStack;

static void dec_stack_trace(Run *r, Obj *o) {
    DecStack *st = (DecStack *)o;
    for (size_t k = 0; k < st->depth; k++) {
        gc_mark_value(r, st->frames[k].container);
        gc_mark_value(r, st->frames[k].key);
    }
    gc_mark_value(r, st->value);
}

static void dec_stack_free(Run *r, Obj *o) {
    DecStack *st = (DecStack *)o;
    if (st->frames) mem_free(r, st->frames, st->cap * sizeof *st->frames);
    st->frames = NULL;
    st->depth = st->cap = 0;
}

// Never seen by Python code: only the collector looks at it.
static const ObjType dec_stack_type = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "json decoder stack",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.trace = dec_stack_trace, .free = dec_stack_free},
};

typedef struct Dec {
    Run *r;
    const JsonDecodeOptions *o;
    Obj *doc;
    const char *s;
    size_t n;
    DecStack *st;
    bool no_value;  // the error is "Expecting value": CPython's scanner raised StopIteration
} Dec;

enum { DEC_ERROR, DEC_VALUE, DEC_OPENED, DEC_NEXT, DEC_CLOSED };

static bool dec_error(Dec *d, const char *msg, size_t at) {
    return mod_json_raise_decode_error(d->r, msg, d->doc, at);
}

static int dec_fail(Dec *d, const char *msg, size_t at) {
    dec_error(d, msg, at);
    return DEC_ERROR;
}

// No value starts at `at`: CPython's C scanner raises StopIteration there, which
// JSONDecoder.raw_decode turns into JSONDecodeError.
static int dec_no_value(Dec *d, size_t at) {
    d->no_value = true;
    return dec_fail(d, "Expecting value", at);
}

// JSON whitespace is these four only.
static bool is_ws(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t skip_ws(const Dec *d, size_t i) {
    while (i < d->n && is_ws(d->s[i])) i++;
    return i;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// ---- strings ----

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Four hex digits at s[i..i+4) (the caller checked they exist); false on any other byte.
static bool hex4(const char *s, size_t i, uint32_t *out) {
    uint32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = hex_value(s[i + k]);
        if (h < 0) return false;
        v = (v << 4) | (uint32_t)h;
    }
    *out = v;
    return true;
}

// A code point as UTF-8; surrogates in their 3-byte form, as moat's str keeps them.
static bool put_utf8(Buf *b, uint32_t cp) {
    char t[4];
    size_t n;
    if (cp < 0x80) {
        t[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return buf_append(b, t, n);
}

// A \uXXXX escape whose 'u' is at s[*i]: the code point, joined with a following \uXXXX low
// surrogate when it is a high one; *i moves past what was used. CPython's conditions and
// positions: every failure is "Invalid \uXXXX escape" at the offending 'u'.
static bool scan_u_escape(Dec *d, size_t *i, uint32_t *cp) {
    const char *s = d->s;
    size_t u = *i;
    if (u + 5 >= d->n || !hex4(s, u + 1, cp)) return dec_error(d, "Invalid \\uXXXX escape", u);
    size_t next = u + 5;
    bool high = *cp >= 0xD800 && *cp <= 0xDBFF;
    if (high && next + 6 < d->n && s[next] == '\\' && s[next + 1] == 'u') {
        uint32_t low;
        if (!hex4(s, next + 2, &low)) return dec_error(d, "Invalid \\uXXXX escape", next + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
            *cp = 0x10000 + (((*cp - 0xD800) << 10) | (low - 0xDC00));
            next += 6;
        }
    }
    *i = next;
    return true;
}

// One escape after the backslash at s[*i - 1]; *i moves past it.
static bool scan_escape(Dec *d, Buf *b, size_t *i) {
    char c = d->s[*i], out;
    switch (c) {
    case '"': case '\\': case '/': out = c; break;
    case 'b': out = '\b'; break;
    case 'f': out = '\f'; break;
    case 'n': out = '\n'; break;
    case 'r': out = '\r'; break;
    case 't': out = '\t'; break;
    case 'u': {
        uint32_t cp;
        return scan_u_escape(d, i, &cp) && put_utf8(b, cp);
    }
    default: return dec_error(d, "Invalid \\escape", *i - 1);
    }
    ++*i;
    return buf_append_char(b, out);
}

// The string whose opening quote is s[begin]: a new str in *out, *end past the closing quote.
// Text without escapes is copied in one piece; escapes build it in a Buf.
static bool scan_string(Dec *d, size_t begin, Value *out, size_t *end) {
    const char *s = d->s;
    size_t i = begin + 1, chunk = i;
    Buf b;
    bool buffered = false, ok = false;
    for (;;) {
        while (i < d->n && s[i] != '"' && s[i] != '\\') {
            if ((unsigned char)s[i] < 0x20 && d->o->strict) {
                dec_error(d, "Invalid control character at", i);
                goto done;
            }
            i++;
        }
        if (i >= d->n) {
            dec_error(d, "Unterminated string starting at", begin);
            goto done;
        }
        if (!buffered) {
            if (s[i] == '"') break;
            buf_init(&b, d->r);
            buffered = true;
        }
        if (!buf_append(&b, s + chunk, i - chunk)) goto done;
        if (s[i] == '"') break;
        if (++i == d->n) {
            dec_error(d, "Unterminated string starting at", begin);
            goto done;
        }
        if (!scan_escape(d, &b, &i)) goto done;
        chunk = i;
    }
    Obj *str = buffered ? buf_to_str(&b) : str_new(d->r, s + chunk, i - chunk);
    buffered = false;  // buf_to_str released it
    if (str) {
        *out = v_obj(str);
        *end = i + 1;
        ok = true;
    }
done:
    if (buffered) buf_fini(&b);
    return ok;
}

// ---- numbers and constants ----

// hook(text) for s[start..end).
static bool call_hook(Dec *d, Value hook, size_t start, size_t end, Value *out) {
    Obj *text = str_new(d->r, d->s + start, end - start);
    if (!text || !gc_push_root(d->r, v_obj(text))) return false;
    Value arg = v_obj(text);
    Args a = {.pos = &arg, .npos = 1};
    bool ok = vm_call(d->r, hook, &a, out);
    gc_pop_roots(d->r, 1);
    return ok;
}

static bool is_builtin(Value hook, const ObjType *t) {
    return is_undef(hook) || (is_obj(hook) && hook.as.obj == &t->base);
}

// int(text) or float(text) of a matched number s[start..end), or the hook's result.
static bool dec_number(Dec *d, size_t start, size_t end, bool is_float, Value *out) {
    const char *s = d->s + start;
    size_t len = end - start;
    if (is_float) {
        if (!is_builtin(d->o->parse_float, &type_float)) {
            return call_hook(d, d->o->parse_float, start, end, out);
        }
        double x = 0;
        (void)numfmt_float_parse(s, len, &x);  // the scanner matched valid syntax
        *out = v_float(x);
        return true;
    }
    if (!is_builtin(d->o->parse_int, &type_int)) {
        return call_hook(d, d->o->parse_int, start, end, out);
    }
    bool neg = s[0] == '-';
    if (len - neg <= 18) {
        int64_t v = 0;
        for (size_t k = neg; k < len; k++) v = v * 10 + (s[k] - '0');
        *out = v_int(neg ? -v : v);
        return true;
    }
    // big ints, with CPython's 4300-digit limit on int(text)
    return int_parse(d->r, v_none(), s, len, 10, false, out);
}

// A number at s[start], matched as CPython's _match_number_unicode does (backing off a
// dangling '.' or exponent); *matched false when there is none.
static bool scan_number(Dec *d, size_t start, Value *out, size_t *end, bool *matched) {
    const char *s = d->s;
    size_t n = d->n, i = start;
    *matched = false;
    if (s[i] == '-' && ++i >= n) return true;
    if (s[i] >= '1' && s[i] <= '9') {
        while (++i < n && is_digit(s[i])) {}
    } else if (s[i] == '0') {
        i++;
    } else {
        return true;
    }
    bool is_float = false;
    if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
        is_float = true;
        for (i += 2; i < n && is_digit(s[i]); i++) {}
    }
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t e_start = i++;
        if (i + 1 < n && (s[i] == '-' || s[i] == '+')) i++;
        while (i < n && is_digit(s[i])) i++;
        if (is_digit(s[i - 1])) is_float = true;
        else i = e_start;
    }
    *matched = true;
    *end = i;
    return dec_number(d, start, i, is_float, out);
}

static bool dec_constant(Dec *d, size_t start, size_t len, double x, Value *out) {
    if (!is_undef(d->o->parse_constant)) {
        return call_hook(d, d->o->parse_constant, start, start + len, out);
    }
    *out = v_float(isnan(x) ? float_nan_with_id(x, FLOAT_NAN_JSON) : x);
    return true;
}

// ---- containers ----

// guard: nesting past MOD_JSON_MAX_DEPTH
static bool dec_check_depth(Dec *d, const char *what) {
    if (d->st->depth < MOD_JSON_MAX_DEPTH) return true;
    return exc_raise(d->r, &exc_RecursionError,
                     "maximum recursion depth exceeded while decoding a JSON %s from a unicode "
                     "string", what);
}

static DecFrame *dec_push(Dec *d, Value container, bool object) {
    DecStack *st = d->st;
    if (st->depth == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 16;
        DecFrame *f = mem_realloc(d->r, st->frames, st->cap * sizeof *f, cap * sizeof *f);
        if (!f) return NULL;
        st->frames = f;
        st->cap = cap;
    }
    DecFrame *f = &st->frames[st->depth++];
    *f = (DecFrame){.container = container, .key = v_undef(), .object = object};
    return f;
}

// An object's key and ':' at s[*i]; *i moves to where its value starts.
static bool dec_key(Dec *d, size_t *i) {
    if (*i >= d->n || d->s[*i] != '"') {
        return dec_error(d, "Expecting property name enclosed in double quotes", *i);
    }
    Value key;
    if (!scan_string(d, *i, &key, i)) return false;
    d->st->frames[d->st->depth - 1].key = key;
    *i = skip_ws(d, *i);
    if (*i >= d->n || d->s[*i] != ':') return dec_error(d, "Expecting ':' delimiter", *i);
    *i = skip_ws(d, *i + 1);
    return true;
}

// A finished object (dict or pairs list, rooted by the caller) through the hooks.
static bool dec_finish_object(Dec *d, Value obj, Value *out) {
    Value hook = !is_undef(d->o->object_pairs_hook) ? d->o->object_pairs_hook : d->o->object_hook;
    if (is_undef(hook)) {
        *out = obj;
        return true;
    }
    Args a = {.pos = &obj, .npos = 1};
    return vm_call(d->r, hook, &a, out);
}

static int dec_open_array(Dec *d, size_t *idx, Value *v) {
    if (!dec_check_depth(d, "array")) return DEC_ERROR;
    size_t i = skip_ws(d, *idx + 1);
    Obj *list = list_new(d->r, 0);
    if (!list) return DEC_ERROR;
    *v = v_obj(list);
    if (i < d->n && d->s[i] == ']') {
        *idx = i + 1;
        return DEC_VALUE;
    }
    *idx = i;
    return dec_push(d, *v, false) ? DEC_OPENED : DEC_ERROR;
}

static int dec_open_object(Dec *d, size_t *idx, Value *v) {
    if (!dec_check_depth(d, "object")) return DEC_ERROR;
    size_t i = skip_ws(d, *idx + 1);
    Obj *c = is_undef(d->o->object_pairs_hook) ? dict_new(d->r) : list_new(d->r, 0);
    if (!c) return DEC_ERROR;
    if (i < d->n && d->s[i] == '}') {
        d->st->value = v_obj(c);
        *idx = i + 1;
        return dec_finish_object(d, v_obj(c), v) ? DEC_VALUE : DEC_ERROR;
    }
    if (!dec_push(d, v_obj(c), true) || !dec_key(d, &i)) return DEC_ERROR;
    *idx = i;
    return DEC_OPENED;
}

static bool word_at(const Dec *d, size_t i, const char *w, size_t len) {
    return i + len <= d->n && memcmp(d->s + i, w, len) == 0;
}

// null, true, false: *v and *idx set when one starts at *idx.
static bool dec_word(Dec *d, size_t *idx, Value *v) {
    static const char *const words[] = {"null", "true", "false"};
    const Value vals[] = {v_none(), v_bool(true), v_bool(false)};
    for (int k = 0; k < 3; k++) {
        size_t len = strlen(words[k]);
        if (!word_at(d, *idx, words[k], len)) continue;
        *v = vals[k];
        *idx += len;
        return true;
    }
    return false;
}

// The value at s[*idx]: a scalar (DEC_VALUE, *idx past it) or an opened container
// (DEC_OPENED, *idx where its first value starts).
static int dec_value(Dec *d, size_t *idx, Value *v) {
    static const char *const constants[] = {"NaN", "Infinity", "-Infinity"};
    const double values[] = {__builtin_nan(""), __builtin_inf(), -__builtin_inf()};
    size_t i = *idx;
    if (i >= d->n) return dec_no_value(d, i);
    if (d->s[i] == '"') return scan_string(d, i, v, idx) ? DEC_VALUE : DEC_ERROR;
    if (d->s[i] == '{') return dec_open_object(d, idx, v);
    if (d->s[i] == '[') return dec_open_array(d, idx, v);
    if (dec_word(d, idx, v)) return DEC_VALUE;
    for (int k = 0; k < 3; k++) {
        size_t len = strlen(constants[k]);
        if (!word_at(d, i, constants[k], len)) continue;
        *idx = i + len;
        return dec_constant(d, i, len, values[k], v) ? DEC_VALUE : DEC_ERROR;
    }
    bool matched;
    if (!scan_number(d, i, v, idx, &matched)) return DEC_ERROR;
    return matched ? DEC_VALUE : dec_no_value(d, i);
}

// After the delimiter: whitespace, then the closer (DEC_CLOSED) or ',' and the next value.
static int dec_after_item(Dec *d, size_t *idx, char closer, const char *trailing) {
    size_t i = skip_ws(d, *idx);
    if (i < d->n && d->s[i] == closer) {
        *idx = i + 1;
        return DEC_CLOSED;
    }
    if (i >= d->n || d->s[i] != ',') return dec_fail(d, "Expecting ',' delimiter", i);
    size_t comma = i;
    i = skip_ws(d, i + 1);
    if (i < d->n && d->s[i] == closer) return dec_fail(d, trailing, comma);
    *idx = i;
    return DEC_NEXT;
}

// Puts the finished value *v into the innermost container, then reads on: DEC_NEXT when
// another value starts at *idx, DEC_CLOSED when the container ended (it is then *v).
static int dec_attach(Dec *d, size_t *idx, Value *v) {
    Run *r = d->r;
    DecFrame *f = &d->st->frames[d->st->depth - 1];
    d->st->value = *v;
    bool ok;
    if (!f->object) ok = list_append(r, f->container.as.obj, *v);
    else if (is_undef(d->o->object_pairs_hook)) ok = dict_set(r, f->container.as.obj, f->key, *v);
    else {
        Obj *pair = tuple_pack2(r, f->key, *v);
        ok = pair && list_append(r, f->container.as.obj, v_obj(pair));
    }
    if (!ok) return DEC_ERROR;
    int s = f->object ? dec_after_item(d, idx, '}', "Illegal trailing comma before end of object")
                      : dec_after_item(d, idx, ']', "Illegal trailing comma before end of array");
    if (s == DEC_NEXT && f->object && !dec_key(d, idx)) return DEC_ERROR;
    if (s != DEC_CLOSED) return s;
    // the hook runs while the frame still roots the container
    Value c = f->container;
    if (f->object && !dec_finish_object(d, c, v)) return DEC_ERROR;
    if (!f->object) *v = c;
    d->st->value = *v;
    d->st->depth--;
    return DEC_CLOSED;
}

static bool dec_run(Dec *d, size_t idx, Value *out, size_t *end) {
    Value v;
    for (uint32_t n = 1;; n++) {
        if (n % MOD_JSON_CLOCK_EVERY == 0 && !run_check_time(d->r)) return false;
        int s = dec_value(d, &idx, &v);
        if (s == DEC_ERROR) return false;
        if (s == DEC_OPENED) continue;
        d->st->value = v;
        for (;;) {
            if (d->st->depth == 0) {
                *out = v;
                *end = idx;
                return true;
            }
            s = dec_attach(d, &idx, &v);
            if (s == DEC_ERROR) return false;
            if (s == DEC_NEXT) break;
        }
    }
}

bool mod_json_decode(Run *r, const JsonDecodeOptions *o, Obj *doc, Value *out) {
    ObjStr *str = (ObjStr *)doc;
    Dec d = {.r = r, .o = o, .doc = doc, .s = str->data, .n = str->len};
    d.st = (DecStack *)gc_alloc(r, &dec_stack_type, sizeof(DecStack));
    if (!d.st || !gc_push_root(r, v_obj(&d.st->base))) return false;
    d.st->value = v_undef();
    size_t end;
    bool ok = dec_run(&d, skip_ws(&d, 0), out, &end);
    if (!ok) {
        LIBFRAMES_ADD(r, d.no_value ? LF_JSON_RAW_DECODE_NO_VALUE : LF_JSON_RAW_DECODE,
                      LF_JSON_DECODE);
    } else {
        end = skip_ws(&d, end);
        if (end != d.n) {
            ok = dec_error(&d, "Extra data", end);
            LIBFRAMES_ADD(r, LF_JSON_DECODE_EXTRA);
        }
    }
    dec_stack_free(r, &d.st->base);
    gc_pop_roots(r, 1);
    return ok;
}

// ---- bytes ----

typedef enum Encoding {
    ENC_UTF8, ENC_UTF8_SIG, ENC_UTF16, ENC_UTF16_LE, ENC_UTF16_BE, ENC_UTF32, ENC_UTF32_LE,
    ENC_UTF32_BE,
} Encoding;

// json.detect_encoding: a BOM, else the pattern of NUL bytes ASCII text leaves in UTF-16/32.
static Encoding detect_encoding(const unsigned char *b, size_t n) {
    if (n >= 4 && (memcmp(b, "\0\0\xFE\xFF", 4) == 0 || memcmp(b, "\xFF\xFE\0\0", 4) == 0)) {
        return ENC_UTF32;
    }
    if (n >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE))) {
        return ENC_UTF16;
    }
    if (n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0) return ENC_UTF8_SIG;
    if (n >= 4) {
        if (!b[0]) return b[1] ? ENC_UTF16_BE : ENC_UTF32_BE;
        if (!b[1]) return b[2] || b[3] ? ENC_UTF16_LE : ENC_UTF32_LE;
    } else if (n == 2) {
        if (!b[0]) return ENC_UTF16_BE;
        if (!b[1]) return ENC_UTF16_LE;
    }
    return ENC_UTF8;
}

// UnicodeDecodeError(encoding, object, start, end, reason), CPython's five arguments.
static bool raise_decode(Run *r, const char *encoding, Value object, size_t start, size_t end,
                         const char *reason) {
    Obj *t = tuple_new(r, 5);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    ObjTuple *args = (ObjTuple *)t;
    for (int k = 0; k < 5; k++) args->items[k] = v_none();
    args->items[1] = object;
    args->items[2] = v_int((int64_t)start);
    args->items[3] = v_int((int64_t)end);
    Obj *enc = str_from_cstr(r, encoding);
    if (enc) args->items[0] = v_obj(enc);
    Obj *why = enc ? str_from_cstr(r, reason) : NULL;
    if (why) args->items[4] = v_obj(why);
    Obj *e = why ? exc_new(r, &exc_UnicodeDecodeError, t) : NULL;
    gc_pop_roots(r, 1);
    if (e) r->exc = v_obj(e);
    return false;
}

static uint32_t read_unit(const unsigned char *p, size_t unit, bool big) {
    uint32_t v = 0;
    for (size_t k = 0; k < unit; k++) v = (v << 8) | p[big ? k : unit - 1 - k];
    return v;
}

// UTF-16 (unit 2) or UTF-32 (unit 4) from s[start..n) with 'surrogatepass': pairs join, lone
// surrogates stay. Error positions count from the start of the bytes, BOM included.
static bool decode_wide(Run *r, Value object, size_t start, size_t unit, bool big, Value *out) {
    const unsigned char *s = (const unsigned char *)as_bytes(object)->data;
    size_t n = as_bytes(object)->len, i = start;
    const char *name = unit == 2 ? (big ? "utf-16-be" : "utf-16-le")
                                 : (big ? "utf-32-be" : "utf-32-le");
    Buf b;
    buf_init(&b, r);
    for (; i + unit <= n; i += unit) {
        uint32_t cp = read_unit(s + i, unit, big);
        if (unit == 4 && cp > 0x10FFFF) {
            buf_fini(&b);
            return raise_decode(r, name, object, i, i + 4, "code point not in range(0x110000)");
        }
        if (unit == 2 && cp >= 0xD800 && cp <= 0xDBFF && i + 4 <= n) {
            uint32_t low = read_unit(s + i + 2, 2, big);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
                i += 2;
            }
        }
        if (!put_utf8(&b, cp)) {
            buf_fini(&b);
            return false;
        }
    }
    if (i < n) {
        buf_fini(&b);
        return raise_decode(r, name, object, i, n, "truncated data");
    }
    Obj *str = buf_to_str(&b);
    if (!str) return false;
    *out = v_obj(str);
    return true;
}

// bytes.decode('utf-8', 'surrogatepass').
static bool decode_utf8(Run *r, Value object, Value *out) {
    _Alignas(16) unsigned char enc_mem[64], err_mem[64];
    Obj *enc = str_init_static(enc_mem, "utf-8", 5);
    Obj *err = str_init_static(err_mem, "surrogatepass", 13);
    const ObjBytes *b = as_bytes(object);
    return str_decode(r, object, b->data, b->len, v_obj(enc), v_obj(err), out);
}

// 'utf-8-sig' decodes what follows the BOM as a bytes object of its own (errors count from it).
static bool decode_utf8_sig(Run *r, Value object, Value *out) {
    Obj *rest = bytes_new(r, as_bytes(object)->data + 3, as_bytes(object)->len - 3);
    if (!rest || !gc_push_root(r, v_obj(rest))) return false;
    bool ok = decode_utf8(r, v_obj(rest), out);
    gc_pop_roots(r, 1);
    return ok;
}

// The encodings CPython's bytes.decode reaches through the codec registry, which notes its
// failures: "decoding with 'utf-16-le' codec failed" (utf-8, utf-16, utf-32 are built in).
static const char *const registry_names[] = {
    [ENC_UTF8_SIG] = "utf-8-sig", [ENC_UTF16_LE] = "utf-16-le", [ENC_UTF16_BE] = "utf-16-be",
    [ENC_UTF32_LE] = "utf-32-le", [ENC_UTF32_BE] = "utf-32-be",
};

static bool decode_as(Run *r, Value bytes, Encoding enc, Value *out) {
    const unsigned char *b = (const unsigned char *)as_bytes(bytes)->data;
    switch (enc) {
    case ENC_UTF8: return decode_utf8(r, bytes, out);
    case ENC_UTF8_SIG: return decode_utf8_sig(r, bytes, out);
    case ENC_UTF16: return decode_wide(r, bytes, 2, 2, b[0] == 0xFE, out);
    case ENC_UTF16_LE: return decode_wide(r, bytes, 0, 2, false, out);
    case ENC_UTF16_BE: return decode_wide(r, bytes, 0, 2, true, out);
    case ENC_UTF32: return decode_wide(r, bytes, 4, 4, b[0] == 0, out);
    case ENC_UTF32_LE: return decode_wide(r, bytes, 0, 4, false, out);
    case ENC_UTF32_BE: return decode_wide(r, bytes, 0, 4, true, out);
    }
    return false;
}

bool mod_json_decode_bytes(Run *r, Value bytes, Value *out) {
    const ObjBytes *b = as_bytes(bytes);
    Encoding enc = detect_encoding((const unsigned char *)b->data, b->len);
    if (decode_as(r, bytes, enc, out)) return true;
    size_t known = sizeof registry_names / sizeof *registry_names;
    const char *name = (size_t)enc < known ? registry_names[enc] : NULL;
    if (name && exc_pending_is(r, &exc_UnicodeDecodeError)) {
        char note[64];
        int n = snprintf(note, sizeof note, "decoding with '%s' codec failed", name);
        exc_note_pending(r, note, (size_t)n);
    }
    return false;
}
