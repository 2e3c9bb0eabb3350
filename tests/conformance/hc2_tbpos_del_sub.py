# traceback position: del sub
cache = {"a": 1}
del cache["a"]
del cache["a"]
