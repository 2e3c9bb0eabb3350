type Point = tuple[float, float]
type Tree[T] = T | list[Tree[T]]
def dist(a: Point, b: Point) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
print(dist((0, 0), (3, 4)))
print(Point.__name__, Point.__value__, Tree.__type_params__)
def flatten(t):
    if isinstance(t, list):
        for x in t:
            yield from flatten(x)
    else:
        yield t
print(list(flatten([1, [2, [3, 4]], 5])))
