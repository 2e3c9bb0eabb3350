def outer():
    items = [1, 2, 3]
    limit = 2
    small = [i for i in items if i <= limit]
    nested = [[i + j for j in items if j > limit] for i in small]
    return small, nested
print(outer())
def shadowing():
    i = "kept"
    out = [i for i in range(2)]
    return out, i
shadowing()
