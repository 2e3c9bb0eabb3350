# syntax error: aug tuple
a, b = 1, 2
a, b += 1
