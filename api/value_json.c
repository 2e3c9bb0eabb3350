// MoatValue <-> JSON text, with DESIGN.md's tags for what JSON cannot carry: {"$tuple": [...]},
// {"$set": [...]}, {"$frozenset": [...]}, {"$dict": [[k, v], ...]}, {"$bytes": "<base64>"},
// {"$int": "<decimal>"} beyond 64 bits, {"$float": "nan"|"inf"|"-inf"}; and an exception value
// as {"$exception": {"type": ..., "message": ...}} (snapshots record them).
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "api/value.h"
#include "interp/numfmt_repr.h"

// ---- base64 ----

static const char b64_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static char *b64_encode(const unsigned char *s, size_t n) {
    char *out = malloc(4 * ((n + 2) / 3) + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t k = 0; k < n; k += 3) {
        uint32_t w = (uint32_t)s[k] << 16 | (k + 1 < n ? (uint32_t)s[k + 1] << 8 : 0) |
                     (k + 2 < n ? s[k + 2] : 0);
        out[o++] = b64_chars[w >> 18 & 63];
        out[o++] = b64_chars[w >> 12 & 63];
        out[o++] = k + 1 < n ? b64_chars[w >> 6 & 63] : '=';
        out[o++] = k + 2 < n ? b64_chars[w & 63] : '=';
    }
    out[o] = '\0';
    return out;
}

static int b64_digit(char c) {
    const char *p = c ? strchr(b64_chars, c) : NULL;
    return p ? (int)(p - b64_chars) : -1;
}

// Strict: length a multiple of 4, padding only at the end. NULL when malformed.
static unsigned char *b64_decode(const char *s, size_t n, size_t *len) {
    if (n % 4) return NULL;
    unsigned char *out = malloc(n / 4 * 3 + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t k = 0; k < n; k += 4) {
        int pad = s[k + 3] == '=' ? (s[k + 2] == '=' ? 2 : 1) : 0;
        if (pad && k + 4 != n) goto bad;
        uint32_t w = 0;
        for (int j = 0; j < 4 - pad; j++) {
            int d = b64_digit(s[k + j]);
            if (d < 0) goto bad;
            w |= (uint32_t)d << (18 - 6 * j);
        }
        out[o++] = (unsigned char)(w >> 16);
        if (pad < 2) out[o++] = (unsigned char)(w >> 8);
        if (pad < 1) out[o++] = (unsigned char)w;
    }
    *len = o;
    return out;
bad:
    free(out);
    return NULL;
}

// ---- to JSON ----
// Written here rather than by jansson: the text is Python's json.dumps form (", " and ": "
// separators, lowercase \\u escapes, floats as repr() writes them).

typedef struct Text {
    char *data;
    size_t len, cap;
    bool failed;
} Text;

static void text_put(Text *t, const char *s, size_t n) {
    if (t->failed) return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 64;
        while (cap < t->len + n + 1) cap *= 2;
        char *d = realloc(t->data, cap);
        if (!d) {
            t->failed = true;
            return;
        }
        t->data = d;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

static void text_cstr(Text *t, const char *s) {
    text_put(t, s, strlen(s));
}

// A JSON string of UTF-8 s, every non-ASCII character escaped (ensure_ascii).
static void text_string(Text *t, const char *s, size_t n) {
    text_put(t, "\"", 1);
    size_t k = 0;
    while (k < n) {
        unsigned char c = (unsigned char)s[k];
        char esc[16];
        if (c >= 0x80) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)s + k, (utf8proc_ssize_t)(n - k), &cp);
            if (l <= 0) {
                t->failed = true;
                return;
            }
            if (cp >= 0x10000) {
                cp -= 0x10000;
                snprintf(esc, sizeof esc, "\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
            } else {
                snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
            }
            text_cstr(t, esc);
            k += (size_t)l;
            continue;
        }
        const char *simple = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                             : c == '\t' ? "\\t" : c == '\b' ? "\\b" : c == '\f' ? "\\f" : NULL;
        if (simple) {
            text_cstr(t, simple);
        } else if (c < 0x20 || c == 0x7f) {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            text_cstr(t, esc);
        } else {
            text_put(t, (const char *)&c, 1);
        }
        k++;
    }
    text_put(t, "\"", 1);
}

static void text_value(Text *t, const MoatValue *v);

static void text_items(Text *t, const MoatValue *v) {
    text_put(t, "[", 1);
    for (size_t k = 0; k < v->len; k++) {
        if (k) text_put(t, ", ", 2);
        text_value(t, v->items[k]);
    }
    text_put(t, "]", 1);
}

static void text_tagged_items(Text *t, const char *tag, const MoatValue *v) {
    text_cstr(t, tag);
    text_items(t, v);
    text_put(t, "}", 1);
}

static bool dict_is_plain(const MoatValue *v) {
    for (size_t k = 0; k < v->len; k++) {
        if (v->items[2 * k]->kind != MOAT_VALUE_STR) return false;
    }
    // a lone "$..." key would read back as a tag
    return !(v->len == 1 && v->items[0]->data[0] == '$');
}

static void text_dict(Text *t, const MoatValue *v) {
    bool plain = dict_is_plain(v);
    text_cstr(t, plain ? "{" : "{\"$dict\": [");
    for (size_t k = 0; k < v->len; k++) {
        if (k) text_put(t, ", ", 2);
        if (!plain) text_put(t, "[", 1);
        text_value(t, v->items[2 * k]);
        text_cstr(t, plain ? ": " : ", ");
        text_value(t, v->items[2 * k + 1]);
        if (!plain) text_put(t, "]", 1);
    }
    text_cstr(t, plain ? "}" : "]}");
}

static void text_value(Text *t, const MoatValue *v) {
    char num[NUMFMT_REPR_MAX + 32];
    switch (v->kind) {
    case MOAT_VALUE_NONE: text_cstr(t, "null"); break;
    case MOAT_VALUE_BOOL: text_cstr(t, v->b ? "true" : "false"); break;
    case MOAT_VALUE_INT:
        if (v->digits) {
            text_cstr(t, "{\"$int\": \"");
            text_cstr(t, v->digits);
            text_cstr(t, "\"}");
        } else {
            snprintf(num, sizeof num, "%lld", (long long)v->i);
            text_cstr(t, num);
        }
        break;
    case MOAT_VALUE_FLOAT:
        if (isfinite(v->f)) {
            numfmt_float_repr(v->f, num);
            text_cstr(t, num);
        } else {
            text_cstr(t, isnan(v->f) ? "{\"$float\": \"nan\"}" : v->f > 0 ? "{\"$float\": \"inf\"}"
                                                                   : "{\"$float\": \"-inf\"}");
        }
        break;
    case MOAT_VALUE_STR: text_string(t, v->data, v->len); break;
    case MOAT_VALUE_BYTES: {
        char *b = b64_encode((const unsigned char *)v->data, v->len);
        if (!b) {
            t->failed = true;
            return;
        }
        text_cstr(t, "{\"$bytes\": \"");
        text_cstr(t, b);
        text_cstr(t, "\"}");
        free(b);
        break;
    }
    case MOAT_VALUE_LIST: text_items(t, v); break;
    case MOAT_VALUE_TUPLE: text_tagged_items(t, "{\"$tuple\": ", v); break;
    case MOAT_VALUE_SET: text_tagged_items(t, "{\"$set\": ", v); break;
    case MOAT_VALUE_FROZENSET: text_tagged_items(t, "{\"$frozenset\": ", v); break;
    case MOAT_VALUE_DICT: text_dict(t, v); break;
    case MOAT_VALUE_EXCEPTION:
        text_cstr(t, "{\"$exception\": {\"type\": ");
        text_string(t, v->data, v->len);
        text_cstr(t, ", \"message\": ");
        if (v->message) text_string(t, v->message, strlen(v->message));
        else text_cstr(t, "null");
        text_cstr(t, "}}");
        break;
    }
}

MoatStatus moat_value_to_json(const MoatValue *v, char **out, size_t *len) {
    if (!v || !out) return MOAT_ERR_INVALID;
    Text t = {0};
    text_value(&t, v);
    if (t.failed || !t.data) {
        free(t.data);
        *out = NULL;
        return MOAT_ERR_NOMEM;
    }
    *out = t.data;
    if (len) *len = t.len;
    return MOAT_OK;
}

void moat_free(void *p) {
    free(p);
}

// ---- from JSON ----

static MoatValue *json_to_value(json_t *j);

static MoatValue *items_from_json(MoatValueKind kind, json_t *a) {
    if (!json_is_array(a)) return NULL;
    MoatValue *c = moat_value_container(kind);
    size_t k;
    json_t *item;
    json_array_foreach(a, k, item) {
        if (!c || moat_value_append(c, json_to_value(item)) != MOAT_OK) {
            moat_value_free(c);
            return NULL;
        }
    }
    return c;
}

static MoatValue *pairs_from_json(json_t *a) {
    if (!json_is_array(a)) return NULL;
    MoatValue *d = moat_value_container(MOAT_VALUE_DICT);
    size_t k;
    json_t *pair;
    json_array_foreach(a, k, pair) {
        if (!d || !json_is_array(pair) || json_array_size(pair) != 2 ||
            moat_value_dict_set(d, json_to_value(json_array_get(pair, 0)),
                                json_to_value(json_array_get(pair, 1))) != MOAT_OK) {
            moat_value_free(d);
            return NULL;
        }
    }
    return d;
}

static MoatValue *tag_from_json(const char *tag, json_t *v) {
    if (strcmp(tag, "$tuple") == 0) return items_from_json(MOAT_VALUE_TUPLE, v);
    if (strcmp(tag, "$set") == 0) return items_from_json(MOAT_VALUE_SET, v);
    if (strcmp(tag, "$frozenset") == 0) return items_from_json(MOAT_VALUE_FROZENSET, v);
    if (strcmp(tag, "$dict") == 0) return pairs_from_json(v);
    if (strcmp(tag, "$exception") == 0) {
        json_t *type = json_object_get(v, "type"), *msg = json_object_get(v, "message");
        if (!json_is_string(type) || (msg && !json_is_string(msg) && !json_is_null(msg))) return NULL;
        return moat_value_exception(json_string_value(type), json_is_string(msg) ? json_string_value(msg) : NULL);
    }
    if (!json_is_string(v)) return NULL;
    const char *s = json_string_value(v);
    if (strcmp(tag, "$int") == 0) return moat_value_int_decimal(s);
    if (strcmp(tag, "$float") == 0) {
        double x = strcmp(s, "nan") == 0 ? NAN : strcmp(s, "inf") == 0 ? INFINITY
                   : strcmp(s, "-inf") == 0 ? -INFINITY : 0;
        return x == 0 ? NULL : moat_value_float(x);
    }
    if (strcmp(tag, "$bytes") == 0) {
        size_t n;
        unsigned char *b = b64_decode(s, json_string_length(v), &n);
        MoatValue *out = b ? moat_value_bytes(b, n) : NULL;
        free(b);
        return out;
    }
    return NULL;
}

static MoatValue *json_to_value(json_t *j) {
    switch (json_typeof(j)) {
    case JSON_NULL: return moat_value_none();
    case JSON_TRUE: return moat_value_bool(true);
    case JSON_FALSE: return moat_value_bool(false);
    case JSON_INTEGER: return moat_value_int(json_integer_value(j));
    case JSON_REAL: return moat_value_float(json_real_value(j));
    case JSON_STRING: return moat_value_str(json_string_value(j), json_string_length(j));
    case JSON_ARRAY: return items_from_json(MOAT_VALUE_LIST, j);
    case JSON_OBJECT: {
        const char *key;
        json_t *val;
        if (json_object_size(j) == 1) {
            json_object_foreach(j, key, val) {
                if (key[0] == '$') return tag_from_json(key, val);
            }
        }
        MoatValue *d = moat_value_container(MOAT_VALUE_DICT);
        json_object_foreach(j, key, val) {
            if (!d || moat_value_dict_set(d, moat_value_str(key, strlen(key)), json_to_value(val)) != MOAT_OK) {
                moat_value_free(d);
                return NULL;
            }
        }
        return d;
    }
    }
    return NULL;
}

MoatStatus moat_value_from_json(const char *text, size_t len, MoatValue **out, char *error,
                                size_t error_size) {
    if (!text || !out) return MOAT_ERR_INVALID;
    *out = NULL;
    json_error_t err;
    json_t *j = json_loadb(text, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    if (!j) {
        if (error && error_size) snprintf(error, error_size, "%s at line %d column %d", err.text, err.line, err.column);
        return MOAT_ERR_INVALID;
    }
    MoatValue *v = json_to_value(j);
    json_decref(j);
    if (!v) {
        if (error && error_size) snprintf(error, error_size, "a value that moat cannot represent (a bad $tag, or nesting past 1000 levels)");
        return MOAT_ERR_INVALID;
    }
    *out = v;
    return MOAT_OK;
}
