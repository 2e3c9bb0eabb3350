# stubs: weather.pyi
def celsius_label(t: float) -> str:
    if t > 30:
        return "hot"
    return t  # error: return-type
