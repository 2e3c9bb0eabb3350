# map() is lazy: the bad element fails only when reached
print(list(map(int, [])))
m = map(int, ["1", "2", "three", "4"])
print("map created")
print(next(m), next(m))
print(list(m))
