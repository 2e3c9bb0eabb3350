# traceback position: for unpack
pairs = {"a": 1, "b": 2}
for k, v in pairs:
    print(k, v)
