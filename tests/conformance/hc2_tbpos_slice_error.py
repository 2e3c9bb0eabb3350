# traceback position: slice error
data = [1, 2, 3]
print(data["a":])
