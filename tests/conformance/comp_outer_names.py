factor = 3
offsets = [10, 20]
print([x * factor for x in range(4)])
print([x + o for x in range(2) for o in offsets])
def scaled(values, k):
    return [v * k for v in values if v > k]
print(scaled([1, 5, 9], 4))
def make():
    base = 7
    return {i: base + i for i in range(3)}
print(make())
def adders():
    return [lambda v, i=i: v + i for i in range(3)]
print([f(100) for f in adders()])
