# Comprehensions: list, dict, set and generator expressions, nested clauses.
def run(n):
    squares = [x * x for x in range(n)]
    evens = [x for x in squares if x % 2 == 0]
    table = {x: x % 97 for x in range(n)}
    residues = {v for v in table.values()}
    pairs = [(a, b) for a in range(300) for b in range(a, 300) if (a + b) % 7 == 0]
    nested = [[i * j for j in range(40)] for i in range(400)]
    flat_sum = sum(v for row in nested for v in row if v % 3)
    return len(evens), sum(table.values()), len(residues), len(pairs), flat_sum


acc = 0
for _ in range(8):
    r = run(100000)
    acc = (acc + sum(r)) % 1000000007
print(r, acc)
