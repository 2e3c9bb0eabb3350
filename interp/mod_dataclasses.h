// dataclasses: @dataclass over the fields a class body annotates (compile.c records them),
// field(), fields(), asdict(), astuple(), replace(), is_dataclass(), FrozenInstanceError.
// The generated __init__, __repr__, __eq__, ordering, __hash__ and frozen __setattr__ are
// built-in methods placed in the class, reading the class's field tuple.
#ifndef MOAT_INTERP_MOD_DATACLASSES_H
#define MOAT_INTERP_MOD_DATACLASSES_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// ObjClass.dataclass_flags
enum {
    DC_INIT = 1,
    DC_REPR = 2,
    DC_EQ = 4,
    DC_ORDER = 8,
    DC_UNSAFE_HASH = 16,
    DC_FROZEN = 32,
    DC_MATCH_ARGS = 64,
    DC_KW_ONLY = 128,
    DC_SLOTS = 256,
};

// Fills a new `dataclasses` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_dataclasses_init(Run *r, Obj *module);

#endif
