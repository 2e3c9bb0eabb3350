def make_handlers():
    handlers = {}
    for event in ["click", "hover"]:
        def handler(e=event):
            return f"handled {e}"
        handlers[event] = handler
    return handlers
h = make_handlers()
print(h["click"](), h["hover"]())
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    def total():
        return sum(counts.values())
    return count, total
count, total = counter_factory()
for k in "abcab":
    count(k)
print(total(), count("a"))
def outer():
    fns = []
    for i in range(3):
        def inner(j=i):
            return i * 10 + j
        fns.append(inner)
    return [f() for f in fns]
print(outer())
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
