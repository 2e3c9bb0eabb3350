import itertools
pairs = list(itertools.zip_longest([1, 2], "ab", [None]))
print(pairs)
list(itertools.islice("abc", -1))
