fns = {"double": lambda x: x * 2, "inv": lambda x: 1 / x}
print(fns["double"](4))
print(list(map(fns["inv"], [1, 2, 0])))
