def collatz(n):
    steps = []
    while n != 1:
        steps.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    else:
        steps.append(1)
    return steps
print(collatz(6), len(collatz(27)))
i = 0
while i < 10:
    i += 1
    if i == 100:
        break
else:
    print("no break, i =", i)
found = None
for word in ["apple", "banana", "cherry"]:
    if "an" in word:
        found = word
        break
else:
    found = "none"
print(found)
while False:
    pass
else:
    print("else of while False")
