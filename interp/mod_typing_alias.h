// typing's parameterized objects: list[int] (types.GenericAlias), List[int] and its kin
// (typing._GenericAlias: Literal[...], Callable[...], Annotated[...], Final[...], Generic[T]),
// int | None (typing.Union) and ForwardRef('Node'). Annotations are never evaluated (PEP 649):
// these exist to be built, compared, printed and substituted as CPython 3.14 does.
#ifndef MOAT_INTERP_MOD_TYPING_ALIAS_H
#define MOAT_INTERP_MOD_TYPING_ALIAS_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/buf.h"
#include "interp/obj.h"
#include "interp/run.h"

typedef enum AliasKind {
    ALIAS_TYPES,      // list[int]: types.GenericAlias, printed from its origin's name
    ALIAS_TYPING,     // List[int], Final[int], Generic[T]: printed "typing.<name>[...]"
    ALIAS_CALLABLE,   // Callable[[int], str]: parameter types then the result, flattened
    ALIAS_LITERAL,    // Literal[1, 'a']: values; equal regardless of order
    ALIAS_ANNOTATED,  // Annotated[int, meta]: origin is the annotated type
    ALIAS_UNION,      // int | None: deduplicated, flattened, equal regardless of order
    ALIAS_CLASS,      // Box[int] of a generic class: printed "__main__.Box[int]"; calling it
                      // makes a Box and sets its __orig_class__
} AliasKind;

typedef struct ObjAlias {
    Obj base;
    uint8_t kind;      // AliasKind
    const char *name;  // typing kinds: "List", "Literal", "Generic" (static text)
    Value origin;      // list, the form (Final), the annotated type; undef for unions
    Value args;        // tuple: __args__
    Value params;      // tuple: __parameters__, the type variables in args in order
    Value metadata;    // Annotated: tuple of the annotations; undef otherwise
} ObjAlias;

extern const ObjType type_generic_alias, type_typing_alias, type_union, type_forward_ref;

bool typing_is_alias(Value v);
static inline ObjAlias *typing_as_alias(Value v) {
    return (ObjAlias *)v.as.obj;
}
bool typing_is_union(Value v);
bool typing_is_forward_ref(Value v);

// A new alias; args a tuple, metadata a tuple or undef. Its __parameters__ are collected from
// args.
MOAT_NODISCARD bool typing_alias_new(Run *r, AliasKind kind, const char *name, Value origin,
                                     Value args, Value metadata, Value *out);
// Union[items...]: unions among the items flattened, duplicates (==) dropped; a single
// remaining item is the result itself. The items must stay reachable (== may run Python).
MOAT_NODISCARD bool typing_union_new(Run *r, const Value *items, size_t n, Value *out);
// ForwardRef(text) for a str.
MOAT_NODISCARD bool typing_forward_ref_new(Run *r, Value text, Value *out);
// typing's _type_convert: None is NoneType, a str is a ForwardRef, anything else itself.
MOAT_NODISCARD bool typing_convert(Run *r, Value v, Value *out);

// An argument as a generic alias prints it: classes by name, functions by qualified name,
// Ellipsis as "...", anything else by repr(); `lists` prints a list's items the same way
// (types.GenericAlias does, typing's aliases do not).
MOAT_NODISCARD bool typing_type_repr(Run *r, Value v, bool lists, Buf *out);

// a | b when a or b is a typing object: their union, or NotImplemented for operands that
// are not types.
MOAT_NODISCARD bool typing_or(Run *r, Value a, Value b, int op, Value *out);

// The __parameters__ of a class with these bases (a tuple): Generic[...]'s when it is among
// them, else the type variables of the subscripted bases in order.
MOAT_NODISCARD bool typing_class_params(Run *r, Value bases, Value *out);
// cls[key] for a class deriving from Generic: a typing._GenericAlias, once key is checked
// against the class's __parameters__ (its own, in its namespace) with typing's errors.
MOAT_NODISCARD bool typing_generic_class_getitem(Run *r, Value cls, Value params, Value key, Value *out);

// types.GenericAlias(origin, args, /)
MOAT_NODISCARD bool typing_generic_alias_construct(Run *r, Value self, const Args *a, Value *out);
// typing.ForwardRef(arg)
MOAT_NODISCARD bool typing_forward_ref_construct(Run *r, Value self, const Args *a, Value *out);

#endif
