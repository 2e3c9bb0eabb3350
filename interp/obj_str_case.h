// str's case mappings, character-class predicates, translate and maketrans (obj_str_case.c).
#ifndef MOAT_INTERP_OBJ_STR_CASE_H
#define MOAT_INTERP_OBJ_STR_CASE_H

#include <stdbool.h>

#include "interp/obj.h"

// Methods (NativeFn), self a str.
bool str_capitalize(Run *r, Value self, const Args *a, Value *out);
bool str_casefold(Run *r, Value self, const Args *a, Value *out);
bool str_lower(Run *r, Value self, const Args *a, Value *out);
bool str_upper(Run *r, Value self, const Args *a, Value *out);
bool str_swapcase(Run *r, Value self, const Args *a, Value *out);
bool str_title(Run *r, Value self, const Args *a, Value *out);
bool str_isalnum(Run *r, Value self, const Args *a, Value *out);
bool str_isalpha(Run *r, Value self, const Args *a, Value *out);
bool str_isascii(Run *r, Value self, const Args *a, Value *out);
bool str_isdecimal(Run *r, Value self, const Args *a, Value *out);
bool str_isdigit(Run *r, Value self, const Args *a, Value *out);
bool str_isidentifier(Run *r, Value self, const Args *a, Value *out);
bool str_islower(Run *r, Value self, const Args *a, Value *out);
bool str_isnumeric(Run *r, Value self, const Args *a, Value *out);
bool str_isprintable(Run *r, Value self, const Args *a, Value *out);
bool str_isspace(Run *r, Value self, const Args *a, Value *out);
bool str_istitle(Run *r, Value self, const Args *a, Value *out);
bool str_isupper(Run *r, Value self, const Args *a, Value *out);
// str.maketrans(x[, y[, z]]): self is ignored (it is a static method in CPython).
bool str_maketrans(Run *r, Value self, const Args *a, Value *out);
bool str_translate(Run *r, Value self, const Args *a, Value *out);

#endif
