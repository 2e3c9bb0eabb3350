def last_index(items):
    for i, _ in enumerate(items):
        pass
    return i
print(last_index("abc"))
print(last_index(""))
