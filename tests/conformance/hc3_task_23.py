from itertools import permutations
def solve_queens(n):
    count = 0
    first = None
    for p in permutations(range(n)):
        if len({p[i] + i for i in range(n)}) == n and len({p[i] - i for i in range(n)}) == n:
            count += 1
            first = first or p
    return count, first
print(solve_queens(6))
print(solve_queens(4))
