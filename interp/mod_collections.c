// collections: defaultdict and OrderedDict (dict-layout built-in types deriving from dict, so
// dict's methods and every is_dict fast path serve them), namedtuple (classes with tuple's
// layout, obj_class_tuple.c), and the module table; deque is obj_deque.c, Counter
// mod_collections_counter.c.
#include "interp/mod_collections.h"

#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_typing.h"
#include "interp/modules.h"
#include "interp/obj_class.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_deque.h"
#include "interp/obj_list.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

// ---- what the dict-layout types share with dict ----

Obj *mod_collections_dict_new(Run *r, const ObjType *t, size_t size) {
    return gc_alloc(r, t, size);
}

bool mod_collections_dict_len(Run *r, Value v, int64_t *out) {
    return type_dict.slots.len(r, v, out);
}
bool mod_collections_dict_contains(Run *r, Value v, Value x, bool *out) {
    return type_dict.slots.contains(r, v, x, out);
}
bool mod_collections_dict_iter(Run *r, Value v, Value *out) {
    return type_dict.slots.iter(r, v, out);
}
bool mod_collections_dict_setitem(Run *r, Value v, Value key, Value val) {
    return type_dict.slots.setitem(r, v, key, val);
}
void mod_collections_dict_trace(Run *r, Obj *o) {
    type_dict.slots.trace(r, o);
}
void mod_collections_dict_free(Run *r, Obj *o) {
    type_dict.slots.free(r, o);
}

static bool dict_getitem_slot(Run *r, Value v, Value key, Value *out) {
    return type_dict.slots.getitem(r, v, key, out);
}
static bool dict_compare_slot(Run *r, Value a, Value b, int op, Value *out) {
    return type_dict.slots.compare(r, a, b, op, out);
}
static bool dict_inplace_slot(Run *r, Value a, Value b, int op, Value *out) {
    return type_dict.slots.inplace(r, a, b, op, out);
}

// "Name(<dict repr>)", or "Name()" when empty; the repr is of a copy (CPython prints
// dict(self.items())), so a __repr__ that changes v does not change what is printed.
static bool dict_like_repr(Run *r, Value v, const char *name, Buf *out) {
    if (!container_repr_enter(v.as.obj)) return buf_append_cstr(out, "...");  // reprlib's guard
    bool ok = buf_printf(out, "%s(", name);
    if (ok && as_dict(v)->used) {
        Obj *copy = dict_copy(r, v.as.obj);
        ok = copy && gc_push_root(r, v_obj(copy));
        if (ok) {
            ok = ops_repr(r, v_obj(copy), out);
            gc_pop_roots(r, 1);
        }
    }
    container_repr_leave(v.as.obj);
    return ok && buf_append_char(out, ')');
}

// A new instance of a's type (t) holding a's items, then b's: `a | b` keeping the left type.
static bool dict_like_or(Run *r, const ObjType *t, size_t size, Value a, Value b, Value *out) {
    Obj *c = mod_collections_dict_new(r, t, size);
    if (!c || !gc_push_root(r, v_obj(c))) return false;
    bool ok = dict_update(r, c, a) && dict_update(r, c, b);
    gc_pop_roots(r, 1);
    *out = v_obj(c);
    return ok;
}

// ---- defaultdict ----

typedef struct ObjDefaultDict {
    ObjDict dict;
    Value factory;  // None or a callable
} ObjDefaultDict;

// undef in an instance of a class whose __init__ has not set it yet: None
static Value dd_factory(Value v) {
    Value f = ((ObjDefaultDict *)v.as.obj)->factory;
    return is_undef(f) ? v_none() : f;
}

static bool is_defaultdict(Value v) {
    return v.tag == VAL_OBJ && type_is_subtype(v.as.obj->type, &mod_collections_defaultdict);
}

static bool dd_new(Run *r, Value factory, Value *out) {
    if (!gc_push_root(r, factory)) return false;
    Obj *d = mod_collections_dict_new(r, &mod_collections_defaultdict, sizeof(ObjDefaultDict));
    gc_pop_roots(r, 1);
    if (!d) return false;
    ((ObjDefaultDict *)d)->factory = factory;
    *out = v_obj(d);
    return true;
}

// __missing__: self[key] = default_factory(), or KeyError(key) without a factory.
static bool dd_missing_value(Run *r, Value self, Value key, Value *out) {
    Value factory = dd_factory(self);
    if (is_none(factory)) return dict_raise_key_error(r, key);
    Args none = {0};
    if (!container_push2(r, self, key)) return false;
    bool ok = ops_call(r, factory, &none, out) && gc_push_root(r, *out);
    if (ok) {
        ok = dict_set(r, self.as.obj, key, *out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 2);
    return ok;
}

static bool dd_getitem(Run *r, Value v, Value key, Value *out) {
    bool found;
    if (!dict_get(r, v.as.obj, key, out, &found)) return false;
    return found || dd_missing_value(r, v, key, out);
}

static bool dd_missing(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "__missing__")) return false;
    return dd_missing_value(r, self, a->pos[0], out);
}

static bool dd_copy(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "copy")) return false;
    if (!dd_new(r, dd_factory(self), out) || !gc_push_root(r, *out)) return false;
    bool ok = dict_update(r, out->as.obj, self);
    gc_pop_roots(r, 1);
    return ok;
}

// defaultdict.__init__(default_factory=None, /, *args, **kwargs)
static bool dd_init(Run *r, Value self, const Args *a, Value *out) {
    Value factory = a->npos ? a->pos[0] : v_none();
    if (!is_none(factory) && !value_type(factory)->slots.call) {
        return exc_raise(r, &exc_TypeError, "first argument must be callable or None");
    }
    ((ObjDefaultDict *)self.as.obj)->factory = factory;
    Args rest = *a;
    if (rest.npos) {
        rest.pos++;
        rest.npos--;
    }
    *out = v_none();
    return object_init_container(r, self, &rest);
}

static bool dd_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value ignored;
    if (!dd_new(r, v_none(), out) || !gc_push_root(r, *out)) return false;
    bool ok = dd_init(r, *out, a, &ignored);
    gc_pop_roots(r, 1);
    return ok;
}

static bool dd_repr(Run *r, Value v, Buf *out) {
    Value factory = dd_factory(v);
    if (!buf_printf(out, "%s(", mod_collections_repr_name(v))) return false;
    if (is_none(factory)) {
        if (!buf_append_cstr(out, "None")) return false;
    } else {
        if (!gc_push_root(r, factory)) return false;
        bool ok = ops_repr(r, factory, out);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return buf_append_cstr(out, ", ") && type_dict.slots.repr(r, v, out) && buf_append_char(out, ')');
}

static bool dd_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    *out = str_equal_cstr((ObjStr *)name, "default_factory") ? dd_factory(v) : v_undef();
    return true;
}

static bool dd_setattr(Run *r, Value v, Obj *name, Value val) {
    if (!str_equal_cstr((ObjStr *)name, "default_factory")) {
        return exc_raise(r, &exc_AttributeError, "'collections.defaultdict' object has no attribute '%s' and no __dict__ for setting new attributes",
                         ((ObjStr *)name)->data);
    }
    if (is_undef(val)) return exc_raise(r, &exc_TypeError, "cannot delete attribute");
    ((ObjDefaultDict *)v.as.obj)->factory = val;
    return true;
}

// defaultdict | mapping keeps the left operand's factory; dict | defaultdict the right's.
static bool dd_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op != AST_OP_BITOR || !is_dict(a) || !is_dict(b)) return true;
    Value self = is_defaultdict(a) ? a : b;
    if (!dd_new(r, dd_factory(self), out) || !gc_push_root(r, *out)) return false;
    bool ok = dict_update(r, out->as.obj, a) && dict_update(r, out->as.obj, b);
    gc_pop_roots(r, 1);
    return ok;
}

static void dd_trace(Run *r, Obj *o) {
    type_dict.slots.trace(r, o);
    gc_mark_value(r, ((ObjDefaultDict *)o)->factory);
}

static const MethodDef dd_methods[] = {
    {"__init__", dd_init},
    {"__missing__", dd_missing},
    {"copy", dd_copy},
};

const ObjType mod_collections_defaultdict = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "collections.defaultdict",
    .id = TYPE_DICT,
    .base_type = &type_dict,
    .methods = dd_methods,
    .method_count = sizeof dd_methods / sizeof *dd_methods,
    .construct = dd_construct,
    .slots = {
        .repr = dd_repr,
        .compare = dict_compare_slot,
        .binary = dd_binary,
        .inplace = dict_inplace_slot,
        .len = mod_collections_dict_len,
        .getitem = dd_getitem,
        .setitem = mod_collections_dict_setitem,
        .contains = mod_collections_dict_contains,
        .iter = mod_collections_dict_iter,
        .getattr = dd_getattr,
        .setattr = dd_setattr,
        .trace = dd_trace,
        .free = mod_collections_dict_free,
    },
};

// ---- OrderedDict ----

static bool is_ordereddict(Value v) {
    return v.tag == VAL_OBJ && type_is_subtype(v.as.obj->type, &mod_collections_OrderedDict);
}

static bool od_init(Run *r, Value self, const Args *a, Value *out) {
    *out = v_none();
    return object_init_container(r, self, a);
}

static bool od_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value ignored;
    Obj *d = mod_collections_dict_new(r, &mod_collections_OrderedDict, sizeof(ObjDict));
    if (!d || !gc_push_root(r, v_obj(d))) return false;
    *out = v_obj(d);
    bool ok = od_init(r, *out, a, &ignored);
    gc_pop_roots(r, 1);
    return ok;
}

static bool od_repr(Run *r, Value v, Buf *out) {
    return dict_like_repr(r, v, mod_collections_repr_name(v), out);
}

// Whether a and b hold their keys in the same order (their items being equal).
static bool od_same_order(Run *r, Value a, Value b, bool *out) {
    size_t pa = 0, pb = 0;
    Value ka, kb, va, vb;
    *out = true;
    while (*out && dict_next(a.as.obj, &pa, &ka, &va) && dict_next(b.as.obj, &pb, &kb, &vb)) {
        if (!container_eq_rooted(r, ka, kb, out)) return false;
    }
    return true;
}

// Between two OrderedDicts equality is order-sensitive; with other mappings it is dict's.
static bool od_compare(Run *r, Value a, Value b, int op, Value *out) {
    if (!dict_compare_slot(r, a, b, op, out)) return false;
    if (!is_ordereddict(a) || !is_ordereddict(b) || !is_bool(*out)) return true;
    if (out->as.b != (op == AST_CMP_EQ)) return true;
    bool same;
    if (!od_same_order(r, a, b, &same)) return false;
    *out = v_bool(op == AST_CMP_EQ ? same : !same);
    return true;
}

static bool od_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op != AST_OP_BITOR || !is_dict(a) || !is_dict(b)) return true;
    return dict_like_or(r, &mod_collections_OrderedDict, sizeof(ObjDict), a, b, out);
}

static bool od_copy(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "copy")) return false;
    Args one = {&self, 1, 0, NULL, NULL};
    return od_construct(r, v_none(), &one, out);
}

// Moves key to the end by taking it out and putting it back.
static bool od_move_last(Run *r, Value self, Value key) {
    Value val;
    bool found;
    if (!dict_get(r, self.as.obj, key, &val, &found)) return false;
    if (!found) return dict_raise_key_error(r, key);
    if (!container_push2(r, key, val)) return false;
    bool ok = dict_del(r, self.as.obj, key, &found) && dict_set(r, self.as.obj, key, val);
    gc_pop_roots(r, 2);
    return ok;
}

// Moves key to the front: it goes last, then every other key after it, in their order.
static bool od_move_first(Run *r, Value self, Value key) {
    if (!od_move_last(r, self, key)) return false;
    Obj *keys = list_new(r, 0);
    if (!keys || !gc_push_root(r, v_obj(keys))) return false;
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && dict_next(self.as.obj, &pos, &k, &v)) ok = list_append(r, keys, k);
    ObjList *l = (ObjList *)keys;
    for (size_t i = 0; ok && i + 1 < l->len; i++) ok = od_move_last(r, self, l->items[i]);
    gc_pop_roots(r, 1);
    return ok;
}

static bool od_move_to_end(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"key", "last"};
    static const ArgSpec spec = {"move_to_end", names, 2, 0, 2, 1};
    Value p[2];
    bool last = true;
    if (!args_bind(r, a, &spec, p)) return false;
    if (!is_undef(p[1]) && !ops_truthy(r, p[1], &last)) return false;
    *out = v_none();
    return last ? od_move_last(r, self, p[0]) : od_move_first(r, self, p[0]);
}

static bool od_popitem(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"last"};
    static const ArgSpec spec = {"popitem", names, 1, 0, 1, 0};
    Value p[1];
    bool last = true;
    if (!args_bind(r, a, &spec, p)) return false;
    if (!is_undef(p[0]) && !ops_truthy(r, p[0], &last)) return false;
    ObjDict *d = as_dict(self);
    if (d->used == 0) {
        Obj *msg = str_from_cstr(r, "dictionary is empty");
        if (!msg || !gc_push_root(r, v_obj(msg))) return false;
        dict_raise_key_error(r, v_obj(msg));
        gc_pop_roots(r, 1);
        return false;
    }
    size_t ix = 0;
    if (last) {
        ix = d->nentries - 1;
        while (is_undef(d->entries[ix].key)) ix--;
    } else {
        while (is_undef(d->entries[ix].key)) ix++;
    }
    DictEntry e = d->entries[ix];
    Obj *t = tuple_pack2(r, e.key, e.value);  // the dict still holds both meanwhile
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    bool found;
    bool ok = dict_del(r, self.as.obj, e.key, &found);
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return ok;
}

static bool od_fromkeys(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_count(r, a, "fromkeys", 1, 2)) return false;
    Value val = a->npos > 1 ? a->pos[1] : v_none(), it, key;
    Args none = {0};
    if (!od_construct(r, v_none(), &none, out) || !gc_push_root(r, *out)) return false;
    bool ok = ops_iter(r, a->pos[0], &it) && gc_push_root(r, it);
    if (ok) {
        IterStep s;
        while ((s = ops_next(r, it, &key)) == ITER_ITEM && (ok = dict_set(r, out->as.obj, key, val))) {}
        ok = ok && s == ITER_END;
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static const MethodDef od_methods[] = {
    {"__init__", od_init},
    {"copy", od_copy},
    {"fromkeys", od_fromkeys, METHOD_CLASS},
    {"move_to_end", od_move_to_end},
    {"popitem", od_popitem},
};

const ObjType mod_collections_OrderedDict = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "collections.OrderedDict",
    .id = TYPE_DICT,
    .base_type = &type_dict,
    .methods = od_methods,
    .method_count = sizeof od_methods / sizeof *od_methods,
    .construct = od_construct,
    .slots = {
        .repr = od_repr,
        .compare = od_compare,
        .binary = od_binary,
        .inplace = dict_inplace_slot,
        .len = mod_collections_dict_len,
        .getitem = dict_getitem_slot,
        .setitem = mod_collections_dict_setitem,
        .contains = mod_collections_dict_contains,
        .iter = mod_collections_dict_iter,
        .trace = mod_collections_dict_trace,
        .free = mod_collections_dict_free,
    },
};

// ---- namedtuple ----

static const char *const python_keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
};

static bool is_keyword(const ObjStr *s) {
    for (size_t k = 0; k < sizeof python_keywords / sizeof *python_keywords; k++) {
        if (str_equal_cstr(s, python_keywords[k])) return true;
    }
    return false;
}

static bool is_identifier(Run *r, Value s, bool *out) {
    Value method, res;
    Args none = {0};
    if (!ops_method(r, s, "isidentifier", &method) || !gc_push_root(r, method)) return false;
    bool ok = ops_call(r, method, &none, &res);
    gc_pop_roots(r, 1);
    *out = ok && is_bool(res) && res.as.b;
    return ok;
}

// The field names as a list of str: "x y", "x, y" or an iterable of str.
static bool nt_field_list(Run *r, Value spec, Value *out) {
    if (is_str(spec)) {
        Buf b;
        buf_init(&b, r);
        const ObjStr *s = as_str(spec);
        bool ok = true;
        for (size_t k = 0; ok && k < s->len; k++) ok = buf_append_char(&b, s->data[k] == ',' ? ' ' : s->data[k]);
        Obj *spaced = ok ? buf_to_str(&b) : NULL;
        if (!ok) buf_fini(&b);
        Value split;
        if (!spaced || !gc_push_root(r, v_obj(spaced))) return false;
        ok = ops_method(r, v_obj(spaced), "split", &split) && gc_push_root(r, split);
        if (ok) {
            Args none = {0};
            ok = ops_call(r, split, &none, out);
            gc_pop_roots(r, 1);
        }
        gc_pop_roots(r, 1);
        return ok;
    }
    Obj *l = list_from_iterable(r, spec);
    if (!l) return false;
    *out = v_obj(l);
    if (!gc_push_root(r, *out)) return false;
    // list(map(str, field_names))
    bool ok = true;
    for (size_t k = 0; ok && k < ((ObjList *)l)->len; k++) {
        Value *f = &((ObjList *)l)->items[k];
        if (!is_str(*f)) ok = ops_str_value(r, *f, f);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool nt_seen_before(const ObjList *names, size_t k) {
    for (size_t j = 0; j < k; j++) {
        if (str_equal(as_str(names->items[j]), as_str(names->items[k]))) return true;
    }
    return false;
}

// rename=True: invalid or repeated names become _0, _1, ... by position.
static bool nt_rename(Run *r, ObjList *names) {
    for (size_t k = 0; k < names->len; k++) {
        const ObjStr *s = as_str(names->items[k]);
        bool ident;
        if (!is_identifier(r, names->items[k], &ident)) return false;
        if (ident && !is_keyword(s) && s->data[0] != '_' && !nt_seen_before(names, k)) continue;
        Buf b;
        buf_init(&b, r);
        Obj *n = buf_printf(&b, "_%zu", k) ? buf_to_str(&b) : NULL;
        if (!n) {
            buf_fini(&b);
            return false;
        }
        names->items[k] = v_obj(n);
    }
    return true;
}

// A ValueError namedtuple() raises about `name`, with the frame of the line that raises it.
static bool nt_error(Run *r, const char *what, Value name, LibFrameId frame) {
    exc_raise(r, &exc_ValueError, "%s%R", what, name);
    LIBFRAMES_ADD(r, frame);
    return false;
}

static bool nt_check_name(Run *r, Value name) {
    bool ident;
    if (!is_identifier(r, name, &ident)) return false;
    if (!ident) {
        return nt_error(r, "Type names and field names must be valid identifiers: ", name,
                        LF_NAMEDTUPLE_IDENTIFIER);
    }
    if (is_keyword(as_str(name))) {
        return nt_error(r, "Type names and field names cannot be a keyword: ", name, LF_NAMEDTUPLE_KEYWORD);
    }
    return true;
}

// In CPython's order: every name an identifier and no keyword, then no field starting with
// an underscore (renamed fields, _0, _1 ..., may) and none twice.
static bool nt_check_names(Run *r, Value typename, const ObjList *names, bool renamed) {
    if (!nt_check_name(r, typename)) return false;
    for (size_t k = 0; k < names->len; k++) {
        if (!nt_check_name(r, names->items[k])) return false;
    }
    for (size_t k = 0; k < names->len; k++) {
        if (!renamed && as_str(names->items[k])->data[0] == '_') {
            return nt_error(r, "Field names cannot start with an underscore: ", names->items[k],
                            LF_NAMEDTUPLE_UNDERSCORE);
        }
        if (nt_seen_before(names, k)) {
            return nt_error(r, "Encountered duplicate field name: ", names->items[k], LF_NAMEDTUPLE_DUPLICATE);
        }
    }
    return true;
}

static bool ns_set(Run *r, Obj *ns, const char *name, Value v) {
    if (!gc_push_root(r, v)) return false;
    Obj *key = str_from_cstr(r, name);
    bool ok = key && dict_set(r, ns, v_obj(key), v);
    gc_pop_roots(r, 1);
    return ok;
}

// The class namespace: ".fields" as a class statement's annotations record them, the
// defaults (for the last fields) under the fields' names, and __module__.
static bool nt_namespace(Run *r, const ObjList *names, Value defaults, Obj *ns) {
    Obj *fields = tuple_new(r, names->len);
    if (!fields || !ns_set(r, ns, ".fields", v_obj(fields))) return false;
    for (size_t k = 0; k < names->len; k++) {
        Obj *pair = tuple_pack2(r, names->items[k], v_int(0));
        if (!pair) return false;
        ((ObjTuple *)fields)->items[k] = v_obj(pair);
    }
    Obj *main = str_from_cstr(r, "__main__");
    if (!main || !ns_set(r, ns, "__module__", v_obj(main))) return false;
    if (is_undef(defaults) || is_none(defaults)) return true;
    Obj *d = list_from_iterable(r, defaults);
    if (!d) return false;
    const ObjList *dl = (const ObjList *)d;
    if (!gc_push_root(r, v_obj(d))) return false;
    bool ok = true;
    if (dl->len > names->len) {
        ok = exc_raise(r, &exc_TypeError, "Got more default values than field names");
        LIBFRAMES_ADD(r, LF_NAMEDTUPLE_DEFAULTS);
    }
    for (size_t k = 0; ok && k < dl->len; k++) {
        ok = dict_set(r, ns, names->items[names->len - dl->len + k], dl->items[k]);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool coll_namedtuple(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"typename", "field_names", "rename", "defaults", "module"};
    static const ArgSpec spec = {"namedtuple", names, 5, 0, 2, 2};
    Value p[5], fields, typename;
    bool rename = false;
    if (!args_bind(r, a, &spec, p)) return false;
    if (!is_undef(p[2]) && !ops_truthy(r, p[2], &rename)) return false;
    if (!nt_field_list(r, p[1], &fields) || !gc_push_root(r, fields)) return false;
    bool ok = ops_str_value(r, p[0], &typename) && gc_push_root(r, typename);
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    ObjList *l = as_list(fields);
    ok = (!rename || nt_rename(r, l)) && nt_check_names(r, typename, l, rename);
    Obj *ns = ok ? dict_new(r) : NULL;
    ok = ns && gc_push_root(r, v_obj(ns));
    if (ok) {
        ok = nt_namespace(r, l, p[3], ns);
        ok = ok && class_from_namespace(r, typename, mod_typing_namedtuple_base(), v_obj(ns), out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 2);
    return ok;
}

// ---- classes deriving from these types ----

size_t mod_collections_layout_size(const ObjType *t) {
    if (t == &type_deque) return sizeof(ObjDeque);
    if (t == &mod_collections_defaultdict) return sizeof(ObjDefaultDict);
    return t == &mod_collections_OrderedDict || t == &mod_collections_Counter ? sizeof(ObjDict) : 0;
}

bool mod_collections_init_instance(Run *r, const ObjType *t, Value self, const Args *a) {
    Value ignored;
    if (t == &type_deque) return deque_init(r, self, a, &ignored);
    if (t == &mod_collections_defaultdict) return dd_init(r, self, a, &ignored);
    if (t == &mod_collections_Counter) return mod_collections_counter_init(r, self, a, &ignored);
    return od_init(r, self, a, &ignored);
}

const char *mod_collections_repr_name(Value v) {
    const char *name = value_type(v)->name, *dot = strrchr(name, '.');
    return dot && !type_is_class(value_type(v)) ? dot + 1 : name;
}

// ---- the module ----

static const MethodDef namedtuple_def = {"namedtuple", coll_namedtuple};
static const ObjBuiltin namedtuple_fn = {
    .base = {.type = &type_builtin, .flags = OBJ_STATIC},
    .def = &namedtuple_def,
    .self = {.tag = VAL_NONE},
};

// collections.abc is there as an attribute as soon as collections is, as in CPython (whose
// collections imports it).
static bool collections_set_abc(Run *r, Obj *module) {
    Obj *name = str_from_cstr(r, "collections.abc");
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    Value abc;
    bool ok = modules_import(r, name, &abc) && module_set(r, module, "abc", abc);
    gc_pop_roots(r, 1);
    return ok;
}

bool mod_collections_init(Run *r, Obj *module) {
    return module_set(r, module, "deque", v_obj((Obj *)&type_deque)) &&
           module_set(r, module, "defaultdict", v_obj((Obj *)&mod_collections_defaultdict)) &&
           module_set(r, module, "OrderedDict", v_obj((Obj *)&mod_collections_OrderedDict)) &&
           module_set(r, module, "Counter", v_obj((Obj *)&mod_collections_Counter)) &&
           module_set(r, module, "ChainMap", v_obj((Obj *)&mod_collections_ChainMap)) &&
           module_set(r, module, "namedtuple", v_obj((Obj *)&namedtuple_fn.base)) &&
           collections_set_abc(r, module);
}
