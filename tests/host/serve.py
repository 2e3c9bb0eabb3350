#!/usr/bin/env python3
"""A --host helper for tests/host/cases: answers each call line of moat's JSON-lines protocol
(DESIGN.md) by calling the function of tools.py, with the tagged encodings both ways."""
import asyncio
import base64
import inspect
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tools  # noqa: E402


def decode(v):
    if isinstance(v, list):
        return [decode(x) for x in v]
    if isinstance(v, dict):
        if len(v) == 1:
            (tag, x), = v.items()
            if tag == "$tuple":
                return tuple(decode(i) for i in x)
            if tag == "$set":
                return {decode(i) for i in x}
            if tag == "$frozenset":
                return frozenset(decode(i) for i in x)
            if tag == "$dict":
                return {decode(k): decode(i) for k, i in x}
            if tag == "$bytes":
                return base64.b64decode(x)
            if tag == "$int":
                return int(x)
            if tag == "$float":
                return float(x)
        return {k: decode(x) for k, x in v.items()}
    return v


def encode(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if -2**63 <= v < 2**63 else {"$int": str(v)}
    if isinstance(v, float):
        return v if math.isfinite(v) else {"$float": repr(v)}
    if isinstance(v, list):
        return [encode(x) for x in v]
    if isinstance(v, tuple):
        return {"$tuple": [encode(x) for x in v]}
    if isinstance(v, frozenset):
        return {"$frozenset": [encode(x) for x in v]}
    if isinstance(v, set):
        return {"$set": [encode(x) for x in v]}
    if isinstance(v, bytes):
        return {"$bytes": base64.b64encode(v).decode()}
    if isinstance(v, dict):
        if all(isinstance(k, str) for k in v) and not (len(v) == 1 and next(iter(v)).startswith("$")):
            return {k: encode(x) for k, x in v.items()}
        return {"$dict": [[encode(k), encode(x)] for k, x in v.items()]}
    raise TypeError("cannot encode %r" % type(v).__name__)


def main():
    for line in sys.stdin:
        call = json.loads(line)
        try:
            fn = getattr(tools, call["function"])
            value = fn(*decode(call["args"]), **decode(call["kwargs"]))
            if inspect.iscoroutine(value):
                value = asyncio.run(value)
            answer = {"return": encode(value)}
        except Exception as e:
            msg = e.args[0] if e.args and isinstance(e.args[0], str) else str(e)
            answer = {"raise": {"type": type(e).__name__, "message": msg}}
        answer["id"] = call["id"]
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
