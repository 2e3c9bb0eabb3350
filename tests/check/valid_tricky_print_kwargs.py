# stubs: crm.pyi
print("a", "b", sep=", ", end="\n")
print(*[1, 2, 3])
