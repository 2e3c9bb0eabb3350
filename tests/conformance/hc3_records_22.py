def paginate(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]
pages = list(paginate(list(range(1, 12)), 4))
print(pages)
print(len(pages), [len(p) for p in pages])
def page_info(n, size, total):
    first = (n - 1) * size + 1
    last = min(n * size, total)
    return f"{first}-{last} of {total}"
print([page_info(i, 4, 11) for i in range(1, 4)])
