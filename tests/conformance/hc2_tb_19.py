# uncaught KeyError with tuple key and repr of key
cache = {("a", 1): "x"}
print(cache[("a", 1)])
cache[("b", 2)]
