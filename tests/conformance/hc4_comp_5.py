def gen_rows(n):
    for i in range(n):
        yield [i * j for j in range(n)]

table = list(gen_rows(4))
col_sums = [sum(col) for col in zip(*table)]
print(table, col_sums)
print(any(x > 8 for row in table for x in row), all(row[0] == 0 for row in table))
lookup = {k: [v for v in range(k)] for k in range(4) if k}
print(lookup)
print([[x] * x for x in range(4)])
[1 / x for x in range(-2, 3)]
