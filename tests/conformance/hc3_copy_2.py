import copy
from collections import defaultdict, OrderedDict, Counter
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].val = 40
print(tree, t2)
t3 = copy.copy(tree)
t3.val = 100
t3.children.append(Node(5))
print(tree.val, len(tree.children), t3.children is tree.children)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("custom copy")
        return Custom(self.v * 2)
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy({"k": c})["k"].v)
dd = defaultdict(list, {"a": [1]})
print(copy.copy(dd), copy.copy(OrderedDict(a=1)), copy.copy(Counter("aab")))
def gen():
    yield 1
copy.deepcopy({"g": gen()})
