// Callbacks of built-ins that the VM makes itself, so that a tool called in one suspends the
// run (called from the built-in, the callback would run on the C stack, where nothing can
// suspend). Nothing observable changes:
// - sorted(), min() and max() with a key= written in Python: the VM lists the items, then
//   drains a hidden generator that yields key(item) for each (keys_code) into a KeyReplay;
//   the call then runs again with the KeyReplay as its key, which hands back the keys in
//   order. CPython's sorted() lists the iterable and computes every key before it compares;
//   min()/max() call the key once per item in order (this path takes only iterables whose
//   iteration runs no Python code, so nothing interleaves).
// - map(f, ...) with f written in Python: FOR_ITER makes each call of f (vm.c), and a map
//   that a built-in consumes whole (list(map(f, xs))) is drained through a hidden generator
//   that iterates it (map_code), as drained generators are.
// - filter(pred, it) with pred written in Python: a hidden generator over the filter's own
//   iterator (filter_code) takes its place in a for loop or a drain. A StopIteration that
//   map's function or filter's predicate raises ends the iteration, as it ends CPython's
//   __next__ (vm.c's unwinding checks for it).
#include "interp/vm_callbacks.h"

#include <string.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_class.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_external.h"
#include "interp/obj_func.h"
#include "interp/obj_gen.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/opcodes.h"
#include "interp/vm.h"

// ---- the hidden generator: for item in items: yield key(item) ----

enum { KEYS_KEY, KEYS_ITEMS, KEYS_ITEM };  // its locals

static const uint32_t keys_insns[] = {
    (uint32_t)OP_LOAD_FAST | (KEYS_ITEMS << 8),
    OP_GET_ITER,
    (uint32_t)OP_FOR_ITER | (10 << 8),  // [2]
    (uint32_t)OP_STORE_FAST | (KEYS_ITEM << 8),
    (uint32_t)OP_LOAD_FAST | (KEYS_KEY << 8),
    (uint32_t)OP_LOAD_FAST | (KEYS_ITEM << 8),
    (uint32_t)OP_CALL | (1 << 8),
    OP_YIELD_VALUE,
    OP_POP_TOP,
    (uint32_t)OP_JUMP | (2 << 8),
    OP_LOAD_NONE,  // [10]
    OP_RETURN_VALUE,
};

static const InsnPos keys_pos[sizeof keys_insns / sizeof *keys_insns];

static const Code keys_code = {
    .base = {.type = &type_code, .flags = OBJ_STATIC},
    .insns = keys_insns,
    .insn_count = sizeof keys_insns / sizeof *keys_insns,
    .pos = keys_pos,
    .local_count = 3,
    .flags = CODE_GENERATOR | CODE_HIDDEN,
    .stack_size = 3,
};

// ---- min()/max()'s: for item in source: items.append(item); yield key(item) ----
// It walks the iterable itself, as min() does, so a key that changes it is seen (a list that
// shrinks ends early, a dict raises); the built-in then runs on the items listed.

enum { MIN_KEYS_KEY, MIN_KEYS_SOURCE, MIN_KEYS_ITEMS, MIN_KEYS_ITEM };  // its locals

static const uint32_t min_keys_insns[] = {
    (uint32_t)OP_LOAD_FAST | (MIN_KEYS_SOURCE << 8),
    OP_GET_ITER,
    (uint32_t)OP_FOR_ITER | (14 << 8),  // [2]
    (uint32_t)OP_STORE_FAST | (MIN_KEYS_ITEM << 8),
    (uint32_t)OP_LOAD_FAST | (MIN_KEYS_ITEMS << 8),
    (uint32_t)OP_LOAD_FAST | (MIN_KEYS_ITEM << 8),
    (uint32_t)OP_LIST_APPEND | (1 << 8),
    OP_POP_TOP,
    (uint32_t)OP_LOAD_FAST | (MIN_KEYS_KEY << 8),
    (uint32_t)OP_LOAD_FAST | (MIN_KEYS_ITEM << 8),
    (uint32_t)OP_CALL | (1 << 8),
    OP_YIELD_VALUE,
    OP_POP_TOP,
    (uint32_t)OP_JUMP | (2 << 8),
    OP_LOAD_NONE,  // [14]
    OP_RETURN_VALUE,
};

static const InsnPos min_keys_pos[sizeof min_keys_insns / sizeof *min_keys_insns];

static const Code min_keys_code = {
    .base = {.type = &type_code, .flags = OBJ_STATIC},
    .insns = min_keys_insns,
    .insn_count = sizeof min_keys_insns / sizeof *min_keys_insns,
    .pos = min_keys_pos,
    .local_count = 4,
    .flags = CODE_GENERATOR | CODE_HIDDEN,
    .stack_size = 4,
};

// ---- the hidden generator draining a map: for item in m: yield item ----

static const uint32_t map_insns[] = {
    OP_LOAD_FAST,  // local 0: the map
    OP_GET_ITER,
    (uint32_t)OP_FOR_ITER | (6 << 8),  // [2]
    OP_YIELD_VALUE,
    OP_POP_TOP,
    (uint32_t)OP_JUMP | (2 << 8),
    OP_LOAD_NONE,  // [6]
    OP_RETURN_VALUE,
};

static const InsnPos map_pos[sizeof map_insns / sizeof *map_insns];

static const Code map_code = {
    .base = {.type = &type_code, .flags = OBJ_STATIC},
    .insns = map_insns,
    .insn_count = sizeof map_insns / sizeof *map_insns,
    .pos = map_pos,
    .local_count = 1,
    .flags = CODE_GENERATOR | CODE_HIDDEN,
    .stack_size = 2,
};

// ---- the hidden generator standing for a filter: for item in it: if pred(item): yield item ----

enum { FILTER_PRED, FILTER_ITER, FILTER_ITEM };  // its locals

static const uint32_t filter_insns[] = {
    (uint32_t)OP_LOAD_FAST | (FILTER_ITER << 8),
    OP_GET_ITER,
    (uint32_t)OP_FOR_ITER | (12 << 8),  // [2]
    (uint32_t)OP_STORE_FAST | (FILTER_ITEM << 8),
    (uint32_t)OP_LOAD_FAST | (FILTER_PRED << 8),
    (uint32_t)OP_LOAD_FAST | (FILTER_ITEM << 8),
    (uint32_t)OP_CALL | (1 << 8),
    (uint32_t)OP_POP_JUMP_IF_FALSE | (2 << 8),
    (uint32_t)OP_LOAD_FAST | (FILTER_ITEM << 8),
    OP_YIELD_VALUE,
    OP_POP_TOP,
    (uint32_t)OP_JUMP | (2 << 8),
    OP_LOAD_NONE,  // [12]
    OP_RETURN_VALUE,
};

static const InsnPos filter_pos[sizeof filter_insns / sizeof *filter_insns];

static const Code filter_code = {
    .base = {.type = &type_code, .flags = OBJ_STATIC},
    .insns = filter_insns,
    .insn_count = sizeof filter_insns / sizeof *filter_insns,
    .pos = filter_pos,
    .local_count = 3,
    .flags = CODE_GENERATOR | CODE_HIDDEN,
    .stack_size = 3,
};

bool filter_calls_python(Value v) {
    return is_filter(v) && callback_may_suspend(filter_func(v));
}

Obj *filter_runner(Run *r, Value f) {
    Value locals[2] = {filter_func(f), filter_iter(f)};
    return gen_new_hidden(r, &filter_code, locals, 2, NULL);
}

bool map_calls_python(Value v) {
    return is_map(v) && callback_may_suspend(map_func(v));
}

Obj *map_drainer(Run *r, Value m) {
    return gen_new_hidden(r, &map_code, &m, 1, NULL);
}

bool callbacks_code_is(const Code *code) {
    return code == &keys_code || code == &min_keys_code || code == &map_code ||
           code == &filter_code;
}

bool callbacks_stop_ends(const Code *code) {
    return code == &map_code || code == &filter_code;
}

// ---- KeyReplay: called by the built-in, it returns the next computed key ----

typedef struct ObjKeyReplay {
    Obj base;
    Obj *keys;    // list the drained generator filled
    size_t next;  // index of the key the next call returns
} ObjKeyReplay;

static void replay_trace(Run *r, Obj *o) {
    gc_mark_obj(r, ((ObjKeyReplay *)o)->keys);
}

static bool replay_call(Run *r, Value callee, const Args *a, Value *out) {
    (void)a;
    ObjKeyReplay *k = (ObjKeyReplay *)callee.as.obj;
    const ObjList *keys = (const ObjList *)k->keys;
    // guard: the built-in asks once per item, as the generator computed; never past the end
    if (k->next >= keys->len) return exc_raise(r, &exc_RuntimeError, "key function called too often");
    *out = keys->items[k->next++];
    return true;
}

static const ObjType type_key_replay;

bool keys_replay_take(Value key, Value *out, size_t n) {
    if (key.tag != VAL_OBJ || key.as.obj->type != &type_key_replay) return false;
    ObjKeyReplay *k = (ObjKeyReplay *)key.as.obj;
    const ObjList *keys = (const ObjList *)k->keys;
    if (k->next != 0 || keys->len != n) return false;  // not as computed: call it, which fails
    memcpy(out, keys->items, n * sizeof(Value));
    k->next = n;
    return true;
}

static const ObjType type_key_replay = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "key",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.call = replay_call, .trace = replay_trace},
};

// ---- which calls ----

static bool kw_is(const Args *a, uint32_t k, const char *name) {
    return str_equal_cstr((const ObjStr *)a->kwnames[k], name);
}

bool callback_may_suspend(Value f) {
    if (is_bound_method(f)) f = ((const ObjBoundMethod *)f.as.obj)->func;
    return is_function(f) || is_external(f);
}

// An iterable whose iteration runs no Python code (so listing it first changes nothing).
static bool iterable_is_plain(Value v) {
    if (v.tag != VAL_OBJ || type_is_class(v.as.obj->type)) return false;
    switch (v.as.obj->type->id) {
    case TYPE_STR: case TYPE_BYTES: case TYPE_TUPLE: case TYPE_LIST: case TYPE_DICT:
    case TYPE_SET: case TYPE_FROZENSET: case TYPE_RANGE: case TYPE_VIEW:
        return true;
    default:
        return false;
    }
}

int keys_call_key(const MethodDef *def, const Args *a) {
    bool sorted = def->flags & METHOD_SORTS;
    int key = -1;
    bool dflt = false;
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (kw_is(a, k, "key")) {
            key = (int)k;
        } else if (sorted && kw_is(a, k, "reverse")) {
            // a reverse= the sort would refuse fails before any key is computed: leave it to it
            Value rev = a->kwvalues[k];
            if (rev.tag != VAL_BOOL && rev.tag != VAL_INT) return -1;
        } else if (!sorted && kw_is(a, k, "default")) {
            dflt = true;
        } else {
            return -1;  // the built-in's own error comes first
        }
    }
    if (key < 0 || !callback_may_suspend(a->kwvalues[key]) || a->npos == 0) return -1;
    if (sorted) return a->npos == 1 ? key : -1;
    if (a->npos > 1) return dflt ? -1 : key;
    // min/max over a generator: its items and the keys interleave, so it keeps the C path
    return iterable_is_plain(a->pos[0]) ? key : -1;
}

// The hidden generator computing the keys into `keys`, and the items the built-in then runs
// on: sorted() lists its iterable first; min() and max() list theirs as they walk it, or take
// their arguments.
static Obj *keys_generator(Run *r, Value *callee_slot, const Args *a, int key, Obj **items) {
    bool walks = a->npos == 1 && !(((ObjBuiltin *)callee_slot->as.obj)->def->flags & METHOD_SORTS);
    if (walks) {
        *items = list_new(r, 0);
    } else if (a->npos == 1) {
        *items = list_from_iterable(r, a->pos[0]);
    } else {
        *items = tuple_new(r, a->npos);
        if (*items) memcpy(((ObjTuple *)*items)->items, a->pos, a->npos * sizeof(Value));
    }
    if (!*items || !gc_push_root(r, v_obj(*items))) return NULL;
    Obj *gen;
    if (walks) {
        Value locals[3] = {a->kwvalues[key], a->pos[0], v_obj(*items)};
        gen = gen_new_hidden(r, &min_keys_code, locals, 3, NULL);
    } else {
        Value locals[2] = {a->kwvalues[key], v_obj(*items)};
        gen = gen_new_hidden(r, &keys_code, locals, 2, NULL);
    }
    if (gen && a->npos == 1) callee_slot[1] = v_obj(*items);  // the built-in runs on the same items
    gc_pop_roots(r, 1);
    return gen;
}

bool keys_start(Run *r, Value *callee_slot, const Args *a, int key) {
    Obj *items;
    Obj *gen = keys_generator(r, callee_slot, a, key, &items);
    if (!gen || !gc_push_root(r, v_obj(gen))) return false;
    Obj *keys = list_new(r, 0);
    bool ok = keys && gc_push_root(r, v_obj(keys));
    if (ok) {
        ObjKeyReplay *replay = gc_new(r, ObjKeyReplay, &type_key_replay);
        ok = replay != NULL;
        if (ok) {
            replay->keys = keys;
            a->kwvalues[key] = v_obj(&replay->base);  // a stack slot: the call's key is now it
            ok = vm_drain_run(r, v_obj(gen), keys);
        }
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}
