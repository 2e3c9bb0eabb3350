def make_walker():
    seen = []
    def walk(node, depth=0):
        seen.append(("  " * depth) + str(node[0]))
        for child in node[1]:
            walk(child, depth + 1)
        return seen
    return walk
tree = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print("\n".join(make_walker()(tree)))
def memo_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib
memo_fib()(90)
