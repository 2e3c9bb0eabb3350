# === impossible allocations ===
tests = [
    lambda: [0] * (2 ** 64),
    lambda: 'ab' * (2 ** 63),
    lambda: len(range(2 ** 64)),
    lambda: 'x'.ljust(2 ** 63),
    lambda: bytes(2 ** 63),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except (MemoryError, OverflowError, ValueError) as e:
        print(i, type(e).__name__, e)
'end'
