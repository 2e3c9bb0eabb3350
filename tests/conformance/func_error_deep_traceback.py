def level3(data):
    return data["key"] + 1
def level2(data):
    value = level3(data)
    return value * 2
def level1(items):
    return [level2(d) for d in items]
print(level1([{"key": 1}]))
level1([{"key": 1}, {"other": 2}])
