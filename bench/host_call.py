"""CPython's side of api_bench's call round trip: a compiled `tool(1) + 1` run with `tool` a
Python function, timed the same way (microseconds per run)."""
import time


def tool(x):
    return 41


code = compile("tool(1) + 1", "bench.py", "eval")
n = 200000
t0 = time.perf_counter()
for _ in range(n):
    eval(code, {"tool": tool})
print("start + call + done (CPython eval): %.2f us per run (%d iterations)" % (
    (time.perf_counter() - t0) / n * 1e6, n))
