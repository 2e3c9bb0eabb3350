students = [("ann", [90, 85]), ("bob", [70, 75, 80]), ("cy", [])]
averages = {name: (sum(s) / len(s) if s else None) for name, s in students}
print(averages)
passed = [name for name, avg in averages.items() if avg is not None and avg >= 80]
print(passed)
table = {name: {i: score for i, score in enumerate(s)} for name, s in students}
print(table)
inverted = {score: name for name, s in students for score in s}
print(sorted(inverted.items()))
print([[c for c in word if c not in "aeiou"] for word in ["queue", "rhythm"]])
