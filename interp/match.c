// The run-time side of the match statement (compile_match.c emits the opcodes): which values
// sequence and mapping patterns accept, mapping key lookup and class pattern attribute
// extraction, with CPython 3.14's order of checks and its messages.
#include "interp/match.h"

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mem.h"
#include "interp/mod_enum.h"
#include "interp/obj_bool.h"
#include "interp/obj_bytes.h"
#include "interp/obj_dict.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_list.h"
#include "interp/obj_range.h"
#include "interp/obj_set.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

// Whether t is one of `bases` or derives from one (CPython's inherited type flags).
static bool derives_from_any(const ObjType *t, const ObjType *const *bases, size_t n) {
    for (; t; t = t->base_type) {
        for (size_t k = 0; k < n; k++) {
            if (t == bases[k]) return true;
        }
    }
    return false;
}

bool match_is_sequence(Value v) {
    static const ObjType *const sequences[] = {&type_list, &type_tuple, &type_range};
    return derives_from_any(value_type(v), sequences, 3);
}

bool match_is_mapping(Value v) {
    static const ObjType *const mappings[] = {&type_dict};
    return derives_from_any(value_type(v), mappings, 1);
}

// ---- mapping keys ----

// subject.get(key, missing) through the generic attribute lookup (a dict subclass may
// override get); *found false when it answers `missing`.
static bool get_through_method(Run *r, Value subject, Value key, Value missing, Value *out,
                               bool *found) {
    Obj *name = str_from_cstr(r, "get");
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    Value get;
    bool ok = ops_getattr(r, subject, name, &get);
    gc_pop_roots(r, 1);
    if (!ok || !gc_push_root(r, get)) return false;
    Value args[2] = {key, missing};
    Args a = {args, 2, 0, NULL, NULL};
    ok = vm_call(r, get, &a, out);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    *found = !(is_obj(*out) && out->as.obj == missing.as.obj);
    return true;
}

// Looks one key up; a plain dict is read directly, which is what its get does.
static bool lookup_key(Run *r, Value subject, Value key, Value missing, Value *out, bool *found) {
    if (value_type(subject) == &type_dict) return dict_get(r, subject.as.obj, key, out, found);
    return get_through_method(r, subject, key, missing, out, found);
}

bool match_keys(Run *r, Value subject, Value keys, Value *out) {
    ObjTuple *k = as_tuple(keys);
    *out = keys; // no keys: the empty tuple of values
    if (!k->len) return true;
    Obj *seen = set_new(r, false);
    if (!seen || !gc_push_root(r, v_obj(seen))) return false;
    Obj *values = tuple_new(r, k->len);
    if (!values || !gc_push_root(r, v_obj(values))) {
        gc_pop_roots(r, 1);
        return false;
    }
    ObjTuple *vt = (ObjTuple *)values;
    for (size_t i = 0; i < k->len; i++)
        vt->items[i] = v_none();
    *out = v_obj(values);
    bool ok = true;
    for (size_t i = 0; ok && i < k->len; i++) {
        Value key = k->items[i];
        bool dup = false, found = false;
        ok = set_contains(r, seen, key, &dup) && set_add(r, seen, key);
        if (ok && dup) {
            ok = exc_raise(r, &exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
        }
        // the keys tuple is new to any get method, so it can stand for "missing"
        if (ok) ok = lookup_key(r, subject, key, keys, &vt->items[i], &found);
        if (ok && !found) {
            *out = v_none();
            break;
        }
    }
    gc_pop_roots(r, 2);
    return ok;
}

// ---- class patterns ----

// The built-in classes whose single positional sub-pattern matches the subject itself.
static bool matches_self(const ObjType *cls) {
    static const ObjType *const selves[] = {&type_bool,      &type_bytes, &type_dict, &type_float,
                                            &type_frozenset, &type_int,   &type_list, &type_set,
                                            &type_str,       &type_tuple};
    return derives_from_any(cls, selves, sizeof selves / sizeof *selves);
}

// getattr(subject, name); *found false when absent (AttributeError). TypeError for an
// attribute this pattern already extracted (seen[0..nseen) holds the earlier names).
static bool class_attr(Run *r, Value subject, const ObjType *cls, Value name, const Value *seen,
                       size_t nseen, Value *out, bool *found) {
    for (size_t k = 0; k < nseen; k++) {
        if (str_equal(as_str(seen[k]), as_str(name))) {
            return exc_raise(r, &exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                             cls->name, name);
        }
    }
    *found = ops_getattr(r, subject, name.as.obj, out);
    if (*found) return true;
    if (!exc_pending_is(r, &exc_AttributeError)) return false;
    exc_clear(r);
    return true;
}

// cls.__match_args__ for `npos` positional sub-patterns, checked; *match_args is undef when
// cls has none, and then *self_match says whether the subject itself is the one positional.
static bool positional_names(Run *r, const ObjType *cls, uint32_t npos, Obj *dunder,
                             Value *match_args, bool *self_match) {
    *match_args = v_undef();
    *self_match = false;
    Value got;
    if (ops_getattr(r, v_obj((Obj *)cls), dunder, &got)) {
        if (value_type(got) != &type_tuple) {
            // got keeps its type's name alive while the message is built
            if (!gc_push_root(r, got)) return false;
            exc_raise(r, &exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name,
                      value_type_name(got));
            gc_pop_roots(r, 1);
            return false;
        }
        *match_args = got;
    } else {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        *self_match = matches_self(cls);
    }
    size_t allowed = *self_match ? 1 : is_undef(*match_args) ? 0 : as_tuple(*match_args)->len;
    if (allowed < npos) {
        return exc_raise(r, &exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                         cls->name, (int)allowed, allowed == 1 ? "" : "s", (int)npos);
    }
    return true;
}

// What a class pattern reads: attrs[first..) from the attribute names (positional ones from
// __match_args__, then the keywords); *matched false when one is missing.
typedef struct ClassMatch {
    Value subject;
    const ObjType *cls;
    uint32_t npos; // positional sub-patterns
    Value match_args; // undef for a self-matching built-in class
    ObjTuple *kwnames;
    ObjTuple *attrs;
} ClassMatch;

static bool extract_attrs(Run *r, const ClassMatch *m, size_t first, bool *matched) {
    size_t total = m->attrs->len;
    Value *seen = mem_alloc(r, (total ? total : 1) * sizeof *seen);
    if (!seen) return false;
    bool ok = true, found = true;
    size_t nseen = 0;
    for (size_t i = first; ok && found && i < total; i++) {
        Value name =
            i < m->npos ? as_tuple(m->match_args)->items[i] : m->kwnames->items[i - m->npos];
        if (!is_str(name)) {
            ok = exc_raise(r, &exc_TypeError, "__match_args__ elements must be strings (got %s)",
                           value_type_name(name));
            break;
        }
        ok = class_attr(r, m->subject, m->cls, name, seen, nseen, &m->attrs->items[i], &found);
        seen[nseen++] = name;
    }
    mem_free(r, seen, (total ? total : 1) * sizeof *seen);
    *matched = found;
    return ok;
}

bool match_class(Run *r, Value subject, Value cls, uint32_t npos, Value names, Value *out) {
    if (!is_obj(cls) || !type_is_subtype(value_type(cls), &type_type)) {
        return exc_raise(r, &exc_TypeError, "called match pattern must be a class");
    }
    *out = v_none();
    ClassMatch m = {.subject = subject,
                    .cls = (const ObjType *)cls.as.obj,
                    .npos = npos,
                    .match_args = v_undef(),
                    .kwnames = as_tuple(names)};
    const ObjType *t = value_type(subject);
    if (!type_is_subtype(t, m.cls) && !mod_enum_derives_from_value_type(t, m.cls)) return true;
    size_t nkw = m.kwnames->len - 1; // the last name is "__match_args__"
    bool self_match = false;
    if (npos && !positional_names(r, m.cls, npos, m.kwnames->items[nkw].as.obj, &m.match_args,
                                  &self_match)) {
        return false;
    }
    if (!gc_push_root(r, m.match_args)) return false;
    Obj *attrs = tuple_new(r, npos + nkw);
    if (!attrs || !gc_push_root(r, v_obj(attrs))) {
        gc_pop_roots(r, 1);
        return false;
    }
    m.attrs = (ObjTuple *)attrs;
    for (size_t k = 0; k < npos + nkw; k++)
        m.attrs->items[k] = v_none();
    // int(x): x is the subject itself
    if (self_match) m.attrs->items[0] = subject;
    bool matched = false;
    bool ok = extract_attrs(r, &m, self_match ? 1 : 0, &matched);
    gc_pop_roots(r, 2);
    if (ok && matched) *out = v_obj(attrs);
    return ok;
}
