s = {x % 5 for x in range(20)}
print(sorted(s), len(s))
print({x * x for x in [-2, -1, 0, 1, 2]})
print({len(w) for w in "the quick brown fox jumps".split()})
print(type({x for x in ()}).__name__, {x for x in ()})
{(a + b) % 4 for a in range(3) for b in range(3)}
