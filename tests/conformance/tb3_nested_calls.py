def parse(row):
    return int(row["qty"])
def total(rows):
    return sum(parse(r) for r in rows)
def report(rows):
    t = total(rows)
    return f"total={t}"
report([{"qty": "1"}, {"qty": "x"}])
