// Iterator objects and dict views: the iterators of the built-in containers, d.keys() /
// d.values() / d.items() with their set operations, and enumerate, zip, map, filter and
// reversed. Each iterator keeps its source and a position and re-checks the source on every
// step, which is how CPython's "changed size during iteration" errors arise.
#include "interp/obj_iter.h"

#include <stdio.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/obj_int.h"
#include "interp/obj_list.h"
#include "interp/obj_mappingproxy.h"
#include "interp/obj_range.h"
#include "interp/obj_set.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

// --- shared slots

static bool iter_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "<%s object at 0x%llx>", value_type_name(v),
                      (unsigned long long)run_object_id(r, v.as.obj));
}

bool iter_self(Run *r, Value v, Value *out) {
    (void)r;
    *out = v;
    return true;
}

static Value notimpl(void) {
    return v_obj((Obj *)&obj_notimpl);
}

bool iter_hint_result(Run *r, Value self, const Args *a, int64_t left, Value *out) {
    char qualname[64];
    snprintf(qualname, sizeof qualname, "%s.__length_hint__", value_type_name(self));
    if (!container_args_none(r, a, qualname)) return false;
    *out = v_int(left);
    return true;
}

// --- list and tuple iterators, forward and reverse

typedef struct ObjSeqIter {
    Obj base;
    Value seq;      // undef once exhausted: appending later does not revive the iterator
    int64_t index;
} ObjSeqIter;

Obj *iter_seq_new(Run *r, const ObjType *t, Value seq, int64_t index) {
    ObjSeqIter *it = gc_new(r, ObjSeqIter, t);
    if (!it) return NULL;
    it->seq = seq;
    it->index = index;
    return &it->base;
}

static IterStep seqiter_end(ObjSeqIter *it) {
    it->seq = v_undef();
    return ITER_END;
}

static IterStep seqiter_next(Run *r, Value v, Value *out) {
    (void)r;
    ObjSeqIter *it = (ObjSeqIter *)v.as.obj;
    if (is_undef(it->seq)) return ITER_END;
    bool list = is_list(it->seq);
    size_t len = list ? as_list(it->seq)->len : as_tuple(it->seq)->len;
    if (it->index >= (int64_t)len) return seqiter_end(it);
    *out = list ? as_list(it->seq)->items[it->index] : as_tuple(it->seq)->items[it->index];
    it->index++;
    return ITER_ITEM;
}

static IterStep list_reverse_next(Run *r, Value v, Value *out) {
    (void)r;
    ObjSeqIter *it = (ObjSeqIter *)v.as.obj;
    if (is_undef(it->seq)) return ITER_END;
    ObjList *l = as_list(it->seq);
    if (it->index < 0 || it->index >= (int64_t)l->len) return seqiter_end(it);
    *out = l->items[it->index--];
    return ITER_ITEM;
}

bool identity_hash(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)((uintptr_t)v.as.obj >> 4);
    return true;
}

static void seqiter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjSeqIter *)o)->seq);
}

static bool seqiter_length_hint(Run *r, Value self, const Args *a, Value *out) {
    ObjSeqIter *it = (ObjSeqIter *)self.as.obj;
    int64_t left = 0;
    if (!is_undef(it->seq)) {
        size_t len = is_list(it->seq) ? as_list(it->seq)->len : as_tuple(it->seq)->len;
        left = (int64_t)len - it->index;
    }
    return iter_hint_result(r, self, a, left > 0 ? left : 0, out);
}

// The items a list's reverse iterator has left: none once the list shrank below its place.
static bool list_reverse_length_hint(Run *r, Value self, const Args *a, Value *out) {
    ObjSeqIter *it = (ObjSeqIter *)self.as.obj;
    int64_t left = it->index + 1;
    if (is_undef(it->seq) || (int64_t)as_list(it->seq)->len < left) left = 0;
    return iter_hint_result(r, self, a, left, out);
}

// An iterator type with __length_hint__ (hint_fn) as its one method.
#define ITER_TYPE(var, tname, next_fn, trace_fn, hint_fn)                                   \
    static const MethodDef var##_methods[] = {{"__length_hint__", hint_fn}};                 \
    const ObjType var = {                                                                    \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                                   \
        .name = tname,                                                                       \
        .id = TYPE_ITERATOR,                                                                 \
        .base_type = &type_object,                                                           \
        .methods = var##_methods,                                                            \
        .method_count = 1,                                                                   \
        .slots = {.repr = iter_repr, .hash = identity_hash, .iter = iter_self,               \
                  .next = next_fn, .trace = trace_fn},                                       \
    }

ITER_TYPE(type_list_iterator, "list_iterator", seqiter_next, seqiter_trace, seqiter_length_hint);
ITER_TYPE(type_list_reverseiterator, "list_reverseiterator", list_reverse_next, seqiter_trace,
          list_reverse_length_hint);
ITER_TYPE(type_tuple_iterator, "tuple_iterator", seqiter_next, seqiter_trace,
          seqiter_length_hint);

// --- range iterator

Obj *iter_range_new(Run *r, int64_t start, int64_t step, uint64_t len) {
    ObjRangeIter *it = gc_new(r, ObjRangeIter, &type_range_iterator);
    if (!it) return NULL;
    it->next = start;
    it->step = step;
    it->left = len;
    return &it->base;
}

static IterStep range_iter_next(Run *r, Value v, Value *out) {
    (void)r;
    return range_iter_step((ObjRangeIter *)v.as.obj, out) ? ITER_ITEM : ITER_END;
}

static bool range_iter_length_hint(Run *r, Value self, const Args *a, Value *out) {
    return iter_hint_result(r, self, a, (int64_t)((ObjRangeIter *)self.as.obj)->left, out);
}

ITER_TYPE(type_range_iterator, "range_iterator", range_iter_next, NULL, range_iter_length_hint);

typedef struct ObjBigRangeIter {
    Obj base;
    Value next, step, left;  // ints of any size
} ObjBigRangeIter;

static const ObjType type_longrange_iterator;

Obj *iter_big_range_new(Run *r, Value start, Value step, Value len) {
    ObjBigRangeIter *it = gc_new(r, ObjBigRangeIter, &type_longrange_iterator);
    if (!it) return NULL;
    it->next = start;
    it->step = step;
    it->left = len;
    return &it->base;
}

static IterStep big_range_iter_next(Run *r, Value v, Value *out) {
    ObjBigRangeIter *it = (ObjBigRangeIter *)v.as.obj;
    if (int_sign(it->left) == 0) return ITER_END;
    // both new values are made before either field changes: the old ones stay reachable
    Value next, left;
    if (!int_binary(r, it->next, it->step, AST_OP_ADD, &next) || !gc_push_root(r, next)) {
        return ITER_ERROR;
    }
    bool ok = int_binary(r, it->left, v_int(1), AST_OP_SUB, &left);
    gc_pop_roots(r, 1);
    if (!ok) return ITER_ERROR;
    *out = it->next;
    it->next = next;
    it->left = left;
    return ITER_ITEM;
}

static void big_range_iter_trace(Run *r, Obj *o) {
    ObjBigRangeIter *it = (ObjBigRangeIter *)o;
    gc_mark_value(r, it->next);
    gc_mark_value(r, it->step);
    gc_mark_value(r, it->left);
}

static bool big_range_iter_length_hint(Run *r, Value self, const Args *a, Value *out) {
    if (!iter_hint_result(r, self, a, 0, out)) return false;
    *out = ((ObjBigRangeIter *)self.as.obj)->left;
    return true;
}

static const MethodDef big_range_iter_methods[] = {
    {"__length_hint__", big_range_iter_length_hint},
};

static const ObjType type_longrange_iterator = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "longrange_iterator",
    .id = TYPE_ITERATOR,
    .base_type = &type_object,
    .methods = big_range_iter_methods,
    .method_count = 1,
    .slots = {.repr = iter_repr, .hash = identity_hash, .iter = iter_self,
              .next = big_range_iter_next, .trace = big_range_iter_trace},
};

// --- dict iterators

typedef enum { DICT_KEYS, DICT_VALUES, DICT_ITEMS } DictKind;

typedef struct ObjDictIter {
    Obj base;
    Value dict;     // undef once exhausted
    int64_t pos;    // next entry to look at (reverse iterators walk down)
    int64_t used;   // the dict's length when iteration began; -1 once it changed
    size_t left;    // items still expected
} ObjDictIter;

static DictKind dictiter_kind(const ObjType *t) {
    if (t == &type_dict_valueiterator || t == &type_dict_reversevalueiterator) return DICT_VALUES;
    if (t == &type_dict_itemiterator || t == &type_dict_reverseitemiterator) return DICT_ITEMS;
    return DICT_KEYS;
}

static bool dictiter_reverse(const ObjType *t) {
    return t == &type_dict_reversekeyiterator || t == &type_dict_reversevalueiterator ||
           t == &type_dict_reverseitemiterator;
}

Obj *iter_dict_new(Run *r, const ObjType *t, Obj *dict) {
    ObjDictIter *it = gc_new(r, ObjDictIter, t);
    if (!it) return NULL;
    ObjDict *d = (ObjDict *)dict;
    it->dict = v_obj(dict);
    it->used = (int64_t)d->used;
    it->left = d->used;
    it->pos = dictiter_reverse(t) ? (d->used ? (int64_t)d->nentries - 1 : -1) : 0;
    return &it->base;
}

// The entry the iterator yields next (the dict checked), or -1 at the end.
static bool dictiter_find(Run *r, ObjDictIter *it, int64_t *ix) {
    ObjDict *d = as_dict(it->dict);
    if (it->used != (int64_t)d->used) {
        it->used = -1;  // every later step fails too
        return exc_raise(r, &exc_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = it->pos;
    if (dictiter_reverse(it->base.type)) {
        while (i >= 0 && i < (int64_t)d->nentries && is_undef(d->entries[i].key)) i--;
        *ix = i >= 0 && i < (int64_t)d->nentries ? i : -1;
    } else {
        while (i < (int64_t)d->nentries && is_undef(d->entries[i].key)) i++;
        *ix = i < (int64_t)d->nentries ? i : -1;
    }
    return true;
}

// The next entry of a dict iterator, advancing it.
static IterStep dictiter_step(Run *r, ObjDictIter *it, DictEntry *out) {
    if (is_undef(it->dict)) return ITER_END;
    int64_t ix = -1;
    if (!dictiter_find(r, it, &ix)) return ITER_ERROR;
    if (ix < 0 || it->left == 0) {
        it->dict = v_undef();
        if (ix < 0) return ITER_END;
        exc_raise(r, &exc_RuntimeError, "dictionary keys changed during iteration");
        return ITER_ERROR;
    }
    *out = as_dict(it->dict)->entries[ix];
    it->pos = dictiter_reverse(it->base.type) ? ix - 1 : ix + 1;
    it->left--;
    return ITER_ITEM;
}

static IterStep dictiter_next(Run *r, Value v, Value *out) {
    ObjDictIter *it = (ObjDictIter *)v.as.obj;
    DictEntry e;
    IterStep s = dictiter_step(r, it, &e);
    if (s != ITER_ITEM) return s;
    switch (dictiter_kind(it->base.type)) {
    case DICT_KEYS: *out = e.key; break;
    case DICT_VALUES: *out = e.value; break;
    case DICT_ITEMS: {
        Obj *t = tuple_pack2(r, e.key, e.value);  // both still in the dict
        if (!t) return ITER_ERROR;
        *out = v_obj(t);
        break;
    }
    }
    return ITER_ITEM;
}

static void dictiter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjDictIter *)o)->dict);
}

// The items left, none once the dict changed size.
static bool dictiter_length_hint(Run *r, Value self, const Args *a, Value *out) {
    ObjDictIter *it = (ObjDictIter *)self.as.obj;
    bool same = !is_undef(it->dict) && it->used == (int64_t)as_dict(it->dict)->used;
    return iter_hint_result(r, self, a, same ? (int64_t)it->left : 0, out);
}

#define DICT_ITER_TYPE(var, tname) \
    ITER_TYPE(var, tname, dictiter_next, dictiter_trace, dictiter_length_hint)
DICT_ITER_TYPE(type_dict_keyiterator, "dict_keyiterator");
DICT_ITER_TYPE(type_dict_valueiterator, "dict_valueiterator");
DICT_ITER_TYPE(type_dict_itemiterator, "dict_itemiterator");
DICT_ITER_TYPE(type_dict_reversekeyiterator, "dict_reversekeyiterator");
DICT_ITER_TYPE(type_dict_reversevalueiterator, "dict_reversevalueiterator");
DICT_ITER_TYPE(type_dict_reverseitemiterator, "dict_reverseitemiterator");
#undef DICT_ITER_TYPE

// --- set iterator

typedef struct ObjSetIter {
    Obj base;
    Value set;     // undef once exhausted
    size_t pos;    // next table slot to look at
    int64_t used;  // the set's length when iteration began; -1 once it changed
} ObjSetIter;

Obj *iter_set_new(Run *r, Obj *set) {
    ObjSetIter *it = gc_new(r, ObjSetIter, &type_set_iterator);
    if (!it) return NULL;
    it->set = v_obj(set);
    it->used = (int64_t)((ObjSet *)set)->used;
    return &it->base;
}

static IterStep setiter_next(Run *r, Value v, Value *out) {
    ObjSetIter *it = (ObjSetIter *)v.as.obj;
    if (is_undef(it->set)) return ITER_END;
    ObjSet *s = as_set(it->set);
    if (it->used != (int64_t)s->used) {
        it->used = -1;
        exc_raise(r, &exc_RuntimeError, "Set changed size during iteration");
        return ITER_ERROR;
    }
    size_t i = it->pos;
    while (i <= s->mask && is_undef(s->table[i].key)) i++;
    it->pos = i + 1;
    if (i > s->mask) {
        it->set = v_undef();
        return ITER_END;
    }
    *out = s->table[i].key;
    return ITER_ITEM;
}

static void setiter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjSetIter *)o)->set);
}

// The keys left past the iterator's slot, none once the set changed size.
static bool setiter_length_hint(Run *r, Value self, const Args *a, Value *out) {
    ObjSetIter *it = (ObjSetIter *)self.as.obj;
    int64_t left = 0;
    if (!is_undef(it->set) && it->used == (int64_t)as_set(it->set)->used) {
        const ObjSet *s = as_set(it->set);
        for (size_t i = it->pos; s->table && i <= s->mask; i++) left += !is_undef(s->table[i].key);
    }
    return iter_hint_result(r, self, a, left, out);
}

ITER_TYPE(type_set_iterator, "set_iterator", setiter_next, setiter_trace, setiter_length_hint);

// --- dict views

typedef struct ObjView {
    Obj base;
    Value dict;
} ObjView;

Obj *iter_view_new(Run *r, const ObjType *t, Obj *dict) {
    ObjView *view = gc_new(r, ObjView, t);
    if (!view) return NULL;
    view->dict = v_obj(dict);
    return &view->base;
}

static Obj *view_dict(Value v) {
    return ((ObjView *)v.as.obj)->dict.as.obj;
}

// Views whose items are unique and hashable, so they act as sets.
static bool view_setlike(Value v) {
    return is_dict_view(v) && v.as.obj->type != &type_dict_values;
}

static const ObjType *view_iter_type(const ObjType *view, bool reverse) {
    if (view == &type_dict_values) {
        return reverse ? &type_dict_reversevalueiterator : &type_dict_valueiterator;
    }
    if (view == &type_dict_items) {
        return reverse ? &type_dict_reverseitemiterator : &type_dict_itemiterator;
    }
    return reverse ? &type_dict_reversekeyiterator : &type_dict_keyiterator;
}

static bool view_iter(Run *r, Value v, Value *out) {
    Obj *it = iter_dict_new(r, view_iter_type(v.as.obj->type, false), view_dict(v));
    if (!it) return false;
    *out = v_obj(it);
    return true;
}

static bool view_len(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)dict_len(view_dict(v));
    return true;
}

static bool view_repr(Run *r, Value v, Buf *out) {
    if (!container_repr_enter(v.as.obj)) return buf_append_cstr(out, "...");
    Obj *items = list_from_iterable(r, v);
    bool ok = items && gc_push_root(r, v_obj(items));
    if (ok) {
        ok = buf_printf(out, "%s(", value_type_name(v)) && ops_repr(r, v_obj(items), out) &&
             buf_append_char(out, ')');
        gc_pop_roots(r, 1);
    }
    container_repr_leave(v.as.obj);
    return ok;
}

static bool view_keys_contains(Run *r, Value v, Value x, bool *out) {
    Value val;
    return dict_get(r, view_dict(v), x, &val, out);
}

// (key, value) in d.items()
static bool view_items_contains(Run *r, Value v, Value x, bool *out) {
    *out = false;
    if (!is_tuple(x) || as_tuple(x)->len != 2) return true;
    Value val;
    bool found;
    if (!dict_get(r, view_dict(v), as_tuple(x)->items[0], &val, &found)) return false;
    return !found || container_eq_rooted(r, val, as_tuple(x)->items[1], out);
}

static bool view_contains(Run *r, Value v, Value x, bool *out) {
    if (v.as.obj->type == &type_dict_items) return view_items_contains(r, v, x, out);
    return view_keys_contains(r, v, x, out);
}

// Whether every item of `inner` is in `outer` (CPython's all_contained_in).
static bool view_all_contained(Run *r, Value inner, Value outer, bool *out) {
    Value it, item;
    if (!ops_iter(r, inner, &it) || !gc_push_root(r, it)) return false;
    IterStep s;
    *out = true;
    while (*out && (s = ops_next(r, it, &item)) == ITER_ITEM) {
        if (!ops_contains(r, outer, item, out)) break;
    }
    gc_pop_roots(r, 1);
    return !*out || s == ITER_END;
}

static bool view_compare_bool(Run *r, Value a, Value b, int64_t la, int64_t lb, int op,
                              bool *out) {
    *out = false;
    switch (op) {
    case AST_CMP_EQ:
    case AST_CMP_NE:
        if (la == lb && !view_all_contained(r, a, b, out)) return false;
        if (op == AST_CMP_NE) *out = !*out;
        return true;
    case AST_CMP_LT: return la >= lb || view_all_contained(r, a, b, out);
    case AST_CMP_LE: return la > lb || view_all_contained(r, a, b, out);
    case AST_CMP_GT: return la <= lb || view_all_contained(r, b, a, out);
    default: return la < lb || view_all_contained(r, b, a, out);
    }
}

static bool view_compare(Run *r, Value a, Value b, int op, Value *out) {
    *out = notimpl();
    if (!is_anyset(b) && !view_setlike(b)) return true;
    int64_t la, lb;
    bool res;
    if (!ops_len(r, a, &la) || !ops_len(r, b, &lb)) return false;
    if (!view_compare_bool(r, a, b, la, lb, op, &res)) return false;
    *out = v_bool(res);
    return true;
}

// set(v), from the dict itself for a keys view (CPython's dictviews_to_set); rooted.
static Obj *view_to_set_rooted(Run *r, Value v) {
    Value src = v.as.obj->type == &type_dict_keys ? v_obj(view_dict(v)) : v;
    Obj *s = set_new(r, false);
    if (!s || !gc_push_root(r, v_obj(s))) return NULL;
    if (set_update(r, s, src)) return s;
    gc_pop_roots(r, 1);
    return NULL;
}

// Adds to result each item of `walk` that `probe` (a view or set) contains.
static bool view_intersect_into(Run *r, Obj *result, Value walk, Value probe) {
    Value it, item;
    if (!ops_iter(r, walk, &it) || !gc_push_root(r, it)) return false;
    IterStep s;
    while ((s = ops_next(r, it, &item)) == ITER_ITEM) {
        bool in;
        if (!gc_push_root(r, item)) break;
        bool ok = ops_contains(r, probe, item, &in) && (!in || set_add(r, result, item));
        gc_pop_roots(r, 1);
        if (!ok) break;
    }
    gc_pop_roots(r, 1);
    return s == ITER_END;
}

// view & other (CPython's _PyDictView_Intersect): walks the smaller side.
static bool view_intersect(Run *r, Value a, Value b, Value *out) {
    Value self = view_setlike(a) ? a : b, other = view_setlike(a) ? b : a;
    int64_t ls = (int64_t)dict_len(view_dict(self)), lo;
    Value walk = other, probe = self;
    if (is_anyset(other) && other.as.obj->type == &type_set) {
        if (!ops_len(r, other, &lo)) return false;
        if (ls <= lo) {
            walk = self;  // other.intersection(self)
            probe = other;
        }
    } else if (view_setlike(other) && (int64_t)dict_len(view_dict(other)) > ls) {
        walk = self;
        probe = other;
    }
    Obj *result = set_new(r, false);
    if (!result || !gc_push_root(r, v_obj(result))) return false;
    bool ok = view_intersect_into(r, result, walk, probe);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(result);
    return ok;
}

static bool view_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = notimpl();
    if (op != AST_OP_BITOR && op != AST_OP_BITAND && op != AST_OP_SUB && op != AST_OP_BITXOR) {
        return true;
    }
    if (op == AST_OP_BITAND) return view_intersect(r, a, b, out);
    // set(a) op= b, whichever side the view is on
    Obj *s = is_dict_view(a) ? view_to_set_rooted(r, a) : set_from_iterable(r, a, false);
    if (!s || (!is_dict_view(a) && !gc_push_root(r, v_obj(s)))) return false;
    bool ok = set_update_op(r, s, b, op);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(s);
    return ok;
}

static bool view_isdisjoint(Run *r, Value self, const Args *a, Value *out) {
    char name[32];
    snprintf(name, sizeof name, "%s.isdisjoint", value_type_name(self));
    if (!container_args_one(r, a, name)) return false;
    Value it, item;
    if (!ops_iter(r, a->pos[0], &it) || !gc_push_root(r, it)) return false;
    IterStep s;
    bool found = false;
    while (!found && (s = ops_next(r, it, &item)) == ITER_ITEM) {
        if (!view_contains(r, self, item, &found)) break;
    }
    gc_pop_roots(r, 1);
    if (!found && s != ITER_END) return false;
    *out = v_bool(!found);
    return true;
}

static void view_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjView *)o)->dict);
}

// view.mapping: a read-only proxy of the dict
static bool view_getattr(Run *r, Value v, Obj *name, Value *out) {
    *out = v_undef();
    if (!str_equal_cstr((const ObjStr *)name, "mapping")) return true;
    Obj *proxy = mappingproxy_new(r, v_obj(view_dict(v)));
    if (!proxy) return false;
    *out = v_obj(proxy);
    return true;
}

static const MethodDef view_methods[] = {
    {"isdisjoint", view_isdisjoint},
};

#define VIEW_TYPE(var, tname, setlike)                                                  \
    const ObjType var = {                                                                \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                               \
        .name = tname,                                                                   \
        .id = TYPE_VIEW,                                                                 \
        .base_type = &type_object,                                                       \
        .methods = setlike ? view_methods : NULL,                                        \
        .method_count = setlike ? 1 : 0,                                                 \
        .slots = {                                                                       \
            .repr = view_repr,                                                           \
            .hash = setlike ? NULL : identity_hash,  /* keys, items: __eq__ without hash */ \
            .compare = setlike ? view_compare : NULL,                                    \
            .binary = setlike ? view_binary : NULL,                                      \
            .len = view_len,                                                             \
            .contains = setlike ? view_contains : NULL,                                  \
            .iter = view_iter,                                                           \
            .getattr = view_getattr,                                                     \
            .trace = view_trace,                                                         \
        },                                                                               \
    }

VIEW_TYPE(type_dict_keys, "dict_keys", true);
VIEW_TYPE(type_dict_values, "dict_values", false);
VIEW_TYPE(type_dict_items, "dict_items", true);

// --- enumerate(iterable, start=0)

typedef struct ObjEnumerate {
    Obj base;
    Value iter;
    Value count;  // an int, big once it passes int64
} ObjEnumerate;

// The next (count, item) of an enumerate, advancing it; out[1] is rooted while the count
// grows, out[0] (the old count) stays with the caller's roots.
static IterStep enumerate_step(Run *r, ObjEnumerate *e, Value out[2]) {
    IterStep s = ops_next(r, e->iter, &out[1]);
    if (s != ITER_ITEM) return s;
    out[0] = e->count;
    if (is_int(e->count) && e->count.as.i < INT64_MAX) {
        e->count = v_int(e->count.as.i + 1);
        return ITER_ITEM;
    }
    // past int64 the count continues as a big int
    Value next;
    if (!gc_push_root(r, out[0]) || !gc_push_root(r, out[1])) return ITER_ERROR;
    bool ok = ops_binary(r, e->count, v_int(1), AST_OP_ADD, &next);
    gc_pop_roots(r, 2);
    if (!ok) return ITER_ERROR;
    e->count = next;
    return ITER_ITEM;
}

static IterStep enumerate_next(Run *r, Value v, Value *out) {
    Value pair[2];
    IterStep s = enumerate_step(r, (ObjEnumerate *)v.as.obj, pair);
    if (s != ITER_ITEM) return s;
    if (!gc_push_root(r, pair[0]) || !gc_push_root(r, pair[1])) return ITER_ERROR;
    Obj *t = tuple_pack2(r, pair[0], pair[1]);
    gc_pop_roots(r, 2);
    if (!t) return ITER_ERROR;
    *out = v_obj(t);
    return ITER_ITEM;
}

bool iter_yields_pairs(Value it) {
    if (it.tag != VAL_OBJ) return false;
    const ObjType *t = it.as.obj->type;
    return t == &type_enumerate || t == &type_dict_itemiterator || t == &type_dict_reverseitemiterator;
}

IterStep iter_next_pair(Run *r, Value it, Value out[2]) {
    if (it.as.obj->type == &type_enumerate) return enumerate_step(r, (ObjEnumerate *)it.as.obj, out);
    DictEntry e;
    IterStep s = dictiter_step(r, (ObjDictIter *)it.as.obj, &e);
    if (s == ITER_ITEM) {
        out[0] = e.key;  // both still in the dict
        out[1] = e.value;
    }
    return s;
}

static void enumerate_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjEnumerate *)o)->iter);
    gc_mark_value(r, ((ObjEnumerate *)o)->count);
}

// enumerate's arguments, with its own wording of the errors.
static bool enumerate_args(Run *r, const Args *a, Value *args) {
    static const char *const names[] = {"iterable", "start"};
    static const ArgSpec spec = {
        .fname = "enumerate", .names = names, .count = 2, .max_pos = 2, .required = 1};
    if (a->npos > 2) {
        return exc_raise(r, &exc_TypeError, "enumerate() takes at most 2 arguments (%u given)",
                         a->npos + a->nkw);
    }
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *n = (const ObjStr *)a->kwnames[k];
        if (!str_equal_cstr(n, "iterable") && !str_equal_cstr(n, "start")) {
            return exc_raise(r, &exc_TypeError,
                             "'%s' is an invalid keyword argument for enumerate()", n->data);
        }
    }
    if (args_bind(r, a, &spec, args)) return true;
    if (!exc_pending_is(r, &exc_TypeError) || !is_undef(args[0])) return false;
    exc_clear(r);
    return exc_raise(r, &exc_TypeError, "enumerate() missing required argument 'iterable'");
}

static bool enumerate_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value args[2], it;
    if (!enumerate_args(r, a, args)) return false;
    Value start = is_undef(args[1]) ? v_int(0) : args[1];
    int64_t n;
    if (is_bool(start)) start = v_int(start.as.b);
    if (!container_is_int(start) && !ops_index(r, start, &n)) return false;
    if (!container_is_int(start)) start = v_int(n);
    if (!ops_iter(r, args[0], &it) || !gc_push_root(r, it)) return false;
    ObjEnumerate *e = gc_new(r, ObjEnumerate, &type_enumerate);
    gc_pop_roots(r, 1);
    if (!e) return false;
    e->iter = it;
    e->count = start;
    *out = v_obj(&e->base);
    return true;
}

// --- zip(*iterables, strict=False) and map(function, *iterables, strict=False)

typedef struct ObjZip {
    Obj base;
    Value func;   // map: the function; zip: undef
    Value iters;  // a tuple of iterators
    bool strict;
} ObjZip;

// strict=True found iterator i exhausted first or last: CPython's length-mismatch error.
static IterStep zip_strict_mismatch(Run *r, const char *fname, uint32_t i, bool longer) {
    exc_raise(r, &exc_ValueError, "%s() argument %u is %s than argument%s%u", fname, i + 1,
              longer ? "longer" : "shorter", i == 1 ? " " : "s 1-", i);
    return ITER_ERROR;
}

// Iterator i ended first: fine unless strict, when every other iterator must end here too.
static IterStep zip_check_strict(Run *r, ObjZip *z, const char *fname, uint32_t i) {
    if (!z->strict) return ITER_END;
    if (i) return zip_strict_mismatch(r, fname, i, false);
    ObjTuple *its = as_tuple(z->iters);
    for (uint32_t k = 1; k < its->len; k++) {
        Value item;
        IterStep s = ops_next(r, its->items[k], &item);
        if (s == ITER_ERROR) return s;
        if (s == ITER_ITEM) return zip_strict_mismatch(r, fname, k, true);
    }
    return ITER_END;
}

// One item from every iterator into the tuple t (rooted by the caller).
static IterStep zip_fill(Run *r, ObjZip *z, const char *fname, ObjTuple *t) {
    ObjTuple *its = as_tuple(z->iters);
    for (uint32_t i = 0; i < its->len; i++) {
        IterStep s = ops_next(r, its->items[i], &t->items[i]);
        if (s == ITER_ERROR) return s;
        if (s == ITER_END) return zip_check_strict(r, z, fname, i);
    }
    return ITER_ITEM;
}

static IterStep zip_next(Run *r, Value v, Value *out) {
    ObjZip *z = (ObjZip *)v.as.obj;
    size_t n = as_tuple(z->iters)->len;
    if (n == 0) return ITER_END;
    Obj *t = tuple_new(r, n);
    if (!t || !gc_push_root(r, v_obj(t))) return ITER_ERROR;
    IterStep s = zip_fill(r, z, "zip", (ObjTuple *)t);
    gc_pop_roots(r, 1);
    if (s == ITER_ITEM) *out = v_obj(t);
    return s;
}

Value map_func(Value m) {
    return ((ObjZip *)m.as.obj)->func;
}

IterStep map_next_args(Run *r, Value m, Value *args) {
    ObjZip *z = (ObjZip *)m.as.obj;
    Obj *t = tuple_new(r, as_tuple(z->iters)->len);
    if (!t || !gc_push_root(r, v_obj(t))) return ITER_ERROR;
    IterStep s = zip_fill(r, z, "map", (ObjTuple *)t);
    gc_pop_roots(r, 1);
    *args = v_obj(t);
    return s;
}

static IterStep map_next(Run *r, Value v, Value *out) {
    Value t;
    IterStep s = map_next_args(r, v, &t);
    if (s != ITER_ITEM || !gc_push_root(r, t)) return s == ITER_ITEM ? ITER_ERROR : s;
    Args args = {.pos = as_tuple(t)->items, .npos = (uint32_t)as_tuple(t)->len};
    if (!ops_call(r, map_func(v), &args, out)) s = ITER_ERROR;
    gc_pop_roots(r, 1);
    return s;
}

static void zip_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjZip *)o)->func);
    gc_mark_value(r, ((ObjZip *)o)->iters);
}

// The `strict` keyword, the only one zip and map take.
static bool zip_strict_arg(Run *r, const Args *a, const char *fname, bool *strict) {
    *strict = false;
    if (a->nkw > 1) {
        return exc_raise(r, &exc_TypeError, "%s() takes at most 1 keyword argument (%u given)",
                         fname, a->nkw);
    }
    if (a->nkw == 0) return true;
    const ObjStr *n = (const ObjStr *)a->kwnames[0];
    static const char *const names[] = {"strict"};
    if (!str_equal_cstr(n, "strict")) return args_unexpected_keyword(r, fname, &n->base, names, 1);
    return ops_truthy(r, a->kwvalues[0], strict);
}

// A zip or map object over iter() of each of vs[0..n).
static bool zip_make(Run *r, const ObjType *t, Value func, const Value *vs, uint32_t n,
                     bool strict, Value *out) {
    Obj *iters = tuple_new(r, n);
    if (!iters || !gc_push_root(r, v_obj(iters))) return false;
    bool ok = true;
    for (uint32_t k = 0; ok && k < n; k++) ok = ops_iter(r, vs[k], &((ObjTuple *)iters)->items[k]);
    ObjZip *z = ok ? gc_new(r, ObjZip, t) : NULL;
    gc_pop_roots(r, 1);
    if (!z) return false;
    z->func = func;
    z->iters = v_obj(iters);
    z->strict = strict;
    *out = v_obj(&z->base);
    return true;
}

static bool zip_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    bool strict;
    if (!zip_strict_arg(r, a, "zip", &strict)) return false;
    return zip_make(r, &type_zip, v_undef(), a->pos, a->npos, strict, out);
}

static bool map_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    bool strict;
    if (!zip_strict_arg(r, a, "map", &strict)) return false;
    if (a->npos < 2) return exc_raise(r, &exc_TypeError, "map() must have at least two arguments.");
    return zip_make(r, &type_map, a->pos[0], a->pos + 1, a->npos - 1, strict, out);
}

// --- filter(function, iterable)

typedef struct ObjFilter {
    Obj base;
    Value func;  // None: the items' own truth
    Value iter;
} ObjFilter;

Value filter_func(Value f) {
    return ((ObjFilter *)f.as.obj)->func;
}

Value filter_iter(Value f) {
    return ((ObjFilter *)f.as.obj)->iter;
}

Value iter_wrapped(Value it) {
    if (it.tag != VAL_OBJ) return v_undef();
    const ObjType *t = it.as.obj->type;
    if (t == &type_enumerate) return ((ObjEnumerate *)it.as.obj)->iter;
    if (t == &type_filter) return ((ObjFilter *)it.as.obj)->iter;
    if (t != &type_zip && t != &type_map) return v_undef();
    Value iters = ((ObjZip *)it.as.obj)->iters;
    if (iters.tag != VAL_OBJ || !as_tuple(iters)->len) return v_undef();
    return as_tuple(iters)->items[0];
}

static bool filter_keep(Run *r, ObjFilter *f, Value item, bool *keep) {
    if (is_none(f->func) || (is_obj(f->func) && f->func.as.obj == &type_bool.base)) {
        return ops_truthy(r, item, keep);
    }
    Value res;
    Args args = {.pos = &item, .npos = 1};
    return ops_call(r, f->func, &args, &res) && ops_truthy(r, res, keep);
}

static IterStep filter_next(Run *r, Value v, Value *out) {
    ObjFilter *f = (ObjFilter *)v.as.obj;
    Value item;
    IterStep s;
    while ((s = ops_next(r, f->iter, &item)) == ITER_ITEM) {
        bool keep;
        if (!gc_push_root(r, item)) return ITER_ERROR;
        bool ok = filter_keep(r, f, item, &keep);
        gc_pop_roots(r, 1);
        if (!ok) return ITER_ERROR;
        if (keep) {
            *out = item;
            return ITER_ITEM;
        }
    }
    return s;
}

static void filter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjFilter *)o)->func);
    gc_mark_value(r, ((ObjFilter *)o)->iter);
}

static bool filter_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value it;
    if (!container_args_count(r, a, "filter", 2, 2)) return false;
    if (!ops_iter(r, a->pos[1], &it) || !gc_push_root(r, it)) return false;
    ObjFilter *f = gc_new(r, ObjFilter, &type_filter);
    gc_pop_roots(r, 1);
    if (!f) return false;
    f->func = a->pos[0];
    f->iter = it;
    *out = v_obj(&f->base);
    return true;
}

// --- reversed(sequence)

static IterStep reversed_next(Run *r, Value v, Value *out) {
    ObjSeqIter *it = (ObjSeqIter *)v.as.obj;
    if (it->index >= 0 && !is_undef(it->seq)) {
        if (ops_getitem(r, it->seq, v_int(it->index), out)) {
            it->index--;
            return ITER_ITEM;
        }
        if (!exc_pending_is(r, &exc_IndexError) && !exc_pending_is(r, &exc_StopIteration)) {
            return ITER_ERROR;
        }
        exc_clear(r);
    }
    it->index = -1;
    it->seq = v_undef();
    return ITER_END;
}

// reversed() of an object of a user class: its __reversed__, else undef.
static bool reversed_user(Run *r, Value seq, Value *out) {
    Value method;
    *out = v_undef();
    Obj *name = str_from_cstr(r, "__reversed__");
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    bool ok = ops_getattr(r, seq, name, &method);
    gc_pop_roots(r, 1);
    if (!ok) {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        return true;
    }
    Args none = {0};
    return ops_call(r, method, &none, out);
}

bool iter_reversed(Run *r, Value seq, Value *out) {
    Obj *it = NULL;
    if (is_list(seq)) {
        it = iter_seq_new(r, &type_list_reverseiterator, seq, (int64_t)as_list(seq)->len - 1);
    } else if (is_range(seq)) {
        it = range_reversed(r, seq);
    } else if (is_dict(seq)) {
        it = iter_dict_new(r, &type_dict_reversekeyiterator, seq.as.obj);
    } else if (is_dict_view(seq)) {
        it = iter_dict_new(r, view_iter_type(seq.as.obj->type, true), view_dict(seq));
    } else {
        const ObjType *t = value_type(seq);
        int64_t len;
        if (container_is_user(seq)) {
            if (!reversed_user(r, seq, out)) return false;
            if (!is_undef(*out)) return true;
        }
        const MethodDef *own = ops_type_method(t, "__reversed__");  // mappingproxy's
        if (own && !(own->flags & METHOD_SLOT)) return own->fn(r, seq, &(Args){0}, out);
        if (!t->slots.getitem || is_anyset(seq)) {
            return exc_raise(r, &exc_TypeError, "'%s' object is not reversible", t->name);
        }
        if (!t->slots.len) {  // a sequence by __getitem__, whose length is needed
            return exc_raise(r, &exc_TypeError, "object of type '%s' has no len()", t->name);
        }
        if (!ops_len(r, seq, &len)) return false;
        it = iter_seq_new(r, &type_reversed, seq, len - 1);
    }
    if (!it) return false;
    *out = v_obj(it);
    return true;
}

// reversed(seq).__length_hint__(): the items left, none once seq shrank below the place.
static bool reversed_length_hint(Run *r, Value self, const Args *a, Value *out) {
    ObjSeqIter *it = (ObjSeqIter *)self.as.obj;
    int64_t size = 0, left = it->index + 1;
    if (!is_undef(it->seq) && !ops_len(r, it->seq, &size)) return false;
    return iter_hint_result(r, self, a, is_undef(it->seq) || size < left ? 0 : left, out);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint},
};

static bool reversed_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!container_args_count(r, a, "reversed", 1, 1)) return false;
    return iter_reversed(r, a->pos[0], out);
}

#define BUILTIN_ITER_TYPE(var, tname, ctor, next_fn, trace_fn, method_defs, n_methods)       \
    const ObjType var = {                                                                    \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                                   \
        .name = tname,                                                                       \
        .id = TYPE_ITERATOR,                                                                 \
        .base_type = &type_object,                                                           \
        .construct = ctor,                                                                   \
        .slots = {.repr = iter_repr, .hash = identity_hash, .iter = iter_self,               \
                  .next = next_fn, .trace = trace_fn},                                       \
        .methods = method_defs,                                                              \
        .method_count = n_methods,                                                           \
    }

BUILTIN_ITER_TYPE(type_enumerate, "enumerate", enumerate_construct, enumerate_next,
                  enumerate_trace, NULL, 0);
BUILTIN_ITER_TYPE(type_zip, "zip", zip_construct, zip_next, zip_trace, NULL, 0);
BUILTIN_ITER_TYPE(type_map, "map", map_construct, map_next, zip_trace, NULL, 0);
BUILTIN_ITER_TYPE(type_filter, "filter", filter_construct, filter_next, filter_trace, NULL, 0);
BUILTIN_ITER_TYPE(type_reversed, "reversed", reversed_construct, reversed_next, seqiter_trace,
                  reversed_methods, 1);
