def move(x, y=0):
    return x, y
print(move(1, y=2))
coords = {"x": 5}
move(1, **coords)
