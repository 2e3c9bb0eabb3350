# asserts over int operations
assert 7 // 2 == 3 and -7 // 2 == -4 and 7 // -2 == -4
assert 7 % 3 == 1 and -7 % 3 == 2 and 7 % -3 == -2
assert 2 ** 0 == 1 and 0 ** 0 == 1 and (-1) ** 0.5 != 0
assert abs(-0) == 0 and int(-0.0) == 0
assert (10).bit_length() == 4 and (-10).bit_length() == 4
assert divmod(-1, 10 ** 30) == (-1, 10 ** 30 - 1)
assert int("-0") == 0 and int("+5") == 5 and int(" \t 7\n") == 7
assert 3 * True == 3 and True + True + True == 3
assert round(-2.5) == -2 and round(3.5) == 4 and round(-0.5) == 0
assert str(-0.0) == "-0.0" and str(0.0) == "0.0"
assert 1e3 == 1000 and 1_000.000_1 == 1000.0001
assert 0o777 == 511 and 0b1_0 == 2 and 0xFF_FF == 65535
assert 10 ** -1 == 0.1 and type(10 ** -1) is float
assert -(2 ** 63) - 1 < -(2 ** 63) and 2 ** 64 - 1 == 18446744073709551615
print("all int asserts passed")
assert 5 // 0.5 == 11, f"got {5 // 0.5}"
