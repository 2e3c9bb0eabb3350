// typing: the names agent code imports from CPython 3.14's typing module. Annotations are
// never evaluated (PEP 649), so these mostly need to exist, print as CPython prints them and
// be subscriptable: the special forms (Any, Optional, Union, Literal, Final, ...), the aliases
// of collections (List, Dict, Callable, Iterable, ...), TypeVar and its kin, NewType, cast(),
// get_args(), get_origin(), overload() and the other decorators.
#ifndef MOAT_INTERP_MOD_TYPING_H
#define MOAT_INTERP_MOD_TYPING_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/obj_tuple.h"
#include "interp/run.h"

// Fills a new `typing` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_typing_init(Run *r, Obj *module);

// ---- for the core: what the type `type` needs to do for generics ----

// cls[key] for a class: a types.GenericAlias for the classes CPython makes generic (list,
// dict, set, frozenset, tuple, type, enumerate, the exception groups): list[int]; TypeError
// "type 'int' is not subscriptable" for the others. The getitem of the type `type`.
MOAT_NODISCARD bool mod_typing_class_getitem(Run *r, Value cls, Value key, Value *out);
// a | b with a or b a class: their union (int | None) when both are classes, None or typing
// objects; NotImplemented otherwise. The binary slot of the type `type`.
MOAT_NODISCARD bool mod_typing_type_or(Run *r, Value a, Value b, int op, Value *out);
// The members of a union (int | str, Optional[int]) for isinstance() and issubclass(); NULL
// when v is not a union.
const ObjTuple *mod_typing_union_args(Value v);
// The built-in class a bare alias stands for in isinstance(): list for List; NULL for the
// other forms and for the abstract aliases (Iterable: moat has no collections.abc).
const ObjType *mod_typing_bare_alias_origin(Value v);
// What a class statement's base stands for (CPython's __mro_entries__): List[int] and
// list[int] are list, Generic[T] and Protocol[T] are object, TypedDict is dict, NamedTuple is
// tuple; any other base is itself.
Value mod_typing_mro_entry(Value base);
// typing.NamedTuple, as a base that makes a class a named tuple (collections.namedtuple).
Value mod_typing_namedtuple_base(void);

// The type parameter a def, class or type statement declares (PEP 695): kind 0 a TypeVar
// (bound a type, a tuple of constraints, or None), 1 a TypeVarTuple (*Ts), 2 a ParamSpec
// (**P); its variance is inferred.
MOAT_NODISCARD bool mod_typing_type_param(Run *r, int kind, Value name, Value bound, Value *out);
// typing.Protocol or Protocol[T, ...]: a base that makes the class a protocol.
bool mod_typing_is_protocol_base(Value base);

// ---- for mod_typing_alias.c ----

// TypeVar, ParamSpec and TypeVarTuple instances.
bool mod_typing_is_typevar(Value v);
// What may stand for Callable's parameter list: ..., a ParamSpec, Concatenate[...].
bool mod_typing_is_param_expr(Value v);
// The special forms, the aliases of collections, type variables and NewTypes: the objects
// whose | is typing's own Union[self, other].
bool mod_typing_is_special(Value v);
// typing.Any (a class in CPython, so its | is stricter than the special forms').
bool mod_typing_is_any(Value v);
// Generic and Protocol.
bool mod_typing_is_generic_form(Value v);
// typing.Union, the origin of every union.
Value mod_typing_union_form(void);

#endif
