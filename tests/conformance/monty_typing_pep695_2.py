# === type alias statement ===
type Point = tuple[float, float]
type Matrix[T] = list[list[T]]
def origin() -> Point:
    return (0.0, 0.0)
print(Point, Point.__value__, Matrix.__type_params__)
origin()
