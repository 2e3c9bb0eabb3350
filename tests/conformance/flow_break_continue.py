out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)
n = 0
seen = []
while True:
    n += 1
    if n == 3:
        continue
    if n > 6:
        break
    seen.append(n)
print(seen, n)
print(out)
