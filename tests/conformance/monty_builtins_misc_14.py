# === all builtin types callable without args ===
vals = [int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes()]
print(vals)
print([type(v).__name__ for v in vals])
assert not any(vals), 'all falsy'
type(frozenset()).__name__
