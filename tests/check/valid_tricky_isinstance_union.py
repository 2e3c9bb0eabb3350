# stubs: search.pyi
def norm(v: int | str | None) -> str:
    if v is None:
        return ""
    if isinstance(v, int):
        return str(v + 1)
    return v.strip()

print(norm(1), norm(" x "), norm(None))
