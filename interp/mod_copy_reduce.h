// What x.__reduce_ex__(4) gives copy.py for an instance of a class, the recipe its
// _reconstruct follows: the class's own __reduce_ex__/__reduce__, BaseException.__reduce__,
// set's, or object's (copyreg.__newobj__ with __getnewargs__, __getstate__'s state, and the
// items of list and dict subclasses).
#ifndef MOAT_INTERP_MOD_COPY_REDUCE_H
#define MOAT_INTERP_MOD_COPY_REDUCE_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// The copy is func(*args) — cls.__new__(cls, *args) when newobj — then state is applied,
// listitems appended and dictitems (a dict) stored. Absent parts are None.
typedef struct Reduced {
    Value func, args, state, listitems, dictitems;  // args: a tuple; listitems: a list
    bool newobj;
    bool itself;  // __reduce_ex__ returned a str: x is its own copy
} Reduced;
enum { REDUCED_VALUES = 5 };

// Fills *out for x, an instance of a class (type_is_class) or an exception, and pushes its five values as GC
// roots (the caller pops REDUCED_VALUES on success); false with an exception pending.
MOAT_NODISCARD bool copy_reduce(Run *r, Value x, Reduced *out);

#endif
