items = [1, 2, 3]
assert len(items) == 3
assert len(items) > 5, (
    f"expected more than 5 items, got {len(items)}"
)
