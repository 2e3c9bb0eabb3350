# === comprehension class-free scoping edge cases ===
def outer():
    n = 3
    return [i * n for i in range(n)]
assert outer() == [0, 3, 6], 'closure over local'
def nested_gen():
    return [[j for j in range(i)] for i in range(3)]
assert nested_gen() == [[], [0], [0, 1]], 'nested'
fns = [lambda: i for i in range(3)]
assert [f() for f in fns] == [2, 2, 2], 'lambda in comp'
vals = [i for i in range(5) if i % 2 if i > 1]
assert vals == [3], 'multiple ifs'
[i for i in range(3)][i]
