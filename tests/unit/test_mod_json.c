// json: every row of test_mod_json_table.h (CPython 3.14's answers, test_mod_json_gen.py)
// through json.loads and json.dumps with the collector running at every allocation; each row
// again with each of its allocations failing in turn; and what the table cannot spell: keys
// that are not str, tuples, sets with and without default=, cycles, the depth limits, the
// string escaper, and JSONDecodeError itself.
#include <stdlib.h>

#include "test_obj_num.h"

#include "interp/mod_json.h"
#include "interp/mod_json_encode.h"
#include "interp/modules.h"
#include "interp/obj_dict.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_tuple.h"

typedef struct JsonLoadsCase {
    const char *doc;
    size_t len;
    bool bytes;
    const char *expected;
} JsonLoadsCase;

typedef struct JsonDumpsCase {
    const char *value, *options, *expected;
} JsonDumpsCase;

#include "test_mod_json_table.h"

static Value jt_json;

static void jt_setup(void) {
    num_setup();
    ck_assert(modules_import(&nx, num_str("json").as.obj, &jt_json));
}

static void jt_teardown(void) {
    num_teardown();
}

// Deep structures: collecting at every allocation would take quadratic time.
static void jt_setup_deep(void) {
    jt_setup();
    nx.gc_threshold = (size_t)1 << 26;
}

enum { JT_MAX_KW = 8 };

// Keyword arguments of a call: parallel arrays, names rooted by num_str.
typedef struct JtKw {
    Obj *names[JT_MAX_KW];
    Value values[JT_MAX_KW];
    uint32_t n;
} JtKw;

static void jt_kw(JtKw *kw, const char *name, Value v) {
    ck_assert(kw->n < JT_MAX_KW);
    kw->names[kw->n] = num_str(name).as.obj;
    kw->values[kw->n++] = v;
}

static Value jt_fn(const char *fn) {
    Value f;
    ck_assert(ops_getattr(&nx, jt_json, num_str(fn).as.obj, &f));
    return f;
}

// f(arg, **kw)
static bool jt_call_fn(Value f, Value arg, const JtKw *kw, Value *out) {
    Args a = {.pos = &arg, .npos = 1, .nkw = kw ? kw->n : 0,
              .kwvalues = kw ? (Value *)kw->values : NULL, .kwnames = kw ? kw->names : NULL};
    return ops_call(&nx, f, &a, out);
}

// json.<fn>(arg, **kw)
static bool jt_call(const char *fn, Value arg, const JtKw *kw, Value *out) {
    return jt_call_fn(jt_fn(fn), arg, kw, out);
}

static int64_t jt_int_attr(Value v, const char *name) {
    Value a;
    ck_assert(ops_getattr(&nx, v, num_str(name).as.obj, &a));
    ck_assert(is_int(a));
    return a.as.i;
}

// The outcome as the generator writes it: repr, or "Type: message" with " @pos,lineno,colno"
// for JSONDecodeError and " [note; note]" for notes.
static const char *jt_outcome(bool ok, Value out, char *text, size_t cap) {
    if (ok) {
        Value rep;
        num_keep(out);
        ck_assert(ops_repr_value(&nx, out, &rep));
        snprintf(text, cap, "%s", as_str(rep)->data);
        return text;
    }
    Value exc = nx.exc;
    num_error_text(text, cap);
    size_t n = strlen(text);
    if (exc.as.obj->type == &mod_json_decode_error) {
        long long pos = jt_int_attr(exc, "pos"), line = jt_int_attr(exc, "lineno");
        long long col = jt_int_attr(exc, "colno");
        n += (size_t)snprintf(text + n, cap - n, " @%lld,%lld,%lld", pos, line, col);
    }
    Value notes = ((ObjException *)exc.as.obj)->notes;
    for (size_t k = 0; !is_undef(notes) && k < as_list(notes)->len && n < cap; k++) {
        n += (size_t)snprintf(text + n, cap - n, "%s%s", k ? "; " : " [",
                              as_str(as_list(notes)->items[k])->data);
    }
    if (!is_undef(notes) && n < cap) snprintf(text + n, cap - n, "]");
    return text;
}

static Value jt_document(const JsonLoadsCase *c) {
    Obj *o = c->bytes ? bytes_new(&nx, c->doc, c->len) : str_new(&nx, c->doc, c->len);
    ck_assert_ptr_nonnull(o);
    return num_keep(v_obj(o));
}

// One option of a dumps row: an int, 'text', T or F, or item~key separators.
static Value jt_option_value(const char *t, size_t n) {
    if (n == 1 && (t[0] == 'T' || t[0] == 'F')) return v_bool(t[0] == 'T');
    if (t[0] == '\'') return num_keep(v_obj(str_new(&nx, t + 1, n - 2)));
    const char *bar = memchr(t, '~', n);
    if (bar) {
        Obj *item = str_new(&nx, t, (size_t)(bar - t));
        ck_assert_ptr_nonnull(item);
        num_keep(v_obj(item));
        Obj *key = str_new(&nx, bar + 1, n - (size_t)(bar - t) - 1);
        ck_assert_ptr_nonnull(key);
        num_keep(v_obj(key));
        Obj *pair = tuple_pack2(&nx, v_obj(item), v_obj(key));
        ck_assert_ptr_nonnull(pair);
        return num_keep(v_obj(pair));
    }
    char num[32];
    snprintf(num, sizeof num, "%.*s", (int)n, t);
    return v_int(strtoll(num, NULL, 10));
}

// "indent=2`sort_keys=T`separators=,~:" as keyword arguments.
static void jt_options(const char *spec, JtKw *kw) {
    kw->n = 0;
    while (*spec) {
        const char *eq = strchr(spec, '='), *end = strchr(spec, '`');
        if (!end) end = spec + strlen(spec);
        char name[32];
        snprintf(name, sizeof name, "%.*s", (int)(eq - spec), spec);
        jt_kw(kw, name, jt_option_value(eq + 1, (size_t)(end - eq - 1)));
        spec = *end ? end + 1 : end;
    }
}

// The value of a dumps row, read by json.loads itself.
static Value jt_value(const char *json) {
    Value v;
    ck_assert_msg(jt_call("loads", num_keep(v_obj(str_new(&nx, json, strlen(json)))), NULL, &v),
                  "bad value %s", json);
    return num_keep(v);
}

START_TEST(test_loads_matches_cpython) {
    const JsonLoadsCase *c = &loads_cases[_i];
    char text[16384];
    Value out = v_undef();
    bool ok = jt_call("loads", jt_document(c), NULL, &out);
    const char *got = jt_outcome(ok, out, text, sizeof text);
    ck_assert_msg(!strcmp(got, c->expected), "loads(%s): got %s, want %s", c->doc, got,
                  c->expected);
}
END_TEST

START_TEST(test_dumps_matches_cpython) {
    const JsonDumpsCase *c = &dumps_cases[_i];
    char text[16384];
    JtKw kw;
    Value v = jt_value(c->value), out = v_undef();
    jt_options(c->options, &kw);
    bool ok = jt_call("dumps", v, &kw, &out);
    const char *got = jt_outcome(ok, out, text, sizeof text);
    ck_assert_msg(!strcmp(got, c->expected), "dumps(%s, %s): got %s, want %s", c->value, c->options,
                  got, c->expected);
}
END_TEST

// A call with its n-th allocation failing: a clean failure (an exception or the limit), the
// roots as they were; true once the call finished without reaching its n-th allocation.
static bool jt_fails_cleanly(const char *fn, Value arg, const JtKw *kw, uint64_t n) {
    Value f = jt_fn(fn), out;
    uint32_t roots = nx.root_count;
    mem_fail_after(&nx, n);
    bool ok = jt_call_fn(f, arg, kw, &out);
    bool reached = nx.mem.fail_after == 0;
    mem_fail_after(&nx, 0);
    ck_assert_msg(nx.root_count == roots, "%s: roots %u, want %u", fn, nx.root_count, roots);
    if (ok) ck_assert_msg(nx.abort == ABORT_NONE, "%s: a result past a failed allocation", fn);
    else ck_assert(nx.abort != ABORT_NONE || is_exception(nx.exc));
    nx.abort = ABORT_NONE;
    exc_clear(&nx);
    return !reached;
}

START_TEST(test_loads_alloc_failures) {
    for (uint64_t n = 1;; n++) {
        if (jt_fails_cleanly("loads", jt_document(&loads_cases[_i]), NULL, n)) break;
        jt_teardown();
        jt_setup();
    }
}
END_TEST

START_TEST(test_dumps_alloc_failures) {
    const JsonDumpsCase *c = &dumps_cases[_i];
    for (uint64_t n = 1;; n++) {
        JtKw kw;
        Value v = jt_value(c->value);
        jt_options(c->options, &kw);
        if (jt_fails_cleanly("dumps", v, &kw, n)) break;
        jt_teardown();
        jt_setup();
    }
}
END_TEST

// ---- what the table cannot spell ----

static Value jt_str(const char *s) {
    return num_keep(v_obj(str_new(&nx, s, strlen(s))));
}

static const char *jt_dumps(Value v, const JtKw *kw, char *text, size_t cap) {
    Value out = v_undef();
    bool ok = jt_call("dumps", v, kw, &out);
    if (ok) {
        snprintf(text, cap, "%s", as_str(out)->data);
        return text;
    }
    return jt_outcome(false, out, text, cap);
}

START_TEST(test_dumps_converts_keys_to_strings) {
    char text[512];
    Obj *d = dict_new(&nx);
    Value dv = num_keep(v_obj(d));
    ck_assert(dict_set(&nx, d, v_int(2), jt_str("i")));
    ck_assert(dict_set(&nx, d, v_float(1.5), jt_str("f")));
    ck_assert(dict_set(&nx, d, v_bool(true), jt_str("t")));
    ck_assert(dict_set(&nx, d, v_none(), jt_str("n")));
    ck_assert(dict_set(&nx, d, num_literal("1180591620717411303424"), jt_str("big")));
    ck_assert(dict_set(&nx, d, v_float(-__builtin_inf()), jt_str("inf")));
    ck_assert_str_eq(jt_dumps(dv, NULL, text, sizeof text),
                     "{\"2\": \"i\", \"1.5\": \"f\", \"true\": \"t\", \"null\": \"n\", "
                     "\"1180591620717411303424\": \"big\", \"-Infinity\": \"inf\"}");
    JtKw kw = {0};
    jt_kw(&kw, "allow_nan", v_bool(false));
    ck_assert_str_eq(jt_dumps(dv, &kw, text, sizeof text),
                     "ValueError: Out of range float values are not JSON compliant: -inf");
}
END_TEST

START_TEST(test_dumps_refuses_or_skips_other_keys) {
    char text[512];
    Obj *d = dict_new(&nx);
    Value dv = num_keep(v_obj(d));
    Obj *key = tuple_pack2(&nx, v_int(1), v_int(2));
    ck_assert(dict_set(&nx, d, num_keep(v_obj(key)), v_int(1)));
    ck_assert(dict_set(&nx, d, jt_str("a"), v_int(2)));
    ck_assert_str_eq(jt_dumps(dv, NULL, text, sizeof text),
                     "TypeError: keys must be str, int, float, bool or None, not tuple");
    JtKw kw = {0};
    jt_kw(&kw, "skipkeys", v_bool(true));
    jt_kw(&kw, "indent", v_int(1));
    ck_assert_str_eq(jt_dumps(dv, &kw, text, sizeof text), "{\n \"a\": 2\n}");
}
END_TEST

START_TEST(test_dumps_writes_tuples_as_arrays_and_notes_errors) {
    char text[512];
    Obj *s = set_new(&nx, false);
    Value sv = num_keep(v_obj(s));
    ck_assert(set_add(&nx, s, v_int(3)));
    Obj *inner = tuple_pack2(&nx, v_int(1), sv);
    Value iv = num_keep(v_obj(inner));
    Obj *d = dict_new(&nx);
    Value dv = num_keep(v_obj(d));
    ck_assert(dict_set(&nx, d, jt_str("k"), iv));
    ck_assert_str_eq(jt_dumps(dv, NULL, text, sizeof text),
                     "TypeError: Object of type set is not JSON serializable "
                     "[when serializing tuple item 1; when serializing dict item 'k']");
    JtKw kw = {0};
    jt_kw(&kw, "default", v_obj((Obj *)&type_list));
    ck_assert_str_eq(jt_dumps(dv, &kw, text, sizeof text), "{\"k\": [1, [3]]}");
}
END_TEST

START_TEST(test_dumps_detects_cycles_but_not_shared_values) {
    char text[512];
    Obj *l = list_new(&nx, 0);
    Value lv = num_keep(v_obj(l));
    Obj *shared = list_new(&nx, 0);
    Value sv = num_keep(v_obj(shared));
    ck_assert(list_append(&nx, shared, v_int(7)));
    for (int k = 0; k < 200; k++) ck_assert(list_append(&nx, l, sv));
    Value out;
    ck_assert(jt_call("dumps", lv, NULL, &out));
    ck_assert_uint_eq(as_str(out)->len, 200 * 3 + 199 * 2 + 2);
    ck_assert(list_append(&nx, shared, lv));
    ck_assert_str_eq(jt_dumps(lv, NULL, text, sizeof text),
                     "ValueError: Circular reference detected "
                     "[when serializing list item 1; when serializing list item 0]");
}
END_TEST

START_TEST(test_dumps_without_circular_check_stops_at_the_depth_limit) {
    char text[256];
    Obj *l = list_new(&nx, 0);
    Value lv = num_keep(v_obj(l));
    ck_assert(list_append(&nx, l, lv));
    JtKw kw = {0};
    jt_kw(&kw, "check_circular", v_bool(false));
    Value out;
    ck_assert(!jt_call("dumps", lv, &kw, &out));
    Value exc = nx.exc;
    ck_assert_uint_eq(as_list(((ObjException *)exc.as.obj)->notes)->len, MOD_JSON_MAX_DEPTH);
    ck_assert_str_eq(num_error_text(text, sizeof text),
                     "RecursionError: maximum recursion depth exceeded while encoding a JSON "
                     "object");
}
END_TEST

// '[' * depth + ']' * depth
static Value jt_nested_doc(size_t depth) {
    ObjStr *s = str_alloc(&nx, 2 * depth);
    ck_assert_ptr_nonnull(s);
    memset(s->data, '[', depth);
    memset(s->data + depth, ']', depth);
    str_finish(s);
    return num_keep(v_obj(&s->base));
}

START_TEST(test_loads_depth_limit) {
    char text[256];
    Value out;
    ck_assert(jt_call("loads", jt_nested_doc(MOD_JSON_MAX_DEPTH), NULL, &out));
    num_keep(out);
    ck_assert(!jt_call("loads", jt_nested_doc(MOD_JSON_MAX_DEPTH + 1), NULL, &out));
    ck_assert_str_eq(num_error_text(text, sizeof text),
                     "RecursionError: maximum recursion depth exceeded while decoding a JSON array "
                     "from a unicode string");
    // the value just read back is MOD_JSON_MAX_DEPTH deep: dumps writes it, and no deeper
    Value back;
    ck_assert(jt_call("dumps", out, NULL, &back));
    ck_assert_uint_eq(as_str(back)->len, 2 * MOD_JSON_MAX_DEPTH);
    Obj *outer = list_new(&nx, 0);
    ck_assert(list_append(&nx, outer, out));
    ck_assert(!jt_call("dumps", num_keep(v_obj(outer)), NULL, &back));
    ck_assert(exc_pending_is(&nx, &exc_RecursionError));
}
END_TEST

static const struct {
    const char *text;
    bool ascii;
    const char *expected;
} escape_rows[] = {
    {"plain", true, "\"plain\""},
    {"", true, "\"\""},
    {"q\"b\\s/", true, "\"q\\\"b\\\\s/\""},
    {"\b\f\n\r\t\x01\x1f\x7f", true, "\"\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f\""},
    {"\b\f\n\r\t\x01\x1f\x7f", false, "\"\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\""},
    {"\xc3\xa9\xe2\x80\xa8\xef\xbf\xbf", true, "\"\\u00e9\\u2028\\uffff\""},
    {"\xc3\xa9\xe2\x80\xa8", false, "\"\xc3\xa9\xe2\x80\xa8\""},
    {"\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf", true, "\"\\ud83d\\ude00\\udbff\\udfff\""},
    {"\xed\xa0\x80x\xed\xb0\x80", true, "\"\\ud800x\\udc00\""},
    {"\xed\xa0\x80", false, "\"\xed\xa0\x80\""},
};

START_TEST(test_encode_string_escapes) {
    Buf b;
    buf_init(&b, &nx);
    const char *t = escape_rows[_i].text;
    ck_assert(mod_json_encode_string(&b, t, strlen(t), escape_rows[_i].ascii));
    ck_assert(buf_append_char(&b, '\0'));
    ck_assert_str_eq(b.data, escape_rows[_i].expected);
    buf_fini(&b);
}
END_TEST

START_TEST(test_decode_error_counts_code_points) {
    // "é" is two bytes: positions, lines and columns count code points, as CPython's do
    Value doc = jt_str("[\"\xc3\xa9\",\n \"\xc3\xa9\xc3\xa9\" x]");
    Value out;
    ck_assert(!jt_call("loads", doc, NULL, &out));
    Value exc = num_keep(nx.exc);
    char text[256];
    ck_assert_str_eq(jt_outcome(false, out, text, sizeof text),
                     "JSONDecodeError: Expecting ',' delimiter: line 2 column 7 (char 12) @12,2,7");
    Value msg, d;
    ck_assert(ops_getattr(&nx, exc, num_str("msg").as.obj, &msg));
    ck_assert_str_eq(as_str(msg)->data, "Expecting ',' delimiter");
    ck_assert(ops_getattr(&nx, exc, num_str("doc").as.obj, &d));
    ck_assert(d.as.obj == doc.as.obj);
    ck_assert(type_is_subtype(exc.as.obj->type, &exc_ValueError));
}
END_TEST

START_TEST(test_decode_error_constructor) {
    char text[256];
    Value args[3] = {jt_str("boom"), jt_str("ab\ncd\nef"), v_int(5)}, e;
    Value cls = v_obj((Obj *)&mod_json_decode_error);
    ck_assert(ops_call(&nx, cls, &(Args){.pos = args, .npos = 3}, &e));
    num_keep(e);
    ck_assert_str_eq(jt_outcome(true, e, text, sizeof text),
                     "JSONDecodeError('boom: line 2 column 3 (char 5)')");
    ck_assert_int_eq(jt_int_attr(e, "lineno"), 2);
    ck_assert_int_eq(jt_int_attr(e, "colno"), 3);
    ck_assert(ops_setattr(&nx, e, num_str("pos").as.obj, v_int(9)));
    ck_assert_int_eq(jt_int_attr(e, "pos"), 9);
    ck_assert(!ops_call(&nx, cls, &(Args){.pos = args, .npos = 1}, &e));
    ck_assert_str_eq(num_error_text(text, sizeof text),
                     "TypeError: JSONDecodeError.__init__() missing 2 required positional "
                     "arguments: 'doc' and 'pos'");
}
END_TEST

START_TEST(test_module_names) {
    static const char *const names[] = {"JSONDecodeError", "JSONDecoder", "JSONEncoder", "dumps", "loads"};
    for (size_t k = 0; k < 5; k++) {
        Value v;
        ck_assert(ops_getattr(&nx, jt_json, num_str(names[k]).as.obj, &v));
    }
    ck_assert_uint_eq(dict_len(module_dict(jt_json.as.obj)), 5);
    Value v;
    ck_assert(!ops_getattr(&nx, jt_json, num_str("dump").as.obj, &v));
    ck_assert(exc_pending_is(&nx, &exc_AttributeError));
}
END_TEST

#define JT_ROWS(table) (int)(sizeof table / sizeof *table)

Suite *mod_json_suite(void) {
    Suite *s = suite_create("mod_json");
    TCase *tc = tcase_create("cpython");
    tcase_add_checked_fixture(tc, jt_setup, jt_teardown);
    tcase_add_loop_test(tc, test_loads_matches_cpython, 0, JT_ROWS(loads_cases));
    tcase_add_loop_test(tc, test_dumps_matches_cpython, 0, JT_ROWS(dumps_cases));
    tcase_add_test(tc, test_dumps_converts_keys_to_strings);
    tcase_add_test(tc, test_dumps_refuses_or_skips_other_keys);
    tcase_add_test(tc, test_dumps_writes_tuples_as_arrays_and_notes_errors);
    tcase_add_test(tc, test_dumps_detects_cycles_but_not_shared_values);
    tcase_add_loop_test(tc, test_encode_string_escapes, 0, JT_ROWS(escape_rows));
    tcase_add_test(tc, test_decode_error_counts_code_points);
    tcase_add_test(tc, test_decode_error_constructor);
    tcase_add_test(tc, test_module_names);
    suite_add_tcase(s, tc);
#ifdef MOAT_GC_STRESS
    (void)jt_setup_deep, (void)test_loads_depth_limit;
    (void)test_dumps_without_circular_check_stops_at_the_depth_limit;
#else
    // 100,000 levels with a collection at every allocation would take hours: these two run in
    // the release and ASan builds only.
    TCase *deep = tcase_create("depth");
    tcase_add_checked_fixture(deep, jt_setup_deep, jt_teardown);
    tcase_set_timeout(deep, 60);
    tcase_add_test(deep, test_loads_depth_limit);
    tcase_add_test(deep, test_dumps_without_circular_check_stops_at_the_depth_limit);
    suite_add_tcase(s, deep);
#endif
    TCase *sweep = tcase_create("alloc_failures");
    tcase_add_checked_fixture(sweep, jt_setup, jt_teardown);
    tcase_set_timeout(sweep, 120);
    tcase_add_loop_test(sweep, test_loads_alloc_failures, 0, JT_ROWS(loads_cases));
    tcase_add_loop_test(sweep, test_dumps_alloc_failures, 0, JT_ROWS(dumps_cases));
    suite_add_tcase(s, sweep);
    return s;
}
