from itertools import compress, dropwhile, takewhile, filterfalse, starmap, pairwise, batched, zip_longest
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: a, ["ab", [1]])))
print(list(pairwise("ABCD")), list(pairwise("A")), list(pairwise([])))
print(list(batched("ABCDEFG", 3)), list(batched([], 2)), list(batched(range(4), 2, strict=True)))
try:
    list(batched("ABC", 2, strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    batched("A", 0)
except ValueError as e:
    print("ValueError", e)
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("ab", [1, 2, 3])), list(zip_longest()))
tw = takewhile(lambda x: x < 3, [1, 2, 3, 1])
print(list(tw), list(tw))
def pred(x):
    if x == 3:
        raise RuntimeError("bad " + str(x))
    return True
try:
    list(takewhile(pred, [1, 2, 3]))
except RuntimeError as e:
    print("RuntimeError", e)
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    zip_longest([1], foo=2)
except TypeError as e:
    print("TypeError", e)
data = [1, 2, 3]
def grow(x):
    if len(data) < 6:
        data.append(x * 10)
    return True
print(list(filterfalse(lambda x: not grow(x), data)))
