big = 10 ** 25
print(big > 2 ** 63, big < 2.0 ** 100, big == 10 ** 25)
print(-big < -(2 ** 63) < 0)
print(big == float(big), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(sorted([big, -big, 0, 2 ** 64, -1]))
print(max(big, 3.5), min(-big, -1e30))
print(int(str(big)) == big, str(-big))
print(abs(-big), -(-big))
print(hash(big) == hash(10 ** 25))
big * 3 - 1
