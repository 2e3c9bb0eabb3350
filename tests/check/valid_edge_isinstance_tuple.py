# stubs: search.pyi
value = lookup("x")
if isinstance(value, (int, float)):
    print(value + 1)
elif isinstance(value, (list, tuple)):
    print(len(value))
