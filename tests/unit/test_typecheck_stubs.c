// moat's bundled stubs against the interpreter: every builtin, method of a built-in type and
// module member the stubs name exists in the interpreter, and every one the interpreter has
// is in the stubs, so the checker neither rejects what runs nor accepts what cannot.
#include <string.h>

#include "interp/builtins.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/modules.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_bytes.h"
#include "interp/obj_complex.h"
#include "interp/obj_dict.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "suites.h"
#include "typecheck/tc_stub.h"

static TcStubs *stubs;
static Run run;

static void setup(void) {
    stubs = tc_stubs_new();
    ck_assert_ptr_nonnull(stubs);
    memset(&run, 0, sizeof run);
}

static void teardown(void) {
    tc_stubs_free(stubs);
    exc_clear(&run);
    run.root_count = 0;
    gc_free_all(&run);
    if (run.roots) mem_free(&run, run.roots, run.root_cap * sizeof(Value));
}

static bool is_dunder(const char *name) {
    return strncmp(name, "__", 2) == 0;
}

START_TEST(test_every_builtin_has_a_stub) {
    const char *name;
    for (size_t k = 0; (name = builtins_name_at(k)); k++) {
        ck_assert_msg(tc_table_get(&stubs->builtins.members, name), "builtins.pyi lacks %s", name);
    }
}
END_TEST

START_TEST(test_every_stubbed_builtin_exists) {
    const TcTable *t = &stubs->builtins.members;
    for (uint32_t k = 0; k < t->count; k++) {
        ck_assert_msg(builtins_has(t->order[k]), "moat has no builtin %s", t->order[k]);
    }
}
END_TEST

static const struct {
    const char *name;
    const ObjType *type;
} method_types[] = {
    {"str", &type_str},   {"bytes", &type_bytes}, {"bytearray", &type_bytearray}, {"list", &type_list},
    {"dict", &type_dict}, {"set", &type_set},     {"frozenset", &type_frozenset},
    {"tuple", &type_tuple}, {"int", &type_int},   {"float", &type_float},
    {"complex", &type_complex},
};

static const TcClass *stub_class(const char *name) {
    const TcEntry *e = tc_table_get(&stubs->builtins.members, name);
    ck_assert_msg(e && e->type->kind == TC_CLASS, "builtins.pyi lacks class %s", name);
    return e->type->cls;
}

START_TEST(test_methods_match_the_interpreter) {
    const TcClass *c = stub_class(method_types[_i].name);
    const ObjType *t = method_types[_i].type;
    const MethodDef *m;
    for (uint32_t k = 0; (m = ops_method_at(t, k)); k++) {
        if (is_dunder(m->name)) continue;
        ck_assert_msg(tc_table_get(&c->members, m->name), "stub of %s lacks %s", c->name, m->name);
    }
    for (uint32_t k = 0; k < c->members.count; k++) {
        const TcEntry *e = tc_table_get(&c->members, c->members.order[k]);
        if (e->type->kind != TC_FUNC) continue;  // data attributes (int.real) are not methods
        bool found = false;
        for (uint32_t j = 0; (m = ops_method_at(t, j)) && !found; j++) found = strcmp(m->name, e->name) == 0;
        ck_assert_msg(found, "moat's %s has no method %s", c->name, e->name);
    }
}
END_TEST

// The interpreter's module `name`, imported in a bare run.
static Obj *import(const char *name) {
    Obj *n = str_new(&run, name, strlen(name));
    ck_assert_ptr_nonnull(n);
    ck_assert(gc_push_root(&run, v_obj(n)));
    Value m;
    if (!modules_import(&run, n, &m)) {
        exc_clear(&run);
        return NULL;
    }
    ck_assert(gc_push_root(&run, m));
    return m.as.obj;
}

static const char *const checked_modules[] = {"sys", "math", "json", "typing", "asyncio", "abc", "__future__", "collections",
                                              "collections.abc",
                                              "contextlib", "dataclasses", "enum", "functools", "itertools",
                                              "operator", "re", "traceback", "heapq", "bisect", "string", "copy"};

START_TEST(test_module_members_match_the_interpreter) {
    const char *name = checked_modules[_i];
    const TcModule *stub = tc_stubs_module(stubs, name);
    ck_assert_ptr_nonnull(stub);
    Obj *m = import(name);
    ck_assert_ptr_nonnull(m);
    Obj *dict = module_dict(m);
    size_t pos = 0;
    Value k, v;
    uint32_t seen = 0;
    char missing[1024] = "";
    while (dict_next(dict, &pos, &k, &v)) {
        const ObjStr *key = as_str(k);
        if (is_dunder(key->data)) continue;
        seen++;
        if (!tc_table_get(&stub->members, key->data) && strlen(missing) + key->len + 2 < sizeof missing) {
            strcat(missing, " ");
            strcat(missing, key->data);
        }
    }
    ck_assert_msg(!missing[0], "%s.pyi lacks%s", name, missing);
    for (uint32_t j = 0; j < stub->members.count; j++) {
        const char *member = stub->members.order[j];
        Obj *key = str_new(&run, member, strlen(member));
        ck_assert_ptr_nonnull(key);
        ck_assert_msg(!is_undef(dict_get_str(dict, (ObjStr *)key)), "moat's %s has no %s", name, member);
    }
    ck_assert_uint_eq(seen, stub->members.count);
}
END_TEST

Suite *typecheck_stubs_suite(void) {
    Suite *s = suite_create("typecheck_stubs");
    TCase *tc = tcase_create("interpreter");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_every_builtin_has_a_stub);
    tcase_add_test(tc, test_every_stubbed_builtin_exists);
    tcase_add_loop_test(tc, test_methods_match_the_interpreter, 0,
                        sizeof method_types / sizeof *method_types);
    tcase_add_loop_test(tc, test_module_members_match_the_interpreter, 0,
                        sizeof checked_modules / sizeof *checked_modules);
    suite_add_tcase(s, tc);
    return s;
}
