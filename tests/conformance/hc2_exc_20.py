# exception from a lambda and from a comprehension traceback
data = [{"v": 1}, {"v": 2}, {}]
get = lambda d: d["v"]
try:
    print([get(d) for d in data])
except KeyError as e:
    print("KeyError", e)
total = sum(get(d) for d in data)
