# === float() parsing ===
assert float('3.5') == 3.5, 'basic'
assert float('  -2.5e3 ') == -2500.0, 'exp'
assert float('inf') == float('infinity'), 'inf'
assert float('-Infinity') < 0, 'neg inf'
assert str(float('nan')) == 'nan', 'nan'
assert float('1_000.5') == 1000.5, 'underscore'
assert float('.5') == 0.5, 'leading dot'
assert float('5.') == 5.0, 'trailing dot'
assert float(10**20) == 1e20, 'big int'
try:
    float('1e')
except ValueError as e:
    assert str(e) == "could not convert string to float: '1e'", str(e)
float('')
