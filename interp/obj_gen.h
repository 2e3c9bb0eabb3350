// Generators: a suspended frame kept on the heap. Resuming copies its slots back onto the
// run's stack and pushes its frame; suspending copies them out again (vm.c does both).
#ifndef MOAT_INTERP_OBJ_GEN_H
#define MOAT_INTERP_OBJ_GEN_H

#include "interp/frame.h"
#include "interp/obj.h"

typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE } GenState;

typedef struct ObjGenerator {
    Obj base;
    Frame frame;     // code, func, globals, ip and handling; base and sp are relative to slots
    Value *slots;    // locals, cells and value stack while suspended
    uint32_t slot_count, slot_cap;
    uint8_t state;   // GenState
} ObjGenerator;

// Coroutines (what calling an `async def` function returns) are generators of another type.
extern const ObjType type_generator, type_coroutine;

static inline bool is_generator(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_generator;
}

static inline bool is_coroutine(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_coroutine;
}

#endif
