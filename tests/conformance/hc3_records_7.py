from itertools import groupby
from operator import itemgetter
sales = [
    ("north", "q1", 100), ("south", "q1", 80), ("north", "q2", 130),
    ("south", "q2", 95), ("east", "q1", 40), ("north", "q3", 70),
]
sales.sort(key=itemgetter(0, 1))
for region, group in groupby(sales, key=itemgetter(0)):
    g = list(group)
    print(region, [q for _, q, _ in g], sum(v for *_, v in g))
by_q = {}
for region, q, v in sales:
    by_q[q] = by_q.get(q, 0) + v
print(by_q)
print(max(by_q, key=by_q.get))
