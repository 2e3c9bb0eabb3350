d = {"key": 1}
del d["key"]
del d["key"]
