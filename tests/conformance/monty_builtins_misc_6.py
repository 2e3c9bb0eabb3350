# === abs / divmod / round misc ===
assert abs(-2.5) == 2.5, 'float'
assert abs(-(10 ** 30)) == 10 ** 30, 'big'
assert abs(False) == 0, 'bool'
assert divmod(7, -2) == (-4, -1), 'neg divisor'
assert divmod(-7.5, 2) == (-4.0, 0.5), 'float'
assert divmod(10 ** 20, 3) == (33333333333333333333, 1), 'big'
assert round(7) == 7, 'int round'
assert round(7, 2) == 7, 'int ndigits'
assert round(-7.45, 1) == -7.5 or round(-7.45, 1) == -7.4, 'ndigits'
divmod(1, 0)
