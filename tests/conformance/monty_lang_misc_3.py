# === integer/str/bool literal forms ===
assert 0o777 == 511 and 0O10 == 8, 'octal'
assert 0xDEAD_BEEF == 3735928559, 'hex underscore'
assert 0B1010 == 10, 'bin upper'
assert 1e3 == 1000.0 and 1E-3 == 0.001, 'exp'
assert 1_0.5_0 == 10.5, 'float underscores'
assert .5 == 0.5 and 5. == 5.0, 'dot forms'
assert 'single' == "single" == '''single''' == """single""", 'quotes'
assert b'\x41' == b'A' and rb'\x41' == b'\\x41', 'bytes literals'
assert u'unicode' == 'unicode', 'u prefix'
assert R'\d' == '\\d', 'raw upper'
assert True == 1 and False == 0, 'bool values'
0_1
