# traceback position: lambda call
f = lambda x: x["k"]
print(list(map(f, [{"k": 1}, {}])))
