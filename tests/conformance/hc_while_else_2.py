n = 0
while n < 3:
    n += 1
else:
    print("loop done", n)
for x in []:
    print("never")
else:
    print("empty for else")
count = 0
while True:
    count += 1
    if count > 4:
        break
    if count % 2:
        continue
    print("even", count)
i = 10
while i:
    i //= 2
i
