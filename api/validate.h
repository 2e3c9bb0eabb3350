// Run-time checks of external calls against the host's stub (api/validate.c).
#ifndef MOAT_API_VALIDATE_H
#define MOAT_API_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

#include "include/moat.h"
#include "typecheck/typecheck.h"

// Whether args (a tuple) and kwargs (a dict) bind to f's parameters with the right types; else
// false with a TypeError's text in `why`: "get_weather() argument 'city' is int, not str".
bool validate_call(const TcFunc *f, const MoatValue *args, const MoatValue *kwargs, char *why, size_t cap);
// Whether v (the host's answer; exceptions always pass) fits f's return type.
bool validate_return(const TcFunc *f, const MoatValue *v, char *why, size_t cap);

#endif
