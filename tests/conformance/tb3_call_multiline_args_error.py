def build(name, size):
    return {"name": name, "size": size}
items = [
    build("a", 1),
    build("b"),
]
