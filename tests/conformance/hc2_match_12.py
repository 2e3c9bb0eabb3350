# match binding persists after statement and as-patterns
point = (3, 4)
match point:
    case (0, _) | (_, 0):
        print("on axis")
    case (x, y) as p if x < y:
        print("below diagonal", p)
print(x, y, p)
match [1, [2, 3]]:
    case [a, [b, c] as inner]:
        print(a, b, c, inner)
match 42:
    case str():
        result = "s"
result
