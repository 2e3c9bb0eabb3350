// Run: the whole state of one execution — heap, value stack, frames, pending exception,
// limits, output. Plain data with no pointers into the C stack, so a suspended run can be
// resumed from anywhere (and later dumped to a snapshot). One Run per thread at a time; runs
// share only immutable program data and the static built-in objects.
#ifndef MOAT_INTERP_RUN_H
#define MOAT_INTERP_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/mem.h"
#include "interp/obj.h"
#include "interp/value.h"

typedef struct Frame Frame;

typedef void (*RunPrintFn)(void *ctx, const char *data, size_t len);

// The script's source, which tracebacks quote (program-owned).
typedef struct SourceInfo {
    const char *text;
    size_t len;
    const char *filename;
} SourceInfo;

enum { RUN_GLOBAL_CACHE = 64, RUN_METHOD_CACHE = 32 };  // powers of two
// The value stack and the root stack start inside the Run: a short script never mallocs them.
enum { RUN_STACK_INLINE = 64, RUN_ROOTS_INLINE = 32 };

struct Run {
    Mem mem;
    RunAbort abort;  // set once a limit is hit: the run only unwinds from then on

    // heap (gc.c)
    Obj *objects;         // every object this run allocated, newest first
    size_t gc_threshold;  // tracked bytes after the last collection: the next comes at twice
    Value *roots;         // temporaries held by C code (gc_push_root)
    uint32_t root_count, root_cap;
    void *gc_state;       // the collection in progress, if any
    Obj *generators;      // every live generator, through gen_next (gen_final.c)
    Obj *final_queue;     // unreachable generators whose close() is still to run, oldest first

    // execution (vm.c, frame.c)
    Value *stack;  // one value stack for all frames
    size_t stack_cap;
    size_t stack_hwm;  // slots ever used: the collector marks stack[0..stack_hwm)
    Frame *frames;
    uint32_t frame_count, frame_cap;
    uint32_t max_depth;  // recursion limit: RecursionError past it
    uint32_t native_depth;  // C-level re-entries (a key= function called by sorted): guarded

    // `s += t` on a str in place (vm.c): the str the last such statement built for its local,
    // while that local is its only reference; LOAD_FAST reading it sets concat_loaded, and a
    // second read (or locals(), or its collection) clears concat_str
    Obj *concat_str;
    bool concat_loaded;

    // where LOAD_GLOBAL last found a name (vm.c): valid while that dict entry still holds
    // the same key object; cleared by each collection, so no address is reused meanwhile.
    // A builtin's name is cached as absent: valid while the dict has added no key since
    struct GlobalCache {
        const void *code;  // the Code and name index looked up
        uint32_t name;
        Obj *dict;         // in this dict
        Obj *key;          // its entry `ix` had this key object; NULL: absent
        size_t ix;         // for an absent name, the dict's nentries then
        uint64_t version;  // for an absent name, the dict's version then
    } global_cache[RUN_GLOBAL_CACHE];

    // the methods LOAD_METHOD found on built-in types (ops.c), by type and name
    struct MethodCache {
        const ObjType *type;
        Obj *name;
        const MethodDef *method;  // NULL: none
    } method_cache[RUN_METHOD_CACHE];

    // the unbound methods of built-in types made so far (obj_func.c), one object per type and
    // method as CPython's descriptors are: an open-addressing set that the collector weeds
    Obj **unbound;
    uint32_t unbound_cap, unbound_used;  // used: live entries and tombstones

    // exceptions (exc.c)
    Value exc;  // the pending exception (an ObjException), or undef

    // the external call the run is suspended at (vm.c), until the host resumes it
    Obj *call_fn;       // the ObjExternal called; NULL when not suspended at a call
    Value call_args;    // tuple
    Value call_kwargs;  // dict, or undef without keyword arguments
    uint64_t suspended_ns;  // when it suspended: the wait is not the script's time
    Obj *call_future;       // an async call's future, which the call returns
    Obj *pending;           // dict: call id -> future of each async call not answered yet

    // modules
    Obj *globals;  // the script's module namespace (a dict)
    Obj *modules;  // imported built-in modules by name (a dict), created on first import

    // limits that the VM checks (mem.c checks its own)
    uint64_t instructions, max_instructions;  // max 0: none
    uint64_t deadline_ns;                     // monotonic clock; 0: none

    uint64_t id_key;  // keys what the script sees of addresses (run_object_id)
    uint64_t nan_count;  // NaNs made so far: each takes the next identity (obj_float.c)

    // output
    RunPrintFn print;
    void *print_ctx;
    size_t output_bytes, max_output;  // max 0: none

    SourceInfo source;

    // the first blocks of `stack` and `roots`; last, so that run_init need not clear the roots
    Value stack_inline[RUN_STACK_INLINE];
    Value roots_inline[RUN_ROOTS_INLINE];
};

// What a run is started with; 0 means no limit.
typedef struct RunConfig {
    size_t max_memory;
    uint64_t max_allocations;
    uint32_t max_recursion;
    uint64_t max_instructions;
    uint64_t max_duration_ns;
    size_t max_output;
    RunPrintFn print;
    void *print_ctx;
    SourceInfo source;
} RunConfig;

// Starts a run in r (storage the caller owns) with an empty module namespace; false when the
// host's memory ran out (nothing is left to free then). When the run's own limits refuse its
// first allocations, it comes back true with r->abort set and no namespace: the caller
// reports the limit as it would any other.
bool run_init(Run *r, const RunConfig *cfg);
// Frees everything run r allocated, not r itself.
void run_fini(Run *r);
// Resizes r->stack or r->roots (p) from `old` to `new` bytes, as mem_realloc does; the block
// inside the Run (inline) is copied out on the first growth and never freed.
void *run_buffer_resize(Run *r, void *p, const void *inline_block, size_t old, size_t new);
// The same with the Run itself from malloc: NULL when memory ran out.
Run *run_new(const RunConfig *cfg);
void run_free(Run *r);
// What the script sees of an object's address — id(), reprs, identity hashes: a bijection of
// the address keyed per run, so nothing a script prints or hands a tool tells where the host's
// memory is. Unique and stable while the object lives; fits 63 bits.
uint64_t run_object_id(const Run *r, const void *o);
// The monotonic clock, in nanoseconds: the time limit's clock.
uint64_t run_now_ns(void);
// guard: the wall-time limit inside long computations of one instruction (the VM checks it
// between instructions). False with r->abort set once the run's deadline has passed.
MOAT_NODISCARD bool run_check_time(Run *r);

#endif
