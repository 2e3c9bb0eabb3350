for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
else:
    print("outer else")
for x in []:
    pass
else:
    print("empty else")
n = 10
while n > 0:
    n -= 3
    if n == 4:
        break
else:
    print("never")
print("n =", n)
found = next((i for i in range(10) if i * i > 20), None)
print(found)
