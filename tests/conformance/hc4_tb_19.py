d = {"a": 1}
d.update(b=2)
keys = sorted(d)
val = d[keys[0]] + d["c"]
