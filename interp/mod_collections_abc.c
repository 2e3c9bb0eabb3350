// collections.abc: one static class per ABC, with a bit mask of its ABC ancestors, the methods
// its __subclasshook__ looks for (CPython's Lib/_collections_abc.py) and the built-in types
// CPython registers with it. Subscripting them gives a types.GenericAlias (mod_typing.c).
#include "interp/mod_collections_abc.h"

#include <string.h>

#include "interp/mod_asyncio.h"
#include "interp/mod_collections.h"
#include "interp/modules.h"
#include "interp/obj_bytes.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_class.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_deque.h"
#include "interp/obj_func.h"
#include "interp/obj_gen.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_mapping_view.h"
#include "interp/obj_range.h"
#include "interp/obj_set.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"

// X(name, ancestors, methods): methods is the space-separated list the subclass hook checks,
// NULL for the ABCs that only registration or derivation satisfy.
#define ABC_LIST(X)                                                                            \
    X(Hashable, 0, "__hash__")                                                                 \
    X(Awaitable, 0, "__await__")                                                               \
    X(Coroutine, B(Awaitable), "__await__ send throw close")                                   \
    X(AsyncIterable, 0, "__aiter__")                                                           \
    X(AsyncIterator, B(AsyncIterable), "__aiter__ __anext__")                                  \
    X(AsyncGenerator, B(AsyncIterator) | B(AsyncIterable), "__aiter__ __anext__ asend athrow aclose") \
    X(Iterable, 0, "__iter__")                                                                 \
    X(Iterator, B(Iterable), "__iter__ __next__")                                              \
    X(Reversible, B(Iterable), "__reversed__ __iter__")                                        \
    X(Generator, B(Iterator) | B(Iterable), "__iter__ __next__ send throw close")              \
    X(Sized, 0, "__len__")                                                                     \
    X(Container, 0, "__contains__")                                                            \
    X(Callable, 0, "__call__")                                                                 \
    X(Collection, B(Sized) | B(Iterable) | B(Container), "__len__ __iter__ __contains__")      \
    X(Buffer, 0, "__buffer__")                                                                 \
    X(Set, COLLECTION, NULL)                                                                   \
    X(MutableSet, B(Set) | COLLECTION, NULL)                                                   \
    X(Mapping, COLLECTION, NULL)                                                               \
    X(MutableMapping, B(Mapping) | COLLECTION, NULL)                                           \
    X(MappingView, B(Sized), NULL)                                                             \
    X(KeysView, B(MappingView) | B(Set) | COLLECTION, NULL)                                    \
    X(ItemsView, B(MappingView) | B(Set) | COLLECTION, NULL)                                   \
    X(ValuesView, B(MappingView) | COLLECTION, NULL)                                           \
    X(Sequence, B(Reversible) | COLLECTION, NULL)                                              \
    X(MutableSequence, B(Sequence) | B(Reversible) | COLLECTION, NULL)

#define ABC_ENUM(NAME, ANCESTORS, METHODS) ABC_##NAME,
enum { ABC_LIST(ABC_ENUM) ABC_COUNT };
#undef ABC_ENUM

#define B(NAME) (1u << ABC_##NAME)
#define COLLECTION (B(Collection) | B(Sized) | B(Iterable) | B(Container))

#define ABC_TYPE(NAME, ANCESTORS, METHODS)                                                     \
    static const ObjType abc_##NAME = {                                                        \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                                     \
        .name = #NAME,                                                                         \
        .module = "collections.abc",                                                           \
        .id = TYPE_OBJECT,                                                                     \
        .base_type = &type_object,                                                             \
    };
ABC_LIST(ABC_TYPE)
#undef ABC_TYPE

typedef struct AbcDef {
    const ObjType *type;
    uint32_t mask;        // the ABC and its ancestors
    const char *methods;  // what the subclass hook looks for, or NULL
} AbcDef;

#define ABC_DEF(NAME, ANCESTORS, METHODS) {&abc_##NAME, B(NAME) | (ANCESTORS), METHODS},
static const AbcDef abc_defs[ABC_COUNT] = {ABC_LIST(ABC_DEF)};
#undef ABC_DEF

// Each ABC with its ancestors, as constants (static initializers may not read abc_defs).
#define ABC_MASK(NAME, ANCESTORS, METHODS) MASK_##NAME = B(NAME) | (ANCESTORS),
enum { ABC_LIST(ABC_MASK) };
#undef ABC_MASK

#define SEQUENCE (B(Sequence) | B(Reversible) | COLLECTION)
#define MAPPING (B(Mapping) | B(Reversible) | COLLECTION)

// CPython's registrations of built-in types (and what their own methods make them, where
// moat's type slots do not show it: dict has __reversed__).
static const struct {
    const ObjType *type;
    uint32_t mask;
} registered[] = {
    {&type_tuple, SEQUENCE},
    {&type_str, SEQUENCE},
    {&type_range, SEQUENCE},
    {&type_bytes, SEQUENCE | B(Buffer)},
    {&type_list, B(MutableSequence) | SEQUENCE},
    {&type_bytearray, B(MutableSequence) | SEQUENCE | B(Buffer)},
    {&type_deque, B(MutableSequence) | SEQUENCE},
    {&type_dict, B(MutableMapping) | MAPPING},
    {&mod_collections_ChainMap, B(MutableMapping) | MAPPING},
    {&type_set, B(MutableSet) | B(Set) | COLLECTION},
    {&type_frozenset, B(Set) | COLLECTION},
    {&type_dict_keys, B(KeysView) | B(MappingView) | B(Set) | B(Reversible) | COLLECTION},
    {&type_dict_items, B(ItemsView) | B(MappingView) | B(Set) | B(Reversible) | COLLECTION},
    {&type_dict_values, B(ValuesView) | B(MappingView) | B(Reversible) | COLLECTION},
    {&type_keys_view, B(KeysView) | B(MappingView) | B(Set) | COLLECTION},
    {&type_items_view, B(ItemsView) | B(MappingView) | B(Set) | COLLECTION},
    {&type_values_view, B(ValuesView) | B(MappingView) | COLLECTION},
    {&type_generator, MASK_Generator},
    {&type_coroutine, MASK_Coroutine},
    {&type_async_generator, MASK_AsyncGenerator},
    {&type_future, B(Awaitable)},
    {&type_task, B(Awaitable)},
    {&type_function, B(Callable)},
    {&type_builtin, B(Callable)},
    {&type_bound_method, B(Callable)},
    {&type_type, B(Callable) | B(Hashable)},
};

// The ABCs the built-in type t itself (not its bases) is registered with.
static uint32_t registered_mask(const ObjType *t) {
    for (size_t k = 0; k < sizeof registered / sizeof *registered; k++) {
        if (registered[k].type == t) return registered[k].mask;
    }
    for (size_t k = 0; k < ABC_COUNT; k++) {
        if (abc_defs[k].type == t) return abc_defs[k].mask;
    }
    return 0;
}

// The ABCs the built-in type t satisfies, registered or by the methods its slots give it.
static uint32_t builtin_mask(const ObjType *t) {
    uint32_t mask = 0;
    for (const ObjType *b = t; b; b = b->base_type) mask |= registered_mask(b);
    if (t == &type_type) return mask;  // its slots serve enum classes, not every class
    const TypeSlots *s = &t->slots;
    if (s->hash) mask |= B(Hashable);
    if (s->iter) mask |= B(Iterable);
    if (s->iter && s->next) mask |= B(Iterator);
    if (s->len) mask |= B(Sized);
    if (s->call) mask |= B(Callable);
    return mask;
}

// The ABCs a class is registered with through its MRO: the ABCs it derives from and the
// registrations of the built-in types among its bases.
static uint32_t class_registered_mask(const ObjType *cls) {
    const ObjTuple *mro = (const ObjTuple *)((const ObjClass *)cls)->mro;
    uint32_t mask = 0;
    for (size_t k = 0; k < mro->len; k++) {
        const ObjType *t = (const ObjType *)mro->items[k].as.obj;
        if (!type_is_class(t)) mask |= registered_mask(t);
    }
    return mask;
}

// The ABC whose one method `name` is (the methods of generators count as Generator's).
static uint32_t method_bit(const char *name, size_t len) {
    static const struct {
        const char *name;
        uint32_t bit;
    } methods[] = {
        {"__hash__", B(Hashable)},   {"__await__", B(Awaitable)},   {"__aiter__", B(AsyncIterable)},
        {"__anext__", B(AsyncIterator)}, {"__iter__", B(Iterable)},  {"__next__", B(Iterator)},
        {"__reversed__", B(Reversible)}, {"__len__", B(Sized)},      {"__contains__", B(Container)},
        {"__call__", B(Callable)},   {"__buffer__", B(Buffer)},     {"send", B(Generator) | B(Coroutine)},
        {"throw", B(Generator) | B(Coroutine)}, {"close", B(Generator) | B(Coroutine)},
        {"asend", B(AsyncGenerator)}, {"athrow", B(AsyncGenerator)}, {"aclose", B(AsyncGenerator)},
    };
    for (size_t k = 0; k < sizeof methods / sizeof *methods; k++) {
        if (strlen(methods[k].name) == len && memcmp(methods[k].name, name, len) == 0) return methods[k].bit;
    }
    return 0;
}

// The class defines method `name` (not as None), itself or through a built-in base.
static bool class_has_method(const ObjType *cls, const char *name, size_t len) {
    char key[16];
    memcpy(key, name, len);
    key[len] = '\0';
    Value v = class_lookup(cls, key);
    if (!is_undef(v)) return !is_none(v);
    const ObjType *native = ((const ObjClass *)cls)->native;
    return (builtin_mask(native ? native : &type_object) & method_bit(name, len)) != 0;
}

// CPython's __subclasshook__ for the ABC: every method it names is there.
static bool class_has_methods(const ObjType *cls, const char *methods) {
    for (const char *m = methods; *m;) {
        size_t len = strcspn(m, " ");
        if (!class_has_method(cls, m, len)) return false;
        m += len;
        m += *m == ' ';
    }
    return true;
}

bool mod_collections_abc_subclass(const ObjType *have, const ObjType *abc) {
    size_t k = 0;
    while (k < ABC_COUNT && abc_defs[k].type != abc) k++;
    if (k == ABC_COUNT) return false;
    if (!type_is_class(have)) return (builtin_mask(have) & (1u << k)) != 0;
    if (class_registered_mask(have) & (1u << k)) return true;
    return abc_defs[k].methods && class_has_methods(have, abc_defs[k].methods);
}

bool mod_collections_abc_is(const ObjType *t) {
    return mod_collections_abc_find(t->name) == t;
}

const ObjType *mod_collections_abc_find(const char *name) {
    for (size_t k = 0; k < ABC_COUNT; k++) {
        if (strcmp(abc_defs[k].type->name, name) == 0) return abc_defs[k].type;
    }
    return NULL;
}

bool mod_collections_abc_init(Run *r, Obj *module) {
    for (size_t k = 0; k < ABC_COUNT; k++) {
        if (!module_set(r, module, abc_defs[k].type->name, v_obj((Obj *)abc_defs[k].type))) return false;
    }
    return true;
}
