# === graph traversal ===
graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen
assert bfs('A') == ['A', 'B', 'C', 'D', 'E', 'F'], bfs('A')
assert dfs('A') == ['A', 'B', 'D', 'F', 'C', 'E'], dfs('A')
def topo():
    indeg = {n: 0 for n in graph}
    for ns in graph.values():
        for n in ns:
            indeg[n] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    return out
topo()
