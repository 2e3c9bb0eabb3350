total = 0
for ch in "abc":
    total += 1
print(total)
for x in total:
    print(x)
