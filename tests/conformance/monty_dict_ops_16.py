# === dict with default-like patterns ===
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
assert groups == {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']}, groups
counts = dict.fromkeys('abc', 0)
for ch in 'abacab':
    counts[ch] += 1
assert counts == {'a': 3, 'b': 2, 'c': 1}, counts
nested = {}
nested.setdefault('x', {}).setdefault('y', []).append(1)
assert nested == {'x': {'y': [1]}}, nested
counts['d'] += 1
