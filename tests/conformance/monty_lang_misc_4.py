# === while loops with complex conditions ===
a, b = 0, 1
fibs = []
while len(fibs) < 10 and b < 50:
    fibs.append(b)
    a, b = b, a + b
assert fibs == [1, 1, 2, 3, 5, 8, 13, 21, 34], fibs
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 1000:
        break
assert steps == 111, steps
i = 10
while i:
    i -= 3
    if i < 0:
        break
i
