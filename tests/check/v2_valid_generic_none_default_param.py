# stubs: orders.pyi
def tag_line(tags=None, sep=", "):
    if tags is None:
        tags = []
    return sep.join(tags) or "(none)"


print(tag_line())
print(tag_line(["a", "b"]))
print(tag_line(["x"], sep=" | "))
