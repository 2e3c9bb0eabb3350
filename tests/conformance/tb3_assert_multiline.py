items = [1, 2, 3]
assert (
    len(items) > 5
    and items[0] == 1
)
