"""Runs each valid check case under `moat run` with its stubs, the stand-in host fake_host.py
answering the external calls and each stub input given a value; prints the cases that do not
run to completion. A case the checker refuses exits 3 (a false positive); others show what the
interpreter or the stand-in host cannot do yet.

    python3 tests/check/tools/run_valid.py --moat build/moat [--filter v2_]"""
import argparse, ast, glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.dirname(HERE)
INPUTS = {"str": "EUR", "float": 900.0, "int": 3}


def stub_inputs(stub):
    args = []
    for node in ast.parse(open(stub).read()).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.annotation, ast.Name):
            value = INPUTS.get(node.annotation.id)
            args += ["--input", "%s=%s" % (node.target.id, json.dumps(value))]
    return args


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--moat", default="build/moat")
    ap.add_argument("--filter", default="")
    args = ap.parse_args()
    failed = 0
    cases = [p for p in sorted(glob.glob(os.path.join(CHECK, "*%s*.py" % args.filter)))
             if "# error:" not in open(p).read()]
    for path in cases:
        first = open(path).readline()
        stubs = first[len("# stubs:"):].split() if first.startswith("# stubs:") else []
        argv = [args.moat, "run", path]
        host = ["python3", os.path.join(HERE, "fake_host.py")]
        for s in stubs:
            stub = os.path.join(CHECK, "stubs", s)
            argv += ["--stubs", stub] + stub_inputs(stub)
            host.append(stub)
        if stubs:
            argv += ["--host", " ".join(host)]
        r = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        if r.returncode != 0:
            failed += 1
            last = (r.stderr.strip().splitlines() or ["?"])[-1]
            print("%s: exit %d: %s" % (os.path.basename(path), r.returncode, last))
    print("%d passed, %d failed" % (len(cases) - failed, failed))


if __name__ == "__main__":
    sys.exit(main())
