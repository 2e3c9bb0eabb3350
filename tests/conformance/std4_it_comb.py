from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product("ab", [1, 2])), list(product()), list(product("ab", [])), list(product([0, 1], repeat=2)))
print(len(list(product(range(3), repeat=3))), list(product("ab", "c", repeat=2))[:3])
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 0)), list(combinations("ab", 3)))
print(list(cwr("abc", 2)), list(cwr([], 0)), list(cwr([], 1)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))
for bad in [lambda: combinations("a", -1), lambda: permutations("a", -2), lambda: product("a", repeat=-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: combinations("a"), lambda: product(1), lambda: product("a", foo=1), lambda: permutations(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(type(product()).__name__, type(cwr("", 0)).__name__)
