x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5)
print(x == 5 == 5.0, 3 < x <= 5 != 6)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(2))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print(1 < 2 == 2 > 1, (1 < 2) == True)
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "abc" < "abd")
print(None is None, 1 is not None, 3 in [1, 2, 3], 4 not in (1, 2))
