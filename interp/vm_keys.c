// Key functions that the VM runs itself: sorted(), min() and max() with a key= written in
// Python (or a tool). Called from the built-in, the key would run on the C stack, where a call
// of an external function cannot suspend the run. So the VM first lists the items, then drains
// a hidden generator that yields key(item) for each (keys_code), its yields going into a
// KeyReplay; the call then runs again with the KeyReplay as its key, which hands back the
// keys in order. Nothing observable changes: CPython's sorted() lists the iterable and computes
// every key before it compares, and min()/max() call the key once per item in order (this
// path takes only iterables whose iteration runs no Python code, so nothing interleaves).
#include "interp/vm_keys.h"

#include <string.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_class.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_external.h"
#include "interp/obj_func.h"
#include "interp/obj_gen.h"
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

bool keys_code_is(const Code *code) {
    return code == &keys_code;
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

// A key that may reach code which suspends: a Python function, a method of one, a tool.
static bool key_runs_python(Value key) {
    if (is_bound_method(key)) key = ((const ObjBoundMethod *)key.as.obj)->func;
    return is_function(key) || is_external(key);
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
    bool sorted = !strcmp(def->name, "sorted");
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
    if (key < 0 || !key_runs_python(a->kwvalues[key]) || a->npos == 0) return -1;
    if (sorted) return a->npos == 1 ? key : -1;
    if (a->npos > 1) return dflt ? -1 : key;
    // min/max over a generator: its items and the keys interleave, so it keeps the C path
    return iterable_is_plain(a->pos[0]) ? key : -1;
}

bool keys_start(Run *r, Value *callee_slot, const Args *a, int key) {
    // the items: sorted() lists its iterable (a generator was drained before this); min() and
    // max() list their one iterable, or take their arguments
    Obj *items = a->npos == 1 ? list_from_iterable(r, a->pos[0]) : tuple_new(r, a->npos);
    if (!items) return false;
    if (a->npos == 1) {
        callee_slot[1] = v_obj(items);  // the built-in then runs on the same items
    } else {
        for (uint32_t k = 0; k < a->npos; k++) ((ObjTuple *)items)->items[k] = a->pos[k];
    }
    if (!gc_push_root(r, v_obj(items))) return false;
    Obj *keys = list_new(r, 0);
    bool ok = keys && gc_push_root(r, v_obj(keys));
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    Value locals[2] = {a->kwvalues[key], v_obj(items)};  // the key stays in its slot till the end
    Obj *gen = gen_new_hidden(r, &keys_code, locals, 2, NULL);
    ok = gen && gc_push_root(r, v_obj(gen));
    if (ok) {
        ObjKeyReplay *replay = gc_new(r, ObjKeyReplay, &type_key_replay);
        ok = replay && vm_drain_run(r, v_obj(gen), keys);
        if (ok) {
            replay->keys = keys;
            a->kwvalues[key] = v_obj(&replay->base);  // a stack slot: the call's key is now it
        }
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 2);
    return ok;
}
