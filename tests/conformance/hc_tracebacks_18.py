def f(x):
    return x.strip().split(",")
rows = ["a,b", None]
out = [f(r) for r in rows]
