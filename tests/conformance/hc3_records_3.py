rows = [("name", "age", "city"), ("Ann", "31", "Oslo"), ("Bo", "27", "Rome"), ("Cy", "45", "Oslo")]
header, *data = rows
records = [dict(zip(header, r)) for r in data]
for r in records:
    r["age"] = int(r["age"])
print(records)
oslo = [r["name"] for r in records if r["city"] == "Oslo"]
print(oslo)
oldest = sorted(records, key=lambda r: r["age"], reverse=True)
print([r["name"] for r in oldest])
widths = [max(len(str(r[h])) for r in records + [dict(zip(header, header))]) for h in header]
for r in [dict(zip(header, header))] + records:
    print(" | ".join(str(r[h]).ljust(w) for h, w in zip(header, widths)))
