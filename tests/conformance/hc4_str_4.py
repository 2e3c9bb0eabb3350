words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(" ".join(w.capitalize() for w in words))
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
records = [dict(zip(header, r)) for r in body]
print(records)
print(sum(int(r["age"]) for r in records))
print("-".join(str(n) for n in range(5)))
"-".join([1, 2])
