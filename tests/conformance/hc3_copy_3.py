import copy
def gen():
    yield 1
data = {"rows": [(1, [2, gen()])]}
print(copy.deepcopy({"rows": [(1, [2, 3])]}))
copy.deepcopy(data)
