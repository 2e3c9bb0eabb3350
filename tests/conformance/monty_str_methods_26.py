# === int() parsing bases ===
assert int('ff', 16) == 255, 'hex'
assert int('0xff', 16) == 255, 'hex prefix'
assert int('0xff', 0) == 255, 'base 0'
assert int('0o17', 0) == 15, 'octal'
assert int('0b101', 0) == 5, 'binary'
assert int('z', 36) == 35, 'base 36'
assert int('-101', 2) == -5, 'negative binary'
assert int('  +7 ') == 7, 'plus'
try:
    int('010', 0)
except ValueError as e:
    assert str(e) == "invalid literal for int() with base 0: '010'", str(e)
try:
    int('12', 1)
except ValueError as e:
    assert str(e) == 'int() base must be >= 2 and <= 36, or 0', str(e)
try:
    int(12, 10)
except TypeError as e:
    assert str(e) == "int() can't convert non-string with explicit base", str(e)
int('9', 8)
