# stubs: search.pyi
a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a.union(b), a.issubset(b))
a.add(9)
a.discard(1)
