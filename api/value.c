// MoatValue: the values that cross the host boundary — a plain tree on the host's malloc,
// independent of any run (a run converts to and from it: api/convert.c).
#include "api/value.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

bool value_utf8_valid(const char *s, size_t len) {
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t k = 0;
    while (k < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + k, (utf8proc_ssize_t)(len - k), &cp);
        if (n <= 0) return false;
        k += (size_t)n;
    }
    return true;
}

uint64_t value_digest_bytes(uint64_t h, const void *data, size_t n) {
    const unsigned char *p = data;
    if (h == VALUE_DIGEST_SEED) h = 0xcbf29ce484222325u;
    for (size_t k = 0; k < n; k++) h = (h ^ p[k]) * 0x100000001b3u;
    return h;
}

uint64_t value_digest(uint64_t h, const MoatValue *v) {
    uint8_t kind = (uint8_t)v->kind;
    h = value_digest_bytes(h, &kind, 1);
    switch (v->kind) {
    case MOAT_VALUE_BOOL: return value_digest_bytes(h, &v->b, 1);
    case MOAT_VALUE_INT:
        return v->digits ? value_digest_bytes(h, v->digits, strlen(v->digits)) : value_digest_bytes(h, &v->i, 8);
    case MOAT_VALUE_FLOAT: return value_digest_bytes(h, &v->f, 8);
    default: break;
    }
    if (v->data) h = value_digest_bytes(value_digest_bytes(h, &v->len, sizeof v->len), v->data, v->len);
    if (v->message) h = value_digest_bytes(h, v->message, strlen(v->message));
    size_t slots = v->kind == MOAT_VALUE_DICT ? 2 * v->len : v->items ? v->len : 0;
    h = value_digest_bytes(h, &slots, sizeof slots);
    for (size_t k = 0; k < slots; k++) h = value_digest(h, v->items[k]);
    return h;
}

static MoatValue *value_new(MoatValueKind kind) {
    MoatValue *v = calloc(1, sizeof *v);
    if (v) v->kind = kind;
    return v;
}

MoatValue *moat_value_none(void) {
    return value_new(MOAT_VALUE_NONE);
}

MoatValue *moat_value_bool(bool b) {
    MoatValue *v = value_new(MOAT_VALUE_BOOL);
    if (v) v->b = b;
    return v;
}

MoatValue *moat_value_int(int64_t i) {
    MoatValue *v = value_new(MOAT_VALUE_INT);
    if (v) v->i = i;
    return v;
}

// Decimal digits with an optional sign; a value that fits 64 bits is kept as one.
MoatValue *moat_value_int_decimal(const char *digits) {
    if (!digits) return NULL;
    const char *d = digits + (digits[0] == '-' || digits[0] == '+');
    size_t n = strlen(d);
    if (n == 0) return NULL;
    for (size_t k = 0; k < n; k++) {
        if (d[k] < '0' || d[k] > '9') return NULL;
    }
    char *end;
    long long small = strtoll(digits, &end, 10);
    bool fits = n < 19 || (n == 19 && *end == '\0' && !(small == LLONG_MAX || small == LLONG_MIN));
    if (fits) return moat_value_int(small);
    MoatValue *v = value_new(MOAT_VALUE_INT);
    if (!v) return NULL;
    v->digits = strdup(digits[0] == '+' ? digits + 1 : digits);
    if (!v->digits) {
        free(v);
        return NULL;
    }
    return v;
}

MoatValue *moat_value_float(double x) {
    MoatValue *v = value_new(MOAT_VALUE_FLOAT);
    if (v) v->f = x;
    return v;
}

static MoatValue *value_with_data(MoatValueKind kind, const char *s, size_t len) {
    if (!s && len) return NULL;
    MoatValue *v = value_new(kind);
    char *copy = malloc(len + 1);
    if (!v || !copy) {
        free(v);
        free(copy);
        return NULL;
    }
    if (len) memcpy(copy, s, len);
    copy[len] = '\0';
    v->data = copy;
    v->len = len;
    return v;
}

MoatValue *moat_value_str(const char *s, size_t len) {
    if (s && !value_utf8_valid(s, len)) return NULL;
    return value_with_data(MOAT_VALUE_STR, s, len);
}

MoatValue *moat_value_bytes(const void *data, size_t len) {
    return value_with_data(MOAT_VALUE_BYTES, data, len);
}

MoatValue *moat_value_container(MoatValueKind kind) {
    switch (kind) {
    case MOAT_VALUE_LIST: case MOAT_VALUE_TUPLE: case MOAT_VALUE_DICT:
    case MOAT_VALUE_SET: case MOAT_VALUE_FROZENSET: return value_new(kind);
    default: return NULL;
    }
}

MoatValue *moat_value_exception(const char *type, const char *message) {
    if (!type) return NULL;
    MoatValue *v = value_with_data(MOAT_VALUE_EXCEPTION, type, strlen(type));
    if (v && message && !(v->message = strdup(message))) {
        moat_value_free(v);
        return NULL;
    }
    return v;
}

// Room for `more` item slots past the `used` ones.
static bool value_reserve(MoatValue *c, size_t used, size_t more) {
    if (used + more <= c->cap) return true;
    size_t cap = c->cap ? 2 * c->cap : 8;
    while (cap < used + more) cap *= 2;
    MoatValue **items = realloc(c->items, cap * sizeof *items);
    if (!items) return false;
    c->items = items;
    c->cap = cap;
    return true;
}

// Whether `item` may go into c without passing the nesting limit; c's depth follows.
static bool value_nest(MoatValue *c, const MoatValue *item) {
    if (item == c || item->depth + 1 > VALUE_MAX_DEPTH) return false;
    if (item->depth + 1 > c->depth) c->depth = item->depth + 1;
    return true;
}

MoatStatus moat_value_append(MoatValue *c, MoatValue *item) {
    if (item && item == c) return MOAT_ERR_INVALID;  // not freed: the caller still holds it
    bool sequence = c && (c->kind == MOAT_VALUE_LIST || c->kind == MOAT_VALUE_TUPLE ||
                          c->kind == MOAT_VALUE_SET || c->kind == MOAT_VALUE_FROZENSET);
    MoatStatus st = !sequence || !item || !value_nest(c, item) ? MOAT_ERR_INVALID
                    : !value_reserve(c, c->len, 1) ? MOAT_ERR_NOMEM : MOAT_OK;
    if (st != MOAT_OK) {
        moat_value_free(item);
        return st;
    }
    c->items[c->len++] = item;
    return MOAT_OK;
}

MoatStatus moat_value_dict_set(MoatValue *d, MoatValue *key, MoatValue *value) {
    if (d && (key == d || value == d)) return MOAT_ERR_INVALID;  // not freed: held by the caller
    MoatStatus st = !d || d->kind != MOAT_VALUE_DICT || !key || !value || key == value ||
                            !value_nest(d, key) || !value_nest(d, value) ? MOAT_ERR_INVALID
                    : !value_reserve(d, 2 * d->len, 2) ? MOAT_ERR_NOMEM : MOAT_OK;
    if (st != MOAT_OK) {
        moat_value_free(key);
        moat_value_free(value);
        return st;
    }
    d->items[2 * d->len] = key;
    d->items[2 * d->len + 1] = value;
    d->len++;
    return MOAT_OK;
}

MoatValue *moat_value_copy(const MoatValue *v) {
    if (!v) return NULL;
    MoatValue *c = value_new(v->kind);
    if (!c) return NULL;
    *c = *v;
    c->digits = c->data = c->message = NULL;
    c->items = NULL;
    c->len = c->cap = 0;
    bool ok = (!v->digits || (c->digits = strdup(v->digits))) &&
              (!v->message || (c->message = strdup(v->message)));
    if (ok && v->data) {
        c->data = malloc(v->len + 1);
        ok = c->data != NULL;
        if (ok) memcpy(c->data, v->data, v->len + 1);
    }
    c->len = v->data ? v->len : 0;
    size_t slots = v->kind == MOAT_VALUE_DICT ? 2 * v->len : v->items ? v->len : 0;
    if (ok && slots) {
        c->items = calloc(slots, sizeof *c->items);
        ok = c->items != NULL;
        c->cap = ok ? slots : 0;
        for (size_t k = 0; ok && k < slots; k++) ok = (c->items[k] = moat_value_copy(v->items[k])) != NULL;
        c->len = v->len;
    }
    if (!ok) {
        moat_value_free(c);
        return NULL;
    }
    return c;
}

void moat_value_free(MoatValue *v) {
    if (!v) return;
    size_t slots = v->kind == MOAT_VALUE_DICT ? 2 * v->len : v->len;
    if (v->items) {
        for (size_t k = 0; k < slots; k++) moat_value_free(v->items[k]);
    }
    free(v->items);
    free(v->digits);
    free(v->data);
    free(v->message);
    free(v);
}

MoatValueKind moat_value_kind(const MoatValue *v) {
    return v->kind;
}

bool moat_value_as_bool(const MoatValue *v) {
    return v->b;
}

bool moat_value_as_int(const MoatValue *v, int64_t *out) {
    if (v->kind != MOAT_VALUE_INT || v->digits) return false;
    *out = v->i;
    return true;
}

const char *moat_value_int_digits(const MoatValue *v) {
    return v->kind == MOAT_VALUE_INT ? v->digits : NULL;
}

double moat_value_as_float(const MoatValue *v) {
    return v->f;
}

const char *moat_value_data(const MoatValue *v, size_t *len) {
    if (len) *len = v->len;
    return v->data;
}

size_t moat_value_len(const MoatValue *v) {
    return v->len;
}

const MoatValue *moat_value_item(const MoatValue *v, size_t i) {
    if (!v->items || i >= v->len) return NULL;
    return v->kind == MOAT_VALUE_DICT ? v->items[2 * i] : v->items[i];
}

const MoatValue *moat_value_dict_value(const MoatValue *v, size_t i) {
    if (v->kind != MOAT_VALUE_DICT || i >= v->len) return NULL;
    return v->items[2 * i + 1];
}

const char *moat_value_exception_type(const MoatValue *v) {
    return v->kind == MOAT_VALUE_EXCEPTION ? v->data : NULL;
}

const char *moat_value_exception_message(const MoatValue *v) {
    return v->kind == MOAT_VALUE_EXCEPTION ? v->message : NULL;
}
