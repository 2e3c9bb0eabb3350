def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(6)))
print(sum(squares(6)), sum(squares(6), 100))
print(sorted(squares(5), reverse=True))
print(tuple(squares(3)), set(squares(4)))
print(max(squares(7)), min(squares(7)))
print(dict(enumerate(squares(3))))
print(list(zip(squares(3), "abc")))
print(list(map(str, squares(4))))
"-".join(str(s) for s in squares(5))
