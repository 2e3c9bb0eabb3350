total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i
print(total)
for i, ch in enumerate("abc", 1):
    print(i, ch, end="; ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b, sep=":", end=" ")
print()
i = 0
for i in range(0):
    pass
print(i)
for x in range(3):
    pass
x
