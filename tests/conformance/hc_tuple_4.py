records = [("bob", 25, 3.5), ("amy", 30, 3.9), ("cat", 25, 3.1)]
records.sort(key=lambda r: (r[1], -r[2]))
print(records)
print(sorted(records))
print(max(records, key=lambda r: r[2])[0])
by_age = {}
for name, age, _ in records:
    by_age.setdefault(age, []).append(name)
print(by_age)
tuple(sorted(by_age))
