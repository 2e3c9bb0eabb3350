// The harness of the numeric suites (test_obj_int.c, test_obj_float.c): a bare run (heap,
// exceptions, generic operations; no VM), literals to Values, and one interpreter for the rows
// of test_obj_int_table.h and test_obj_float_table.h, which CPython 3.14 computed (test_obj_num_gen.py).
#ifndef MOAT_TESTS_UNIT_TEST_OBJ_NUM_H
#define MOAT_TESTS_UNIT_TEST_OBJ_NUM_H

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/numfmt_parse.h"
#include "interp/obj_bool.h"
#include "interp/obj_bytes.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_int_methods.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "parser/ast.h"
#include "suites.h"

typedef struct NumCase {
    const char *op, *a, *b, *c, *expected;
} NumCase;

static Run nx;
static uint32_t nx_harness_roots;  // roots num_str pushed for the harness's own strings

static inline void num_setup(void) {
    memset(&nx, 0, sizeof nx);
    nx.gc_threshold = 0;  // collect at every allocation: a value left unrooted is caught
}

// Frees everything and checks that the heap gave every byte back.
static inline void num_teardown(void) {
    exc_clear(&nx);
    nx.root_count = 0;
    gc_free_all(&nx);
    if (nx.roots) mem_free(&nx, nx.roots, nx.root_cap * sizeof(Value));
    ck_assert_uint_eq(nx.mem.bytes, 0);
}

static inline Value num_keep(Value v) {
    ck_assert(gc_push_root(&nx, v));
    return v;
}

// A str the harness itself needs (a method or keyword name): never one of the allocations a
// failure sweep fails.
static inline Value num_str(const char *s) {
    uint64_t fail_after = nx.mem.fail_after;
    nx.mem.fail_after = 0;
    Obj *o = str_new(&nx, s, strlen(s));
    ck_assert_ptr_nonnull(o);
    Value v = num_keep(v_obj(o));
    nx_harness_roots++;
    nx.mem.fail_after = fail_after;
    return v;
}

// A Value from a literal of the table: True False None, 'str', b'bytes', floats (anything with
// . e n, as repr writes them), ints in decimal or 0x hex; "" is absent (undef).
static inline Value num_literal(const char *t) {
    size_t n = strlen(t);
    if (n == 0) return v_undef();
    if (!strcmp(t, "True") || !strcmp(t, "False")) return v_bool(t[0] == 'T');
    if (!strcmp(t, "None")) return v_none();
    if (t[0] == '\'') {
        Obj *o = str_new(&nx, t + 1, n - 2);
        ck_assert_ptr_nonnull(o);
        return num_keep(v_obj(o));
    }
    if (t[0] == 'b' && t[1] == '\'') {
        Obj *o = bytes_new(&nx, t + 2, n - 3);
        ck_assert_ptr_nonnull(o);
        return num_keep(v_obj(o));
    }
    Value v;
    bool hex = strstr(t, "0x") != NULL;
    if (!hex && strpbrk(t, ".en")) {
        double d;
        ck_assert_msg(numfmt_float_parse(t, n, &d), "bad float literal %s", t);
        return v_float(d);
    }
    ck_assert_msg(int_parse(&nx, v_undef(), t, n, hex ? 0 : 10, false, &v), "bad int %s", t);
    return num_keep(v);
}

// The pending exception as "Type: message" (message = str(exc)), cleared.
static inline const char *num_error_text(char *text, size_t cap) {
    ck_assert_msg(is_exception(nx.exc), "no exception (abort %d)", (int)nx.abort);
    Value exc = num_keep(nx.exc), msg;
    exc_clear(&nx);
    ck_assert(ops_str_value(&nx, exc, &msg));
    snprintf(text, cap, "%s: %s", exc.as.obj->type->name, as_str(msg)->data);
    return text;
}

static inline int num_binop(const char *op) {
    static const char *const names[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|",
                                        "^", "&", "//"};
    static const int ops[] = {AST_OP_ADD, AST_OP_SUB, AST_OP_MUL, AST_OP_MATMUL,
                              AST_OP_DIV, AST_OP_MOD, AST_OP_POW, AST_OP_LSHIFT,
                              AST_OP_RSHIFT, AST_OP_BITOR, AST_OP_BITXOR, AST_OP_BITAND,
                              AST_OP_FLOORDIV};
    for (size_t k = 0; k < sizeof ops / sizeof *ops; k++) {
        if (!strcmp(op, names[k])) return ops[k];
    }
    return -1;
}

static inline int num_cmpop(const char *op) {
    static const char *const names[] = {"==", "!=", "<", "<=", ">", ">="};
    static const int ops[] = {AST_CMP_EQ, AST_CMP_NE, AST_CMP_LT, AST_CMP_LE, AST_CMP_GT,
                              AST_CMP_GE};
    for (size_t k = 0; k < 6; k++) {
        if (!strcmp(op, names[k])) return ops[k];
    }
    return -1;
}

// Calls fn(self, args...) with the given positional values; the last one as keyword `kw`
// when kw is set.
static inline bool num_call(NativeFn fn, Value self, Value *pos, uint32_t n, const char *kw,
                            Value *out) {
    Obj *kwname = kw ? num_str(kw).as.obj : NULL;
    Args a = {.pos = pos, .npos = kw ? n - 1 : n, .nkw = kw ? 1 : 0,
              .kwvalues = kw ? &pos[n - 1] : NULL, .kwnames = kw ? &kwname : NULL};
    return fn(&nx, self, &a, out);
}

// Calls t's method `name` (found up t's bases) with self.
static inline bool num_call_method(const ObjType *t, Value self, const char *name, Value *pos,
                                   uint32_t n, const char *kw, Value *out) {
    for (; t; t = t->base_type) {
        for (uint32_t k = 0; k < t->method_count; k++) {
            if (!strcmp(t->methods[k].name, name)) {
                return num_call(t->methods[k].fn, self, pos, n, kw, out);
            }
        }
    }
    ck_abort_msg("no method %s", name);
    return false;
}

static inline bool num_divmod(Value a, Value b, Value *out) {
    if (!float_number_divmod(&nx, a, b, out)) return false;
    if (!is_notimpl(*out)) return true;
    return exc_raise(&nx, &exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     value_type_name(a), value_type_name(b));
}

static inline bool num_round(Value a, Value nd, Value *out) {
    if (is_float(a)) return float_round(&nx, a.as.f, nd, out);
    return int_round(&nx, a, nd, out);
}

static inline const ObjType *num_type_named(const char *name, size_t len) {
    if (!strncmp(name, "int", len)) return &type_int;
    if (!strncmp(name, "bool", len)) return &type_bool;
    return &type_float;
}

// Runs one row's operation on its operands a, b, cc.
static inline bool num_apply(const NumCase *c, Value a, Value b, Value cc, Value *out) {
    Value pos[3];
    uint32_t n = 0;
    int op;
    if ((op = num_binop(c->op)) >= 0) return ops_binary(&nx, a, b, op, out);
    if ((op = num_cmpop(c->op)) >= 0) return ops_compare(&nx, a, b, op, out);
    if (!strcmp(c->op, "divmod")) return num_divmod(a, b, out);
    if (!strcmp(c->op, "neg")) return ops_unary(&nx, a, AST_UOP_NEG, out);
    if (!strcmp(c->op, "pos")) return ops_unary(&nx, a, AST_UOP_POS, out);
    if (!strcmp(c->op, "inv")) return ops_unary(&nx, a, AST_UOP_INVERT, out);
    if (!strcmp(c->op, "abs")) return int_abs(&nx, a, out);
    if (!strcmp(c->op, "pow")) return int_pow_mod(&nx, a, b, cc, out);
    if (!strcmp(c->op, "round")) return num_round(a, b, out);
    if (!strcmp(c->op, "hash")) {
        int64_t h;
        if (!ops_hash(&nx, a, &h)) return false;
        *out = v_int(h);
        return true;
    }
    if (!strncmp(c->op, "a:", 2)) return ops_getattr(&nx, a, num_str(c->op + 2).as.obj, out);
    bool ctor = !strcmp(c->op, "int") || !strcmp(c->op, "float") || !strcmp(c->op, "bool");
    bool cm = !strncmp(c->op, "cm:", 3);
    Value self = a;
    if (ctor || cm) {  // the operands are all arguments
        if (!is_undef(a)) pos[n++] = a;
    }
    if (!is_undef(b)) pos[n++] = b;
    if (!is_undef(cc)) pos[n++] = cc;
    if (ctor) {
        const ObjType *t = num_type_named(c->op, strlen(c->op));
        return t->construct(&nx, v_obj((Obj *)t), &(Args){.pos = pos, .npos = n}, out);
    }
    if (cm) {
        const char *dot = strchr(c->op, '.');
        const ObjType *t = num_type_named(c->op + 3, (size_t)(dot - c->op - 3));
        return num_call_method(t, v_obj((Obj *)t), dot + 1, pos, n, NULL, out);
    }
    if (!strncmp(c->op, "m:", 2)) {
        char name[64];
        snprintf(name, sizeof name, "%s", c->op + 2);
        char *kw = strchr(name, ':');
        if (kw) *kw++ = '\0';
        return num_call_method(value_type(self), self, name, pos, n, kw, out);
    }
    ck_abort_msg("unknown op %s", c->op);
    return false;
}

static inline bool num_run(const NumCase *c, Value *out) {
    Value a = num_literal(c->a), b = num_literal(c->b), cc = num_literal(c->c);
    return num_apply(c, a, b, cc, out);
}

// Runs row c with its n-th allocation failing: the failure must be clean (an exception or the
// limit error, never both a result and a limit; the roots as they were); true once the row
// ran without reaching its n-th allocation.
static inline bool num_run_failing(const NumCase *c, uint64_t n) {
    Value a = num_literal(c->a), b = num_literal(c->b), cc = num_literal(c->c), out;
    if (!strcmp(c->op, "repr")) return true;
    uint32_t roots = nx.root_count;
    nx_harness_roots = 0;
    mem_fail_after(&nx, n);
    bool ok = num_apply(c, a, b, cc, &out);
    bool reached = nx.mem.fail_after == 0;
    mem_fail_after(&nx, 0);
    ck_assert_msg(nx.root_count == roots + nx_harness_roots, "%s(%s, %s): roots %u, want %u",
                  c->op, c->a, c->b, nx.root_count, roots + nx_harness_roots);
    if (ok) {
        ck_assert_msg(nx.abort == ABORT_NONE, "%s(%s, %s): result past a failed allocation",
                      c->op, c->a, c->b);
    } else {
        ck_assert(nx.abort != ABORT_NONE || is_exception(nx.exc));
    }
    nx.abort = ABORT_NONE;
    exc_clear(&nx);
    return !reached;
}

// Runs row c and checks its result's repr (or "Type: message") against the expectation.
static inline void num_check(const NumCase *c) {
    Value out;
    char text[8192];
    const char *got;
    if (!strcmp(c->op, "repr")) {
        Buf b;
        buf_init(&b, &nx);
        bool ok = ops_repr(&nx, num_literal(c->a), &b) && buf_append_char(&b, '\0');
        got = ok ? b.data : num_error_text(text, sizeof text);
        ck_assert_msg(!strcmp(got, c->expected), "repr(%s): got %s, want %s", c->a, got,
                      c->expected);
        buf_fini(&b);
        return;
    }
    if (num_run(c, &out)) {
        Value rep;
        num_keep(out);
        ck_assert(ops_repr_value(&nx, out, &rep));
        got = as_str(rep)->data;
    } else {
        got = num_error_text(text, sizeof text);
    }
    ck_assert_msg(!strcmp(got, c->expected), "%s(%s, %s, %s): got %s, want %s", c->op, c->a, c->b,
                  c->c, got, c->expected);
}

#define NUM_TABLE_TEST(name)                                 \
    START_TEST(test_##name) {                                \
        num_check(&name##_cases[_i]);                        \
    }                                                        \
    END_TEST
// Every row again with each of its allocations failing in turn.
#define NUM_SWEEP_TEST(name)                                           \
    START_TEST(test_##name##_alloc_failures) {                         \
        for (uint64_t n = 1; !num_run_failing(&name##_cases[_i], n); n++) { \
            num_teardown();                                            \
            num_setup();                                               \
        }                                                              \
    }                                                                  \
    END_TEST
#define NUM_SWEEP_ADD(tc, name)                                          \
    tcase_add_loop_test(tc, test_##name##_alloc_failures, 0,             \
                        (int)(sizeof name##_cases / sizeof *name##_cases))
#define NUM_TABLE_ADD(tc, name) \
    tcase_add_loop_test(tc, test_##name, 0, (int)(sizeof name##_cases / sizeof *name##_cases))

#endif
