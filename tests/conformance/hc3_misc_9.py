import sys
def walrus_demo(data):
    if (n := len(data)) > 3:
        print(f"long list ({n} items)")
    results = [y for x in data if (y := x * 2) > 4]
    return results, n
print(walrus_demo([1, 2, 3, 4]))
lines = iter(["a", "b", ""])
while (line := next(lines)):
    print("line", line)
print(f"{(z := 10) * 2} {z}")
