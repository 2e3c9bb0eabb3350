# iterating a non-iterable binary operation result
a, b = 3, 4
total = 0
for x in a + b:
    total += x
