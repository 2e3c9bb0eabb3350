# walrus in while and if
data = [5, 3, 0, 8]
i = 0
while (n := data[i]) != 0:
    print("n", n)
    i += 1
if (m := max(data)) > 5:
    print("max", m)
chunks = iter(["ab", "cd", ""])
while chunk := next(chunks):
    print(chunk)
print((y := 10) + y, y)
[z := 1, z + 1]
