// What the container types (tuple, list, dict, set, range, slice and their iterators) share:
// the "[...]" guard of recursive reprs, the depth guard of recursive comparisons and hashes,
// index conversion and argument counting with CPython's messages.
#ifndef MOAT_INTERP_CONTAINER_H
#define MOAT_INTERP_CONTAINER_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

// Obj.flags bit: this object's repr is being built, so a nested occurrence prints "[...]".
// (A proposal for obj.h, next to OBJ_MARKED and OBJ_STATIC.)
enum { OBJ_REPR_ACTIVE = 4 };

// guard: nesting of ==, < and hash through containers, which recurse in C
enum { CONTAINER_MAX_NEST = 1000 };

// Marks o as being printed; false if it already is (print "[...]" then, and do not leave).
// Static objects (program constants) are never written and cannot contain themselves.
bool container_repr_enter(Obj *o);
void container_repr_leave(Obj *o);

// Depth guard around a nested comparison or hash: RecursionError past CONTAINER_MAX_NEST.
MOAT_NODISCARD bool container_nest_enter(Run *r, const char *what);
void container_nest_leave(Run *r);

// True for int, bool and big ints.
bool container_is_int(Value v);
// True for instances of classes defined by the program (their behaviour lives in Python code).
bool container_is_user(Value v);
// ops_index for an instance of a user class. *found: whether its class has __index__ (if not,
// the caller raises its own TypeError); the errors of an __index__ that runs pass as they are,
// as in CPython, which checks for __index__ before converting.
MOAT_NODISCARD bool container_user_index(Run *r, Value v, bool *found, int64_t *out);

// A subscript as an index: ints, bools, objects with __index__. TypeError "<what> indices must
// be integers or slices, not <type>"; IndexError for ints beyond int64.
MOAT_NODISCARD bool container_index(Run *r, Value key, const char *what, int64_t *out);
// An int argument that must fit a C ssize_t (list.pop, list.insert): OverflowError beyond.
MOAT_NODISCARD bool container_ssize(Run *r, Value v, int64_t *out);
// CPython's _PyEval_SliceIndex: ints clamped to int64, None leaves *out alone when none_ok.
MOAT_NODISCARD bool container_slice_index(Run *r, Value v, bool none_ok, int64_t *out);
// A repetition count (seq * n): negative means 0; OverflowError beyond int64.
MOAT_NODISCARD bool container_repeat_count(Run *r, Value n, int64_t *out);

// The count of `seq * n` (n on either side; seq_left if the sequence is the left operand).
// *notimpl when n is an instance of a user class without __index__ and the sequence is on
// the left, so that n's __rmul__ gets its turn; otherwise CPython's TypeError "can't multiply
// sequence by non-int of type 'float'".
MOAT_NODISCARD bool container_repeat_operand(Run *r, Value n, bool seq_left, int64_t *count,
                                             bool *notimpl);

// gc_push_root for two values at once (neither pushed on failure).
MOAT_NODISCARD bool container_push2(Run *r, Value a, Value b);

// ops_eq on two values read out of mutable containers, kept reachable while __eq__ runs (it
// may remove them from their container).
MOAT_NODISCARD bool container_eq_rooted(Run *r, Value a, Value b, bool *out);

// hash(key) for use as a set element or dict key ("set element", "dict key"): a TypeError
// becomes CPython 3.14's "cannot use 'list' as a dict key (unhashable type: 'list')".
MOAT_NODISCARD bool container_hash_key(Run *r, Value key, const char *role, int64_t *out);

// Refuses a result too big for the memory limit: sets r->abort, returns false.
bool container_refuse(Run *r);
// True if n items of `size` bytes fit the memory limit; else refuses (r->abort set).
MOAT_NODISCARD bool container_fits(Run *r, size_t n, size_t size);

// Argument counts of built-in methods, worded as CPython's calling conventions word them.
// `qualname` is "list.append"; messages use it or the part after the dot as CPython does.
MOAT_NODISCARD bool container_args_none(Run *r, const Args *a, const char *qualname);
MOAT_NODISCARD bool container_args_one(Run *r, const Args *a, const char *qualname);
MOAT_NODISCARD bool container_args_count(Run *r, const Args *a, const char *qualname,
                                         uint32_t min, uint32_t max);

#endif
