def compute(a, b):
    return {"x": a + b}
result = compute(
    1,
    2,
)["key"]
