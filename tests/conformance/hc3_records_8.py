people = [("Smith", "John", 42), ("Doe", "Jane", 37), ("Smith", "Anna", 29), ("Brown", "Bob", 42)]
people.sort(key=lambda p: (p[0], p[1]))
print(people)
people.sort(key=lambda p: p[2], reverse=True)
print(people)
names = ", ".join(f"{first} {last}" for last, first, _ in people)
print(names)
ages = sorted({age for *_, age in people})
print(ages)
index = {f"{l}/{f}": a for l, f, a in people}
print(index["Smith/Anna"])
assert len(index) == 4
