# for-loops over ranges (stepped inline by the VM): edges of int64, negative steps, empty
# ranges, an iterator shared between loops, and unpacking its ints.
big = 2**63 - 1
print([i for i in range(big - 3, big)], [i for i in range(-big - 1, -big + 2)])
print(list(range(big, big - 7, -3)), list(range(5, 5)), list(range(5, 0, 2)))
it = iter(range(10))
for x in it:
    if x == 3:
        break
print(x, [y for y in it], list(it))
total = 0
for i in range(0, 30, 4):
    for j in range(i, -1, -5):
        if j % 3 == 0:
            continue
        total += i * j
print(total)
print([i for i in range(2**63 - 2, 2**63 + 2)])
for a, b in range(3):
    print(a, b)
