# === numeric error messages ===
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0,
    lambda: 1.0 % 0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: pow(0, -1, 5),
    lambda: pow(2, -1, 4),
    lambda: pow(2, 1, 0),
    lambda: 1 << -1,
    lambda: 1 >> -1,
    lambda: 1 << 1.0,
    lambda: 1 & 1.0,
    lambda: ~1.0,
    lambda: 10 ** 10 ** 10 if False else int('x'),
    lambda: int('1.5'),
    lambda: int(''),
    lambda: int('0x', 16),
    lambda: int('12', 37),
    lambda: int(None),
    lambda: int([]),
    lambda: float('1.2.3'),
    lambda: float(None),
    lambda: float({}),
    lambda: int(float('inf')),
    lambda: int(float('nan')),
    lambda: round(float('inf')),
    lambda: round(1.5, 'a'),
    lambda: float('inf') * 0 + int(float('-inf')),
    lambda: math_sqrt(-1),
    lambda: abs(None),
    lambda: -None,
    lambda: 1 + [],
    lambda: 2.0 - 'a',
    lambda: True + None,
    lambda: 1 < [],
    lambda: 1.5 > 'a',
    lambda: (1).to_bytes(1, 'middle'),
    lambda: (300).to_bytes(1, 'big'),
    lambda: (-1).to_bytes(1, 'big'),
    lambda: int.from_bytes('ab', 'big'),
    lambda: (1.5).as_integer_ratio() and float('nan').as_integer_ratio(),
    lambda: float.fromhex('zz'),
    lambda: bin(1.5),
    lambda: hex('a'),
    lambda: chr(1 << 40),
    lambda: range(0, 10, 0),
    lambda: range(1.5),
]
import math
math_sqrt = math.sqrt
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
1 % 0.0
