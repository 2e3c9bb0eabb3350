// The stubs guard the boundary at run time too: a call's arguments are bound to the stub's
// signature and checked against its parameter types before the host sees them, and the
// host's answer is checked against the return type before the script does. A mismatch is a
// TypeError: in the script, at the call (a script bug), or naming the tool (a host bug).
// Types the check cannot judge from a value (classes, callables, Any) accept anything.
#include "api/validate.h"

#include <stdio.h>
#include <string.h>

#include "api/value.h"

enum { VALIDATE_MAX_DEPTH = 200 };

static const char *kind_name(const MoatValue *v) {
    static const char *const names[] = {
        [MOAT_VALUE_NONE] = "None", [MOAT_VALUE_BOOL] = "bool", [MOAT_VALUE_INT] = "int",
        [MOAT_VALUE_FLOAT] = "float", [MOAT_VALUE_STR] = "str", [MOAT_VALUE_BYTES] = "bytes",
        [MOAT_VALUE_LIST] = "list", [MOAT_VALUE_TUPLE] = "tuple", [MOAT_VALUE_DICT] = "dict",
        [MOAT_VALUE_SET] = "set", [MOAT_VALUE_FROZENSET] = "frozenset",
        [MOAT_VALUE_EXCEPTION] = "exception",
    };
    return names[v->kind];
}

// Where in a value a mismatch is ("[2]['name']") and what it is, built as the check unwinds.
typedef struct Why {
    char *buf;
    size_t cap;
} Why;

static bool mismatch(Why *w, const TcType *t, const MoatValue *v) {
    char want[160];
    tc_type_str(t, want, sizeof want);
    snprintf(w->buf, w->cap, " is %s, not %s", kind_name(v), want);
    return false;
}

// Prefixes the path step `step` to the reason already in w.
static bool inside(Why *w, const char *step) {
    char rest[512];
    snprintf(rest, sizeof rest, "%s", w->buf);
    snprintf(w->buf, w->cap, "%s%s", step, rest);
    return false;
}

static bool matches(const TcType *t, const MoatValue *v, int depth, Why *w);

static bool items_match(const TcType *item, const MoatValue *v, int depth, Why *w) {
    for (size_t k = 0; k < v->len; k++) {
        if (!matches(item, v->items[k], depth + 1, w)) {
            char step[32];
            snprintf(step, sizeof step, "[%zu]", k);
            return inside(w, step);
        }
    }
    return true;
}

static bool key_step(Why *w, const MoatValue *key, const char *what) {
    char step[128];
    if (key->kind == MOAT_VALUE_STR) snprintf(step, sizeof step, "['%.80s']%s", key->data, what);
    else snprintf(step, sizeof step, "[<%s key>]%s", kind_name(key), what);
    return inside(w, step);
}

static bool dict_match(const TcType *k, const TcType *val, const MoatValue *v, int depth, Why *w) {
    for (size_t j = 0; j < v->len; j++) {
        if (!matches(k, v->items[2 * j], depth + 1, w)) return key_step(w, v->items[2 * j], " (a key)");
        if (!matches(val, v->items[2 * j + 1], depth + 1, w)) return key_step(w, v->items[2 * j], "");
    }
    return true;
}

static const MoatValue *dict_find(const MoatValue *d, const char *key) {
    for (size_t j = d->len; j-- > 0;) {  // the last of repeated keys wins, as in the run
        const MoatValue *k = d->items[2 * j];
        if (k->kind == MOAT_VALUE_STR && strlen(key) == k->len && memcmp(k->data, key, k->len) == 0) {
            return d->items[2 * j + 1];
        }
    }
    return NULL;
}

static bool typeddict_match(const TcType *t, const MoatValue *v, int depth, Why *w) {
    if (v->kind != MOAT_VALUE_DICT) return mismatch(w, t, v);
    const TcTable *fields = &t->td->fields;
    for (uint32_t k = 0; k < fields->count; k++) {
        const TcEntry *f = tc_table_get(fields, fields->order[k]);
        const MoatValue *x = f ? dict_find(v, f->name) : NULL;
        if (!f || (!x && !f->required)) continue;
        if (!x) {
            snprintf(w->buf, w->cap, "['%.80s'] is missing", f->name);
            return false;
        }
        if (!matches(f->type, x, depth + 1, w)) {
            char step[128];
            snprintf(step, sizeof step, "['%.80s']", f->name);
            return inside(w, step);
        }
    }
    return true;
}

static bool instance_match(const TcType *t, const MoatValue *v, int depth, Why *w) {
    switch (t->cls->builtin) {
    case TC_CLS_BOOL: return v->kind == MOAT_VALUE_BOOL || mismatch(w, t, v);
    case TC_CLS_INT: return v->kind == MOAT_VALUE_INT || v->kind == MOAT_VALUE_BOOL || mismatch(w, t, v);
    case TC_CLS_FLOAT:
        return v->kind == MOAT_VALUE_FLOAT || v->kind == MOAT_VALUE_INT || v->kind == MOAT_VALUE_BOOL ||
               mismatch(w, t, v);
    case TC_CLS_STR:
        if (v->kind != MOAT_VALUE_STR) return mismatch(w, t, v);
        if (t->nliterals && tc_literal_rejects(t, v->data)) {
            char want[160];
            tc_type_str(t, want, sizeof want);
            snprintf(w->buf, w->cap, " is '%.80s', not one of %s", v->data, want);
            return false;
        }
        return true;
    case TC_CLS_BYTES: return v->kind == MOAT_VALUE_BYTES || mismatch(w, t, v);
    case TC_CLS_LIST:
        if (v->kind != MOAT_VALUE_LIST) return mismatch(w, t, v);
        return t->nargs < 1 || items_match(t->args[0], v, depth, w);
    case TC_CLS_SET:
    case TC_CLS_FROZENSET: {
        MoatValueKind want = t->cls->builtin == TC_CLS_SET ? MOAT_VALUE_SET : MOAT_VALUE_FROZENSET;
        if (v->kind != want) return mismatch(w, t, v);
        return t->nargs < 1 || items_match(t->args[0], v, depth, w);
    }
    case TC_CLS_TUPLE:
        if (v->kind != MOAT_VALUE_TUPLE) return mismatch(w, t, v);
        if (t->tuple_var) return t->nargs < 1 || items_match(t->args[0], v, depth, w);
        if (!t->nargs) return true;  // a bare `tuple`
        if (v->len != t->nargs) {
            char want[160];
            tc_type_str(t, want, sizeof want);
            snprintf(w->buf, w->cap, " has %zu items, not the %u of %s", v->len, t->nargs, want);
            return false;
        }
        for (size_t k = 0; k < v->len; k++) {
            if (!matches(t->args[k], v->items[k], depth + 1, w)) {
                char step[32];
                snprintf(step, sizeof step, "[%zu]", k);
                return inside(w, step);
            }
        }
        return true;
    case TC_CLS_DICT:
        if (v->kind != MOAT_VALUE_DICT) return mismatch(w, t, v);
        return t->nargs < 2 || dict_match(t->args[0], t->args[1], v, depth, w);
    default: return true;  // object, classes of the stubs, iterators: not judged from a value
    }
}

// Whether v is at least of the kind t wants at its top (a str for Literal['a'], a dict for a
// TypedDict), whatever its contents.
static bool kind_fits(const TcType *t, const MoatValue *v) {
    if (t->kind == TC_NONE) return v->kind == MOAT_VALUE_NONE;
    if (t->kind == TC_TYPEDDICT) return v->kind == MOAT_VALUE_DICT;
    if (t->kind != TC_INSTANCE) return false;
    switch (t->cls->builtin) {
    case TC_CLS_STR: return v->kind == MOAT_VALUE_STR;
    case TC_CLS_LIST: return v->kind == MOAT_VALUE_LIST;
    case TC_CLS_TUPLE: return v->kind == MOAT_VALUE_TUPLE;
    case TC_CLS_DICT: return v->kind == MOAT_VALUE_DICT;
    case TC_CLS_SET: return v->kind == MOAT_VALUE_SET;
    case TC_CLS_FROZENSET: return v->kind == MOAT_VALUE_FROZENSET;
    default: return false;
    }
}

static bool matches(const TcType *t, const MoatValue *v, int depth, Why *w) {
    if (!t || depth > VALIDATE_MAX_DEPTH) return true;
    switch ((TcKind)t->kind) {
    case TC_NONE: return v->kind == MOAT_VALUE_NONE || mismatch(w, t, v);
    case TC_INSTANCE: return instance_match(t, v, depth, w);
    case TC_TYPEDDICT: return typeddict_match(t, v, depth, w);
    case TC_UNION: {
        // when one member is of the value's kind, its own reason says more than the union's
        const TcType *only = NULL;
        int fits = 0;
        for (uint16_t k = 0; k < t->nargs; k++) {
            if (matches(t->args[k], v, depth, w)) return true;
            if (kind_fits(t->args[k], v)) {
                only = t->args[k];
                fits++;
            }
        }
        if (fits == 1) return matches(only, v, depth, w);
        return mismatch(w, t, v);
    }
    default: return true;
    }
}

// ---- calls ----

// Joins names as CPython lists missing arguments: 'a', 'a' and 'b', 'a', 'b' and 'c'.
static void name_list(char *buf, size_t cap, const char *const *names, size_t n) {
    size_t at = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < n && at < cap; k++) {
        const char *sep = k == 0 ? "" : k + 1 == n ? (n > 2 ? ", and " : " and ") : ", ";
        int m = snprintf(buf + at, cap - at, "%s'%s'", sep, names[k]);
        if (m < 0) break;
        at += (size_t)m;
    }
}

static const TcParam *param_named(const TcFunc *f, const char *name, size_t len) {
    for (uint32_t k = 0; k < f->count; k++) {
        const TcParam *p = &f->params[k];
        if ((p->kind == TC_PARAM_NORMAL || p->kind == TC_PARAM_KWONLY) && strlen(p->name) == len &&
            memcmp(p->name, name, len) == 0) {
            return p;
        }
    }
    return NULL;
}

static bool arg_type(const TcFunc *f, const char *param, const TcType *t, const MoatValue *v,
                     char *why, size_t cap) {
    char reason[512] = "";
    Why w = {reason, sizeof reason};
    if (matches(t, v, 0, &w)) return true;
    snprintf(why, cap, "%s() argument '%s'%s", f->name, param, reason);
    return false;
}

bool validate_call(const TcFunc *f, const MoatValue *args, const MoatValue *kwargs, char *why, size_t cap) {
    enum { MAX_PARAMS = 64 };
    if (f->count > MAX_PARAMS) return true;
    const MoatValue *bound[MAX_PARAMS] = {0};
    uint32_t npositional = 0, vararg = UINT32_MAX, varkw = UINT32_MAX;
    for (uint32_t k = 0; k < f->count; k++) {
        uint8_t kind = f->params[k].kind;
        if (kind == TC_PARAM_POSONLY || kind == TC_PARAM_NORMAL) npositional++;
        if (kind == TC_PARAM_VARARG) vararg = k;
        if (kind == TC_PARAM_VARKW) varkw = k;
    }
    size_t nargs = args->len;
    if (nargs > npositional && vararg == UINT32_MAX) {
        snprintf(why, cap, "%s() takes %u positional argument%s but %zu %s given", f->name, npositional,
                 npositional == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        return false;
    }
    for (size_t k = 0; k < nargs; k++) {
        if (k < npositional) {
            bound[k] = args->items[k];
        } else if (!arg_type(f, f->params[vararg].name, f->params[vararg].type, args->items[k], why, cap)) {
            return false;
        }
    }
    for (size_t j = 0; j < kwargs->len; j++) {
        const MoatValue *key = kwargs->items[2 * j], *val = kwargs->items[2 * j + 1];
        const TcParam *p = param_named(f, key->data, key->len);
        if (!p) {
            if (varkw == UINT32_MAX) {
                snprintf(why, cap, "%s() got an unexpected keyword argument '%s'", f->name, key->data);
                return false;
            }
            if (!arg_type(f, key->data, f->params[varkw].type, val, why, cap)) return false;
            continue;
        }
        uint32_t at = (uint32_t)(p - f->params);
        if (bound[at]) {
            snprintf(why, cap, "%s() got multiple values for argument '%s'", f->name, p->name);
            return false;
        }
        bound[at] = val;
    }
    const char *missing[MAX_PARAMS];
    size_t nmissing = 0;
    bool kwonly = false;
    for (int pass = 0; pass < 2 && !nmissing; pass++) {
        kwonly = pass == 1;
        for (uint32_t k = 0; k < f->count; k++) {
            const TcParam *p = &f->params[k];
            bool positional = p->kind == TC_PARAM_POSONLY || p->kind == TC_PARAM_NORMAL;
            if (!bound[k] && !p->has_default && (kwonly ? p->kind == TC_PARAM_KWONLY : positional)) {
                missing[nmissing++] = p->name;
            }
        }
    }
    if (nmissing) {
        char names[400];
        name_list(names, sizeof names, missing, nmissing);
        snprintf(why, cap, "%s() missing %zu required %s argument%s: %s", f->name, nmissing,
                 kwonly ? "keyword-only" : "positional", nmissing == 1 ? "" : "s", names);
        return false;
    }
    for (uint32_t k = 0; k < f->count; k++) {
        if (bound[k] && !arg_type(f, f->params[k].name, f->params[k].type, bound[k], why, cap)) return false;
    }
    return true;
}

bool validate_return(const TcFunc *f, const MoatValue *v, char *why, size_t cap) {
    char reason[512] = "";
    Why w = {reason, sizeof reason};
    if (v->kind == MOAT_VALUE_EXCEPTION || matches(f->ret, v, 0, &w)) return true;
    char want[160];
    tc_type_str(f->ret, want, sizeof want);
    snprintf(why, cap, "external function '%s' returned a value its stub does not allow (-> %s): "
             "the value%s", f->name, want, reason);
    return false;
}
