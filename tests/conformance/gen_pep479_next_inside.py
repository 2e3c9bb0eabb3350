def firsts(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(firsts(["ab", [1, 2]])))
print(list(firsts(["xy", [], "z"])))
