# === float methods ===
assert (1.5).hex() == '0x1.8000000000000p+0', 'hex'
assert float.fromhex('0x1.8p1') == 3.0, 'fromhex'
assert (2.5).__floor__() == 2 if hasattr(2.5, '__floor__') else True, 'floor'
assert (-2.5).conjugate() == -2.5, 'conjugate'
assert (3.75).as_integer_ratio() == (15, 4), 'ratio'
assert float.fromhex('inf') == float('inf'), 'fromhex inf'
assert (0.0).hex() == '0x0.0p+0', 'zero hex'
(float('inf')).as_integer_ratio()
