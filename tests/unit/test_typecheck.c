// The checker: stubs loaded into signatures, TypedDicts and aliases; and scripts checked
// against them, each row's diagnostics given as "LINE:CODE" in source order.
#include <stdio.h>
#include <string.h>

#include "moat.h"
#include "parser/parser.h"
#include "suites.h"
#include "typecheck/tc_stub.h"

static const char host_stub[] =
    "from typing import TypedDict, NotRequired, Optional, Literal, overload, Any\n"
    "class Item(TypedDict):\n"
    "    sku: str\n"
    "    price: float\n"
    "    note: NotRequired[str]\n"
    "class Loose(TypedDict, total=False):\n"
    "    a: int\n"
    "Sku = str\n"
    "Items = list[Item]\n"
    "async def fetch(sku: Sku, *, fresh: bool = ...) -> Item | None: ...\n"
    "def search(q: str, limit: int = 10, /) -> Items: ...\n"
    "def tag(name: str, *values: int, **extra: str) -> Literal['ok', 'no']: ...\n"
    "@overload\n"
    "def conv(x: int) -> int: ...\n"
    "@overload\n"
    "def conv(x: str) -> str: ...\n"
    "def anything(x: Any) -> Any: ...\n"
    "def mode(m: Literal['fast', 'slow'] | None = None) -> None: ...\n"
    "limit: int\n"
    "owner: Optional[str]\n";

static TcStubs *stubs;

static void setup(void) {
    stubs = tc_stubs_new();
    ck_assert_ptr_nonnull(stubs);
    const char *error = NULL;
    ck_assert_msg(tc_stubs_add(stubs, host_stub, strlen(host_stub), "host.pyi", &error), "%s",
                  error ? error : "");
}

static void teardown(void) {
    tc_stubs_free(stubs);
}

static const TcEntry *host(const char *name) {
    const TcEntry *e = tc_table_get(&stubs->host.members, name);
    ck_assert_msg(e != NULL, "no %s in the host stub", name);
    return e;
}

static void signature_is(const char *name, const char *expected) {
    char buf[256];
    const TcEntry *e = host(name);
    ck_assert_int_eq(e->type->kind, TC_FUNC);
    tc_func_signature(e->type->func, buf, sizeof buf);
    ck_assert_str_eq(buf, expected);
}

START_TEST(test_stub_signatures_keep_kinds_defaults_and_aliases) {
    signature_is("fetch", "async def fetch(sku: str, *, fresh: bool = ...) -> Item | None");
    signature_is("search", "def search(q: str, limit: int = ..., /) -> list[Item]");
    signature_is("tag", "def tag(name: str, *values: int, **extra: str) -> Literal['ok', 'no']");
}
END_TEST

START_TEST(test_stub_typeddict_fields_and_requiredness) {
    const TcEntry *f = host("fetch");
    const TcType *ret = f->type->func->ret;
    ck_assert_int_eq(ret->kind, TC_UNION);
    const TcType *item = ret->args[0]->kind == TC_TYPEDDICT ? ret->args[0] : ret->args[1];
    ck_assert_str_eq(item->td->name, "Item");
    ck_assert(tc_table_get(&item->td->fields, "sku")->required);
    ck_assert(!tc_table_get(&item->td->fields, "note")->required);
    ck_assert_ptr_null(tc_table_get(&item->td->fields, "name"));
}
END_TEST

START_TEST(test_stub_overloads_chain_and_inputs_are_variables) {
    const TcEntry *c = host("conv");
    ck_assert_ptr_nonnull(c->type->func->overload);
    ck_assert_ptr_null(c->type->func->overload->overload);
    TcStubName n;
    size_t count = tc_stubs_name_count(stubs);
    bool saw_limit = false, saw_fetch = false;
    for (size_t k = 0; k < count; k++) {
        ck_assert(tc_stubs_name_at(stubs, k, &n));
        if (strcmp(n.name, "limit") == 0) saw_limit = !n.is_function;
        if (strcmp(n.name, "fetch") == 0) saw_fetch = n.is_function && n.is_async;
    }
    ck_assert(saw_limit && saw_fetch);
    ck_assert(!tc_stubs_name_at(stubs, count, &n));
}
END_TEST

START_TEST(test_stub_syntax_error_is_reported_with_its_place) {
    const char *error = NULL;
    ck_assert(!tc_stubs_add(stubs, "def f(:\n", 8, "bad.pyi", &error));
    ck_assert_ptr_nonnull(error);
    ck_assert(strncmp(error, "bad.pyi:1:", 10) == 0);
}
END_TEST

typedef struct CheckCase {
    const char *source;
    const char *expected;  // "LINE:CODE LINE:CODE", "" when silent
} CheckCase;

static const CheckCase check_cases[] = {
    // names
    {"x = 1\nprint(y)\n", "2:undefined-name"},
    {"print(limit + 1, owner)\n", ""},
    {"def f():\n    return later\nlater = 2\n", ""},
    {"for i in range(3):\n    pass\nprint(i)\n", ""},
    {"print(open)\n", "1:undefined-name"},
    {"import os\n", "1:unknown-module"},
    {"from json import dump\n", "1:unknown-attribute"},
    {"import math\nprint(math.tau, math.sqrt(2))\n", ""},
    // calls
    {"search()\n", "1:call-arg-count"},
    {"search('a', 1, 2)\n", "1:call-arg-count"},
    {"search(q='a')\n", "1:unknown-keyword"},
    {"search('a', limit=2)\n", "1:unknown-keyword"},
    {"tag('n', 1, 2, color='red')\n", ""},
    {"tag('n', 'x')\n", "1:arg-type"},
    {"tag('n', extra=3)\n", "1:arg-type"},
    {"conv(1)\nconv('a')\n", ""},
    {"conv(1.5)\n", "1:arg-type"},
    {"search(*['a'])\nsearch(**{'q': 1})\n", ""},
    {"anything(1)\nanything(None)\n", ""},
    {"search(owner)\n", "1:arg-type"},
    // await
    {"r = fetch('a')\nprint(r['sku'])\n", "2:missing-await"},
    {"fetch('a')\n", "1:missing-await"},
    {"async def g():\n    return 1\nawait g()\n", ""},
    {"x = await search('a')\n", "1:await-not-awaitable"},
    // None
    {"r = await fetch('a')\nprint(r['sku'])\n", "2:possibly-none"},
    {"r = await fetch('a')\nif r:\n    print(r['sku'])\n", ""},
    {"r = await fetch('a')\nif r is None:\n    raise ValueError('none')\nprint(r['sku'])\n", ""},
    {"r = await fetch('a')\nassert r is not None\nprint(r['price'] * 2)\n", ""},
    {"r = await fetch('a')\nr = r or {'sku': 'x', 'price': 1.0}\nprint(r['sku'])\n", ""},
    {"print(owner.upper())\n", "1:possibly-none"},
    {"if owner is not None:\n    print(owner.upper())\n", ""},
    // TypedDicts and attributes
    {"for it in search('a'):\n    print(it.price)\n", "2:unknown-attribute"},
    {"for it in search('a'):\n    print(it['prize'])\n", "2:unknown-key"},
    {"for it in search('a'):\n    print(it.get('note', ''), it.keys())\n", ""},
    {"[].push(1)\n", "1:unknown-attribute"},
    {"'a'.upper().lower().strip().foo\n", "1:unknown-attribute"},
    {"best = max(search('a'), key=lambda i: i.price)\n", "1:unknown-attribute"},
    {"best = max(search('a'), key=lambda i: i['price'])\nprint(best.sku)\n", "2:unknown-attribute"},
    {"for it in search('a'):\n    print(it.get('nope'))\n", "2:unknown-key"},
    {"mode('fast')\nmode(None)\nm = 'quick'\nmode(m)\n", ""},
    {"mode('quick')\n", "1:arg-type"},
    {"print(len(5))\n", "1:arg-type"},
    {"print(', '.join([1, 2]))\n", "1:arg-type"},
    {"items = search('a')\nprint(items['sku'])\n", "2:arg-type"},
    {"rows = [1]\nrows.append('x')\nprint(rows[1].upper())\n", ""},
    {"rec = {'a': 1, 'b': 'x'}\nrec['c'] = []\nrec['c'].append(2)\n", ""},
    {"for i, it in enumerate(search('a')):\n    print(i + 1, it.sku)\n", "2:unknown-attribute"},
    // operators
    {"x = 'a' + 1\n", "1:operator-type"},
    {"x = 1 + 2.5 * 3 // 2 - True\n", ""},
    {"x = [1] + [2]\ny = 'ab' * 3\nz = {1} | {2}\n", ""},
    {"n = 1\nn = 'x'\nprint(n + 'y')\n", ""},
    {"v = 1\nfor s in ['a']:\n    print(v + 1)\n    v = s\n", ""},
    {"x = 3 < 'a'\n", "1:operator-type"},
    // flow and scopes
    {"def f(x: int) -> str:\n    return x\n", "2:return-type"},
    {"def f(x: int) -> int:\n    if x:\n        return x\n    return None\n", "4:return-type"},
    {"def f():\n    yield 1\n", ""},
    {"class C:\n    def m(self):\n        return self.anything\nC().whatever\n", ""},
    {"for n in 5:\n    pass\n", "1:not-iterable"},
    {"x = 'a'\nx()\n", "2:not-callable"},
    {"try:\n    v = search('a')\nexcept Exception:\n    v = None\nprint(v)\n", ""},
};

static void append_diag(char *buf, size_t cap, const Diag *d) {
    size_t at = strlen(buf);
    snprintf(buf + at, cap - at, "%s%u:%s", at ? " " : "", d->span.line, d->code);
}

START_TEST(test_check_script) {
    const CheckCase *c = &check_cases[_i];
    Arena arena;
    arena_init(&arena);
    DiagList dl;
    diag_list_init(&dl, &arena);
    AstModule *m = parser_parse(&arena, c->source, strlen(c->source), &dl);
    ck_assert_ptr_nonnull(m);
    ck_assert_msg(dl.count == 0, "row %d does not parse", _i);
    ck_assert(tc_check_module(stubs, m, &arena, &dl));
    char got[512] = "";
    for (size_t k = 0; k < dl.count; k++) append_diag(got, sizeof got, &dl.items[k]);
    ck_assert_msg(strcmp(got, c->expected) == 0, "row %d: %s\nwant \"%s\", got \"%s\"", _i,
                  c->source, c->expected, got);
    arena_fini(&arena);
}
END_TEST

// The public API: stubs added, diagnostics as data with 1-based code-point columns, merged in
// source order with the program's own.
START_TEST(test_api_check_reports_diagnostics_as_data) {
    static const char src[] = "x = \"\xc3\xbc\" + 1\nget_wether()\n";
    static const char stub[] = "def get_weather(city: str) -> str: ...\n";
    MoatStubs *st;
    MoatProgram *p;
    MoatCheck *c;
    ck_assert_int_eq(moat_stubs_new(&st), MOAT_OK);
    ck_assert_int_eq(moat_stubs_add(st, stub, strlen(stub), "tools.pyi", NULL), MOAT_OK);
    ck_assert_int_eq(moat_compile(src, strlen(src), "agent.py", &p), MOAT_OK);
    ck_assert_int_eq(moat_check(p, st, &c), MOAT_OK);
    ck_assert_uint_eq(moat_check_diagnostic_count(c), 2);
    const MoatDiagnostic *d = moat_check_diagnostic(c, 0);
    ck_assert_str_eq(d->code, "operator-type");
    ck_assert_uint_eq(d->line, 1);
    ck_assert_uint_eq(d->column, 5);
    ck_assert_uint_eq(d->end_column, 12);
    d = moat_check_diagnostic(c, 1);
    ck_assert_str_eq(d->code, "undefined-name");
    ck_assert_str_eq(d->message, "name 'get_wether' is not defined; did you mean 'get_weather'?");
    ck_assert_ptr_null(moat_check_diagnostic(c, 2));
    moat_check_free(c);
    // without stubs: only the program's own diagnostics
    ck_assert_int_eq(moat_check(p, NULL, &c), MOAT_OK);
    ck_assert_uint_eq(moat_check_diagnostic_count(c), 0);
    moat_check_free(c);
    const char *error = NULL;
    ck_assert_int_eq(moat_stubs_add(st, "def (:", 6, "bad.pyi", &error), MOAT_ERR_INVALID);
    ck_assert_ptr_nonnull(error);
    moat_program_free(p);
    moat_stubs_free(st);
}
END_TEST

Suite *typecheck_suite(void) {
    Suite *s = suite_create("typecheck");
    TCase *stub = tcase_create("stubs");
    tcase_add_checked_fixture(stub, setup, teardown);
    tcase_add_test(stub, test_stub_signatures_keep_kinds_defaults_and_aliases);
    tcase_add_test(stub, test_stub_typeddict_fields_and_requiredness);
    tcase_add_test(stub, test_stub_overloads_chain_and_inputs_are_variables);
    tcase_add_test(stub, test_stub_syntax_error_is_reported_with_its_place);
    tcase_add_test(stub, test_api_check_reports_diagnostics_as_data);
    suite_add_tcase(s, stub);
    TCase *check = tcase_create("check");
    tcase_add_checked_fixture(check, setup, teardown);
    tcase_add_loop_test(check, test_check_script, 0, sizeof check_cases / sizeof *check_cases);
    suite_add_tcase(s, check);
    return s;
}
