def depth(node):
    if node is None:
        return 0
    return 1 + max(depth(c) for c in node["children"])
tree = {"children": [{"children": []}, {"kids": []}]}
depth(tree)
