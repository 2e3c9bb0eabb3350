def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(fact(20), len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
def flatten(x):
    return [z for y in x for z in flatten(y)] if isinstance(x, list) else [x]
flatten([1, [2, [3, [4, []]], 5]])
