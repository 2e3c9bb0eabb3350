# dict iteration patterns
scores = {"ann": [90, 80], "bob": [70], "cy": []}
for name, vals in scores.items():
    avg = sum(vals) / len(vals) if vals else None
    print(f"{name}: {avg}")
best = max(scores, key=lambda n: max(scores[n], default=0))
print(best, sorted(scores, key=lambda n: len(scores[n])))
print({k: len(v) for k, v in scores.items()}, list(zip(scores, scores.values())))
sum(scores.values(), [])
