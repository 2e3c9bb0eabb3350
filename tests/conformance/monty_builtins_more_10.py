# === isinstance with bool/int subtleties ===
vals = [True, 1, 1.0, '1', None]
print([isinstance(v, int) for v in vals])
print([type(v) is int for v in vals])
print([isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals])
assert True + True == 2, 'bool arithmetic'
assert True * 3.5 == 3.5, 'bool float'
assert -True == -1 and ~True == -2, 'bool unary'
assert True / 2 == 0.5, 'bool div'
assert str(True + 0) == '1', 'to int'
assert (True & False, True | False, True ^ True) == (False, True, False), 'bool bitwise stays bool'
assert type(True & 1) is int, 'bool and int is int'
True // 0
