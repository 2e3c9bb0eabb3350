# float ** as CPython's float_pow special-cases it
inf, nan = float("inf"), float("nan")
cases = [(2.0, 10), (2, 0.5), (2.0, -1), (0.0, 0), (nan, 0), (-0.0, 3), (-0.0, 2), (0.0, 2.5),
         (-2.0, 2), (-2.0, 3), (-2, 2.0), (-1.0, 1e300), (-1.0, 3e300), (1.0, nan), (nan, 1.0),
         (2.0, nan), (0.5, inf), (2.0, inf), (0.5, -inf), (2.0, -inf), (-1.0, inf), (inf, -1),
         (inf, 2), (-inf, 3), (-inf, 2), (-inf, -3), (-inf, -2), (inf, 0.5), (2.0, -1074),
         (2.0, -1080), (1e-200, 2), (1.5, 3), (9, 0.5), (0.5, 2**64)]
for a, b in cases:
    print(a, b, a ** b, pow(a, b))
