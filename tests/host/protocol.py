#!/usr/bin/env python3
"""`moat run --host` against helpers that misbehave: each must end in a clear error (exit 2 and
a message naming the problem), never a hang or a crash. Also the paths around the host: no
host at all, bad --input, hosts that answer well. Standard library only."""
import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STUBS = os.path.join(HERE, "tools.pyi")
PY = sys.executable


def helper(body):
    """A --host command running `body` as Python; `req` is the first request, parsed."""
    code = "import json, sys\nreq = json.loads(sys.stdin.readline())\n" + body
    return "%s -c %s" % (PY, shlex.quote(code))


# (name, script, host command or None, extra flags, exit code, text expected in stderr or in
# the JSON's exception message)
CASES = [
    ("host exits at once", "get_weather('Paris')\n", "true", [], 2, "the host"),
    ("host answers garbage", "get_weather('Paris')\n", helper("print('not json')"), [], 2,
     "not JSON"),
    ("host answers the wrong id", "get_weather('Paris')\n",
     helper("print(json.dumps({'id': req['id'] + 7, 'return': 1}))"), [], 2, "answered id 8"),
    ("host answers without return or raise", "get_weather('Paris')\n",
     helper("print(json.dumps({'id': req['id']}))"), [], 2, "exactly one of"),
    ("host answers both", "get_weather('Paris')\n",
     helper("print(json.dumps({'id': req['id'], 'return': 1, 'raise': {}}))"), [], 2,
     "exactly one of"),
    ("host raises without a type", "get_weather('Paris')\n",
     helper("print(json.dumps({'id': req['id'], 'raise': {'message': 'x'}}))"), [], 2,
     "\"raise\" needs"),
    ("host answers a bad tag", "get_weather('Paris')\n",
     helper("print(json.dumps({'id': req['id'], 'return': {'$bytes': '!!'}}))"), [], 2,
     "not JSON"),
    ("host answers an id that is not an int", "get_weather('Paris')\n",
     helper("print(json.dumps({'id': 'one', 'return': 1}))"), [], 2, "no \"id\""),
    ("host dies after the first answer", "get_weather('Paris')\nget_weather('Oslo')\n",
     helper("print(json.dumps({'id': req['id'], 'return': {}}), flush=True)"), [], 2,
     "the host"),
    ("host that never exits is stopped", "1\n",
     helper("") .replace("req = json.loads(sys.stdin.readline())", "import time; time.sleep(60)"),
     [], 0, ""),
    ("no host: the call raises in the script", "get_weather('Paris')\n", None, [], 1,
     "no host answers external function 'get_weather'"),
    ("bad --input JSON", "x\n", None, ["--input", "x={bad"], 2, "--input x"),
    ("--input without a name", "x\n", None, ["--input", "=1"], 2, "NAME=JSON"),
    ("--input values are globals", "(x, y)\n", None,
     ["--input", "x={\"$tuple\": [1, {\"$int\": \"123456789012345678901234\"}]}",
      "--input", "y=[null, true, 2.5]"], 0, ""),
    ("a stub with syntax errors", "1\n", None, ["--stubs", "BAD_STUB"], 2, "SyntaxError"),
    ("the checker refuses to run a script with errors", "get_weather('Paris', units='F')\n",
     helper("print(json.dumps({'id': req['id'], 'return': 1}))"), [], 3, "unknown-keyword"),
    ("--no-check runs it; the call is still held to the stub", "get_weather('Paris', units='F')\n",
     helper("print(json.dumps({'id': req['id'], 'return': {}}))"), ["--no-check"], 1,
     "get_weather() got an unexpected keyword argument 'units'"),
    ("an answer the stub does not allow names the tool", "get_weather('Paris')\n",
     helper("print(json.dumps({'id': req['id'], 'return': [1]}))"), [], 1,
     "external function 'get_weather' returned a value its stub does not allow"),
    ("time in the host is not the script's", "get_weather('Paris')\nget_weather('Oslo')\n",
     "%s -c %s" % (PY, shlex.quote(
         "import json, sys, time\n"
         "for line in sys.stdin:\n"
         "    time.sleep(0.3)\n"
         "    print(json.dumps({'id': json.loads(line)['id'], 'return': {}}), flush=True)\n")),
     ["--max-duration", "0.2"], 0, ""),
]


def run(moat, case, tmp):
    name, script, host, flags, want_rc, want_text = case
    path = os.path.join(tmp, "script.py")
    with open(path, "w") as f:
        f.write(script)
    bad_stub = os.path.join(tmp, "bad.pyi")
    with open(bad_stub, "w") as f:
        f.write("def (:\n")
    flags = [bad_stub if a == "BAD_STUB" else a for a in flags]
    cmd = [moat, "run", path, "--json", "--stubs", STUBS] + flags
    if host:
        cmd += ["--host", host]
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=20)
    except subprocess.TimeoutExpired:
        return "hung (killed after 20 s)"
    secs = time.monotonic() - t0
    err = p.stderr.decode("utf-8", "replace")
    out = p.stdout.decode("utf-8", "replace")
    if "Sanitizer" in err or "runtime error:" in err:
        return "sanitizer report:\n" + err[-2000:]
    if p.returncode != want_rc:
        return "exit %d, want %d; stderr: %s" % (p.returncode, want_rc, err.strip()[-300:])
    if want_rc == 2:
        if want_text not in err:
            return "stderr lacks %r: %r" % (want_text, err[-300:])
        if out.strip():
            return "printed on stdout for a usage/I/O error: %r" % out[-300:]
    else:
        try:
            got = json.loads(out.strip().split("\n")[-1])
        except ValueError:
            return "no JSON object last on stdout: %r" % out[-300:]
        status = {0: "ok", 1: "error", 3: "check_failed"}[want_rc]
        if got.get("status") != status:
            return "status %r, want %r" % (got.get("status"), status)
        if want_rc == 3:
            codes = [d.get("code") for d in got.get("diagnostics") or []]
            return None if want_text in codes else "diagnostics %r lack %r" % (codes, want_text)
        msg = (got.get("exception") or {}).get("message") or ""
        if want_text and want_text not in msg:
            return "exception message lacks %r: %r" % (want_text, msg)
        if name == "--input values are globals" and \
                got["result"]["repr"] != "((1, 123456789012345678901234), [None, True, 2.5])":
            return "result %r" % got["result"]["repr"]
    if secs > 10:
        return "took %.1f s" % secs
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--moat", default=os.path.join(ROOT, "build", "moat"))
    args = ap.parse_args()
    moat = os.path.abspath(args.moat)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            problem = run(moat, case, tmp)
            if problem:
                failed += 1
                print("FAIL host protocol: %s: %s" % (case[0], problem))
    print("host protocol: %d passed, %d failed" % (len(CASES) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
