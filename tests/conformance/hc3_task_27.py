def to_table(rows):
    keys = list(rows[0])
    w = {k: max(len(k), *(len(str(r[k])) for r in rows)) for k in keys}
    sep = "+" + "+".join("-" * (w[k] + 2) for k in keys) + "+"
    lines = [sep, "| " + " | ".join(k.upper().ljust(w[k]) for k in keys) + " |", sep]
    for r in rows:
        lines.append("| " + " | ".join(str(r[k]).rjust(w[k]) if isinstance(r[k], (int, float)) else str(r[k]).ljust(w[k]) for k in keys) + " |")
    lines.append(sep)
    return "\n".join(lines)
print(to_table([{"name": "alpha", "n": 1, "ratio": 0.5}, {"name": "b", "n": 200, "ratio": 12.25}]))
