items = [3, 1, 2]
total = sum(
    item * factor
    for item, factor in zip(items, [1, 2, "3"])
)
