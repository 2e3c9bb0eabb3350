# stubs: crm.pyi
def fmt(value: float, *, digits: int = 2) -> str:
    return f"{value:.{digits}f}"

print(fmt(3.14159, precision=3))  # error: unknown-keyword
