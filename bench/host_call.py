"""CPython's side of api_bench's call round trip: a compiled `tool(1) + 1` run with `tool` a
Python function, timed the same way (microseconds per run, the best of 500 rounds of 100)."""
import time


def tool(x):
    return 41


code = compile("tool(1) + 1", "bench.py", "eval")
rounds, per_round = 500, 100
best = float("inf")
for _ in range(rounds):
    t0 = time.perf_counter()
    for _ in range(per_round):
        eval(code, {"tool": tool})
    best = min(best, (time.perf_counter() - t0) / per_round)
print("start + call + done (CPython eval): %.2f us per run (best of %d rounds of %d)" % (
    best * 1e6, rounds, per_round))
