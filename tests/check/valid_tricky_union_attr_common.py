# stubs: search.pyi
value = "a" if len(query) > 3 else "b"
print(value.upper())
mixed = [1, "two"]
for m in mixed:
    print(str(m))
number = 3 if query else 2.5
print(number + 1, number.is_integer())
