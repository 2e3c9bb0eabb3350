// Value: what every slot, stack entry and container element holds.
//
// A 16-byte tagged struct, not NaN-boxing: Python ints need 64 bits inline (ints that fit in
// int64_t never touch the heap), and a plain struct is easy to debug and to snapshot.
// Everything that is not None, a bool, a small int or a float lives on the heap behind one Obj
// header (obj.h). VAL_UNDEF marks an unbound local or an empty slot; it never reaches Python
// code as a value. A float NaN carries an object identity in its payload bits (obj_float.h):
// make floats with float_from_double, not v_float, where CPython makes a new float object.
#ifndef MOAT_INTERP_VALUE_H
#define MOAT_INTERP_VALUE_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Obj Obj;

// A function that can raise returns false (or NULL) with the exception pending in r->exc; the
// result must not be ignored.
#define MOAT_NODISCARD __attribute__((warn_unused_result))

// Our own invariants; untrusted input is checked and reported, never asserted.
#ifdef MOAT_DEBUG
#include <assert.h>
#define MOAT_ASSERT(c) assert(c)
#else
#define MOAT_ASSERT(c) ((void)0)
#endif

typedef enum ValueTag {
    VAL_UNDEF,
    VAL_NONE,
    VAL_BOOL,
    VAL_INT,    // int64_t; larger ints are ObjInt on the heap
    VAL_FLOAT,
    VAL_OBJ,
} ValueTag;

typedef struct Value {
    uint64_t tag;  // ValueTag; a whole word, so copies read what one store wrote
    union {
        bool b;
        int64_t i;
        double f;
        Obj *obj;
    } as;
} Value;

static inline Value v_undef(void) { return (Value){.tag = VAL_UNDEF}; }
static inline Value v_none(void) { return (Value){.tag = VAL_NONE}; }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
// As a whole word: the compiler then writes it in one store (as.b is its low byte).
static inline Value v_bool(bool b) { return (Value){.tag = VAL_BOOL, .as.i = b}; }
#else
static inline Value v_bool(bool b) { return (Value){.tag = VAL_BOOL, .as.b = b}; }
#endif
static inline Value v_int(int64_t i) { return (Value){.tag = VAL_INT, .as.i = i}; }
static inline Value v_float(double f) { return (Value){.tag = VAL_FLOAT, .as.f = f}; }
static inline Value v_obj(Obj *o) { return (Value){.tag = VAL_OBJ, .as.obj = o}; }

static inline bool is_undef(Value v) { return v.tag == VAL_UNDEF; }
static inline bool is_none(Value v) { return v.tag == VAL_NONE; }
static inline bool is_bool(Value v) { return v.tag == VAL_BOOL; }
static inline bool is_int(Value v) { return v.tag == VAL_INT; }
static inline bool is_float(Value v) { return v.tag == VAL_FLOAT; }
static inline bool is_obj(Value v) { return v.tag == VAL_OBJ; }

#endif
