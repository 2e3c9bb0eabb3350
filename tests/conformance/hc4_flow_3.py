result = []
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        result.append((i, j))
print(result)
i = 10
while i:
    i -= 3
    if i < 0:
        print("negative", i)
        break
x = [n for n in range(20) if n % 2 if n % 3]
print(x)
