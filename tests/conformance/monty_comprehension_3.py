# === dict/set comprehensions ===
words = ['apple', 'bob', 'apple', 'cat']
lengths = {w: len(w) for w in words}
assert lengths == {'apple': 5, 'bob': 3, 'cat': 3}, lengths
first_letters = {w[0] for w in words}
assert first_letters == {'a', 'b', 'c'}, first_letters
pos = {w: i for i, w in enumerate(words)}
assert pos['apple'] == 2, 'last wins'
grid = {(r, c): r * c for r in range(2) for c in range(2)}
assert grid == {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 1}, grid
{[w]: 1 for w in words}
