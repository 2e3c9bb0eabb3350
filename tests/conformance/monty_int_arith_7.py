# === hash of numbers ===
assert hash(1) == hash(1.0) == hash(True), 'equal numbers equal hash'
assert hash(-1) == -2, 'hash -1'
assert hash(0) == 0 and hash(0.0) == 0, 'zero'
assert hash(2 ** 20) == 2 ** 20, 'small stays'
assert hash(-5) == -5, 'negative small'
assert hash(1.5) == hash(1.5), 'stable'
assert hash(float('inf')) == 314159, 'inf'
assert hash(-float('inf')) == -314159, 'neg inf'
assert hash((1, 2)) == hash((1.0, 2.0)), 'tuple numeric'
hash(-1.0) == hash(-1)
