// Every allocation of a run may be the one that fails (as Lua's testes/memerr.lua does it):
// each script below runs once without limits, then again with its n-th allocation refused, for
// n = 1, 2, ... until the run completes. Each failing run must end as a clean limit error,
// with the host's progress intact, and every run that completes must give the unlimited
// run's answer. Under `make asan` this walks every failure path of the code the scripts use.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moat.h"
#include "suites.h"

static const char *const scripts[] = {
    // numbers, strings, formatting
    "x = 2 ** 100 + 7\n"
    "s = f'{x:,} {3.25:>8.2f} {\"pad\":*^9}'\n"
    "print(s.upper().split(), '%05d|%s' % (42, [1.5, None]))\n"
    "(x // 3, x % 7, -x >> 5, divmod(-17, 5), round(2.675, 2))\n",
    // containers and comprehensions
    "d = {str(i): [j * i for j in range(i)] for i in range(12)}\n"
    "s = {k for k, v in d.items() if sum(v) % 2}\n"
    "t = tuple(sorted(s, key=lambda k: (-len(k), k)))\n"
    "d.update(zip('abc', range(3)))\n"
    "del d['3']\n"
    "(t, list(d)[-4:], {1, 2} | frozenset({3}), [*range(3), *'xy'])\n",
    // functions, closures, generators
    "def counter():\n"
    "    n = 0\n"
    "    def bump(k=1, *rest, **kw):\n"
    "        nonlocal n\n"
    "        n += k + len(rest) + len(kw)\n"
    "        return n\n"
    "    return bump\n"
    "b = counter()\n"
    "def gen(m):\n"
    "    for i in range(m):\n"
    "        got = yield i * i\n"
    "        if got: yield from range(got)\n"
    "g = gen(5)\n"
    "out = [next(g), g.send(2), next(g), next(g)] + list(g)\n"
    "(b(), b(2, 3, z=4), out, sum(x for x in range(50) if x % 3))\n",
    // exceptions, chaining, finally
    "log = []\n"
    "def f(i):\n"
    "    try:\n"
    "        if i % 2: raise ValueError(f'odd {i}')\n"
    "        return {}[i]\n"
    "    except KeyError as e:\n"
    "        raise RuntimeError('wrapped') from e\n"
    "    finally:\n"
    "        log.append(i)\n"
    "for i in range(4):\n"
    "    try:\n"
    "        f(i)\n"
    "    except (ValueError, RuntimeError) as e:\n"
    "        log.append(repr(e))\n"
    "        log.append(type(e.__cause__).__name__)\n"
    "log\n",
    // classes, dataclasses, properties, dunders
    "from dataclasses import dataclass, field\n"
    "@dataclass(order=True)\n"
    "class P:\n"
    "    x: int\n"
    "    tags: list = field(default_factory=list)\n"
    "class V:\n"
    "    def __init__(self, *xs): self.xs = list(xs)\n"
    "    def __add__(self, o): return V(*[a + b for a, b in zip(self.xs, o.xs)])\n"
    "    def __repr__(self): return f'V{tuple(self.xs)}'\n"
    "    @property\n"
    "    def norm(self): return sum(x * x for x in self.xs) ** 0.5\n"
    "class W(V):\n"
    "    def __init__(self): super().__init__(3, 4)\n"
    "(sorted([P(3), P(1, ['a'])]), V(1, 2) + W(), W().norm)\n",
    // match, json, enum
    "import json\n"
    "from enum import Enum\n"
    "class C(Enum):\n"
    "    RED = 1\n"
    "    BLUE = 2\n"
    "def kind(v):\n"
    "    match v:\n"
    "        case {'type': 'pt', 'xy': [x, y]}: return x + y\n"
    "        case [first, *rest]: return len(rest)\n"
    "        case C.RED | C.BLUE: return v.name\n"
    "        case _: return None\n"
    "doc = json.loads('{\"type\": \"pt\", \"xy\": [1, 2], \"n\": [1.5, null, true]}')\n"
    "(kind(doc), kind([1, 2, 3]), kind(C.BLUE), json.dumps(doc, sort_keys=True, indent=1))\n",
    // async tasks on the event loop
    "import asyncio\n"
    "async def work(i):\n"
    "    await asyncio.sleep(0.01 * (3 - i))\n"
    "    return i * 10\n"
    "async def main():\n"
    "    t = asyncio.create_task(work(0))\n"
    "    rest = await asyncio.gather(work(1), work(2))\n"
    "    return [await t] + rest\n"
    "asyncio.run(main())\n",
    // text: methods, formatting, encoding, sorting with keys
    "words = 'The quick brown fox jumps over the lazy dog'.split()\n"
    "byk = sorted(words, key=lambda w: (len(w), w.lower()), reverse=True)\n"
    "t = '-'.join(w.title() for w in byk).center(60, '.')\n"
    "enc = t.encode('utf-8') + 'é€'.encode()\n"
    "fmt = '{0:>6}|{1!r:^12}|{n:08.3f}'.format('ab', 'cd', n=3.14159)\n"
    "(t.count('o'), t.replace('-', ' ', 3)[:20], enc.decode()[-3:], fmt, str(enc[:4]),\n"
    " 'a,b,,c'.split(','), '  x '.strip(), 'ß'.upper(), ascii('ü'), '%-5s|%x' % ('k', 255))\n",
    // with, context managers, exception groups, generators drained by builtins
    "from contextlib import contextmanager\n"
    "@contextmanager\n"
    "def tag(name, out):\n"
    "    out.append('<' + name)\n"
    "    try:\n"
    "        yield len(out)\n"
    "    finally:\n"
    "        out.append(name + '>')\n"
    "out = []\n"
    "with tag('a', out) as n, tag('b', out):\n"
    "    out.append(n)\n"
    "try:\n"
    "    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\n"
    "except ExceptionGroup as g:\n"
    "    out.append(repr(g.split(ValueError)))\n"
    "(out, sum(i * i for i in range(100)), max((len(s), s) for s in ['aa', 'b']),\n"
    " dict.fromkeys('abc', 0), set(map(abs, [-1, 1, -2])), list(zip(*[[1, 2], [3, 4]])))\n",
    // re: compiling, scanning, sub with a template and with a callable, errors
    "import re\n"
    "p = re.compile(r'(?P<k>\\w+)=(?P<v>[^;]*);?', re.I)\n"
    "ms = [m.groupdict() for m in p.finditer('a=1;b=two;c=')]\n"
    "s = re.sub(r'(\\d+)', lambda m: str(int(m.group(1)) * 2), 'x1 y22 é3')\n"
    "try:\n"
    "    re.compile('(a')\n"
    "except re.error as e:\n"
    "    err = (e.msg, e.pos)\n"
    "(ms, s, re.subn(r'(?<=a)b', r'[\\g<0>]', 'abab'), re.split(r'(,)', 'a,b'),\n"
    " re.findall(r'(a)(b)?', 'ab a'), err, repr(p.search('q=r')), re.escape('a.b'))\n",
    // an external call in the middle of the run
    "def twice(v):\n"
    "    return [tool(v), tool(v + 1)]\n"
    "r = [twice(i) for i in range(2)]\n"
    "r\n",
};

static const MoatExternal tools[] = {{"tool", false}};

typedef struct Outcome {
    char text[2048];  // the result's repr and everything printed, or the error
    bool done, limit;
} Outcome;

static void on_print(void *ctx, const char *data, size_t len) {
    Outcome *o = ctx;
    size_t have = strlen(o->text);
    if (have + len >= sizeof o->text) len = sizeof o->text - 1 - have;
    memcpy(o->text + have, data, len);
    o->text[have + len] = '\0';
}

// Runs `prog` refusing its n-th allocation (n = 0: never), answering each tool call with its
// argument times ten.
static Outcome run_failing_at(const MoatProgram *prog, uint64_t n) {
    Outcome o = {{0}, false, false};
    MoatRunOptions opt;
    moat_run_options_init(&opt);
    opt.limits.max_allocations = n;
    opt.externals = tools;
    opt.external_count = 1;
    opt.print = on_print;
    opt.print_ctx = &o;
    MoatProgress *p;
    MoatStatus st = moat_start(prog, &opt, &p);
    ck_assert_msg(st == MOAT_OK, "allocation %llu refused: moat_start says %s", (unsigned long long)n,
                  moat_status_str(st));
    while (moat_progress_kind(p) == MOAT_PROGRESS_CALL) {
        int64_t v;
        ck_assert(moat_value_as_int(moat_value_item(moat_progress_call_args(p), 0), &v));
        MoatValue *answer = moat_value_int(v * 10);
        ck_assert_int_eq(moat_resume(p, moat_progress_call_id(p), answer), MOAT_OK);
        moat_value_free(answer);
    }
    if (moat_progress_kind(p) == MOAT_PROGRESS_DONE) {
        o.done = true;
        on_print(&o, moat_progress_result_repr(p), strlen(moat_progress_result_repr(p)));
    } else {
        ck_assert_int_eq(moat_progress_kind(p), MOAT_PROGRESS_ERROR);
        o.limit = moat_progress_error_is_limit(p);
        snprintf(o.text, sizeof o.text, "%s: %s", moat_progress_error_type(p),
                 moat_progress_error_message(p));
    }
    moat_progress_free(p);
    return o;
}

START_TEST(test_every_allocation_may_fail) {
    const char *src = scripts[_i];
    MoatProgram *prog;
    ck_assert_int_eq(moat_compile(src, strlen(src), "sweep.py", &prog), MOAT_OK);
    Outcome want = run_failing_at(prog, 0);
    ck_assert_msg(want.done, "script %d fails unlimited: %s", _i, want.text);
    uint64_t n = 1;
    for (;; n++) {
        ck_assert_msg(n < 200000, "script %d: no end to the sweep", _i);
        Outcome got = run_failing_at(prog, n);
        if (got.done) {
            ck_assert_str_eq(got.text, want.text);
            break;
        }
        ck_assert_msg(got.limit, "script %d, allocation %llu refused: not a limit error but %s", _i,
                      (unsigned long long)n, got.text);
    }
    ck_assert_msg(n > 10, "script %d completed after only %llu allocations", _i,
                  (unsigned long long)n);
    moat_program_free(prog);
}
END_TEST

Suite *alloc_sweep_suite(void) {
    Suite *s = suite_create("alloc_sweep");
    TCase *tc = tcase_create("sweep");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_every_allocation_may_fail, 0,
                        (int)(sizeof scripts / sizeof *scripts));
    suite_add_tcase(s, tc);
    return s;
}
