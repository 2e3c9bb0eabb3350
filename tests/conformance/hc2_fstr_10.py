# str.format with field indexing and attributes of dicts
data = {"user": {"name": "Zed", "tags": ["x", "y"]}, "n": 5}
print("{user[name]} has {n} points".format(**data))
print("{0[user][tags][1]}".format(data), "{0:>{1}}".format("r", 4), "{:{}}|".format("w", 5))
print("{:{fill}^{w}}".format("c", fill="#", w=7), "{0}{1}{0}".format("a", "b"))
print("{!r:>6}".format("q"), "{:d}".format(True), "{:.3}".format("abcdef"))
"{0} {}".format(1, 2)
