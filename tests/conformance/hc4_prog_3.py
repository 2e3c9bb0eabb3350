from functools import reduce
from itertools import groupby
from operator import itemgetter

sales = [
    {"region": "east", "rep": "ann", "amount": 120.5},
    {"region": "west", "rep": "bob", "amount": 99.99},
    {"region": "east", "rep": "cid", "amount": 300},
    {"region": "west", "rep": "bob", "amount": 0.01},
    {"region": "north", "rep": "dee", "amount": 42},
]
by_region = {k: [s["amount"] for s in g] for k, g in groupby(sorted(sales, key=itemgetter("region")), key=itemgetter("region"))}
print(by_region)
totals = {k: round(sum(v), 2) for k, v in by_region.items()}
print(totals, max(totals.items(), key=itemgetter(1)))
rep_totals = reduce(lambda acc, s: {**acc, s["rep"]: acc.get(s["rep"], 0) + s["amount"]}, sales, {})
print(sorted(rep_totals.items(), key=lambda kv: -kv[1]))
report = "\n".join(f"{r:<6}|{t:>10,.2f}|{'#' * int(t // 50)}" for r, t in sorted(totals.items()))
print(report)
avg = sum(s["amount"] for s in sales) / len(sales)
f"{avg:.3f}"
