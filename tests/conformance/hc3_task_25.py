import math
def stats(xs):
    xs = sorted(xs)
    n = len(xs)
    q = lambda p: xs[min(n - 1, max(0, math.ceil(p * n) - 1))]
    return {"n": n, "min": xs[0], "p50": q(0.5), "p90": q(0.9), "max": xs[-1], "mean": round(sum(xs) / n, 3)}
latencies = [12, 15, 11, 90, 14, 13, 200, 16, 12, 15]
print(stats(latencies))
print({k: v for k, v in stats(range(1, 101)).items() if k.startswith("p")})
