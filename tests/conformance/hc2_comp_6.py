# dict and set comprehension edge cases
words = ["apple", "Banana", "cherry", "avocado", "blueberry"]
print({w[0].lower(): w for w in words})
print({len(w) for w in words} == {5, 6, 7, 9}, sorted({len(w) for w in words}))
print({k: v for k, v in zip("abc", range(3)) if v}, {(a, b): a * b for a in range(2) for b in range(2)})
print({x: x for x in []}, {i % 3: i for i in range(10)})
{w: w[10] for w in words}
