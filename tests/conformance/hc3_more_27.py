def tail(seq, n):
    return seq[-n:] if n else seq[:0]
print(tail([1, 2, 3], 2), tail("abc", 0), tail((1,), 5))
def chunks(seq, size):
    if size <= 0:
        raise ValueError(f"size must be positive, got {size}")
    return [seq[i:i + size] for i in range(0, len(seq), size)]
print(chunks("abcdefg", 3), chunks([], 2))
def dedupe(items):
    seen = set()
    return [x for x in items if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1]))
chunks([1], 0)
