def merge(a, b):
    return (*a, *b)
print(merge([1], (2,)))
merge([1], None)
