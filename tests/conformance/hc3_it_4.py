from itertools import product
grid = ["".join(p) for p in product("01", repeat=3)]
print(grid)
def solve(target, nums):
    from itertools import combinations
    for r in range(1, len(nums) + 1):
        for combo in combinations(nums, r):
            if sum(combo) == target:
                return combo
    return None
print(solve(10, [2, 3, 5, 7]), solve(100, [1, 2]))
print(sum(1 for p in product(range(6), repeat=2) if sum(p) == 7))
