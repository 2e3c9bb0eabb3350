votes = ["b", "a", "c", "b", "a", "b", "d", "c", "b"]
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
ranking = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (cand, n) in enumerate(ranking, start=1):
    print(f"{place}. {cand} {'*' * n} ({n / len(votes):.1%})")
winner, count = ranking[0]
assert winner == "b" and count == 4
