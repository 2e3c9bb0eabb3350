scores = {"ann": [3, 5, 2], "ben": [4, 4], "cat": [5]}
flat = sorted(((name, s) for name, ss in scores.items() for s in ss), key=lambda t: (-t[1], t[0]))
print(flat)
best_each = {n: max(ss) for n, ss in scores.items()}
print(best_each)
print(sum(map(len, scores.values())))
print(sorted(scores, key=lambda n: sum(scores[n]) / len(scores[n])))
