# slice of builtin results and chained method calls
text = "  The Quick Brown Fox  "
print(text.strip().lower().split()[::-1], " ".join(reversed(text.split())).upper())
print(sorted(text.split(), key=len)[-1], [w[0] for w in text.split()], max(text.split(), key=str.lower))
print(list(map(len, text.split())), sum(map(len, text.split())), "".join(w[0] for w in text.split()).lower())
text.strip().split()[10]
