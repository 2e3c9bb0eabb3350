// A harness for str and bytes tests: builds values from Python literals, calls a method, an
// operator or a constructor, and renders the outcome as CPython prints it (the repr, or
// "TypeError: message"). Shared by test_obj_str.c and test_obj_bytes.c.
#ifndef MOAT_TESTS_UNIT_TEST_OBJ_STR_CASES_H
#define MOAT_TESTS_UNIT_TEST_OBJ_STR_CASES_H

#include "interp/run.h"

// One expectation, confirmed against CPython 3.14 (tests/unit/test_obj_str_gen.py):
//   'M': receiver.method(args)   a = receiver, b = method name
//   'O': a <op> b                b = "+", "*", "%", "<", ..., "in" (a in b), "[]" (a[b])
//   'F': function(args)          a = "str", "bytes", "repr", "ascii", "len", "list", "format"
typedef struct StrCase {
    char kind;
    const char *a, *b, *args, *expected;
} StrCase;

// A run with no limits; str_case_run_free releases everything it allocated.
Run *str_case_run_new(void);
void str_case_run_free(Run *r);
// Runs one case; returns the outcome text (valid until the next call).
const char *str_case_eval(Run *r, const StrCase *c);
// Runs c with the n-th allocation failing, for n = 1, 2, ... until it completes: every
// attempt must end at the limit (no exception, no crash) or with the expected outcome, with
// its roots balanced. Returns NULL when all attempts behaved, else a description.
const char *str_case_fail_sweep(const StrCase *c);
// False once any call left temporary roots pushed (or popped too many), error paths included.
bool str_case_roots_balanced(void);

#endif
