def squares(n):
    return [x * x for x in n]
print(squares(range(3)))
squares(5)
