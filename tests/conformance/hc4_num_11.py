import math
print(math.floor(3.999999), math.ceil(3.000001), int(math.floor(-0.5)))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(min(3, 1, key=lambda x: -x), max("apple", "fig", key=len), max([], default="none"))
print(sorted([-3, 1, -2, 4], key=abs), sorted([0.5, -0.5, 0.0]), sorted([3, 1.5, True]))
print(float("inf") - float("inf"), 0 * float("inf"), math.inf * -1)
max()
