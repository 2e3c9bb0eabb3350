// int's constructor, text parsing, rounding and methods (obj_int_methods.c): what calls int
// from Python rather than operators.
#ifndef MOAT_INTERP_OBJ_INT_METHODS_H
#define MOAT_INTERP_OBJ_INT_METHODS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/buf.h"
#include "interp/obj.h"
#include "interp/run.h"

enum { INT_METHOD_COUNT = 14 };
// int's methods, sorted by name; bool inherits them.
extern const MethodDef int_methods[INT_METHOD_COUNT];

// int(x=0, /, base=10): self is the type.
MOAT_NODISCARD bool int_construct(Run *r, Value self, const Args *a, Value *out);
// int(v) with one argument (CPython's PyNumber_Long): ints, floats (truncated), str and bytes
// (base 10), instances of user classes with __int__ or __index__.
MOAT_NODISCARD bool int_from_object(Run *r, Value v, Value *out);
// int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod; self is the class
// (bool.from_bytes gives a bool).
MOAT_NODISCARD bool int_from_bytes(Run *r, Value self, const Args *a, Value *out);
// x.real, x.imag, x.numerator, x.denominator: the getattr slot (*out undef for other names).
MOAT_NODISCARD bool int_getattr(Run *r, Value v, Obj *name, Value *out);

// int(text, base) on ASCII-compatible text (a str's UTF-8 or a bytes' data): surrounding
// whitespace, a sign, base prefixes (any for base 0), single underscores between digits, and
// CPython's 4300-digit limit for bases that are not powers of two. `unicode`: map Unicode
// whitespace and decimal digits to ASCII first, as CPython does for str. `src` is the object
// the text came from, shown in "invalid literal for int() with base 10: '...'".
MOAT_NODISCARD bool int_parse(Run *r, Value src, const char *s, size_t len, int base, bool unicode,
                              Value *out);
// round(v, ndigits) for an int: ndigits undef or None gives v; a negative ndigits rounds half
// to even to a multiple of 10**-ndigits.
MOAT_NODISCARD bool int_round(Run *r, Value v, Value ndigits, Value *out);
// An integer argument as CPython's PyNumber_AsSsize_t(v, NULL) reads it: ints beyond int64_t
// clamp to its range; other objects through __index__.
MOAT_NODISCARD bool int_index_clamped(Run *r, Value v, int64_t *out);

// v.<dunder>() for an instance of a user class that has it (*found false otherwise, and for
// every built-in type): int() and float() reach __int__, __index__ and __float__ this way.
MOAT_NODISCARD bool int_call_dunder(Run *r, Value v, const char *dunder, bool *found, Value *out);

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII over UTF-8 s[0..len), appended to out:
// Unicode whitespace becomes ' ', decimal digits their ASCII digit, other non-ASCII '?'.
MOAT_NODISCARD bool int_ascii_digits(Buf *out, const char *s, size_t len);
static inline bool int_is_ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

#endif
