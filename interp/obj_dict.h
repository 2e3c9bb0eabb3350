// dict: CPython's compact, insertion-ordered hash table (Objects/dictobject.c): an index
// table of int32 slots pointing into an append-only array of {hash, key, value} entries.
// Sizes, growth and probing follow CPython, so iteration order, popitem() and the
// "changed during iteration" errors behave the same.
#ifndef MOAT_INTERP_OBJ_DICT_H
#define MOAT_INTERP_OBJ_DICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/obj_str.h"
#include "interp/run.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;    // undef once deleted
    Value value;
} DictEntry;

typedef struct ObjDict {
    Obj base;
    int32_t *index;      // `size` slots: DICT_SLOT_EMPTY, DICT_SLOT_DUMMY or an entry number
    DictEntry *entries;  // room for dict_usable(size) entries
    size_t size;         // index slots: 0 (no table yet) or a power of two >= 8
    size_t nentries;     // entries appended so far, deleted ones included
    size_t usable;       // entries that can still be appended before a resize
    size_t used;         // live entries: len(d)
    uint64_t version;    // changes when the tables are replaced: lookups then restart
} ObjDict;

extern const ObjType type_dict;

static inline bool is_dict(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type->id == TYPE_DICT;
}
static inline ObjDict *as_dict(Value v) {
    return (ObjDict *)v.as.obj;
}

// An empty dict; NULL at a limit.
Obj *dict_new(Run *r);
// An empty dict sized for n items without resizing (BUILD_MAP n), as CPython presizes.
Obj *dict_new_presized(Run *r, size_t n);
// d[key]: *found false (and nothing raised) if absent; false with an exception (unhashable
// key, a failing __eq__).
MOAT_NODISCARD bool dict_get(Run *r, Obj *d, Value key, Value *out, bool *found);
// key in d, for a key whose hash is known (set operations on dicts).
MOAT_NODISCARD bool dict_contains_hashed(Run *r, Obj *d, Value key, int64_t hash, bool *found);
// d[key] = val
MOAT_NODISCARD bool dict_set(Run *r, Obj *d, Value key, Value val);
// del d[key]: *found false (nothing raised) if absent.
MOAT_NODISCARD bool dict_del(Run *r, Obj *d, Value key, bool *found);
// Lookup by a str key without raising (globals, attribute tables): undef if absent. Only str
// keys are compared.
Value dict_get_str(Obj *d, ObjStr *key);
// The entry number of a str key (entries[ix]), or -1: for lookups that cache where a name
// was found (vm.c's global cache).
int64_t dict_find_str(Obj *d, ObjStr *key);
size_t dict_len(Obj *d);
// Iteration for C code: the next live entry at or after *pos, advancing *pos; false at the
// end. The dict must not change in between.
bool dict_next(Obj *d, size_t *pos, Value *key, Value *val);
// d.update(src): a dict, a mapping with keys(), or an iterable of pairs.
MOAT_NODISCARD bool dict_update(Run *r, Obj *d, Value src);
// d.copy()
Obj *dict_copy(Run *r, Obj *d);
// Raises KeyError(key), whose str is the key's repr. Always false.
bool dict_raise_key_error(Run *r, Value key);

typedef struct DictIter {
    Obj *dict;
    size_t pos;
} DictIter;

static inline void dict_iter_init(DictIter *it, Value d) {
    it->dict = d.as.obj;
    it->pos = 0;
}
static inline bool dict_iter_next(DictIter *it, Value *key, Value *val) {
    return dict_next(it->dict, &it->pos, key, val);
}

// Whether src is a mapping to ** unpack: a dict, or anything with keys() (dict_update reads
// it through keys() and []). False only with an exception other than AttributeError.
MOAT_NODISCARD bool dict_is_mapping(Run *r, Value src, bool *out);
// {**src}: d.update(src) for a mapping src, else CPython's TypeError.
MOAT_NODISCARD bool dict_update_unpack(Run *r, Obj *d, Value src);
// A new dict of mapping src's items; *out undef when src is no mapping.
MOAT_NODISCARD bool dict_from_mapping(Run *r, Value src, Value *out);

#endif
