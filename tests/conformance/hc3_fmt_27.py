header = ["id", "name", "score"]
rows = [[1, "alpha", 9.5], [22, "b", 10.25], [333, "gamma ray", 7]]
widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
def fmt_row(r):
    return " | ".join(f"{str(v):<{w}}" if isinstance(v, str) else f"{v:>{w}}" for v, w in zip(r, widths))
print(fmt_row(header))
print("-+-".join("-" * w for w in widths))
for r in rows:
    print(fmt_row(r))
widths
