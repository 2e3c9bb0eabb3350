data = [{"n": 1}, {"n": 2}, {}]
result = sorted(data, key=lambda d: d["n"])
