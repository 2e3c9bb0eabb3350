# enumerate/zip/map/filter combos typical of agent code
names = ["ann", "bob", "cy"]
scores = [88, 92, 75]
ranked = sorted(zip(scores, names), reverse=True)
print(ranked, [f"{i}. {n}" for i, (s, n) in enumerate(ranked, 1)])
print(dict(zip(names, scores)), list(map(lambda p: p[0] + p[1], zip(scores, scores[1:]))))
passed = list(filter(lambda t: t[1] >= 80, zip(names, scores)))
print(passed, list(zip(*passed)))
list(zip(names, scores, strict=True)) == list(zip(names, scores))
