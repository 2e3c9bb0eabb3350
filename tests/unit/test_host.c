// The host boundary through the C API: external calls suspend the run wherever they happen,
// arguments reach the host as written, results and exceptions come back, and host values
// convert both ways (JSON included) without trusting either side.
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moat.h"
#include "suites.h"

static const MoatExternal tools[] = {{"tool", false}, {"other", false}, {"fetch", true}};

// Starts src with the tools above; the progress is the caller's.
static MoatProgress *start(const char *src, MoatProgram **prog) {
    ck_assert_int_eq(moat_compile(src, strlen(src), "t.py", prog), MOAT_OK);
    MoatRunOptions o;
    moat_run_options_init(&o);
    o.limits.max_duration = 2;
    o.externals = tools;
    o.external_count = 3;
    MoatProgress *p;
    ck_assert_int_eq(moat_start(*prog, &o, &p), MOAT_OK);
    return p;
}

static char *json_of(const MoatValue *v) {
    char *s;
    ck_assert_int_eq(moat_value_to_json(v, &s, NULL), MOAT_OK);
    return s;
}

static void assert_json(const MoatValue *v, const char *want) {
    char *s = json_of(v);
    ck_assert_str_eq(s, want);
    moat_free(s);
}

// Answers every call with the int of its first argument doubled, counting calls.
static int answer_doubling(MoatProgress *p) {
    int calls = 0;
    while (moat_progress_kind(p) == MOAT_PROGRESS_CALL) {
        const MoatValue *a0 = moat_value_item(moat_progress_call_args(p), 0);
        int64_t n;
        ck_assert(a0 && moat_value_as_int(a0, &n));
        MoatValue *r = moat_value_int(2 * n);
        ck_assert_int_eq(moat_resume(p, moat_progress_call_id(p), r), MOAT_OK);
        moat_value_free(r);
        calls++;
    }
    return calls;
}

static const struct {
    const char *src, *result;
    int calls;
} suspending[] = {
    {"tool(21)\n", "42", 1},
    {"def f(n):\n    return tool(n) + 1\nf(1) + f(2)\n", "8", 2},
    {"[tool(i) for i in range(4)]\n", "[0, 2, 4, 6]", 4},
    {"def g():\n    for i in range(3):\n        yield tool(i)\nlist(x for x in [1])\n"
     "t = 0\nfor v in g():\n    t += v\nt\n", "6", 3},
    {"try:\n    x = tool(5)\nfinally:\n    y = tool(6)\n(x, y)\n", "(10, 12)", 2},
    {"try:\n    raise ValueError\nexcept ValueError:\n    z = tool(7)\nz\n", "14", 1},
    {"i = 0\nwhile tool(i) < 10:\n    i += 1\ni\n", "5", 6},
    {"d = {tool(1): tool(2)}\nd\n", "{2: 4}", 2},
    {"f = lambda v: tool(v) * 10\nf(3)\n", "60", 1},
    {"def outer():\n    def inner():\n        return tool(4)\n    return inner()\nouter()\n", "8", 1},
    {"args = (8,)\ntool(*args)\n", "16", 1},
};

START_TEST(test_call_suspends_anywhere) {
    MoatProgram *prog;
    MoatProgress *p = start(suspending[_i].src, &prog);
    int calls = answer_doubling(p);
    ck_assert_msg(moat_progress_kind(p) == MOAT_PROGRESS_DONE, "row %d: %s", _i,
                  moat_progress_kind(p) == MOAT_PROGRESS_ERROR ? moat_progress_error_traceback(p) : "");
    ck_assert_str_eq(moat_progress_result_repr(p), suspending[_i].result);
    ck_assert_int_eq(calls, suspending[_i].calls);
    moat_progress_free(p);
    moat_program_free(prog);
}
END_TEST

START_TEST(test_call_arguments_reach_host_as_written) {
    MoatProgram *prog;
    MoatProgress *p = start("tool(1, 'two', [3.5, None], (True,), {'k': {4}}, 2 ** 80, b'\\x00',"
                            " frozenset(), unit='C', n=-7)\n", &prog);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_CALL);
    ck_assert_str_eq(moat_progress_call_name(p), "tool");
    ck_assert_int_eq(moat_progress_call_id(p), 1);
    assert_json(moat_progress_call_args(p),
                "{\"$tuple\": [1, \"two\", [3.5, null], {\"$tuple\": [true]}, {\"k\": {\"$set\": [4]}}, "
                "{\"$int\": \"1208925819614629174706176\"}, {\"$bytes\": \"AA==\"}, {\"$frozenset\": []}]}");
    assert_json(moat_progress_call_kwargs(p), "{\"unit\": \"C\", \"n\": -7}");
    MoatValue *none = moat_value_none();
    ck_assert_int_eq(moat_resume(p, 2, none), MOAT_ERR_INVALID);  // not the waiting call
    ck_assert_int_eq(moat_resume(p, 1, none), MOAT_OK);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_DONE);
    ck_assert_str_eq(moat_progress_result_repr(p), "None");
    ck_assert_int_eq(moat_resume(p, 1, none), MOAT_ERR_INVALID);  // the run is over
    moat_value_free(none);
    moat_progress_free(p);
    moat_program_free(prog);
}
END_TEST

START_TEST(test_host_exception_is_catchable) {
    MoatProgram *prog;
    MoatProgress *p = start("try:\n    tool()\nexcept KeyError as e:\n    r = repr(e)\nr\n", &prog);
    MoatValue *e = moat_value_exception("KeyError", "missing");
    ck_assert_int_eq(moat_resume(p, moat_progress_call_id(p), e), MOAT_OK);
    moat_value_free(e);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_DONE);
    ck_assert_str_eq(moat_progress_result_repr(p), "\"KeyError('missing')\"");
    moat_progress_free(p);
    moat_program_free(prog);
}
END_TEST

START_TEST(test_uncaught_host_exception_has_traceback) {
    MoatProgram *prog;
    MoatProgress *p = start("def f():\n    return other(1)\nf()\n", &prog);
    MoatValue *e = moat_value_exception("NoSuchErrorClass", "boom");  // unknown: RuntimeError
    ck_assert_int_eq(moat_resume(p, moat_progress_call_id(p), e), MOAT_OK);
    moat_value_free(e);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_ERROR);
    ck_assert_str_eq(moat_progress_error_type(p), "RuntimeError");
    ck_assert_str_eq(moat_progress_error_traceback(p),
                     "Traceback (most recent call last):\n"
                     "  File \"t.py\", line 3, in <module>\n"
                     "    f()\n"
                     "    ~^^\n"
                     "  File \"t.py\", line 2, in f\n"
                     "    return other(1)\n"
                     "RuntimeError: boom");
    moat_progress_free(p);
    moat_program_free(prog);
}
END_TEST

// What cannot cross to the host raises TypeError at the call, in the script.
START_TEST(test_unsendable_argument_raises_in_script) {
    static const char *const srcs[] = {
        "try:\n    tool(len)\nexcept TypeError as e:\n    r = str(e)\nr\n",
        "x = []\nx.append(x)\ntry:\n    tool(x)\nexcept TypeError as e:\n    r = str(e)\nr\n",
        "try:\n    tool(k=(i for i in []))\nexcept TypeError as e:\n    r = str(e)\nr\n",
    };
    static const char *const want[] = {
        ("\"cannot pass an object of this type (only None, bool, int, float, str, bytes, list, "
         "tuple, dict, set and frozenset cross) to external function 'tool': "
         "builtin_function_or_method\""),
        "\"cannot pass a value nested this deeply (or cyclic) to external function 'tool': list\"",
        ("\"cannot pass an object of this type (only None, bool, int, float, str, bytes, list, "
         "tuple, dict, set and frozenset cross) to external function 'tool': generator\""),
    };
    MoatProgram *prog;
    MoatProgress *p = start(srcs[_i], &prog);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_DONE);
    ck_assert_str_eq(moat_progress_result_repr(p), want[_i]);
    moat_progress_free(p);
    moat_program_free(prog);
}
END_TEST

START_TEST(test_host_result_is_checked) {
    MoatProgram *prog;
    MoatProgress *p = start("tool()\n", &prog);
    // a list nested 1000 deep: refused with an error naming the tool, not a crash
    MoatValue *v = moat_value_container(MOAT_VALUE_LIST);
    for (int k = 0; k < 1000; k++) {
        MoatValue *outer = moat_value_container(MOAT_VALUE_LIST);
        ck_assert_int_eq(moat_value_append(outer, v), MOAT_OK);
        v = outer;
    }
    ck_assert_int_eq(moat_resume(p, 1, v), MOAT_OK);
    moat_value_free(v);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_ERROR);
    ck_assert_str_eq(moat_progress_error_message(p),
                     "the value external function 'tool' returned is nested too deeply");
    moat_progress_free(p);
    moat_program_free(prog);
}
END_TEST

START_TEST(test_unhashable_host_key_raises) {
    MoatProgram *prog;
    MoatProgress *p = start("try:\n    tool()\nexcept TypeError as e:\n    r = str(e)\nr\n", &prog);
    MoatValue *v;
    ck_assert_int_eq(moat_value_from_json("{\"$dict\": [[[1], 2]]}", 21, &v, NULL, 0), MOAT_OK);
    ck_assert_int_eq(moat_resume(p, 1, v), MOAT_OK);
    moat_value_free(v);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_DONE);
    ck_assert_str_eq(moat_progress_result_repr(p), "\"cannot use 'list' as a dict key (unhashable type: 'list')\"");
    moat_progress_free(p);
    moat_program_free(prog);
}
END_TEST

START_TEST(test_inputs_are_globals) {
    const char *src = "(deals[0]['amount'] * 2, region)\n";
    MoatProgram *prog;
    ck_assert_int_eq(moat_compile(src, strlen(src), "t.py", &prog), MOAT_OK);
    MoatValue *deals, *region;
    const char *j = "[{\"amount\": 21}]";
    ck_assert_int_eq(moat_value_from_json(j, strlen(j), &deals, NULL, 0), MOAT_OK);
    region = moat_value_str("eu", 2);
    const char *names[] = {"deals", "region"};
    const MoatValue *values[] = {deals, region};
    MoatRunOptions o;
    moat_run_options_init(&o);
    o.input_names = names;
    o.input_values = values;
    o.input_count = 2;
    MoatProgress *p;
    ck_assert_int_eq(moat_start(prog, &o, &p), MOAT_OK);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_DONE);
    ck_assert_str_eq(moat_progress_result_repr(p), "(42, 'eu')");
    moat_progress_free(p);
    moat_value_free(deals);
    moat_value_free(region);
    moat_program_free(prog);
}
END_TEST

// Each NaN crossing into the run is a new float object (x is x, x is not y); a NaN crossing out
// carries no trace of the run's identities: its bits are the plain NaN of its sign.
START_TEST(test_nan_crossing_is_a_new_object_and_leaves_plain) {
    const char *src = "r = tool(x, -x)\n"
                      "(x is x, x is y, [x] == [x], [x] == [y], len({x, y, r, r}), r is r)\n";
    MoatProgram *prog;
    ck_assert_int_eq(moat_compile(src, strlen(src), "t.py", &prog), MOAT_OK);
    MoatValue *x = moat_value_float(NAN), *y = moat_value_float(NAN);
    const char *names[] = {"x", "y"};
    const MoatValue *values[] = {x, y};
    MoatRunOptions o;
    moat_run_options_init(&o);
    o.input_names = names;
    o.input_values = values;
    o.input_count = 2;
    o.externals = tools;
    o.external_count = 1;
    MoatProgress *p;
    ck_assert_int_eq(moat_start(prog, &o, &p), MOAT_OK);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_CALL);
    double plain = NAN, plain_neg = -NAN;
    for (size_t k = 0; k < 2; k++) {
        double got = moat_value_as_float(moat_value_item(moat_progress_call_args(p), k));
        ck_assert(memcmp(&got, k ? &plain_neg : &plain, sizeof got) == 0);
    }
    ck_assert_int_eq(moat_resume(p, moat_progress_call_id(p), x), MOAT_OK);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_DONE);
    ck_assert_str_eq(moat_progress_result_repr(p), "(True, False, True, False, 3, True)");
    moat_progress_free(p);
    moat_value_free(x);
    moat_value_free(y);
    moat_program_free(prog);
}
END_TEST

START_TEST(test_declared_inputs_must_be_given) {
    const char *src = "limit * 2\n";
    const char *declared[] = {"limit"};
    MoatProgram *prog;
    ck_assert_int_eq(moat_compile_with_inputs(src, strlen(src), "t.py", declared, 1, &prog), MOAT_OK);
    MoatValue *v = moat_value_int(21);
    const char *names[] = {"limit", "extra"};
    const MoatValue *values[] = {v, v};
    MoatRunOptions o;
    moat_run_options_init(&o);
    MoatProgress *p = NULL;
    ck_assert_int_eq(moat_start(prog, &o, &p), MOAT_ERR_INVALID);  // limit missing
    o.input_names = names;
    o.input_values = values;
    o.input_count = 2;
    ck_assert_int_eq(moat_start(prog, &o, &p), MOAT_ERR_INVALID);  // extra not declared
    o.input_count = 1;
    ck_assert_int_eq(moat_start(prog, &o, &p), MOAT_OK);
    ck_assert_str_eq(moat_progress_result_repr(p), "42");
    moat_progress_free(p);
    moat_value_free(v);
    moat_program_free(prog);
}
END_TEST

static const char *const round_trips[] = {
    "null", "true", "-7", "1.5", "0.1", "1e+300", "\"\\u00e9\\ud83d\\ude00\\n\"", "[1, [2, []]]", "{\"a\": 1, \"b\": {}}",
    "{\"$tuple\": [1, {\"$set\": [2]}]}", "{\"$frozenset\": []}", "{\"$bytes\": \"AAEC\"}",
    "{\"$int\": \"-123456789012345678901234567890\"}", "{\"$float\": \"nan\"}",
    "{\"$float\": \"-inf\"}", "{\"$dict\": [[1, 2], [[3], 4]]}", "{\"$dict\": [[\"$tuple\", 1]]}",
    "{\"$exception\": {\"type\": \"KeyError\", \"message\": \"k\"}}",
};

START_TEST(test_json_round_trip) {
    MoatValue *v;
    const char *j = round_trips[_i];
    ck_assert_int_eq(moat_value_from_json(j, strlen(j), &v, NULL, 0), MOAT_OK);
    assert_json(v, j);
    MoatValue *c = moat_value_copy(v);
    assert_json(c, j);
    moat_value_free(c);
    moat_value_free(v);
}
END_TEST

static const char *const bad_json[] = {
    "", "[1,", "{\"$tuple\": 1}", "{\"$bytes\": \"A\"}", "{\"$int\": \"12x\"}", "{\"$float\": \"1\"}",
    "{\"$dict\": [[1]]}", "{\"$nope\": 1}", "\"\\ud800\"",
};

START_TEST(test_json_rejects_malformed) {
    MoatValue *v = NULL;
    char err[200] = "";
    const char *j = bad_json[_i];
    ck_assert_int_eq(moat_value_from_json(j, strlen(j), &v, err, sizeof err), MOAT_ERR_INVALID);
    ck_assert_ptr_null(v);
    ck_assert(err[0]);
}
END_TEST

START_TEST(test_value_constructors_validate) {
    ck_assert_ptr_null(moat_value_str("\xff", 1));
    ck_assert_ptr_null(moat_value_int_decimal("12a"));
    ck_assert_ptr_null(moat_value_int_decimal("-"));
    MoatValue *big = moat_value_int_decimal("9223372036854775808");
    int64_t n;
    ck_assert(!moat_value_as_int(big, &n));
    ck_assert_str_eq(moat_value_int_digits(big), "9223372036854775808");
    moat_value_free(big);
    MoatValue *edge = moat_value_int_decimal("-9223372036854775807");
    ck_assert(moat_value_as_int(edge, &n));
    ck_assert(n == -9223372036854775807LL);
    moat_value_free(edge);
    MoatValue *f = moat_value_float(NAN);
    assert_json(f, "{\"$float\": \"nan\"}");
    moat_value_free(f);
    MoatValue *list = moat_value_container(MOAT_VALUE_LIST);
    ck_assert_int_eq(moat_value_dict_set(list, moat_value_none(), moat_value_none()), MOAT_ERR_INVALID);
    ck_assert_ptr_null(moat_value_container(MOAT_VALUE_STR));
    ck_assert_int_eq(moat_value_append(list, list), MOAT_ERR_INVALID);  // no cycle, list kept
    moat_value_free(list);
    // nesting stops at 1000 levels, so freeing, copying and JSON never recurse without end
    MoatValue *deep = moat_value_container(MOAT_VALUE_LIST);
    for (int k = 0; k < 999; k++) {
        MoatValue *outer = moat_value_container(MOAT_VALUE_LIST);
        ck_assert_int_eq(moat_value_append(outer, deep), MOAT_OK);
        deep = outer;
    }
    MoatValue *top = moat_value_container(MOAT_VALUE_LIST);
    ck_assert_int_eq(moat_value_append(top, deep), MOAT_OK);  // 1000 levels
    MoatValue *over = moat_value_container(MOAT_VALUE_LIST);
    ck_assert_int_eq(moat_value_append(over, top), MOAT_ERR_INVALID);  // top freed with it
    moat_value_free(over);
}
END_TEST

// The host defers every async call, then answers the pending ones last first: the results
// still land where each was awaited.
START_TEST(test_async_calls_gathered_are_all_pending_at_once) {
    const char *src = "import asyncio\n"
                      "async def one(n):\n    return await fetch(n) + 1\n"
                      "async def main():\n    return await asyncio.gather(one(1), one(2), one(3))\n"
                      "asyncio.run(main())\n";
    MoatProgram *prog;
    MoatProgress *p = start(src, &prog);
    uint64_t ids[3];
    for (int k = 0; k < 3; k++) {
        ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_CALL);
        ck_assert(moat_progress_call_is_async(p));
        ids[k] = moat_progress_call_id(p);
        ck_assert_int_eq(moat_defer(p, ids[k]), MOAT_OK);
    }
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_WAITING);
    ck_assert_int_eq(moat_progress_pending_count(p), 3);
    for (int k = 2; k >= 0; k--) {
        ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_WAITING);
        MoatValue *v = moat_value_int(10 * (k + 1));
        ck_assert_int_eq(moat_resume(p, ids[k], v), MOAT_OK);
        moat_value_free(v);
    }
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_DONE);
    ck_assert_str_eq(moat_progress_result_repr(p), "[11, 21, 31]");
    moat_progress_free(p);
    moat_program_free(prog);
}
END_TEST

START_TEST(test_async_call_answered_at_once_or_failing) {
    const char *src = "x = await fetch(1)\n"
                      "f = fetch(2)\n"
                      "try:\n    await f\nexcept KeyError as e:\n    y = repr(e)\n"
                      "(x, y)\n";
    MoatProgram *prog;
    MoatProgress *p = start(src, &prog);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_CALL);
    MoatValue *v = moat_value_str("now", 3);
    ck_assert_int_eq(moat_resume(p, 1, v), MOAT_OK);  // answered before it is awaited
    moat_value_free(v);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_CALL);
    ck_assert_int_eq(moat_defer(p, 1), MOAT_ERR_INVALID);  // not the waiting call
    ck_assert_int_eq(moat_defer(p, 2), MOAT_OK);
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_WAITING);
    ck_assert_int_eq(moat_progress_pending_id(p, 0), 2);
    MoatValue *none = moat_value_none();
    ck_assert_int_eq(moat_resume(p, 7, none), MOAT_ERR_INVALID);  // nobody waits on 7
    moat_value_free(none);
    MoatValue *e = moat_value_exception("KeyError", "gone");
    ck_assert_int_eq(moat_resume(p, 2, e), MOAT_OK);
    moat_value_free(e);
    ck_assert_msg(moat_progress_kind(p) == MOAT_PROGRESS_DONE, "%s",
                  moat_progress_kind(p) == MOAT_PROGRESS_ERROR ? moat_progress_error_traceback(p) : "");
    ck_assert_str_eq(moat_progress_result_repr(p), "('now', \"KeyError('gone')\")");
    moat_progress_free(p);
    moat_program_free(prog);
}
END_TEST

START_TEST(test_sync_call_cannot_be_deferred) {
    MoatProgram *prog;
    MoatProgress *p = start("tool(1)\n", &prog);
    ck_assert(!moat_progress_call_is_async(p));
    ck_assert_int_eq(moat_defer(p, 1), MOAT_ERR_INVALID);
    moat_progress_free(p);  // freeing a suspended run is fine
    moat_program_free(prog);
}
END_TEST

// The stub guards each call both ways: the arguments, then the host's answer.
static const char guard_stub[] =
    "from typing import Literal, TypedDict, NotRequired\n"
    "class Deal(TypedDict):\n    name: str\n    amount: float\n    note: NotRequired[str]\n"
    "def find(query: str, *, limit: int = ..., status: Literal['open', 'won'] | None = ...) -> list[Deal]: ...\n"
    "def pair(a: tuple[int, str], *rest: int, **opts: bool) -> dict[str, int]: ...\n";

static const struct {
    const char *call, *answer, *want;  // want: the result's repr, or the TypeError's message
} guarded[] = {
    {"find('x')", "[{\"name\": \"a\", \"amount\": 1}]", "[{'name': 'a', 'amount': 1}]"},
    {"find(3)", NULL, "find() argument 'query' is int, not str"},
    {"find('x', 5)", NULL, "find() takes 1 positional argument but 2 were given"},
    {"find()", NULL, "find() missing 1 required positional argument: 'query'"},
    {"find('x', lim=1)", NULL, "find() got an unexpected keyword argument 'lim'"},
    {"find('x', status='lost')", NULL, "find() argument 'status' is 'lost', not one of Literal['open', 'won']"},
    {"find('x', status=None, limit=True)", "[]", "[]"},
    {"find('x')", "[{\"name\": \"a\"}]",
     "external function 'find' returned a value its stub does not allow (-> list[Deal]): the value[0]['amount'] is missing"},
    {"find('x')", "[{\"name\": \"a\", \"amount\": \"1\"}]",
     "external function 'find' returned a value its stub does not allow (-> list[Deal]): the value[0]['amount'] is str, not float"},
    {"pair((1, 'a'), 2, 3, x=True)", "{\"k\": 1}", "{'k': 1}"},
    {"pair((1, 2))", NULL, "pair() argument 'a'[1] is int, not str"},
    {"pair((1, 'a'), 'b')", NULL, "pair() argument 'rest' is str, not int"},
    {"pair((1, 'a'), x=1)", NULL, "pair() argument 'x' is int, not bool"},
    {"pair((1, 'a'))", "{\"k\": null}",
     "external function 'pair' returned a value its stub does not allow (-> dict[str, int]): the value['k'] is None, not int"},
};

START_TEST(test_stub_guards_calls_both_ways) {
    MoatStubs *stubs;
    ck_assert_int_eq(moat_stubs_new(&stubs), MOAT_OK);
    ck_assert_int_eq(moat_stubs_add(stubs, guard_stub, strlen(guard_stub), "crm.pyi", NULL), MOAT_OK);
    char src[512];
    snprintf(src, sizeof src, "try:\n    r = %s\nexcept TypeError as e:\n    r = str(e)\nr\n", guarded[_i].call);
    MoatProgram *prog;
    ck_assert_int_eq(moat_compile(src, strlen(src), "t.py", &prog), MOAT_OK);
    MoatRunOptions o;
    moat_run_options_init(&o);
    o.stubs = stubs;
    MoatProgress *p;
    ck_assert_int_eq(moat_start(prog, &o, &p), MOAT_OK);
    if (guarded[_i].answer) {
        ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_CALL);
        MoatValue *v;
        ck_assert_int_eq(moat_value_from_json(guarded[_i].answer, strlen(guarded[_i].answer), &v, NULL, 0), MOAT_OK);
        ck_assert_int_eq(moat_resume(p, moat_progress_call_id(p), v), MOAT_OK);
        moat_value_free(v);
    }
    ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_DONE);
    const char *got = moat_progress_result_repr(p);
    if (got[0] == '\'' || got[0] == '"') {
        ck_assert_int_eq(strncmp(got + 1, guarded[_i].want, strlen(guarded[_i].want)), 0);
    } else {
        ck_assert_str_eq(got, guarded[_i].want);
    }
    moat_progress_free(p);
    moat_program_free(prog);
    moat_stubs_free(stubs);
}
END_TEST

// Two threads run different scripts (with calls, async and the GC at work) many times over:
// runs share nothing mutable, so every run still gets its own right answer.
typedef struct ThreadJob {
    const char *src, *want;
    int runs, ok;
} ThreadJob;

static void *thread_runs(void *arg) {
    ThreadJob *job = arg;
    MoatProgram *prog;
    if (moat_compile(job->src, strlen(job->src), "t.py", &prog) != MOAT_OK) return NULL;
    for (int k = 0; k < job->runs; k++) {
        MoatRunOptions o;
        moat_run_options_init(&o);
        o.externals = tools;
        o.external_count = 3;
        MoatProgress *p;
        if (moat_start(prog, &o, &p) != MOAT_OK) continue;
        while (moat_progress_kind(p) == MOAT_PROGRESS_CALL || moat_progress_kind(p) == MOAT_PROGRESS_WAITING) {
            bool call = moat_progress_kind(p) == MOAT_PROGRESS_CALL;
            uint64_t id = call ? moat_progress_call_id(p) : moat_progress_pending_id(p, 0);
            if (call && moat_progress_call_is_async(p)) {
                moat_defer(p, id);
                continue;
            }
            MoatValue *v = moat_value_int((int64_t)id);
            moat_resume(p, id, v);
            moat_value_free(v);
        }
        if (moat_progress_kind(p) == MOAT_PROGRESS_DONE && strcmp(moat_progress_result_repr(p), job->want) == 0) {
            job->ok++;
        }
        moat_progress_free(p);
    }
    moat_program_free(prog);
    return NULL;
}

START_TEST(test_threads_share_nothing) {
    ThreadJob jobs[2] = {
        {"d = {str(i): [i] * 3 for i in range(300)}\nt = sum(tool(len(d)) for _ in range(3))\n"
         "(t, sorted(d)[:2], len(str(d)))\n", "(6, ['0', '1'], 6760)", 200, 0},
        {"import asyncio\nasync def f(n):\n    return await fetch(n) + n\n"
         "r = await asyncio.gather(*(f(i) for i in range(5)))\n[x * 2 for x in r] + [2 ** 70]\n",
         "[2, 6, 10, 14, 18, 1180591620717411303424]", 200, 0},
    };
    pthread_t th[2];
    for (int k = 0; k < 2; k++) ck_assert_int_eq(pthread_create(&th[k], NULL, thread_runs, &jobs[k]), 0);
    for (int k = 0; k < 2; k++) ck_assert_int_eq(pthread_join(th[k], NULL), 0);
    ck_assert_int_eq(jobs[0].ok, jobs[0].runs);
    ck_assert_int_eq(jobs[1].ok, jobs[1].runs);
}
END_TEST

// What a compile leaves its thread for the next (the tree-sitter parser, the first blocks of
// its arenas) carries nothing over: compiles of sources with syntax errors, between compiles
// of a good one, change neither their diagnostics nor its result, on two threads at once.
typedef struct CompileJob {
    const char *good, *want;
    int rounds, ok;
} CompileJob;

static const char *const broken_sources[] = {
    "def f(:\n    return 'abc\n",
    "x = (1,\n",
    "if True\n  pass\n",
    "print f'{1 +}'\n",
};
enum { BROKEN_COUNT = sizeof broken_sources / sizeof *broken_sources };

// The first diagnostic of compiling src, as "line:column: message" in out; false if none.
static bool first_diagnostic(const char *src, char *out, size_t cap) {
    MoatProgram *prog;
    if (moat_compile(src, strlen(src), "t.py", &prog) != MOAT_OK) return false;
    const MoatDiagnostic *d = moat_program_diagnostic(prog, 0);
    if (d) snprintf(out, cap, "%u:%u: %s", d->line, d->column, d->message);
    moat_program_free(prog);
    return d != NULL;
}

static bool runs_to(const char *src, const char *want) {
    MoatProgram *prog;
    if (moat_compile(src, strlen(src), "t.py", &prog) != MOAT_OK) return false;
    MoatProgress *p;
    bool ok = moat_program_diagnostic_count(prog) == 0 && moat_start(prog, NULL, &p) == MOAT_OK;
    if (ok) {
        ok = moat_progress_kind(p) == MOAT_PROGRESS_DONE && strcmp(moat_progress_result_repr(p), want) == 0;
        moat_progress_free(p);
    }
    moat_program_free(prog);
    return ok;
}

static void *thread_compiles(void *arg) {
    CompileJob *job = arg;
    char first[BROKEN_COUNT][300], again[300];
    for (int k = 0; k < BROKEN_COUNT; k++) {
        if (!first_diagnostic(broken_sources[k], first[k], sizeof first[k])) return NULL;
    }
    for (int round = 0; round < job->rounds; round++) {
        bool same = true;
        for (int k = 0; k < BROKEN_COUNT; k++) {
            same = same && first_diagnostic(broken_sources[k], again, sizeof again) && strcmp(again, first[k]) == 0;
            same = same && runs_to(job->good, job->want);
        }
        job->ok += same;
    }
    return NULL;
}

START_TEST(test_compiles_leave_nothing_behind) {
    CompileJob jobs[2] = {
        {"x = [i * i for i in range(5)]\nsum(x)\n", "30", 100, 0},
        {"d = {'a': 1}\nf'{d[\"a\"] + 1:>3}'\n", "'  2'", 100, 0},
    };
    pthread_t th[2];
    for (int k = 0; k < 2; k++) ck_assert_int_eq(pthread_create(&th[k], NULL, thread_compiles, &jobs[k]), 0);
    for (int k = 0; k < 2; k++) ck_assert_int_eq(pthread_join(th[k], NULL), 0);
    ck_assert_int_eq(jobs[0].ok, jobs[0].rounds);
    ck_assert_int_eq(jobs[1].ok, jobs[1].rounds);
}
END_TEST

Suite *host_suite(void) {
    Suite *s = suite_create("host");
    TCase *tc = tcase_create("calls");
    tcase_add_loop_test(tc, test_call_suspends_anywhere, 0, (int)(sizeof suspending / sizeof *suspending));
    tcase_add_test(tc, test_call_arguments_reach_host_as_written);
    tcase_add_test(tc, test_host_exception_is_catchable);
    tcase_add_test(tc, test_uncaught_host_exception_has_traceback);
    tcase_add_loop_test(tc, test_unsendable_argument_raises_in_script, 0, 3);
    tcase_add_test(tc, test_host_result_is_checked);
    tcase_add_test(tc, test_unhashable_host_key_raises);
    tcase_add_test(tc, test_inputs_are_globals);
    tcase_add_test(tc, test_nan_crossing_is_a_new_object_and_leaves_plain);
    tcase_add_test(tc, test_declared_inputs_must_be_given);
    tcase_add_test(tc, test_async_calls_gathered_are_all_pending_at_once);
    tcase_add_test(tc, test_async_call_answered_at_once_or_failing);
    tcase_add_test(tc, test_sync_call_cannot_be_deferred);
    tcase_add_test(tc, test_threads_share_nothing);
    tcase_add_test(tc, test_compiles_leave_nothing_behind);
    tcase_add_loop_test(tc, test_stub_guards_calls_both_ways, 0, (int)(sizeof guarded / sizeof *guarded));
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    TCase *tv = tcase_create("values");
    tcase_add_loop_test(tv, test_json_round_trip, 0, (int)(sizeof round_trips / sizeof *round_trips));
    tcase_add_loop_test(tv, test_json_rejects_malformed, 0, (int)(sizeof bad_json / sizeof *bad_json));
    tcase_add_test(tv, test_value_constructors_validate);
    suite_add_tcase(s, tv);
    return s;
}
