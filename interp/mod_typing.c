// typing: the module's special forms and aliases (static objects, one type for each family),
// TypeVar, ParamSpec, TypeVarTuple and NewType, the helper functions, and the hooks through
// which classes become generic (list[int], int | None). Subscripting checks its arguments
// with CPython 3.14's messages (Lib/typing.py, Objects/typevarobject.c).
#include "interp/mod_typing.h"

#include <stdio.h>
#include <string.h>

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_collections.h"
#include "interp/mod_collections_abc.h"
#include "interp/mod_typing_alias.h"
#include "interp/obj_class_typeddict.h"
#include "interp/modules.h"
#include "interp/obj_class.h"
#include "interp/obj_bool.h"
#include "interp/obj_bytes.h"
#include "interp/obj_deque.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "interp/suggest.h"
#include "parser/ast.h"

// ---- the special forms and the aliases of collections ----

typedef enum FormKind {
    FORM_ANY,          // Any
    FORM_PLAIN,        // NoReturn, Never, Self, TypeAlias, LiteralString: not subscriptable
    FORM_OPTIONAL,
    FORM_UNION,
    FORM_LITERAL,
    FORM_CLASSVAR,     // ClassVar, Final: X[t], where t may be another such form
    FORM_SINGLE,       // TypeGuard, TypeIs, Unpack: X[t]
    FORM_ITEM,         // Required, NotRequired, ReadOnly: X[t], worded differently
    FORM_ANNOTATED,
    FORM_CONCATENATE,
    FORM_GENERIC,      // Generic, Protocol: classes in CPython
    FORM_ALIAS,        // List, Dict, Iterable, ...: typing's _SpecialGenericAlias
    FORM_TUPLE,
    FORM_CALLABLE,
} FormKind;

// Parameters an alias fills in when they are left out: Generator[int] is
// Generator[int, NoneType, NoneType], ContextManager[int] is ContextManager[int, bool | None].
typedef enum FormFill { FILL_NONE, FILL_NONETYPE, FILL_BOOL_OR_NONE } FormFill;

typedef struct ObjForm {
    Obj base;
    const char *name;
    uint8_t kind;            // FormKind
    uint8_t nparams, nrequired, fill;  // aliases: parameters, how many must be given, FormFill
    const ObjType *origin;   // aliases of built-in classes: list for List
} ObjForm;

static const ObjType type_special_form;
static const ObjType type_special_alias;
static const ObjType type_any_meta;

static bool is_form(Value v) {
    if (!is_obj(v)) return false;
    const ObjType *t = v.as.obj->type;
    return t == &type_special_form || t == &type_special_alias || t == &type_any_meta;
}

static const ObjForm *as_form(Value v) {
    return (const ObjForm *)v.as.obj;
}

#define FORM(ID, KIND)                                                                        \
    static const ObjForm form_##ID = {                                                        \
        .base = {.type = KIND == FORM_ANY ? &type_any_meta : &type_special_form,             \
                 .size = sizeof(ObjForm), .flags = OBJ_STATIC},                               \
        .name = #ID, .kind = KIND};
#define ALIAS(ID, KIND, ORIGIN, N, REQUIRED, FILL)                                            \
    static const ObjForm form_##ID = {                                                        \
        .base = {.type = &type_special_alias, .size = sizeof(ObjForm), .flags = OBJ_STATIC},  \
        .name = #ID, .kind = KIND, .nparams = N, .nrequired = REQUIRED, .fill = FILL,         \
        .origin = ORIGIN};

#define TYPING_FORMS(X)                                                                       \
    X(Any, FORM_ANY) X(NoReturn, FORM_PLAIN) X(Never, FORM_PLAIN) X(Self, FORM_PLAIN)         \
    X(TypeAlias, FORM_PLAIN) X(LiteralString, FORM_PLAIN) X(Optional, FORM_OPTIONAL)          \
    X(Union, FORM_UNION) X(Literal, FORM_LITERAL) X(Final, FORM_CLASSVAR)                     \
    X(ClassVar, FORM_CLASSVAR) X(TypeGuard, FORM_SINGLE) X(TypeIs, FORM_SINGLE)               \
    X(Unpack, FORM_SINGLE) X(Required, FORM_ITEM) X(NotRequired, FORM_ITEM)                   \
    X(ReadOnly, FORM_ITEM) X(Annotated, FORM_ANNOTATED) X(Concatenate, FORM_CONCATENATE)      \
    X(Generic, FORM_GENERIC) X(Protocol, FORM_GENERIC)

#define TYPING_ALIASES(X)                                                                     \
    X(List, FORM_ALIAS, &type_list, 1, 1, FILL_NONE)                                          \
    X(Dict, FORM_ALIAS, &type_dict, 2, 2, FILL_NONE)                                          \
    X(Set, FORM_ALIAS, &type_set, 1, 1, FILL_NONE)                                            \
    X(FrozenSet, FORM_ALIAS, &type_frozenset, 1, 1, FILL_NONE)                                \
    X(Tuple, FORM_TUPLE, &type_tuple, 0, 0, FILL_NONE)                                        \
    X(Type, FORM_ALIAS, &type_type, 1, 1, FILL_NONE)                                          \
    X(Callable, FORM_CALLABLE, NULL, 0, 0, FILL_NONE)                                         \
    X(DefaultDict, FORM_ALIAS, NULL, 2, 2, FILL_NONE)                                         \
    X(OrderedDict, FORM_ALIAS, NULL, 2, 2, FILL_NONE)                                         \
    X(Counter, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                             \
    X(Deque, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                               \
    X(ChainMap, FORM_ALIAS, NULL, 2, 2, FILL_NONE)                                            \
    X(Iterable, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                            \
    X(Iterator, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                            \
    X(Reversible, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                          \
    X(Sequence, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                            \
    X(MutableSequence, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                     \
    X(Mapping, FORM_ALIAS, NULL, 2, 2, FILL_NONE)                                             \
    X(MutableMapping, FORM_ALIAS, NULL, 2, 2, FILL_NONE)                                      \
    X(AbstractSet, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                         \
    X(MutableSet, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                          \
    X(Collection, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                          \
    X(Container, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                           \
    X(Hashable, FORM_ALIAS, NULL, 0, 0, FILL_NONE)                                            \
    X(Sized, FORM_ALIAS, NULL, 0, 0, FILL_NONE)                                               \
    X(ByteString, FORM_ALIAS, NULL, 0, 0, FILL_NONE)                                          \
    X(Awaitable, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                           \
    X(Coroutine, FORM_ALIAS, NULL, 3, 3, FILL_NONE)                                           \
    X(AsyncIterable, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                       \
    X(AsyncIterator, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                       \
    X(AsyncGenerator, FORM_ALIAS, NULL, 2, 1, FILL_NONETYPE)                                  \
    X(Generator, FORM_ALIAS, NULL, 3, 1, FILL_NONETYPE)                                       \
    X(KeysView, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                            \
    X(ItemsView, FORM_ALIAS, NULL, 2, 2, FILL_NONE)                                           \
    X(ValuesView, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                          \
    X(MappingView, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                         \
    X(ContextManager, FORM_ALIAS, NULL, 2, 1, FILL_BOOL_OR_NONE)                              \
    X(AsyncContextManager, FORM_ALIAS, NULL, 2, 1, FILL_BOOL_OR_NONE)                         \
    X(Pattern, FORM_ALIAS, NULL, 1, 1, FILL_NONE)                                             \
    X(Match, FORM_ALIAS, NULL, 1, 1, FILL_NONE)

TYPING_FORMS(FORM)
TYPING_ALIASES(ALIAS)
#undef FORM
#undef ALIAS

static bool form_is(Value v, const ObjForm *f) {
    return is_obj(v) && v.as.obj == &f->base;
}

static bool is_paramspec(Value v);

// ---- checking the arguments of a subscript ----

// The items of a subscript: a tuple's, or the key alone.
static const Value *form_items(const Value *key, size_t *n) {
    if (is_tuple(*key)) {
        *n = as_tuple(*key)->len;
        return as_tuple(*key)->items;
    }
    *n = 1;
    return key;
}

// TypeError "<msg> Got <repr, at most 100 characters>."
static bool form_refuse_tuple(Run *r, const char *msg, Value v) {
    Buf b;
    buf_init(&b, r);
    if (!ops_repr(r, v, &b)) {
        buf_fini(&b);
        return false;
    }
    size_t len = 0, chars = 0;
    while (len < b.len && (chars < 100 || ((unsigned char)b.data[len] & 0xC0) == 0x80)) {
        if (((unsigned char)b.data[len] & 0xC0) != 0x80) chars++;
        len++;
    }
    exc_raise(r, &exc_TypeError, "%s Got %.*s.", msg, (int)len, b.data ? b.data : "");
    buf_fini(&b);
    return false;
}

// typing's _type_check: v converted (None, text), refusing bare special forms, ClassVar[...]
// and Final[...] as arguments (unless allow_special), Generic[...], and tuples.
static bool form_type_check(Run *r, Value v, const char *msg, bool allow_special, Value *out) {
    if (!typing_convert(r, v, out)) return false;
    v = *out;
    if (typing_is_alias(v) && typing_as_alias(v)->kind == ALIAS_TYPING && is_form(typing_as_alias(v)->origin)) {
        FormKind k = (FormKind)as_form(typing_as_alias(v)->origin)->kind;
        if (k == FORM_GENERIC || (!allow_special && k == FORM_CLASSVAR)) {
            return exc_raise(r, &exc_TypeError, "%R is not valid as type argument", v);
        }
    }
    if (is_obj(v) && v.as.obj->type == &type_special_form) {
        FormKind k = (FormKind)as_form(v)->kind;
        bool fine = k == FORM_ANY || k == FORM_PLAIN || k == FORM_UNION ||
                    (allow_special && k == FORM_CLASSVAR);
        if (!fine) return exc_raise(r, &exc_TypeError, "Plain %S is not valid as type argument", v);
    }
    if (is_tuple(v)) return form_refuse_tuple(r, msg, v);
    return true;
}

// The items of a subscript checked one by one into a new tuple (rooted: pop it after use).
static bool form_check_all(Run *r, const Value *items, size_t n, const char *msg, Value *out) {
    Obj *t = tuple_new(r, n);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    *out = v_obj(t);
    for (size_t k = 0; k < n; k++) {
        Value x;
        if (!form_type_check(r, items[k], msg, false, &x)) return false;
        ((ObjTuple *)t)->items[k] = x;
    }
    return true;
}

// ---- subscripting each kind of form ----

static bool form_alias_of(Run *r, const ObjForm *f, AliasKind kind, Value origin, Value args,
                          Value *out) {
    return typing_alias_new(r, kind, f->name, origin, args, v_undef(), out);
}

// X[t] with a single argument: Final, ClassVar, TypeGuard, TypeIs, Unpack, Required, ...
static bool form_single(Run *r, const ObjForm *f, Value key, Value *out) {
    char msg[80];
    if (f->kind == FORM_ITEM) snprintf(msg, sizeof msg, "%s accepts only a single type.", f->name);
    else snprintf(msg, sizeof msg, "typing.%s accepts only single type.", f->name);
    Value arg;
    if (!form_type_check(r, key, msg, f->kind == FORM_CLASSVAR, &arg)) return false;
    Obj *args = tuple_new(r, 1);
    if (!args) return false;
    ((ObjTuple *)args)->items[0] = arg;
    return form_alias_of(r, f, ALIAS_TYPING, v_obj((Obj *)&f->base), v_obj(args), out);
}

static bool form_optional(Run *r, Value key, Value *out) {
    Value items[2] = {v_undef(), v_obj((Obj *)&type_none)};
    if (!form_type_check(r, key, "typing.Optional requires a single type.", false, &items[0])) return false;
    if (!gc_push_root(r, items[0])) return false;
    bool ok = typing_union_new(r, items, 2, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool form_union(Run *r, Value key, Value *out) {
    size_t n;
    const Value *items = form_items(&key, &n);
    if (n == 0) return exc_raise(r, &exc_TypeError, "Cannot take a Union of no types.");
    Value checked;
    uint32_t base = r->root_count;
    bool ok = form_check_all(r, items, n, "Union[arg, ...]: each arg must be a type.", &checked) &&
              typing_union_new(r, as_tuple(checked)->items, n, out);
    gc_pop_roots(r, r->root_count - base);
    return ok;
}

// Literal[...]'s values, nested Literals flattened, into a new list.
static bool literal_flatten(Run *r, const Value *items, size_t n, Obj *list) {
    for (size_t k = 0; k < n; k++) {
        Value v = items[k];
        bool inner = typing_is_alias(v) && typing_as_alias(v)->kind == ALIAS_LITERAL;
        const ObjTuple *t = inner ? as_tuple(typing_as_alias(v)->args) : NULL;
        for (size_t j = 0; j < (inner ? t->len : 1); j++) {
            if (!list_append_obj(r, list, inner ? t->items[j] : v)) return false;
        }
    }
    return true;
}

// The values without repeats (equal and of the same type), found through a dict of (value,
// type) pairs as CPython's Literal does; all of them when one cannot be hashed. `values` is
// the caller's own list (no Python code can reach it).
static bool literal_dedup(Run *r, Value values, Value *out) {
    *out = values;
    uint32_t base = r->root_count;
    Obj *seen = dict_new(r), *kept = NULL;
    bool ok = seen && gc_push_root(r, v_obj(seen)) && (kept = list_new(r, 0)) != NULL &&
              gc_push_root(r, v_obj(kept));
    for (size_t k = 0; ok && k < as_list(values)->len; k++) {
        Value v = as_list(values)->items[k], ignored;
        Obj *key = tuple_pack2(r, v, v_obj((Obj *)value_type(v)));
        bool found = false;
        // key stays rooted: hashing it may raise, and the error's message allocates
        ok = key && gc_push_root(r, v_obj(key)) && dict_get(r, seen, v_obj(key), &ignored, &found) &&
             (found || (dict_set(r, seen, v_obj(key), v_none()) && list_append_obj(r, kept, v)));
        if (key && ok) gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, r->root_count - base);
    if (ok) *out = v_obj(kept);
    if (ok || !exc_pending_is(r, &exc_TypeError)) return ok;
    exc_clear(r);  // an unhashable value: no deduplication at all
    return true;
}

static bool form_literal(Run *r, const ObjForm *f, Value key, Value *out) {
    size_t n;
    const Value *items = form_items(&key, &n);
    uint32_t base = r->root_count;
    Obj *l = list_new(r, 0);
    if (!l || !gc_push_root(r, v_obj(l))) return false;
    Obj *args = NULL;
    Value values;
    bool ok = literal_flatten(r, items, n, l) && literal_dedup(r, v_obj(l), &values) &&
              gc_push_root(r, values) && (args = tuple_from_iterable(r, values)) != NULL &&
              form_alias_of(r, f, ALIAS_LITERAL, v_obj((Obj *)&f->base), v_obj(args), out);
    gc_pop_roots(r, r->root_count - base);
    return ok;
}

// Annotated[t, meta...]; an Annotated t is flattened into one.
static bool form_annotated(Run *r, Value key, Value *out) {
    size_t n;
    const Value *items = form_items(&key, &n);
    if (n < 2) {
        return exc_raise(r, &exc_TypeError, "Annotated[...] should be used with at least two "
                                            "arguments (a type and an annotation).");
    }
    Value origin;
    if (!form_type_check(r, items[0], "Annotated[t, ...]: t must be a type.", true, &origin)) return false;
    const ObjTuple *inner = NULL;
    if (typing_is_alias(origin) && typing_as_alias(origin)->kind == ALIAS_ANNOTATED) {
        inner = as_tuple(typing_as_alias(origin)->metadata);
        origin = typing_as_alias(origin)->origin;
    }
    size_t before = inner ? inner->len : 0;
    uint32_t base = r->root_count;
    Obj *meta = NULL, *args = NULL;
    bool ok = gc_push_root(r, origin) && (meta = tuple_new(r, before + n - 1)) != NULL &&
              gc_push_root(r, v_obj(meta)) && (args = tuple_new(r, 1)) != NULL;
    if (ok) {
        if (inner) memcpy(((ObjTuple *)meta)->items, inner->items, before * sizeof(Value));
        memcpy(((ObjTuple *)meta)->items + before, items + 1, (n - 1) * sizeof(Value));
        ((ObjTuple *)args)->items[0] = origin;
        ok = typing_alias_new(r, ALIAS_ANNOTATED, "Annotated", origin, v_obj(args), v_obj(meta), out);
    }
    gc_pop_roots(r, r->root_count - base);
    return ok;
}

static bool form_concatenate(Run *r, const ObjForm *f, Value key, Value *out) {
    size_t n;
    const Value *items = form_items(&key, &n);
    if (n == 0) return exc_raise(r, &exc_TypeError, "Cannot take a Concatenate of no types.");
    Value last = items[n - 1];
    if (!(is_obj(last) && last.as.obj == &obj_ellipsis) && !is_paramspec(last)) {
        return exc_raise(r, &exc_TypeError, "The last parameter to Concatenate should be a "
                                            "ParamSpec variable or ellipsis.");
    }
    Value args;
    uint32_t base = r->root_count;
    bool ok = form_check_all(r, items, n - 1, "Concatenate[arg, ...]: each arg must be a type.", &args);
    Obj *all = ok ? tuple_new(r, n) : NULL;
    if (all) {
        memcpy(((ObjTuple *)all)->items, as_tuple(args)->items, (n - 1) * sizeof(Value));
        ((ObjTuple *)all)->items[n - 1] = last;
        ok = form_alias_of(r, f, ALIAS_TYPING, v_obj((Obj *)&f->base), v_obj(all), out);
    }
    gc_pop_roots(r, r->root_count - base);
    return ok && all;
}

// Generic[T, ...] and Protocol[T, ...]: distinct type variables only.
static bool form_generic(Run *r, const ObjForm *f, Value key, Value *out) {
    size_t n;
    const Value *items = form_items(&key, &n);
    if (n == 0) {
        return exc_raise(r, &exc_TypeError, "Parameter list to %s[...] cannot be empty", f->name);
    }
    for (size_t k = 0; k < n; k++) {
        if (!mod_typing_is_typevar(items[k])) {
            return exc_raise(r, &exc_TypeError, "Parameters to %s[...] must all be type variables "
                                                "or parameter specification variables.", f->name);
        }
        for (size_t j = 0; j < k; j++) {
            if (items[j].as.obj == items[k].as.obj) {
                return exc_raise(r, &exc_TypeError, "Parameters to %s[...] must all be unique", f->name);
            }
        }
    }
    Obj *args = tuple_new(r, n);
    if (!args) return false;
    memcpy(((ObjTuple *)args)->items, items, n * sizeof(Value));
    return form_alias_of(r, f, ALIAS_TYPING, v_obj((Obj *)&f->base), v_obj(args), out);
}

// The value an alias fills a left-out parameter with.
static bool form_fill(Run *r, const ObjForm *f, Value *out) {
    if (f->fill == FILL_NONETYPE) {
        *out = v_obj((Obj *)&type_none);
        return true;
    }
    return typing_or(r, v_obj((Obj *)&type_bool), v_none(), AST_OP_BITOR, out);
}

// The collections.abc class an alias stands for: Iterable's, AbstractSet's Set; NULL if none.
static const ObjType *form_abc(const ObjForm *f) {
    if (f->origin || (f->kind != FORM_ALIAS && f->kind != FORM_CALLABLE)) return NULL;
    return mod_collections_abc_find(strcmp(f->name, "AbstractSet") == 0 ? "Set" : f->name);
}

// The origin a List[...] keeps: the built-in class, the collections.abc class, or the alias
// itself for the others.
static Value form_origin(const ObjForm *f) {
    const ObjType *t = f->origin ? f->origin : form_abc(f);
    return t ? v_obj((Obj *)t) : v_obj((Obj *)&f->base);
}

// List[int], Dict[str, int], Generator[int]: checked, counted, defaults filled in.
static bool form_alias(Run *r, const ObjForm *f, Value key, Value *out) {
    size_t n;
    const Value *items = form_items(&key, &n);
    Value checked;
    uint32_t base = r->root_count;
    bool ok = form_check_all(r, items, n, "Parameters to generic types must be types.", &checked);
    size_t filled = n;
    if (ok && f->fill != FILL_NONE && n < f->nparams && n >= f->nrequired) filled = f->nparams;
    if (ok && filled != f->nparams) {
        char expected[32];
        snprintf(expected, sizeof expected, f->fill != FILL_NONE ? "at least %u" : "%u",
                 (unsigned)f->nrequired);
        if (f->nparams == 0) ok = exc_raise(r, &exc_TypeError, "typing.%s is not a generic class", f->name);
        else ok = exc_raise(r, &exc_TypeError, "Too %s arguments for typing.%s; actual %zu, expected %s",
                            n > f->nparams ? "many" : "few", f->name, n, expected);
    }
    Obj *args = ok ? tuple_new(r, filled) : NULL;
    if (args && gc_push_root(r, v_obj(args))) {
        memcpy(((ObjTuple *)args)->items, as_tuple(checked)->items, n * sizeof(Value));
        for (size_t k = n; k < filled && ok; k++) ok = form_fill(r, f, &((ObjTuple *)args)->items[k]);
        ok = ok && form_alias_of(r, f, ALIAS_TYPING, form_origin(f), v_obj(args), out);
    } else {
        ok = false;
    }
    gc_pop_roots(r, r->root_count - base);
    return ok;
}

// Tuple[int, str], Tuple[int, ...], Tuple[()]
static bool form_tuple(Run *r, const ObjForm *f, Value key, Value *out) {
    size_t n;
    const Value *items = form_items(&key, &n);
    bool ellipsis = n >= 2 && is_obj(items[n - 1]) && items[n - 1].as.obj == &obj_ellipsis;
    Value checked;
    uint32_t base = r->root_count;
    bool ok = form_check_all(r, items, ellipsis ? n - 1 : n,
                             ellipsis ? "Tuple[t, ...]: t must be a type."
                                      : "Tuple[t0, t1, ...]: each t must be a type.", &checked);
    Obj *args = ok ? tuple_new(r, n) : NULL;
    if (args) {
        memcpy(((ObjTuple *)args)->items, as_tuple(checked)->items, as_tuple(checked)->len * sizeof(Value));
        if (ellipsis) ((ObjTuple *)args)->items[n - 1] = items[n - 1];
        ok = form_alias_of(r, f, ALIAS_TYPING, form_origin(f), v_obj(args), out);
    } else {
        ok = false;
    }
    gc_pop_roots(r, r->root_count - base);
    return ok;
}

// Callable[[int, str], bool], Callable[..., int], Callable[P, int]: the parameter types and
// the result in one flat tuple.
static bool form_callable(Run *r, const ObjForm *f, Value key, Value *out) {
    if (!is_tuple(key) || as_tuple(key)->len != 2) {
        return exc_raise(r, &exc_TypeError, "Callable must be used as Callable[[arg, ...], result].");
    }
    Value params = as_tuple(key)->items[0], result;
    uint32_t base = r->root_count;
    if (!form_type_check(r, as_tuple(key)->items[1], "Callable[args, result]: result must be a type.",
                         false, &result) ||
        !gc_push_root(r, result)) {
        return false;
    }
    // a list of parameter types is copied first: converting them may run Python code
    bool many = is_list(params) || is_tuple(params);
    Obj *list = many ? tuple_from_iterable(r, params) : NULL;
    bool ok = !many || (list && gc_push_root(r, v_obj(list)));
    const Value *items = list ? ((ObjTuple *)list)->items : &params;
    size_t n = list ? ((ObjTuple *)list)->len : 1;
    Obj *args = ok ? tuple_new(r, n + 1) : NULL;
    ok = args && gc_push_root(r, v_obj(args));
    for (size_t k = 0; ok && k < n; k++) ok = typing_convert(r, items[k], &((ObjTuple *)args)->items[k]);
    if (ok) {
        ((ObjTuple *)args)->items[n] = result;
        ok = form_alias_of(r, f, ALIAS_CALLABLE, v_obj((Obj *)&f->base), v_obj(args), out);
    }
    gc_pop_roots(r, r->root_count - base);
    return ok;
}

static bool form_getitem(Run *r, Value v, Value key, Value *out) {
    const ObjForm *f = as_form(v);
    switch ((FormKind)f->kind) {
    case FORM_ANY: return exc_raise(r, &exc_TypeError, "type 'Any' is not subscriptable");
    case FORM_PLAIN: return exc_raise(r, &exc_TypeError, "typing.%s is not subscriptable", f->name);
    case FORM_OPTIONAL: return form_optional(r, key, out);
    case FORM_UNION: return form_union(r, key, out);
    case FORM_LITERAL: return form_literal(r, f, key, out);
    case FORM_CLASSVAR:
    case FORM_SINGLE:
    case FORM_ITEM: return form_single(r, f, key, out);
    case FORM_ANNOTATED: return form_annotated(r, key, out);
    case FORM_CONCATENATE: return form_concatenate(r, f, key, out);
    case FORM_GENERIC: return form_generic(r, f, key, out);
    case FORM_ALIAS: return form_alias(r, f, key, out);
    case FORM_TUPLE: return form_tuple(r, f, key, out);
    case FORM_CALLABLE: return form_callable(r, f, key, out);
    }
    return false;
}

// ---- the forms' other behaviour ----

static bool form_repr(Run *r, Value v, Buf *out) {
    (void)r;
    const ObjForm *f = as_form(v);
    // Union, Generic and Protocol are classes in CPython 3.14
    if (f->kind == FORM_UNION || f->kind == FORM_GENERIC) return buf_printf(out, "<class 'typing.%s'>", f->name);
    return buf_printf(out, "typing.%s", f->name);
}

static bool form_hash(Run *r, Value v, int64_t *out) {
    *out = (int64_t)(run_object_id(r, v.as.obj) >> 4);
    return true;
}

static bool form_getattr(Run *r, Value v, Obj *name, Value *out) {
    const ObjForm *f = as_form(v);
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    const char *text = NULL;
    if (str_equal_cstr(n, "__name__") || str_equal_cstr(n, "__qualname__")) text = f->name;
    else if (str_equal_cstr(n, "__module__")) text = "typing";
    if (text) {
        Obj *s = str_from_cstr(r, text);
        *out = v_obj(s);
        return s != NULL;
    }
    if (v.as.obj->type != &type_special_alias) return true;
    if (str_equal_cstr(n, "__origin__")) {
        *out = form_origin(f);
        return true;
    }
    bool dunder = n->len > 4 && n->data[0] == '_' && n->data[1] == '_';
    if (!dunder && f->origin) return ops_getattr(r, v_obj((Obj *)f->origin), name, out);  // List.append
    if (!dunder) {
        return exc_raise(r, &exc_AttributeError, "type object '%s' has no attribute '%s'", f->name, n->data);
    }
    return exc_raise(r, &exc_AttributeError, "%s", n->data);
}

static bool form_call(Run *r, Value callee, const Args *a, Value *out) {
    (void)a;
    (void)out;
    const ObjForm *f = as_form(callee);
    if (f->kind == FORM_ANY) {
        exc_raise(r, &exc_TypeError, "Any cannot be instantiated");
        LIBFRAMES_ADD(r, LF_TYPING_ANY_NEW);
        return false;
    }
    if (f->origin) {
        exc_raise(r, &exc_TypeError, "Type %s cannot be instantiated; use %s() instead", f->name,
                  f->origin->name);
        LIBFRAMES_ADD(r, LF_TYPING_ALIAS_CALL);
        return false;
    }
    if (f->kind == FORM_CALLABLE) {
        return exc_raise(r, &exc_TypeError, "Can't instantiate abstract class Callable without an "
                                            "implementation for abstract method '__call__'");
    }
    return exc_raise(r, &exc_TypeError, "Cannot instantiate typing.%s", f->name);
}

#define FORM_SLOTS                                                                            \
    .repr = form_repr, .hash = form_hash, .binary = typing_or, .getitem = form_getitem,       \
    .getattr = form_getattr, .call = form_call

static const ObjType type_special_form = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_SpecialForm",
    .module = "typing",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {FORM_SLOTS},
};

// Any is a class in CPython, of the metaclass _AnyMeta
static const ObjType type_any_meta = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_AnyMeta",
    .module = "typing",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {FORM_SLOTS},
};

static const ObjType type_special_alias = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_SpecialGenericAlias",
    .module = "typing",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {FORM_SLOTS},
};

// ---- TypeVar, ParamSpec, TypeVarTuple ----

typedef enum Variance { VARIANCE_INVARIANT, VARIANCE_CO, VARIANCE_CONTRA, VARIANCE_INFER } Variance;

typedef struct ObjTypeVar {
    Obj base;
    Value name;         // str
    Value bound;        // None when unbounded
    Value constraints;  // tuple
    uint8_t variance;   // Variance
} ObjTypeVar;

static const ObjType type_typevar, type_paramspec, type_typevartuple;

bool mod_typing_is_typevar(Value v) {
    if (!is_obj(v)) return false;
    const ObjType *t = v.as.obj->type;
    return t == &type_typevar || t == &type_paramspec || t == &type_typevartuple;
}

static bool is_paramspec(Value v) {
    return is_obj(v) && v.as.obj->type == &type_paramspec;
}

static const ObjTypeVar *as_typevar(Value v) {
    return (const ObjTypeVar *)v.as.obj;
}

// What a TypeVar call says: TypeVar(name, *constraints, bound=None, covariant=False,
// contravariant=False, infer_variance=False, default=NoDefault); ParamSpec takes no
// constraints, TypeVarTuple only a name (and a default).
typedef struct TypeVarArgs {
    Value name, bound;
    const Value *constraints;
    size_t nconstraints;
    bool flags[3];  // covariant, contravariant, infer_variance
} TypeVarArgs;

static bool typevar_bind(Run *r, const Args *a, const ObjType *t, const char *fname,
                         TypeVarArgs *out) {
    static const char *const keywords[] = {"name", "bound", "covariant", "contravariant",
                                           "infer_variance", "default"};
    memset(out, 0, sizeof *out);
    out->name = a->npos ? a->pos[0] : v_undef();
    out->bound = v_none();
    size_t max_pos = t == &type_typevar ? SIZE_MAX : 1;
    if (a->npos > max_pos) {
        return exc_raise(r, &exc_TypeError, "%s() takes at most 1 positional argument (%u given)",
                         fname, a->npos);
    }
    if (a->npos > 1) {
        out->constraints = a->pos + 1;
        out->nconstraints = a->npos - 1;
    }
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *kw = (const ObjStr *)a->kwnames[k];
        size_t j = 0;
        while (j < 6 && !str_equal_cstr(kw, keywords[j])) j++;
        if (j == 6 || (t == &type_typevartuple && j != 0 && j != 5)) {
            return exc_raise(r, &exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                             fname, kw->data);
        }
        if (j == 0) out->name = a->kwvalues[k];
        else if (j == 1) out->bound = a->kwvalues[k];
        else if (j < 5 && !ops_truthy(r, a->kwvalues[k], &out->flags[j - 2])) return false;
    }
    if (is_undef(out->name)) {
        return exc_raise(r, &exc_TypeError, "%s() missing required argument 'name' (pos 1)", fname);
    }
    if (!is_str(out->name)) {
        return exc_raise(r, &exc_TypeError, "%s() argument 'name' must be str, not %s", fname,
                         value_type_name(out->name));
    }
    return true;
}

// CPython's checks of variance, bound and constraints, in its order.
static bool typevar_check(Run *r, TypeVarArgs *ta) {
    if (ta->flags[0] && ta->flags[1]) return exc_raise(r, &exc_ValueError, "Bivariant types are not supported.");
    if (ta->flags[2] && (ta->flags[0] || ta->flags[1])) {
        return exc_raise(r, &exc_ValueError, "Variance cannot be specified with infer_variance.");
    }
    if (!is_none(ta->bound) && !form_type_check(r, ta->bound, "Bound must be a type.", false, &ta->bound)) {
        return false;
    }
    if (ta->nconstraints == 1) return exc_raise(r, &exc_TypeError, "A single constraint is not allowed");
    if (ta->nconstraints > 1 && !is_none(ta->bound)) {
        return exc_raise(r, &exc_TypeError, "Constraints cannot be combined with bound=...");
    }
    return true;
}

static bool typevar_make(Run *r, const ObjType *t, const TypeVarArgs *ta, Value *out) {
    uint32_t base = r->root_count;
    Obj *cons = NULL;
    ObjTypeVar *tv = NULL;
    bool ok = gc_push_root(r, ta->bound) && (cons = tuple_new(r, ta->nconstraints)) != NULL &&
              gc_push_root(r, v_obj(cons)) && (tv = gc_new(r, ObjTypeVar, t)) != NULL;
    gc_pop_roots(r, r->root_count - base);
    if (!ok) return false;
    if (ta->nconstraints) memcpy(((ObjTuple *)cons)->items, ta->constraints, ta->nconstraints * sizeof(Value));
    tv->name = ta->name;
    tv->bound = ta->bound;
    tv->constraints = v_obj(cons);
    tv->variance = ta->flags[2] ? VARIANCE_INFER : ta->flags[0] ? VARIANCE_CO
                 : ta->flags[1] ? VARIANCE_CONTRA : VARIANCE_INVARIANT;
    *out = v_obj(&tv->base);
    return true;
}

bool mod_typing_type_param(Run *r, int kind, Value name, Value bound, Value *out) {
    const ObjType *t = kind == 1 ? &type_typevartuple : kind == 2 ? &type_paramspec : &type_typevar;
    TypeVarArgs ta = {.name = name, .bound = bound, .flags = {false, false, true}};
    if (is_tuple(bound)) {  // T: (int, str) lists constraints
        ta.constraints = as_tuple(bound)->items;
        ta.nconstraints = as_tuple(bound)->len;
        ta.bound = v_none();
    }
    if (!gc_push_root(r, bound)) return false;
    bool ok = typevar_make(r, t, &ta, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool typevar_construct_as(Run *r, const ObjType *t, const char *fname, const Args *a,
                                 Value *out) {
    TypeVarArgs ta;
    return typevar_bind(r, a, t, fname, &ta) && typevar_check(r, &ta) && typevar_make(r, t, &ta, out);
}

static bool typevar_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return typevar_construct_as(r, &type_typevar, "typevar", a, out);
}

static bool paramspec_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return typevar_construct_as(r, &type_paramspec, "paramspec", a, out);
}

static bool typevartuple_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return typevar_construct_as(r, &type_typevartuple, "typevartuple", a, out);
}

static bool typevar_repr(Run *r, Value v, Buf *out) {
    (void)r;
    const ObjTypeVar *tv = as_typevar(v);
    static const char prefix[] = {'~', '+', '-'};
    const char *name = as_str(tv->name)->data;
    if (tv->variance == VARIANCE_INFER || v.as.obj->type == &type_typevartuple) {
        return buf_append_cstr(out, name);
    }
    return buf_append_char(out, prefix[tv->variance]) && buf_append_cstr(out, name);
}

static bool typevar_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    const ObjTypeVar *tv = as_typevar(v);
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "__name__")) *out = tv->name;
    else if (str_equal_cstr(n, "__bound__")) *out = tv->bound;
    else if (str_equal_cstr(n, "__constraints__") && v.as.obj->type == &type_typevar) *out = tv->constraints;
    else if (str_equal_cstr(n, "__covariant__")) *out = v_bool(tv->variance == VARIANCE_CO);
    else if (str_equal_cstr(n, "__contravariant__")) *out = v_bool(tv->variance == VARIANCE_CONTRA);
    else if (str_equal_cstr(n, "__infer_variance__")) *out = v_bool(tv->variance == VARIANCE_INFER);
    return true;
}

static void typevar_trace(Run *r, Obj *o) {
    const ObjTypeVar *tv = (const ObjTypeVar *)o;
    gc_mark_value(r, tv->name);
    gc_mark_value(r, tv->bound);
    gc_mark_value(r, tv->constraints);
}

#define TYPEVAR_TYPE(ID, NAME, CONSTRUCT)                                                     \
    static const ObjType ID = {                                                               \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                                    \
        .name = NAME,                                                                         \
        .id = TYPE_OBJECT,                                                                    \
        .base_type = &type_object,                                                            \
        .construct = CONSTRUCT,                                                               \
        .slots = {.repr = typevar_repr, .hash = form_hash, .binary = typing_or,               \
                  .getattr = typevar_getattr, .trace = typevar_trace},                        \
    };
TYPEVAR_TYPE(type_typevar, "typing.TypeVar", typevar_construct)
TYPEVAR_TYPE(type_paramspec, "typing.ParamSpec", paramspec_construct)
TYPEVAR_TYPE(type_typevartuple, "typing.TypeVarTuple", typevartuple_construct)
#undef TYPEVAR_TYPE

// ---- functions with Python signatures (typing.py's), and their messages ----

typedef struct PySig {
    const char *fname;
    const char *const *names;
    uint8_t count, posonly;  // every parameter is required
} PySig;

// "f() missing 2 required positional arguments: 'a' and 'b'"
static bool pysig_missing(Run *r, const PySig *s, const Value *out) {
    char names[256];
    size_t len = 0;
    unsigned total = 0, seen = 0;
    for (uint8_t k = 0; k < s->count; k++) total += is_undef(out[k]);
    for (uint8_t k = 0; k < s->count; k++) {
        if (!is_undef(out[k])) continue;
        const char *sep = seen == 0 ? "" : seen + 1 == total ? (total > 2 ? ", and " : " and ") : ", ";
        int w = snprintf(names + len, sizeof names - len, "%s'%s'", sep, s->names[k]);
        if (w > 0 && (size_t)w < sizeof names - len) len += (size_t)w;
        seen++;
    }
    return exc_raise(r, &exc_TypeError, "%s() missing %u required positional argument%s: %s",
                     s->fname, total, total == 1 ? "" : "s", names);
}

// "f() got some positional-only arguments passed as keyword arguments: 'a, b'"
static bool pysig_posonly_keywords(Run *r, const Args *a, const PySig *s) {
    char names[256];
    size_t len = 0;
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *kw = (const ObjStr *)a->kwnames[k];
        for (uint8_t j = 0; j < s->posonly; j++) {
            if (!str_equal_cstr(kw, s->names[j])) continue;
            int w = snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "", kw->data);
            if (w > 0 && (size_t)w < sizeof names - len) len += (size_t)w;
        }
    }
    return exc_raise(r, &exc_TypeError, "%s() got some positional-only arguments passed as "
                                        "keyword arguments: '%s'", s->fname, names);
}

// "f() got an unexpected keyword argument 'vall'. Did you mean 'val'?"
static bool pysig_unexpected(Run *r, const PySig *s, const ObjStr *kw) {
    Obj *names[8];
    uint8_t n = 0;
    for (uint8_t k = s->posonly; k < s->count && n < 8; k++) {
        names[n] = str_from_cstr(r, s->names[k]);
        if (!names[n] || !gc_push_root(r, v_obj(names[n]))) {
            gc_pop_roots(r, n);
            return false;
        }
        n++;
    }
    const char *best = suggest_closest(kw->data, kw->len, names, n);
    if (best) {
        exc_raise(r, &exc_TypeError, "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?",
                  s->fname, kw->data, best);
    } else {
        exc_raise(r, &exc_TypeError, "%s() got an unexpected keyword argument '%s'", s->fname, kw->data);
    }
    gc_pop_roots(r, n);
    return false;
}

static bool pysig_keyword(Run *r, const Args *a, const PySig *s, uint32_t i, Value *out) {
    const ObjStr *kw = (const ObjStr *)a->kwnames[i];
    for (uint8_t k = 0; k < s->count; k++) {
        if (!str_equal_cstr(kw, s->names[k])) continue;
        if (k < s->posonly) return pysig_posonly_keywords(r, a, s);
        if (!is_undef(out[k])) {
            return exc_raise(r, &exc_TypeError, "%s() got multiple values for argument '%s'",
                             s->fname, kw->data);
        }
        out[k] = a->kwvalues[i];
        return true;
    }
    return pysig_unexpected(r, s, kw);
}

// Binds the arguments of a Python function whose parameters are all required.
static bool pysig_bind(Run *r, const Args *a, const PySig *s, Value *out) {
    if (a->npos > s->count) {
        return exc_raise(r, &exc_TypeError, "%s() takes %u positional argument%s but %u %s given",
                         s->fname, s->count, s->count == 1 ? "" : "s", a->npos,
                         a->npos == 1 ? "was" : "were");
    }
    for (uint8_t k = 0; k < s->count; k++) out[k] = k < a->npos ? a->pos[k] : v_undef();
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (!pysig_keyword(r, a, s, k, out)) return false;
    }
    for (uint8_t k = 0; k < s->count; k++) {
        if (is_undef(out[k])) return pysig_missing(r, s, out);
    }
    return true;
}

// The one-parameter functions that hand their argument back: decorators that only mark.
static bool typing_identity(Run *r, const Args *a, const char *fname, const char *param, bool posonly,
                            Value *out) {
    const char *names[] = {param};
    PySig s = {fname, names, 1, posonly ? 1 : 0};
    return pysig_bind(r, a, &s, out);
}

#define TYPING_IDENTITY(FN, NAME, PARAM, POSONLY)                                             \
    static bool FN(Run *r, Value self, const Args *a, Value *out) {                           \
        (void)self;                                                                           \
        return typing_identity(r, a, NAME, PARAM, POSONLY, out);                              \
    }
TYPING_IDENTITY(typing_final, "final", "f", false)
TYPING_IDENTITY(typing_override, "override", "method", false)
TYPING_IDENTITY(typing_no_type_check, "no_type_check", "arg", false)
TYPING_IDENTITY(typing_reveal_type, "reveal_type", "obj", true)
TYPING_IDENTITY(typing_decorator, "decorator", "cls_or_fn", false)
#undef TYPING_IDENTITY

// @runtime_checkable: the protocol class itself, now allowed in isinstance()
static bool typing_runtime_checkable(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!typing_identity(r, a, "runtime_checkable", "cls", false, out)) return false;
    if (!is_class_value(*out) || ((ObjClass *)out->as.obj)->protocol == PROTOCOL_NONE) {
        return exc_raise(r, &exc_TypeError, "@runtime_checkable can be only applied to protocol classes, got %R",
                         *out);
    }
    ((ObjClass *)out->as.obj)->protocol = PROTOCOL_RUNTIME;
    return true;
}

// cast(typ, val): val, unchanged.
static bool typing_cast(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"typ", "val"};
    static const PySig s = {"cast", names, 2, 0};
    Value p[2];
    if (!pysig_bind(r, a, &s, p)) return false;
    *out = p[1];
    return true;
}

// assert_type(val, typ, /): val, unchecked at runtime.
static bool typing_assert_type(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"val", "typ"};
    static const PySig s = {"assert_type", names, 2, 2};
    Value p[2];
    if (!pysig_bind(r, a, &s, p)) return false;
    *out = p[0];
    return true;
}

static bool typing_assert_never(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value arg;
    if (!typing_identity(r, a, "assert_never", "arg", true, &arg)) return false;
    (void)out;
    Buf b;
    buf_init(&b, r);
    if (!ops_repr(r, arg, &b)) {
        buf_fini(&b);
        return false;
    }
    size_t len = 0, chars = 0;
    while (len < b.len && chars <= 100) {
        if (((unsigned char)b.data[len] & 0xC0) != 0x80) chars++;
        if (chars <= 100) len++;
    }
    exc_raise(r, &exc_AssertionError, "Expected code to be unreachable, but got: %.*s%s", (int)len,
              b.data ? b.data : "", len < b.len ? "..." : "");
    buf_fini(&b);
    return false;
}

static bool typing_overload_dummy(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)a;
    (void)out;
    return exc_raise(r, &exc_NotImplementedError,
                     "You should not call an overloaded function. A series of @overload-decorated "
                     "functions outside a stub module should always be followed by an "
                     "implementation that is not @overload-ed.");
}

static bool typing_is_typeddict(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value tp;
    if (!typing_identity(r, a, "is_typeddict", "tp", false, &tp)) return false;
    *out = v_bool(typeddict_is_class(tp));
    return true;
}

static bool typing_functional_class(Run *r, const char *name) {
    return exc_raise(r, &exc_NotImplementedError, "moat does not support the functional %s() "
                                                  "syntax yet; use a class statement", name);
}

static bool typing_typeddict(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)a;
    (void)out;
    return typing_functional_class(r, "TypedDict");
}

static bool typing_namedtuple(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)a;
    (void)out;
    return typing_functional_class(r, "NamedTuple");
}

// ---- get_origin() and get_args() ----

static bool typing_get_origin(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value tp;
    if (!typing_identity(r, a, "get_origin", "tp", false, &tp)) return false;
    *out = v_none();
    if (typing_is_union(tp)) *out = v_obj((Obj *)&form_Union.base);
    else if (typing_is_alias(tp) && typing_as_alias(tp)->kind == ALIAS_ANNOTATED) *out = v_obj((Obj *)&form_Annotated.base);
    else if (typing_is_alias(tp)) *out = typing_as_alias(tp)->origin;
    else if (is_obj(tp) && tp.as.obj->type == &type_special_alias) *out = form_origin(as_form(tp));
    else if (form_is(tp, &form_Generic)) *out = tp;
    return true;
}

// Callable's flat args as ([params...], result), unless the parameters are ... or a ParamSpec.
static bool typing_callable_args(Run *r, const ObjTuple *args, Value *out) {
    if (args->len == 2 && mod_typing_is_param_expr(args->items[0])) {
        *out = v_obj((Obj *)args);
        return true;
    }
    Obj *params = list_new(r, args->len - 1);
    if (!params || !gc_push_root(r, v_obj(params))) return false;
    if (args->len > 1) memcpy(((ObjList *)params)->items, args->items, (args->len - 1) * sizeof(Value));
    Obj *t = tuple_pack2(r, v_obj(params), args->items[args->len - 1]);
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return t != NULL;
}

static bool typing_get_args(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value tp;
    if (!typing_identity(r, a, "get_args", "tp", false, &tp)) return false;
    if (!typing_is_alias(tp)) {
        Obj *empty = tuple_new(r, 0);
        *out = v_obj(empty);
        return empty != NULL;
    }
    const ObjAlias *al = typing_as_alias(tp);
    if (al->kind == ALIAS_CALLABLE) return typing_callable_args(r, as_tuple(al->args), out);
    if (al->kind != ALIAS_ANNOTATED) {
        *out = al->args;
        return true;
    }
    const ObjTuple *meta = as_tuple(al->metadata);
    Obj *t = tuple_new(r, meta->len + 1);
    if (!t) return false;
    ((ObjTuple *)t)->items[0] = al->origin;
    memcpy(((ObjTuple *)t)->items + 1, meta->items, meta->len * sizeof(Value));
    *out = v_obj(t);
    return true;
}

static bool typing_overload(Run *r, Value self, const Args *a, Value *out);
static bool typing_dataclass_transform(Run *r, Value self, const Args *a, Value *out);

#define TYPING_FUNCTIONS(X)                                                                   \
    X("NamedTuple", typing_namedtuple) X("TypedDict", typing_typeddict)                       \
    X("assert_never", typing_assert_never) X("assert_type", typing_assert_type)               \
    X("cast", typing_cast) X("dataclass_transform", typing_dataclass_transform)               \
    X("final", typing_final) X("get_args", typing_get_args)                                   \
    X("get_origin", typing_get_origin) X("is_typeddict", typing_is_typeddict)                 \
    X("no_type_check", typing_no_type_check) X("overload", typing_overload)                   \
    X("override", typing_override) X("reveal_type", typing_reveal_type)                       \
    X("runtime_checkable", typing_runtime_checkable)

#define TYPING_BUILTIN(NAME, FN) STATIC_BUILTIN(NAME, FN, 0)
TYPING_FUNCTIONS(TYPING_BUILTIN)
TYPING_BUILTIN("_overload_dummy", typing_overload_dummy)
TYPING_BUILTIN("decorator", typing_decorator)
#undef TYPING_BUILTIN

// overload(func): a function that refuses to be called (the implementation that follows the
// overloads replaces it).
static bool typing_overload(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value func;
    if (!typing_identity(r, a, "overload", "func", false, &func)) return false;
    *out = v_obj((Obj *)&obj_typing_overload_dummy.base);
    return true;
}

// dataclass_transform(**kwargs): a decorator that returns what it decorates.
static bool typing_dataclass_transform(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (a->npos) {
        return exc_raise(r, &exc_TypeError, "dataclass_transform() takes 0 positional arguments "
                                            "but %u %s given", a->npos, a->npos == 1 ? "was" : "were");
    }
    *out = v_obj((Obj *)&obj_typing_decorator.base);
    return true;
}

// ---- NewType ----

typedef struct ObjNewType {
    Obj base;
    Value name;       // str
    Value supertype;
} ObjNewType;

static const ObjType type_newtype;

static bool newtype_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"name", "tp"};
    static const PySig s = {"NewType.__init__", names, 2, 0};
    Value p[2];
    if (!pysig_bind(r, a, &s, p)) return false;
    if (!is_str(p[0])) {
        return exc_raise(r, &exc_TypeError, "argument of type '%s' is not a container or iterable",
                         value_type_name(p[0]));
    }
    uint32_t base = r->root_count;
    ObjNewType *nt = NULL;
    bool ok = gc_push_root(r, p[0]) && gc_push_root(r, p[1]) &&
              (nt = gc_new(r, ObjNewType, &type_newtype)) != NULL;
    gc_pop_roots(r, r->root_count - base);
    if (!ok) return false;
    nt->name = p[0];
    nt->supertype = p[1];
    *out = v_obj(&nt->base);
    return true;
}

// Calling a NewType is CPython's _typing._idfunc: the argument itself.
static bool newtype_call(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!args_positional(r, a, "_typing._idfunc", 1, 1)) return false;
    *out = a->pos[0];
    return true;
}

static bool newtype_repr(Run *r, Value v, Buf *out) {
    (void)r;
    return buf_printf(out, "__main__.%s", as_str(((ObjNewType *)v.as.obj)->name)->data);
}

static bool newtype_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    const ObjNewType *nt = (const ObjNewType *)v.as.obj;
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "__name__") || str_equal_cstr(n, "__qualname__")) *out = nt->name;
    else if (str_equal_cstr(n, "__supertype__")) *out = nt->supertype;
    return true;
}

static void newtype_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjNewType *)o)->name);
    gc_mark_value(r, ((ObjNewType *)o)->supertype);
}

static const ObjType type_newtype = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "NewType",
    .module = "typing",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .construct = newtype_construct,
    .slots = {.repr = newtype_repr, .hash = form_hash, .binary = typing_or, .call = newtype_call,
              .getattr = newtype_getattr, .trace = newtype_trace},
};

// ---- what other files ask ----

bool mod_typing_is_param_expr(Value v) {
    if (is_obj(v) && v.as.obj == &obj_ellipsis) return true;
    if (is_paramspec(v)) return true;
    return typing_is_alias(v) && form_is(typing_as_alias(v)->origin, &form_Concatenate);
}

bool mod_typing_is_special(Value v) {
    return is_form(v) || mod_typing_is_typevar(v) || (is_obj(v) && v.as.obj->type == &type_newtype);
}

bool mod_typing_is_any(Value v) {
    return form_is(v, &form_Any);
}

bool mod_typing_is_protocol_base(Value base) {
    if (typing_is_alias(base)) base = typing_as_alias(base)->origin;
    return form_is(base, &form_Protocol);
}

bool mod_typing_is_generic_form(Value v) {
    return form_is(v, &form_Generic) || form_is(v, &form_Protocol);
}

Value mod_typing_union_form(void) {
    return v_obj((Obj *)&form_Union.base);
}

// The built-in classes CPython makes generic: cls[key] is a types.GenericAlias.
static bool class_is_generic(const ObjType *t) {
    static const ObjType *const generic[] = {&type_list, &type_dict, &type_set, &type_frozenset,
                                             &type_tuple, &type_type, &type_enumerate,
                                             &exc_BaseExceptionGroup, &exc_ExceptionGroup, &type_deque,
                                             &mod_collections_defaultdict, &mod_collections_OrderedDict,
                                             &mod_collections_Counter};
    for (size_t k = 0; k < sizeof generic / sizeof *generic; k++) {
        if (t == generic[k]) return true;
    }
    return mod_collections_abc_is(t);
}

bool mod_typing_class_getitem(Run *r, Value cls, Value key, Value *out) {
    const ObjType *t = (const ObjType *)cls.as.obj;
    if (!class_is_generic(t)) return exc_raise(r, &exc_TypeError, "type '%s' is not subscriptable", t->name);
    Value args = key;
    if (!is_tuple(key)) {
        Obj *one = tuple_new(r, 1);
        if (!one) return false;
        ((ObjTuple *)one)->items[0] = key;
        args = v_obj(one);
    }
    return typing_alias_new(r, ALIAS_TYPES, NULL, cls, args, v_undef(), out);
}

bool mod_typing_type_or(Run *r, Value a, Value b, int op, Value *out) {
    return typing_or(r, a, b, op, out);
}

const ObjTuple *mod_typing_union_args(Value v) {
    return typing_is_union(v) ? as_tuple(typing_as_alias(v)->args) : NULL;
}

Value mod_typing_mro_entry(Value base) {
    if (mod_typing_is_generic_form(base)) return v_obj((Obj *)&type_object);
    if (form_is(base, &form_Any)) return v_obj((Obj *)&type_object);
    if (is_obj(base) && base.as.obj == &obj_typing_typeddict.base) return v_obj((Obj *)&type_dict);
    if (is_obj(base) && base.as.obj == &obj_typing_namedtuple.base) return v_obj((Obj *)&type_tuple);
    if (!typing_is_alias(base)) return base;
    Value origin = typing_as_alias(base)->origin;
    if (mod_typing_is_generic_form(origin)) return v_obj((Obj *)&type_object);
    return is_obj(origin) && origin.as.obj->type == &type_type ? origin : base;
}

Value mod_typing_namedtuple_base(void) {
    return v_obj((Obj *)&obj_typing_namedtuple.base);
}

const ObjType *mod_typing_bare_alias_origin(Value v) {
    if (!is_form(v)) return NULL;
    const ObjForm *f = as_form(v);
    if (f->kind == FORM_ALIAS || f->kind == FORM_CALLABLE) return f->origin ? f->origin : form_abc(f);
    return f->kind == FORM_TUPLE ? f->origin : NULL;
}

// ---- the module ----

typedef struct TypingEntry {
    const char *name;
    const Obj *obj;
} TypingEntry;

#define FORM_ENTRY(ID, ...) {#ID, &form_##ID.base},
#define FUNCTION_ENTRY(NAME, FN) {NAME, &obj_##FN.base},
static const TypingEntry typing_entries[] = {
    TYPING_FORMS(FORM_ENTRY)
    TYPING_ALIASES(FORM_ENTRY)
    TYPING_FUNCTIONS(FUNCTION_ENTRY)
    {"TypeVar", &type_typevar.base},
    {"ParamSpec", &type_paramspec.base},
    {"TypeVarTuple", &type_typevartuple.base},
    {"NewType", &type_newtype.base},
    {"ForwardRef", &type_forward_ref.base},
    {"GenericAlias", &type_generic_alias.base},
    {"Text", &type_str.base},
};
#undef FORM_ENTRY
#undef FUNCTION_ENTRY

// The type variables typing.py defines for its own use (and exports): T, KT, VT, AnyStr, ...
static bool typing_add_typevar(Run *r, Obj *module, const char *name, Variance variance,
                               Value bound, bool anystr) {
    Value text, tv;
    Obj *s = str_from_cstr(r, name);
    if (!s || !gc_push_root(r, v_obj(s))) return false;
    text = v_obj(s);
    Value cons[2] = {v_obj((Obj *)&type_bytes), v_obj((Obj *)&type_str)};
    TypeVarArgs ta = {.name = text, .bound = bound, .constraints = cons, .nconstraints = anystr ? 2 : 0};
    ta.flags[0] = variance == VARIANCE_CO;
    ta.flags[1] = variance == VARIANCE_CONTRA;
    bool ok = typevar_make(r, &type_typevar, &ta, &tv) && module_set(r, module, name, tv);
    gc_pop_roots(r, 1);
    return ok;
}

bool mod_typing_init(Run *r, Obj *module) {
    for (size_t k = 0; k < sizeof typing_entries / sizeof *typing_entries; k++) {
        if (!module_set(r, module, typing_entries[k].name, v_obj((Obj *)typing_entries[k].obj))) {
            return false;
        }
    }
    static const struct {
        const char *name;
        uint8_t variance;
    } vars[] = {{"T", VARIANCE_INVARIANT}, {"KT", VARIANCE_INVARIANT}, {"VT", VARIANCE_INVARIANT},
                {"T_co", VARIANCE_CO}, {"V_co", VARIANCE_CO}, {"VT_co", VARIANCE_CO},
                {"T_contra", VARIANCE_CONTRA}};
    for (size_t k = 0; k < sizeof vars / sizeof *vars; k++) {
        if (!typing_add_typevar(r, module, vars[k].name, vars[k].variance, v_none(), false)) return false;
    }
    return typing_add_typevar(r, module, "CT_co", VARIANCE_CO, v_obj((Obj *)&type_type), false) &&
           typing_add_typevar(r, module, "AnyStr", VARIANCE_INVARIANT, v_none(), true) &&
           module_set(r, module, "TYPE_CHECKING", v_bool(false));
}
