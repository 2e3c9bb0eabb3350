d = {}
d.update([("a", 1), ("b",)])
