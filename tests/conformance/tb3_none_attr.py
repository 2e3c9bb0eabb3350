def find(items, k):
    for i in items:
        if i == k:
            return i
r = find([1, 2], 3)
r.upper()
