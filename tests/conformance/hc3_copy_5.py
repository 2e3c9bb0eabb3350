import copy
def gen():
    yield 1
print(sorted(copy.deepcopy({3, 1, 2})), copy.deepcopy(frozenset({(1, 2)})))
copy.deepcopy({gen()})
