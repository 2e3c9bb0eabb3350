// Obj: the header every heap object starts with, and ObjType, the type objects.
//
// Layout: an object is `struct { Obj base; ...fields }`, allocated by gc_new and freed only by
// the collector. `type` says what the fields are (type->id) and how the object behaves.
// Built-in types, the exception classes and a few singletons are static const objects: they
// carry OBJ_STATIC, so the collector never marks, links or frees them, and nothing writes to
// them — that is what lets runs on different threads share them. Objects a program owns
// (constants of compiled code) are OBJ_STATIC too: immutable, with their hashes computed when
// they were made.
#ifndef MOAT_INTERP_OBJ_H
#define MOAT_INTERP_OBJ_H

#include <stddef.h>
#include <stdint.h>

#include "interp/value.h"

typedef struct ObjType ObjType;
typedef struct Run Run;

enum {
    OBJ_MARKED = 1,  // reached in the current collection
    OBJ_STATIC = 2,  // not on any run's heap: never marked, never freed, never written
    OBJ_ENUM_BODY = 4,  // the namespace of an enum class body while it runs: its stores are
                        // checked (mod_enum_namespace_set)
};

struct Obj {
    const ObjType *type;
    Obj *gc_next;   // the run's list of every heap object, for the sweep
    uint32_t size;  // bytes allocated for this object (its own block, not what it points to)
    uint32_t flags;
};

// Instance layouts. Every type object names one; operations switch on it.
#define TYPE_IDS(X)                                          \
    X(TYPE_OBJECT) X(TYPE_TYPE) X(TYPE_NONE) X(TYPE_BOOL)     \
    X(TYPE_INT) X(TYPE_FLOAT) X(TYPE_STR) X(TYPE_BYTES)       \
    X(TYPE_TUPLE) X(TYPE_LIST) X(TYPE_DICT) X(TYPE_SET)       \
    X(TYPE_FROZENSET) X(TYPE_RANGE) X(TYPE_SLICE)             \
    X(TYPE_FUNCTION) X(TYPE_BUILTIN) X(TYPE_METHOD)           \
    X(TYPE_CELL) X(TYPE_GENERATOR) X(TYPE_MODULE)             \
    X(TYPE_EXCEPTION) X(TYPE_ITERATOR) X(TYPE_VIEW)           \
    X(TYPE_ELLIPSIS) X(TYPE_NOTIMPL) X(TYPE_CODE)             \
    X(TYPE_INSTANCE) X(TYPE_BOUND_METHOD) X(TYPE_DESCRIPTOR)  \
    X(TYPE_SUPER) X(TYPE_EXTERNAL) X(TYPE_FUTURE) X(TYPE_LOOP)   \
    X(TYPE_COMPLEX)

#define TYPE_ID_ENUM(id) id,
typedef enum TypeId { TYPE_IDS(TYPE_ID_ENUM) TYPE_ID_COUNT } TypeId;
#undef TYPE_ID_ENUM

// Arguments of a call as the callee sees them: positional values, then keyword values named
// by kwnames (str objects), all borrowed from the caller's stack.
typedef struct Args {
    Value *pos;
    uint32_t npos;
    uint32_t nkw;
    Value *kwvalues;
    Obj *const *kwnames;
} Args;

typedef struct Buf Buf;

// A built-in function or method. `self` is the bound object (None for plain functions). On
// success stores the result in *out and returns true; false with an exception pending.
typedef bool (*NativeFn)(Run *r, Value self, const Args *a, Value *out);

enum {
    METHOD_CLASS = 1,   // a classmethod or staticmethod: self is the type (dict.fromkeys)
    METHOD_DRAINS = 2,  // consumes a generator given as its only positional argument whole:
                        // the VM runs it to the end first, stacklessly (sum(gen), "".join(gen))
    METHOD_SLOT = 4,    // a slot wrapper (obj_slotwrap.c): int.__add__, (5).__add__
    METHOD_KEYS = 16,   // sorted/min/max: a Python key= is computed by the VM first (vm_callbacks.c)
    METHOD_ANY_KEYWORDS = 8,  // f(**d) may pass keys that are not str (str.format): no
                              // field can name them, so the call drops them
    METHOD_RESUMES = 32,  // generator.send: the VM resumes a plain generator in its own loop
    METHOD_SORTS = 64,    // sorted (of the METHOD_KEYS built-ins): lists its iterable first
};

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    uint32_t flags;  // METHOD_*
} MethodDef;

// Operators as slots see them (the AST's numbering: AstBinOp, AstCmpOp).
typedef enum IterStep { ITER_ITEM, ITER_END, ITER_ERROR } IterStep;

// Behaviour of a type: a slot left NULL means the operation is unsupported (TypeError) or has
// the generic default noted. Every slot that returns bool is MOAT_NODISCARD in spirit: false
// means an exception is pending in r. A binary or comparison slot may answer NotImplemented
// (v_obj(&obj_notimpl)) to let the other operand try.
typedef struct TypeSlots {
    bool (*repr)(Run *r, Value v, Buf *out);
    bool (*str)(Run *r, Value v, Buf *out);                      // NULL: repr
    bool (*hash)(Run *r, Value v, int64_t *out);                 // NULL: unhashable
    bool (*compare)(Run *r, Value a, Value b, int op, Value *out);  // op: AstCmpOp < > == ...
    bool (*binary)(Run *r, Value a, Value b, int op, Value *out);   // op: AstBinOp; a or b is ours
    bool (*inplace)(Run *r, Value a, Value b, int op, Value *out);  // NULL: binary
    bool (*unary)(Run *r, Value v, int op, Value *out);          // op: AstUnaryOp (not NOT)
    bool (*truthy)(Run *r, Value v, bool *out);                  // NULL: len != 0, else true
    bool (*len)(Run *r, Value v, int64_t *out);
    bool (*getitem)(Run *r, Value v, Value key, Value *out);
    bool (*setitem)(Run *r, Value v, Value key, Value val);      // val undef: delete
    bool (*contains)(Run *r, Value v, Value x, bool *out);       // NULL: iterate
    bool (*iter)(Run *r, Value v, Value *out);
    IterStep (*next)(Run *r, Value it, Value *out);
    bool (*getattr)(Run *r, Value v, Obj *name, Value *out);     // NULL: methods only
    bool (*setattr)(Run *r, Value v, Obj *name, Value val);      // NULL: read-only
    bool (*call)(Run *r, Value callee, const Args *a, Value *out);  // calling an instance
    void (*trace)(Run *r, Obj *o);  // marks what o references (gc_mark_value on each)
    void (*free)(Run *r, Obj *o);   // releases buffers o owns besides its own block
} TypeSlots;

struct ObjType {
    Obj base;                   // type(t) is `type`
    const char *name;           // __name__
    uint8_t id;                 // TypeId: the layout of instances
    const ObjType *base_type;   // the single base class (NULL only for object)
    const MethodDef *methods;   // sorted by name, for binary search
    uint32_t method_count;
    NativeFn construct;         // calling the type: int("3"), ValueError("x"); NULL: TypeError
    TypeSlots slots;
    const char *module;         // for classes defined in a module: tracebacks print
                                // "json.decoder.JSONDecodeError"; NULL for builtins
};

// The singletons that are not Values of their own tag.
extern const Obj obj_ellipsis;
extern const Obj obj_notimpl;

static inline bool is_notimpl(Value v) {
    return v.tag == VAL_OBJ && v.as.obj == &obj_notimpl;
}

#endif
