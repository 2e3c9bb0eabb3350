def parse_record(line):
    parts = line.split(",")
    if len(parts) != 3:
        raise ValueError(f"expected 3 fields, got {len(parts)}: {line!r}")
    name, age, score = parts
    try:
        return {"name": name.strip(), "age": int(age), "score": float(score)}
    except ValueError as e:
        raise ValueError(f"bad number in {line!r}") from e
lines = ["ann, 30, 9.5", "bob,x,1", "cy,5", "dee, 41, 7"]
good, bad = [], []
for ln in lines:
    try:
        good.append(parse_record(ln))
    except ValueError as e:
        bad.append((str(e), type(e.__cause__).__name__ if e.__cause__ else None))
print(good)
for b in bad:
    print(b)
parse_record("eve,1,zz")
