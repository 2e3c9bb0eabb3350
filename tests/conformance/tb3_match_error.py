def area(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return 3.14 * r * r
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case _:
            raise ValueError(f"unknown shape {shape}")
area({"kind": "rect", "w": 2, "h": "3"})
