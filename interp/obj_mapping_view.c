// collections.abc's KeysView, ValuesView and ItemsView: live views of a mapping read through
// its own protocols (len, iteration, lookups), as Mapping.keys() and friends give them —
// ChainMap's keys(), values() and items(). Keys and items views are Sets: they compare and
// combine (& | - ^) as sets of what they iterate.
#include "interp/obj_mapping_view.h"

#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

typedef struct ObjMappingView {
    Obj base;
    Value mapping;
} ObjMappingView;

static Value viewed(Value v) {
    return ((ObjMappingView *)v.as.obj)->mapping;
}

static bool is_view(Value v) {
    if (v.tag != VAL_OBJ) return false;
    const ObjType *t = v.as.obj->type;
    return t == &type_keys_view || t == &type_values_view || t == &type_items_view;
}

Obj *mapping_view_new(Run *r, const ObjType *kind, Value mapping) {
    ObjMappingView *p = gc_new(r, ObjMappingView, kind);
    if (!p) return NULL;
    p->mapping = mapping;
    return &p->base;
}

static bool view_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "%s(", v.as.obj->type->name) && ops_repr(r, viewed(v), out) && buf_append_char(out, ')');
}

static bool view_len(Run *r, Value v, int64_t *out) {
    return ops_len(r, viewed(v), out);
}

// What the view iterates, read now: the keys, mapping[key] for each, or (key, mapping[key]).
static Obj *view_list(Run *r, Value v) {
    Obj *keys = list_from_iterable(r, viewed(v));
    if (!keys || v.as.obj->type == &type_keys_view) return keys;
    if (!gc_push_root(r, v_obj(keys))) return NULL;
    ObjList *l = (ObjList *)keys;
    bool ok = true;
    for (size_t k = 0; ok && k < l->len; k++) {
        Value value;
        ok = ops_getitem(r, viewed(v), l->items[k], &value);
        if (ok && v.as.obj->type == &type_items_view) {
            ok = gc_push_root(r, value);
            Obj *pair = ok ? tuple_new(r, 2) : NULL;
            if (ok) gc_pop_roots(r, 1);
            ok = pair != NULL;
            if (ok) {
                ((ObjTuple *)pair)->items[0] = l->items[k];
                ((ObjTuple *)pair)->items[1] = value;
                value = v_obj(pair);
            }
        }
        if (ok) l->items[k] = value;
    }
    gc_pop_roots(r, 1);
    return ok ? keys : NULL;
}

static bool view_iter(Run *r, Value v, Value *out) {
    if (v.as.obj->type == &type_keys_view) return ops_iter(r, viewed(v), out);
    Obj *l = view_list(r, v);
    if (!l || !gc_push_root(r, v_obj(l))) return false;
    bool ok = ops_iter(r, v_obj(l), out);
    gc_pop_roots(r, 1);
    return ok;
}

// v is value or v == value, as ValuesView and ItemsView test.
static bool same_or_equal(Run *r, Value a, Value b, bool *out) {
    if (a.tag == VAL_OBJ && b.tag == VAL_OBJ && a.as.obj == b.as.obj) {
        *out = true;
        return true;
    }
    return ops_eq(r, a, b, out);
}

// `key, value = item` failing in ItemsView.__contains__ (frozen: no source line).
static bool items_unpack_failed(Run *r) {
    LIBFRAMES_ADD(r, LF_ITEMS_VIEW_CONTAINS);
    return false;
}

static bool items_contain(Run *r, Value v, Value item, bool *out) {
    *out = false;
    Value it;
    if (!ops_iter(r, item, &it)) {
        if (!exc_pending_is(r, &exc_TypeError)) return false;
        exc_clear(r);
        exc_raise(r, &exc_TypeError, "cannot unpack non-iterable %s object", value_type_name(item));
        return items_unpack_failed(r);
    }
    Obj *pair = tuple_from_iterable(r, item);  // key, value = item
    if (!pair) return items_unpack_failed(r);
    const ObjTuple *t = (const ObjTuple *)pair;
    if (t->len != 2) {
        // a tuple or list unpacks knowing its length; other iterables stop at the third item
        bool sized = is_tuple(item) || is_list(item);
        exc_raise(r, &exc_ValueError, t->len < 2 ? "not enough values to unpack (expected 2, got %zu)"
                                      : sized    ? "too many values to unpack (expected 2, got %zu)"
                                                 : "too many values to unpack (expected 2)", t->len);
        return items_unpack_failed(r);
    }
    if (!gc_push_root(r, v_obj(pair))) return false;
    Value found;
    bool ok = ops_getitem(r, viewed(v), t->items[0], &found);
    if (!ok && exc_pending_is(r, &exc_KeyError)) {
        exc_clear(r);
        ok = true;
    } else if (ok) {
        ok = same_or_equal(r, found, t->items[1], out);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool view_contains(Run *r, Value v, Value x, bool *out) {
    const ObjType *t = v.as.obj->type;
    if (t == &type_keys_view) return ops_contains(r, viewed(v), x, out);
    if (t == &type_items_view) return items_contain(r, v, x, out);
    Obj *values = view_list(r, v);
    if (!values || !gc_push_root(r, v_obj(values))) return false;
    bool ok = true;
    *out = false;
    for (size_t k = 0; ok && !*out && k < ((ObjList *)values)->len; k++) {
        ok = same_or_equal(r, ((ObjList *)values)->items[k], x, out);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// What a Set operand stands for: a set or frozenset itself, anything else the set of what it
// iterates (a keys or items view, a list given to keys & [...]).
static bool operand_set(Run *r, Value v, Value *out) {
    if (is_anyset(v)) {
        *out = v;
        return true;
    }
    Obj *l = is_view(v) ? view_list(r, v) : list_from_iterable(r, v);
    if (!l || !gc_push_root(r, v_obj(l))) return false;
    Obj *s = set_from_iterable(r, v_obj(l), false);
    gc_pop_roots(r, 1);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool is_set_like(Value v) {
    if (is_anyset(v)) return true;
    const ObjType *t = value_type(v);
    return t == &type_keys_view || t == &type_items_view || t == &type_dict_keys || t == &type_dict_items;
}

// Set's comparisons and operators, on the sets the operands stand for.
static bool view_set_op(Run *r, Value a, Value b, bool compare, int op, Value *out) {
    Value sa, sb;
    if (!operand_set(r, a, &sa) || !gc_push_root(r, sa)) return false;
    bool ok = operand_set(r, b, &sb) && gc_push_root(r, sb);
    if (ok) {
        ok = compare ? ops_compare(r, sa, sb, op, out) : ops_binary(r, sa, sb, op, out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// Against anything but a Set, Set's comparisons are NotImplemented.
static bool view_compare(Run *r, Value a, Value b, int op, Value *out) {
    if (!is_set_like(a) || !is_set_like(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    return view_set_op(r, a, b, true, op, out);
}

// Set's & | - ^ take any iterable on the other side (NotImplemented for the rest).
static bool view_binary(Run *r, Value a, Value b, int op, Value *out) {
    bool setop = op == AST_OP_BITAND || op == AST_OP_BITOR || op == AST_OP_SUB || op == AST_OP_BITXOR;
    Value it;
    if (setop && !ops_iter(r, is_view(a) ? b : a, &it)) {
        if (!exc_pending_is(r, &exc_TypeError)) return false;
        exc_clear(r);
        setop = false;
    }
    if (!setop) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    return view_set_op(r, a, b, false, op, out);
}

static void view_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjMappingView *)o)->mapping);
}

#define MAPPING_VIEW_TYPE(VAR, NAME, SET_SLOTS)                                         \
    const ObjType VAR = {                                                               \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                              \
        .name = NAME,                                                                   \
        .module = "collections.abc",                                                    \
        .id = TYPE_OBJECT,                                                              \
        .base_type = &type_object,                                                      \
        .slots = {                                                                      \
            .repr = view_repr,                                                          \
            .len = view_len,                                                            \
            .iter = view_iter,                                                          \
            .contains = view_contains,                                                  \
            .compare = SET_SLOTS ? view_compare : NULL,                                 \
            .binary = SET_SLOTS ? view_binary : NULL,                                   \
            .trace = view_trace,                                                        \
        },                                                                              \
    };
MAPPING_VIEW_TYPE(type_keys_view, "KeysView", true)
MAPPING_VIEW_TYPE(type_values_view, "ValuesView", false)
MAPPING_VIEW_TYPE(type_items_view, "ItemsView", true)
#undef MAPPING_VIEW_TYPE
