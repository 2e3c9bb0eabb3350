# float() of a malformed string
print(float('1e3'), float('.5'))
print(float('  -0.25\n'))
print(float("1.5"), float(" 2 "), float("-inf"))
value = float("1.5.2") * 2
