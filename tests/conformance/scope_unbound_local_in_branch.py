def pick(flag):
    if flag:
        result = "set"
    return result
print(pick(True))
print(pick(False))
