print(True + True, True - False, True * 7, True / 2, True // 1, True % 2, True ** 2, True << 3)
print(-True, +False, abs(True), -False, True + 1.5, sum([True, True, False]), True * "ab")
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False)
print(True & 2, True | 2, 3 ^ True, 1 & True, type(True & 1).__name__, type(1 & True).__name__)
print(True == 1, True == 1.0, False == 0, True is True, True < 2, False < True, max(True, 0))
x = True
x += 1
print(x, type(x).__name__)
