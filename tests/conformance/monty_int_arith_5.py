# === int conversions ===
assert int(3.9) == 3 and int(-3.9) == -3, 'truncate'
assert int(True) == 1, 'bool'
assert int('  -12  ') == -12, 'string'
assert int(1e20) == 100000000000000000000, 'float big'
assert round(2.5) == 2 and round(3.5) == 4, 'banker'
assert round(-0.5) == 0, 'neg half'
assert round(1234, -2) == 1200, 'round int negative digits'
assert round(1250, -2) == 1200 and round(1350, -2) == 1400, 'round half even int'
assert type(round(2.7)) is int, 'round returns int'
assert type(round(2.7, 0)) is float, 'round ndigits float'
int(float('nan'))
