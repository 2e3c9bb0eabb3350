# stubs: weather.pyi
def make_scaler(factor: float):
    def scale(v: float) -> float:
        return v * factor
    return scale

s = make_scaler(1.8)
print(s(10), [s(t) for t in [1.0, 2.0]])
