# float // and % follow CPython's float_divmod, signs of zero included
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, -3.0), (-0.0, 1.0), (0.0, -1.0),
             (-1e-300, 1.0), (0.1, 0.01), (1e16, 3.0)]:
    print(a // b, a % b, divmod(a, b))
inf = float("inf")
print(inf // 3, inf % 3, 3 // inf, 3 % inf, -3 // inf, -3 % inf, -3 % -inf, divmod(inf, 3))
