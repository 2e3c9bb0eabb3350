import itertools
items = ["a", "b", "c"]
print(list(itertools.permutations(items, 2)))
print(list(itertools.combinations(items, 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.product([0, 1], repeat=2)), list(itertools.accumulate([1, 2, 3, 4])))
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.zip_longest("ab", [1], fillvalue="-")))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.repeat("x", 2)), list(itertools.pairwise([1, 2, 4])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.batched(range(5), 2)))
list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2]))
