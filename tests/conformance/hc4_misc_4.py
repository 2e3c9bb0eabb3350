import copy
orig = {"a": [1, 2], "b": {"c": [3]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"].append(100)
print(shallow, deep)
class P:
    def __init__(self, items):
        self.items = items
p = P([1])
q = copy.deepcopy(p)
q.items.append(2)
print(p.items, q.items, copy.copy(p).items is p.items)
lst = [1, [2, 3]]
cl = lst[:]
cl[1].append(4)
lst
