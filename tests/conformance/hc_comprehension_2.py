words = ["apple", "Banana", "cherry", "date", "Elder"]
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({w[0].lower(): w for w in words})
print(sorted({len(w) for w in words}))
print([w.upper() for w in words if w[0].isupper()])
print(sum(len(w) for w in words), any(w.startswith("c") for w in words), all(len(w) > 3 for w in words))
{k: v for k, v in zip("abc", range(3)) if v}
