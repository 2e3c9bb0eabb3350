def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], []])))
def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max((depth(i) for i in x), default=0)
print(depth([1, [2, [3]]]), depth([]), depth(5))
nested = [1]
for _ in range(3):
    nested = [nested, 0]
nested
