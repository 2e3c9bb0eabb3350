def tree_walk(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from tree_walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)
names = [n for _, n in tree_walk(tree)]
assert names[-1] == "b1x"
max(d for d, _ in tree_walk(tree))
