# stubs: search.pyi
matrix = embed(["a", "b"])
norms = [sum(x * x for x in row) ** 0.5 for row in matrix]
print(max(norms) if norms else 0.0)
flat = [x for row in matrix for x in row]
print(sum(flat))
