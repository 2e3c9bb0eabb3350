a, b, c = 1, 2, None
x = (a + b) * c
