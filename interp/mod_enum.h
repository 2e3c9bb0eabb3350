// enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique. A class statement deriving from one of them
// gets its members made when the class is (obj_class.c calls mod_enum_setup); the class then
// iterates, looks members up by value (Color(1)) and by name (Color["RED"]).
#ifndef MOAT_INTERP_MOD_ENUM_H
#define MOAT_INTERP_MOD_ENUM_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/obj_class.h"
#include "interp/run.h"

// ObjClass.enum_kind
enum { ENUM_NONE, ENUM_PLAIN, ENUM_INT, ENUM_STR, ENUM_FLAG, ENUM_INTFLAG };

extern const ObjType mod_enum_Enum, mod_enum_IntEnum, mod_enum_StrEnum, mod_enum_Flag, mod_enum_IntFlag;
// EnumType (alias EnumMeta): what type() says an enum class is.
extern const ObjType mod_enum_EnumType;

// The functional API, Enum("Color", "RED GREEN") (mod_enum_functional.c): calling one of the
// module's enum types makes a class of it with these members.
MOAT_NODISCARD bool mod_enum_functional(Run *r, Value callee, const Args *a, Value *out);

MOAT_NODISCARD bool mod_enum_init(Run *r, Obj *module);
// The enum kind a built-in base gives (ENUM_NONE for other types).
int mod_enum_kind_of(const ObjType *base);
// Whether a class with these bases (a tuple) is an enum: its body's namespace is then checked.
bool mod_enum_bases(Obj *bases);
// Around the body of a class statement: for an enum, its namespace is marked OBJ_ENUM_BODY and
// holds the _generate_next_value_ its bases give (so auto() calls it as the body stores it);
// end unmarks it and drops that.
MOAT_NODISCARD bool mod_enum_body_begin(Run *r, ObjClass *c);
MOAT_NODISCARD bool mod_enum_body_end(Run *r, ObjClass *c);
// A store into an enum body's namespace (OBJ_ENUM_BODY): a member name bound twice is
// TypeError "'X' already defined as 1", as CPython's _EnumDict says.
MOAT_NODISCARD bool mod_enum_namespace_set(Run *r, Obj *ns, Obj *name, Value v);
// The value auto() stands for: the last int value + 1, for a flag the next power of two, for
// StrEnum the lower-cased name.
MOAT_NODISCARD bool mod_enum_auto_value(Run *r, int kind, Value name, int64_t last, Value *out);
// Makes the members of a class whose enum_kind is set, after its body ran.
MOAT_NODISCARD bool mod_enum_setup(Run *r, ObjClass *c);
// The member slots (repr, str, hash; comparisons and arithmetic by value for IntEnum and
// StrEnum) where the class does not define its own.
void mod_enum_fill_slots(const ObjClass *c, TypeSlots *s);
// What the class object does as an enum: Color(1), Color["RED"], iter, len, `in`.
MOAT_NODISCARD bool mod_enum_call(Run *r, const ObjClass *c, const Args *a, Value *out);
MOAT_NODISCARD bool mod_enum_getitem(Run *r, const ObjClass *c, Value key, Value *out);
// Setting or deleting a member on the enum class (val undef: delete) is an error.
MOAT_NODISCARD bool mod_enum_check_class_setattr(Run *r, const ObjClass *c, Obj *name, Value val);
MOAT_NODISCARD bool mod_enum_contains(Run *r, const ObjClass *c, Value x, bool *out);
// Iterating and len() of the class: its members (for a Flag, those of a single bit).
MOAT_NODISCARD bool mod_enum_iter(Run *r, const ObjClass *c, Value *out);
int64_t mod_enum_len(const ObjClass *c);
// The value of a member of an enum whose members are their values (IntEnum, StrEnum,
// `(int, Enum)`, `(str, Enum)`), as json writes it; any other v as it is.
Value mod_enum_data_value(Value v);
// Whether t is an IntEnum (StrEnum) class and want is int (str): isinstance and issubclass
// answer yes, though moat's members are not int or str objects.
bool mod_enum_derives_from_value_type(const ObjType *t, const ObjType *want);

#endif
