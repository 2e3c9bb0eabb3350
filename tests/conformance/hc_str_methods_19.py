import json
template = "Dear {name},\nYour order #{order:05d} totals ${total:,.2f}.\n{footer}"
print(template.format(name="Ann", order=42, total=1234.5, footer="-- Shop"))
rows = [("id", "name", "score"), (1, "Ann", 9.5), (2, "Bob", 10)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(str(v).ljust(w) for v, w in zip(r, widths)))
print("-+-".join("-" * w for w in widths))
s = "key1=val1;key2=val2;;key3="
pairs = dict(p.split("=", 1) for p in s.split(";") if p)
print(pairs, json.dumps(pairs, sort_keys=True))
print("CSV:", ",".join(f'"{v}"' if "," in str(v) else str(v) for v in ["a,b", 1, "c"]))
