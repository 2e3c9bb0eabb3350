# sets of tuples for graph visited
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["a"], "e": []}
def reachable(start):
    seen, stack = set(), [start]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        stack.extend(graph[n])
    return sorted(seen)
print(reachable("c"), reachable("e"))
edges = {(u, v) for u, vs in graph.items() for v in vs}
print(len(edges), ("d", "a") in edges, sorted(edges)[:3])
reachable("z")
