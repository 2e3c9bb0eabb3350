# error inside a nested comprehension and f-string
rows = [[1, 2], [3, 0]]
ratios = [[f"{a / b:.2f}" for a, b in zip(r, reversed(r))] for r in rows]
