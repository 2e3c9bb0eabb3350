def level3(x):
    return x.upper()

def level2(x):
    return [level3(v) for v in x]

def level1(data):
    return {k: level2(v) for k, v in data.items()}

print(level1({"a": ["x", "y"]}))
level1({"a": ["x"], "b": ["y", 3]})
