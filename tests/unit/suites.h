// The check suites, one per core file; main.c runs every suite listed here.
#ifndef MOAT_TESTS_UNIT_SUITES_H
#define MOAT_TESTS_UNIT_SUITES_H

#include <check.h>

// X(name) declares name_suite(); add a suite by adding one line.
#define MOAT_UNIT_SUITES(X) \
    X(arena)                \
    X(container)            \
    X(lower)                \
    X(mod_json)             \
    X(mod_math)             \
    X(mod_typing)           \
    X(numfmt)               \
    X(obj_bytes)            \
    X(obj_dict)             \
    X(obj_float)            \
    X(obj_int)              \
    X(obj_iter)             \
    X(obj_list)             \
    X(obj_range)            \
    X(obj_set)              \
    X(obj_slice)            \
    X(obj_str)              \
    X(obj_tuple)            \
    X(re)                   \
    X(tokens)               \
    X(typecheck)            \
    X(typecheck_stubs)      \
    X(syntax)               \
    X(run)                  \
    X(host)                 \
    X(snapshot)             \
    X(alloc_sweep)

#define MOAT_DECLARE_SUITE(name) Suite *name##_suite(void);
MOAT_UNIT_SUITES(MOAT_DECLARE_SUITE)
#undef MOAT_DECLARE_SUITE

#endif
