# stubs: travel.pyi
def route(a: str, b: str) -> str:
    src = airport_code(a)
    dst = airport_code(b)
    if src is None or dst is None:
        return "unknown route"
    return f"{src.upper()}-{dst.upper()}"


print(route("Paris", "Rome"))
