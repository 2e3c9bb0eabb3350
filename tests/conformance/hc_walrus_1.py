data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
chunks = iter(["a", "b", ""])
out = []
while (c := next(chunks)):
    out.append(c)
print(out)
total = 0
print([total := total + v for v in data], total)
