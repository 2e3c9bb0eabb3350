def paginate(items, size):
    if size <= 0:
        raise ValueError("page size must be positive")
    return [items[i:i + size] for i in range(0, len(items), size)]

pages = paginate(list(range(1, 11)), 3)
print(pages, len(pages))
assert pages[-1] == [10]
print(paginate([], 5))
paginate([1], 0)
