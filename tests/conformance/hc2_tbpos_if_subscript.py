# traceback position: if subscript
data = {"a": 1}
if data["b"] > 0:
    print("pos")
