# comparisons between ints and floats are exact, never through a rounded conversion
big = 2**53 + 1
print(big == float(big), big > float(big), big - 1 == float(big))
print(2**63 == 9.223372036854776e18, 2**63 - 1 < 9.223372036854776e18)
print(10**400 > 1e308, 10**400 < float("inf"), -10**400 > float("-inf"))
nan = float("nan")
print(5 == nan, 5 != nan, 5 < nan, 5 >= nan, 2**100 < nan)
print(5 < 5.5, -5 > -5.5, 1 == 1.0, True == 1.0, False == -0.0, 2**1024 > 1.7976931348623157e308)
print(sorted([3, 2.5, -1, 2**64, -0.5, True, 10**20 * 1.0]))
print(max(1, 1.0), min(2.0, 2), 1 in [1.0], 2**60 in {float(2**60)})
