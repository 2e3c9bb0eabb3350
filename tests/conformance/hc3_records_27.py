rows = [{"a": 1, "b": 2}, {"a": 3}, {"b": 4, "c": 5}]
cols = []
for r in rows:
    for k in r:
        if k not in cols:
            cols.append(k)
print(cols)
table = [[r.get(c, "") for c in cols] for r in rows]
print(table)
csv = "\n".join(",".join(map(str, row)) for row in [cols] + table)
print(csv)
csv.count(",")
