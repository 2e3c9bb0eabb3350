words = ["alpha", "Beta", "gamma", "Delta", "epsilon"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(" ".join(w[::-1] for w in words))
print([w for w in words if w[0].isupper()])
print("".join(w[0] for w in words).upper())
print(max(words, key=lambda w: (len(w), w)))
print("-".join(sorted(set("mississippi"))))
