#!/usr/bin/env python3
"""End-to-end case runner for moat (`make cases`): standard library only, python3 >= 3.9.

Case kinds, each judged against CPython 3.14 as answered by tests/oracle/oracle.mjs (one node
process for the whole run, Pyodide loaded once):
  syntax/      tests/syntax/{valid,invalid}_<topic>.txt: snippets separated by `#---` lines
               (text before the first `#---` is the file's header). `moat check FILE --format
               json` must accept/reject as CPython does; a rejection's first `syntax-error`
               diagnostic must have CPython's class, line and message (`Class: msg`).
               invalid_toplevel_await.txt is special: CPython rejects, moat accepts by design
               (module-level `await` and async comprehensions). A file whose header has the line
               `# columns: compared` (MOAT_SYNTAX_COLUMNS=1: every file) has the error's column,
               end line and end column compared as well. Where CPython's error has
               no location (line -1), moat must report the line marked `# CPython: no location`.
  conformance/ tests/conformance/*.py: `moat run FILE --json` vs CPython running the script:
               status, stdout, result repr, exception type, message, traceback.
  hostile/     inputs generated at run time (deep nesting, huge files, odd bytes): moat must not
               crash, must use at most max(2 s, 3x native python3's compile) of CPU time (wall
               time would measure the machine's load), and must agree with CPython's verdict
               and error line.
  host/        tests/host/cases/*.py: scripts calling the tools of tests/host/tools.pyi, answered by
               a real helper process (tests/host/serve.py) over `--host`; judged like conformance,
               the oracle running tests/host/tools.py's functions as the script's globals.
  limits/, sandbox/ (STYLE.md §9): run with the flags of their first line, judged by their last.
  check/       tests/check/*.py: agent scripts for the type checker, no oracle. The first line
               `# stubs: a.pyi b.pyi` names stubs in tests/check/stubs/; `# error: CODE` ends each
               line that must be flagged (`# error: A, B` for two). `moat check --stubs ...
               --format json` must report exactly those (line, code) pairs: any other is a false
               positive. `unsupported` diagnostics (what the interpreter cannot run yet) are the
               compiler's, not the checker's, and are left out.

A case id looks like `syntax/invalid_strings.txt:7` (first line of the snippet), `conformance/x.py`
or `hostile/nested_parens`. tests/known_failures.txt lists `<id>  <reason>` for cases expected to
fail; a listed case that passes fails the run, so the list only shrinks.

The oracle's answers are cached in build/oracle_cache.json (keyed by the oracle's own files and
each case's bytes); --no-cache asks it again. Hostile time budgets are multiplied by 10 when the
moat path contains "asan" (or by --time-factor / $MOAT_TIME_FACTOR).
"""

import argparse
import base64
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
ORACLE = os.path.join(TESTS, "oracle", "oracle.mjs")
KNOWN_FAILURES = os.path.join(TESTS, "known_failures.txt")
CACHE_FILE = os.path.join(ROOT, "build", "oracle_cache.json")
SEPARATOR = b"#---"
TOPLEVEL_AWAIT_FILE = "invalid_toplevel_await.txt"
# What CPython says to module-level `await` and async comprehensions, which moat allows.
TOPLEVEL_AWAIT_ERRORS = ("SyntaxError: 'await' outside function",
                         "SyntaxError: asynchronous comprehension outside of an asynchronous function")
SNIPPET_NAME = "main.py"
# In a syntax file's header: each error's column, end line and end column must be CPython's too.
COLUMNS_MARK = b"# columns: compared"
# Marks the line moat reports where CPython's SyntaxError has no location (line -1).
NO_LOCATION_MARK = b"# CPython: no location"


class Case:
    """One case: what to ask the oracle, and how to judge moat against its answer."""

    def __init__(self, cid, kind, source, mode="compile", filename=SNIPPET_NAME):
        self.id = cid
        self.kind = kind  # "syntax", "conformance", "hostile"
        self.source = source  # bytes
        self.mode = mode
        self.filename = filename
        self.expect = None  # syntax: "valid" | "invalid" | "toplevel_await"
        self.path = None  # file moat reads
        self.oracle = None  # oracle's result
        self.native = None  # hostile: python3's verdict and time
        self.outcome = None  # (passed: bool, short reason, details)
        self.columns = False  # syntax: the error's columns and end are compared too
        self.prelude = None  # host: the tools' Python source, defined in the script's globals

    def oracle_request(self):
        req = {
            "name": self.id,
            "mode": self.mode,
            "filename": self.filename,
            "source_b64": base64.b64encode(self.source).decode("ascii"),
        }
        if self.prelude is not None:
            req["prelude"] = self.prelude.decode("utf-8")
        return req


# ---------------------------------------------------------------- loading cases


def split_snippets(data):
    """Yields (first line number, snippet bytes) for each snippet after the header."""
    lines = data.split(b"\n")
    chunks, current, start = [], None, 0
    for i, line in enumerate(lines, 1):
        if line.rstrip(b"\r") == SEPARATOR:
            if current is not None:
                chunks.append((start, current))
            current, start = [], i + 1
        elif current is not None:
            current.append(line)
    if current is not None:
        chunks.append((start, current))
    for start, body in chunks:
        while body and body[-1].strip() == b"":
            body.pop()
        if body:
            yield start, b"\n".join(body) + b"\n"


def load_syntax_cases():
    cases = []
    folder = os.path.join(TESTS, "syntax")
    if not os.path.isdir(folder):
        return cases
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        if name == TOPLEVEL_AWAIT_FILE:
            expect = "toplevel_await"
        elif name.startswith("valid_"):
            expect = "valid"
        elif name.startswith("invalid_"):
            expect = "invalid"
        else:
            continue
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        columns = COLUMNS_MARK in data.split(SEPARATOR, 1)[0]
        for line, src in split_snippets(data):
            c = Case("syntax/%s:%d" % (name, line), "syntax", src)
            c.expect = expect
            c.columns = columns
            cases.append(c)
    return cases


def load_conformance_cases(folder):
    cases = []
    if not os.path.isdir(folder):
        return cases
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            with open(os.path.join(folder, name), "rb") as f:
                src = f.read()
            c = Case("conformance/" + name, "conformance", src, mode="run", filename=name)
            c.path = os.path.join(folder, name)
            cases.append(c)
    return cases


def varied_code(i):
    # Few f-strings: CPython 3.14 (at least under Pyodide) compiles a file with thousands of
    # f-string replacement fields in quadratic time, which would make the oracle crawl.
    fstring = "f'{a!r:>10} {b:#x} {total[-1] if total else None}'" if i % 25 == 0 else \
        "'%r %x' % (a, b)"
    return (
        "def func_%d(a, b=%d, *args, key=None, **kw):\n"
        "    '''Docstring %d.'''\n"
        "    total = [x * %d for x in range(a) if x %% 3]\n"
        "    data = {'k%d': (a, b), **kw}\n"
        "    if a > b and not key:\n"
        "        return %s\n"
        "    elif key is not None:\n"
        "        raise ValueError('bad key: %%s' %% key) from None\n"
        "    with open('x') as fh, open('y') as gh:\n"
        "        pass\n"
        "    try:\n"
        "        value = data['k%d'][0] ** 2 // 3\n"
        "    except (KeyError, IndexError) as exc:\n"
        "        value = -1\n"
        "    finally:\n"
        "        del data\n"
        "    return lambda y, *, z=%d: (y + z, value, args)\n"
        "\n"
        "class Klass_%d(Base, metaclass=Meta):\n"
        "    attr: int = %d\n"
        "    async def method(self, other: 'Klass_%d') -> list[int]:\n"
        "        async for item in other:\n"
        "            await item\n"
        "        match self.attr:\n"
        "            case [1, 2, *rest]:\n"
        "                return rest\n"
        "            case {'key': value, **others} if value:\n"
        "                return [value]\n"
        "            case Point(x=0, y=_) | None:\n"
        "                return []\n"
        "        return [self.attr, 0x%X, 0o%o, %d.5e-3, %dj]\n"
        "\n"
    ) % ((i,) * 5 + (fstring,) + (i,) * 9)


def varied_5mb():
    parts, size, i = [], 0, 0
    while size < 5 * 1024 * 1024:
        chunk = varied_code(i)
        parts.append(chunk)
        size += len(chunk)
        i += 1
    return "".join(parts).encode()


def single_line_1mb():
    line = "x = [" + ", ".join("%d" % (k % 1000) for k in range(300000))
    line = line[: 1024 * 1024 - 2]
    return (line[: line.rfind(",")] + "]\n").encode()


def deep_indentation():
    return ("".join(" " * k + "if x:\n" for k in range(10000)) + " " * 10000 + "pass\n").encode()


# name -> generator of the file's bytes; generated at run time, never committed.
HOSTILE = [
    ("nested_parens", lambda: b"(" * 100000 + b")" * 100000 + b"\n"),
    ("nested_brackets", lambda: b"[" * 100000 + b"]" * 100000 + b"\n"),
    ("deep_indentation", deep_indentation),
    ("varied_5mb", varied_5mb),
    ("single_line_1mb", single_line_1mb),
    ("nul_byte", lambda: b"x = 1\ny = '\x00'\n"),
    ("nul_byte_only", lambda: b"\x00"),
    ("invalid_utf8", lambda: b"x = 1\ns = '\xff\xfe'\n"),
    ("lone_cr", lambda: b"x = 1\ry = 2\r"),
    ("lone_cr_mixed", lambda: b"x = 1\ny = 2\rz = 3\n"),
    ("bom", lambda: b"\xef\xbb\xbfx = 1\nprint(x)\n"),
    ("bom_invalid", lambda: b"\xef\xbb\xbfx = = 1\n"),
    ("decimal_million_digits", lambda: b"x = " + b"7" * 1000000 + b"\n"),
    ("hex_million_digits", lambda: b"x = 0x" + b"f" * 1000000 + b"\n"),
    ("minus_100000", lambda: b"-" * 100000 + b"1\n"),
    ("and_chain_100000", lambda: b"x = " + b" and ".join([b"1"] * 100000) + b"\n"),
    ("comprehension_65_fors", lambda: b"x = [1 " + b" ".join(b"for a%d in [1]" % k for k in range(65)) + b"]\n"),
    ("not_3000", lambda: b"x = " + b"not " * 3000 + b"1\n"),
    ("lambda_5000", lambda: b"f = " + b"lambda: " * 5000 + b"1\n"),
    ("call_chain_100000", lambda: b"f = lambda: f\nx = f" + b"()" * 100000 + b"\n"),
]


def load_hostile_cases(tmpdir, wanted):
    folder = os.path.join(tmpdir, "hostile")
    os.makedirs(folder, exist_ok=True)
    cases = []
    for name, make in HOSTILE:
        if not wanted("hostile/" + name):
            continue
        data = make()
        c = Case("hostile/" + name, "hostile", data)
        c.path = os.path.join(folder, name + ".py")
        c.filename = name + ".py"  # what the oracle sees: stable, so its answer can be cached
        with open(c.path, "wb") as f:
            f.write(data)
        cases.append(c)
    return cases


def load_host_cases():
    """tests/host/cases/*.py call the tools of tests/host/tools.pyi. moat runs them with
    `--host "python3 tests/host/serve.py"` (tools.py answering over the JSON-lines protocol);
    the oracle runs them with tools.py's functions defined in the script's globals."""
    folder = os.path.join(TESTS, "host", "cases")
    if not os.path.isdir(folder):
        return []
    with open(os.path.join(TESTS, "host", "tools.py"), "rb") as f:
        prelude = f.read()
    out = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                c = Case("host/" + name, "host", f.read(), mode="run", filename=name)
            c.path, c.prelude = path, prelude
            out.append(c)
    return out


def without_machinery_frames(traceback_text):
    """CPython's traceback minus the frames moat does not have: the tools' own (file
    "<host>"; under moat the host raises and the traceback ends at the script's call) and those
    of the asyncio package (moat's event loop is a hidden frame)."""
    out, skipping = [], False
    for line in traceback_text.split("\n"):
        body = re.sub(r"^\s*\| ", "", line)  # a line inside an exception group's box
        if body.startswith("  File "):
            skipping = body.startswith('  File "<host>"') or re.match(r'  File ".*/asyncio/[^/"]*\.py"', body)
        elif not body.startswith("    "):
            skipping = False
        if not skipping:
            out.append(line)
    return "\n".join(out)


def load_limits_cases():
    """STYLE.md §9: tests/limits/*.py and tests/sandbox/*.py, first line `# run: FLAGS`, last
    line `# expect: limit KIND` or an exception name. No oracle: the expectation is the file's."""
    out = []
    for sub in ("limits", "sandbox"):
        folder = os.path.join(TESTS, sub)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                with open(path, "rb") as f:
                    c = Case("%s/%s" % (sub, name), sub, f.read(), mode="none", filename=name)
                c.path = path
                out.append(c)
    return out


CHECK_ERROR = re.compile(r"#\s*error:\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*$")


def load_check_cases():
    folder = os.path.join(TESTS, "check")
    out = []
    if not os.path.isdir(folder):
        return out
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                c = Case("check/%s" % name, "check", f.read(), mode="none", filename=name)
            c.path = path
            out.append(c)
    return out


def check_expectations(text):
    """(stub file names, {(line, code)}) from a check case's header and `# error:` comments."""
    lines = text.splitlines()
    stubs = []
    if lines and lines[0].startswith("# stubs:"):
        stubs = lines[0][len("# stubs:"):].split()
    want = set()
    for i, line in enumerate(lines, 1):
        m = CHECK_ERROR.search(line)
        if m:
            want.update((i, code.strip()) for code in m.group(1).split(","))
    return stubs, want


def judge_check(moat, c, timeout):
    stubs, want = check_expectations(c.source.decode("utf-8", "replace"))
    argv = [moat, "check", c.path, "--format", "json"]
    for s in stubs:
        argv += ["--stubs", os.path.join(TESTS, "check", "stubs", s)]
    rc, out, err, secs = run_moat(argv, timeout)
    if b"Sanitizer" in err or b"runtime error:" in err:
        return False, "moat: sanitizer report", err.decode("utf-8", "replace")[-2000:]
    if rc not in (0, 1):
        return False, "moat %s" % describe_exit(rc), err.decode("utf-8", "replace")[-500:]
    try:
        diags = json.loads(out.decode("utf-8"))
    except ValueError:
        return False, "moat printed bad JSON", repr(out[:300])
    got = {(d["line"], d["code"]): d["message"] for d in diags if d["code"] != "unsupported"}
    missing = sorted(want - set(got))
    extra = sorted(set(got) - want)
    if not missing and not extra:
        return judge_check_text([a for a in argv if a not in ("--format", "json")], diags, rc, timeout)
    why = []
    if missing:
        why.append("missed %s" % ", ".join("%s on line %d" % (code, line) for line, code in missing))
    if extra:
        why.append("false positive %s" % ", ".join("%s on line %d" % (code, line) for line, code in extra))
    details = "\n".join("line %d: %s: %s" % (k[0], k[1], got[k]) for k in extra)
    return False, "; ".join(why), details


def judge_check_text(argv, diags, rc_json, timeout):
    """The text format says the same as the JSON one: `FILE:LINE:COL: error[CODE]: MESSAGE`,
    the source line and a caret line for each diagnostic, and the same exit status."""
    rc, out, err, secs = run_moat(argv, timeout)
    if rc != rc_json or rc != (1 if diags else 0):
        return False, "text format exit %s, JSON %s, %d diagnostics" % (rc, rc_json, len(diags)), ""
    heads = [l for l in out.decode("utf-8", "replace").splitlines() if "error[" in l]
    want = ["%s:%d:%d: error[%s]: %s" % (d["file"], d["line"], d["column"], d["code"], d["message"])
            for d in diags]
    if heads != want:
        return False, "text format differs from JSON", "\n".join(difflib.unified_diff(want, heads, lineterm=""))
    return True, "", ""


def judge_limits(moat, c, timeout, time_factor=1.0):
    lines = c.source.decode("utf-8", "replace").strip().splitlines()
    if not lines or not lines[-1].startswith("# expect:"):
        return False, "no '# expect:' last line", ""
    flags = lines[0][len("# run:"):].split() if lines[0].startswith("# run:") else []
    expect = lines[-1][len("# expect:"):].strip()
    rc, out, err, secs = run_moat([moat, "run", "--json"] + flags + [c.path], timeout)
    if "--max-duration" in flags:
        # a run stops within half its limit again (the process start included)
        limit = float(flags[flags.index("--max-duration") + 1])
        if secs > (1.5 * limit + 0.01) * time_factor:
            return False, "took %.3fs for a %.3fs limit" % (secs, limit), ""
    if b"Sanitizer" in err or b"runtime error:" in err:
        return False, "moat: sanitizer report", err.decode("utf-8", "replace")[-2000:]
    if rc not in (0, 1):
        return False, "moat %s" % describe_exit(rc), err.decode("utf-8", "replace")[-500:]
    got = parse_run_json(out)
    if got is None:
        return False, "moat run --json printed no JSON object last", repr(out[-300:])
    exc = got.get("exception") or {}
    if expect.startswith("limit "):
        kind = expect[len("limit "):]
        ok = exc.get("type") == "LimitError" and (exc.get("message") or "").startswith(kind + " ")
    else:
        ok = exc.get("type") == expect
    if ok:
        return True, "", ""
    return False, "expected %s, got %s" % (expect, exc.get("type") or got.get("status")), \
        json.dumps(exc)[:500]


# ---------------------------------------------------------------- the oracle


def oracle_key(c):
    h = hashlib.sha256()
    h.update(c.mode.encode() + b"\0" + c.filename.encode() + b"\0" + c.source)
    if c.prelude is not None:
        h.update(b"\0prelude\0" + c.prelude)
    return h.hexdigest()


def oracle_version():
    h = hashlib.sha256(os.environ.get("MOAT_ORACLE_HASHSEED", "0").encode())
    for p in (ORACLE, os.path.join(TESTS, "oracle", "harness.py"),
              os.path.join(ROOT, "node_modules", "pyodide", "package.json")):
        try:
            with open(p, "rb") as f:
                h.update(f.read())
        except OSError:
            pass
    return h.hexdigest()


class OracleRun:
    """Starts the oracle in the background for the cases not in the cache."""

    def __init__(self, cases, use_cache, timeout):
        self.cases = cases
        self.use_cache = use_cache
        self.cache = {}
        self.version = oracle_version()
        if use_cache:
            try:
                with open(CACHE_FILE) as f:
                    saved = json.load(f)
                if saved.get("version") == self.version:
                    self.cache = saved["results"]
            except (OSError, ValueError, KeyError):
                pass
        self.todo = [c for c in cases if oracle_key(c) not in self.cache]
        self.proc = None
        self.started = time.monotonic()
        self.elapsed = 0.0
        if self.todo:
            self.infile = tempfile.TemporaryFile()
            self.infile.write(json.dumps([c.oracle_request() for c in self.todo]).encode())
            self.infile.seek(0)
            self.outfile = tempfile.TemporaryFile()
            try:
                self.proc = subprocess.Popen(
                    ["node", ORACLE, "--timeout", str(timeout)],
                    stdin=self.infile, stdout=self.outfile, cwd=ROOT)
            except OSError as e:
                sys.stderr.write("run_cases: cannot start node (%s); run `make deps`\n" % e)

    def wait(self):
        if self.todo and self.proc is None:
            for c in self.todo:
                c.oracle = {"oracle_error": "node did not start"}
        if self.proc is not None:
            rc = self.proc.wait()
            self.elapsed = time.monotonic() - self.started
            self.outfile.seek(0)
            out = self.outfile.read()
            try:
                results = json.loads(out.decode("utf-8"))
            except ValueError:
                results = None
            if rc != 0 or not isinstance(results, list) or len(results) != len(self.todo):
                sys.stderr.write("run_cases: the oracle failed (exit %s); is node_modules/pyodide "
                                 "installed (`make deps`)?\n" % rc)
                results = [{"oracle_error": "oracle process failed"}] * len(self.todo)
            for c, r in zip(self.todo, results):
                if not r.get("oracle_error"):
                    self.cache[oracle_key(c)] = r
                c.oracle = r
        for c in self.cases:
            if c.oracle is None:
                c.oracle = self.cache[oracle_key(c)]
        if self.use_cache and self.todo:
            os.makedirs(os.path.dirname(CACHE_FILE), exist_ok=True)
            keep = {oracle_key(c): self.cache[oracle_key(c)]
                    for c in self.cases if oracle_key(c) in self.cache}
            # Keep entries of cases outside this run's --filter too.
            merged = dict(self.cache)
            merged.update(keep)
            tmp = CACHE_FILE + ".tmp"
            with open(tmp, "w") as f:
                json.dump({"version": self.version, "results": merged}, f)
            os.replace(tmp, CACHE_FILE)


# ---------------------------------------------------------------- running moat


def run_moat(argv, timeout, cwd=None):
    """Returns (returncode or None on timeout, stdout, stderr, seconds)."""
    t0 = time.monotonic()
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                           cwd=cwd, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b"", time.monotonic() - t0
    return p.returncode, p.stdout, p.stderr, time.monotonic() - t0


def run_cpu_timed(argv, timeout):
    """Like run_moat, but the seconds are the child's CPU time (user + system), which a busy
    machine does not inflate as it does wall time. Returns (rc or None, stdout, stderr, secs)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                p.kill()
                pid, status, usage = os.wait4(p.pid, 0)
                status = None
                break
            time.sleep(0.005)
        p.returncode = 0  # reaped here: keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        rc = None if status is None else os.waitstatus_to_exitcode(status)
        return rc, out.read(), err.read(), usage.ru_utime + usage.ru_stime


def describe_exit(rc):
    if rc is None:
        return "timed out"
    if rc < 0:
        try:
            return "killed by %s" % signal.Signals(-rc).name
        except ValueError:
            return "killed by signal %d" % -rc
    return "exit %d" % rc


def moat_check(moat, c, timeout, cpu_time=False):
    """Runs `moat check`; returns (error or None, syntax diagnostics, rc, seconds), the
    seconds of CPU time when cpu_time is set, else of wall time."""
    argv = [moat, "check", c.path, "--format", "json"]
    rc, out, err, secs = (run_cpu_timed if cpu_time else run_moat)(argv, timeout)
    if b"Sanitizer" in err or b"runtime error:" in err:  # ASan/UBSan exit 1 by default
        lines = err.decode("utf-8", "replace").strip().splitlines()
        first = next((l for l in lines if "Sanitizer" in l or "runtime error:" in l), "")
        return "moat: sanitizer report: %s" % first.strip()[:300], None, rc, secs
    if rc not in (0, 1):
        tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
        return "moat %s%s" % (describe_exit(rc), (": " + " | ".join(tail)) if tail else ""), \
            None, rc, secs
    try:
        diags = json.loads(out.decode("utf-8"))
        if not isinstance(diags, list):
            raise ValueError("not a JSON array")
    except ValueError as e:
        return "moat printed bad JSON (%s): %r" % (e, out[:200]), None, rc, secs
    syntax = [d for d in diags if isinstance(d, dict) and d.get("code") == "syntax-error"]
    errors = [d for d in diags if not isinstance(d, dict) or d.get("severity") == "error"]
    if rc == 0 and errors:
        return "moat exit 0 with error diagnostics", syntax, rc, secs
    if rc == 1 and not diags:
        return "moat exit 1 with no diagnostics", syntax, rc, secs
    return None, syntax, rc, secs


def oracle_verdict(r):
    """(accepted?, 'Class: msg', line) from an oracle compile result."""
    if r.get("ok"):
        return True, None, None
    return False, "%s: %s" % (r.get("type"), r.get("msg")), r.get("lineno")


def compare_syntax(expect_ok, want_msg, want_line, syntax, check_message=True):
    """Mismatch description (short, details) or None."""
    if expect_ok:
        if syntax:
            d = syntax[0]
            return ("rejected a valid file",
                    "moat: line %s: %s" % (d.get("line"), d.get("message")))
        return None
    if not syntax:
        return "accepted an invalid file (CPython: line %s: %s)" % (want_line, want_msg), ""
    d = syntax[0]
    got_msg, got_line = d.get("message"), d.get("line")
    want_cls = (want_msg or "").split(":", 1)[0]
    got_cls = str(got_msg).split(":", 1)[0]
    details = "CPython: line %s: %s\nmoat:    line %s: %s" % (
        want_line, want_msg, got_line, got_msg)
    if check_message and want_cls != got_cls:
        return "error class %s, want %s" % (got_cls, want_msg), details
    if want_line is not None and got_line != want_line:
        return "error line %s, want %s" % (got_line, want_line), details
    if check_message and got_msg != want_msg:
        return "message differs, want %s" % want_msg, details
    return None


def marked_line(src):
    for number, line in enumerate(src.split(b"\n"), 1):
        if line.rstrip().endswith(NO_LOCATION_MARK):
            return number
    return None


def judge_syntax(c, checked):
    """`checked` is moat_check()'s result for this snippet."""
    r = c.oracle
    if r.get("oracle_error"):
        return False, "oracle error: %s" % r["oracle_error"], ""
    ok, want_msg, want_line = oracle_verdict(r)
    if c.expect == "valid" and not ok:
        return False, "corpus: CPython rejects this valid_ snippet", \
            "CPython: line %s: %s" % (want_line, want_msg)
    if c.expect in ("invalid", "toplevel_await") and ok:
        return False, "corpus: CPython accepts this invalid_ snippet", ""
    if c.expect == "toplevel_await" and want_msg not in TOPLEVEL_AWAIT_ERRORS:
        return False, "corpus: CPython rejects this for another reason", want_msg
    error, syntax, rc, _ = checked
    if error:
        return False, error, ""
    if c.expect == "toplevel_await":
        ok = True  # moat allows top-level await by design
    if not ok and want_line == -1:
        # CPython found the error but lost its location (its compiler made the statement
        # artificial); moat must point at the statement the snippet marks instead.
        want_line = marked_line(c.source)
        if want_line is None:
            return False, "corpus: CPython reports line -1; mark the offending line with `%s`" \
                % NO_LOCATION_MARK.decode(), ""
    mismatch = compare_syntax(ok, want_msg, want_line, syntax)
    if mismatch:
        return False, mismatch[0], mismatch[1]
    if not ok and (c.columns or os.environ.get("MOAT_SYNTAX_COLUMNS")) and r.get("lineno") != -1:
        d = syntax[0]
        want = (r.get("offset"), r.get("end_lineno"), r.get("end_offset"))
        got = (d.get("column"), d.get("end_line"), d.get("end_column"))
        if (want[2] or 0) <= 0:  # CPython gives no end (0 or -1): the start is compared
            want, got = want[:1], got[:1]
        if want != got:
            return False, "error place (column, end line, end column) %s, want %s" % (got, want), \
                "CPython: %s" % want_msg
    return True, "", ""


def native_compile(path):
    """python3's (this machine's) verdict and CPU time for compiling `path`."""
    prog = ("import json, sys\n"
            "F = sys.argv[1]\n"
            "try:\n"
            "    compile(open(F, 'rb').read(), F, 'exec')\n"
            "    r = {'ok': True}\n"
            "except BaseException as e:\n"
            "    r = {'ok': False, 'type': type(e).__name__, 'msg': getattr(e, 'msg', str(e)),\n"
            "         'lineno': getattr(e, 'lineno', None)}\n"
            "print(json.dumps(r))\n")
    rc, out, _, secs = run_cpu_timed([sys.executable, "-c", prog, path], 600)
    try:
        return json.loads(out.decode()), secs
    except ValueError:
        return {"ok": False, "type": "crash", "msg": describe_exit(rc)}, secs


# Errors that come from Pyodide's smaller WebAssembly stacks, where native CPython parses fine.
WASM_LIMIT_TYPES = ("MemoryError", "RecursionError")


def judge_hostile(moat, c, time_factor):
    native, native_secs = native_compile(c.path)
    budget = max(2.0, 3.0 * native_secs) * time_factor
    r = c.oracle
    note = ""
    if r.get("oracle_error") or (not r.get("ok") and r.get("type") in WASM_LIMIT_TYPES
                                 and native.get("ok")):
        note = " (oracle: %s; judged by python%d.%d)" % (
            r.get("oracle_error") or r.get("type"), sys.version_info[0], sys.version_info[1])
        r = native
    error, syntax, rc, secs = moat_check(moat, c, budget * 3 + 5, cpu_time=True)
    if error:
        return False, error + note, ""
    if secs > budget:
        return False, "took %.2fs, budget %.2fs (python3 %.2fs)%s" % (
            secs, budget, native_secs, note), ""
    ok, want_msg, want_line = oracle_verdict(r)
    mismatch = compare_syntax(ok, want_msg, want_line, syntax, check_message=False)
    if mismatch:
        return False, mismatch[0] + note, mismatch[1]
    return True, "", ""


def parse_run_json(out):
    lines = out.decode("utf-8", "replace").rstrip("\n").split("\n")
    try:
        obj = json.loads(lines[-1])
    except ValueError:
        return None
    return obj if isinstance(obj, dict) else None


def describe_difference(what, want, got):
    if isinstance(want, str) and isinstance(got, str) and "\n" in want + got:
        diff = difflib.unified_diff(want.split("\n"), got.split("\n"), "CPython", "moat",
                                    lineterm="")
        return "%s:\n  %s" % (what, "\n  ".join(diff))
    return "%s:\n  CPython: %r\n  moat:    %r" % (what, want, got)


HOST_FLAGS = ["--stubs", os.path.join(TESTS, "host", "tools.pyi"),
              "--host", "python3 " + os.path.join(TESTS, "host", "serve.py")]


def judge_conformance(moat, c, timeout):
    want = c.oracle
    if want.get("oracle_error"):
        return False, "oracle error: %s" % want["oracle_error"], ""
    if want.get("exception"):
        want = dict(want, exception=dict(want["exception"]))
        want["exception"]["traceback"] = without_machinery_frames(want["exception"]["traceback"])
    flags = HOST_FLAGS if c.kind == "host" else []
    rc, out, err, _ = run_moat([moat, "run", c.filename, "--json"] + flags, timeout,
                               cwd=os.path.dirname(c.path))
    if b"Sanitizer" in err or b"runtime error:" in err:
        return False, "moat: sanitizer report", err.decode("utf-8", "replace")[-2000:]
    if rc not in (0, 1):
        return False, "moat %s" % describe_exit(rc), err.decode("utf-8", "replace")[-500:]
    got = parse_run_json(out)
    if got is None:
        return False, "moat run --json printed no JSON object last", repr(out[-300:])
    want_rc = 0 if want["status"] == "ok" else 1
    problems = []
    if got.get("status") != want["status"]:
        problems.append(("status", want["status"], got.get("status")))
    if rc != want_rc:
        problems.append(("exit code", want_rc, rc))
    if got.get("stdout") != want["stdout"]:
        problems.append(("stdout", want["stdout"], got.get("stdout")))
    if want["status"] == "ok":
        wr, gr = want["result"], got.get("result") or {}
        if gr.get("repr") != wr["repr"]:
            problems.append(("result repr", wr["repr"], gr.get("repr")))
    else:
        we, ge = want["exception"], got.get("exception") or {}
        for key in ("type", "message", "traceback"):
            if ge.get(key) != we[key]:
                problems.append(("exception " + key, we[key], ge.get(key)))
    if problems:
        short = ", ".join(p[0] for p in problems) + " differ"
        return False, short, "\n".join(describe_difference(*p) for p in problems)
    return True, "", ""


# ---------------------------------------------------------------- known failures


def read_known_failures():
    known = {}
    try:
        with open(KNOWN_FAILURES) as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                parts = line.split(None, 1)
                known[parts[0]] = parts[1] if len(parts) > 1 else ""
    except FileNotFoundError:
        pass
    return known


KNOWN_HEADER = """\
# Cases expected to fail, one per line: `<case id>  <reason>`. run_cases.py reports a listed
# case that fails as a known failure; a listed case that passes fails the run (remove it), so
# this list only shrinks. `python3 tests/run_cases.py --moat build/moat --update-known-failures`
# rewrites it from the current failures (with --filter, only entries of the cases that ran).
"""


def write_known_failures(known):
    def order(cid):
        m = re.match(r"(.*):(\d+)$", cid)
        return (m.group(1), int(m.group(2))) if m else (cid, 0)

    with open(KNOWN_FAILURES, "w") as f:
        f.write(KNOWN_HEADER)
        for cid in sorted(known, key=order):
            reason = " ".join(known[cid].split())
            f.write("%s  %s\n" % (cid, reason) if reason else "%s\n" % cid)


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--moat", default=os.path.join(ROOT, "build", "moat"))
    ap.add_argument("--filter", default="", help="run only cases whose id contains SUBSTR")
    ap.add_argument("-v", "--verbose", action="store_true", help="show expected vs actual")
    ap.add_argument("-j", "--jobs", type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument("--update-known-failures", action="store_true")
    ap.add_argument("--no-cache", action="store_true",
                    help="ask the oracle about every case (else reuse build/oracle_cache.json)")
    ap.add_argument("--no-hostile", action="store_true", help="skip the hostile inputs")
    ap.add_argument("--conformance", default=os.path.join(TESTS, "conformance"), metavar="DIR",
                    help="where the conformance programs are (default tests/conformance)")
    ap.add_argument("--timeout", type=float, default=20, help="seconds per moat process")
    ap.add_argument("--oracle-timeout", type=float, default=30, help="seconds per oracle case")
    ap.add_argument("--time-factor", type=float,
                    default=float(os.environ.get("MOAT_TIME_FACTOR", "0") or 0),
                    help="multiply hostile time budgets (default 1; 10 for an asan build)")
    args = ap.parse_args()

    moat = os.path.abspath(args.moat)
    if not os.access(moat, os.X_OK):
        sys.stderr.write("run_cases: %s is not an executable (make build/moat first)\n" % moat)
        return 2
    time_factor = args.time_factor or (10.0 if "asan" in moat else 1.0)

    tmpdir = tempfile.mkdtemp(prefix="moat_cases_")
    try:
        return run_all(args, moat, time_factor, tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def run_all(args, moat, time_factor, tmpdir):
    notes = []
    syntax = load_syntax_cases()
    conformance = load_conformance_cases(args.conformance)
    if not conformance:
        notes.append("no tests/conformance/*.py yet: conformance skipped")
    hostile = [] if args.no_hostile else load_hostile_cases(tmpdir, lambda i: args.filter in i)
    if args.no_hostile:
        notes.append("hostile inputs skipped (--no-hostile)")
    limits = load_limits_cases()
    host = load_host_cases()
    checks = load_check_cases()
    cases = [c for c in syntax + conformance + host + hostile + limits + checks if args.filter in c.id]
    if not cases:
        print("no case matches --filter %r" % args.filter)
        print("0 passed, 0 failed")
        return 1

    # Snippets are written where moat reads them; one directory each keeps the name main.py.
    for i, c in enumerate(c for c in cases if c.kind == "syntax"):
        d = os.path.join(tmpdir, "s%d" % i)
        os.mkdir(d)
        c.path = os.path.join(d, SNIPPET_NAME)
        with open(c.path, "wb") as f:
            f.write(c.source)

    # The oracle runs alone: sharing the two cores with moat processes slows Pyodide many times
    # over (and hostile inputs are timed).
    oracle = OracleRun([c for c in cases if c.kind not in ("limits", "sandbox", "check")],
                       not args.no_cache, args.oracle_timeout)
    oracle.wait()

    def judge(c):
        if c.kind == "syntax":
            return c, judge_syntax(c, moat_check(moat, c, args.timeout))
        if c.kind in ("limits", "sandbox"):
            return c, judge_limits(moat, c, args.timeout, time_factor)
        if c.kind == "check":
            return c, judge_check(moat, c, args.timeout)
        return c, judge_conformance(moat, c, args.timeout)

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for c, outcome in pool.map(judge, [c for c in cases if c.kind != "hostile"]):
            c.outcome = outcome
    for c in cases:  # one at a time: they are timed against python3
        if c.kind == "hostile":
            c.outcome = judge_hostile(moat, c, time_factor)
    all_ids = {c.id for c in syntax + conformance + host + limits + checks} | {"hostile/" + n for n, _ in HOSTILE}
    return report(args, cases, all_ids, notes, oracle)


def report(args, cases, all_ids, notes, oracle):
    known = read_known_failures()
    passed = failed = xfail = 0
    new_known = {}
    for c in cases:
        ok, short, details = c.outcome
        if ok and c.id in known:
            failed += 1
            print("FAIL %s: now passes: remove it from known_failures.txt" % c.id)
        elif ok:
            passed += 1
        elif c.id in known:
            xfail += 1
            new_known[c.id] = short
            if args.verbose:
                print("xfail %s: %s" % (c.id, short))
                if details:
                    print("       " + details.replace("\n", "\n       "))
        else:
            failed += 1
            new_known[c.id] = short
            print("FAIL %s: %s" % (c.id, short))
            if args.verbose and details:
                print("       " + details.replace("\n", "\n       "))
    ran = {c.id for c in cases}
    stale = [k for k in known if k not in all_ids]
    for k in stale:
        failed += 1
        print("FAIL %s: listed in known_failures.txt but no such case" % k)
    if args.update_known_failures:
        kept = {k: v for k, v in known.items() if k not in ran and k in all_ids}
        kept.update(new_known)
        write_known_failures(kept)
        print("wrote %s (%d entries)" % (os.path.relpath(KNOWN_FAILURES), len(kept)))
    by_kind = {}
    for c in cases:
        by_kind.setdefault(c.kind, [0, 0])[0 if c.outcome[0] else 1] += 1
    for kind in sorted(by_kind):
        print("%-12s %d passed, %d not" % (kind, by_kind[kind][0], by_kind[kind][1]))
    if oracle.todo:
        print("oracle: %d cases in %.1fs (%d cached)" % (
            len(oracle.todo), oracle.elapsed, len(cases) - len(oracle.todo)))
    for n in notes:
        print("note: " + n)
    if xfail:
        print("%d known failures (tests/known_failures.txt), counted as skipped" % xfail)
    print("%d passed, %d failed, %d skipped" % (passed, failed, xfail))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
